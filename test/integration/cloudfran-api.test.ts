import { Validator } from '@seriousme/openapi-schema-validator';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simHttpClient } from '../../src/sim/sdk-client.js';
import { acmeBrand, acmeCampaign, CF_BASE, cfSignature, cfTenant, type CfTenant } from '../helpers/cloudfran.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let receiver: Receiver;
let n = 0;
const newTenant = () => cfTenant(sim, `tenant-${++n}`);

beforeAll(async () => {
  sim = await TestSim.start({ seed: 'cloudfran' });
  receiver = await Receiver.start();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

/** A tenant with an approved brand, a verified campaign and one active local number. */
async function onboarded(t: CfTenant, areaCode = '415') {
  const brand = await t.post('/brands', acmeBrand(t.tenantId));
  await t.settle();
  const campaign = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid));
  const available = await t.get(`/phone-numbers/available?areaCode=${areaCode}&limit=1`);
  const number = await t.post('/phone-numbers', { tenantId: t.tenantId, phoneNumber: available.body.numbers[0].phoneNumber, email: 'billing@acme.com' });
  await t.settle();
  return { brand: brand.body, campaign: campaign.body, number: number.body };
}

function twilioClientOf(account: { accountSid: string; authToken: string }) {
  return twilio(account.accountSid, account.authToken, { httpClient: simHttpClient(sim.url) });
}

