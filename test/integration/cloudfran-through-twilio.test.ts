import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simHttpClient } from '../../src/sim/sdk-client.js';
import { acmeBrand, acmeCampaign, cfTenant, type CfTenant } from '../helpers/cloudfran.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

/**
 * CloudFran stands on Twilio the way CloudFran's backend does (docs/decisions/0005-cloudfran-through-twilio.md):
 * what it does to a tenant's Twilio account is what the tenant sees through Twilio's API, including
 * the calls its own clock decides (a cancelled number leaves the campaign's service, then is released).
 */
const DEREGISTRATION = 'com.twilio.messaging.compliance.number-deregistration.pending';
let sim: TestSim;
let n = 0;
const newTenant = () => cfTenant(sim, `through-twilio-${++n}`);

beforeAll(async () => {
  sim = await TestSim.start({ seed: 'cloudfran-through-twilio' });
});
afterAll(() => sim.close());

async function twilioOf(t: CfTenant) {
  const account = (await t.get('/account')).body as { accountSid: string; authToken: string };
  return twilio(account.accountSid, account.authToken, { httpClient: simHttpClient(sim.url) });
}

async function onboarded(t: CfTenant) {
  const brand = await t.post('/brands', acmeBrand(t.tenantId));
  await t.settle();
  const campaign = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid));
  const available = await t.get('/phone-numbers/available?areaCode=415&limit=1');
  const number = await t.post('/phone-numbers', { tenantId: t.tenantId, phoneNumber: available.body.numbers[0].phoneNumber });
  await t.settle();
  return { campaign: campaign.body, number: number.body };
}

async function timeline(t: CfTenant, sid: string): Promise<Array<{ table: string; field: string; to: string; note?: string }>> {
  const res = await fetch(`${sim.url}/_sim/timeline?sid=${sid}`, { headers: t.headers });
  return ((await res.json()) as { timeline: Array<{ table: string; field: string; to: string; note?: string }> }).timeline;
}

