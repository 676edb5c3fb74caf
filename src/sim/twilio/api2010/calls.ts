import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { sendStatusCallback } from '../../engine/callbacks.js';
import { enterState } from '../../engine/lifecycle.js';
import { resource, type OpContext } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { rfc2822Date, rfc2822DateOrNull, SECOND } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { isHttpUrl, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import {
  CALL_EVENTS,
  CallError,
  CALLS_TABLE,
  checkCallEndpoints,
  checkInstructions,
  FINAL_CALL_STATUSES,
  planCall,
  priceOfCall,
  SIP_RESPONSE,
  type CallEvent,
  type CallRecord,
  type CallStatus,
} from '../../registry/number-calls.js';
import { countryOfNumber, formatNanp } from '../../registry/numbers/plan.js';
import { ownerOf } from '../../registry/numbers/pool.js';
import { ownedNumber } from '../../registry/numbers/purchase.js';
import { ACCOUNT_BASE } from './phone-numbers.js';

/**
 * API 2010 Calls, minimal: outbound calls from the account's numbers that ring, are answered and
 * hang up on the account's clock (queued → ringing → in-progress → completed, with a duration),
 * with Twilio's call progress callbacks. No TwiML is executed: Url/Twiml are kept, not fetched.
 */

const method = () => p.enum(['GET', 'POST'] as const);
const QUEUE_DELAY = SECOND;

/** `StatusCallbackEvent` as twilio-node sends it (repeated keys) or as TwiML writes it (space-separated). */
const eventList = z.array(z.string()).transform((values, ctx) => {
  const events = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  const bad = events.find((e) => !(CALL_EVENTS as readonly string[]).includes(e));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `must be one or more of ${CALL_EVENTS.join(', ')} (got ${bad})` });
    return z.NEVER;
  }
  return [...new Set(events)] as CallEvent[];
});

const CREATE_PARAMS = z.object({
  To: z.string().optional(),
  From: z.string().optional(),
  Url: z.string().optional(),
  Twiml: z.string().optional(),
  ApplicationSid: z.string().optional(),
  Method: method().optional(),
  FallbackUrl: p.url().optional(),
  FallbackMethod: method().optional(),
  StatusCallback: p.url().optional(),
  StatusCallbackEvent: eventList.optional(),
  StatusCallbackMethod: method().optional(),
  SendDigits: z.string().optional(),
  Timeout: p.int({ min: 5, max: 600 }).optional(),
  TimeLimit: p.int({ min: 1, max: 86_400 }).optional(),
  Record: p.bool().optional(),
  CallerId: z.string().optional(),
  MachineDetection: p.enum(['Enable', 'DetectMessageEnd'] as const).optional(),
});

const UPDATE_PARAMS = z.object({
  Url: z.string().optional(),
  Method: method().optional(),
  Status: p.enum(['canceled', 'completed'] as const).optional(),
  FallbackUrl: p.url().optional(),
  FallbackMethod: method().optional(),
  StatusCallback: p.url().optional(),
  StatusCallbackMethod: method().optional(),
  Twiml: z.string().optional(),
  TimeLimit: p.int({ min: 1, max: 86_400 }).optional(),
});

function formatted(e164: string): string {
  return e164.startsWith('+1') && e164.length === 12 ? formatNanp(e164.slice(1)) : e164;
}

function checkUrl(url: string | undefined): void {
  if (url !== undefined && !isHttpUrl(url)) throw new TwilioError(400, CallError.InvalidUrl, `Invalid URL: Url ${url} is not a fully qualified http(s) URL`);
}

function buildCall(ctx: OpContext, q: z.output<typeof CREATE_PARAMS>) {
  const { to, from } = checkCallEndpoints(q.To, q.From);
  checkInstructions({ url: q.Url, twiml: q.Twiml, applicationSid: q.ApplicationSid });
  checkUrl(q.Url);
  // TwiML Applications are not simulated, so no ApplicationSid names one.
  if (q.ApplicationSid !== undefined)
    throw new TwilioError(400, CallError.InvalidApplication, `Invalid ApplicationSid: Application ${q.ApplicationSid} was not found (applications are not simulated; pass Url or Twiml)`);
  const own = ownedNumber(ctx.world, from);
  if (!own?.capabilities.voice) {
    const why = own ? 'is not voice-capable' : ownerOf(ctx.sim, from) ? 'belongs to another account' : 'is not a Twilio number of this account or a verified caller ID';
    throw new TwilioError(400, CallError.FromNotVerified, `The source phone number provided, ${from}, is not yet verified for your account: it ${why}.`);
  }
  const plan = planCall(ctx.world, q.TimeLimit);
  const fields: Omit<CallRecord, 'sid' | 'account_sid' | 'date_created' | 'date_updated'> = {
    to,
    from,
    to_formatted: formatted(to),
    from_formatted: formatted(from),
    phone_number_sid: own.sid,
    status: 'queued',
    start_time: null,
    answered_at: null,
    end_time: null,
    duration: null,
    price: null,
    price_unit: 'USD',
    direction: 'outbound-api',
    api_version: '2010-04-01',
    url: q.Url ?? null,
    twiml: q.Twiml ?? null,
    method: q.Method ?? 'POST',
    status_callback: q.StatusCallback ?? null,
    status_callback_method: q.StatusCallbackMethod ?? 'POST',
    status_callback_events: q.StatusCallbackEvent ?? ['completed'],
    timeout: q.Timeout ?? 60,
    ring_seconds: plan.ringSeconds,
    talk_seconds: plan.talkSeconds,
    sequence: 0,
  };
  return fields;
}

