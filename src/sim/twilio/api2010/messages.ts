import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { sendStatusCallback } from '../../engine/callbacks.js';
import { resource, type OpContext } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { rfc2822Date, rfc2822DateOrNull, SECOND } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { isHttpUrl, p } from '../../wire/params.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { a2pSendingCheck, serviceSenders } from '../messaging/a2p-sending.js';
import { magicOutcome } from '../../registry/magic.js';
import { checkContent, checkFrom, checkTo, MessageError, MESSAGES_TABLE, planDelivery, priceOf, segmentsOf, type MessageRecord, type Sender } from '../../registry/number-messaging.js';
import { ownerOf } from '../../registry/numbers/pool.js';
import { INCOMING_PHONE_NUMBERS_TABLE, ownedNumber, type IncomingPhoneNumberRecord } from '../../registry/numbers/purchase.js';
import { serviceSenderFor } from '../../registry/service-senders.js';
import { A2pTables, type ServiceRecord } from '../messaging/records.js';
import { createMediaFor, deleteMessageChildren } from './message-media.js';
import { ACCOUNT_BASE } from './phone-numbers.js';

/**
 * API 2010 Messages: outbound SMS/MMS from the account's numbers or a Messaging Service's sender
 * pool. A message is accepted at once (201 `queued`, or `accepted` through a Messaging Service)
 * and moves on the account's clock: the A2P 10DLC decision is taken when it leaves the queue, so
 * a number registered meanwhile is taken into account, as on Twilio.
 */

/** When each step happens, in simulated time (Twilio's are seconds apart too). */
const TIMING = { accepted: SECOND, queued: SECOND, sent: 2 * SECOND };

const PARAMS = z.object({
  To: z.string().optional(),
  From: z.string().optional(),
  MessagingServiceSid: z.string().optional(),
  Body: z.string().optional(),
  MediaUrl: z.array(z.string()).optional(),
  StatusCallback: p.url().optional(),
  ApplicationSid: p.sid('AP').optional(),
  MaxPrice: z
    .string()
    .refine((v) => /^\d+(\.\d+)?$/.test(v), 'must be a positive decimal amount in USD')
    .optional(),
  ProvideFeedback: p.bool().optional(),
  Attempt: p.int({ min: 1 }).optional(),
  ValidityPeriod: p.int({ min: 1, max: 36000 }).optional(),
  ForceDelivery: p.bool().optional(),
  SmartEncoded: p.bool().optional(),
  ShortenUrls: p.bool().optional(),
  SendAsMms: p.bool().optional(),
  ScheduleType: z.string().optional(),
  SendAt: z.string().optional(),
  ContentSid: z.string().optional(),
});

/** A sender of the account, by number or by its IncomingPhoneNumber. */
function asSender(n: IncomingPhoneNumberRecord | undefined): Sender | undefined {
  return n && { sid: n.sid, phone_number: n.phone_number, capabilities: n.capabilities };
}

/**
 * The number a Messaging Service sends from: the first number of its sender pool able to carry
 * the message, preferring one whose 10DLC registration succeeded (the pool's numbers are all
 * equivalent on Twilio; registered ones are the ones that deliver).
 */
function senderFromService(world: World, serviceSid: string, to: string, hasMedia: boolean): Sender {
  // Its alpha senders and short codes come first where they can carry the message (registry/service-senders.ts).
  const preferred = serviceSenderFor(world, serviceSid, to, hasMedia);
  if (preferred) return { sid: preferred.sid, phone_number: preferred.address, capabilities: { voice: false, sms: true, mms: preferred.mms, fax: false } };
  const numbers = world.table<IncomingPhoneNumberRecord>(INCOMING_PHONE_NUMBERS_TABLE);
  const pool = serviceSenders(world, serviceSid)
    .map((entry) => ({ entry, number: numbers.get(entry.sid) }))
    .filter((x) => x.number?.capabilities.sms && (!hasMedia || x.number.capabilities.mms));
  const chosen = pool.find((x) => x.entry.registration_status === 'successful') ?? pool[0];
  if (!chosen) throw new TwilioError(400, MessageError.ServiceWithoutNumbers, `The Messaging Service ${serviceSid} contains no phone numbers able to send this message`);
  return asSender(chosen.number)!;
}

