import type { BaseRecord } from '../engine/table.js';
import type { Override, World } from '../engine/world.js';
import { TwilioError } from '../wire/errors.js';
import { country, countryOfNumber, type Capabilities } from './numbers/plan.js';

/**
 * Rules of API 2010 Messages (https://www.twilio.com/docs/messaging/api/message-resource), pure:
 * what a message may be, how many segments it costs, what it costs, and whether it is delivered.
 * The Messages resource and CloudFran both use them.
 */

/** Twilio's synchronous errors on `POST Messages.json` (each code's page is https://www.twilio.com/docs/api/errors/<code>). */
export const MessageError = {
  MissingBody: 21602,
  MissingFrom: 21603,
  MissingTo: 21604,
  InvalidTo: 21211,
  InvalidFrom: 21212,
  SameToFrom: 21266,
  /** "'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account" (media from a number without MMS). */
  NotMessageCapable: 21606,
  BodyTooLong: 21617,
  InvalidMediaUrl: 21620,
  TooManyMedia: 21623,
  /** Split out of 21606 in 2024 (changelog "updates-to-the-error-code-dictionary-to-clarify-number-validatio"). */
  FromNotTwilio: 21659,
  FromOtherAccount: 21660,
  FromNotSmsCapable: 21661,
  ServiceNotFound: 21701,
  ServiceWithoutNumbers: 21704,
  InvalidServiceSid: 21705,
} as const;

/** Error titles Twilio shows for asynchronous failures (error_message, the debugger). */
export const DELIVERY_ERRORS: Record<number, string> = {
  30003: 'Unreachable destination handset',
  30004: 'Message blocked',
  30005: 'Unknown destination handset',
  30006: 'Landline or unreachable carrier',
  30007: 'Message filtered',
  30008: 'Unknown error',
  30032: 'Toll-Free Number Has Not Been Verified',
  30034: 'Message from an Unregistered Number',
};

export const MAX_BODY = 1600;
export const MAX_MEDIA = 10;

/**
 * Twilio's test-credential "To" numbers (https://www.twilio.com/docs/iam/test-credentials): each
 * fails synchronously with the error Twilio documents for it, so failures can be provoked on purpose.
 */
