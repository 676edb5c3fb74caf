import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const BRAND_REGISTERED = 'com.twilio.messaging.compliance.brand-registration.brand-registered';

/** `https://events-schemas.twilio.com/X/1` or `https://events.twilio.com/v1/…` → the simulator's path for it. */
function simPathOf(url: string): string {
  const u = new URL(url);
  return `/${u.hostname.split('.')[0]}${u.pathname}`;
}

interface JsonSchema {
  $id: string;
  type: string;
  properties: Record<string, { type: string | string[] }>;
  required: string[];
}

/** The event's data matches the raw schema: every field declared, every required one present, each of a declared type. */
function expectConforms(data: Record<string, unknown>, schema: JsonSchema): void {
  expect(schema.type).toBe('object');
  for (const name of schema.required) expect(Object.keys(data)).toContain(name);
  for (const [name, value] of Object.entries(data)) {
    const declared = schema.properties[name];
    expect(declared, `data field ${name} is declared`).toBeDefined();
    const allowed = Array.isArray(declared!.type) ? declared!.type : [declared!.type];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    expect(allowed, `type of ${name}`).toContain(actual);
  }
}

describe('Event Streams schemas: every event type the simulator emits has a schema, its versions and a raw JSON Schema', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let a: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'events-schemas' });
    receiver = await Receiver.start();
    a = await sim.account();
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it("resolves every type's schema link: the schema, each of its versions and the raw content", async () => {
    const types = await a.client.events.v1.eventTypes.list();
    expect(types.length).toBeGreaterThan(10);
    for (const t of types) {
      const versions = await a.request('GET', simPathOf(t.links.schema!));
      expect(versions.status).toBe(200);
      const schema = await a.client.events.v1.schemas(t.schemaId).fetch();
      expect(schema).toMatchObject({ id: t.schemaId, url: `https://events.twilio.com/v1/Schemas/${t.schemaId}` });
      expect(schema.links.versions).toBe(t.links.schema);
      expect(versions.body.schema_versions.map((v: { schema_version: number }) => v.schema_version)).toEqual(Array.from({ length: schema.latestVersion }, (_, i) => i + 1));
      const listed = await a.client.events.v1.schemas(t.schemaId).versions.list();
      expect(listed).toHaveLength(schema.latestVersion);
      const latest = await a.client.events.v1.schemas(t.schemaId).versions(schema.latestVersion).fetch();
      expect(latest).toMatchObject({
        id: t.schemaId,
        schemaVersion: schema.latestVersion,
        url: `https://events.twilio.com/v1/Schemas/${t.schemaId}/Versions/${schema.latestVersion}`,
        raw: `https://events-schemas.twilio.com/${t.schemaId}/${schema.latestVersion}`,
      });
      expect(schema.latestVersionDateCreated.getTime()).toBe(latest.dateCreated.getTime());
      // The raw schema is public, as on Twilio's schema host.
      const raw = await fetch(sim.url + simPathOf(latest.raw));
      expect(raw.status).toBe(200);
      const json = (await raw.json()) as JsonSchema;
      expect(json.$id).toBe(latest.raw);
      expect(json.required.length).toBeGreaterThan(0);
    }
  });

  it('answers 404 for an unknown schema, a version past the latest, and a malformed version', async () => {
    await expect(a.client.events.v1.schemas('A2P.NoSuchSchema').fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(a.client.events.v1.schemas('A2P.NoSuchSchema').versions.list()).rejects.toMatchObject({ status: 404 });
    await expect(a.client.events.v1.schemas('A2P.BrandRegistrationRegistered').versions(2).fetch()).rejects.toMatchObject({ status: 404 });
    const zero = await a.request('GET', '/events/v1/Schemas/A2P.BrandRegistrationRegistered/Versions/0', { validate: false });
    expect(zero.status).toBe(404);
    expect((await fetch(`${sim.url}/events-schemas/A2P.BrandRegistrationRegistered/9`)).status).toBe(404);
  });

  it("describes the data the simulator really sends: a brand event and the sink test event conform to their dataschema's raw schema", async () => {
    const primarySid = await isvPrimaryProfile(sim);
    const sink = await a.client.events.v1.sinks.create({
      description: 'schemas',
      sinkConfiguration: { destination: receiver.at('/events'), method: 'POST', batch_events: false },
      sinkType: 'webhook',
    });
    await a.client.events.v1.sinks(sink.sid).sinkTest.create();
    await a.client.events.v1.subscriptions.create({ description: 'brands', sinkSid: sink.sid, types: [{ type: BRAND_REGISTERED, schema_version: 1 }] });
    const { customerProfileSid, trustProductSid } = await standardBundles(a, primarySid);
    await a.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await a.settle();
    await a.flush();
    type Event = { type: string; dataschema: string; data: Record<string, unknown> };
    // Unbatched: one event per request; the test event comes as Twilio sends it, in an array.
    const events = receiver.received.filter((r) => r.path.startsWith('/events')).flatMap((r) => [JSON.parse(r.body) as Event | Event[]].flat());
    expect(events.map((e) => e.type)).toEqual(['com.twilio.eventstreams.test-event', BRAND_REGISTERED]);
    for (const event of events) {
      const raw = await fetch(sim.url + simPathOf(event.dataschema));
      expect(raw.status).toBe(200);
      expectConforms(event.data, (await raw.json()) as JsonSchema);
    }
  });
});
