import { z } from 'zod';
import type { EventsSchemas, Wire } from '../../../contract/types.js';
import { deliverToSink, EVENT_ID_PREFIX, EventStreamTables, type SinkRecord, type SubscribedEventRecord, type SubscriptionRecord } from './streams.js';
import { resource, type Face, type OpContext, type Operation, type ResourceDef } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import { A2P_EVENT_TYPES, eventType, type A2pEventType } from '../messaging/catalog.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { decodeParams, isHttpUrl, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { eventSchemas, eventSchemaVersions, mountRawSchemas } from './schemas.js';

/**
 * Event Streams (events.twilio.com): webhook sinks, subscriptions and their subscribed event types,
 * and the event type catalogue. Events are published by the other faces through
 * engine/event-streams.ts and delivered through the outbox (signed, retried, logged).
 */
const SINK_TYPES = ['kinesis', 'webhook', 'segment', 'email'] as const;
const SINK_STATUSES = ['initialized', 'validating', 'active', 'failed'] as const;
const TEST_EVENT_TYPE = 'com.twilio.eventstreams.test-event';

function sinkConfiguration(type: (typeof SINK_TYPES)[number], config: Record<string, unknown>): Record<string, unknown> {
  // Only webhook sinks can be delivered to from a local simulator; the others would need AWS or Segment.
  if (type !== 'webhook') throw TwilioError.invalidParam('SinkType', `${type} sinks are not simulated; use a webhook sink (a local URL) instead`);
  const destination = config.destination;
  if (typeof destination !== 'string' || !isHttpUrl(destination)) throw TwilioError.invalidParam('SinkConfiguration', 'destination must be an absolute http(s) URL');
  const method = String(config.method ?? 'POST').toUpperCase();
  if (method !== 'POST') throw TwilioError.invalidParam('SinkConfiguration', `method ${method} is not simulated; webhook sinks here POST their events`);
  if (config.batch_events !== undefined && typeof config.batch_events !== 'boolean') throw TwilioError.invalidParam('SinkConfiguration', 'batch_events must be true or false');
  return config;
}

function sinkUrl(sid: string): string {
  return twilioUrl('events', `/v1/Sinks/${sid}`);
}

export const sinks: ResourceDef<SinkRecord> = resource<SinkRecord>()({
  name: 'Sink',
  table: EventStreamTables.sinks,
  product: 'events',
  path: '/v1/Sinks',
  sidPrefix: SidPrefix.Sink,
  listKey: 'sinks',
  create: {
    params: z.object({ Description: p.string({ max: 255 }), SinkConfiguration: p.jsonObject(), SinkType: p.enum(SINK_TYPES) }),
    build: (_ctx, q) => ({ description: q.Description, sink_type: q.SinkType, sink_configuration: sinkConfiguration(q.SinkType, q.SinkConfiguration), status: 'initialized', test_id: null }),
  },
  list: {
    params: z.object({ InUse: p.bool().optional(), Status: z.string().optional() }),
    filter: (rec, q, ctx) => {
      const inUse = ctx.world.table<SubscriptionRecord>(EventStreamTables.subscriptions).firstWhere('sink_sid', rec.sid) !== undefined;
      return (q.InUse === undefined || q.InUse === inUse) && (!q.Status || rec.status === q.Status);
    },
  },
  update: {
    params: z.object({ Description: p.string({ max: 255 }) }),
    apply: (_ctx, _rec, q) => ({ description: q.Description }),
  },
  remove: {
    check: (ctx, rec) => {
      const used = ctx.world.table<SubscriptionRecord>(EventStreamTables.subscriptions).where('sink_sid', rec.sid);
      if (used.length) throw new TwilioError(409, 20409, `Sink ${rec.sid} is used by Subscription ${used.map((s) => s.sid).join(', ')}; delete the subscriptions first`);
    },
  },
  serialize: (rec) => {
    const url = sinkUrl(rec.sid);
    const json: Wire<EventsSchemas['events.v1.sink']> = {
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      description: rec.description,
      sid: rec.sid,
      sink_configuration: rec.sink_configuration,
      sink_type: rec.sink_type,
      status: rec.status as (typeof SINK_STATUSES)[number],
      url,
      links: { sink_test: `${url}/Test`, sink_validate: `${url}/Validate` },
    };
    return json;
  },
});

function requireSink(ctx: OpContext): SinkRecord {
  return ctx.world.table<SinkRecord>(EventStreamTables.sinks).require(ctx.pathParams.Sid!, ctx.path);
}