function findService(world: World, sid: string): ServiceRecord {
  if (!isSid(sid, SidPrefix.MessagingService)) throw new TwilioError(400, MessageError.InvalidServiceSid, `The Messaging Service is invalid: MessagingServiceSid ${sid} is not an MG SID`);
  const service = world.table<ServiceRecord>(A2pTables.services).get(sid);
  if (!service) throw new TwilioError(400, MessageError.ServiceNotFound, `The Messaging Service ${sid} does not exist`);
  return service;
}

/** Validates everything, in Twilio's order, and returns the message's fields; changes nothing. */
function buildMessage(ctx: OpContext, q: z.output<typeof PARAMS>) {
  const world = ctx.world;
  for (const name of ['ScheduleType', 'SendAt', 'ContentSid'] as const) {
    if (q[name] !== undefined)
      throw TwilioError.invalidParam(
        name,
        name === 'ContentSid' ? 'Content API templates are not simulated; send Body instead' : 'message scheduling is not simulated; send the message when it is due',
      );
  }
  const to = checkTo(q.To);
  if (q.From === undefined && q.MessagingServiceSid === undefined) throw new TwilioError(400, MessageError.MissingFrom, "A 'From' phone number is required.");
  const media = q.MediaUrl ?? [];
  checkContent(q.Body, media);
  const badMedia = media.find((u) => !isHttpUrl(u));
  if (badMedia !== undefined) throw new TwilioError(400, MessageError.InvalidMediaUrl, `Invalid media URL(s): MediaUrl ${badMedia} is not an absolute http(s) URL`);
  const service = q.MessagingServiceSid !== undefined ? findService(world, q.MessagingServiceSid) : undefined;
  const sender =
    q.From !== undefined
      ? checkFrom({ from: q.From.trim(), own: asSender(ownedNumber(world, q.From.trim())), ownedElsewhere: !!ownerOf(ctx.sim, q.From.trim()), hasMedia: media.length > 0 })
      : senderFromService(world, service!.sid, to, media.length > 0);
  if (sender.phone_number === to) throw new TwilioError(400, MessageError.SameToFrom, "'To' and 'From' number cannot be the same");
  const body = q.Body ?? '';
  const fields: Omit<MessageRecord, 'account_sid' | 'date_created' | 'date_updated'> = {
    // Twilio names a message with media MM…, a text SM….
    sid: world.newSid(media.length ? SidPrefix.MediaMessage : SidPrefix.Message),
    to,
    // Through a Messaging Service the sender is picked when the message leaves `accepted`.
    from: service && q.From === undefined ? null : sender.phone_number,
    body,
    media_urls: media,
    num_segments: segmentsOf(body).segments,
    num_media: media.length,
    direction: 'outbound-api',
    // Initial status: `queued`, or `accepted` through a Messaging Service (no callback for either).
    status: service ? 'accepted' : 'queued',
    error_code: null,
    error_message: null,
    price: null,
    price_unit: null,
    date_sent: null,
    messaging_service_sid: service?.sid ?? null,
    status_callback: q.StatusCallback ?? null,
    api_version: '2010-04-01',
    phone_number_sid: sender.sid,
    sender: sender.phone_number,
    plan: null,
  };
  return fields;
}

/** RawDlrDoneDate: the carrier's delivery receipt time, YYMMDDhhmm (UTC). */
function dlrDate(ms: number): string {
  return new Date(ms).toISOString().replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d).*$/, '$1$2$3$4$5');
}

/**
 * The status callback of a message, as Twilio posts it
 * (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status): to the message's
 * StatusCallback, else its Messaging Service's; on every change after creation.
 */
