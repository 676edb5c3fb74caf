import type { BaseRecord } from '../../engine/table.js';
import type { Override, World } from '../../engine/world.js';
import { DAY, HOUR } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { senderKind } from './a2p-sending.js';
import { A2pTables, type IncomingNumberView } from './records.js';

/**
 * Toll-free verification (TFV): since 31 Jan 2024 a US/Canadian toll-free number sends nothing to
 * the US until its verification is approved (error 30032; https://www.twilio.com/docs/messaging/compliance/toll-free/api-onboarding).
 * Twilio's own review (TrustHub-backed, Twilio's statuses and error codes), so its rules live with the
 * Messaging face that stores the record; the registry's message delivery receives its verdict from the face.
 */
export const TollfreeTables = { verifications: 'messaging.tollfree_verifications' } as const;

export type TollfreeStatus = 'PENDING_REVIEW' | 'IN_REVIEW' | 'TWILIO_APPROVED' | 'TWILIO_REJECTED';

export interface TollfreeRejectionReason {
  code: number;
  reason: string;
}

/** The stored verification: the spec's fields (snake_case), dates in simulated epoch ms. */
export interface TollfreeVerificationRecord extends BaseRecord {
  customer_profile_sid: string | null;
  trust_product_sid: string | null;
  regulated_item_sid: string | null;
  business_name: string;
  business_street_address: string | null;
  business_street_address2: string | null;
  business_city: string | null;
  business_state_province_region: string | null;
  business_postal_code: string | null;
  business_country: string | null;
  business_website: string;
  business_contact_first_name: string | null;
  business_contact_last_name: string | null;
  business_contact_email: string | null;
  business_contact_phone: string | null;
  notification_email: string;
  use_case_categories: string[];
  use_case_summary: string;
  production_message_sample: string;
  opt_in_image_urls: string[];
  opt_in_type: string;
  message_volume: string;
  additional_information: string | null;
  tollfree_phone_number_sid: string;
  tollfree_phone_number: string;
  status: TollfreeStatus;
  rejection_reason: string | null;
  error_code: number | null;
  rejection_reasons: TollfreeRejectionReason[] | null;
  /** End of the edit window of a rejection (epoch ms); null unless rejected. */
  edit_expiration: number | null;
  /** Whether the rejection's reason lets the verification be edited at all; `edit_allowed` on the wire also needs the window open. */
  edit_allowed: boolean | null;
  business_registration_number: string | null;
  business_registration_authority: string | null;
  business_registration_country: string | null;
  business_type: string | null;
  business_registration_phone_number: string | null;
  doing_business_as: string | null;
  opt_in_confirmation_message: string | null;
  help_message_sample: string | null;
  privacy_policy_url: string | null;
  terms_and_conditions_url: string | null;
  age_gated_content: boolean | null;
  opt_in_keywords: string[] | null;
  external_reference_id: string | null;
  vetting_id: string | null;
  vetting_provider: string | null;
  edit_reason: string | null;
  /** How many times it was submitted (1 + resubmissions). */
  submissions: number;
}

/**
 * Review times. Twilio quotes 3–5 business days for a toll-free verification (twilio/ai skills
 * `twilio-compliance-onboarding`, `twilio-sms-isv-setup`); a rejection can be edited and resubmitted
 * within 7 days (https://www.twilio.com/docs/api/errors/30509: "resubmit within seven days").
 */
export const TollfreeTimings = {
  /** PENDING_REVIEW → IN_REVIEW: a reviewer picks the submission up. */
  pickup: 1 * HOUR,
  /** IN_REVIEW → TWILIO_APPROVED / TWILIO_REJECTED. */
  review: 3 * DAY,
  /** A rejection stays editable this long. */
  editWindow: 7 * DAY,
} as const;

/** Twilio's toll-free verification rejection codes the review derives from the data (https://www.twilio.com/docs/api/errors/<code>). */
export const TollfreeRejection = {
  /** 30509 "Opt-in URL not accessible": the reviewer cannot open the opt-in evidence. */
  optInUrlNotAccessible: 30509,
  /** 30511 "Verbal consent script must be provided". */
  verbalScriptMissing: 30511,
  /**
   * 30513 "Opt-in not sufficient: Language Unclear". No dedicated code for a sample message
   * without opt-out language was found; the simulator files it here, as a consent-disclosure problem.
   */
  consentLanguage: 30513,
  /** 30801 "Contact must be a business representative": the contact details must belong to a person of the business. */
  contactNotRepresentative: 30801,
  /** 30501 "Political campaigns require a Campaign Verify token". */
  campaignVerifyRequired: 30501,
  /** 30464 "Disallowed: Cryptocurrency". */
  cryptocurrency: 30464,
  /** 30466 "Disallowed - Debt Reduction" (debt consolidation, relief, credit repair). */
  debtReduction: 30466,
} as const;

