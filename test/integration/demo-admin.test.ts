import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

/** The cross-account admin API behind the dashboard (`/_sim/admin`). */
describe('admin API', () => {
  let sim: TestSim;
  let acct: TestAccount;
  let other: TestAccount;
  let receiver: Receiver;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${sim.url}/_sim/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...sim.adminHeaders, ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
    acct = await sim.account();
    other = await sim.account();
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('lists every account with its clock, and one account’s resources grouped by product with statuses and outcomes', async () => {
    const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Admin view profile', policySid: SECONDARY, statusCallback: receiver.at('/cp') });
    const list = await call('GET', '/accounts');
    expect(list.body.accounts.map((a: { sid: string }) => a.sid)).toEqual(expect.arrayContaining([acct.sid, other.sid]));
    expect(list.body.accounts.find((a: { sid: string }) => a.sid === acct.sid).clock.frozen).toBe(true);
    const detail = await call('GET', `/accounts/${acct.sid}`);
    const trusthub = detail.body.products.find((p: { product: string }) => p.product === 'trusthub');
    const group = trusthub.groups.find((g: { table: string }) => g.table === 'trusthub.customer_profiles');
    expect(group.outcomes).toEqual(['twilio-approved', 'twilio-rejected']);
    expect(group.items).toEqual([expect.objectContaining({ sid: cp.sid, label: 'Admin view profile', status: 'draft' })]);
    // The resource as the API serves it, with nothing of another account.
    const one = await call('GET', `/accounts/${acct.sid}/resources/${cp.sid}`);
    expect(one.body.wire).toMatchObject({ sid: cp.sid, status: 'draft', friendly_name: 'Admin view profile' });
    expect((await call('GET', `/accounts/${other.sid}/resources/${cp.sid}`)).status).toBe(404);
  });

  it('forces an outcome (refusing one the resource cannot take), advances the clock and logs the signed callback', async () => {
    const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Forced', policySid: SECONDARY, statusCallback: receiver.at('/forced') });
    expect((await call('POST', `/accounts/${acct.sid}/overrides`, { sid: cp.sid, outcome: 'APPROVED' })).body.message).toMatch(/cannot be forced to "APPROVED".*twilio-approved, twilio-rejected/);
    expect((await call('POST', `/accounts/${acct.sid}/overrides`, { sid: 'BU00000000000000000000000000000000', outcome: 'twilio-rejected' })).status).toBe(404);
    expect((await call('POST', `/accounts/${acct.sid}/overrides`, { outcome: 'twilio-rejected' })).status).toBe(400);
    const forced = await call('POST', `/accounts/${acct.sid}/overrides`, { sid: cp.sid, outcome: 'twilio-rejected', reason: 'Forced by the admin test.' });
    expect(forced.status).toBe(201);
    await acct.client.trusthub.v1.customerProfiles(cp.sid).update({ status: 'pending-review' });
    const settled = await call('POST', `/accounts/${acct.sid}/clock/advance`, { until: 'settled' });
    expect(settled.body.fired).toBeGreaterThan(0);
    await call('POST', `/accounts/${acct.sid}/deliveries/flush`, {});
    expect((await acct.client.trusthub.v1.customerProfiles(cp.sid).fetch()).status).toBe('twilio-rejected');
    const deliveries = (await call('GET', `/accounts/${acct.sid}/deliveries?sid=${cp.sid}`)).body.deliveries;
    const rejected = deliveries.find((d: { event: string }) => d.event === 'twilio-rejected');
    expect(rejected).toMatchObject({ channel: 'status-callback', state: 'delivered', lastStatus: 200, signature: { header: 'X-Twilio-Signature', valid: true } });
    // The dashboard's check agrees with the SDK's.
    const received = receiver.received.find((r) => r.path === '/forced' && r.form.Status === 'twilio-rejected')!;
    expect(twilio.validateRequest(acct.token, String(received.headers['x-twilio-signature']), received.url, received.form)).toBe(true);
    const timeline = (await call('GET', `/accounts/${acct.sid}/timeline`)).body.timeline;
    expect(timeline.filter((e: { sid: string }) => e.sid === cp.sid).map((e: { to: string }) => e.to)).toEqual(['twilio-rejected', 'in-review', 'pending-review']);
  });

  it('validates clock requests and says how to fix them', async () => {
    expect((await call('POST', `/accounts/${acct.sid}/clock/advance`, { seconds: -1 })).body.message).toMatch(/^Failed to advance the clock: .* Please send/);
    expect((await call('POST', `/accounts/${acct.sid}/clock/speed`, { speed: 0 })).status).toBe(400);
    expect((await call('POST', `/accounts/${acct.sid}/clock/speed`, { speed: 60 })).body.clock.speed).toBe(60);
    expect((await call('GET', '/accounts/AC00000000000000000000000000000000')).status).toBe(404);
  });

  it('searches across accounts by SID, by phone number digits and by name', async () => {
    const [available] = await other.client.availablePhoneNumbers('US').local.list({ limit: 1 });
    const number = await other.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber, friendlyName: 'Searchable line' });
    const bySid = (await call('GET', `/search?q=${number.sid}`)).body.results;
    expect(bySid).toEqual([expect.objectContaining({ accountSid: other.sid, sid: number.sid, match: 'sid' })]);
    const byDigits = (await call('GET', `/search?q=${encodeURIComponent(number.phoneNumber.slice(-7))}`)).body.results;
    expect(byDigits).toEqual([expect.objectContaining({ sid: number.sid, match: 'phone number' })]);
    const byName = (await call('GET', '/search?q=searchable')).body.results;
    expect(byName.map((r: { sid: string }) => r.sid)).toContain(number.sid);
    expect((await call('GET', `/search?q=${acct.sid}`)).body.results[0]).toMatchObject({ kind: 'account', sid: acct.sid });
  });

  it('resets one account (keeping its credentials) or everything', async () => {
    const reset = await call('POST', `/accounts/${other.sid}/reset`, {});
    expect(reset.body).toEqual({ reset: other.sid });
    expect(sim.sim.findWorld(other.sid)!.tableNames()).toEqual([]);
    expect((await other.request('GET', `/api/2010-04-01/Accounts/${other.sid}/IncomingPhoneNumbers.json`)).body.incoming_phone_numbers).toEqual([]);
    const all = await call('POST', '/reset', {});
    expect(all.body.removed).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/accounts')).body.accounts).toEqual([]);
  });

  it('serves the dashboard page and its assets without a CDN', async () => {
    const page = await fetch(`${sim.url}/_sim/ui`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of ['app.js', 'app.css']) expect((await fetch(`${sim.url}/_sim/ui/${asset}`)).status).toBe(200);
  });
});

