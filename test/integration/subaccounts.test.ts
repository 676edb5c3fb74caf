import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simHttpClient } from '../../src/sim/sdk-client.js';
import { MAX_SUBACCOUNTS } from '../../src/sim/twilio/api2010/accounts.js';
import { assertValid, TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * Subaccounts as Twilio documents them (https://www.twilio.com/docs/iam/api/subaccounts): a main
 * account makes them, its Account SID + Auth Token reach their 2010 resources, a subaccount's
 * credentials reach only its own, and a suspended or closed one authenticates nothing.
 */
let sim: TestSim;
let parent: TestAccount;

beforeAll(async () => {
  sim = await TestSim.start();
  parent = await sim.account();
});
afterAll(() => sim.close());

/** The SDK as the docs show it for acting on a subaccount: parent credentials, the subaccount's SID as `accountSid`. */
function parentActingOn(subSid: string): twilio.Twilio {
  return twilio(parent.sid, parent.token, {
    accountSid: subSid,
    httpClient: simHttpClient(sim.url, { onResponse: (ex) => assertValid({ method: ex.method, url: ex.url, status: ex.status, body: ex.body ? JSON.parse(ex.body) : undefined }) }),
  });
}

describe('subaccounts', () => {
  it('creates a subaccount with its own SID and token, owned by the parent', async () => {
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'Franchise 12' });
    expect(sub.sid).toMatch(/^AC[0-9a-f]{32}$/);
    expect(sub.sid).not.toBe(parent.sid);
    expect(sub.authToken).toMatch(/^[0-9a-f]{32}$/);
    expect(sub.ownerAccountSid).toBe(parent.sid);
    expect(sub.status).toBe('active');
    expect(sub.friendlyName).toBe('Franchise 12');
    const fetched = await parent.client.api.v2010.accounts(sub.sid).fetch();
    expect(fetched.ownerAccountSid).toBe(parent.sid);
    const self = await parent.client.api.v2010.accounts(parent.sid).fetch();
    expect(self.ownerAccountSid).toBe(parent.sid);
  });

  it('names an unnamed subaccount as Twilio does, from the simulated clock', async () => {
    const sub = await parent.client.api.v2010.accounts.create();
    expect(sub.friendlyName).toMatch(/^SubAccount Created at \d{4}-\d{2}-\d{2} \d{2}:\d{2} (am|pm)$/);
  });

  it('lists the parent and its subaccounts, filtered by FriendlyName and Status; a subaccount sees only itself', async () => {
    const a = await parent.client.api.v2010.accounts.create({ friendlyName: 'List A' });
    const b = await parent.client.api.v2010.accounts.create({ friendlyName: 'List B' });
    await parent.client.api.v2010.accounts(b.sid).update({ status: 'suspended' });
    const all = await parent.client.api.v2010.accounts.list();
    const sids = all.map((x) => x.sid);
    expect(sids[0]).toBe(parent.sid);
    expect(sids).toEqual(expect.arrayContaining([a.sid, b.sid]));
    expect((await parent.client.api.v2010.accounts.list({ friendlyName: 'List A' })).map((x) => x.sid)).toEqual([a.sid]);
    const suspended = await parent.client.api.v2010.accounts.list({ status: 'suspended' });
    expect(suspended.map((x) => x.sid)).toEqual([b.sid]);
    const child = await sim.account(a.sid, a.authToken);
    expect((await child.client.api.v2010.accounts.list()).map((x) => x.sid)).toEqual([a.sid]);
    const bad = await parent.request('GET', '/api/2010-04-01/Accounts.json?Status=frozen');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Status');
  });

  it('a subaccount authenticates with its own credentials on every product, in a world of its own', async () => {
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'Own creds' });
    const child = await sim.account(sub.sid, sub.authToken);
    const service = await child.client.messaging.v1.services.create({ friendlyName: 'Child service' });
    expect(service.accountSid).toBe(sub.sid);
    const profile = await child.client.trusthub.v1.customerProfiles.create({ friendlyName: 'Child profile', email: 'owner@example.com', policySid: 'RNdfbf3fae0e1107f8aded0e7cead80bf5' });
    expect(profile.accountSid).toBe(sub.sid);
    expect(sim.sim.findWorld(sub.sid)).not.toBe(sim.sim.findWorld(parent.sid));
    // The parent's own Messaging v1 credentials see the parent's services, not the child's (v1 uses the credentials' account).
    const parentServices = await parent.client.messaging.v1.services.list();
    expect(parentServices.map((s) => s.sid)).not.toContain(service.sid);
    // Its own API key works like its Account SID + token, on v1 and on its 2010 path (the SDK's accountSid option).
    const key = await child.client.newKeys.create({ friendlyName: 'child key' });
    const viaKey = twilio(key.sid, key.secret!, {
      accountSid: sub.sid,
      httpClient: simHttpClient(sim.url, { onResponse: (ex) => assertValid({ method: ex.method, url: ex.url, status: ex.status, body: ex.body ? JSON.parse(ex.body) : undefined }) }),
    });
    expect((await viaKey.messaging.v1.services.list()).map((s) => s.sid)).toEqual([service.sid]);
    expect((await viaKey.api.v2010.accounts(sub.sid).fetch()).ownerAccountSid).toBe(parent.sid);
    const address = await viaKey.addresses.create({ customerName: 'Child', street: '2 Main St', city: 'Austin', region: 'TX', postalCode: '78701', isoCountry: 'US' });
    expect(address.accountSid).toBe(sub.sid);
  });

  it("the parent's Account SID + token act on a subaccount's 2010 resources by its SID in the path", async () => {
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'Acted on' });
    const asParent = parentActingOn(sub.sid);
    const address = await asParent.addresses.create({ customerName: 'Acme', street: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', isoCountry: 'US' });
    expect(address.accountSid).toBe(sub.sid);
    const child = await sim.account(sub.sid, sub.authToken);
    expect((await child.client.addresses.list()).map((a) => a.sid)).toEqual([address.sid]);
    expect((await parent.client.addresses.list()).map((a) => a.sid)).not.toContain(address.sid);
  });

  it("a parent's API key does not reach a subaccount, and a subaccount never reaches its parent or a sibling", async () => {
    const one = await parent.client.api.v2010.accounts.create({ friendlyName: 'Sibling one' });
    const two = await parent.client.api.v2010.accounts.create({ friendlyName: 'Sibling two' });
    const key = await parent.client.newKeys.create({ friendlyName: 'parent key' });
    const keyAuth = `Basic ${Buffer.from(`${key.sid}:${key.secret}`).toString('base64')}`;
    const viaKey = await parent.request('GET', `/api/2010-04-01/Accounts/${one.sid}/Addresses.json`, { headers: { authorization: keyAuth } });
    expect(viaKey.status).toBe(401);
    expect(viaKey.body.code).toBe(20003);
    const childOne = await sim.account(one.sid, one.authToken);
    const onParent = await childOne.request('GET', `/api/2010-04-01/Accounts/${parent.sid}/Addresses.json`);
    expect(onParent.status).toBe(401);
    expect(onParent.body.code).toBe(20003);
    const onSibling = await childOne.request('GET', `/api/2010-04-01/Accounts/${two.sid}/Addresses.json`);
    expect(onSibling.status).toBe(404);
    const siblingAccount = await childOne.request('GET', `/api/2010-04-01/Accounts/${two.sid}.json`);
    expect(siblingAccount.status).toBe(404);
    const childMakesSub = await childOne.request('POST', '/api/2010-04-01/Accounts.json', { form: { FriendlyName: 'grandchild' } });
    expect(childMakesSub.status).toBe(400);
    expect(childMakesSub.body.code).toBe(21101);
    expect((await parent.client.api.v2010.accounts.list({ friendlyName: 'grandchild' })).length).toBe(0);
  });

  it('a suspended subaccount authenticates nothing until reactivated; a closed one stays closed', async () => {
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'Standing' });
    const child = await sim.account(sub.sid, sub.authToken);
    const suspended = await parent.client.api.v2010.accounts(sub.sid).update({ status: 'suspended' });
    expect(suspended.status).toBe('suspended');
    const refused = await child.request('GET', '/messaging/v1/Services');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe(20003);
    const viaParent = await parent.request('GET', `/api/2010-04-01/Accounts/${sub.sid}/Messages.json`);
    expect(viaParent.status).toBe(401);
    // The parent still sees and manages it.
    expect((await parent.client.api.v2010.accounts(sub.sid).fetch()).status).toBe('suspended');
    await parent.client.api.v2010.accounts(sub.sid).update({ status: 'active' });
    expect((await child.request('GET', '/messaging/v1/Services')).status).toBe(200);

    await parent.client.api.v2010.accounts(sub.sid).update({ status: 'closed' });
    expect((await child.request('GET', '/messaging/v1/Services')).status).toBe(401);
    const reopen = await parent.request('POST', `/api/2010-04-01/Accounts/${sub.sid}.json`, { form: { Status: 'active' } });
    expect(reopen.status).toBe(400);
    expect(reopen.body.code).toBe(21479);
    expect((await parent.client.api.v2010.accounts(sub.sid).fetch()).status).toBe('closed');
  });

  it('refuses bad input naming the parameter and changes nothing', async () => {
    const before = (await parent.client.api.v2010.accounts.list()).length;
    const long = await parent.request('POST', '/api/2010-04-01/Accounts.json', { form: { FriendlyName: 'x'.repeat(65) } });
    expect(long.status).toBe(400);
    expect(long.body.message).toContain('FriendlyName');
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'Bad status' });
    const badStatus = await parent.request('POST', `/api/2010-04-01/Accounts/${sub.sid}.json`, { form: { Status: 'paused', FriendlyName: 'renamed' } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.message).toContain('Status');
    const after = await parent.client.api.v2010.accounts(sub.sid).fetch();
    expect(after.friendlyName).toBe('Bad status');
    expect((await parent.client.api.v2010.accounts.list()).length).toBe(before + 1);
    const mainSuspend = await parent.request('POST', `/api/2010-04-01/Accounts/${parent.sid}.json`, { form: { Status: 'suspended' } });
    expect(mainSuspend.status).toBe(400);
  });

  it("the admin API gives each subaccount's parent and status, for the dashboard's tree", async () => {
    const sub = await parent.client.api.v2010.accounts.create({ friendlyName: 'In the tree' });
    const res = await fetch(`${sim.url}/_sim/admin/accounts`, { headers: sim.adminHeaders });
    const { accounts } = (await res.json()) as { accounts: Array<{ sid: string; parentSid: string | null; status: string }> };
    expect(accounts.find((a) => a.sid === sub.sid)).toMatchObject({ parentSid: parent.sid, status: 'active' });
    expect(accounts.find((a) => a.sid === parent.sid)).toMatchObject({ parentSid: null, status: 'active' });
  });

  it('a subaccount outlives neither a reset of its parent, and keeps its parent through its own reset', async () => {
    const owner = await sim.account();
    const sub = await owner.client.api.v2010.accounts.create({ friendlyName: 'Reset me' });
    sim.sim.resetWorld(sub.sid);
    expect(sim.sim.findWorld(sub.sid)?.standing.owner).toBe(owner.sid);
    sim.sim.resetWorld(owner.sid);
    expect(sim.sim.findWorld(sub.sid)).toBeUndefined();
  });

  it('keeps a subaccount, its parent and its status across a restart of a --data simulator', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'a2p-sim-sub-')), 'data.json');
    const first = await TestSim.start({ dataFile: file });
    const owner = await first.account();
    const kept = await owner.client.api.v2010.accounts.create({ friendlyName: 'Kept' });
    const held = await owner.client.api.v2010.accounts.create({ friendlyName: 'Held' });
    await owner.client.api.v2010.accounts(held.sid).update({ status: 'suspended' });
    await owner.flush();
    await first.close();

    const second = await TestSim.start({ dataFile: file });
    try {
      const again = await second.account(owner.sid, owner.token);
      const listed = await again.client.api.v2010.accounts.list();
      expect(listed.map((a) => [a.sid, a.ownerAccountSid, a.status])).toEqual([
        [owner.sid, owner.sid, 'active'],
        [kept.sid, owner.sid, 'active'],
        [held.sid, owner.sid, 'suspended'],
      ]);
      const child = await second.account(kept.sid, kept.authToken);
      expect((await child.request('GET', '/messaging/v1/Services')).status).toBe(200);
      const refused = await again.request('GET', `/messaging/v1/Services`, { headers: { authorization: `Basic ${Buffer.from(`${held.sid}:${held.authToken}`).toString('base64')}` } });
      expect(refused.status).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('the subaccount quota', () => {
  it(`refuses the subaccount after Twilio's default ${MAX_SUBACCOUNTS} with 21480, changing nothing`, async () => {
    const own = await TestSim.start();
    try {
      const owner = await own.account();
      for (let i = 0; i < MAX_SUBACCOUNTS; i++) {
        const made = await owner.request('POST', '/api/2010-04-01/Accounts.json', { form: { FriendlyName: `Franchise ${i}` } });
        expect(made.status).toBe(201);
      }
      const refused = await owner.request('POST', '/api/2010-04-01/Accounts.json', { form: { FriendlyName: 'one too many' } });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 21480, message: 'Reached maximum number of subaccounts, please contact Twilio if you want to create more subaccounts.' });
      const listed = await owner.request('GET', '/api/2010-04-01/Accounts.json?FriendlyName=one+too+many');
      expect(listed.body.accounts).toEqual([]);
      const all = await owner.request('GET', '/api/2010-04-01/Accounts.json?PageSize=1000&Page=1');
      expect(all.body.accounts).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
