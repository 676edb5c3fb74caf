import type { World } from '../../engine/world.js';
import { A2pTables, type CampaignRecord, type IncomingNumberView, type ServicePhoneNumberRecord } from './records.js';
import { verificationOf } from './tollfree-verification-rules.js';

/**
 * Whether a message from `from` (an E.164 number of this account) to a US destination can be
 * delivered, by the A2P rules in force since 2023 (FIDELITY §3 "Sending from unregistered 10DLC
 * numbers"). The Messages resource asks this when a message is created; the message is still
 * accepted (201) and becomes `undelivered` with the error code later, as Twilio does.
 *
 * - A US local number (10DLC) must be in a Messaging Service whose US A2P campaign is VERIFIED and
 *   whose registration of this number is `successful`; otherwise 30034. A mock campaign never
 *   carries traffic (mock brands and campaigns are "for testing only" and are not shared with the
 *   carriers), so it is 30034 too.
 * - A US toll-free number needs an approved toll-free verification (`TWILIO_APPROVED`,
 *   tollfree-verification-rules.ts); otherwise 30032 (Twilio blocks unverified toll-free traffic
 *   since 31 Jan 2024).
 * - Any other number (Canadian, non-NANP) is not subject to 10DLC registration: allowed.
 *
 * Returns the campaign's Usa2p SID (QE…) when a campaign carries the message.
 */
export type A2pSendingVerdict = { ok: true; campaignSid: string | null } | { ok: false; errorCode: number; reason: string };

/** Error 30034: message from an unregistered 10DLC number. */
export const UNREGISTERED_10DLC = 30034;
/** Error 30032: toll-free number not verified. */
export const TOLL_FREE_NOT_VERIFIED = 30032;

/** NANP toll-free area codes (https://www.fcc.gov/consumers/guides/what-toll-free): 800, 833, 844, 855, 866, 877, 888. */
const TOLL_FREE_NPA = new Set(['800', '833', '844', '855', '866', '877', '888']);

export type SenderKind = 'us-10dlc' | 'us-toll-free' | 'other';

/** What kind of sender a number is, from what the numbers face stored, or else from its numbering plan. */
export function senderKind(number: Pick<IncomingNumberView, 'phone_number' | 'iso_country' | 'number_type' | 'type'>): SenderKind {
  const declared = String(number.number_type ?? number.type ?? '')
    .toLowerCase()
    .replace(/_/g, '-');
  const e164 = number.phone_number;
  const nanp = /^\+1\d{10}$/.test(e164);
  const country = number.iso_country?.toUpperCase() ?? (nanp ? 'US' : undefined);
  if (declared === 'toll-free' || declared === 'tollfree' || (nanp && TOLL_FREE_NPA.has(e164.slice(2, 5)))) return country === 'US' || country === undefined ? 'us-toll-free' : 'other';
  if (country === 'US' && nanp) return 'us-10dlc';
  return 'other';
}

export function a2pSendingCheck(world: World, from: string): A2pSendingVerdict {
  const incoming = world.table<IncomingNumberView>(A2pTables.incomingPhoneNumbers).firstWhere('phone_number', from);
  const kind = senderKind(incoming ?? { phone_number: from });
  if (kind === 'other') return { ok: true, campaignSid: null };
  if (kind === 'us-toll-free') {
    const verification = incoming && verificationOf(world, incoming.sid);
    if (verification?.status === 'TWILIO_APPROVED') return { ok: true, campaignSid: null };
    const why = verification ? `its toll-free verification ${verification.sid} is ${verification.status}` : 'it has no toll-free verification';
    return { ok: false, errorCode: TOLL_FREE_NOT_VERIFIED, reason: `${from} is a toll-free number and ${why}` };
  }
  const entry = incoming && world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).get(incoming.sid);
  if (!entry) return { ok: false, errorCode: UNREGISTERED_10DLC, reason: `${from} is not in a Messaging Service with a registered US A2P campaign` };
  const campaign = world.table<CampaignRecord>(A2pTables.campaigns).firstWhere('messaging_service_sid', entry.service_sid);
  if (!campaign) return { ok: false, errorCode: UNREGISTERED_10DLC, reason: `Messaging Service ${entry.service_sid} has no US A2P campaign` };
  if (campaign.campaign_status !== 'VERIFIED') {
    return { ok: false, errorCode: UNREGISTERED_10DLC, reason: `the campaign ${campaign.sid} of Messaging Service ${entry.service_sid} is ${campaign.campaign_status}, not VERIFIED` };
  }
  if (campaign.mock) return { ok: false, errorCode: UNREGISTERED_10DLC, reason: `the campaign ${campaign.sid} is a mock campaign, which carriers do not accept traffic for` };
  if (entry.registration_status !== 'successful' || entry.registration_campaign !== campaign.sid) {
    return { ok: false, errorCode: UNREGISTERED_10DLC, reason: `the 10DLC registration of ${from} to campaign ${campaign.sid} is ${entry.registration_status}` };
  }
  return { ok: true, campaignSid: campaign.sid };
}

/** The numbers of a Messaging Service that can send to the US now (for Messages sent with a MessagingServiceSid). */
export function serviceSenders(world: World, serviceSid: string): ServicePhoneNumberRecord[] {
  return world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).where('service_sid', serviceSid);
}