/** Rejections for a forbidden category: the number may not carry that traffic, so the submission cannot be edited (error pages 30464, 30466). */
const NOT_EDITABLE = new Set<number>([TollfreeRejection.cryptocurrency, TollfreeRejection.debtReduction, 30460, 30879]);

/** What a forced rejection reports when no reason is given: the title of Twilio's error page where the simulator knows it. */
const TITLES: Record<number, string> = {
  30509: 'Opt-in URL not accessible',
  30511: 'Verbal consent script must be provided',
  30513: 'Opt-in not sufficient: Language Unclear',
  30801: 'Contact must be a business representative',
  30501: 'Political campaigns require a Campaign Verify token',
  30464: 'Disallowed: Cryptocurrency',
  30466: 'Disallowed - Debt Reduction',
  30460: 'Disallowed: Third Party Debt Collection',
  30879: 'Phone number not provisioned to Twilio',
};

export const TOLLFREE_OUTCOMES = ['TWILIO_APPROVED', 'TWILIO_REJECTED'] as const;

/** The submission as the reviewer reads it (camelCase, no wire format). */
export interface TollfreeReviewInput {
  businessName: string;
  businessWebsite: string;
  notificationEmail: string;
  businessContactEmail: string | null;
  useCaseCategories: string[];
  useCaseSummary: string;
  productionMessageSample: string;
  optInImageUrls: string[];
  optInType: string;
  additionalInformation: string | null;
  vettingProvider: string | null;
  vettingId: string | null;
  forced?: Override;
}

export type TollfreeDecision = { outcome: 'TWILIO_APPROVED' } | { outcome: 'TWILIO_REJECTED'; errorCode: number; reason: string; reasons: TollfreeRejectionReason[]; editAllowed: boolean };

/**
 * Reserved names no reviewer can open (RFC 2606 / RFC 6761: example.com/.net/.org and the `.test`,
 * `.example`, `.invalid`, `.localhost` TLDs), plus loopback and private addresses.
 */
export function isReservedHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)example\.(com|net|org)$/.test(h) || /\.(test|example|invalid|localhost)$/.test(h) || h === 'localhost') return true;
  return /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0$|\[::1\]$)/.test(h);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Throwaway mailbox providers: the contact cannot be a representative of the business. */
const DISPOSABLE_EMAIL =
  /@(mailinator\.com|guerrillamail\.(com|net|org)|10minutemail\.com|temp-?mail\.(org|io)|yopmail\.com|trashmail\.com|sharklasers\.com|dispostable\.com|getnada\.com|maildrop\.cc|throwawaymail\.com)$/i;
const OPT_OUT = /\b(stop|opt[\s-]?out|unsubscribe|cancel)\b/i;
const CRYPTO = /\b(crypto(currency|currencies)?|bitcoin|ethereum|nft|token sale|ico)\b/i;
const DEBT = /\b(debt (relief|reduction|consolidation|settlement|forgiveness)|credit repair)\b/i;

