import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';
import { approvedBundle, createAddress } from './regulatory-support.js';

/**
 * The Numbers tie-in: a regulated number (here DE local, the regulation Twilio's own docs use as
 * the example) is bought only with a twilio-approved bundle for its regulation (21649,
 * https://twilio.com/en-us/changelog/regulated-number-bundle-provisioning-requirement).
 */
describe('buying regulated numbers with and without an approved bundle', () => {
  let sim: TestSim;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  it('refuses a DE local number without an approved DE local bundle (21649), and sells it with one', async () => {
    const [berlin] = await acct.client.availablePhoneNumbers('DE').local.list({ inLocality: 'Berlin', limit: 1 });
    const address = await createAddress(acct, 'DE');
    // An address alone is not enough for a regulated number.
    await expect(acct.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: address.sid })).rejects.toMatchObject({ status: 400, code: 21649 });

    // A bundle still in review, or for another regulation, does not do either.
    const rc = acct.client.numbers.v2.regulatoryCompliance;
    const pending = await rc.bundles.create({ isoCountry: 'DE', numberType: 'local', endUserType: 'business', friendlyName: 'pending', email: 'ops@example.com' });
    await rc.bundles(pending.sid).update({ status: 'pending-review' });
    const refused = acct.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: address.sid, bundleSid: pending.sid });
    await expect(refused).rejects.toMatchObject({ status: 400, code: 21649, message: `Bundle ${pending.sid} status is not twilio-approved (it is pending-review)` });
    const mobile = await approvedBundle(acct, 'DE', 'mobile');
    await expect(acct.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: address.sid, bundleSid: mobile.bundleSid })).rejects.toMatchObject({ code: 21649 });
    // Nor another account's bundle.
    const other = await sim.account();
    const foreign = await approvedBundle(other, 'DE', 'local');
    await expect(acct.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: address.sid, bundleSid: foreign.bundleSid })).rejects.toMatchObject({ code: 21649 });
    expect(await acct.client.incomingPhoneNumbers.list()).toHaveLength(0);

    const { bundleSid, addressSid } = await approvedBundle(acct, 'DE', 'local');
    const bought = await acct.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid, bundleSid });
    expect(bought).toMatchObject({ phoneNumber: berlin!.phoneNumber, bundleSid, addressSid });

    // A bundle with a number on it cannot be deleted (21648).
    await expect(rc.bundles(bundleSid).remove()).rejects.toMatchObject({ status: 400, code: 21648 });
    // Moving the number to a bundle that is not approved is refused like the purchase.
    await expect(acct.client.incomingPhoneNumbers(bought.sid).update({ bundleSid: pending.sid })).rejects.toMatchObject({ code: 21649 });
  });

  it('sells US numbers without any bundle, as Twilio does', async () => {
    const [sf] = await acct.client.availablePhoneNumbers('US').local.list({ areaCode: 415, limit: 1 });
    const bought = await acct.client.incomingPhoneNumbers.create({ phoneNumber: sf!.phoneNumber });
    expect(bought.bundleSid).toBeNull();
  });
});
