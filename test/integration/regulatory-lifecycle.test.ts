import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';
import { createAddress, fillBundle, signed, VALUES, type Requirements } from './regulatory-support.js';

const DAY_S = 24 * 60 * 60;

describe('Numbers v2 bundle lifecycle: rejections, forced outcomes, ValidUntil, copies, clones', () => {
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

  const rc = () => acct.client.numbers.v2.regulatoryCompliance;

  /** A bundle for (country, type, end user), filled as its regulation asks unless `fill` is false. */
  async function bundleFor(
    iso: string,
    numberType: string,
    endUserType: 'business' | 'individual',
    opts: { name?: string; fill?: boolean; values?: Record<string, string>; isTest?: boolean; account?: TestAccount } = {},
  ) {
    const a = opts.account ?? acct;
    const r = a.client.numbers.v2.regulatoryCompliance;
    const path = `/${iso}-${numberType}-${endUserType}-${Math.random().toString(16).slice(2)}`;
    const bundle = await r.bundles.create({
      isoCountry: iso,
      numberType,
      endUserType,
      friendlyName: opts.name ?? `${iso} ${numberType} ${endUserType}`,
      email: 'ops@acme-telecom.com',
      statusCallback: receiver.at(path),
      ...(opts.isTest ? { isTest: true } : {}),
    });
    const [reg] = await r.regulations.list({ isoCountry: iso, numberType, endUserType });
    const filled = opts.fill === false ? undefined : await fillBundle(a, bundle.sid, iso, reg!.requirements as Requirements, opts.values ? { values: opts.values } : {});
    return { bundle, path, filled, reg: reg! };
  }

  async function review(sid: string, a = acct) {
    await a.client.numbers.v2.regulatoryCompliance.bundles(sid).update({ status: 'pending-review' });
    await a.settle();
    await a.flush();
    return a.client.numbers.v2.regulatoryCompliance.bundles(sid).fetch();
  }

  const callbacks = (path: string) => receiver.received.filter((r) => r.path === path);

  it('rejects a noncompliant bundle at review with the evaluation’s reasons, and approves it once fixed and resubmitted', async () => {
    const { bundle, path } = await bundleFor('DE', 'local', 'business', { fill: false });
    const evaluation = await rc().bundles(bundle.sid).evaluations.create();
    expect(evaluation.status).toBe('noncompliant');
    const results = evaluation.results as any[];
    expect(results.find((r) => r.requirement_name === 'business_info')).toMatchObject({
      passed: false,
      error_code: 22214,
      failure_reason: 'A Business End-User is missing. Please add one to the regulatory bundle.',
    });
    expect(results.find((r) => r.requirement_name === 'business_info').invalid.map((i: any) => [i.object_field, i.error_code])).toContainEqual(['business_name', 22215]);
    const address = results.find((r) => r.requirement_name === 'business_address_proof_info');
    expect(address).toMatchObject({ error_code: 22216, invalid: [expect.objectContaining({ object_field: 'address_sids', error_code: 22219 })] });

    const rejected = await review(bundle.sid);
    expect(rejected.status).toBe('twilio-rejected');
    const [, last] = callbacks(path);
    expect(last!.form).toMatchObject({ Status: 'twilio-rejected', BundleSID: bundle.sid });
    expect(last!.form.FailureReason).toMatch(/A Business End-User is missing/);
    expect(signed(acct, last!)).toBe(true);

    // A rejected bundle can be fixed: its items can change again, and it goes back to review.
    const [reg] = await rc().regulations.list({ isoCountry: 'DE', numberType: 'local', endUserType: 'business' });
    await fillBundle(acct, bundle.sid, 'DE', reg!.requirements as Requirements);
    expect((await review(bundle.sid)).status).toBe('twilio-approved');
    expect(callbacks(path).map((r) => r.form.Status)).toEqual(['pending-review', 'twilio-rejected', 'pending-review', 'twilio-approved']);
  });

  it('finds the business name of a document that does not repeat the end user’s (22217)', async () => {
    const { bundle } = await bundleFor('FR', 'local', 'business', { fill: false });
    const [reg] = await rc().regulations.list({ isoCountry: 'FR', numberType: 'local', endUserType: 'business' });
    const { items } = await fillBundle(acct, bundle.sid, 'FR', reg!.requirements as Requirements);
    const excerpt = items.find((s) => s.startsWith('RD'))!;
    await rc()
      .supportingDocuments(excerpt)
      .update({ attributes: { ...(await rc().supportingDocuments(excerpt).fetch()).attributes, business_name: 'Someone Else SARL' } });
    const evaluation = await rc().bundles(bundle.sid).evaluations.create();
    const nameCheck = (evaluation.results as any[]).find((r) => r.requirement_name === 'business_name_info');
    expect(nameCheck.passed).toBe(false);
    expect(nameCheck.invalid[0]).toMatchObject({ object_field: 'business_name', error_code: 22217 });
    expect(nameCheck.invalid[0].failure_reason).toMatch(/does not match the Business Name you entered within Business information/);
  });

  it('rejects a document that has expired (18003) and an address outside the country (18012), on the documents themselves', async () => {
    const expired = await bundleFor('DE', 'mobile', 'individual');
    const idSid = expired.filled!.items.find((s) => s.startsWith('RD'))!;
    await rc()
      .supportingDocuments(idSid)
      .update({ attributes: { ...(await rc().supportingDocuments(idSid).fetch()).attributes, expiration_date: '2001-01-01' } });
    const b1 = await review(expired.bundle.sid);
    expect(b1.status).toBe('twilio-rejected');
    const doc = await rc().supportingDocuments(idSid).fetch();
    expect(doc).toMatchObject({ status: 'rejected', errors: [{ code: 18003 }] });
    expect(doc.failureReason).toMatch(/expired on 2001-01-01/);

    const foreign = await bundleFor('GB', 'national', 'business', { fill: false });
    const [reg] = await rc().regulations.list({ isoCountry: 'GB', numberType: 'national', endUserType: 'business' });
    const endUserFields = (reg!.requirements as Requirements).end_user[0]!.fields.filter((f) => f !== 'comments');
    const eu = await rc().endUsers.create({ friendlyName: 'Acme', type: 'business', attributes: Object.fromEntries(endUserFields.map((f) => [f, VALUES[f]])) });
    const us = await createAddress(acct, 'US');
    await rc().bundles(foreign.bundle.sid).itemAssignments.create({ objectSid: eu.sid });
    await rc().bundles(foreign.bundle.sid).itemAssignments.create({ objectSid: us.sid });
    expect((await rc().bundles(foreign.bundle.sid).evaluations.create()).status).toBe('compliant');
    const b2 = await review(foreign.bundle.sid);
    expect(b2.status).toBe('twilio-rejected');
    expect(callbacks(foreign.path).at(-1)!.form.FailureReason).toMatch(/requires a valid GB address/);
  });

  it('auto-rejects an IsTest bundle however complete it is', async () => {
    const { bundle, path } = await bundleFor('AU', 'local', 'individual', { isTest: true });
    expect((await rc().bundles(bundle.sid).evaluations.create()).status).toBe('compliant');
    expect((await review(bundle.sid)).status).toBe('twilio-rejected');
    expect(callbacks(path).at(-1)!.form.FailureReason).toBe('Test Bundles (IsTest=true) are auto-rejected');
  });

  it('forces outcomes: an override rejects with its code and reason; [sim:provisionally-approved] waits for the third party', async () => {
    const forced = await bundleFor('GB', 'local', 'individual');
    const post = await fetch(`${sim.url}/_sim/overrides`, {
      method: 'POST',
      headers: { authorization: acct.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ sid: forced.bundle.sid, outcome: 'twilio-rejected', code: 18001, reason: 'The document is illegible' }),
    });
    expect(post.status).toBe(201);
    expect((await review(forced.bundle.sid)).status).toBe('twilio-rejected');
    expect(callbacks(forced.path).at(-1)!.form.FailureReason).toBe('The document is illegible');

    const provisional = await bundleFor('DE', 'mobile', 'business', { name: 'Acme [sim:provisionally-approved]' });
    const bundles = rc().bundles(provisional.bundle.sid);
    await bundles.update({ status: 'pending-review' });
    await acct.advance(5 * 60 + 2 * 60 * 60);
    expect((await bundles.fetch()).status).toBe('provisionally-approved');
    const docs = () =>
      rc()
        .supportingDocuments.list()
        .then((all) => all.filter((d) => provisional.filled!.items.includes(d.sid)).map((d) => d.status));
    expect(new Set(await docs())).toEqual(new Set(['provisionally-approved']));
    // The third party decides a day later, from the data (the magic value forced only Twilio's own decision).
    await acct.advance(DAY_S);
    expect((await bundles.fetch()).status).toBe('twilio-approved');
    expect(new Set(await docs())).toEqual(new Set(['approved']));
    await acct.flush();
    expect(callbacks(provisional.path).map((r) => r.form.Status)).toEqual(['pending-review', 'provisionally-approved', 'twilio-approved']);
    const timeline = await (await fetch(`${sim.url}/_sim/timeline?sid=${provisional.bundle.sid}`, { headers: { authorization: acct.auth } })).json();
    expect(timeline.timeline.map((e: any) => e.to)).toEqual(['pending-review', 'in-review', 'provisionally-approved', 'twilio-approved']);
  });

  it('refuses what Twilio refuses, before changing anything', async () => {
    const { bundle } = await bundleFor('DE', 'national', 'individual');
    // 22204: status and properties in one request; 22203: a status that is not a status, or not the client's.
    await expect(rc().bundles(bundle.sid).update({ status: 'pending-review', friendlyName: 'x' })).rejects.toMatchObject({ status: 400, code: 22204 });
    await expect(
      rc()
        .bundles(bundle.sid)
        .update({ status: 'bogus' as never }),
    ).rejects.toMatchObject({ status: 400, code: 22203 });
    await expect(rc().bundles(bundle.sid).update({ status: 'twilio-approved' })).rejects.toMatchObject({ status: 400, code: 22203 });
    expect((await rc().bundles(bundle.sid).fetch()).status).toBe('draft');
    // 22205: an object that is not this account's.
    await expect(
      rc()
        .bundles(bundle.sid)
        .itemAssignments.create({ objectSid: `IT${'0'.repeat(32)}` }),
    ).rejects.toMatchObject({ status: 400, code: 22205 });
    // 22201 / 22200: no such regulation, no such number type.
    await expect(rc().bundles.create({ regulationSid: `RN${'0'.repeat(32)}`, friendlyName: 'x', email: 'a@example.com' })).rejects.toMatchObject({ status: 400, code: 22201 });
    await expect(rc().bundles.create({ isoCountry: 'DE', numberType: 'pager', endUserType: 'business', friendlyName: 'x', email: 'a@example.com' })).rejects.toMatchObject({
      status: 400,
      code: 22200,
    });
    await expect(rc().bundles.create({ isoCountry: 'JP', numberType: 'local', endUserType: 'business', friendlyName: 'x', email: 'a@example.com' })).rejects.toMatchObject({
      status: 400,
      code: 22201,
    });
    const missing = await acct.request('POST', '/numbers/v2/RegulatoryCompliance/Bundles', { form: { FriendlyName: 'x', Email: 'a@example.com', IsoCountry: 'DE' } });
    expect(missing.body).toMatchObject({ status: 400, code: 20001, message: 'Missing required parameter NumberType in the post body' });

    // Under review: items, objects and the bundle itself are frozen.
    await rc().bundles(bundle.sid).update({ status: 'pending-review' });
    const eu = await rc().endUsers.create({ friendlyName: 'late', type: 'individual' });
    await expect(rc().bundles(bundle.sid).itemAssignments.create({ objectSid: eu.sid })).rejects.toMatchObject({ status: 409 });
    const itemSid = (await rc().bundles(bundle.sid).itemAssignments.list())[0]!.objectSid;
    await expect(
      rc()
        .endUsers(itemSid)
        .update({ attributes: { first_name: 'Changed' } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(rc().bundles(bundle.sid).remove()).rejects.toMatchObject({ status: 409 });
    await acct.settle();
    // An approved bundle's objects cannot be deleted from under it; the bundle itself can go.
    await expect(rc().endUsers(itemSid).remove()).rejects.toMatchObject({ status: 409 });
    expect(await rc().bundles(bundle.sid).remove()).toBe(true);
    await expect(rc().bundles(bundle.sid).itemAssignments.list()).rejects.toMatchObject({ status: 404 });
  });

  it('expires an approved AU mobile bundle at its ValidUntil unless it is updated through a Copy and ReplaceItems', async () => {
    const lapsing = await bundleFor('AU', 'mobile', 'business');
    const keeper = await bundleFor('AU', 'mobile', 'business');
    const approvedAt = Date.parse((await review(lapsing.bundle.sid)).dateUpdated.toISOString());
    const first = await rc().bundles(lapsing.bundle.sid).fetch();
    expect(first.status).toBe('twilio-approved');
    // Spec example readApprovedAuMobileWithDate: approved AU mobile bundles carry a ValidUntil.
    expect(first.validUntil!.getTime() - approvedAt).toBe(455 * DAY_S * 1000);
    expect((await review(keeper.bundle.sid)).validUntil).not.toBeNull();
    expect((await rc().bundles.list({ hasValidUntilDate: true, isoCountry: 'AU' })).map((b) => b.sid)).toEqual(expect.arrayContaining([lapsing.bundle.sid, keeper.bundle.sid]));

    // The compliance-information-update guide: copy, update, submit, approve, replace items, delete the copy.
    const copy = await rc().bundles(keeper.bundle.sid).bundleCopies.create({ friendlyName: 'keeper, updated' });
    expect(copy).toMatchObject({ status: 'draft', regulationSid: keeper.reg.sid, friendlyName: 'keeper, updated' });
    expect(copy.validUntil).toEqual((await rc().bundles(keeper.bundle.sid).fetch()).validUntil);
    expect((await rc().bundles(keeper.bundle.sid).bundleCopies.list()).map((c) => c.sid)).toEqual([copy.sid]);
    const copiedItems = await rc().bundles(copy.sid).itemAssignments.list();
    const originalItems = await rc().bundles(keeper.bundle.sid).itemAssignments.list();
    expect(copiedItems).toHaveLength(originalItems.length);
    // End users and documents are new objects in the copy (editable without touching the approved bundle); the Address is the same.
    const copiedEndUser = copiedItems.find((i) => i.objectSid.startsWith('IT'))!.objectSid;
    expect(originalItems.some((i) => i.objectSid === copiedEndUser)).toBe(false);
    expect(copiedItems.filter((i) => i.objectSid.startsWith('AD')).map((i) => i.objectSid)).toEqual(originalItems.filter((i) => i.objectSid.startsWith('AD')).map((i) => i.objectSid));
    await rc()
      .endUsers(copiedEndUser)
      .update({ attributes: { business_name: 'Acme Telecom', business_registration_number: '51 824 753 556' } });

    // ReplaceItems refuses a copy that is not yet approved, the bundle itself, an unknown one, another regulation's.
    await expect(rc().bundles(keeper.bundle.sid).replaceItems.create({ fromBundleSid: copy.sid })).rejects.toMatchObject({ status: 409 });
    await expect(rc().bundles(keeper.bundle.sid).replaceItems.create({ fromBundleSid: keeper.bundle.sid })).rejects.toMatchObject({ code: 22226 });
    await expect(
      rc()
        .bundles(keeper.bundle.sid)
        .replaceItems.create({ fromBundleSid: `BU${'0'.repeat(32)}` }),
    ).rejects.toMatchObject({ code: 22225 });
    const other = await bundleFor('AU', 'local', 'business');
    await expect(rc().bundles(keeper.bundle.sid).replaceItems.create({ fromBundleSid: other.bundle.sid })).rejects.toMatchObject({ code: 22228 });

    expect((await review(copy.sid)).status).toBe('twilio-approved');
    const replaced = await rc().bundles(keeper.bundle.sid).replaceItems.create({ fromBundleSid: copy.sid });
    expect(replaced).toMatchObject({ sid: keeper.bundle.sid, status: 'twilio-approved', validUntil: null });
    expect((await rc().bundles(keeper.bundle.sid).itemAssignments.list()).map((i) => i.objectSid).sort()).toEqual(copiedItems.map((i) => i.objectSid).sort());
    expect(await rc().bundles(copy.sid).remove()).toBe(true);

    await acct.advance(456 * DAY_S);
    await acct.flush();
    const lapsed = await rc().bundles(lapsing.bundle.sid).fetch();
    expect(lapsed.status).toBe('twilio-rejected');
    const expiry = callbacks(lapsing.path).at(-1)!;
    expect(expiry.form).toMatchObject({ Status: 'twilio-rejected', BundleSID: lapsing.bundle.sid });
    expect(expiry.form.FailureReason).toMatch(/expired on .* \(ValidUntil\)/);
    expect(signed(acct, expiry)).toBe(true);
    const lapsedDoc = await rc()
      .supportingDocuments(lapsing.filled!.items.find((s) => s.startsWith('RD'))!)
      .fetch();
    expect(lapsedDoc.status).toBe('expired');
    expect((await rc().bundles(keeper.bundle.sid).fetch()).status).toBe('twilio-approved');
  });

  it('clones an approved bundle into another account, approved there at once unless MoveToDraft=true', async () => {
    const target = await sim.account();
    const source = await bundleFor('DE', 'local', 'business');
    const clones = acct.client.numbers.v2.bundleClone(source.bundle.sid);
    // Only an approved bundle can be cloned.
    await expect(clones.create({ targetAccountSid: target.sid })).rejects.toMatchObject({ status: 400, code: 21649 });
    await review(source.bundle.sid);
    await expect(clones.create({ targetAccountSid: `AC${'0'.repeat(32)}` })).rejects.toMatchObject({ status: 400 });

    const clone = await clones.create({ targetAccountSid: target.sid, friendlyName: 'Acme DE (cloned)' });
    expect(clone).toMatchObject({ accountSid: target.sid, regulationSid: source.reg.sid, status: 'twilio-approved', friendlyName: 'Acme DE (cloned)' });
    expect(clone.bundleSid).toMatch(/^BU/);
    expect(clone.url).toBe(`https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/${clone.bundleSid}/Clones`);
    const trc = target.client.numbers.v2.regulatoryCompliance;
    const cloned = await trc.bundles(clone.bundleSid!).fetch();
    expect(cloned.status).toBe('twilio-approved');
    // Everything it holds now lives in the target account, its Address included, and still evaluates as compliant there.
    const items = await trc.bundles(clone.bundleSid!).itemAssignments.list();
    expect(items).toHaveLength((await rc().bundles(source.bundle.sid).itemAssignments.list()).length);
    expect((await trc.bundles(clone.bundleSid!).evaluations.create()).status).toBe('compliant');
    expect(await target.client.addresses.list()).toHaveLength(1);
    await expect(rc().bundles(clone.bundleSid!).fetch()).rejects.toMatchObject({ status: 404 });

    const draft = await clones.create({ targetAccountSid: target.sid, moveToDraft: true });
    expect(draft.status).toBe('draft');
    expect((await review(draft.bundleSid!, target)).status).toBe('twilio-approved');
  });
});