/**
 * One call progress callback (https://www.twilio.com/docs/voice/api/call-resource#statuscallbackevent):
 * `initiated` reports CallStatus `initiated`, `answered` reports `in-progress` (twilio-java#321).
 */
function progress(world: World, rec: CallRecord, event: CallEvent, callStatus: string): void {
  if (!rec.status_callback || !rec.status_callback_events.includes(event)) return;
  const params: Record<string, string> = {
    AccountSid: rec.account_sid,
    ApiVersion: rec.api_version,
    CallSid: rec.sid,
    CallStatus: callStatus,
    Called: rec.to,
    Caller: rec.from,
    Direction: rec.direction,
    From: rec.from,
    To: rec.to,
    CallbackSource: 'call-progress-events',
    SequenceNumber: String(rec.sequence++),
    Timestamp: rfc2822Date(world.now()),
  };
  const fromCountry = countryOfNumber(rec.from);
  const toCountry = countryOfNumber(rec.to);
  if (fromCountry) params.FromCountry = fromCountry;
  if (toCountry) params.ToCountry = toCountry;
  if (event === 'completed') {
    params.CallDuration = String(rec.duration ?? 0);
    params.SipResponseCode = String(SIP_RESPONSE[rec.status] ?? 200);
  }
  sendStatusCallback(world, { url: rec.status_callback, params, event: `call.${event}`, resourceSid: rec.sid });
}

/** The end of a call, for whatever reason: its end time, and for an answered call its duration and price. */
function ending(world: World, rec: CallRecord, status: CallStatus): { to: CallStatus; patch: Partial<CallRecord> } {
  if (status !== 'completed' || rec.answered_at === null) return { to: status, patch: { end_time: world.now() } };
  const talked = Math.max(0, Math.round((world.now() - rec.answered_at) / SECOND));
  return { to: status, patch: { end_time: world.now(), duration: talked, price: priceOfCall(rec.to, talked) } };
}

