import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';

describe('API 2010 Addresses/{AddressSid}/DependentPhoneNumbers: the numbers that name the address', () => {
  let sim: TestSim;
  let a: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'address-dependents' });
    a = await sim.account();
  });

  afterAll(async () => {
    await sim.close();
  });

  it('lists exactly the numbers whose AddressSid is the address, following purchases, updates and releases', async () => {
    const address = await a.client.addresses.create({ customerName: 'Acme Inc', street: '1 Main St', city: 'San Francisco', region: 'CA', postalCode: '94105', isoCountry: 'US' });
    const other = await a.client.addresses.create({ customerName: 'Other LLC', street: '2 Side St', city: 'Austin', region: 'TX', postalCode: '73301', isoCountry: 'US' });
    expect(await a.client.addresses(address.sid).dependentPhoneNumbers.list()).toEqual([]);

    const first = await a.client.incomingPhoneNumbers.create({ areaCode: '415', addressSid: address.sid });
    const second = await a.client.incomingPhoneNumbers.create({ areaCode: '512' });
    const third = await a.client.incomingPhoneNumbers.create({ areaCode: '212', addressSid: other.sid });
    await a.client.incomingPhoneNumbers(second.sid).update({ addressSid: address.sid });

    const dependents = await a.client.addresses(address.sid).dependentPhoneNumbers.list();
    expect(dependents.map((d) => d.sid)).toEqual([first.sid, second.sid]);
    expect(dependents[0]).toMatchObject({
      sid: first.sid,
      accountSid: a.sid,
      phoneNumber: first.phoneNumber,
      addressRequirements: 'none',
      emergencyStatus: 'Inactive',
      uri: `/2010-04-01/Accounts/${a.sid}/IncomingPhoneNumbers/${first.sid}.json`,
    });
    expect((await a.client.addresses(other.sid).dependentPhoneNumbers.list()).map((d) => d.sid)).toEqual([third.sid]);

    await a.client.incomingPhoneNumbers(third.sid).update({ addressSid: address.sid });
    await a.client.incomingPhoneNumbers(first.sid).remove();
    expect((await a.client.addresses(address.sid).dependentPhoneNumbers.list()).map((d) => d.sid)).toEqual([second.sid, third.sid]);
    expect(await a.client.addresses(other.sid).dependentPhoneNumbers.list()).toEqual([]);
  });

  it('is a 404 for an address the account does not have', async () => {
    const res = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/Addresses/AD${'0'.repeat(32)}/DependentPhoneNumbers.json`, { validate: false });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(20404);
  });
});