describe('CloudFran face: authentication and errors', () => {
  it('refuses a missing or wrong API key and a missing tenant with 401, creating nothing', async () => {
    const url = `${sim.url}${CF_BASE}/brands`;
    const noKey = await fetch(url, { method: 'POST', headers: { 'X-Tenant-Id': 't', 'content-type': 'application/json' }, body: JSON.stringify(acmeBrand('t')) });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ error: 'invalid_api_key', message: 'Invalid or missing API key' });
    const wrong = cfTenant(sim, 't', 'not-the-key');
    expect((await wrong.post('/brands', acmeBrand('t'))).status).toBe(401);
    const noTenant = await fetch(url, { headers: { 'X-API-Key': 'cf_local_dev_key' } });
    expect(noTenant.status).toBe(401);
    expect((await noTenant.json()).error).toBe('invalid_tenant');
    const t = cfTenant(sim, 't');
    expect((await t.get('/brands')).body.brands).toEqual([]);
  });

  it('refuses a body tenantId that differs from the header, and invalid fields naming the field, charging nothing', async () => {
    const t = newTenant();
    const mismatch = await t.post('/brands', acmeBrand('someone-else'));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toMatchObject({ error: 'tenant_mismatch', field: 'tenantId' });
    for (const [field, value] of [
      ['email', 'not-an-email'],
      ['phone', '555-1234'],
      ['ein', '12345'],
      ['state', 'California'],
      ['zipCode', '9410'],
      ['website', 'acme.com'],
      ['businessType', 'Guild'],
    ] as const) {
      const res = await t.post('/brands', acmeBrand(t.tenantId, { [field]: value }));
      expect(res.status, field).toBe(400);
      expect(res.body.error).toBe('validation_error');
      expect(res.body.field).toBe(field);
      expect(res.body.message).toMatch(new RegExp(`^${field}: `));
    }
    const missing = await t.post('/brands', { ...acmeBrand(t.tenantId), businessName: undefined });
    expect(missing.body).toMatchObject({ error: 'validation_error', field: 'businessName', message: 'businessName: is required' });
    expect((await t.get('/brands')).body.brands).toEqual([]);
    expect((await t.get('/usage/monthly')).body.total).toBe(0);
    // Nor did anything reach the tenant's Twilio account.
    const client = twilioClientOf((await t.get('/account')).body);
    expect(await client.trusthub.v1.customerProfiles.list()).toHaveLength(0);
  });

  it("answers 404 for unknown ids and 400 for malformed ones, in the seed's {error, message} shape", async () => {
    const t = newTenant();
    expect((await t.get('/phone-numbers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await t.get('/phone-numbers/nope');
    expect(malformed.status).toBe(400);
    expect(malformed.body.field).toBe('serviceId');
    expect((await t.get(`/brands/BN${'0'.repeat(32)}`)).body.error).toBe('not_found');
    expect((await t.get(`/campaigns/QE${'0'.repeat(32)}`)).status).toBe(404);
    const unknown = await fetch(`${sim.url}${CF_BASE}/nothing-here`, { headers: t.headers });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('CloudFran face: brands and campaigns on the simulated registry', () => {
  it("registers a brand ($12) that the TCR approves on the tenant's clock, visible through the Twilio faces", async () => {
    const t = newTenant();
    const res = await t.post('/brands', { ...acmeBrand(t.tenantId), webhookUrl: receiver.at(`/brand/${t.tenantId}`) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, status: 'pending', fee: 12 });
    expect(res.body.brandSid).toMatch(/^BN[0-9a-f]{32}$/);
    expect(res.body.serviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.body.paymentIntentId).toMatch(/^pi_[A-Za-z0-9]{24}$/);
    const pending = await t.get(`/brands/${res.body.brandSid}`);
    expect(pending.body).toMatchObject({ status: 'pending', customerProfileStatus: 'pending-review', trustProductStatus: 'pending-review' });

    await t.settle();
    const approved = await t.get(`/brands/${res.body.brandSid}`);
    expect(approved.body).toMatchObject({ status: 'approved', customerProfileStatus: 'twilio-approved', trustProductStatus: 'twilio-approved' });
    expect(approved.body.tcrId).toMatch(/^B/);

    const client = twilioClientOf((await t.get('/account')).body);
    const brand = await client.messaging.v1.brandRegistrations(res.body.brandSid).fetch();
    expect(brand.status).toBe('APPROVED');
    expect(brand.customerProfileBundleSid).toBe(approved.body.customerProfileSid);

    await t.flush();
    const hook = receiver.received.find((r) => r.path === `/brand/${t.tenantId}`)!;
    const payload = JSON.parse(hook.body);
    expect(payload).toMatchObject({ event: 'brand.registered', tenantId: t.tenantId, brandSid: res.body.brandSid, serviceId: res.body.serviceId, status: 'approved' });
    const { secret } = (await t.get('/webhooks')).body;
    expect(hook.headers['x-cloudfran-signature']).toBe(cfSignature(secret, hook.body));
  });

  it('fails a brand whose EIN does not check out, and announces it', async () => {
    const t = newTenant();
    const res = await t.post('/brands', { ...acmeBrand(t.tenantId, { ein: '00-1234567' }), webhookUrl: receiver.at(`/failed/${t.tenantId}`) });
    expect(res.status).toBe(200);
    await t.settle();
    const failed = await t.get(`/brands/${res.body.brandSid}`);
    expect(failed.body.status).toBe('failed');
    expect(failed.body.errors.length).toBeGreaterThan(0);
    await t.flush();
    expect(JSON.parse(receiver.received.find((r) => r.path === `/failed/${t.tenantId}`)!.body)).toMatchObject({ event: 'brand.registered', status: 'failed' });
  });

  it('creates a campaign only for an approved brand, validates its fields, and verifies it on the clock', async () => {
    const t = newTenant();
    const brand = await t.post('/brands', acmeBrand(t.tenantId));
    const early = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid));
    expect(early.status).toBe(400);
    expect(early.body.error).toBe('brand_not_approved');
    expect(early.body.message).toMatch(/21717/);
    expect((await t.post('/campaigns', acmeCampaign(t.tenantId, `BN${'1'.repeat(32)}`))).status).toBe(404);
    await t.settle();
    const short = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid, { description: 'Too short' }));
    expect(short.body).toMatchObject({ error: 'validation_error', field: 'description' });
    const oneSample = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid, { messageSamples: ['Acme Corporation: only one sample here, reply STOP to opt out.'] }));
    expect(oneSample.body.field).toBe('messageSamples');
    const badUseCase = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid, { useCase: 'SOLE_PROPRIETOR' }));
    expect(badUseCase.body).toMatchObject({ field: 'useCase' });
    expect((await t.get('/campaigns')).body.campaigns).toEqual([]);

    const created = await t.post('/campaigns', { ...acmeCampaign(t.tenantId, brand.body.brandSid), webhookUrl: receiver.at(`/campaign/${t.tenantId}`) });
    expect(created.body).toMatchObject({ success: true, status: 'pending', monthlyFee: 30 });
    expect(created.body.campaignSid).toMatch(/^QE/);
    const notMarketing = await t.post('/campaigns', acmeCampaign(t.tenantId, brand.body.brandSid, { campaignName: 'Acme Alerts', useCase: 'ACCOUNT_NOTIFICATION' }));
    expect(notMarketing.body.monthlyFee).toBe(20);
    await t.settle();
    expect((await t.get(`/campaigns/${created.body.campaignSid}`)).body.status).toBe('verified');
    await t.flush();
    expect(JSON.parse(receiver.received.find((r) => r.path === `/campaign/${t.tenantId}`)!.body)).toMatchObject({
      event: 'campaign.registered',
      campaignSid: created.body.campaignSid,
      status: 'verified',
    });
  });
});