export const calls = resource<CallRecord>()({
  name: 'Call',
  table: CALLS_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Calls`,
  sidPrefix: SidPrefix.Call,
  listKey: 'calls',
  create: { params: CREATE_PARAMS, build: (ctx, q) => buildCall(ctx, q) },
  list: {
    params: z.object({
      To: z.string().optional(),
      From: z.string().optional(),
      ParentCallSid: z.string().optional(),
      Status: p.enum(['queued', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled'] as const).optional(),
      StartTime: p.date().optional(),
      'StartTime<': p.date().optional(),
      'StartTime>': p.date().optional(),
      EndTime: p.date().optional(),
      'EndTime<': p.date().optional(),
      'EndTime>': p.date().optional(),
    }),
    // StartTime/EndTime match the UTC day given; the < and > forms are inclusive bounds.
    filter: (r, q) => {
      const day = (ms: number) => Math.floor(ms / 86_400_000);
      const within = (at: number | null, eq?: number, before?: number, after?: number) =>
        (eq === undefined && before === undefined && after === undefined) ||
        (at !== null && (eq === undefined || day(at) === day(eq)) && (before === undefined || at <= before) && (after === undefined || at >= after));
      return (
        (q.To === undefined || r.to === q.To) &&
        (q.From === undefined || r.from === q.From) &&
        // Outbound API calls have no parent: any ParentCallSid filter excludes them.
        q.ParentCallSid === undefined &&
        (q.Status === undefined || r.status === q.Status) &&
        within(r.start_time, q.StartTime, q['StartTime<'], q['StartTime>']) &&
        within(r.end_time, q.EndTime, q['EndTime<'], q['EndTime>'])
      );
    },
    // Twilio lists calls newest first.
    order: 'desc',
  },
  update: {
    params: UPDATE_PARAMS,
    apply: (_ctx, rec, q) => {
      checkUrl(q.Url);
      if (FINAL_CALL_STATUSES.has(rec.status)) throw new TwilioError(400, CallError.NotInProgress, `Call is not in-progress. Cannot redirect. (Call ${rec.sid} is ${rec.status})`);
      const patch: Partial<CallRecord> = {};
      if (q.Url !== undefined) patch.url = q.Url;
      if (q.Twiml !== undefined) patch.twiml = q.Twiml;
      if (q.Method !== undefined) patch.method = q.Method;
      if (q.StatusCallback !== undefined) patch.status_callback = q.StatusCallback;
      if (q.StatusCallbackMethod !== undefined) patch.status_callback_method = q.StatusCallbackMethod;
      return patch;
    },
    // Hanging up: `completed` ends an answered call; either value cancels one not answered yet (Twilio ignores `canceled` on an answered call).
    after: (ctx, rec, q) => {
      if (q.Status === undefined) return;
      if (rec.status === 'in-progress' && q.Status === 'completed') enterState(ctx.world, calls, rec, ending(ctx.world, rec, 'completed'));
      else if (rec.status === 'queued' || rec.status === 'ringing') enterState(ctx.world, calls, rec, ending(ctx.world, rec, 'canceled'));
    },
  },
  // A call record can be deleted once the call has ended; before, Twilio's 20009 (https://www.twilio.com/docs/api/errors/20009).
  remove: {
    check: (_ctx, rec) => {
      if (!FINAL_CALL_STATUSES.has(rec.status)) throw new TwilioError(409, 20009, `Cannot delete this resource before it is complete: call ${rec.sid} is ${rec.status}; delete it once it has ended.`);
    },
  },
  serialize: (r, ctx) => {
    const base = `${ACCOUNT_BASE}/${r.account_sid}/Calls/${r.sid}`;
    const json: Wire<Api2010Schemas['api.v2010.account.call']> = {
      sid: r.sid,
      date_created: rfc2822Date(r.date_created),
      date_updated: rfc2822Date(r.date_updated),
      parent_call_sid: null,
      account_sid: r.account_sid,
      to: r.to,
      to_formatted: r.to_formatted,
      from: r.from,
      from_formatted: r.from_formatted,
      phone_number_sid: r.phone_number_sid,
      status: r.status,
      start_time: rfc2822DateOrNull(r.start_time),
      end_time: rfc2822DateOrNull(r.end_time),
      duration: r.duration === null ? null : String(r.duration),
      price: r.price,
      price_unit: r.price_unit,
      direction: r.direction,
      answered_by: null,
      api_version: r.api_version,
      forwarded_from: null,
      group_sid: null,
      caller_name: null,
      queue_time: String(QUEUE_DELAY),
      trunk_sid: null,
      uri: ctx.uri(r),
      subresource_uris: {
        notifications: `${base}/Notifications.json`,
        recordings: `${base}/Recordings.json`,
        payments: `${base}/Payments.json`,
        events: `${base}/Events.json`,
        siprec: `${base}/Siprec.json`,
        streams: `${base}/Streams.json`,
        transcriptions: `${base}/Transcriptions.json`,
        user_defined_message_subscriptions: `${base}/UserDefinedMessageSubscriptions.json`,
        user_defined_messages: `${base}/UserDefinedMessages.json`,
      },
    };
    return json;
  },
  lifecycle: {
    field: 'status',
    // What /_sim/overrides may force when the callee's phone rings.
    outcomes: ['completed', 'busy', 'no-answer', 'failed'],
    auto: {
      queued: { after: () => QUEUE_DELAY, next: (_r, world) => ({ to: 'ringing', patch: { start_time: world.now() } }) },
      ringing: {
        after: (r) => Math.min(r.ring_seconds, r.timeout) * SECOND,
        next: (r, world) => {
          const forced = world.takeOverride(r.sid)?.outcome;
          if (forced === 'busy' || forced === 'no-answer' || forced === 'failed') return ending(world, r, forced);
          // The callee answers unless Timeout gave up first.
          if (r.ring_seconds > r.timeout) return ending(world, r, 'no-answer');
          return { to: 'in-progress', patch: { answered_at: world.now() } };
        },
      },
      'in-progress': { after: (r) => r.talk_seconds * SECOND, next: (r, world) => ending(world, r, 'completed') },
    },
    onEnter: (world, rec, _from, to) => {
      if (to === 'ringing') {
        progress(world, rec, 'initiated', 'initiated');
        progress(world, rec, 'ringing', 'ringing');
      } else if (to === 'in-progress') {
        progress(world, rec, 'answered', 'in-progress');
      } else if (FINAL_CALL_STATUSES.has(to)) {
        progress(world, rec, 'completed', to);
      }
    },
  },
});
