import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovedPrimaryProfile, PrimaryProfileError } from '../../src/sim/twilio/trusthub/primary-profile.js';
import { businessInfo, representative as rep1 } from '../helpers/a2p.js';
import { Receiver } from '../helpers/receiver.js';
import { assertValid, TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const PRIMARY = 'RN000000000000000000000000000000a1';
const ENDPOINT = 'POST /_sim/trusthub/primary-profile';

/** Seed 003 §1.2–1.7 on the customer's secondary profile (as in trusthub-journey.test.ts). */
async function fillBusinessProfile(acct: TestAccount, profileSid: string) {
  const th = acct.client.trusthub.v1;
  const business = await th.endUsers.create({ attributes: businessInfo, friendlyName: 'Acme, Inc. - Business Information EndUser resource', type: 'customer_profile_business_information' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: business.sid });
  const rep = await th.endUsers.create({ attributes: rep1, friendlyName: 'Acme rep 1', type: 'authorized_representative_1' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: rep.sid });
  const address = await acct.client.addresses.create({ city: 'San Francisco', customerName: 'Acme, Inc.', isoCountry: 'US', postalCode: '94105', region: 'CA', street: '1234 Market St' });
  const doc = await th.supportingDocuments.create({ attributes: { address_sids: address.sid }, friendlyName: 'acme', type: 'customer_profile_address' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: doc.sid });
}

describe("the ISV's Primary Business Profile (POST /_sim/trusthub/primary-profile)", () => {
  let sim: TestSim;
  let receiver: Receiver;

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  const primaryProfile = (acct: TestAccount, body: unknown = {}) =>
    fetch(`${sim.url}/_sim/trusthub/primary-profile`, {
      method: 'POST',
      headers: { authorization: acct.auth, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const control = async (acct: TestAccount, path: string) => (await fetch(`${sim.url}/_sim${path}`, { headers: { authorization: acct.auth } })).json();

  /** POST …/Evaluations by hand, to see the response headers the SDK hides; the body is still checked against the spec. */
  async function evaluate(acct: TestAccount, profileSid: string) {
    const url = `${sim.url}/trusthub/v1/CustomerProfiles/${profileSid}/Evaluations`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: acct.auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ PolicySid: SECONDARY }).toString(),
    });
    const text = await res.text();
    const body = JSON.parse(text);
    assertValid({ method: 'POST', url, status: res.status, body });
    return { status: res.status, body, text, hint: res.headers.get('x-sim-hint') };
  }

  it('creates, evaluates, submits and approves the profile in the ISV account without moving its clock; a second call returns it', async () => {
    const isv = await sim.account();
    // An unrelated profile under review: its transitions must not fire.
    const other = await isv.client.trusthub.v1.customerProfiles.create({ email: 'x@example.com', friendlyName: 'Unrelated', policySid: SECONDARY });
    await isv.client.trusthub.v1.customerProfiles(other.sid).update({ status: 'pending-review' });
    const before = await control(isv, '/clock');
    const pendingBefore = (await control(isv, '/transitions')).transitions;

    const res = await primaryProfile(isv, { statusCallback: receiver.at('/primary') });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      status: 'twilio-approved',
      policySid: PRIMARY,
      accountSid: isv.sid,
      friendlyName: 'Acme ISV, Inc. Primary Business Profile',
      created: true,
      evaluation: { status: 'compliant' },
    });
    expect(created.sid).toMatch(/^BU[0-9a-f]{32}$/);
    expect(created.endUsers.map((e: { type: string }) => e.type).sort()).toEqual(['authorized_representative_1', 'customer_profile_business_information']);
    expect(created.supportingDocuments).toEqual([expect.objectContaining({ type: 'customer_profile_address', status: 'APPROVED' })]);
    expect(created.addressSids).toHaveLength(1);

    // It is an ordinary TrustHub profile, read back through the official SDK (responses checked against the spec).
    const th = isv.client.trusthub.v1;
    const fetched = await th.customerProfiles(created.sid).fetch();
    expect(fetched.status).toBe('twilio-approved');
    expect(fetched.errors).toBeNull();
    expect(await th.customerProfiles(created.sid).customerProfilesEntityAssignments.list()).toHaveLength(3);
    const evaluations = await th.customerProfiles(created.sid).customerProfilesEvaluations.list();
    expect(evaluations.map((e) => e.status)).toEqual(['compliant']);
    expect((await isv.client.addresses(created.addressSids[0]).fetch()).postalCode).toBe('94105');

    // The review moves happened, at the account's current time, and nothing else moved.
    const timeline = (await (await fetch(`${sim.url}/_sim/timeline?sid=${created.sid}`, { headers: { authorization: isv.auth } })).json()).timeline;
    expect(timeline.map((e: { to: string }) => e.to)).toEqual(['pending-review', 'in-review', 'twilio-approved']);
    expect((await control(isv, '/clock')).now).toBe(before.now);
    expect((await control(isv, '/transitions')).transitions).toEqual(pendingBefore);
    expect((await th.customerProfiles(other.sid).fetch()).status).toBe('pending-review');

    // Callbacks as for any review: every change but pending-review → in-review.
    await isv.flush();
    expect(receiver.received.filter((r) => r.path === '/primary').map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-approved']);

    const again = await primaryProfile(isv);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ sid: created.sid, status: 'twilio-approved', created: false });

    const another = await primaryProfile(isv, { new: true, businessName: 'Second ISV LLC' });
    expect(another.status).toBe(201);
    const second = await another.json();
    expect(second.sid).not.toBe(created.sid);
    expect(second.friendlyName).toBe('Second ISV LLC Primary Business Profile');
    // Without "new", the account's first approved one is still the answer.
    expect((await (await primaryProfile(isv)).json()).sid).toBe(created.sid);
  });

  it("is assigned by SID to a customer's secondary profile in another account, which then evaluates compliant and is approved; X-Sim-Hint says what was missing", async () => {
    const isv = await sim.account();
    const customer = await sim.account();
    const th = customer.client.trusthub.v1;
    const cp = await th.customerProfiles.create({ email: 'acme-inc@example.com', friendlyName: 'Acme, Inc. Secondary Customer Profile', policySid: SECONDARY });
    await fillBusinessProfile(customer, cp.sid);

    const missing = await evaluate(customer, cp.sid);
    expect(missing.status).toBe(201);
    expect(missing.body.status).toBe('noncompliant');
    const primaryResult = missing.body.results.find((r: { requirement_name: string }) => r.requirement_name === 'primary_customer_profile');
    expect(primaryResult).toMatchObject({ passed: false, error_code: 22216 });
    expect(missing.hint).toContain(ENDPOINT);
    expect(missing.hint).toContain(cp.sid);
    // Twilio's body is untouched: the hint is only a header.
    expect(missing.text).not.toContain('/_sim');

    const primary = await (await primaryProfile(isv)).json();
    await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primary.sid });
    const compliant = await evaluate(customer, cp.sid);
    expect(compliant.body.status).toBe('compliant');
    expect(compliant.hint).toBeNull();

    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await customer.settle();
    const approved = await th.customerProfiles(cp.sid).fetch();
    expect(approved.status).toBe('twilio-approved');
    expect(approved.errors).toBeNull();
  });

  it('hints when the assigned primary profile is not approved (a draft would be rejected with 22216 at review)', async () => {
    const isv = await sim.account();
    const customer = await sim.account();
    const draft = await isv.client.trusthub.v1.customerProfiles.create({ email: 'isv@example.com', friendlyName: 'ISV draft primary', policySid: PRIMARY });
    const th = customer.client.trusthub.v1;
    const cp = await th.customerProfiles.create({ email: 'acme-inc@example.com', friendlyName: 'Acme waits on its ISV', policySid: SECONDARY });
    await fillBusinessProfile(customer, cp.sid);
    await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: draft.sid });
    const evaluation = await evaluate(customer, cp.sid);
    expect(evaluation.hint).toContain(draft.sid);
    expect(evaluation.hint).toContain('draft');
    expect(evaluation.hint).toContain(ENDPOINT);
    // The hint tells the truth: submitted as is, the profile is rejected for its primary.
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await customer.settle();
    const rejected = await th.customerProfiles(cp.sid).fetch();
    expect(rejected.status).toBe('twilio-rejected');
    expect((rejected.errors as Array<{ code: number }>).map((e) => e.code)).toEqual([22216]);
  });

  it("refuses a bad body with a 400 in the control plane's shape and creates nothing", async () => {
    const isv = await sim.account();
    const bad: Array<[unknown, RegExp]> = [
      ['[1]', /not a JSON object/],
      [{ businessName: 42 }, /"businessName"/],
      [{ colour: 'blue' }, /colour/],
      [{ email: 'not-an-email' }, /"email" must be an email address/],
      [{ new: 'yes' }, /"new"/],
      [{ address: { isoCountry: 'usa' } }, /"address\.isoCountry"/],
      [{ representative: { phoneNumber: '555-0100' } }, /would not be compliant.*E\.164/],
      [{ websiteUrl: 'https://acme.test' }, /would reject it \(18601/],
      [{ businessRegistrationNumber: '00-0000000' }, /would reject it \(18602/],
      [{ friendlyName: 'ISV [sim:twilio-rejected]' }, /would reject it/],
    ];
    for (const [body, why] of bad) {
      const res = await primaryProfile(isv, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = await res.json();
      expect(json.status).toBe(400);
      expect(json.message).toMatch(/^Failed to [^:]+: .+\. Please .+\.$/s);
      expect(json.message).toMatch(why);
    }
    const th = isv.client.trusthub.v1;
    expect(await th.customerProfiles.list()).toHaveLength(0);
    expect(await th.endUsers.list()).toHaveLength(0);
    expect(await th.supportingDocuments.list()).toHaveLength(0);
    expect(await isv.client.addresses.list()).toHaveLength(0);
    expect((await control(isv, '/transitions')).transitions).toEqual([]);
  });

  it('is deterministic under a seed: the same call in the same account gives the same profile', async () => {
    const made: unknown[] = [];
    for (let run = 0; run < 2; run++) {
      const seeded = await TestSim.start({ seed: 'primary-profile' });
      try {
        const isv = await seeded.account('AC0000000000000000000000000000a001', 'isv-token');
        const res = await fetch(`${seeded.url}/_sim/trusthub/primary-profile`, { method: 'POST', headers: { authorization: isv.auth } });
        made.push(await res.json());
      } finally {
        await seeded.close();
      }
    }
    expect((made[0] as { sid: string }).sid).toMatch(/^BU/);
    expect(made[1]).toEqual(made[0]);
  });

  it('is the same in process: createApprovedPrimaryProfile(sim, accountSid, opts)', async () => {
    const isv = await sim.account();
    const made = createApprovedPrimaryProfile(sim.sim, isv.sid, { businessName: 'InProc ISV Corp', email: 'ops@inproc-isv.com' });
    expect(made).toMatchObject({ created: true, status: 'twilio-approved', email: 'ops@inproc-isv.com', friendlyName: 'InProc ISV Corp Primary Business Profile' });
    expect((await isv.client.trusthub.v1.customerProfiles(made.sid).fetch()).status).toBe('twilio-approved');
    expect(createApprovedPrimaryProfile(sim.sim, isv.sid)).toMatchObject({ sid: made.sid, created: false });
    expect(() => createApprovedPrimaryProfile(sim.sim, 'AC00000000000000000000000000000404')).toThrow(PrimaryProfileError);
    expect(() => createApprovedPrimaryProfile(sim.sim, isv.sid, { new: true, websiteUrl: 'https://isv.invalid' })).toThrow(/18601/);
  });
});