describe('admin API guard', () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await TestSim.start({ adminToken: 'secret-admin-token' });
  });
  afterAll(() => sim.close());

  it('with an admin token, refuses requests without it and accepts it as a bearer token or header', async () => {
    const none = await fetch(`${sim.url}/_sim/admin/accounts`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { message: string }).message).toMatch(/^Failed to open the admin API: .* Please send it/);
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: { authorization: 'Bearer wrong-token-value' } })).status).toBe(401);
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: { authorization: 'Bearer secret-admin-token' } })).status).toBe(200);
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: { 'x-sim-admin-token': 'secret-admin-token' } })).status).toBe(200);
    // The page itself holds no data and loads; it asks for the token.
    expect((await fetch(`${sim.url}/_sim/ui`)).status).toBe(200);
  });

  it('opening the dashboard URL with the token sets it as an HttpOnly same-site cookie for /_sim, and the admin API accepts that cookie', async () => {
    const wrong = await fetch(`${sim.url}/_sim/ui?token=nope`, { redirect: 'manual' });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const opened = await fetch(`${sim.url}/_sim/ui?token=secret-admin-token`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/_sim/ui');
    const cookie = opened.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^a2p_sim_admin_${sim.running.port}=secret-admin-token;`));
    expect(cookie).toMatch(/Path=\/_sim/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: { cookie: pair } })).status).toBe(200);
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: { cookie: pair.replace('secret-admin-token', 'other') } })).status).toBe(401);
  });
});

describe('admin API without a token given', () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await TestSim.start();
  });
  afterAll(() => sim.close());

  it('generates one at start: loopback alone is never enough, the generated token opens it, and two simulators have two tokens', async () => {
    expect(sim.running.adminToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const none = await fetch(`${sim.url}/_sim/admin/accounts`);
    expect(none.status).toBe(401);
    expect((await fetch(`${sim.url}/_sim/admin/reset`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${sim.url}/_sim/admin/accounts`, { headers: sim.adminHeaders })).status).toBe(200);
    const other = await TestSim.start();
    try {
      expect(other.running.adminToken).not.toBe(sim.running.adminToken);
      expect((await fetch(`${other.url}/_sim/admin/accounts`, { headers: sim.adminHeaders })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