/** `POST /v1/Sinks/{Sid}/Test`: sends a test event to the sink; its `test_id` validates the sink. */
const sinkTest: Operation = {
  method: 'POST',
  product: 'events',
  path: '/v1/Sinks/{Sid}/Test',
  handler: (ctx) => {
    const sink = requireSink(ctx);
    const testId = ctx.world.entropy.hex32().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    sink.test_id = testId;
    sink.status = 'validating';
    sink.date_updated = ctx.world.now();
    // The test event as Twilio's Event Streams tutorials show it (type, source "Sink", EventStreams.TestSink schema, data.test_id).
    deliverToSink(
      ctx.world,
      sink,
      [
        {
          specversion: '1.0',
          type: TEST_EVENT_TYPE,
          source: 'Sink',
          id: ctx.world.newSid(EVENT_ID_PREFIX),
          dataschema: 'https://events-schemas.twilio.com/EventStreams.TestSink/1.json',
          datacontenttype: 'application/json',
          time: new Date(ctx.world.now()).toISOString(),
          data: { test_id: testId },
        },
      ],
      sink.sid,
    );
    const json: Wire<EventsSchemas['events.v1.sink.sink_test']> = { result: 'submitted' };
    return { status: 201, body: json };
  },
};

/** `POST /v1/Sinks/{Sid}/Validate` with the test event's `test_id`: the sink becomes active. */
const sinkValidate: Operation = {
  method: 'POST',
  product: 'events',
  path: '/v1/Sinks/{Sid}/Validate',
  handler: (ctx, { form }) => {
    const sink = requireSink(ctx);
    const q = decodeParams(z.object({ TestId: p.string() }), form);
    if (!sink.test_id || q.TestId !== sink.test_id)
      throw TwilioError.invalidParam('TestId', `does not match the last test event sent to Sink ${sink.sid} (send one with POST /v1/Sinks/${sink.sid}/Test)`);
    sink.status = 'active';
    sink.date_updated = ctx.world.now();
    const json: Wire<EventsSchemas['events.v1.sink.sink_validate']> = { result: 'valid' };
    return { status: 201, body: json };
  },
};

// ---- Subscriptions and their subscribed event types -------------------------------------

interface TypeSelection {
  type: string;
  schema_version: number;
}

/** `Types` items are JSON objects `{"type": "…", "schema_version": 1}` (twilio-node JSON-encodes each). */
function parseTypes(raw: string[]): TypeSelection[] {
  const out: TypeSelection[] = [];
  for (const item of raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(item);
    } catch {
      parsed = undefined;
    }
    const obj = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    if (!obj || typeof obj.type !== 'string') throw TwilioError.invalidParam('Types', `each item must be a JSON object with a "type" (got ${item})`);
    out.push({ type: obj.type, schema_version: schemaVersion(obj.type, obj.schema_version, 'Types') });
  }
  if (out.length === 0) throw TwilioError.missingParam('Types');
  return out;
}

function knownType(type: string, param: string): A2pEventType {
  const t = eventType(type);
  if (!t) throw TwilioError.invalidParam(param, `${type} is not an event type (see GET /v1/Types)`);
  return t;
}

function schemaVersion(type: string, raw: unknown, param: string): number {
  const t = knownType(type, param);
  if (raw === undefined || raw === null) return t.latest_version;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > t.latest_version) throw TwilioError.invalidParam(param, `schema version ${String(raw)} of ${type} does not exist (1 to ${t.latest_version})`);
  return n;
}

function subscriptionUrl(sid: string): string {
  return twilioUrl('events', `/v1/Subscriptions/${sid}`);
}

/** Subscribed events are named by their type in the path; their stored SID joins subscription and type. */
function subscribedKey(subscriptionSid: string, type: string): string {
  return `${subscriptionSid}|${type}`;
}

/** A subscription while it is created carries the parsed Types until they are stored as SubscribedEvents. */
type NewSubscription = SubscriptionRecord & { initial_types?: TypeSelection[] };

export const subscriptions: ResourceDef<NewSubscription> = resource<NewSubscription>()({
  name: 'Subscription',
  table: EventStreamTables.subscriptions,
  product: 'events',
  path: '/v1/Subscriptions',
  sidPrefix: SidPrefix.Subscription,
  listKey: 'subscriptions',
  create: {
    params: z.object({ Description: p.string({ max: 255 }), SinkSid: p.sid(SidPrefix.Sink), Types: z.array(z.string()) }),
    build: (ctx, q) => {
      const sink = ctx.world.table<SinkRecord>(EventStreamTables.sinks).get(q.SinkSid);
      if (!sink) throw TwilioError.invalidParam('SinkSid', `no Sink ${q.SinkSid} in this account`);
      if (sink.status === 'failed') throw TwilioError.invalidParam('SinkSid', `Sink ${q.SinkSid} has failed validation`);
      return { description: q.Description, sink_sid: q.SinkSid, initial_types: parseTypes(q.Types) };
    },
    // The Types of the create become the subscription's SubscribedEvents.
    after: (ctx, rec) => {
      const table = ctx.world.table<SubscribedEventRecord>(EventStreamTables.subscribedEvents);
      for (const t of rec.initial_types ?? []) {
        const key = subscribedKey(rec.sid, t.type);
        if (!table.get(key))
          table.insert({
            sid: key,
            account_sid: rec.account_sid,
            date_created: rec.date_created,
            date_updated: rec.date_created,
            subscription_sid: rec.sid,
            type: t.type,
            schema_version: t.schema_version,
          });
      }
      delete rec.initial_types;
    },
  },
  list: {
    params: z.object({ SinkSid: z.string().optional() }),
    filter: (rec, q) => !q.SinkSid || rec.sink_sid === q.SinkSid,
  },
  update: {
    params: z.object({ Description: p.string({ max: 255 }).optional() }),
    apply: (_ctx, _rec, q) => (q.Description !== undefined ? { description: q.Description } : {}),
  },
  remove: {
    after: (ctx, rec) => {
      const table = ctx.world.table<SubscribedEventRecord>(EventStreamTables.subscribedEvents);
      for (const ev of table.where('subscription_sid', rec.sid)) table.delete(ev.sid);
    },
  },
  serialize: (rec) => {
    const url = subscriptionUrl(rec.sid);
    const json: Wire<EventsSchemas['events.v1.subscription']> = {
      account_sid: rec.account_sid,
      sid: rec.sid,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      description: rec.description,
      sink_sid: rec.sink_sid,
      url,
      links: { subscribed_events: `${url}/SubscribedEvents` },
    };
    return json;
  },
});

