import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const PRIMARY = 'RN000000000000000000000000000000a1';
const A2P = 'RNb0d4771c2c98518d916a3d4cd70a8f8b';

const businessInfo = {
  business_name: 'Acme, Inc.',
  social_media_profile_urls: 'https://example.com/acme-social-media-profile',
  website_url: 'https://www.acme-inc.com',
  business_regions_of_operation: 'USA_AND_CANADA',
  business_type: 'Partnership',
  business_registration_identifier: 'EIN',
  business_identity: 'direct_customer',
  business_industry: 'EDUCATION',
  business_registration_number: '12-3456789',
};
const rep1 = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@acme-inc.com', phone_number: '+14155550100', business_title: 'CEO', job_position: 'CEO' };

/** Seed 003 §1.2–1.8: business info, representative, address document, attached to a profile. */
async function fillBusinessProfile(acct: TestAccount, profileSid: string, info = businessInfo) {
  const th = acct.client.trusthub.v1;
  const business = await th.endUsers.create({ attributes: info, friendlyName: 'Acme, Inc. - Business Information EndUser resource', type: 'customer_profile_business_information' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: business.sid });
  const rep = await th.endUsers.create({ attributes: rep1, friendlyName: 'Acme rep 1', type: 'authorized_representative_1' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: rep.sid });
  const address = await acct.client.addresses.create({ city: 'San Francisco', customerName: 'Acme, Inc.', isoCountry: 'US', postalCode: '94105', region: 'CA', street: '1234 Market St' });
  const doc = await th.supportingDocuments.create({ attributes: { address_sids: address.sid }, friendlyName: 'acme', type: 'customer_profile_address' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: doc.sid });
  return { business, rep, address, doc };
}

function verifySignature(acct: TestAccount, r: { headers: Record<string, unknown>; url: string; form: Record<string, string> }) {
  return twilio.validateRequest(acct.token, String(r.headers['x-twilio-signature']), r.url, r.form);
}