/** What the reviewer finds wrong, most fundamental first; empty when the submission passes. */
export function tollfreeFindings(input: TollfreeReviewInput): TollfreeRejectionReason[] {
  const found: TollfreeRejectionReason[] = [];
  const text = [input.businessName, input.useCaseSummary, input.productionMessageSample, input.additionalInformation ?? ''].join('\n');
  const crypto = CRYPTO.exec(text);
  if (crypto)
    found.push({ code: TollfreeRejection.cryptocurrency, reason: `Disallowed: Cryptocurrency. The submission describes "${crypto[0]}" messaging, a forbidden category for US and Canadian SMS.` });
  const debt = DEBT.exec(text);
  if (debt) found.push({ code: TollfreeRejection.debtReduction, reason: `Disallowed - Debt Reduction. The submission describes "${debt[0]}", which is not eligible for toll-free verification.` });
  const unreachable = input.optInImageUrls.filter((u) => {
    const host = hostOf(u);
    return host === null || isReservedHost(host);
  });
  if (unreachable.length) {
    found.push({
      code: TollfreeRejection.optInUrlNotAccessible,
      reason: `Opt-in URL not accessible. ${unreachable.join(', ')} cannot be opened by a reviewer (reserved or private host); host the opt-in screenshots at a public URL.`,
    });
  }
  if (input.optInType === 'VERBAL' && !(input.additionalInformation ?? '').trim()) {
    found.push({
      code: TollfreeRejection.verbalScriptMissing,
      reason: 'Verbal consent script must be provided. OptInType is VERBAL but AdditionalInformation gives no script of the consent conversation.',
    });
  }
  if (!OPT_OUT.test(input.productionMessageSample)) {
    found.push({ code: TollfreeRejection.consentLanguage, reason: 'Opt-in not sufficient: Language Unclear. The sample message gives no opt-out language (e.g. "Reply STOP to opt out").' });
  }
  const disposable = [input.businessContactEmail, input.notificationEmail].find((e) => e && DISPOSABLE_EMAIL.test(e));
  if (disposable) {
    found.push({ code: TollfreeRejection.contactNotRepresentative, reason: `Contact must be a business representative. ${disposable} is a disposable mailbox, not an address of the business.` });
  }
  if (input.useCaseCategories.includes('POLITICAL_ELECTION_CAMPAIGNS') && !(input.vettingProvider === 'CAMPAIGN_VERIFY' && input.vettingId)) {
    found.push({ code: TollfreeRejection.campaignVerifyRequired, reason: 'Political campaigns require a Campaign Verify token. Set VettingProvider to CAMPAIGN_VERIFY and VettingId to the token.' });
  }
  return found;
}

/** Whether a rejection with this code can be edited and resubmitted (Twilio's `edit_allowed`). */
export function editableRejection(code: number): boolean {
  return !NOT_EDITABLE.has(code);
}

/** The reviewer's decision: a forced outcome wins, then what the data shows. */
export function reviewTollfree(input: TollfreeReviewInput): TollfreeDecision {
  const forced = input.forced?.outcome.toUpperCase().replace(/-/g, '_');
  if (forced === 'TWILIO_APPROVED') return { outcome: 'TWILIO_APPROVED' };
  if (forced === 'TWILIO_REJECTED') {
    const code = input.forced!.code ?? TollfreeRejection.consentLanguage;
    const reason = input.forced!.reason ?? `${TITLES[code] ?? 'Toll-free verification rejected'}.`;
    return { outcome: 'TWILIO_REJECTED', errorCode: code, reason, reasons: [{ code, reason }], editAllowed: editableRejection(code) };
  }
  const found = tollfreeFindings(input);
  if (!found.length) return { outcome: 'TWILIO_APPROVED' };
  return { outcome: 'TWILIO_REJECTED', errorCode: found[0]!.code, reason: found[0]!.reason, reasons: found, editAllowed: found.every((f) => editableRejection(f.code)) };
}

/** Whether a rejected verification can be edited now: its reason allows it and the window is open. */
export function editableNow(rec: Pick<TollfreeVerificationRecord, 'status' | 'edit_allowed' | 'edit_expiration'>, now: number): boolean {
  return rec.status === 'TWILIO_REJECTED' && rec.edit_allowed === true && rec.edit_expiration !== null && now < rec.edit_expiration;
}

/**
 * The number a verification is for must be a toll-free IncomingPhoneNumber of the account, with no
 * other verification (Twilio keeps one per number: error 30879's advice is to delete the rejected
 * verification before submitting a new one). 400s name `TollfreePhoneNumberSid`.
 */
export function checkTollfreeNumber(world: World, numberSid: string): IncomingNumberView {
  const number = world.table<IncomingNumberView & BaseRecord>(A2pTables.incomingPhoneNumbers).get(numberSid);
  if (!number) throw TwilioError.invalidParam('TollfreePhoneNumberSid', `no IncomingPhoneNumber ${numberSid} in this account`, 21421);
  if (senderKind(number) !== 'us-toll-free') {
    throw TwilioError.invalidParam('TollfreePhoneNumberSid', `${number.phone_number} is not a toll-free number (toll-free numbers start with +1 800, 833, 844, 855, 866, 877 or 888)`);
  }
  const existing = verificationOf(world, numberSid);
  if (existing) {
    throw TwilioError.invalidParam(
      'TollfreePhoneNumberSid',
      `${number.phone_number} already has Tollfree Verification ${existing.sid} (${existing.status}); update that one if it was rejected, or delete it first`,
    );
  }
  return number;
}

/** The verification of a toll-free number, if any. */
export function verificationOf(world: World, numberSid: string): TollfreeVerificationRecord | undefined {
  return world.table<TollfreeVerificationRecord>(TollfreeTables.verifications).firstWhere('tollfree_phone_number_sid', numberSid);
}
