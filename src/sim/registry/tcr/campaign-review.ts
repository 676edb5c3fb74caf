import type { Override } from '../../engine/world.js';
import { findUsecase } from './catalog.js';
import { CampaignErrorCode, NUMBER_REGISTRATION_FAILED, tcrRejection } from './errors.js';
import type { BrandType, RateLimits, TcrRejection } from './records.js';

/**
 * The vetting of a campaign (TCR and the DCA's manual review, FIDELITY §3 UsAppToPerson), as a pure
 * decision over the campaign's content and its brand. Failures carry Twilio's campaign rejection
 * codes with the fields at fault (UPPER_CASE, as Twilio's `errors[].fields`).
 */
export interface CampaignReviewInput {
  usecase: string;
  description: string;
  messageFlow: string;
  messageSamples: string[];
  hasEmbeddedLinks: boolean;
  hasEmbeddedPhone: boolean;
  brand: { name: string; type: BrandType; score: number | null; skipAutomaticSecVet: boolean; mock: boolean };
  forced?: Override;
}

export type CampaignDecision = { outcome: 'VERIFIED'; rateLimits: RateLimits } | { outcome: 'FAILED'; errors: TcrRejection[]; reason: string };

export const CAMPAIGN_OUTCOMES = ['VERIFIED', 'FAILED'] as const;

/** SHAFT-C and other content carriers disallow on 10DLC (CTIA Messaging Principles; Twilio's disallowed content list). */
const DISALLOWED = /\b(cannabis|marijuana|cbd|thc|vap(e|ing)|e-?cigarettes?|tobacco|cigarettes?|firearms?|ammunition|payday loans?|debt (relief|forgiveness)|gambling|casino)\b/i;
const LINK = /(https?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(com|net|org|io|co|us|ly|app|info)(\/\S*)?)/i;
const PHONE = /(\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;
const OPT_OUT = /\b(stop|opt[\s-]?out|unsubscribe|cancel)\b/i;
const LEGAL_SUFFIX = /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|lp|llp)\b\.?/gi;

/** The distinctive words of a brand's name ("Acme, Inc." → ["acme"]). */
export function nameWords(name: string): string[] {
  return name
    .replace(/\[sim:[^\]]*\]/gi, ' ')
    .toLowerCase()
    .replace(LEGAL_SUFFIX, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
}

function mentionsBrand(sample: string, brand: string): boolean {
  const words = nameWords(brand);
  const text = sample.toLowerCase();
  return words.length > 0 && words.every((w) => text.includes(w));
}

/** What a reviewer finds wrong with the campaign's content; empty when it would pass. */
export function campaignFindings(input: CampaignReviewInput): TcrRejection[] {
  const errors: TcrRejection[] = [];
  const fields: Array<[string, string]> = [['DESCRIPTION', input.description], ['MESSAGE_FLOW', input.messageFlow], ...input.messageSamples.map((s): [string, string] => ['MESSAGE_SAMPLES', s])];
  const disallowed = [...new Set(fields.filter(([, text]) => DISALLOWED.test(text)).map(([f]) => f))];
  if (disallowed.length) {
    const word = fields.map(([, t]) => DISALLOWED.exec(t)?.[0]).find(Boolean);
    errors.push(tcrRejection(CampaignErrorCode.DisallowedContent, { fields: disallowed, detail: `"${word}" is disallowed content on US A2P 10DLC.` }));
  }
  if (input.description.trim().split(/\s+/).length < 8) {
    errors.push(tcrRejection(CampaignErrorCode.InvalidDescription, { detail: 'The description does not explain who sends the messages, to whom, and why.' }));
  }
  // Error 30893: at least one sample names the business, and one carries opt-out language.
  const namesBrand = input.messageSamples.some((s) => mentionsBrand(s, input.brand.name));
  const optOut = input.messageSamples.some((s) => OPT_OUT.test(s));
  if (!namesBrand || !optOut) {
    const missing = [!namesBrand ? `the brand name "${input.brand.name}"` : '', !optOut ? 'opt-out language (e.g. "Reply STOP to unsubscribe")' : ''].filter(Boolean).join(' and ');
    errors.push(tcrRejection(CampaignErrorCode.SampleUsecaseMismatch, { detail: `No sample message includes ${missing}.` }));
  }
  const samplesHavePhone = input.messageSamples.some((s) => PHONE.test(s));
  if (samplesHavePhone !== input.hasEmbeddedPhone) {
    errors.push(
      tcrRejection(CampaignErrorCode.EmbeddedPhone, {
        detail: input.hasEmbeddedPhone ? 'HasEmbeddedPhone is true but no sample message contains a phone number.' : 'A sample message contains a phone number but HasEmbeddedPhone is false.',
      }),
    );
  }
  // No dedicated rejection code for a links mismatch was found; Twilio files sample problems under 30893.
  const samplesHaveLink = input.messageSamples.some((s) => LINK.test(s));
  if (samplesHaveLink !== input.hasEmbeddedLinks) {
    errors.push(
      tcrRejection(CampaignErrorCode.SampleUsecaseMismatch, {
        fields: ['HAS_EMBEDDED_LINKS', 'MESSAGE_SAMPLES'],
        detail: input.hasEmbeddedLinks ? 'HasEmbeddedLinks is true but no sample message contains a link.' : 'A sample message contains a link but HasEmbeddedLinks is false.',
      }),
    );
  }
  return errors;
}