describe('seed 003 §1–2 through the official SDK: secondary customer profile and A2P trust product', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let isv: TestAccount;
  let customer: TestAccount;
  let primarySid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
    // Prerequisite: the ISV's Primary Business Profile, approved, in the ISV's own account.
    isv = await sim.account();
    const primary = await isv.client.trusthub.v1.customerProfiles.create({ email: 'isv@acme-isv.com', friendlyName: 'ISV primary', policySid: PRIMARY });
    await fillBusinessProfile(isv, primary.sid);
    await isv.client.trusthub.v1.customerProfiles(primary.sid).update({ status: 'pending-review' });
    await isv.settle();
    const approvedPrimary = await isv.client.trusthub.v1.customerProfiles(primary.sid).fetch();
    expect(approvedPrimary.errors).toBeNull();
    expect(approvedPrimary.status).toBe('twilio-approved');
    primarySid = primary.sid;
    customer = await sim.account();
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('walks steps 1.1–1.10 and 2.1–2.6, and both profiles are approved on the clock with signed callbacks', async () => {
    const th = customer.client.trusthub.v1;
    // 1.1
    const cp = await th.customerProfiles.create({ email: 'acme-inc@example.com', friendlyName: 'Acme, Inc. Secondary Customer Profile', policySid: SECONDARY, statusCallback: receiver.at('/cp') });
    expect(cp.sid).toMatch(/^BU[0-9a-f]{32}$/);
    expect(cp.status).toBe('draft');
    expect(cp.validUntil).toBeNull();
    expect(cp.links.customer_profiles_entity_assignments).toBe(`https://trusthub.twilio.com/v1/CustomerProfiles/${cp.sid}/EntityAssignments`);
    // 1.2–1.8
    await fillBusinessProfile(customer, cp.sid);
    await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primarySid });
    // 1.9
    const evaluation = await th.customerProfiles(cp.sid).customerProfilesEvaluations.create({ policySid: SECONDARY });
    expect(evaluation.sid).toMatch(/^EL/);
    expect(evaluation.status).toBe('compliant');
    expect(evaluation.results.map((r: any) => r.requirement_name).sort()).toEqual([
      'authorized_representative_1',
      'customer_profile_address',
      'customer_profile_business_information',
      'primary_customer_profile',
    ]);
    // 1.10
    expect((await th.customerProfiles(cp.sid).update({ status: 'pending-review' })).status).toBe('pending-review');

    // 2.1–2.6
    const tp = await th.trustProducts.create({ email: 'ceo@example.com', friendlyName: 'Acme, Inc. A2P Trust Product', policySid: A2P, statusCallback: receiver.at('/tp') });
    const messaging = await th.endUsers.create({
      attributes: { company_type: 'public', stock_exchange: 'NYSE', stock_ticker: 'ACME' },
      friendlyName: 'Acme, Inc. Messaging Profile EndUser',
      type: 'us_a2p_messaging_profile_information',
    });
    await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: messaging.sid });
    await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: cp.sid });
    const tpEval = await th.trustProducts(tp.sid).trustProductsEvaluations.create({ policySid: A2P });
    expect(tpEval.status).toBe('compliant');
    await th.trustProducts(tp.sid).update({ status: 'pending-review' });

    // Twilio moves pending-review → in-review → twilio-approved; the trust product waits for its profile.
    await customer.advance(5 * 60);
    expect((await th.customerProfiles(cp.sid).fetch()).status).toBe('in-review');
    await customer.settle();
    expect((await th.customerProfiles(cp.sid).fetch()).status).toBe('twilio-approved');
    expect((await th.trustProducts(tp.sid).fetch()).status).toBe('twilio-approved');
    const docs = await th.supportingDocuments.list();
    expect(docs.map((d) => d.status)).toEqual(['APPROVED']);

    await customer.flush();
    const cpCalls = receiver.received.filter((r) => r.path === '/cp');
    // FIDELITY §4: every change but pending-review → in-review.
    expect(cpCalls.map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-approved']);
    for (const r of receiver.received) {
      expect(verifySignature(customer, r)).toBe(true);
      expect(r.form.AccountSid).toBe(customer.sid);
    }
    expect(cpCalls[1]!.form).toMatchObject({ BundleSid: cp.sid, Status: 'twilio-approved', FailureReason: '' });
    expect(receiver.received.filter((r) => r.path === '/tp').map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-approved']);
  });

  it('rejects a profile whose EIN does not check out (18602), then approves it once fixed and resubmitted', async () => {
    const th = customer.client.trusthub.v1;
    const cp = await th.customerProfiles.create({ email: 'ops@example.com', friendlyName: 'Bad EIN Co', policySid: SECONDARY, statusCallback: receiver.at('/bad') });
    const { business } = await fillBusinessProfile(customer, cp.sid, { ...businessInfo, business_registration_number: '00-0000000' });
    await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primarySid });
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await customer.settle();
    const rejected = await th.customerProfiles(cp.sid).fetch();
    expect(rejected.status).toBe('twilio-rejected');
    expect(rejected.errors).toEqual([expect.objectContaining({ code: 18602 })]);
    await customer.flush();
    const failure = receiver.received.filter((r) => r.path === '/bad').at(-1)!;
    expect(failure.form.Status).toBe('twilio-rejected');
    expect(failure.form.FailureReason).toMatch(/Business ID/);

    await th.endUsers(business.sid).update({ attributes: { ...businessInfo, business_registration_number: '12-3456789' } });
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await customer.settle();
    const approved = await th.customerProfiles(cp.sid).fetch();
    expect(approved.status).toBe('twilio-approved');
    expect(approved.errors).toBeNull();
  });

  it('rejects a noncompliant profile at review time with the evaluation errors', async () => {
    const th = customer.client.trusthub.v1;
    const cp = await th.customerProfiles.create({ email: 'ops@example.com', friendlyName: 'Empty Co', policySid: SECONDARY });
    const evaluation = await th.customerProfiles(cp.sid).customerProfilesEvaluations.create({ policySid: SECONDARY });
    expect(evaluation.status).toBe('noncompliant');
    const business = evaluation.results.find((r: any) => r.requirement_name === 'customer_profile_business_information') as any;
    expect(business).toMatchObject({ passed: false, error_code: 22214 });
    expect(business.invalid.map((i: any) => i.object_field)).toContain('business_name');
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await customer.settle();
    const rejected = await th.customerProfiles(cp.sid).fetch();
    expect(rejected.status).toBe('twilio-rejected');
    expect((rejected.errors as any[]).map((e) => e.code)).toEqual(expect.arrayContaining([22214, 22216]));
  });

  it('refuses to change a profile under review, and a client may not set a Twilio-owned status', async () => {
    const th = customer.client.trusthub.v1;
    const cp = await th.customerProfiles.create({ email: 'ops@example.com', friendlyName: 'Busy Co', policySid: SECONDARY });
    const eu = await th.endUsers.create({ friendlyName: 'x', type: 'authorized_representative_1', attributes: rep1 });
    await expect(th.customerProfiles(cp.sid).update({ status: 'twilio-approved' })).rejects.toMatchObject({ status: 400, code: 22203 });
    await expect(th.customerProfiles(cp.sid).update({ status: 'bogus' as never })).rejects.toMatchObject({ status: 400, code: 22203 });
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await expect(th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: eu.sid })).rejects.toMatchObject({ status: 409 });
    expect(await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.list()).toHaveLength(0);
  });

  describe('forcing outcomes (README "Forcing outcomes")', () => {
    async function submitted(friendlyName: string, info = businessInfo) {
      const th = customer.client.trusthub.v1;
      const cp = await th.customerProfiles.create({ email: 'ops@example.com', friendlyName, policySid: SECONDARY });
      await fillBusinessProfile(customer, cp.sid, info);
      await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primarySid });
      return cp.sid;
    }
    async function review(sid: string) {
      await customer.client.trusthub.v1.customerProfiles(sid).update({ status: 'pending-review' });
      await customer.settle();
      return customer.client.trusthub.v1.customerProfiles(sid).fetch();
    }

    it('[sim:twilio-rejected] rejects a compliant profile with 18601', async () => {
      const p = await review(await submitted('Acme [sim:twilio-rejected]'));
      expect(p.status).toBe('twilio-rejected');
      expect((p.errors as any[])[0].code).toBe(18601);
    });

    it('[sim:twilio-rejected:<code>] rejects with that code', async () => {
      const p = await review(await submitted('Acme [sim:twilio-rejected:18606]'));
      expect(p.status).toBe('twilio-rejected');
      expect((p.errors as any[])[0].code).toBe(18606);
    });

    it('[sim:twilio-approved] approves whatever the data', async () => {
      const p = await review(await submitted('Acme [sim:twilio-approved]', { ...businessInfo, business_registration_number: '00-1234567' }));
      expect(p.status).toBe('twilio-approved');
    });

    it('the control plane forces the next outcome once, and refuses outcomes a resource cannot have', async () => {
      const sid = await submitted('Overridden Co');
      const post = (body: object) => fetch(`${sim.url}/_sim/overrides`, { method: 'POST', headers: { authorization: customer.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const bad = await post({ sid, outcome: 'APPROVED' });
      expect(bad.status).toBe(400);
      expect((await bad.json()).message).toMatch(/^Failed to set an override: .*Please use one of: twilio-approved, twilio-rejected/);
      expect((await post({ sid, outcome: 'twilio-rejected', code: 18603, reason: 'Address could not be verified' })).status).toBe(201);
      const rejected = await review(sid);
      expect(rejected.errors).toEqual([{ code: 18603, message: 'Address could not be verified' }]);
      // Used once: the resubmission is decided by the data again.
      expect((await review(sid)).status).toBe('twilio-approved');
      const timeline = await (await fetch(`${sim.url}/_sim/timeline?sid=${sid}`, { headers: { authorization: customer.auth } })).json();
      expect(timeline.timeline.map((e: any) => e.to)).toEqual(['pending-review', 'in-review', 'twilio-rejected', 'pending-review', 'in-review', 'twilio-approved']);
    });
  });
});
