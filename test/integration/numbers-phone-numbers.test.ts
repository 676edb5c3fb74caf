import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milesBetween } from '../../src/sim/registry/numbers/search.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';
import { approvedBundle } from './regulatory-support.js';

const SEED = 'numbers-suite';

function digits(e164: string): string {
  return e164.replace(/^\+/, '');
}

describe('API 2010 AvailablePhoneNumbers and IncomingPhoneNumbers through the official SDK', () => {
  let sim: TestSim;
  let a: TestAccount;
  let b: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: SEED });
    a = await sim.account();
    b = await sim.account();
  });
  afterAll(() => sim.close());

  it('lists the countries on sale with the number types each offers, and 404s the rest', async () => {
    const countries = await a.client.availablePhoneNumbers.list();
    expect(countries.map((c) => c.countryCode).sort()).toEqual(['AU', 'CA', 'DE', 'FR', 'GB', 'US']);
    const us = await a.client.availablePhoneNumbers('US').fetch();
    expect(us).toMatchObject({ countryCode: 'US', country: 'United States', beta: false, uri: `/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US.json` });
    expect(us.subresourceUris).toEqual({
      local: `/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/Local.json`,
      toll_free: `/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/TollFree.json`,
    });
    const de = await a.client.availablePhoneNumbers('DE').fetch();
    expect(Object.keys(de.subresourceUris).sort()).toEqual(['local', 'mobile', 'national', 'toll_free']);
    await expect(a.client.availablePhoneNumbers('ZZ').fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(a.client.availablePhoneNumbers('US').mobile.list()).rejects.toMatchObject({ status: 404 });
  });

  it('finds realistic local numbers in an area code: 30 by default, with locality, rate center, LATA, ZIP and capabilities', async () => {
    const found = await a.client.availablePhoneNumbers('US').local.list({ areaCode: 415 });
    expect(found).toHaveLength(30);
    expect(new Set(found.map((n) => n.phoneNumber)).size).toBe(30);
    for (const n of found) {
      expect(n.phoneNumber).toMatch(/^\+1415[2-9]\d{6}$/);
      expect(n.friendlyName).toBe(`(415) ${n.phoneNumber.slice(5, 8)}-${n.phoneNumber.slice(8)}`);
      expect(n).toMatchObject({ isoCountry: 'US', region: 'CA', locality: 'San Francisco', rateCenter: 'SNFC CNTRL', lata: '722', addressRequirements: 'none', beta: false });
      expect(['94102', '94103', '94105', '94110']).toContain(n.postalCode);
      expect(n.latitude).toBeCloseTo(37.7749, 3);
      expect(n.capabilities.voice).toBe(true);
    }
    // Most numbers do SMS and MMS; a few are voice-only, some fax-capable: the filters have something to select.
    expect(found.filter((n) => n.capabilities.sms).length).toBeGreaterThan(20);
  });

  it('gives the same numbers for the same search under the same seed, and other numbers under another seed', async () => {
    const query = { areaCode: 512, limit: 10 };
    const first = (await a.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber);
    const again = (await b.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber);
    expect(again).toEqual(first);
    const twin = await TestSim.start({ seed: SEED });
    const other = await TestSim.start({ seed: 'another-seed' });
    try {
      const twinAcct = await twin.account();
      const otherAcct = await other.account();
      expect((await twinAcct.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber)).toEqual(first);
      const different = (await otherAcct.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber);
      expect(different).toHaveLength(10);
      expect(different).not.toEqual(first);
    } finally {
      await twin.close();
      await other.close();
    }
  });

  it('applies Contains with letters and wildcards, InRegion, InPostalCode, InLocality, InRateCenter, InLata, capabilities and Near filters', async () => {
    const local = a.client.availablePhoneNumbers('US').local;
    const storm = await local.list({ contains: 'STORM', limit: 5 });
    expect(storm).toHaveLength(5);
    for (const n of storm) expect(digits(n.phoneNumber)).toContain('78676');
    const wild = await local.list({ contains: '510***77', limit: 5 });
    expect(wild).toHaveLength(5);
    for (const n of wild) expect(digits(n.phoneNumber)).toMatch(/510\d\d\d77/);

    const texas = await local.list({ inRegion: 'TX', limit: 20 });
    expect(texas).toHaveLength(20);
    expect(new Set(texas.map((n) => n.region))).toEqual(new Set(['TX']));
    const zip = await local.list({ inPostalCode: '94103', limit: 5 });
    expect(zip.map((n) => n.postalCode)).toEqual(Array(5).fill('94103'));
    const berkeley = await local.list({ areaCode: 510, inLocality: 'Berkeley', limit: 5 });
    expect(berkeley.map((n) => n.locality)).toEqual(Array(5).fill('Berkeley'));
    const rateCenter = await local.list({ inRateCenter: 'NWYRCYZN01', limit: 3 });
    expect(rateCenter.every((n) => n.phoneNumber.startsWith('+1212'))).toBe(true);
    const lata = await local.list({ inLata: '834', limit: 6 });
    expect(lata.every((n) => n.region === 'HI')).toBe(true);

    const voiceOnly = await local.list({ smsEnabled: false, limit: 3 });
    expect(voiceOnly).toHaveLength(3);
    expect(voiceOnly.every((n) => !n.capabilities.sms && !n.capabilities.mms && n.capabilities.voice)).toBe(true);
    const fax = await local.list({ faxEnabled: true, mmsEnabled: true, limit: 3 });
    expect(fax.every((n) => n.capabilities.fax && n.capabilities.mms)).toBe(true);

    const nearSeattle = await local.list({ nearLatLong: '47.61,-122.33', distance: 15, limit: 10 });
    expect(nearSeattle.length).toBe(10);
    expect(new Set(nearSeattle.map((n) => n.locality)).size).toBeGreaterThan(1);
    expect(nearSeattle.every((n) => ['Seattle', 'Bellevue'].includes(n.locality))).toBe(true);

    const nearNumber = await local.list({ nearNumber: '+12125550100', distance: 10, limit: 5 });
    expect(nearNumber).toHaveLength(5);
    // +1 212 555-0100 is placed at Manhattan (its area code's locality); Jersey City and Newark are within 10 miles too.
    expect(nearNumber.every((n) => milesBetween({ latitude: 40.7128, longitude: -74.006 }, { latitude: n.latitude, longitude: n.longitude }) <= 10)).toBe(true);
    expect(nearNumber.some((n) => n.region === 'NY')).toBe(true);

    const few = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/Local.json?AreaCode=415&PageSize=3`);
    expect(few.body.available_phone_numbers).toHaveLength(3);
    expect(few.body).toMatchObject({ page: 0, page_size: 3, next_page_uri: null, uri: `/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/Local.json?AreaCode=415&PageSize=3&Page=0` });
  });

  it('sells toll-free and international numbers with their address requirements', async () => {
    const tf = await a.client.availablePhoneNumbers('US').tollFree.list({ areaCode: 888, limit: 5 });
    expect(tf).toHaveLength(5);
    for (const n of tf) {
      expect(n.phoneNumber).toMatch(/^\+1888[2-9]\d{6}$/);
      expect(n).toMatchObject({ isoCountry: 'US', locality: null, region: null, lata: null, addressRequirements: 'none' });
      expect(n.capabilities).toEqual({ voice: true, sms: true, mms: true, fax: n.capabilities.fax });
    }
    const berlin = await a.client.availablePhoneNumbers('DE').local.list({ inLocality: 'Berlin', limit: 5 });
    expect(berlin).toHaveLength(5);
    for (const n of berlin) expect(n).toMatchObject({ isoCountry: 'DE', region: 'BE', locality: 'Berlin', addressRequirements: 'local', friendlyName: n.phoneNumber });
    expect(berlin[0]!.phoneNumber).toMatch(/^\+4930\d{8}$/);
    expect(await a.client.availablePhoneNumbers('DE').local.list({ excludeLocalAddressRequired: true })).toHaveLength(0);
    const gbMobile = await a.client.availablePhoneNumbers('GB').mobile.list({ smsEnabled: true, limit: 3 });
    expect(gbMobile.every((n) => /^\+447\d{9}$/.test(n.phoneNumber) && n.capabilities.sms && n.addressRequirements === 'any')).toBe(true);
    const au = await a.client.availablePhoneNumbers('AU').tollFree.list({ limit: 2 });
    expect(au.every((n) => /^\+611800\d{6}$/.test(n.phoneNumber))).toBe(true);
    const ca = await a.client.availablePhoneNumbers('CA').local.list({ areaCode: 604, limit: 2 });
    expect(ca.every((n) => n.isoCountry === 'CA' && n.region === 'BC' && n.lata === null)).toBe(true);
  });

  it('refuses malformed searches with a 400 that names the parameter', async () => {
    const base = `/api/2010-04-01/Accounts/${a.sid}/AvailablePhoneNumbers/US/Local.json`;
    const contains = await a.request('GET', `${base}?Contains=5`);
    expect(contains.status).toBe(400);
    expect(contains.body.message).toMatch(/Contains/);
    const area = await a.request('GET', `${base}?AreaCode=123`);
    expect(area.body).toMatchObject({ status: 400, code: 21451 });
    expect(area.body.message).toMatch(/AreaCode/);
    const distance = await a.request('GET', `${base}?NearLatLong=37.7,-122.4&Distance=900`);
    expect(distance.body.message).toMatch(/Distance/);
  });

  it('buys a searched number, never shows it to anyone again, and refuses it to another account with 21422', async () => {
    const [first] = await a.client.availablePhoneNumbers('US').local.list({ areaCode: 415, limit: 1 });
    const bought = await a.client.incomingPhoneNumbers.create({ phoneNumber: first!.phoneNumber, friendlyName: 'Main line', smsUrl: 'https://example.com/sms' });
    expect(bought.sid).toMatch(/^PN[0-9a-f]{32}$/);
    expect(bought).toMatchObject({
      phoneNumber: first!.phoneNumber,
      friendlyName: 'Main line',
      accountSid: a.sid,
      capabilities: first!.capabilities,
      addressRequirements: 'none',
      smsUrl: 'https://example.com/sms',
      smsMethod: 'POST',
      status: 'in-use',
      origin: 'twilio',
      type: 'local',
      uri: `/2010-04-01/Accounts/${a.sid}/IncomingPhoneNumbers/${bought.sid}.json`,
    });
    for (const acct of [a, b]) {
      const again = await acct.client.availablePhoneNumbers('US').local.list({ areaCode: 415 });
      expect(again.map((n) => n.phoneNumber)).not.toContain(first!.phoneNumber);
      expect(again).toHaveLength(30);
    }
    await expect(b.client.incomingPhoneNumbers.create({ phoneNumber: first!.phoneNumber })).rejects.toMatchObject({ status: 400, code: 21422 });
    await expect(a.client.incomingPhoneNumbers.create({ phoneNumber: first!.phoneNumber })).rejects.toMatchObject({ code: 21422 });
    expect(await b.client.incomingPhoneNumbers.list()).toHaveLength(0);
    expect((await a.client.incomingPhoneNumbers.list({ phoneNumber: first!.phoneNumber })).map((n) => n.sid)).toEqual([bought.sid]);
  });

  it('buys by area code, and answers 21451, 21452, 21421, 21422 and a missing number with Twilio’s errors', async () => {
    const c = await sim.account();
    const byArea = await c.client.incomingPhoneNumbers.create({ areaCode: '206' });
    expect(byArea.phoneNumber).toMatch(/^\+1206/);
    const fetched = await c.client.incomingPhoneNumbers(byArea.sid).fetch();
    expect(fetched.phoneNumber).toBe(byArea.phoneNumber);
    const tollFree = await c.client.incomingPhoneNumbers.create({ areaCode: '877' });
    expect(tollFree).toMatchObject({ type: 'tollfree' });
    expect(tollFree.phoneNumber).toMatch(/^\+1877/);

    await expect(c.client.incomingPhoneNumbers.create({ areaCode: '123' })).rejects.toMatchObject({ status: 400, code: 21451 });
    await expect(c.client.incomingPhoneNumbers.create({ areaCode: '999' })).rejects.toMatchObject({ code: 21451 });
    // 226 is a real (Ontario) area code the simulated inventory has no numbers in.
    await expect(c.client.incomingPhoneNumbers.create({ areaCode: '226' })).rejects.toMatchObject({ code: 21452 });
    await expect(c.client.incomingPhoneNumbers.create({ phoneNumber: '4155550100' })).rejects.toMatchObject({ code: 21421 });
    // Twilio's magic "unavailable" number, and a number in an exchange that is never sold.
    await expect(c.client.incomingPhoneNumbers.create({ phoneNumber: '+15005550000' })).rejects.toMatchObject({ code: 21422 });
    await expect(c.client.incomingPhoneNumbers.create({ phoneNumber: '+14155550123' })).rejects.toMatchObject({ code: 21422 });
    const missing = await c.request('POST', `/api/2010-04-01/Accounts/${c.sid}/IncomingPhoneNumbers.json`, { form: { FriendlyName: 'nothing to buy' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/PhoneNumber or AreaCode/);
    expect((await c.client.incomingPhoneNumbers.list()).map((n) => n.sid).sort()).toEqual([byArea.sid, tollFree.sid].sort());
  });

  it('serves the Local, TollFree and Mobile views: lists by type, buys by type, 21457 and 21458', async () => {
    const d = await sim.account();
    const [tf] = await d.client.availablePhoneNumbers('US').tollFree.list({ limit: 1 });
    const [local] = await d.client.availablePhoneNumbers('US').local.list({ areaCode: 303, limit: 1 });
    await expect(d.client.incomingPhoneNumbers.local.create({ phoneNumber: tf!.phoneNumber })).rejects.toMatchObject({ code: 21458 });
    const viaTollFree = await d.client.incomingPhoneNumbers.tollFree.create({ phoneNumber: tf!.phoneNumber });
    expect(viaTollFree).not.toHaveProperty('type');
    const viaLocal = await d.client.incomingPhoneNumbers.local.create({ phoneNumber: local!.phoneNumber });
    const areaOnLocal = await d.request('POST', `/api/2010-04-01/Accounts/${d.sid}/IncomingPhoneNumbers/Local.json`, { form: { AreaCode: '303' } });
    expect(areaOnLocal.body.code).toBe(21457);
    expect((await d.client.incomingPhoneNumbers.local.list()).map((n) => n.sid)).toEqual([viaLocal.sid]);
    expect((await d.client.incomingPhoneNumbers.tollFree.list()).map((n) => n.sid)).toEqual([viaTollFree.sid]);
    expect(await d.client.incomingPhoneNumbers.mobile.list()).toHaveLength(0);
    expect(await d.client.incomingPhoneNumbers.list()).toHaveLength(2);
  });

  it('updates a number’s configuration and refuses a bad value without changing anything', async () => {
    const e = await sim.account();
    const num = await e.client.incomingPhoneNumbers.create({ areaCode: '312' });
    const updated = await e.client
      .incomingPhoneNumbers(num.sid)
      .update({ friendlyName: 'Support', voiceUrl: 'https://example.com/voice', voiceMethod: 'GET', statusCallback: 'https://example.com/status' });
    expect(updated).toMatchObject({ friendlyName: 'Support', voiceUrl: 'https://example.com/voice', voiceMethod: 'GET', statusCallback: 'https://example.com/status', phoneNumber: num.phoneNumber });
    const bad = await e.request('POST', `/api/2010-04-01/Accounts/${e.sid}/IncomingPhoneNumbers/${num.sid}.json`, { form: { FriendlyName: 'Changed', SmsMethod: 'PUT' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/SmsMethod/);
    expect((await e.client.incomingPhoneNumbers(num.sid).fetch()).friendlyName).toBe('Support');
    await expect(b.client.incomingPhoneNumbers(num.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('releases a number back to the pool: it reappears in the same search and another account can buy it', async () => {
    const f = await sim.account();
    const query = { areaCode: 713, limit: 5 };
    const before = (await f.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber);
    const bought = await f.client.incomingPhoneNumbers.create({ phoneNumber: before[2]! });
    expect((await f.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber)).not.toContain(before[2]);
    expect(await f.client.incomingPhoneNumbers(bought.sid).remove()).toBe(true);
    await expect(f.client.incomingPhoneNumbers(bought.sid).fetch()).rejects.toMatchObject({ status: 404 });
    expect((await f.client.availablePhoneNumbers('US').local.list(query)).map((n) => n.phoneNumber)).toEqual(before);
    const rebought = await b.client.incomingPhoneNumbers.create({ phoneNumber: before[2]! });
    expect(rebought.accountSid).toBe(b.sid);
    await b.client.incomingPhoneNumbers(rebought.sid).remove();
  });

  it('returns the numbers of a removed account to the pool', async () => {
    const g = await sim.account();
    const num = await g.client.incomingPhoneNumbers.create({ areaCode: '617' });
    const res = await fetch(`${sim.url}/_sim/reset`, { method: 'POST', headers: { authorization: g.auth } });
    expect(res.status).toBe(200);
    const again = await b.client.incomingPhoneNumbers.create({ phoneNumber: num.phoneNumber });
    expect(again.phoneNumber).toBe(num.phoneNumber);
  });

  it('requires an AddressSid that satisfies the number’s address requirement (21631)', async () => {
    const h = await sim.account();
    const [berlin] = await h.client.availablePhoneNumbers('DE').local.list({ inLocality: 'Berlin', limit: 1 });
    const usAddress = await h.client.addresses.create({ customerName: 'Acme', street: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', isoCountry: 'US' });
    const deAddress = await h.client.addresses.create({ customerName: 'Acme GmbH', street: 'Unter den Linden 1', city: 'Berlin', region: 'BE', postalCode: '10117', isoCountry: 'DE' });
    await expect(h.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber })).rejects.toMatchObject({ status: 400, code: 21631 });
    await expect(h.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: usAddress.sid })).rejects.toMatchObject({ code: 21631 });
    await expect(h.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: 'AD00000000000000000000000000000000' })).rejects.toMatchObject({ code: 21631 });
    expect(await h.client.incomingPhoneNumbers.list()).toHaveLength(0);
    // DE local numbers are regulated: they also need an approved bundle (21649, test/integration/regulatory-purchase.test.ts).
    const { bundleSid } = await approvedBundle(h, 'DE', 'local');
    const bought = await h.client.incomingPhoneNumbers.create({ phoneNumber: berlin!.phoneNumber, addressSid: deAddress.sid, emergencyAddressSid: deAddress.sid, bundleSid });
    expect(bought).toMatchObject({ addressSid: deAddress.sid, addressRequirements: 'local', emergencyAddressSid: deAddress.sid, emergencyAddressStatus: 'registered', bundleSid });
    await expect(h.client.incomingPhoneNumbers(bought.sid).update({ addressSid: usAddress.sid })).rejects.toMatchObject({ code: 21631 });
  });
});