export const MAGIC_TO: Record<string, { code: number; message: string }> = {
  '+15005550001': { code: MessageError.InvalidTo, message: "The 'To' number +15005550001 is not a valid phone number." },
  '+15005550002': { code: 21612, message: "The 'To' phone number: +15005550002, is not currently reachable using the 'From' phone number via SMS." },
  '+15005550003': { code: 21408, message: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003." },
  '+15005550004': { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
  '+15005550009': { code: 21614, message: "'To' number is not a valid mobile number" },
};

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(v: string): boolean {
  return E164.test(v);
}

// GSM 03.38: the basic set is one septet per character, the extension table two (escape + char).
const GSM_BASIC = new Set([...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà']);
const GSM_EXTENDED = new Set([...'^{}\\[~]|€\f']);

/**
 * Segments a body costs: GSM-7 fits 160 septets in one segment and 153 per segment when
 * concatenated; anything outside GSM-7 is UCS-2, 70 code units or 67 per concatenated segment
 * (https://www.twilio.com/docs/glossary/what-sms-character-limit). A media-only message is one.
 */
export function segmentsOf(body: string): { encoding: 'GSM-7' | 'UCS-2'; segments: number } {
  let septets = 0;
  let gsm = true;
  for (const ch of body) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM-7', segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = body.length;
  return { encoding: 'UCS-2', segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** The body and media rules, checked before anything else about the message. */
export function checkContent(body: string | undefined, mediaUrls: string[]): void {
  if ((body === undefined || body === '') && mediaUrls.length === 0) throw new TwilioError(400, MessageError.MissingBody, 'Message body is required.');
  if (body !== undefined && [...body].length > MAX_BODY) {
    throw new TwilioError(400, MessageError.BodyTooLong, `The concatenated message body exceeds the ${MAX_BODY} character limit (Body has ${[...body].length} characters).`);
  }
  if (mediaUrls.length > MAX_MEDIA)
    throw new TwilioError(400, MessageError.TooManyMedia, `Number of media files exceeds allowed limit: MediaUrl has ${mediaUrls.length} URLs, the maximum is ${MAX_MEDIA}.`);
}

export function checkTo(to: string | undefined): string {
  if (to === undefined || to.trim() === '') throw new TwilioError(400, MessageError.MissingTo, "A 'To' phone number is required.");
  const e164 = to.trim();
  const magic = MAGIC_TO[e164];
  if (magic) throw new TwilioError(400, magic.code, magic.message);
  if (!isE164(e164)) throw new TwilioError(400, MessageError.InvalidTo, `The 'To' number ${to} is not a valid phone number.`);
  return e164;
}

/** A sender the account owns, as the rules need it. */
export interface Sender {
  sid: string;
  phone_number: string;
  capabilities: Capabilities;
}

/**
 * The From number: well-formed (21212), a Twilio number (21659), this account's (21660), able to
 * send SMS (21661) and MMS when there is media (21606).
 */
export function checkFrom(input: { from: string; own: Sender | undefined; ownedElsewhere: boolean; hasMedia: boolean }): Sender {
  const { from, own } = input;
  if (!isE164(from)) throw new TwilioError(400, MessageError.InvalidFrom, `Invalid From Number: ${from} is not a phone number in E.164 format.`);
  if (!own) {
    if (input.ownedElsewhere) throw new TwilioError(400, MessageError.FromOtherAccount, `Mismatch between the 'From' number ${from} and the account`);
    throw new TwilioError(400, MessageError.FromNotTwilio, `'From' ${from} is not a Twilio phone number or Short Code country mismatch`);
  }
  if (!own.capabilities.sms) throw new TwilioError(400, MessageError.FromNotSmsCapable, `'From' number ${from} is not SMS-capable`);
  if (input.hasMedia && !own.capabilities.mms) {
    throw new TwilioError(
      400,
      MessageError.NotMessageCapable,
      `The 'From' phone number provided (${from}) is not a valid message-capable Twilio phone number for this destination/account: it cannot send MMS (MediaUrl).`,
    );
  }
  return own;
}

/** What a message costs once sent: price per segment (or per MMS) of the destination country, negative as Twilio reports charges. */
export function priceOf(to: string, segments: number, hasMedia: boolean): string {
  const prices = country(countryOfNumber(to) ?? '')?.prices;
  const mms = hasMedia ? prices?.mms : undefined;
  const unit = Number(mms ?? prices?.sms ?? '0.05000');
  const amount = hasMedia && mms ? unit : unit * Math.max(1, segments);
  return (-amount).toFixed(5);
}

export type DeliveryPlan =
  | { outcome: 'delivered' }
  /** `sentFirst`: the carrier reported the failure after Twilio sent it (sent → undelivered); otherwise Twilio stopped it (queued → undelivered/failed). */
  | { outcome: 'undelivered' | 'failed'; errorCode: number; errorMessage: string; sentFirst: boolean };

/**
 * Whether the provider lets US-bound traffic leave this sender: its own registration rule (for the
 * Twilio face twilio/messaging/a2p-sending.ts: 30034 unregistered 10DLC, 30032 unverified toll-free).
 * The face passes it in because the rule reads the face's own records, which the registry never imports.
 */
export type SendingVerdict = { ok: true } | { ok: false; errorCode: number; reason: string };
export type SendingCheck = (world: World, from: string) => SendingVerdict;

/**
 * Whether a message gets through. A forced outcome (control-plane override or `[sim:…]` in the
 * body) wins; otherwise US-bound traffic must pass the provider's A2P sending check, and traffic to
 * other countries is not subject to it (FIDELITY §3).
 */
export function planDelivery(world: World, message: { from: string; to: string }, sendingCheck: SendingCheck, forced?: Override): DeliveryPlan {
  if (forced) {
    if (forced.outcome === 'delivered') return { outcome: 'delivered' };
    if (forced.outcome === 'undelivered' || forced.outcome === 'failed') {
      const code = forced.code ?? (forced.outcome === 'failed' ? 30008 : 30003);
      return { outcome: forced.outcome, errorCode: code, errorMessage: forced.reason ?? DELIVERY_ERRORS[code] ?? 'Message delivery failed', sentFirst: forced.outcome === 'undelivered' };
    }
  }
  if (countryOfNumber(message.to) === 'US') {
    const verdict = sendingCheck(world, message.from);
    if (!verdict.ok) return { outcome: 'undelivered', errorCode: verdict.errorCode, errorMessage: DELIVERY_ERRORS[verdict.errorCode] ?? verdict.reason, sentFirst: false };
  }
  return { outcome: 'delivered' };
}

/** Message statuses in which nothing more happens. */
export const FINAL_MESSAGE_STATUSES = new Set(['delivered', 'undelivered', 'failed', 'received', 'canceled', 'read']);

// ---- the stored message --------------------------------------------------------------------

/** API 2010 Messages of an account (read by CloudFran's export through this name). */
export const MESSAGES_TABLE = 'api.messages';

export type MessageStatus = 'accepted' | 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface MessageRecord extends BaseRecord {
  to: string;
  /** Null while a Messaging Service has not picked the sender yet (status `accepted`). */
  from: string | null;
  body: string;
  media_urls: string[];
  num_segments: number;
  num_media: number;
  direction: 'outbound-api';
  status: MessageStatus;
  error_code: number | null;
  error_message: string | null;
  price: string | null;
  price_unit: string | null;
  date_sent: number | null;
  messaging_service_sid: string | null;
  status_callback: string | null;
  api_version: string;
  /** The sending IncomingPhoneNumber (PN…) and its number, chosen on creation (not on the wire). */
  phone_number_sid: string;
  sender: string;
  /** Decided when the message leaves the queue (not on the wire). */
  plan: DeliveryPlan | null;
}

/** A number's messages, sent from it or to it, newest first (CloudFran's "SMS logs" of a number). */
export function messagesOfNumber(world: World, e164: string): MessageRecord[] {
  return world
    .table<MessageRecord>(MESSAGES_TABLE)
    .filter((m) => m.sender === e164 || m.from === e164 || m.to === e164)
    .reverse();
}
