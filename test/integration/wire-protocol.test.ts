import { request as httpRequest } from 'node:http';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simHttpClient } from '../../src/sim/sdk-client.js';
import { newAccountSid, TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('wire protocol (FIDELITY §1)', () => {
  let sim: TestSim;
  let a: TestAccount;
  let b: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    a = await sim.account();
    b = await sim.account();
  });
  afterAll(() => sim.close());

  it('provisions an account on first use and then refuses any other token with 401 / 20003', async () => {
    const wrong = twilio(a.sid, 'not-the-token', { httpClient: simHttpClient(sim.url) });
    await expect(wrong.trusthub.v1.customerProfiles.list()).rejects.toMatchObject({ status: 401, code: 20003 });
    const res = await fetch(`${sim.url}/trusthub/v1/CustomerProfiles`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 20003, status: 401, more_info: 'https://www.twilio.com/docs/errors/20003' });
    const garbled = await fetch(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: 'Basic !!!not-base64' } });
    expect(garbled.status).toBe(401);
    const notAnAccount = await fetch(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: `Basic ${Buffer.from('XX123:tok').toString('base64')}` } });
    expect(notAnAccount.status).toBe(401);
  });

  it('keeps accounts isolated: another account’s SID is a 404, never a leak', async () => {
    const cp = await a.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'A only', policySid: SECONDARY });
    await expect(b.client.trusthub.v1.customerProfiles(cp.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(b.client.trusthub.v1.customerProfiles(cp.sid).remove()).rejects.toMatchObject({ status: 404 });
    expect(await b.client.trusthub.v1.customerProfiles.list()).toHaveLength(0);
    const res = await b.request('GET', `/api/2010-04-01/Accounts/${a.sid}/Addresses.json`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(20404);
    await expect(b.client.api.v2010.accounts(a.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('authenticates with an API key and secret created through the 2010 Keys resource', async () => {
    const key = await a.client.newKeys.create({ friendlyName: 'ci' });
    expect(key.sid).toMatch(/^SK[0-9a-f]{32}$/);
    expect(key.secret).toMatch(/^[0-9a-f]{32}$/);
    const viaKey = twilio(key.sid, key.secret, { accountSid: a.sid, httpClient: simHttpClient(sim.url) });
    const listed = await viaKey.trusthub.v1.customerProfiles.list();
    expect(listed.map((p) => p.friendlyName)).toContain('A only');
    const fetched = await a.client.keys(key.sid).fetch();
    expect(fetched).not.toHaveProperty('secret');
    const badSecret = twilio(key.sid, 'nope', { accountSid: a.sid, httpClient: simHttpClient(sim.url) });
    await expect(badSecret.trusthub.v1.customerProfiles.list()).rejects.toMatchObject({ status: 401 });
    await a.client.keys(key.sid).remove();
    await expect(viaKey.trusthub.v1.customerProfiles.list()).rejects.toMatchObject({ status: 401 });
  });

  it('names the missing or invalid parameter in a 400 and changes no state', async () => {
    const before = (await a.client.trusthub.v1.customerProfiles.list()).length;
    const missing = await a.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'x', PolicySid: SECONDARY } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ code: 20001, message: 'Missing required parameter Email in the post body', more_info: 'https://www.twilio.com/docs/errors/20001', status: 400 });
    const invalid = await a.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'x', Email: 'x@example.com', PolicySid: 'RN123' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(/PolicySid/);
    const badUrl = await a.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'x', Email: 'x@example.com', PolicySid: SECONDARY, StatusCallback: 'not a url' } });
    expect(badUrl.body.message).toMatch(/StatusCallback/);
    const badJson = await a.request('POST', '/trusthub/v1/EndUsers', { form: { FriendlyName: 'x', Type: 'authorized_representative_1', Attributes: '{not json' } });
    expect(badJson.body.message).toMatch(/Attributes/);
    const badType = await a.request('POST', '/trusthub/v1/EndUsers', { form: { FriendlyName: 'x', Type: 'no_such_type' } });
    expect(badType.body.message).toMatch(/Type/);
    const badAddress = await a.request('POST', `/api/2010-04-01/Accounts/${a.sid}/Addresses.json`, {
      form: { CustomerName: 'x', Street: 's', City: 'c', Region: 'CA', PostalCode: '1', IsoCountry: 'USA' },
    });
    expect(badAddress.body.message).toMatch(/IsoCountry/);
    expect((await a.client.trusthub.v1.customerProfiles.list()).length).toBe(before);
    expect(await a.client.trusthub.v1.endUsers.list()).toHaveLength(0);
  });

  it('decodes + and %20 as spaces, repeated keys as arrays, ignores unknown parameters', async () => {
    const res = await fetch(`${sim.url}/api/2010-04-01/Accounts/${a.sid}/Addresses.json`, {
      method: 'POST',
      headers: { authorization: a.auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'CustomerName=Acme+Inc&Street=1%20Main%20St&City=San+Francisco&Region=CA&PostalCode=94105&IsoCountry=US&Bogus=1',
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ customer_name: 'Acme Inc', street: '1 Main St', city: 'San Francisco' });
    expect(body.date_created).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    expect(body.uri).toBe(`/2010-04-01/Accounts/${a.sid}/Addresses/${body.sid}.json`);
  });

  it('pages lists with PageSize, Page and PageToken; the SDK follows next_page_url; PageSize > 1000 is 20007', async () => {
    const c = await sim.account();
    for (let i = 0; i < 7; i++) await c.client.trusthub.v1.endUsers.create({ friendlyName: `eu${i}`, type: 'authorized_representative_1' });
    const page = await c.request('GET', '/trusthub/v1/EndUsers?PageSize=3');
    expect(page.body.results).toHaveLength(3);
    expect(page.body.meta).toMatchObject({ page: 0, page_size: 3, key: 'results', previous_page_url: null, first_page_url: 'https://trusthub.twilio.com/v1/EndUsers?PageSize=3&Page=0' });
    expect(page.body.meta.next_page_url).toMatch(/^https:\/\/trusthub\.twilio\.com\/v1\/EndUsers\?PageSize=3&Page=1&PageToken=PAIT/);
    const all = await c.client.trusthub.v1.endUsers.list({ pageSize: 2 });
    expect(all.map((e) => e.friendlyName)).toEqual(['eu0', 'eu1', 'eu2', 'eu3', 'eu4', 'eu5', 'eu6']);
    const limited = await c.client.trusthub.v1.endUsers.list({ pageSize: 2, limit: 3 });
    expect(limited).toHaveLength(3);
    const tooBig = await c.request('GET', '/trusthub/v1/EndUsers?PageSize=1001');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.code).toBe(20007);
    for (let i = 0; i < 3; i++) await c.client.addresses.create({ city: 'c', customerName: `n${i}`, isoCountry: 'US', postalCode: '94105', region: 'CA', street: 's' });
    const flat = await c.request('GET', `/api/2010-04-01/Accounts/${c.sid}/Addresses.json?PageSize=2`);
    expect(flat.body).toMatchObject({ page: 0, page_size: 2, start: 0, end: 1, uri: `/2010-04-01/Accounts/${c.sid}/Addresses.json?PageSize=2&Page=0` });
    expect(flat.body.next_page_uri).toMatch(/^\/2010-04-01\/Accounts\/AC\w+\/Addresses\.json\?PageSize=2&Page=1&PageToken=PAAD/);
    expect(await c.client.addresses.list({ pageSize: 2 })).toHaveLength(3);
  });

  it('serves each product under its host prefix and at the bare path when Host is <product>.twilio.com', async () => {
    const viaHost = await rawGet(sim.running.port, '/v1/Policies', { host: 'trusthub.twilio.com', authorization: a.auth });
    expect(viaHost.status).toBe(200);
    expect(viaHost.body.results.length).toBeGreaterThanOrEqual(4);
    const viaHost2010 = await rawGet(sim.running.port, `/2010-04-01/Accounts/${a.sid}.json`, { host: 'api.twilio.com', authorization: a.auth });
    expect(viaHost2010.body.sid).toBe(a.sid);
    const unknown = await a.request('GET', '/trusthub/v1/NoSuchThing', { validate: false });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 20404, status: 404 });
  });

  it("names Twilio's own path in the 404 of an unknown route, never the simulator's prefix or its .json handling", async () => {
    const prefixed = await a.request('GET', '/trusthub/v1/Nope', { validate: false });
    expect(prefixed.body.message).toBe('The requested resource /v1/Nope was not found');
    const xml = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/Nope.xml`, { validate: false });
    expect(xml.status).toBe(404);
    expect(xml.body.message).toBe(`The requested resource /2010-04-01/Accounts/${a.sid}/Nope.xml was not found`);
    const json = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/Nope.json`, { validate: false });
    expect(json.body.message).toBe(`The requested resource /2010-04-01/Accounts/${a.sid}/Nope.json was not found`);
    const viaHost = await rawGet(sim.running.port, '/v1/Nope', { host: 'messaging.twilio.com', authorization: a.auth });
    expect(viaHost.body.message).toBe('The requested resource /v1/Nope was not found');
    const upload = await a.request('GET', '/numbers-upload/v2/Nope', { validate: false });
    expect(upload.body.message).toBe('The requested resource /v2/Nope was not found');
  });

  it('deletes with 204 and an empty body', async () => {
    const eu = await a.client.trusthub.v1.endUsers.create({ friendlyName: 'gone', type: 'authorized_representative_1' });
    const res = await a.request('DELETE', `/trusthub/v1/EndUsers/${eu.sid}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    await expect(a.client.trusthub.v1.endUsers(eu.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('serves the catalogue: policies with their requirements, end-user and document types by SID or name', async () => {
    const pol = await a.client.trusthub.v1.policies(SECONDARY).fetch();
    expect(pol.friendlyName).toBe('Secondary Customer Profile of type Business');
    expect((pol.requirements as any).end_user.map((e: any) => e.type)).toContain('customer_profile_business_information');
    const types = await a.client.trusthub.v1.endUserTypes.list();
    const rep = types.find((t) => t.machineName === 'authorized_representative_1')!;
    expect((await a.client.trusthub.v1.endUserTypes(rep.sid).fetch()).machineName).toBe('authorized_representative_1');
    expect((await a.client.trusthub.v1.endUserTypes('authorized_representative_1').fetch()).sid).toBe(rep.sid);
    expect((await a.client.trusthub.v1.supportingDocumentTypes.list()).map((t) => t.machineName)).toContain('customer_profile_address');
  });

  it('gives every SID its prefix and 32 lowercase hex digits, reproducibly under a seed', async () => {
    const seeded = async () => {
      const s = await TestSim.start({ seed: 'fixed' });
      const acct = await s.account(`AC${'1'.repeat(32)}`, 'tok');
      const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'x@example.com', friendlyName: 'x', policySid: SECONDARY });
      const eu = await acct.client.trusthub.v1.endUsers.create({ friendlyName: 'x', type: 'authorized_representative_1' });
      await s.close();
      return [cp.sid, eu.sid, cp.dateCreated.toISOString()];
    };
    const first = await seeded();
    expect(first[0]).toMatch(/^BU[0-9a-f]{32}$/);
    expect(first[1]).toMatch(/^IT[0-9a-f]{32}$/);
    expect(await seeded()).toEqual(first);
    expect(newAccountSid()).not.toBe(newAccountSid());
  });
});