function notify(world: World, rec: MessageRecord): void {
  const service = rec.messaging_service_sid ? world.table<ServiceRecord>(A2pTables.services).get(rec.messaging_service_sid) : undefined;
  const url = rec.status_callback ?? service?.status_callback ?? null;
  if (!url) return;
  const params: Record<string, string> = {
    AccountSid: rec.account_sid,
    ApiVersion: rec.api_version,
    From: rec.from ?? rec.sender,
    To: rec.to,
    MessageSid: rec.sid,
    MessageStatus: rec.status,
    SmsSid: rec.sid,
    SmsStatus: rec.status,
  };
  if (rec.messaging_service_sid) params.MessagingServiceSid = rec.messaging_service_sid;
  if (rec.error_code !== null) params.ErrorCode = String(rec.error_code);
  if (rec.status === 'delivered' || rec.status === 'undelivered') params.RawDlrDoneDate = dlrDate(world.now());
  sendStatusCallback(world, { url, params, event: `message.${rec.status}`, resourceSid: rec.sid });
}

/**
 * States a message no longer leaves. `sent` is not one: the carrier's receipt is still to come, and
 * Twilio refuses to delete a message before it (error 20009; support note quoted in
 * code-dot-org/code-dot-org#11188: "messages that haven't been finalized").
 */
const FINAL_MESSAGE_STATUSES: ReadonlySet<string> = new Set(['delivered', 'undelivered', 'failed']);

const LifecycleError = {
  /** https://www.twilio.com/docs/api/errors/20009 "Cannot delete this resource before it is complete". */
  NotComplete: 20009,
  /** https://www.twilio.com/docs/api/errors/30400: Body and Status missing or both given, or a redaction Body that is not empty. */
  InvalidUpdate: 30400,
  /** https://www.twilio.com/docs/api/errors/30409: only a `scheduled` message can be canceled. */
  NotCancelable: 30409,
} as const;

/**
 * Body is read as a list: decodeParams drops empty single values (an empty field is "not given" everywhere
 * else), and here the empty Body is the request itself. Its last value counts.
 */
const UPDATE_PARAMS = z.object({
  Body: z
    .array(z.string())
    .transform((values) => values[values.length - 1]!)
    .optional(),
  Status: z.string().optional(),
});

/**
 * `POST Messages/{Sid}`: redaction (`Body=` empty) or cancelation (`Status=canceled`), never both
 * (error 30400's causes). Scheduling is not simulated, so no message is ever `scheduled` and a
 * cancelation is always 30409. Twilio redacts "post-flight message records" only (spec summary of
 * UpdateMessage); it documents no code for a message still in flight, so the simulator answers 30400
 * there too, naming the status (README, differences).
 */
function applyUpdate(rec: MessageRecord, q: z.output<typeof UPDATE_PARAMS>): Partial<MessageRecord> {
  if (q.Body === undefined && q.Status === undefined)
    throw new TwilioError(400, LifecycleError.InvalidUpdate, 'Parameters are not valid: pass Body (empty, to redact the message) or Status=canceled.');
  if (q.Body !== undefined && q.Status !== undefined)
    throw new TwilioError(400, LifecycleError.InvalidUpdate, 'Parameters are not valid: a message cannot be canceled and redacted in the same request.');
  if (q.Status !== undefined) {
    if (q.Status !== 'canceled') throw new TwilioError(400, LifecycleError.InvalidUpdate, `Parameters are not valid: Status must be canceled (got ${q.Status}).`);
    throw new TwilioError(400, LifecycleError.NotCancelable, `This message cannot be canceled: only a scheduled message can be, and ${rec.sid} is ${rec.status}.`);
  }
  if (q.Body !== '') throw new TwilioError(400, LifecycleError.InvalidUpdate, 'Parameters are not valid: a message body can only be redacted, so Body must be empty.');
  if (!FINAL_MESSAGE_STATUSES.has(rec.status))
    throw new TwilioError(400, LifecycleError.InvalidUpdate, `Parameters are not valid: message ${rec.sid} is ${rec.status}; its body can be redacted once it is delivered, undelivered or failed.`);
  return { body: '' };
}

function failure(plan: Exclude<MessageRecord['plan'], null | { outcome: 'delivered' }>) {
  return { to: plan.outcome, patch: { error_code: plan.errorCode, error_message: plan.errorMessage } as Partial<MessageRecord> };
}