describe('CloudFran through Twilio', () => {
  it("unlinks a cancelled number from the campaign's service when the notice ends and releases it after the hold, as Twilio's API shows", async () => {
    const t = newTenant();
    const client = await twilioOf(t);
    const { campaign, number } = await onboarded(t);
    const inService = async () => (await client.messaging.v1.services(campaign.messagingServiceSid).phoneNumbers.list()).map((p) => p.sid);
    expect(await inService()).toEqual([number.numberSid]);

    await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    await t.advanceDays(61);
    // Read through Twilio only, before any CloudFran request: the worker has made its call once the clock step is answered.
    expect(await inService()).toEqual([]);
    expect((await client.incomingPhoneNumbers.list()).map((p) => p.sid)).toEqual([number.numberSid]);
    expect((await t.get(`/phone-numbers/${number.serviceId}`)).body.status).toBe('cancelled_held');

    await t.advanceDays(30);
    expect(await client.incomingPhoneNumbers.list()).toEqual([]);
    expect((await t.get(`/phone-numbers/${number.serviceId}`)).body.status).toBe('released');
    // CloudFran's own calls to Twilio are not the tenant's requests: its request log shows none of them.
    // (The test's own Twilio calls are GETs; every write to the tenant's Twilio account was CloudFran's.)
    const log = (await (await fetch(`${sim.url}/_sim/requests`, { headers: t.headers })).json()) as { requests: Array<{ method: string; path: string }> };
    expect(log.requests.filter((r) => r.path.startsWith('/api/v1/twilio/')).length).toBeGreaterThan(5);
    expect(log.requests.filter((r) => !r.path.startsWith('/api/v1/twilio/') && r.method !== 'GET')).toEqual([]);
  });

  it('makes those calls at their own simulated time even when the clock jumps past both at once', async () => {
    const t = newTenant();
    const client = await twilioOf(t);
    const receiver = await Receiver.start();
    try {
      // The tenant follows its numbers' deregistration through Twilio's Event Streams, as Twilio's API shows it.
      const sink = await client.events.v1.sinks.create({
        description: 'numbers',
        sinkConfiguration: { destination: receiver.at('/numbers'), method: 'POST', batch_events: false },
        sinkType: 'webhook',
      });
      await client.events.v1.subscriptions.create({ description: 'deregistration', sinkSid: sink.sid, types: [{ type: DEREGISTRATION, schema_version: 1 }] });
      const { number } = await onboarded(t);
      await t.post(`/phone-numbers/${number.serviceId}/cancel`);
      const { cancellationEffectiveAt } = (await t.get(`/phone-numbers/${number.serviceId}`)).body as { cancellationEffectiveAt: string };
      await t.advanceDays(120);
      await t.flush();
      const events = receiver.received.flatMap((r) => [JSON.parse(r.body)].flat() as Array<{ type: string; time: string }>).filter((e) => e.type === DEREGISTRATION);
      // Twilio deregistered the number when the 60-day notice ended, not when the clock stopped 120 days on.
      expect(events.map((e) => e.time.replace(/\.\d+Z$/, 'Z'))).toEqual([cancellationEffectiveAt]);
    } finally {
      await receiver.close();
    }
  });

  it('notes on the timeline a call Twilio refuses (the tenant already removed the number through Twilio) and goes on', async () => {
    const t = newTenant();
    const client = await twilioOf(t);
    const { campaign, number } = await onboarded(t);
    await client.messaging.v1.services(campaign.messagingServiceSid).phoneNumbers(number.numberSid).remove();

    await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    await t.advanceDays(61);
    const held = await t.get(`/phone-numbers/${number.serviceId}`);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'cancelled_held', messagingServiceSid: null });
    const refused = (await timeline(t, number.serviceId)).filter((e) => e.table === 'cloudfran.twilio_jobs');
    expect(refused).toEqual([expect.objectContaining({ field: 'unlink', to: 'refused', note: expect.stringMatching(/not found|20404|was not found/i) })]);

    await t.advanceDays(30);
    expect(await client.incomingPhoneNumbers.list()).toEqual([]);
    expect((await timeline(t, number.serviceId)).filter((e) => e.table === 'cloudfran.twilio_jobs')).toHaveLength(1);
  });

  it("leaves no Messaging Service behind when Twilio refuses the campaign, and answers in CloudFran's error shape", async () => {
    const t = newTenant();
    const client = await twilioOf(t);
    const brand = await t.post('/brands', acmeBrand(t.tenantId));
    const early = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid));
    expect(early.body).toMatchObject({ error: 'brand_not_approved' });
    expect(early.body.message).toMatch(/\(Twilio error 21717\)$/);
    await t.settle();
    // A use case CloudFran's schema accepts but Twilio refuses for a standard brand: Twilio's words, CloudFran's field.
    const refused = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid, { useCase: 'SOLE_PROPRIETOR' }));
    expect(refused.body).toMatchObject({ error: 'validation_error', field: 'useCase' });
    expect(refused.body.message).toMatch(/^useCase: .*\(Twilio error \d+\)$/);
    expect(await client.messaging.v1.services.list()).toEqual([]);
    expect((await t.get('/usage/monthly')).body.byCategory.campaignMonthly).toBe(0);

    const created = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid));
    expect((await client.messaging.v1.services.list()).map((s) => s.sid)).toEqual([created.body.messagingServiceSid]);
  });

  it("reads a brand's bundles through Twilio: one the tenant deleted there reads 'deleted'", async () => {
    const t = newTenant();
    const client = await twilioOf(t);
    const brand = await t.post('/brands', acmeBrand(t.tenantId));
    await t.settle();
    const before = (await t.get(`/brands/${brand.body.brandSid}`)).body;
    expect(before).toMatchObject({ status: 'approved', trustProductStatus: 'twilio-approved' });
    await client.trusthub.v1.trustProducts(before.trustProductSid).remove();
    const after = (await t.get(`/brands/${brand.body.brandSid}`)).body;
    expect(after).toMatchObject({ status: 'approved', trustProductStatus: 'deleted', customerProfileStatus: 'twilio-approved' });
  });
});