export const subscribedEvents: ResourceDef<SubscribedEventRecord> = resource<SubscribedEventRecord>()({
  name: 'SubscribedEvent',
  table: EventStreamTables.subscribedEvents,
  product: 'events',
  path: '/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents',
  itemParam: 'Type',
  sidPrefix: SidPrefix.Subscription,
  listKey: 'types',
  parent: { table: EventStreamTables.subscriptions, param: 'SubscriptionSid', field: 'subscription_sid', name: 'Subscription' },
  lookup: (ctx, type) => {
    const rec = ctx.world.table<SubscribedEventRecord>(EventStreamTables.subscribedEvents).get(subscribedKey(ctx.pathParams.SubscriptionSid!, type));
    return rec;
  },
  create: {
    params: z.object({ Type: p.string(), SchemaVersion: p.int({ min: 1 }).optional() }),
    build: (ctx, q, parent) => {
      const version = schemaVersion(q.Type, q.SchemaVersion, 'Type');
      const key = subscribedKey(parent!.sid, q.Type);
      if (ctx.world.table(EventStreamTables.subscribedEvents).get(key)) throw new TwilioError(409, 20409, `Subscription ${parent!.sid} already subscribes to ${q.Type}`);
      return { sid: key, subscription_sid: parent!.sid, type: q.Type, schema_version: version };
    },
  },
  list: {},
  update: {
    params: z.object({ SchemaVersion: p.int({ min: 1 }).optional() }),
    apply: (_ctx, rec, q) => (q.SchemaVersion !== undefined ? { schema_version: schemaVersion(rec.type, q.SchemaVersion, 'SchemaVersion') } : {}),
  },
  remove: true,
  serialize: (rec) => {
    const json: Wire<EventsSchemas['events.v1.subscription.subscribed_event']> = {
      account_sid: rec.account_sid,
      type: rec.type,
      schema_version: rec.schema_version,
      subscription_sid: rec.subscription_sid,
      url: `${subscriptionUrl(rec.subscription_sid)}/SubscribedEvents/${rec.type}`,
    };
    return json;
  },
});

// ---- Event types: the catalogue ----------------------------------------------------------

type EventTypeRecord = BaseRecord & A2pEventType;

/** The catalogue's dates (Twilio's examples date event types to when they were published; A2P events appeared in 2023). */
const CATALOGUE_DATE = Date.UTC(2023, 5, 1);

function typeRecord(t: A2pEventType): EventTypeRecord {
  return { ...t, sid: t.type, account_sid: '', date_created: CATALOGUE_DATE, date_updated: CATALOGUE_DATE };
}

export const eventTypes = resource<EventTypeRecord>()({
  name: 'EventType',
  table: 'events.types',
  product: 'events',
  path: '/v1/Types',
  itemParam: 'Type',
  sidPrefix: '',
  listKey: 'types',
  list: {
    params: z.object({ SchemaId: z.string().optional() }),
    source: (_ctx, q) => A2P_EVENT_TYPES.filter((t) => !q.SchemaId || t.schema_id === q.SchemaId).map(typeRecord),
  },
  lookup: (_ctx, type) => {
    const t = eventType(type);
    return t && typeRecord(t);
  },
  serialize: (rec) => {
    const json: Wire<EventsSchemas['events.v1.event_type']> = {
      type: rec.type,
      schema_id: rec.schema_id,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      description: rec.description,
      status: 'available',
      documentation_url: 'https://www.twilio.com/docs/messaging/compliance/a2p-10dlc/event-streams-setup',
      url: twilioUrl('events', `/v1/Types/${rec.type}`),
      links: { schema: twilioUrl('events', `/v1/Schemas/${rec.schema_id}/Versions`) },
    };
    return json;
  },
});

export const eventsFace: Face = {
  name: 'events',
  // The raw schema content (`raw` of a schema version) on the path of Twilio's public schema host.
  mount: (app) => mountRawSchemas(app),
  resources: [sinks, subscriptions, subscribedEvents, eventTypes, eventSchemas, eventSchemaVersions],
  operations: [sinkTest, sinkValidate],
};
