import { bodySha256, twilioSignature } from '../../wire/signature.js';
import { splitCredentials } from '../../engine/outbox.js';
import type { BaseRecord } from '../../engine/table.js';
import type { World } from '../../engine/world.js';

/**
 * Event Streams (events.twilio.com): the account's sinks and subscriptions, and the dispatch of
 * CloudEvents to them through the world's outbox (signed, retried on the simulated clock, logged).
 * The Events face declares the resources on these tables; any face publishes events here.
 */
export const EventStreamTables = {
  sinks: 'events.sinks',
  subscriptions: 'events.subscriptions',
  subscribedEvents: 'events.subscribed_events',
} as const;

/** Prefix of a CloudEvent `id` (Twilio's examples: `NO0000…`). */
export const EVENT_ID_PREFIX = 'NO';
/** Where Twilio publishes event schemas (`dataschema` of every event). */
export const EVENT_SCHEMAS_BASE = 'https://events-schemas.twilio.com';

export type SinkType = 'kinesis' | 'webhook' | 'segment' | 'email';
export type SinkStatus = 'initialized' | 'validating' | 'active' | 'failed';

export interface SinkRecord extends BaseRecord {
  description: string;
  sink_type: SinkType;
  sink_configuration: Record<string, unknown>;
  status: SinkStatus;
  /** The `test_id` of the last test event sent to the sink (POST /Sinks/{Sid}/Test), for Validate. */
  test_id: string | null;
}

export interface SubscriptionRecord extends BaseRecord {
  description: string;
  sink_sid: string;
}

export interface SubscribedEventRecord extends BaseRecord {
  subscription_sid: string;
  type: string;
  schema_version: number;
}

export interface CloudEvent {
  specversion: '1.0';
  type: string;
  source: string;
  id: string;
  dataschema: string;
  datacontenttype: 'application/json';
  time: string;
  data: Record<string, unknown>;
}

export interface PublishedEvent {
  type: string;
  /** Schema of the event's `data` (`A2P.BrandRegistrationFailure`…); the subscription picks the version. */
  schemaId: string;
  /** The resource the event is about, as a path on its product (`/v1/a2p/BrandRegistrations/BN…`). */
  source: string;
  resourceSid: string;
  data: Record<string, unknown>;
}

/** Subscribed events of the account for `type`, with the sink each one delivers to. */
export function subscribersOf(world: World, type: string): Array<{ subscribed: SubscribedEventRecord; sink: SinkRecord }> {
  const subs = world.table<SubscriptionRecord>(EventStreamTables.subscriptions);
  const sinks = world.table<SinkRecord>(EventStreamTables.sinks);
  const out: Array<{ subscribed: SubscribedEventRecord; sink: SinkRecord }> = [];
  for (const ev of world.table<SubscribedEventRecord>(EventStreamTables.subscribedEvents).values()) {
    if (ev.type !== type) continue;
    const sink = sinks.get(subs.get(ev.subscription_sid)?.sink_sid ?? '');
    if (sink) out.push({ subscribed: ev, sink });
  }
  return out;
}

/**
 * Publishes one event to every sink subscribed to its type (once per sink and schema version).
 * Returns how many deliveries were queued. Only webhook sinks are delivered to; a `failed` sink gets nothing.
 */
export function publishEvent(world: World, event: PublishedEvent): number {
  const seen = new Set<string>();
  let queued = 0;
  for (const { subscribed, sink } of subscribersOf(world, event.type)) {
    const key = `${sink.sid}|${subscribed.schema_version}`;
    if (seen.has(key) || sink.sink_type !== 'webhook' || sink.status === 'failed') continue;
    seen.add(key);
    const cloudEvent: CloudEvent = {
      specversion: '1.0',
      type: event.type,
      source: event.source,
      id: world.newSid(EVENT_ID_PREFIX),
      dataschema: `${EVENT_SCHEMAS_BASE}/${event.schemaId}/${subscribed.schema_version}`,
      datacontenttype: 'application/json',
      time: new Date(world.now()).toISOString(),
      data: event.data,
    };
    deliverToSink(world, sink, [cloudEvent], event.resourceSid);
    queued++;
  }
  return queued;
}

/**
 * Sends CloudEvents to a webhook sink, signed as Event Streams signs them: the JSON body's SHA-256
 * (hex) is appended to the destination as `bodySHA256`, and that URL is signed like any Twilio
 * webhook (HMAC-SHA1 with the auth token, no parameters) in `X-Twilio-Signature`, so twilio-node's
 * `validateRequestWithBody(token, signature, url, body)` accepts it.
 * Sources: https://www.twilio.com/en-us/blog/validate-twilio-event-streams-webhooks-php ;
 * FIDELITY §4 ("validateRequestWithBody … checks hex SHA-256 of the body against bodySHA256").
 * `batch_events: false` sends each event as a single JSON object instead of an array (sink resource doc).
 * User info in the destination becomes HTTP Basic auth (webhook quickstart, "Authenticate your webhook sink").
 */
export function deliverToSink(world: World, sink: SinkRecord, events: CloudEvent[], resourceSid: string | null): void {
  const config = sink.sink_configuration;
  const batch = config.batch_events !== false && config.batch_events !== 'false';
  const body = JSON.stringify(batch ? events : events[0]);
  const split = splitCredentials(String(config.destination));
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  let url = split.url;
  try {
    const destination = new URL(split.url);
    destination.searchParams.append('bodySHA256', bodySha256(body));
    url = destination.toString();
  } catch {
    // Not a URL (a sink from an old data file): the outbox refuses it and logs why.
  }
  headers['X-Twilio-Signature'] = twilioSignature(world.authToken, url, {});
  // The credentials travel beside the delivery (Basic auth on the wire), never in its logged headers.
  world.emit({ channel: 'event-stream', event: events.map((e) => e.type).join(','), resourceSid, url, credentials: split.credentials, headers, body });
}
