import type { Override } from '../engine/world.js';
import type { Evaluation } from './evaluation.js';
import type { AddressScope } from './regulations.js';

/**
 * Twilio's review of a Numbers v2 regulatory bundle, as a pure decision over what is attached when
 * the review ends. Rejections name the Phone Numbers error codes Twilio documents for bundles and
 * their documents (https://www.twilio.com/docs/api/errors/18001, /18003, /18012, /18050).
 */
export const BundleRejection = {
  /** The document does not match the Regulatory Requirements criteria. */
  InvalidDocument: 18001,
  /** The supporting document is expired or invalid. */
  ExpiredDocument: 18003,
  /** The phone number type requires a valid domestic address. */
  DomesticAddress: 18012,
  /** One or more Supporting Documents were reviewed and found to have issues. */
  DocumentIssue: 18050,
} as const;

export interface ReviewedDocument {
  sid: string;
  type: string;
  attributes: Record<string, unknown>;
}

export interface ReviewedAddress {
  sid: string;
  iso_country: string;
  /** The documents (or the Address item itself) that put this address in the bundle. */
  referencedBy: string[];
}

export interface RegulatoryReviewInput {
  regulation: { iso_country: string; address: AddressScope; valid_for_days?: number };
  evaluation: Evaluation;
  /** `IsTest=true` on create: Twilio auto-rejects such bundles (numbers v2 CreateBundle). */
  isTest: boolean;
  documents: ReviewedDocument[];
  addresses: ReviewedAddress[];
  /** Simulated now, to judge expiry dates. */
  now: number;
  /** Forced outcome: control-plane override or magic value. */
  forced?: Override;
}

export interface DocumentFinding {
  sid: string;
  code: number;
  message: string;
}

export type RegulatoryDecision =
  | { outcome: 'twilio-approved'; validUntil: number | null }
  | { outcome: 'provisionally-approved' }
  | { outcome: 'twilio-rejected'; reason: string; findings: DocumentFinding[] };

const DAY = 24 * 60 * 60 * 1000;

function expiry(attrs: Record<string, unknown>): number | null {
  const raw = attrs.expiration_date ?? attrs.expiry_date;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : ms;
}

/** What a reviewer finds wrong with the documents themselves; empty when they check out. */
export function documentFindings(input: Pick<RegulatoryReviewInput, 'regulation' | 'documents' | 'addresses' | 'now'>): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (const doc of input.documents) {
    const until = expiry(doc.attributes);
    if (until !== null && until < input.now) {
      findings.push({ sid: doc.sid, code: BundleRejection.ExpiredDocument, message: `The supporting document ${doc.sid} expired on ${new Date(until).toISOString().slice(0, 10)}` });
    }
  }
  // A local or domestic regulation wants an address in the number's country (the locality itself is checked when a number is bought).
  if (input.regulation.address !== 'any') {
    for (const addr of input.addresses) {
      if (addr.iso_country === input.regulation.iso_country) continue;
      for (const sid of addr.referencedBy) {
        findings.push({
          sid,
          code: BundleRejection.DomesticAddress,
          message: `The address ${addr.sid} is in ${addr.iso_country}; this phone number type requires a valid ${input.regulation.iso_country} address`,
        });
      }
    }
  }
  return findings;
}

export function reviewRegulatoryBundle(input: RegulatoryReviewInput): RegulatoryDecision {
  const validUntil = input.regulation.valid_for_days ? input.now + input.regulation.valid_for_days * DAY : null;
  const forced = input.forced;
  if (forced?.outcome === 'twilio-approved') return { outcome: 'twilio-approved', validUntil };
  if (forced?.outcome === 'provisionally-approved') return { outcome: 'provisionally-approved' };
  if (forced?.outcome === 'twilio-rejected') {
    const code = forced.code ?? BundleRejection.InvalidDocument;
    const reason = forced.reason ?? `Rejected on request (forced outcome, code ${code})`;
    return { outcome: 'twilio-rejected', reason, findings: input.documents.map((d) => ({ sid: d.sid, code, message: reason })) };
  }
  if (input.isTest) return { outcome: 'twilio-rejected', reason: 'Test Bundles (IsTest=true) are auto-rejected', findings: [] };
  if (input.evaluation.status === 'noncompliant') {
    const reasons = input.evaluation.results.filter((r) => !r.passed).map((r) => r.failure_reason ?? `${r.requirement_name} failed`);
    return { outcome: 'twilio-rejected', reason: reasons.join('; '), findings: [] };
  }
  const findings = documentFindings(input);
  if (findings.length) {
    return { outcome: 'twilio-rejected', reason: `There is an issue with your Supporting Document(s): ${findings.map((f) => f.message).join('; ')}`, findings };
  }
  return { outcome: 'twilio-approved', validUntil };
}
