import type { Override } from '../engine/world.js';
import { einProblem, isDisposableEmail, REGISTRATION_IDENTIFIERS, usPostalCodeProblem, websiteProblem } from './business-checks.js';
import type { Evaluation } from './evaluation.js';

/**
 * Twilio's review of a TrustHub CustomerProfile / TrustProduct, as a pure decision over what is
 * attached when the review ends. Rejection codes are Twilio's customer-profile codes 18601–18609
 * (changelog "Introducing Error Codes for Customer Profiles", 2024-04-29).
 */
export const ProfileRejection = {
  WebsiteUnverified: 18601,
  BusinessIdUnverified: 18602,
  AddressUnverified: 18603,
  Representative1Unverified: 18604,
  Representative2Unverified: 18605,
  EmailDomainMismatch: 18606,
  IneligibleRegistrationAuthority: 18609,
} as const;

export interface ProfileError {
  code: number;
  message: string;
}

export interface ProfileReviewInput {
  evaluation: Evaluation;
  endUsers: Array<{ type: string; attributes: Record<string, unknown> }>;
  addresses: Array<{ sid: string; iso_country: string; postal_code: string }>;
  /** Profiles attached to this one (a secondary's primary, a trust product's secondary). */
  supportingBundles: Array<{ sid: string; status: string }>;
  /** Forced outcome: control-plane override or magic value. */
  forced?: Override;
}

export type ReviewDecision = { outcome: 'twilio-approved' } | { outcome: 'twilio-rejected'; errors: ProfileError[]; reason: string } | { outcome: 'wait'; reason: string };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Findings on the business data a reviewer would verify; empty when it all checks out. */
export function businessFindings(input: Pick<ProfileReviewInput, 'endUsers' | 'addresses'>): ProfileError[] {
  const errors: ProfileError[] = [];
  for (const eu of input.endUsers) {
    const a = eu.attributes;
    if (eu.type === 'customer_profile_business_information') {
      const identifier = str(a.business_registration_identifier);
      if (identifier && !REGISTRATION_IDENTIFIERS.includes(identifier)) {
        errors.push({ code: ProfileRejection.IneligibleRegistrationAuthority, message: `Business registration identifier ${identifier} is not an eligible registration authority` });
      } else if (identifier === 'EIN') {
        const problem = einProblem(str(a.business_registration_number));
        if (problem) errors.push({ code: ProfileRejection.BusinessIdUnverified, message: `The Business ID you provided could not be verified: ${problem}` });
      }
      const site = str(a.website_url);
      const problem = site ? websiteProblem(site) : null;
      if (problem) errors.push({ code: ProfileRejection.WebsiteUnverified, message: `The association between business name and website cannot be verified: ${problem}` });
    }
    if (eu.type === 'authorized_representative_1' || eu.type === 'starter_customer_profile_information') {
      if (isDisposableEmail(str(a.email)))
        errors.push({ code: ProfileRejection.Representative1Unverified, message: `Unable to verify Authorized representative #1: ${str(a.email)} is a disposable email address` });
    }
    if (eu.type === 'authorized_representative_2' && isDisposableEmail(str(a.email))) {
      errors.push({ code: ProfileRejection.Representative2Unverified, message: `Unable to verify Authorized representative #2: ${str(a.email)} is a disposable email address` });
    }
  }
  for (const addr of input.addresses) {
    const problem = addr.iso_country === 'US' ? usPostalCodeProblem(addr.postal_code) : null;
    if (problem) errors.push({ code: ProfileRejection.AddressUnverified, message: `The address ${addr.sid} could not be verified: ${problem}` });
  }
  return errors;
}

export function reviewProfile(input: ProfileReviewInput): ReviewDecision {
  if (input.forced?.outcome === 'twilio-approved') return { outcome: 'twilio-approved' };
  if (input.forced?.outcome === 'twilio-rejected') {
    const code = input.forced.code ?? ProfileRejection.WebsiteUnverified;
    const reason = input.forced.reason ?? `Rejected on request (forced outcome, code ${code})`;
    return { outcome: 'twilio-rejected', errors: [{ code, message: reason }], reason };
  }
  const rejectedSupport = input.supportingBundles.find((b) => b.status === 'twilio-rejected' || b.status === 'draft');
  if (rejectedSupport) {
    const reason = `The supporting profile ${rejectedSupport.sid} is ${rejectedSupport.status}; it must be approved first`;
    return { outcome: 'twilio-rejected', errors: [{ code: 22216, message: reason }], reason };
  }
  const waiting = input.supportingBundles.find((b) => b.status !== 'twilio-approved');
  if (waiting) return { outcome: 'wait', reason: `waiting for the supporting profile ${waiting.sid} (${waiting.status})` };
  if (input.evaluation.status === 'noncompliant') {
    const errors = input.evaluation.results.filter((r) => !r.passed).map((r) => ({ code: r.error_code ?? 22214, message: r.failure_reason ?? `${r.requirement_name} failed` }));
    return { outcome: 'twilio-rejected', errors, reason: errors.map((e) => e.message).join('; ') };
  }
  const findings = businessFindings(input);
  if (findings.length) return { outcome: 'twilio-rejected', errors: findings, reason: findings.map((e) => e.message).join('; ') };
  return { outcome: 'twilio-approved' };
}
