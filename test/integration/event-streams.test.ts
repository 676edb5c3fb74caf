import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { Receiver, type Received } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const BRAND_REGISTERED = 'com.twilio.messaging.compliance.brand-registration.brand-registered';
const BRAND_FAILURE = 'com.twilio.messaging.compliance.brand-registration.brand-failure';

/** Event Streams webhooks carry a JSON body; twilio-node checks them with validateRequestWithBody (FIDELITY §4). */
function signed(acct: TestAccount, r: Received): boolean {
  return twilio.validateRequestWithBody(acct.token, String(r.headers['x-twilio-signature']), r.url, r.body);
}

async function deliveries(sim: TestSim, acct: TestAccount) {
  const res = await fetch(`${sim.url}/_sim/deliveries?channel=event-stream`, { headers: { authorization: acct.auth } });
  return ((await res.json()) as { deliveries: any[] }).deliveries;
}

describe('Event Streams (events.twilio.com): webhook sinks, subscriptions, signed CloudEvent deliveries', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let primarySid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
    primarySid = await isvPrimaryProfile(sim);
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('manages webhook sinks: create, list with filters, update, refuse what cannot be delivered locally, delete when unused', async () => {
    const acct = await sim.account();
    const sinks = acct.client.events.v1.sinks;
    const sink = await sinks.create({ description: 'A2P webhook', sinkConfiguration: { destination: receiver.at('/sink-crud'), method: 'POST', batch_events: true }, sinkType: 'webhook' });
    expect(sink.sid).toMatch(/^DG[0-9a-f]{32}$/);
    expect(sink).toMatchObject({ status: 'initialized', sinkType: 'webhook', sinkConfiguration: { destination: receiver.at('/sink-crud'), method: 'POST', batch_events: true } });
    expect(sink.links).toEqual({ sink_test: `https://events.twilio.com/v1/Sinks/${sink.sid}/Test`, sink_validate: `https://events.twilio.com/v1/Sinks/${sink.sid}/Validate` });
    expect((await sinks(sink.sid).update({ description: 'renamed' })).description).toBe('renamed');
    await expect(sinks.create({ description: 'kinesis', sinkConfiguration: { arn: 'arn:aws:kinesis:us-east-1:1:stream/x' }, sinkType: 'kinesis' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/SinkType/),
    });
    await expect(sinks.create({ description: 'bad', sinkConfiguration: { destination: 'not a url', method: 'POST' }, sinkType: 'webhook' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/SinkConfiguration/),
    });

    const sub = await acct.client.events.v1.subscriptions.create({ description: 'brands', sinkSid: sink.sid, types: [{ type: BRAND_REGISTERED, schema_version: 1 }] });
    expect((await sinks.list({ inUse: true })).map((s) => s.sid)).toEqual([sink.sid]);
    expect(await sinks.list({ inUse: false })).toHaveLength(0);
    expect((await sinks.list({ status: 'initialized' })).map((s) => s.sid)).toEqual([sink.sid]);
    await expect(sinks(sink.sid).remove()).rejects.toMatchObject({ status: 409 });
    await acct.client.events.v1.subscriptions(sub.sid).remove();
    await sinks(sink.sid).remove();
    expect(await sinks.list()).toHaveLength(0);
  });

  it('validates a sink with a signed test event (Test → Validate → active)', async () => {
    const acct = await sim.account();
    const sink = await acct.client.events.v1.sinks.create({ description: 'validate me', sinkConfiguration: { destination: receiver.at('/sink-test'), method: 'POST' }, sinkType: 'webhook' });
    const test = await acct.client.events.v1.sinks(sink.sid).sinkTest.create();
    expect(test.result).toBe('submitted');
    await acct.flush();
    const got = receiver.received.filter((r) => r.path.startsWith('/sink-test'));
    expect(got).toHaveLength(1);
    expect(signed(acct, got[0]!)).toBe(true);
    expect(got[0]!.headers['content-type']).toMatch(/^application\/json/);
    const [event] = JSON.parse(got[0]!.body) as any[];
    expect(event).toMatchObject({ specversion: '1.0', type: 'com.twilio.eventstreams.test-event', source: 'Sink', dataschema: 'https://events-schemas.twilio.com/EventStreams.TestSink/1.json' });
    await expect(acct.client.events.v1.sinks(sink.sid).sinkValidate.create({ testId: 'wrong' })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/TestId/) });
    expect((await acct.client.events.v1.sinks(sink.sid).sinkValidate.create({ testId: event.data.test_id })).result).toBe('valid');
    expect((await acct.client.events.v1.sinks(sink.sid).fetch()).status).toBe('active');
  });

  it('subscribes to event types with schema versions and manages the subscribed events by type', async () => {
    const acct = await sim.account();
    const sink = await acct.client.events.v1.sinks.create({ description: 'types', sinkConfiguration: { destination: receiver.at('/types'), method: 'POST' }, sinkType: 'webhook' });
    const subs = acct.client.events.v1.subscriptions;
    await expect(subs.create({ description: 'x', sinkSid: sink.sid, types: [{ type: 'com.example.nope' }] })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Types/) });
    await expect(subs.create({ description: 'x', sinkSid: sink.sid, types: [{ type: BRAND_FAILURE, schema_version: 9 }] })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/schema version 9/),
    });
    await expect(subs.create({ description: 'x', sinkSid: `DG${'0'.repeat(32)}`, types: [{ type: BRAND_FAILURE }] })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/SinkSid/) });
    expect(await subs.list()).toHaveLength(0);

    const sub = await subs.create({ description: 'brand events', sinkSid: sink.sid, types: [{ type: BRAND_REGISTERED, schema_version: 1 }, { type: BRAND_FAILURE }] });
    expect(sub.sid).toMatch(/^DF[0-9a-f]{32}$/);
    expect(sub.links).toEqual({ subscribed_events: `https://events.twilio.com/v1/Subscriptions/${sub.sid}/SubscribedEvents` });
    const events = await subs(sub.sid).subscribedEvents.list();
    expect(events.map((e) => [e.type, e.schemaVersion])).toEqual([
      [BRAND_REGISTERED, 1],
      [BRAND_FAILURE, 3],
    ]);
    const page = await acct.request('GET', `/events/v1/Subscriptions/${sub.sid}/SubscribedEvents`);
    expect(page.body.meta.key).toBe('types');
    expect((await subs(sub.sid).subscribedEvents(BRAND_FAILURE).update({ schemaVersion: 1 })).schemaVersion).toBe(1);
    const added = await subs(sub.sid).subscribedEvents.create({ type: 'com.twilio.messaging.compliance.campaign-registration.campaign-approved', schemaVersion: 2 });
    expect(added.url).toBe(`https://events.twilio.com/v1/Subscriptions/${sub.sid}/SubscribedEvents/com.twilio.messaging.compliance.campaign-registration.campaign-approved`);
    await expect(subs(sub.sid).subscribedEvents.create({ type: BRAND_FAILURE })).rejects.toMatchObject({ status: 409 });
    await subs(sub.sid).subscribedEvents(BRAND_REGISTERED).remove();
    await expect(subs(sub.sid).subscribedEvents(BRAND_REGISTERED).fetch()).rejects.toMatchObject({ status: 404 });
    expect((await subs.list({ sinkSid: sink.sid })).map((s) => s.sid)).toEqual([sub.sid]);

    const types = await acct.client.events.v1.eventTypes.list();
    expect(types.map((t) => t.type)).toContain(BRAND_REGISTERED);
    expect((await acct.client.events.v1.eventTypes(BRAND_FAILURE).fetch()).schemaId).toBe('A2P.BrandRegistrationFailure');
  });

  it('delivers brand events as signed JSON arrays of CloudEvents, retries a failing sink on the clock and logs every attempt', async () => {
    const acct = await sim.account();
    const sink = await acct.client.events.v1.sinks.create({
      description: 'retry',
      sinkConfiguration: { destination: receiver.at('/retry?tenant=acme'), method: 'POST', batch_events: true },
      sinkType: 'webhook',
    });
    await acct.client.events.v1.subscriptions.create({ description: 'brands', sinkSid: sink.sid, types: [{ type: BRAND_REGISTERED, schema_version: 1 }] });
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    receiver.respondWith(500, 503);
    await acct.settle();
    await acct.flush();
    let log = (await deliveries(sim, acct)).filter((d) => d.event === BRAND_REGISTERED);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ state: 'retrying', resourceSid: brand.sid });
    expect(log[0].attempts.map((a: any) => a.status)).toEqual([500]);
    // The outbox retries after 1 and 5 simulated minutes.
    await acct.advance(60);
    await acct.flush();
    await acct.advance(5 * 60);
    await acct.flush();
    log = (await deliveries(sim, acct)).filter((d) => d.event === BRAND_REGISTERED);
    expect(log[0].state).toBe('delivered');
    expect(log[0].attempts.map((a: any) => a.status)).toEqual([500, 503, 200]);

    const got = receiver.received.filter((r) => r.path.startsWith('/retry'));
    expect(got).toHaveLength(3);
    for (const r of got) {
      expect(signed(acct, r)).toBe(true);
      expect(r.url).toMatch(/\/retry\?tenant=acme&bodySHA256=[0-9a-f]{64}$/);
    }
    // A tampered body no longer matches its signature.
    expect(twilio.validateRequestWithBody(acct.token, String(got[0]!.headers['x-twilio-signature']), got[0]!.url, got[0]!.body.replace('registered', 'failed'))).toBe(false);
    const events = JSON.parse(got[2]!.body) as any[];
    expect(events).toHaveLength(1);
    const approved = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      type: BRAND_REGISTERED,
      source: `/v1/a2p/BrandRegistrations/${brand.sid}`,
      dataschema: 'https://events-schemas.twilio.com/A2P.BrandRegistrationRegistered/1',
      datacontenttype: 'application/json',
      data: {
        accountsid: acct.sid,
        brandsid: brand.sid,
        brandstatus: 'registered',
        identitystatus: 'vetted_verified',
        externalbrandid: approved.tcrId,
        brandfeedback: '',
      },
    });
    // Epoch milliseconds in the events; the API's dates are whole seconds.
    expect(Math.floor(events[0].data.createddate / 1000) * 1000).toBe(approved.dateCreated.getTime());
    expect(Math.floor(events[0].data.updateddate / 1000) * 1000).toBe(approved.dateUpdated.getTime());
    expect(events[0].id).toMatch(/^NO[0-9a-f]{32}$/);
    expect(Math.floor(Date.parse(events[0].time) / 1000) * 1000).toBe(approved.dateUpdated.getTime());
  });

  it('sends single events when batch_events is false, with HTTP Basic auth from the destination URL, and nothing to unsubscribed types', async () => {
    const acct = await sim.account();
    const destination = receiver.at('/single').replace('http://', 'http://hook:s3cret@');
    const sink = await acct.client.events.v1.sinks.create({ description: 'single', sinkConfiguration: { destination, method: 'POST', batch_events: false }, sinkType: 'webhook' });
    await acct.client.events.v1.subscriptions.create({ description: 'failures only', sinkSid: sink.sid, types: [{ type: BRAND_FAILURE }] });
    const { customerProfileSid, trustProductSid, businessEndUserSid } = await standardBundles(acct, primarySid);
    await acct.settle();
    await acct.client.trusthub.v1
      .endUsers(businessEndUserSid)
      .update({ attributes: { business_name: 'Acme, Inc.', business_registration_identifier: 'EIN', business_registration_number: '00-0000000', website_url: 'https://www.acme-inc.com' } });
    await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await acct.settle();
    await acct.flush();
    const got = receiver.received.filter((r) => r.path.startsWith('/single'));
    expect(got).toHaveLength(1);
    expect(got[0]!.headers.authorization).toBe(`Basic ${Buffer.from('hook:s3cret').toString('base64')}`);
    expect(signed(acct, got[0]!)).toBe(true);
    const event = JSON.parse(got[0]!.body);
    expect(Array.isArray(event)).toBe(false);
    expect(event).toMatchObject({ type: BRAND_FAILURE, dataschema: 'https://events-schemas.twilio.com/A2P.BrandRegistrationFailure/3', data: { brandstatus: 'registration_failed' } });
    expect(event.data.brandregistrationerrors).toEqual([
      {
        registrationerrorcode: 30799,
        registrationerrordescription: expect.stringMatching(/EIN/),
        registrationerrorurl: 'https://www.twilio.com/docs/api/errors/30799',
        registrationerrorfields: ['business_registration_number'],
      },
    ]);
  });
});
