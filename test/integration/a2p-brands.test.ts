import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessInfo, isvPrimaryProfile, messagingProfile, soleProprietorBundles, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const HOUR = 3600;

async function control(sim: TestSim, acct: TestAccount, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/_sim${path}`, { method, headers: { authorization: acct.auth, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('seed 003 §3: BrandRegistrations reviewed by a simulated TCR on the clock', () => {
  let sim: TestSim;
  let primarySid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    primarySid = await isvPrimaryProfile(sim);
  });
  afterAll(() => sim.close());

  it('registers a standard brand: PENDING → IN_REVIEW → APPROVED with a TCR id, a vetting score and VETTED_VERIFIED identity', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    expect(brand.sid).toMatch(/^BN[0-9a-f]{32}$/);
    expect(brand).toMatchObject({ status: 'PENDING', brandType: 'STANDARD', tcrId: null, identityStatus: 'UNVERIFIED', mock: false, skipAutomaticSecVet: false, errors: [] });
    expect(brand.links).toEqual({
      brand_vettings: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${brand.sid}/Vettings`,
      brand_registration_otps: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${brand.sid}/SmsOtp`,
    });

    await acct.advance(HOUR);
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).status).toBe('IN_REVIEW');
    // ISV guide §3: brand vetting takes about a day here (several days at Twilio).
    await acct.advance(20 * HOUR);
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).status).toBe('IN_REVIEW');
    await acct.settle();
    const approved = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(approved).toMatchObject({ status: 'APPROVED', identityStatus: 'VETTED_VERIFIED', russell3000: false, governmentEntity: false, taxExemptStatus: 'N/A', errors: [], failureReason: null });
    expect(approved.tcrId).toMatch(/^B[0-9A-Z]{6}$/);
    expect(approved.brandScore).toBeGreaterThanOrEqual(40);
    expect(approved.brandScore).toBeLessThanOrEqual(89);

    const list = await acct.client.messaging.v1.brandRegistrations.list();
    expect(list.map((b) => b.sid)).toEqual([brand.sid]);
    const page = await acct.request('GET', '/messaging/v1/a2p/BrandRegistrations?PageSize=1');
    expect(page.body.meta.key).toBe('data');

    // FIDELITY §7: brand registration $4 and secondary vetting $40.
    const fees = await control(sim, acct, 'GET', '/a2p/fees');
    expect(fees.body.fees.map((f: any) => [f.kind, f.amount])).toEqual([
      ['brand_registration', '4.00'],
      ['secondary_vetting', '40.00'],
    ]);
    expect(fees.body.total).toBe('44.00');
  });

  it('refuses bundles that do not exist in the account or carry the wrong policies (30793), changing nothing', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, { submit: false });
    const br = acct.client.messaging.v1.brandRegistrations;
    await expect(br.create({ customerProfileBundleSid: `BU${'0'.repeat(32)}`, a2PProfileBundleSid: trustProductSid })).rejects.toMatchObject({
      status: 400,
      code: 30793,
      message: expect.stringMatching(/CustomerProfileBundleSid/),
    });
    await expect(br.create({ customerProfileBundleSid: trustProductSid, a2PProfileBundleSid: customerProfileSid })).rejects.toMatchObject({ status: 400, code: 30793 });
    await expect(br.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid, brandType: 'SOLE_PROPRIETOR' })).rejects.toMatchObject({ status: 400, code: 30793 });
    const missing = await acct.request('POST', '/messaging/v1/a2p/BrandRegistrations', { form: { CustomerProfileBundleSid: customerProfileSid } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/A2PProfileBundleSid/);
    expect(await br.list()).toHaveLength(0);
  });

  it('fails a brand whose EIN does not check out (30799, TAX_ID), then approves it once the profile is fixed and the brand resubmitted (202)', async () => {
    const acct = await sim.account();
    // TrustHub's own review would reject an invalid EIN, so the number goes bad after the profile's approval and TCR finds it.
    const { customerProfileSid, trustProductSid, businessEndUserSid } = await standardBundles(acct, primarySid);
    await acct.settle();
    await acct.client.trusthub.v1.endUsers(businessEndUserSid).update({ attributes: { ...businessInfo, business_registration_number: '07-1234567' } });
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).update()).rejects.toMatchObject({ status: 409 });
    await acct.settle();
    const failed = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(failed.status).toBe('FAILED');
    expect(failed.tcrId).toBeNull();
    expect(failed.brandFeedback).toEqual(['TAX_ID']);
    expect(failed.errors).toEqual([
      expect.objectContaining({ error_code: 30799, fields: ['business_registration_number'], url: 'https://www.twilio.com/docs/api/errors/30799', description: expect.stringMatching(/prefix 07/) }),
    ]);
    expect(failed.failureReason).toMatch(/30799/);

    await acct.client.trusthub.v1.endUsers(businessEndUserSid).update({ attributes: businessInfo });
    const resubmitted = await acct.client.messaging.v1.brandRegistrations(brand.sid).update();
    expect(acct.exchanges.at(-1)!.status).toBe(202);
    expect(resubmitted).toMatchObject({ status: 'PENDING', errors: [] });
    await acct.settle();
    expect(await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).toMatchObject({ status: 'APPROVED', errors: [], brandFeedback: null });
  });

  it('derives other failures from the data: US region not a state code (30701 region) and a public company on an unknown exchange (30793 stock_exchange)', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, {
      address: { city: 'San Francisco', customerName: 'Acme, Inc.', isoCountry: 'US', postalCode: '94105', region: 'California', street: '1 Market St' },
      messaging: { company_type: 'public', stock_exchange: 'MOON', stock_ticker: 'ACME', brand_contact_email: 'ir@acme-inc.com' },
    });
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await acct.settle();
    const failed = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(failed.status).toBe('FAILED');
    expect((failed.errors as any[]).map((e) => [e.error_code, e.fields])).toEqual([
      [30701, ['region']],
      [30793, ['stock_exchange']],
    ]);
  });

  it('registers a Low-Volume Standard brand (SkipAutomaticSecVet) as VERIFIED without a score, then vets it with Aegis to VETTED_VERIFIED', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, {
      messaging: { company_type: 'public', stock_exchange: 'NASDAQ', stock_ticker: 'ACME', brand_contact_email: 'ir@acme-inc.com' },
    });
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid, skipAutomaticSecVet: true });
    await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings.create({ vettingProvider: 'aegis' })).rejects.toMatchObject({ status: 400, code: 21721 });
    await acct.settle();
    const lvs = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(lvs).toMatchObject({ status: 'APPROVED', identityStatus: 'VERIFIED', brandScore: null, skipAutomaticSecVet: true, russell3000: true });

    const vetting = await acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings.create({ vettingProvider: 'aegis' });
    expect(vetting).toMatchObject({ brandSid: brand.sid, vettingProvider: 'aegis', vettingClass: 'STANDARD', vettingStatus: 'IN_PROGRESS' });
    expect(vetting.brandVettingSid).toMatch(/^VT[0-9a-f]{32}$/);
    await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings.create({ vettingProvider: 'aegis' })).rejects.toMatchObject({ status: 400, code: 21723 });
    await acct.settle();
    const done = await acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings(vetting.brandVettingSid).fetch();
    expect(done.vettingStatus).toBe('SUCCESS');
    const vetted = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(vetted.identityStatus).toBe('VETTED_VERIFIED');
    expect(vetted.brandScore).toBeGreaterThanOrEqual(60);
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings.list({ vettingProvider: 'aegis' })).map((v) => v.brandVettingSid)).toEqual([vetting.brandVettingSid]);
  });

  it('imports Campaign Verify tokens: a malformed one fails, a complete one succeeds (POLITICAL)', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, { messaging: messagingProfile });
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid, skipAutomaticSecVet: true });
    const vettings = acct.client.messaging.v1.brandRegistrations(brand.sid).brandVettings;
    const missing = await acct.request('POST', `/messaging/v1/a2p/BrandRegistrations/${brand.sid}/Vettings`, { form: { VettingProvider: 'campaign-verify' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/VettingId/);
    const bad = await vettings.create({ vettingProvider: 'campaign-verify', vettingId: 'not-a-token' });
    expect(bad.vettingClass).toBe('POLITICAL');
    await acct.settle();
    expect((await vettings(bad.brandVettingSid).fetch()).vettingStatus).toBe('FAILED');
    const good = await vettings.create({ vettingProvider: 'campaign-verify', vettingId: 'cv|1.0|tcr|10dlc|9975c339-d46f-49b7-a399-EXAMPLE|GQ3EXAMPLEAAAE' });
    await acct.settle();
    expect((await vettings(good.brandVettingSid).fetch()).vettingStatus).toBe('SUCCESS');
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).identityStatus).toBe('VETTED_VERIFIED');
  });

  it('settles a mock brand in minutes, without fees', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, { submit: false });
    await acct.client.trusthub.v1.customerProfiles(customerProfileSid).update({ status: 'pending-review' });
    await acct.client.trusthub.v1.trustProducts(trustProductSid).update({ status: 'pending-review' });
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid, mock: true });
    expect(brand.mock).toBe(true);
    await acct.advance(5 * 60);
    expect(await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).toMatchObject({ status: 'APPROVED', identityStatus: 'VERIFIED', mock: true });
    expect((await control(sim, acct, 'GET', '/a2p/fees')).body).toMatchObject({ fees: [], total: '0.00' });
  });

  it('verifies a sole proprietor by OTP: APPROVED but UNVERIFIED, the YES reply verifies it; an unanswered OTP expires (30752) and SmsOtp sends a new one', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await soleProprietorBundles(acct, primarySid);
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid, brandType: 'SOLE_PROPRIETOR' });
    await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).brandRegistrationOtps.create()).rejects.toMatchObject({ status: 409 });
    await acct.settle();
    const approved = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(approved).toMatchObject({ status: 'APPROVED', brandType: 'SOLE_PROPRIETOR', identityStatus: 'UNVERIFIED', brandScore: null, russell3000: null });

    // Nobody replies within 24 hours (settle ran the expiry): error 30752, still UNVERIFIED.
    const expired = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(expired.errors).toEqual([expect.objectContaining({ error_code: 30752 })]);
    expect((await control(sim, acct, 'POST', `/a2p/brands/${brand.sid}/otp`, { reply: 'YES' })).status).toBe(409);

    const otp = await acct.client.messaging.v1.brandRegistrations(brand.sid).brandRegistrationOtps.create();
    expect(otp).toMatchObject({ accountSid: acct.sid, brandRegistrationSid: brand.sid });
    expect(acct.exchanges.at(-1)!.status).toBe(201);
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).errors).toEqual([]);
    expect((await control(sim, acct, 'POST', `/a2p/brands/${brand.sid}/otp`, { reply: 'no' })).status).toBe(400);
    const reply = await control(sim, acct, 'POST', `/a2p/brands/${brand.sid}/otp`, { reply: 'YES' });
    expect(reply).toEqual({ status: 200, body: { brand_registration_sid: brand.sid, identity_status: 'VERIFIED', otp: 'confirmed' } });
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).identityStatus).toBe('VERIFIED');
    await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).brandRegistrationOtps.create()).rejects.toMatchObject({ status: 409 });
  });

  it('is deterministic under a seed: the same account gets the same brand SID, TCR id and score', async () => {
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const seeded = await TestSim.start({ seed: 'a2p-brands' });
      const primary = await isvPrimaryProfile(seeded);
      const acct = await seeded.account(`AC${'5'.repeat(32)}`, 'seeded-token');
      const { customerProfileSid, trustProductSid } = await standardBundles(acct, primary);
      const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
      await expect(acct.client.messaging.v1.brandRegistrations(brand.sid).brandRegistrationOtps.create()).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/SOLE_PROPRIETOR/) });
      await acct.settle();
      const approved = await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch();
      runs.push([brand.sid, approved.tcrId, approved.brandScore, approved.dateUpdated.toISOString()]);
      await seeded.close();
    }
    expect(runs[1]).toEqual(runs[0]);
  });
});