/**
 * Carrier throughput once verified (FIDELITY §6). The top tier is the spec's own example
 * (`att: {mps: 600, messageClass: "A"}, tmobile: {brandTier: "TOP"}`), the sole proprietor tier its
 * sole-proprietor example (0.25 MPS, LOW); the tiers between follow the vetting score in TCR's
 * published bands (75+, 50–74, 25–49, below) with the simulator's own MPS figures.
 */
export function rateLimits(brand: CampaignReviewInput['brand'], usecase: string): RateLimits {
  if (brand.type === 'SOLE_PROPRIETOR') return { att: { mps: 0.25, messageClass: 'A' }, tmobile: { brandTier: 'LOW' } };
  if (usecase === 'LOW_VOLUME' || brand.skipAutomaticSecVet || brand.score === null) return { att: { mps: 1.25, messageClass: 'T' }, tmobile: { brandTier: 'LOW' } };
  if (brand.score >= 75) return { att: { mps: 600, messageClass: 'A' }, tmobile: { brandTier: 'TOP' } };
  if (brand.score >= 50) return { att: { mps: 240, messageClass: 'B' }, tmobile: { brandTier: 'HIGH' } };
  if (brand.score >= 25) return { att: { mps: 40, messageClass: 'C' }, tmobile: { brandTier: 'LOW_MID' } };
  return { att: { mps: 4, messageClass: 'E' }, tmobile: { brandTier: 'LOW' } };
}

export function reviewCampaign(input: CampaignReviewInput): CampaignDecision {
  const forced = input.forced?.outcome.toUpperCase();
  if (forced === 'VERIFIED') return { outcome: 'VERIFIED', rateLimits: rateLimits(input.brand, input.usecase) };
  if (forced === 'FAILED') {
    const code = input.forced!.code ?? CampaignErrorCode.CarrierRejection;
    const error = tcrRejection(code, { ...(input.forced!.fields ? { fields: input.forced!.fields } : {}), ...(input.forced!.reason ? { detail: input.forced!.reason } : {}) });
    return { outcome: 'FAILED', errors: [error], reason: `${code}: ${error.description}` };
  }
  // Mock campaigns are not vetted (they never reach the carriers).
  if (input.brand.mock) return { outcome: 'VERIFIED', rateLimits: rateLimits(input.brand, input.usecase) };
  const errors = campaignFindings(input);
  if (errors.length) return { outcome: 'FAILED', errors, reason: errors.map((e) => `${e.code}: ${e.description}`).join('; ') };
  if (!findUsecase(input.usecase)) {
    const e = tcrRejection(CampaignErrorCode.UsecaseIneligible);
    return { outcome: 'FAILED', errors: [e], reason: e.description };
  }
  return { outcome: 'VERIFIED', rateLimits: rateLimits(input.brand, input.usecase) };
}

/** Number registration (FIDELITY §4 number-registration events): a US 10DLC number on a verified campaign. */
export interface NumberRegistrationInput {
  phoneNumber: string;
  senderKind: 'us-10dlc' | 'us-toll-free' | 'other';
  canMessage: boolean;
  /** Numbers of the same service already registered or registering to this campaign. */
  otherNumbers: number;
  soleProprietor: boolean;
  forced?: Override;
}

export type NumberDecision = { outcome: 'successful' } | { outcome: 'failed'; error: TcrRejection };

export const NUMBER_OUTCOMES = ['successful', 'failed'] as const;

export function decideNumberRegistration(input: NumberRegistrationInput): NumberDecision {
  const forced = input.forced?.outcome.toLowerCase();
  if (forced === 'successful') return { outcome: 'successful' };
  const fail = (detail: string, code = NUMBER_REGISTRATION_FAILED) => ({ outcome: 'failed' as const, error: tcrRejection(code, { detail }) });
  if (forced === 'failed') return fail(input.forced!.reason ?? 'Forced failure.', input.forced!.code ?? NUMBER_REGISTRATION_FAILED);
  if (input.senderKind !== 'us-10dlc') return fail(`${input.phoneNumber} is not a US 10DLC number; only US local numbers register to A2P campaigns.`);
  if (!input.canMessage) return fail(`${input.phoneNumber} has no SMS or MMS capability.`);
  // FIDELITY §6: one number per sole proprietor campaign.
  if (input.soleProprietor && input.otherNumbers > 0) return fail('A SOLE_PROPRIETOR campaign can have only one phone number.');
  return { outcome: 'successful' };
}
