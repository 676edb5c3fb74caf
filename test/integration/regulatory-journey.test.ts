import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';
import { fillBundle, signed, type Requirements } from './regulatory-support.js';

/**
 * Seed 001 through the official SDK, for every regulation the simulator catalogues: read the
 * regulation → create the bundle → end user → documents (with and without upload) → item
 * assignments → evaluation → submit → approved on the clock, with signed callbacks.
 */
describe('seed 001: Numbers v2 regulatory bundles through the SDK, for every catalogued regulation', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
    acct = await sim.account();
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('the seed’s example: AU local individual, read, bundle by IsoCountry/NumberType/EndUserType, end user, address, submit, approved', async () => {
    const rc = acct.client.numbers.v2.regulatoryCompliance;
    // Step 1: the regulation, asked for in lowercase as the seed does.
    const [regulation, ...more] = await rc.regulations.list({ isoCountry: 'au', numberType: 'local', endUserType: 'individual', limit: 20 });
    expect(more).toHaveLength(0);
    expect(regulation).toMatchObject({ friendlyName: 'Australia: Local - Individual', isoCountry: 'AU', numberType: 'local', endUserType: 'individual' });
    expect(regulation!.sid).toMatch(/^RN[0-9a-f]{32}$/);
    const reqs = regulation!.requirements as Requirements & { supporting_document: any[][] };
    expect(reqs.end_user[0]).toMatchObject({ name: 'Individual', type: 'individual', requirement_name: 'individual_info', fields: ['first_name', 'last_name'] });
    expect(reqs.supporting_document[0]![0]).toMatchObject({
      name: 'Address',
      requirement_name: 'proof_of_address',
      accepted_documents: [{ name: 'Address Validation', type: 'address', fields: ['address_sids'] }],
    });

    // Step 2: the bundle.
    const bundle = await rc.bundles.create({
      endUserType: 'individual',
      isoCountry: 'au',
      numberType: 'local',
      statusCallback: receiver.at('/au'),
      friendlyName: 'Ada Lovelace',
      email: 'numbers-regulatory-review@example.com',
    });
    expect(bundle).toMatchObject({ regulationSid: regulation!.sid, status: 'draft', validUntil: null, statusCallback: receiver.at('/au') });
    expect(bundle.links).toEqual({
      evaluations: `https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/${bundle.sid}/Evaluations`,
      item_assignments: `https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/${bundle.sid}/ItemAssignments`,
      bundle_copies: `https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/${bundle.sid}/Copies`,
    });

    // Steps 3–5: end user, address, item assignments.
    const eu = await rc.endUsers.create({ friendlyName: 'Ada Lovelace', type: 'individual', attributes: { first_name: 'Ada', last_name: 'Lovelace' } });
    expect(eu.sid).toMatch(/^IT[0-9a-f]{32}$/);
    const address = await acct.client.addresses.create({ customerName: 'Ada Lovelace', street: '1 George St', city: 'Sydney', region: 'NSW', postalCode: '2000', isoCountry: 'AU' });
    const a1 = await rc.bundles(bundle.sid).itemAssignments.create({ objectSid: eu.sid });
    const a2 = await rc.bundles(bundle.sid).itemAssignments.create({ objectSid: address.sid });
    expect(a1).toMatchObject({ bundleSid: bundle.sid, objectSid: eu.sid });
    expect(a1.sid).toMatch(/^BV/);
    expect((await rc.bundles(bundle.sid).itemAssignments.list()).map((a) => a.sid)).toEqual([a1.sid, a2.sid]);

    const evaluation = await rc.bundles(bundle.sid).evaluations.create();
    expect(evaluation).toMatchObject({ status: 'compliant', regulationSid: regulation!.sid, bundleSid: bundle.sid });
    expect((await rc.bundles(bundle.sid).evaluations(evaluation.sid).fetch()).status).toBe('compliant');

    // Step 6: submit; Twilio moves it on the clock.
    expect((await rc.bundles(bundle.sid).update({ status: 'pending-review' })).status).toBe('pending-review');
    await acct.advance(5 * 60);
    expect((await rc.bundles(bundle.sid).fetch()).status).toBe('in-review');
    await acct.settle();
    expect((await rc.bundles(bundle.sid).fetch()).status).toBe('twilio-approved');
    await acct.flush();
    const calls = receiver.received.filter((r) => r.path === '/au');
    // FIDELITY §4: every change but pending-review → in-review, with Numbers v2's AccountSID/BundleSID casing.
    expect(calls.map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-approved']);
    expect(calls[1]!.form).toEqual({ AccountSID: acct.sid, BundleSID: bundle.sid, Status: 'twilio-approved', FailureReason: '' });
    for (const r of calls) expect(signed(acct, r)).toBe(true);
  });

  it('runs the same flow for every regulation of every catalogued country, half of them with an uploaded document', async () => {
    const rc = acct.client.numbers.v2.regulatoryCompliance;
    const all = await rc.regulations.list({ pageSize: 10 });
    expect(new Set(all.map((r) => r.isoCountry))).toEqual(new Set(['US', 'CA', 'GB', 'DE', 'FR', 'AU']));
    expect(all.length).toBeGreaterThanOrEqual(24);
    for (const iso of ['GB', 'DE', 'FR']) expect(new Set(all.filter((r) => r.isoCountry === iso).map((r) => r.numberType))).toEqual(new Set(['local', 'national', 'mobile', 'toll-free']));
    for (const r of all)
      expect(
        all
          .filter((x) => x.isoCountry === r.isoCountry && x.numberType === r.numberType)
          .map((x) => x.endUserType)
          .sort(),
      ).toEqual(['business', 'individual']);

    const submitted: Array<{ sid: string; path: string; name: string }> = [];
    let uploads = 0;
    for (const [i, reg] of all.entries()) {
      const [found] = await rc.regulations.list({ isoCountry: reg.isoCountry.toLowerCase(), numberType: reg.numberType, endUserType: reg.endUserType, includeConstraints: true });
      expect(found!.sid).toBe(reg.sid);
      const path = `/all/${reg.sid}`;
      // Half by RegulationSid, half by the three parameters (seed 001 allows either).
      const bundle = await rc.bundles.create(
        i % 2
          ? { regulationSid: reg.sid, friendlyName: reg.friendlyName, email: 'ops@acme-telecom.com', statusCallback: receiver.at(path) }
          : { isoCountry: reg.isoCountry, numberType: reg.numberType, endUserType: reg.endUserType, friendlyName: reg.friendlyName, email: 'ops@acme-telecom.com', statusCallback: receiver.at(path) },
      );
      expect(bundle.regulationSid).toBe(reg.sid);
      const reqs = found!.requirements as Requirements;
      const docType = reqs.supporting_document
        .flat()
        .map((g) => g.accepted_documents[0]!.type)
        .find((t) => t !== 'address');
      const upload = i % 2 === 0 && docType ? { type: docType, baseUrl: sim.url } : undefined;
      if (upload) uploads++;
      await fillBundle(acct, bundle.sid, reg.isoCountry, reqs, upload ? { upload } : {});
      const evaluation = await rc.bundles(bundle.sid).evaluations.create();
      expect({ regulation: reg.friendlyName, status: evaluation.status, failed: evaluation.results.filter((r: any) => !r.passed) }).toEqual({
        regulation: reg.friendlyName,
        status: 'compliant',
        failed: [],
      });
      await rc.bundles(bundle.sid).update({ status: 'pending-review' });
      submitted.push({ sid: bundle.sid, path, name: reg.friendlyName });
    }
    expect(uploads).toBeGreaterThan(5);

    await acct.settle();
    const approved = await rc.bundles.list({ status: 'twilio-approved', pageSize: 100 });
    for (const s of submitted) expect({ name: s.name, approved: approved.some((b) => b.sid === s.sid) }).toEqual({ name: s.name, approved: true });
    // Their documents followed the review.
    const docs = await rc.supportingDocuments.list();
    expect(new Set(docs.map((d) => d.status))).toEqual(new Set(['approved']));
    expect(docs.filter((d) => d.mimeType === 'image/png')).toHaveLength(uploads);

    await acct.flush();
    for (const s of submitted) {
      const calls = receiver.received.filter((r) => r.path === s.path);
      expect(calls.map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-approved']);
      expect(calls.every((r) => signed(acct, r) && r.form.BundleSID === s.sid && r.form.AccountSID === acct.sid)).toBe(true);
    }
  });
});