describe('CloudFran face: phone numbers', () => {
  it('searches, buys ($24 local, $48 toll-free) and links the number to the campaign so it can send', async () => {
    const t = newTenant();
    const badArea = await t.get('/phone-numbers/available?areaCode=41');
    expect(badArea.body).toMatchObject({ error: 'validation_error', field: 'areaCode' });
    expect((await t.get('/phone-numbers/available?areaCode=415&limit=11')).body.field).toBe('limit');
    const { number } = await onboarded(t);
    expect(number).toMatchObject({ success: true, status: 'active', type: 'local', annualFee: 24 });
    expect(number.numberSid).toMatch(/^PN/);
    const tollFree = await t.get('/phone-numbers/available?areaCode=800&type=tollfree&limit=2');
    expect(tollFree.body.numbers).toHaveLength(2);
    const tf = await t.post('/phone-numbers', { tenantId: t.tenantId, phoneNumber: tollFree.body.numbers[0].phoneNumber });
    expect(tf.body).toMatchObject({ type: 'tollfree', annualFee: 48 });
    const again = await t.post('/phone-numbers', { tenantId: t.tenantId, phoneNumber: tollFree.body.numbers[0].phoneNumber });
    expect(again.body).toMatchObject({ error: 'number_unavailable', field: 'phoneNumber' });
    const other = newTenant();
    expect((await other.get('/phone-numbers/available?areaCode=800&type=tollfree&limit=10')).body.numbers.map((x: any) => x.phoneNumber)).not.toContain(tollFree.body.numbers[0].phoneNumber);

    const listed = await t.get('/phone-numbers?status=active');
    expect(listed.body.phoneNumbers.map((p: any) => p.phoneNumber).sort()).toEqual([number.phoneNumber, tf.body.phoneNumber].sort());
    expect((await t.get('/phone-numbers?status=released')).body.phoneNumbers).toEqual([]);
    expect((await t.get('/phone-numbers?status=gone')).body.field).toBe('status');

    const fetched = await t.get(`/phone-numbers/${number.serviceId}`);
    expect(fetched.body.messagingServiceSid).toMatch(/^MG/);
    const client = twilioClientOf((await t.get('/account')).body);
    const msg = await client.messages.create({ from: number.phoneNumber, to: '+14155550123', body: 'Hello from Acme' });
    await t.settle();
    expect((await client.messages(msg.sid).fetch()).status).toBe('delivered');
  });

  it('purchase → cancel → undo-cancel keeps the number active', async () => {
    const t = newTenant();
    const { number } = await onboarded(t);
    expect((await t.post(`/phone-numbers/${number.serviceId}/undo-cancel`)).body.error).toBe('invalid_state');
    const cancelled = await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    expect(cancelled.body.status).toBe('pending_cancellation');
    const requested = Date.parse(cancelled.body.cancellationRequestedAt);
    expect(Date.parse(cancelled.body.cancellationEffectiveAt) - requested).toBe(60 * 86_400_000);
    expect(Date.parse(cancelled.body.exportScheduledAt) - requested).toBe(59 * 86_400_000);
    expect(Date.parse(cancelled.body.holdEndsAt) - requested).toBe(90 * 86_400_000);
    expect((await t.post(`/phone-numbers/${number.serviceId}/cancel`)).body.error).toBe('invalid_state');
    await t.advanceDays(30);
    const undone = await t.post(`/phone-numbers/${number.serviceId}/undo-cancel`);
    expect(undone.body).toMatchObject({ status: 'active', cancellationEffectiveAt: null });
    await t.advanceDays(40);
    expect((await t.get(`/phone-numbers/${number.serviceId}`)).body.status).toBe('active');
    expect((await t.get(`/phone-numbers/${number.serviceId}/exports`)).body.exports).toEqual([]);
  });

  it('cancel → day 59 pending → day 61 held with the automatic export → reclaim for $25', async () => {
    const t = newTenant();
    await t.put('/webhooks', { url: receiver.at(`/tenant/${t.tenantId}`) });
    const { number } = await onboarded(t);
    const client = twilioClientOf((await t.get('/account')).body);
    await client.messages.create({ from: number.phoneNumber, to: '+14155550199', body: 'Your order, "garden set", ships today' });
    await client.calls.create({ from: number.phoneNumber, to: '+14155550199', url: 'https://example.com/twiml' });
    await t.settle();

    await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    await t.advanceDays(59);
    expect((await t.get(`/phone-numbers/${number.serviceId}`)).body.status).toBe('pending_cancellation');
    await t.advanceDays(2);
    const held = await t.get(`/phone-numbers/${number.serviceId}`);
    expect(held.body).toMatchObject({ status: 'cancelled_held', messagingServiceSid: null });
    expect(held.body.exportId).toMatch(/^ex_/);
    const exports = await t.get(`/phone-numbers/${number.serviceId}/exports`);
    expect(exports.body.exports).toEqual([expect.objectContaining({ exportId: held.body.exportId, trigger: 'automatic', smsCount: 1, callCount: 1 })]);
    const csv = await t.get(`/phone-numbers/${number.serviceId}/exports/${held.body.exportId}`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('type,sid,date,direction,from,to,status,body,duration_seconds,error_code');
    expect(lines.some((l) => l.startsWith('sms,SM') && l.includes('"Your order, ""garden set"", ships today"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('call,CA') && l.includes('completed'))).toBe(true);

    const reclaimed = await t.post(`/phone-numbers/${number.serviceId}/reclaim`, { email: 'billing@acme.com' });
    expect(reclaimed.body).toMatchObject({ success: true, status: 'active', fee: 25 });
    expect(reclaimed.body.paymentIntentId).toMatch(/^pi_/);
    expect(reclaimed.body.messagingServiceSid).toMatch(/^MG/);
    await t.flush();
    const events = receiver.received.filter((r) => r.path === `/tenant/${t.tenantId}`).map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.event)).toEqual(['brand.registered', 'phone_number.purchased', 'campaign.registered', 'phone_number.cancelled', 'number.reclaimed']);
    expect(events[1]).toMatchObject({ phoneNumber: number.phoneNumber, serviceId: number.serviceId, numberSid: number.numberSid, annualFee: 24 });
    expect(events[3]).toMatchObject({ exportId: held.body.exportId, status: 'cancelled_held' });
    expect(events[4]).toMatchObject({ reclaimFee: 25 });
  });

  it('cancel → day 91 released: reclaim refused and the number is back on sale', async () => {
    const t = newTenant();
    const { number } = await onboarded(t, '212');
    await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    await t.advanceDays(91);
    const released = await t.get(`/phone-numbers/${number.serviceId}`);
    expect(released.body.status).toBe('released');
    expect(released.body.releasedAt).not.toBeNull();
    const refused = await t.post(`/phone-numbers/${number.serviceId}/reclaim`, {});
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_state' });
    expect(refused.body.message).toMatch(/released/);
    const client = twilioClientOf((await t.get('/account')).body);
    expect(await client.incomingPhoneNumbers.list()).toHaveLength(0);
    const other = newTenant();
    const search = await other.get('/phone-numbers/available?areaCode=212&limit=10');
    expect(search.body.numbers.map((x: any) => x.phoneNumber)).toContain(number.phoneNumber);
  });

  it('totals the ledger per month and category across a cancellation', async () => {
    const t = newTenant();
    const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
    const { number } = await onboarded(t);
    const start = Date.parse(number.purchasedAt);
    await t.post(`/phone-numbers/${number.serviceId}/cancel`);
    await t.advanceDays(70);
    await t.post(`/phone-numbers/${number.serviceId}/reclaim`, {});
    const first = (await t.get(`/usage/monthly?month=${month(start)}`)).body;
    expect(first.byCategory).toMatchObject({ brandRegistration: 12, phoneNumberAnnual: 24 });
    expect(first.byCategory.campaignMonthly).toBe(30);
    expect(first.total).toBe(66);
    // Every month of the notice and hold: the campaign only (the number was paid for the year).
    const now = Date.parse((await t.get(`/phone-numbers/${number.serviceId}`)).body.purchasedAt) + 70 * 86_400_000;
    let total = 0;
    for (let m = start; month(m) <= month(now); m = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1)) {
      const usage = (await t.get(`/usage/monthly?month=${month(m)}`)).body;
      expect(usage.total).toBe(usage.charges.reduce((s: number, c: any) => s + c.amount, 0));
      expect(usage.byCategory.phoneNumberAnnual).toBe(month(m) === month(start) ? 24 : 0);
      total += usage.total;
    }
    const current = (await t.get('/usage/monthly')).body;
    expect(current.byCategory.reclaimFee).toBe(25);
    // Brand 12 + number 24 + reclaim 25 + the campaign for each month started (3 over 70 days from day 0).
    expect(total).toBe(12 + 24 + 25 + 30 * 3);
    expect((await t.get('/usage/monthly?month=2026-13')).body.field).toBe('month');
  });

  it('exports SMS and calls on demand as CSV', async () => {
    const t = newTenant();
    const { number } = await onboarded(t);
    const res = await t.post(`/phone-numbers/${number.serviceId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".*\.csv"/);
    expect(res.text.split('\r\n')[0]).toBe('type,sid,date,direction,from,to,status,body,duration_seconds,error_code');
    expect((await t.get(`/phone-numbers/${number.serviceId}/exports`)).body.exports[0].trigger).toBe('manual');
  });
});

describe('CloudFran face: webhooks, contract and control plane', () => {
  it('retries a failed webhook on the simulated clock and logs every attempt', async () => {
    const t = newTenant();
    receiver.respondWith(500);
    await t.put('/webhooks', { url: receiver.at(`/retry/${t.tenantId}`) });
    const available = await t.get('/phone-numbers/available?areaCode=303&limit=1');
    await t.post('/phone-numbers', { tenantId: t.tenantId, phoneNumber: available.body.numbers[0].phoneNumber });
    await t.flush();
    await t.advanceDays(1 / 24 / 60);
    await t.flush();
    const hits = receiver.received.filter((r) => r.path === `/retry/${t.tenantId}`);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.body).toBe(hits[1]!.body);
    const log = await (await fetch(`${sim.url}/_sim/deliveries?channel=webhook`, { headers: t.headers })).json();
    expect(log.deliveries[0].attempts.map((a: any) => a.status)).toEqual([500, 200]);
  });

  it('serves a valid OpenAPI 3.1 document generated from the route schemas, and an interactive docs page', async () => {
    const doc = await (await fetch(`${sim.url}${CF_BASE}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    for (const path of [
      '/brands',
      '/campaigns',
      '/phone-numbers/available',
      '/phone-numbers',
      '/phone-numbers/{serviceId}/cancel',
      '/phone-numbers/{serviceId}/undo-cancel',
      '/phone-numbers/{serviceId}/reclaim',
      '/phone-numbers/{serviceId}/export',
      '/usage/monthly',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/brands'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['tenantId', 'businessName', 'ein', 'zipCode']));
    const page = await fetch(`${sim.url}${CF_BASE}/docs`);
    expect(await page.text()).toMatch(/SwaggerUIBundle\(\{\s*url: '\/api\/v1\/twilio\/openapi.json'/);
    const bundle = await fetch(`${sim.url}${CF_BASE}/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
  });

  it("addresses the tenant's account on the control plane with X-API-Key + X-Tenant-Id", async () => {
    const t = newTenant();
    const clock = await fetch(`${sim.url}/_sim/clock`, { headers: t.headers });
    expect(clock.status).toBe(200);
    expect(await clock.json()).toMatchObject({ frozen: true });
    const wrong = await fetch(`${sim.url}/_sim/clock`, { headers: { ...t.headers, 'X-API-Key': 'bad' } });
    expect(wrong.status).toBe(401);
  });
});
