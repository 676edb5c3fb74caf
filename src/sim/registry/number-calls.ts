import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { TwilioError } from '../wire/errors.js';
import { isE164 } from './number-messaging.js';
import { country, countryOfNumber } from './numbers/plan.js';

/**
 * Rules of API 2010 Calls (https://www.twilio.com/docs/voice/api/call-resource), pure: what an
 * outbound call needs, how long it rings and talks, what it costs, which progress events exist.
 */

/** Twilio's synchronous errors on `POST Calls.json` (https://www.twilio.com/docs/api/errors/<code>). */
export const CallError = {
  /** 21200 "Calls Resource": among its causes, no Url, Twiml or ApplicationSid. */
  Instructions: 21200,
  MissingTo: 21201,
  InvalidUrl: 21205,
  FromNotVerified: 21210,
  InvalidTo: 21211,
  InvalidFrom: 21212,
  MissingFrom: 21213,
  InvalidApplication: 21218,
  /** "Call is not in-progress. Cannot redirect." */
  NotInProgress: 21220,
} as const;

/** StatusCallbackEvent values; without any, Twilio calls back on `completed` only. */
export const CALL_EVENTS = ['initiated', 'ringing', 'answered', 'completed'] as const;
export type CallEvent = (typeof CALL_EVENTS)[number];

export type CallStatus = 'queued' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';
export const FINAL_CALL_STATUSES: ReadonlySet<string> = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** SIP response Twilio reports with each way a call ends. */
export const SIP_RESPONSE: Record<string, number> = { completed: 200, busy: 486, 'no-answer': 487, canceled: 487, failed: 500 };

export function checkCallEndpoints(to: string | undefined, from: string | undefined): { to: string; from: string } {
  if (to === undefined || to.trim() === '') throw new TwilioError(400, CallError.MissingTo, "No 'To' number is specified");
  if (from === undefined || from.trim() === '') throw new TwilioError(400, CallError.MissingFrom, "A 'From' phone number is required.");
  if (!isE164(to.trim())) throw new TwilioError(400, CallError.InvalidTo, `The phone number you are attempting to call, ${to}, is not valid.`);
  if (!isE164(from.trim())) throw new TwilioError(400, CallError.InvalidFrom, `The caller phone number ${from} is not valid.`);
  return { to: to.trim(), from: from.trim() };
}

/** A call needs instructions: a TwiML URL, inline TwiML, or an application (21200). */
export function checkInstructions(input: { url?: string; twiml?: string; applicationSid?: string }): void {
  if (input.url === undefined && input.twiml === undefined && input.applicationSid === undefined) {
    throw new TwilioError(400, CallError.Instructions, 'A Url, Twiml or ApplicationSid parameter is required to tell Twilio what to do with the call.');
  }
}

/**
 * How the callee behaves, drawn once from the account's entropy when the call is created, so a
 * seeded run replays it: rings 3–12 s, then talks 15–240 s (capped by TimeLimit).
 */
export function planCall(world: World, timeLimit: number | undefined): { ringSeconds: number; talkSeconds: number } {
  const ringSeconds = world.entropy.int(3, 12);
  const talkSeconds = Math.min(world.entropy.int(15, 240), timeLimit ?? 14_400);
  return { ringSeconds, talkSeconds };
}

/** Voice is billed per started minute at the destination country's rate, negative as Twilio reports charges. */
export function priceOfCall(to: string, seconds: number): string {
  const perMinute = Number(country(countryOfNumber(to) ?? '')?.prices.voice_per_minute ?? '0.05000');
  return (-(Math.ceil(seconds / 60) * perMinute)).toFixed(5);
}

// ---- the stored call -----------------------------------------------------------------------

/** API 2010 Calls of an account (read by CloudFran's export through this name). */
export const CALLS_TABLE = 'api.calls';

export interface CallRecord extends BaseRecord {
  to: string;
  from: string;
  to_formatted: string;
  from_formatted: string;
  phone_number_sid: string;
  status: CallStatus;
  /** When Twilio dialled (left the queue). */
  start_time: number | null;
  /** When the callee answered (not on the wire; the duration counts from here). */
  answered_at: number | null;
  end_time: number | null;
  /** Seconds talked, once an answered call has ended; empty for busy, failed, unanswered or ongoing calls. */
  duration: number | null;
  price: string | null;
  price_unit: string;
  direction: 'outbound-api';
  api_version: string;
  url: string | null;
  twiml: string | null;
  method: 'GET' | 'POST';
  status_callback: string | null;
  status_callback_method: 'GET' | 'POST';
  status_callback_events: CallEvent[];
  /** Seconds the callee's phone rings before the call is answered (or Timeout gives up). */
  timeout: number;
  ring_seconds: number;
  talk_seconds: number;
  /** Callbacks sent so far (their SequenceNumber). */
  sequence: number;
}

/** A number's calls, placed from it or to it, newest first (CloudFran's "call logs" of a number). */
export function callsOfNumber(world: World, e164: string): CallRecord[] {
  return world
    .table<CallRecord>(CALLS_TABLE)
    .filter((c) => c.from === e164 || c.to === e164)
    .reverse();
}