export const messages = resource<MessageRecord>()({
  name: 'Message',
  table: MESSAGES_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Messages`,
  sidPrefix: SidPrefix.Message,
  listKey: 'messages',
  create: { params: PARAMS, build: (ctx, q) => buildMessage(ctx, q), after: (ctx, rec) => createMediaFor(ctx.world, rec) },
  update: { params: UPDATE_PARAMS, apply: (_ctx, rec, q) => applyUpdate(rec, q) },
  remove: {
    // HTTP 409: the request conflicts with the message's state (Twilio's status for 20009 is not documented; README, differences).
    check: (_ctx, rec) => {
      if (!FINAL_MESSAGE_STATUSES.has(rec.status))
        throw new TwilioError(
          409,
          LifecycleError.NotComplete,
          `Cannot delete this resource before it is complete: message ${rec.sid} is ${rec.status}; delete it once it is delivered, undelivered or failed.`,
        );
    },
    after: (ctx, rec) => deleteMessageChildren(ctx.world, rec.sid),
  },
  list: {
    params: z.object({
      To: z.string().optional(),
      From: z.string().optional(),
      DateSent: p.date().optional(),
      'DateSent<': p.date().optional(),
      'DateSent>': p.date().optional(),
    }),
    // DateSent matches the UTC day of the date given; DateSent< / DateSent> are inclusive bounds.
    filter: (r, q) => {
      if (q.To !== undefined && r.to !== q.To) return false;
      if (q.From !== undefined && (r.from ?? r.sender) !== q.From) return false;
      const dated = q.DateSent !== undefined || q['DateSent<'] !== undefined || q['DateSent>'] !== undefined;
      if (!dated) return true;
      if (r.date_sent === null) return false;
      if (q.DateSent !== undefined && Math.floor(r.date_sent / 86_400_000) !== Math.floor(q.DateSent / 86_400_000)) return false;
      if (q['DateSent<'] !== undefined && r.date_sent > q['DateSent<']) return false;
      if (q['DateSent>'] !== undefined && r.date_sent < q['DateSent>']) return false;
      return true;
    },
    // Twilio lists messages newest first.
    order: 'desc',
  },
  serialize: (r, ctx) => {
    const json: Wire<Api2010Schemas['api.v2010.account.message']> = {
      body: r.body,
      num_segments: String(r.num_segments),
      direction: r.direction,
      from: r.from,
      to: r.to,
      date_updated: rfc2822Date(r.date_updated),
      price: r.price,
      error_message: r.error_message,
      uri: ctx.uri(r),
      account_sid: r.account_sid,
      num_media: String(r.num_media),
      status: r.status,
      messaging_service_sid: r.messaging_service_sid,
      sid: r.sid,
      date_sent: rfc2822DateOrNull(r.date_sent),
      date_created: rfc2822Date(r.date_created),
      error_code: r.error_code,
      price_unit: r.price_unit,
      api_version: r.api_version,
      subresource_uris: { media: `${ACCOUNT_BASE}/${r.account_sid}/Messages/${r.sid}/Media.json`, feedback: `${ACCOUNT_BASE}/${r.account_sid}/Messages/${r.sid}/Feedback.json` },
    };
    return json;
  },
  lifecycle: {
    field: 'status',
    // What /_sim/overrides may force on a message (with `code` for the error code); `[sim:undelivered:30007]` in the Body does the same.
    outcomes: ['delivered', 'undelivered', 'failed'],
    auto: {
      accepted: { after: () => TIMING.accepted, next: (r) => ({ to: 'queued', patch: { from: r.sender } }) },
      queued: {
        after: () => TIMING.queued,
        next: (r, world) => {
          const plan = planDelivery(world, { from: r.sender, to: r.to }, a2pSendingCheck, world.takeOverride(r.sid) ?? magicOutcome(r.body));
          if (plan.outcome !== 'delivered' && !plan.sentFirst) return { ...failure(plan), patch: { ...failure(plan).patch, plan } };
          return { to: 'sent', patch: { plan, date_sent: world.now(), price: priceOf(r.to, r.num_segments, r.num_media > 0), price_unit: 'USD' } };
        },
      },
      sent: {
        after: () => TIMING.sent,
        next: (r) => (!r.plan || r.plan.outcome === 'delivered' ? { to: 'delivered' } : failure(r.plan)),
      },
    },
    onEnter: (world, rec) => notify(world, rec),
  },
});
