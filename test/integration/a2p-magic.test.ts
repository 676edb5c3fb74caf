import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessInfo, goodCampaign, isvPrimaryProfile, soleProprietorBundles, soleProprietorInfo, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * Every row of the README's A2P magic-value table, and the control plane's forced outcomes for the
 * same resources (`POST /_sim/overrides`).
 */
describe('A2P outcome control: magic values and /_sim/overrides', () => {
  let sim: TestSim;
  let acct: TestAccount;
  let primarySid: string;

  async function brandNamed(name: string, opts: { business?: Record<string, unknown>; skipAutomaticSecVet?: boolean } = {}) {
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid, { business: { ...businessInfo, ...opts.business, business_name: name } });
    return acct.client.messaging.v1.brandRegistrations.create({
      customerProfileBundleSid: customerProfileSid,
      a2PProfileBundleSid: trustProductSid,
      ...(opts.skipAutomaticSecVet ? { skipAutomaticSecVet: true } : {}),
    });
  }
  const brand = (sid: string) => acct.client.messaging.v1.brandRegistrations(sid).fetch();

  async function override(body: Record<string, unknown>) {
    const res = await fetch(`${sim.url}/_sim/overrides`, { method: 'POST', headers: { authorization: acct.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  }

  /** An approved brand with room for a campaign (Twilio allows five per brand). */
  async function approvedBrand(): Promise<string> {
    const b = await brandNamed('Acme, Inc.');
    await acct.settle();
    return b.sid;
  }

  async function campaignWith(description: string, samples?: string[], brandSid?: string) {
    const brand = brandSid ?? (await approvedBrand());
    const service = await acct.client.messaging.v1.services.create({ friendlyName: description.slice(0, 60) });
    return acct.client.messaging.v1.services(service.sid).usAppToPerson.create({ ...goodCampaign(brand), description, ...(samples ? { messageSamples: samples } : {}) });
  }
  const campaign = (c: { sid: string; messagingServiceSid: string }) => acct.client.messaging.v1.services(c.messagingServiceSid).usAppToPerson(c.sid).fetch();

  async function numberInVerifiedService(friendlyName?: string) {
    const service = await acct.client.messaging.v1.services.create({ friendlyName: `numbers ${friendlyName ?? ''}` });
    const campaignBrand = await approvedBrand();
    await acct.client.messaging.v1.services(service.sid).usAppToPerson.create({ ...goodCampaign(campaignBrand), description: `${goodCampaign(campaignBrand).description} [sim:verified]` });
    await acct.settle();
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ smsEnabled: true, limit: 1 });
    const number = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber, ...(friendlyName ? { friendlyName } : {}) });
    await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    return number;
  }
  const registration = (pn: string) => acct.world.table<{ sid: string; registration_status: string; registration_error: { error_code: number } | null }>('messaging.service_phone_numbers').get(pn)!;

  beforeAll(async () => {
    sim = await TestSim.start();
    primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  describe('BrandRegistration: the business name (or a sole proprietor brand name)', () => {
    it('[sim:failed] fails the brand with 30799', async () => {
      const b = await brandNamed('Acme Failing [sim:failed]');
      await acct.settle();
      expect(await brand(b.sid)).toMatchObject({ status: 'FAILED', brandFeedback: ['OTHERS'], errors: [expect.objectContaining({ error_code: 30799, fields: ['business_registration_number'] })] });
    });

    it('[sim:failed:<code>] fails it with that code and the code’s fields', async () => {
      const b = await brandNamed('Acme Region [sim:failed:30701]');
      await acct.settle();
      expect((await brand(b.sid)).errors).toEqual([expect.objectContaining({ error_code: 30701, fields: ['region'] })]);
    });

    it('[sim:approved] approves a brand whose data would fail', async () => {
      const b = await brandNamed('Acme Approved [sim:approved]', { business: { business_registration_number: '00-0000000' } });
      await acct.settle();
      expect(await brand(b.sid)).toMatchObject({ status: 'APPROVED', identityStatus: 'VETTED_VERIFIED' });
    });

    it('[sim:vetting-failed] approves the brand but its secondary vetting fails: VERIFIED, no score', async () => {
      const b = await brandNamed('Acme Unvetted [sim:vetting-failed]');
      await acct.settle();
      expect(await brand(b.sid)).toMatchObject({ status: 'APPROVED', identityStatus: 'VERIFIED', brandScore: null });
    });

    it('[sim:otp-confirmed] in a sole proprietor’s brand name answers each OTP with YES', async () => {
      const sp = await soleProprietorBundles(acct, primarySid, { ...soleProprietorInfo, brand_name: 'Jane Doe Tutoring [sim:otp-confirmed]' });
      const b = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: sp.customerProfileSid, a2PProfileBundleSid: sp.trustProductSid, brandType: 'SOLE_PROPRIETOR' });
      await acct.settle();
      expect(await brand(b.sid)).toMatchObject({ status: 'APPROVED', identityStatus: 'VERIFIED', errors: [] });
    });
  });

  describe('BrandVetting: the VettingId', () => {
    it('[sim:failed] fails a vetting and [sim:success] passes one whatever the token', async () => {
      const lvs = await brandNamed('Acme Vetted', { skipAutomaticSecVet: true });
      await acct.settle();
      const vettings = acct.client.messaging.v1.brandRegistrations(lvs.sid).brandVettings;
      const failing = await vettings.create({ vettingProvider: 'campaign-verify', vettingId: 'cv|1.0|tcr|10dlc|abc|def [sim:failed]' });
      await acct.settle();
      expect((await vettings(failing.brandVettingSid).fetch()).vettingStatus).toBe('FAILED');
      const passing = await vettings.create({ vettingProvider: 'campaign-verify', vettingId: 'whatever [sim:success]' });
      await acct.settle();
      expect((await vettings(passing.brandVettingSid).fetch()).vettingStatus).toBe('SUCCESS');
    });
  });

  describe('UsAppToPerson: the Description', () => {
    it('[sim:verified] verifies a campaign whose samples would be rejected', async () => {
      const c = await campaignWith('Acme sends account notifications to its customers who opted in. [sim:verified]', ['No brand name in this sample.', 'Nor any way out in this one.']);
      await acct.settle();
      expect((await campaign(c)).campaignStatus).toBe('VERIFIED');
    });

    it('[sim:failed] fails it with 30899 (carrier rejection)', async () => {
      const c = await campaignWith('Acme sends account notifications to its customers who opted in. [sim:failed]');
      await acct.settle();
      expect((await campaign(c)).errors).toEqual([expect.objectContaining({ error_code: 30899 })]);
    });

    it('[sim:failed:<code>] fails it with that code', async () => {
      const c = await campaignWith('Acme sends account notifications to its customers who opted in. [sim:failed:30885]');
      await acct.settle();
      expect(await campaign(c)).toMatchObject({ campaignStatus: 'FAILED', errors: [expect.objectContaining({ error_code: 30885, fields: ['DESCRIPTION'] })] });
    });
  });

  describe('Number registration: the IncomingPhoneNumber’s FriendlyName', () => {
    it('[sim:failed] and [sim:failed:<code>] fail the registration', async () => {
      const a = await numberInVerifiedService('Front desk [sim:failed]');
      const b = await numberInVerifiedService('Back office [sim:failed:30899]');
      await acct.settle();
      expect(registration(a.sid)).toMatchObject({ registration_status: 'failed', registration_error: expect.objectContaining({ error_code: 30126 }) });
      expect(registration(b.sid).registration_error?.error_code).toBe(30899);
    });

    it('[sim:successful] registers a number whatever it is', async () => {
      const n = await numberInVerifiedService('Line [sim:successful]');
      await acct.settle();
      expect(registration(n.sid).registration_status).toBe('successful');
    });
  });

  describe('/_sim/overrides forces the next decision', () => {
    it('forces a brand to FAILED with a code and fields, and refuses an outcome the brand cannot take', async () => {
      const b = await brandNamed('Acme Overridden');
      expect((await override({ sid: b.sid, outcome: 'twilio-approved' })).status).toBe(400);
      expect((await override({ sid: b.sid, outcome: 'FAILED', code: 30729, fields: ['iso_country'], reason: 'Forced by the test.' })).status).toBe(201);
      await acct.settle();
      expect((await brand(b.sid)).errors).toEqual([expect.objectContaining({ error_code: 30729, fields: ['iso_country'], description: expect.stringMatching(/Forced by the test\./) })]);
    });

    it('forces a campaign to VERIFIED or FAILED', async () => {
      // Both brands first: settling for a brand would also review a campaign created before it.
      const brandSid = await approvedBrand();
      const bad = await campaignWith('Acme sends account notifications to its customers who opted in.', ['No brand name in this sample.', 'Nor any way out in this one.'], brandSid);
      const good = await campaignWith(goodCampaign(brandSid).description, undefined, brandSid);
      await override({ sid: bad.sid, outcome: 'VERIFIED' });
      await override({ sid: good.sid, outcome: 'FAILED', code: 30897, fields: ['MESSAGE_SAMPLES'] });
      await acct.settle();
      expect((await campaign(bad)).campaignStatus).toBe('VERIFIED');
      expect(await campaign(good)).toMatchObject({ campaignStatus: 'FAILED', errors: [expect.objectContaining({ error_code: 30897, fields: ['MESSAGE_SAMPLES'] })] });
    });

    it('forces a number registration (the PN SID names the service number, not the IncomingPhoneNumber)', async () => {
      const n = await numberInVerifiedService();
      expect((await override({ sid: n.sid, outcome: 'failed', code: 30126 })).status).toBe(201);
      await acct.settle();
      expect(registration(n.sid).registration_status).toBe('failed');
    });
  });
});
