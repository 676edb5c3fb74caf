import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';
import { approvedBundle, createAddress } from './regulatory-support.js';

/**
 * AvailablePhoneNumbers by type: National (non-geographic GB 03, DE 032, FR 09 numbers, from the
 * number plan in fixtures/numbers/), Mobile, and the types no country sells here (Voip, SharedCost,
 * MachineToMachine: 404 like any type a country lacks). A national number is regulated: it is
 * bought with an approved national bundle, else 21649.
 */
describe('AvailablePhoneNumbers by type, and buying a national number', () => {
  let sim: TestSim;
  let a: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'numbers-by-type' });
    a = await sim.account();
  });

  afterAll(async () => {
    await sim.close();
  });

  it.each([
    ['GB', /^\+443(30|33|45|70)\d{7}$/],
    ['DE', /^\+4932\d{8}$/],
    ['FR', /^\+339\d{8}$/],
  ])('finds %s national numbers: voice-only, an address anywhere, listed on the country', async (iso, shape) => {
    const found = await a.client.availablePhoneNumbers(iso).national.list({ limit: 5 });
    expect(found).toHaveLength(5);
    for (const n of found) {
      expect(n.phoneNumber).toMatch(shape);
      expect(n).toMatchObject({ isoCountry: iso, addressRequirements: 'any', beta: false, capabilities: { voice: true, sms: false, mms: false } });
    }
    const country = await a.client.availablePhoneNumbers(iso).fetch();
    expect(country.subresourceUris.national).toBe(`/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/${iso}/National.json`);
    const viaLink = await a.request('GET', `/api${country.subresourceUris.national}?PageSize=3`);
    expect(viaLink.body.available_phone_numbers).toHaveLength(3);
    // The same query draws the same numbers.
    expect((await a.client.availablePhoneNumbers(iso).national.list({ limit: 5 })).map((n) => n.phoneNumber)).toEqual(found.map((n) => n.phoneNumber));
  });

  it('filters national numbers by AreaCode (a national prefix) and Contains', async () => {
    const found = await a.client.availablePhoneNumbers('GB').national.list({ areaCode: 345, limit: 3 });
    expect(found.map((n) => n.phoneNumber.slice(0, 6))).toEqual(['+44345', '+44345', '+44345']);
    const [withPattern] = await a.client.availablePhoneNumbers('GB').national.list({ contains: '333*77', limit: 1 });
    expect(withPattern!.phoneNumber.slice(1)).toMatch(/333\d77/);
  });

  it('searches mobile numbers, and answers 404 for a type the country does not have', async () => {
    const mobiles = await a.client.availablePhoneNumbers('DE').mobile.list({ limit: 2 });
    expect(mobiles.map((m) => m.capabilities.sms)).toEqual([true, true]);
    const us = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/National.json`, { validate: false });
    expect(us.status).toBe(404);
    expect(us.body.code).toBe(20404);
    for (const segment of ['Voip', 'SharedCost', 'MachineToMachine']) {
      const res = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/GB/${segment}.json`, { validate: false });
      expect(res.status).toBe(404);
    }
    await expect(a.client.availablePhoneNumbers('FR').voip.list()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(a.client.availablePhoneNumbers('DE').sharedCost.list()).rejects.toMatchObject({ status: 404 });
    await expect(a.client.availablePhoneNumbers('GB').machineToMachine.list()).rejects.toMatchObject({ status: 404 });
  });

  it('buys a GB national number only with an approved GB national bundle (21649 without), and reports it as type national', async () => {
    const [n] = await a.client.availablePhoneNumbers('GB').national.list({ limit: 1 });
    const address = await createAddress(a, 'GB');
    await expect(a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber })).rejects.toMatchObject({ status: 400, code: 21631 });
    await expect(a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber, addressSid: address.sid })).rejects.toMatchObject({ status: 400, code: 21649 });
    const local = await approvedBundle(a, 'GB', 'local');
    await expect(a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber, addressSid: local.addressSid, bundleSid: local.bundleSid })).rejects.toMatchObject({ code: 21649 });
    expect(await a.client.incomingPhoneNumbers.list()).toHaveLength(0);

    const { bundleSid, addressSid } = await approvedBundle(a, 'GB', 'national');
    const bought = await a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber, addressSid, bundleSid });
    expect(bought).toMatchObject({ phoneNumber: n!.phoneNumber, bundleSid, addressSid, type: 'national', addressRequirements: 'any' });
    // Bought: it is no longer on sale.
    const again = await a.client.availablePhoneNumbers('GB').national.list({ contains: n!.phoneNumber.slice(3), limit: 30 });
    expect(again.map((x) => x.phoneNumber)).not.toContain(n!.phoneNumber);
    // Not a local number: the Local view refuses it by type.
    const [other] = await a.client.availablePhoneNumbers('GB').national.list({ limit: 1 });
    await expect(a.client.incomingPhoneNumbers.local.create({ phoneNumber: other!.phoneNumber, addressSid, bundleSid })).rejects.toMatchObject({ code: 21458 });
  });
});
