import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { resource, type OpContext, type Operation } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import type { World } from '../../engine/world.js';
import { rfc2822Date } from '../../wire/dates.js';
import { decodeParams, p } from '../../wire/params.js';
import { MESSAGES_TABLE, type MessageRecord } from '../../registry/number-messaging.js';
import { ACCOUNT_BASE } from './phone-numbers.js';

/**
 * A message's Media (`Messages/{MessageSid}/Media`) and its Feedback (`Messages/{MessageSid}/Feedback`).
 * Every `MediaUrl` of a sent message becomes one Media record (ME…), listed, fetched and deleted under
 * the message (https://www.twilio.com/docs/messaging/api/media-resource); deleting the message deletes
 * them (Twilio does since 2020: https://support.twilio.com/hc/en-us/articles/223133687).
 */

export const MESSAGE_MEDIA_TABLE = 'api.message_media';
export const MESSAGE_FEEDBACK_TABLE = 'api.message_feedback';

/** Twilio's Media SID prefix (spec `api.v2010.account.message.media.sid`: `^ME[0-9a-fA-F]{32}$`). */
const MEDIA_PREFIX = 'ME';

export interface MediaRecord extends BaseRecord {
  message_sid: string;
  /** The MediaUrl it came from (not on the wire: Twilio serves its own copy at the Media URI). */
  source_url: string;
  content_type: string;
}

export interface FeedbackRecord extends BaseRecord {
  message_sid: string;
  outcome: 'confirmed' | 'unconfirmed';
}

/**
 * Twilio learns a media file's type by fetching it; the simulator never fetches client URLs, so the
 * type comes from the URL's extension, and an unknown one is reported as `application/octet-stream`.
 */
const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
  mp4: 'video/mp4',
  '3gp': 'video/3gpp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  amr: 'audio/amr',
  pdf: 'application/pdf',
  vcf: 'text/vcard',
  txt: 'text/plain',
  csv: 'text/csv',
};

export function contentTypeOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && TYPE_BY_EXTENSION[ext]) ?? 'application/octet-stream';
}

/** Called once a message is stored: one Media record per MediaUrl, in the order given. */
export function createMediaFor(world: World, message: MessageRecord): void {
  const table = world.table<MediaRecord>(MESSAGE_MEDIA_TABLE);
  for (const url of message.media_urls) {
    table.insert({
      sid: world.newSid(MEDIA_PREFIX),
      account_sid: message.account_sid,
      date_created: message.date_created,
      date_updated: message.date_created,
      message_sid: message.sid,
      source_url: url,
      content_type: contentTypeOf(url),
    });
  }
}

/** Deleting a message deletes its media and feedback with it. */
export function deleteMessageChildren(world: World, messageSid: string): void {
  const media = world.table<MediaRecord>(MESSAGE_MEDIA_TABLE);
  for (const m of media.where('message_sid', messageSid)) media.delete(m.sid);
  world.table<FeedbackRecord>(MESSAGE_FEEDBACK_TABLE).delete(messageSid);
}

function messageBase(accountSid: string, messageSid: string): string {
  return `${ACCOUNT_BASE}/${accountSid}/Messages/${messageSid}`;
}

export const messageMedia = resource<MediaRecord>()({
  name: 'Media',
  table: MESSAGE_MEDIA_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Messages/{MessageSid}/Media`,
  sidPrefix: MEDIA_PREFIX,
  listKey: 'media_list',
  parent: { table: MESSAGES_TABLE, param: 'MessageSid', field: 'message_sid', name: 'Message' },
  list: {
    params: z.object({ DateCreated: p.date().optional(), 'DateCreated<': p.date().optional(), 'DateCreated>': p.date().optional() }),
    // DateCreated matches the UTC day given; the < and > forms are inclusive bounds (as Messages' DateSent).
    filter: (r, q) =>
      (q.DateCreated === undefined || Math.floor(r.date_created / 86_400_000) === Math.floor(q.DateCreated / 86_400_000)) &&
      (q['DateCreated<'] === undefined || r.date_created <= q['DateCreated<']) &&
      (q['DateCreated>'] === undefined || r.date_created >= q['DateCreated>']),
  },
  remove: true,
  serialize: (r, ctx) => {
    const json: Wire<Api2010Schemas['api.v2010.account.message.media']> = {
      account_sid: r.account_sid,
      content_type: r.content_type,
      date_created: rfc2822Date(r.date_created),
      date_updated: rfc2822Date(r.date_updated),
      parent_sid: r.message_sid,
      sid: r.sid,
      uri: ctx.uri(r),
    };
    return json;
  },
});

function serializeFeedback(r: FeedbackRecord): Wire<Api2010Schemas['api.v2010.account.message.message_feedback']> {
  return {
    account_sid: r.account_sid,
    message_sid: r.message_sid,
    outcome: r.outcome,
    date_created: rfc2822Date(r.date_created),
    date_updated: rfc2822Date(r.date_updated),
    uri: `${messageBase(r.account_sid, r.message_sid)}/Feedback.json`,
  };
}

function requireMessage(ctx: OpContext): MessageRecord {
  return ctx.world.table<MessageRecord>(MESSAGES_TABLE).require(ctx.pathParams.MessageSid!, ctx.path);
}

/**
 * `POST Messages/{MessageSid}/Feedback`: reports whether the recipient performed the tracked action
 * (https://www.twilio.com/docs/messaging/guides/send-message-feedback-to-twilio). One feedback per
 * message: a later POST replaces the outcome. Outcome defaults to `confirmed`, the value the guide sends.
 * The spec answers 200, not 201.
 */
export const createMessageFeedback: Operation = {
  method: 'POST',
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Messages/{MessageSid}/Feedback`,
  handler: (ctx, { form }) => {
    const message = requireMessage(ctx);
    const q = decodeParams(z.object({ Outcome: p.enum(['confirmed', 'unconfirmed'] as const).optional() }), form);
    const table = ctx.world.table<FeedbackRecord>(MESSAGE_FEEDBACK_TABLE);
    const now = ctx.world.now();
    const outcome = q.Outcome ?? 'confirmed';
    const existing = table.get(message.sid);
    let rec: FeedbackRecord;
    if (existing) {
      table.update(existing, { outcome, date_updated: now });
      rec = existing;
    } else {
      rec = { sid: message.sid, account_sid: message.account_sid, date_created: now, date_updated: now, message_sid: message.sid, outcome };
      table.insert(rec);
    }
    return { status: 200, body: serializeFeedback(rec) };
  },
};
