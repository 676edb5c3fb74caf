import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLOUDFRAN_API_KEY } from '../../src/sim/cloudfran/tenant.js';
import { REQUESTS_TABLE } from '../../src/sim/control/requests.js';
import { CLOCK_LIMITS } from '../../src/sim/engine/clock.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import type { World } from '../../src/sim/engine/world.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp, DEFAULT_MAX_BODY_BYTES } from '../../src/sim/server.js';
import { FileStore } from '../../src/sim/store/file-store.js';
import { CLI } from '../helpers/cli.js';
import { newAccountSid, TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-hardening-'));
const dataFile = (name: string) => join(dir, `${name}-${Math.random().toString(16).slice(2)}.json`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The account's state as JSON, without its request log (a refused request is logged there, and changes nothing else). */
function stateOf(world: World): string {
  const { tables, ...rest } = world.snapshot();
  const { [REQUESTS_TABLE]: _log, ...kept } = tables;
  return JSON.stringify({ ...rest, tables: kept });
}
/** The credentials earlier versions computed for a tenant without --seed: what an attacker could compute too. */
const oldDerivation = (tenantId: string) => {
  const digest = sha256(`|cloudfran-tenant|${tenantId}`);
  return { sid: `AC${digest.slice(0, 32)}`, token: digest.slice(32, 64) };
};
const basic = (sid: string, token: string) => `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`;

async function http(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

/** A CloudFran tenant over raw HTTP (errors such as 403 and 413 are outside its OpenAPI document's per-route statuses). */
function tenant(sim: { url: string }, tenantId: string) {
  const headers = { 'x-api-key': DEFAULT_CLOUDFRAN_API_KEY, 'x-tenant-id': tenantId };
  return {
    account: () => http(`${sim.url}/api/v1/twilio/account`, { headers }),
    send: (method: string, path: string, body: BodyInit, contentType: string) => http(`${sim.url}/api/v1/twilio${path}`, { method, headers: { ...headers, 'content-type': contentType }, body }),
    control: (path: string, body: unknown) => http(`${sim.url}/_sim${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}

const expectTwilioError = (body: any, status: number) => {
  expect(Object.keys(body).sort()).toEqual(['code', 'message', 'more_info', 'status']);
  expect(body.status).toBe(status);
  expect(body.more_info).toBe(`https://www.twilio.com/docs/errors/${body.code}`);
};

describe('CloudFran tenant credentials', () => {
  it('are random per tenant without --seed: two simulators give the same tenant different credentials, neither sha256-derived', async () => {
    const one = await TestSim.start();
    const two = await TestSim.start();
    try {
      const a = (await tenant(one, 'franchise-42').account()).body;
      const b = (await tenant(two, 'franchise-42').account()).body;
      expect(a.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
      expect(a.authToken).toMatch(/^[0-9a-f]{32}$/);
      expect(b.accountSid).not.toBe(a.accountSid);
      expect(b.authToken).not.toBe(a.authToken);
      expect([a.accountSid, b.accountSid]).not.toContain(oldDerivation('franchise-42').sid);
      // The same tenant keeps its account: asked again, the same credentials.
      expect((await tenant(one, 'franchise-42').account()).body).toEqual(a);
      // The platform account (CloudFran's primary profile) is not derivable either.
      expect(one.sim.accounts().map((w) => w.accountSid)).not.toContain(`AC${sha256('|cloudfran-platform|cloudfran').slice(0, 32)}`);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('cannot be planted: an account provisioned first at a computable SID is never given to the tenant, and a wrong token is 401 without provisioning', async () => {
    const sim = await TestSim.start();
    try {
      // Before the tenant's first call, someone provisions the SID earlier versions derived, with a token of their own.
      const planted = oldDerivation('victim');
      expect((await http(`${sim.url}/api/2010-04-01/Accounts/${planted.sid}.json`, { headers: { authorization: basic(planted.sid, 'attacker-token') } })).status).toBe(200);
      const creds = (await tenant(sim, 'victim').account()).body;
      expect(creds.accountSid).not.toBe(planted.sid);
      expect(creds.authToken).not.toBe('attacker-token');
      const count = sim.sim.accounts().length;
      const wrong = await http(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: basic(creds.accountSid, 'attacker-token') } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe(20003);
      expect(sim.sim.accounts().length).toBe(count);
      expect(sim.sim.findWorld(creds.accountSid)!.authToken).toBe(creds.authToken);
      // The tenant's own token opens its account on the Twilio faces.
      expect((await http(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: basic(creds.accountSid, creds.authToken) } })).status).toBe(200);
      // The token goes only to the holder of the API key.
      expect((await http(`${sim.url}/api/v1/twilio/account`, { headers: { 'x-api-key': 'wrong', 'x-tenant-id': 'victim' } })).status).toBe(401);
    } finally {
      await sim.close();
    }
  });

  it('are reproducible under --seed, skipping a SID someone provisioned first', async () => {
    const a = await TestSim.start({ seed: 'hardening' });
    const b = await TestSim.start({ seed: 'hardening' });
    try {
      const first = (await tenant(a, 't-1').account()).body;
      expect((await tenant(b, 't-1').account()).body).toEqual(first);
      const c = await TestSim.start({ seed: 'hardening' });
      try {
        await http(`${c.url}/api/2010-04-01/Accounts/${first.accountSid}.json`, { headers: { authorization: basic(first.accountSid, 'planted') } });
        const moved = (await tenant(c, 't-1').account()).body;
        expect(moved.accountSid).not.toBe(first.accountSid);
        expect(moved.authToken).not.toBe('planted');
      } finally {
        await c.close();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('survive a restart with --data: the tenant finds its account, and no other is made', async () => {
    const file = dataFile('tenants');
    const first = await TestSim.start({ dataFile: file });
    const creds = (await tenant(first, 'persisted').account()).body;
    const t = tenant(first, 'persisted');
    expect((await t.send('PUT', '/webhooks', JSON.stringify({ url: 'http://127.0.0.1:9/hook' }), 'application/json')).status).toBe(200);
    const accounts = first.sim.accounts().length;
    await first.close();
    const second = await TestSim.start({ dataFile: file });
    try {
      expect((await tenant(second, 'persisted').account()).body).toEqual(creds);
      expect((await tenant(second, 'persisted').send('PUT', '/webhooks', JSON.stringify({ url: 'http://127.0.0.1:9/hook2' }), 'application/json')).body.url).toBe('http://127.0.0.1:9/hook2');
      expect(second.sim.accounts().length).toBe(accounts);
    } finally {
      await second.close();
    }
  });

  it('a data file of an earlier version keeps its tenant at its old SID, with a new token nobody can compute', async () => {
    const file = dataFile('legacy');
    const legacy = oldDerivation('old-tenant');
    const writer = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file), clock: { frozen: true } });
    const world = writer.provision(legacy.sid, legacy.token);
    world.settings.cloudfran = { tenantId: 'old-tenant', webhookUrl: null, webhookSecret: 'whsec_legacy' };
    world.touch();
    await writer.close();
    const sim = await TestSim.start({ dataFile: file });
    try {
      const creds = (await tenant(sim, 'old-tenant').account()).body;
      expect(creds.accountSid).toBe(legacy.sid);
      expect(creds.authToken).not.toBe(legacy.token);
      expect((await http(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: basic(legacy.sid, legacy.token) } })).status).toBe(401);
      expect(sim.sim.accounts().length).toBe(1);
    } finally {
      await sim.close();
    }
  });
});

describe('bounded clock inputs', () => {
  let sim: TestSim;
  let acct: TestAccount;
  const control = (path: string, body: unknown) =>
    http(`${sim.url}/_sim${path}`, { method: 'POST', headers: { authorization: acct.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const admin = (method: string, path: string, body?: unknown) =>
    http(`${sim.url}/_sim/admin${path}`, { method, headers: { 'content-type': 'application/json', ...sim.adminHeaders }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  it('refuses an advance of 1e15 seconds with a 400 that says how to fix it, and the account keeps working', async () => {
    const before = acct.world.clock.now();
    const res = await control('/clock/advance', { seconds: 1e15 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ status: 400, message: expect.stringMatching(/^Failed to advance the clock: "seconds" is at most 315360000 \(10 years\) per call.*\. Please send/) });
    expect(acct.world.clock.now()).toBe(before);
    expect((await http(`${sim.url}/_sim/clock`, { headers: { authorization: acct.auth } })).status).toBe(200);
    const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Still works', policySid: SECONDARY });
    expect(cp.dateCreated.getTime()).toBe(Math.floor(before / 1000) * 1000);
    // 100,000 years used to fire 100,000 transitions and answer 500: now refused at once.
    expect((await control('/clock/advance', { seconds: 100_000 * 365 * 86400 })).status).toBe(400);
    // biome-ignore lint/correctness/noPrecisionLoss: 1e400 is Infinity on purpose (JSON.stringify sends null).
    for (const seconds of [-1, '3600', null, 1e400]) expect((await control('/clock/advance', { seconds })).status).toBe(400);
    // The largest advance allowed goes through.
    expect((await control('/clock/advance', { seconds: CLOCK_LIMITS.maxAdvanceSeconds })).status).toBe(200);
  });

  it('refuses speeds outside 0 < speed ≤ 1e6, and other unbounded numbers, on /_sim and on the admin API', async () => {
    const speed = acct.world.clock.speed;
    for (const speed of [1e300, 0, -5, 1e6 + 1, 'fast', null]) {
      const res = await control('/clock/speed', { speed });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^Failed to set the clock speed: .*\. Please send e\.g\. \{"speed": 3600\}/);
      expect((await admin('POST', `/accounts/${acct.sid}/clock/speed`, { speed })).status).toBe(400);
    }
    expect(acct.world.clock.speed).toBe(speed);
    expect((await control('/clock/speed', { speed: 1e6 })).body.speed).toBe(1e6);
    expect((await admin('POST', `/accounts/${acct.sid}/clock/advance`, { seconds: 1e15 })).status).toBe(400);
    expect((await admin('GET', `/accounts/${acct.sid}/timeline?limit=-5`)).status).toBe(400);
    const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Forced', policySid: SECONDARY });
    for (const code of [1e300, 1.5, -3, '18601']) {
      const res = await admin('POST', `/accounts/${acct.sid}/overrides`, { sid: cp.sid, outcome: 'twilio-rejected', code });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^Failed to force an outcome: "code" must be a Twilio error code/);
      expect((await control('/overrides', { sid: cp.sid, outcome: 'twilio-rejected', code })).status).toBe(400);
    }
    expect(acct.world.overrides.size).toBe(0);
  });

  it('keeps the admin list and search answering while the other accounts are fine', async () => {
    const accounts = await admin('GET', '/accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.body.accounts.map((a: { sid: string }) => a.sid)).toContain(acct.sid);
    expect((await admin('GET', `/search?q=${acct.sid}`)).status).toBe(200);
  });

  it('loads an old data file with corrupted clocks: every account answers, the admin list and search too', async () => {
    const file = dataFile('corrupt-clock');
    const writer = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file), clock: { frozen: true } });
    const [far, infinite, fine] = [newAccountSid(), newAccountSid(), newAccountSid()];
    for (const sid of [far, infinite, fine]) writer.provision(sid, 'tok');
    await writer.close();
    const saved = JSON.parse(readFileSync(file, 'utf-8'));
    // What earlier versions saved after {"seconds": 1e15} and {"speed": 1e300} (JSON writes Infinity as null).
    saved.accounts.find((a: { accountSid: string }) => a.accountSid === far).clock = { now: 1e18, speed: 3600, frozen: true };
    saved.accounts.find((a: { accountSid: string }) => a.accountSid === infinite).clock = { now: null, speed: 1e300, frozen: false };
    writeFileSync(file, JSON.stringify(saved));
    const old = await TestSim.start({ dataFile: file });
    try {
      const list = await http(`${old.url}/_sim/admin/accounts`, { headers: old.adminHeaders });
      expect(list.status).toBe(200);
      expect(list.body.accounts.map((a: { sid: string }) => a.sid).sort()).toEqual([far, infinite, fine].sort());
      expect(list.body.accounts.find((a: { sid: string }) => a.sid === far).clock.now).toBe('9999-12-31T23:59:59Z');
      expect((await http(`${old.url}/_sim/admin/search?q=AC`, { headers: old.adminHeaders })).status).toBe(200);
      for (const sid of [far, infinite, fine]) {
        expect((await http(`${old.url}/_sim/clock`, { headers: { authorization: basic(sid, 'tok') } })).status).toBe(200);
        expect((await http(`${old.url}/_sim/admin/accounts/${sid}`, { headers: old.adminHeaders })).status).toBe(200);
      }
      expect(old.sim.findWorld(infinite)!.clock.speed).toBe(CLOCK_LIMITS.maxSpeed);
      // The clock at the end of year 9999 cannot go further, and says why.
      const stuck = await http(`${old.url}/_sim/clock/advance`, { method: 'POST', headers: { authorization: basic(far, 'tok'), 'content-type': 'application/json' }, body: '{"seconds": 1}' });
      expect(stuck.status).toBe(400);
      expect(stuck.body.message).toMatch(/would pass the end of year 9999/);
      const account = await old.account(far, 'tok');
      const cp = await account.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Far future', policySid: SECONDARY });
      expect(cp.dateCreated.toISOString()).toBe('9999-12-31T23:59:59.000Z');
      expect((await account.request('GET', `/api/2010-04-01/Accounts/${far}/Addresses.json`)).status).toBe(200);
    } finally {
      await old.close();
    }
  });
});

describe('malformed bodies are a 400 in the face’s shape and change nothing', () => {
  let sim: TestSim;
  let acct: TestAccount;
  const twilioPost = (path: string, body: BodyInit, contentType: string) => http(`${sim.url}${path}`, { method: 'POST', headers: { authorization: acct.auth, 'content-type': contentType }, body });

  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
    await acct.client.trusthub.v1.endUsers.create({ friendlyName: 'Existing', type: 'authorized_representative_1', attributes: { first_name: 'A' } });
  });
  afterAll(() => sim.close());

  it('on the Twilio faces: multipart without boundary or with garbage parts, broken percent-encoding, bytes that are not UTF-8, another charset', async () => {
    const before = stateOf(acct.world);
    const cases: Array<[string, BodyInit, string, RegExp]> = [
      ['/trusthub/v1/EndUsers', 'garbage', 'multipart/form-data', /no boundary/],
      ['/numbers-upload/v2/RegulatoryCompliance/SupportingDocuments', '--xyz\r\ngarbage', 'multipart/form-data; boundary=xyz', /multipart\/form-data body could not be parsed/],
      [`/api/2010-04-01/Accounts/${acct.sid}/Addresses.json`, 'CustomerName=%E0%A4%A&Street=x', 'application/x-www-form-urlencoded', /malformed percent-encoding at character \d+/],
      ['/messaging/v1/Services', 'FriendlyName=%FF%FE', 'application/x-www-form-urlencoded', /percent-encoded bytes of the form body are not valid UTF-8/],
      ['/trusthub/v1/CustomerProfiles', new Uint8Array([0x45, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe]), 'application/x-www-form-urlencoded', /not valid UTF-8 text/],
      ['/trusthub/v1/EndUsers', 'FriendlyName=x', 'application/x-www-form-urlencoded; charset=utf-16', /charset "utf-16" is not supported/],
    ];
    for (const [path, body, type, message] of cases) {
      const res = await twilioPost(path, body, type);
      expect(res.status, path).toBe(400);
      expectTwilioError(res.body, 400);
      expect(res.body.code).toBe(20001);
      expect(res.body.message).toMatch(/^Invalid request body: /);
      expect(res.body.message).toMatch(message);
    }
    expect(stateOf(acct.world)).toBe(before);
  });

  it('on CloudFran: validation_error naming the body', async () => {
    const t = tenant(sim, 'malformed');
    const world = sim.sim.findWorld((await t.account()).body.accountSid)!;
    const before = stateOf(world);
    const cases: Array<[string, string, BodyInit, string]> = [
      ['POST', '/brands', 'garbage', 'multipart/form-data'],
      ['POST', '/campaigns', 'a=b&c=d', 'application/x-www-form-urlencoded'],
      ['PUT', '/webhooks', '{"url": ', 'application/json'],
      ['POST', '/phone-numbers', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'application/json'],
      ['PUT', '/webhooks', '{"url": "http://127.0.0.1:9/x"}', 'application/json; charset=iso-8859-1'],
    ];
    for (const [method, path, body, type] of cases) {
      const res = await t.send(method, path, body, type);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toEqual({ error: 'validation_error', field: 'body', message: expect.stringMatching(/^body: /) });
    }
    expect(stateOf(world)).toBe(before);
  });

  it('on the control plane and the admin API: {status, message} saying what to send', async () => {
    const before = stateOf(acct.world);
    const post = (path: string, body: BodyInit, type: string, headers: Record<string, string> = { authorization: acct.auth }) =>
      http(`${sim.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': type }, body });
    const cases = [
      await post('/_sim/overrides', '{bad', 'application/json'),
      await post('/_sim/clock/advance', '--x\r\n', 'multipart/form-data; boundary=x'),
      await post('/_sim/clock/speed', new Uint8Array([0x7b, 0xff, 0x7d]), 'application/json'),
      await post(`/_sim/admin/accounts/${acct.sid}/clock/advance`, '{"seconds":', 'application/json', sim.adminHeaders),
      await post(`/_sim/admin/accounts/${acct.sid}/overrides`, '[1,2]', 'application/json', sim.adminHeaders),
    ];
    for (const res of cases) {
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ status: 400, message: expect.stringMatching(/^Failed to read the request: .*\. Please send Content-Type: application\/json/) });
    }
    expect(stateOf(acct.world)).toBe(before);
  });
});

describe('body size limit', () => {
  const LIMIT = 1024;
  let server: ServerType;
  let url: string;
  let sim: Simulator;
  const auth = basic(newAccountSid(), 'tok');

  beforeAll(async () => {
    sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
    const app = createApp(sim, { maxBodyBytes: LIMIT });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await http(`${url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: auth } });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sim.close();
  });

  it('defaults to 4 MiB', () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(4 * 1024 * 1024);
  });

  it('answers 413 just above the limit, in each face’s shape, and creates nothing', async () => {
    const world = sim.accounts()[0]!;
    const before = stateOf(world);
    const over = `FriendlyName=${'x'.repeat(LIMIT)}`;
    const twilio = await http(`${url}/trusthub/v1/EndUsers`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' }, body: over });
    expect(twilio.status).toBe(413);
    expectTwilioError(twilio.body, 413);
    expect(twilio.body.code).toBe(20413);
    expect(twilio.body.message).toMatch(/larger than 1024 bytes/);
    const cf = await http(`${url}/api/v1/twilio/webhooks`, {
      method: 'PUT',
      headers: { 'x-api-key': DEFAULT_CLOUDFRAN_API_KEY, 'x-tenant-id': 'big', 'content-type': 'application/json' },
      body: JSON.stringify({ url: `http://127.0.0.1/${'x'.repeat(LIMIT)}` }),
    });
    expect(cf.status).toBe(413);
    expect(cf.body).toEqual({ error: 'payload_too_large', message: expect.stringMatching(/larger than 1024 bytes/) });
    const control = await http(`${url}/_sim/clock/advance`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 1, pad: 'x'.repeat(LIMIT) }),
    });
    expect(control.status).toBe(413);
    expect(control.body).toEqual({ status: 413, message: expect.stringMatching(/^Failed to read the request: the body is larger than 1024 bytes\. Please /) });
    expect(stateOf(world)).toBe(before);
    expect(sim.accounts().length).toBe(1);
    // At the limit exactly, the body is read (and judged on its content).
    const at = `FriendlyName=${'x'.repeat(LIMIT - 'FriendlyName='.length)}`;
    expect((await http(`${url}/trusthub/v1/EndUsers`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' }, body: at })).status).toBe(400);
  });

  it('stops a chunked body (no Content-Length) as soon as it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(700));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await http(`${url}/trusthub/v1/EndUsers`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe(20413);
  });
});

describe('account cap', () => {
  it('refuses to provision past --max-accounts with a clear 403 on every face, and keeps serving the accounts it has', async () => {
    const sim = await TestSim.start({ maxAccounts: 3 });
    try {
      const a = await sim.account();
      await sim.account();
      expect((await tenant(sim, 'third').account()).status).toBe(200);
      const message = /^Failed to provision account AC[0-9a-f]{32}: the simulator holds 3 accounts already\. Please reset or raise --max-accounts\.$/;
      const extra = newAccountSid();
      const twilio = await http(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: basic(extra, 'tok') } });
      expect(twilio.status).toBe(403);
      expectTwilioError(twilio.body, 403);
      expect(twilio.body.code).toBe(20403);
      expect(twilio.body.message).toMatch(message);
      const cf = await tenant(sim, 'fourth').account();
      expect(cf.status).toBe(403);
      expect(cf.body).toEqual({ error: 'account_limit', message: expect.stringMatching(message) });
      const control = await http(`${sim.url}/_sim/clock`, { headers: { authorization: basic(extra, 'tok') } });
      expect(control.status).toBe(403);
      expect(control.body).toEqual({ status: 403, message: expect.stringMatching(message) });
      expect(sim.sim.accounts().length).toBe(3);
      expect((await a.request('GET', '/trusthub/v1/CustomerProfiles')).status).toBe(200);
      // Room again once an account is removed.
      expect((await http(`${sim.url}/_sim/admin/accounts/${a.sid}`, { method: 'DELETE', headers: sim.adminHeaders })).status).toBe(204);
      expect((await http(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: basic(extra, 'tok') } })).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});

describe('paging bounds', () => {
  let sim: TestSim;
  let acct: TestAccount;
  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  it('refuses a Page whose row number is not a safe integer, and answers the largest one with an empty page and exact URLs', async () => {
    const huge = await acct.request('GET', '/trusthub/v1/CustomerProfiles?Page=99999999999999999999999');
    expect(huge.status).toBe(400);
    expect(huge.body.message).toBe(`Invalid parameter Page: must be at most ${Math.floor(Number.MAX_SAFE_INTEGER / 50)} with PageSize 50`);
    const max = Math.floor(Number.MAX_SAFE_INTEGER / 50);
    const last = await acct.request('GET', `/trusthub/v1/CustomerProfiles?Page=${max}`);
    expect(last.status).toBe(200);
    expect(last.body.results).toEqual([]);
    expect(last.body.meta.page).toBe(max);
    expect(last.body.meta.url).toBe(`https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=50&Page=${max}`);
    expect(last.body.meta.previous_page_url).toBe(`https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=50&Page=${max - 1}`);
    expect(last.text).not.toMatch(/e\+/);
    const flat = await acct.request('GET', `/api/2010-04-01/Accounts/${acct.sid}/Addresses.json?PageSize=1000&Page=${Math.floor(Number.MAX_SAFE_INTEGER / 1000)}`);
    expect(flat.status).toBe(200);
    expect(flat.text).not.toMatch(/e\+/);
    expect((await acct.request('GET', `/api/2010-04-01/Accounts/${acct.sid}/Addresses.json?PageSize=1000&Page=${Math.floor(Number.MAX_SAFE_INTEGER / 1000) + 1}`)).status).toBe(400);
  });
});

describe('data file', () => {
  it('refuses a file that is not JSON, or lacks what the simulator needs, naming the file and the problem', async () => {
    const notJson = dataFile('not-json');
    writeFileSync(notJson, '{"version": 1, "accounts": [');
    await expect(new FileStore(notJson).load()).rejects.toThrow(
      new RegExp(`^Failed to load ${notJson}: it is not valid JSON \\(.+\\)\\. Please restore it from a backup, or move it away to start afresh\\.$`),
    );
    const noAccounts = dataFile('no-accounts');
    writeFileSync(noAccounts, JSON.stringify({ version: 1, savedAt: 'x', accounts: {}, shared: {} }));
    await expect(Simulator.create({ faces: builtinFaces(), store: new FileStore(noAccounts) })).rejects.toThrow(new RegExp(`^Failed to load ${noAccounts}: accounts: .*\\. Please `));
    const badAccount = dataFile('bad-account');
    writeFileSync(badAccount, JSON.stringify({ version: 1, savedAt: 'x', accounts: [{ accountSid: 'nope' }], shared: {} }));
    await expect(new FileStore(badAccount).load()).rejects.toThrow(/: accounts\[0\]\.accountSid: must be an Account SID\. Please /);
  });

  it('refuses a file written by a newer version, from the CLI too', async () => {
    const file = dataFile('future');
    writeFileSync(file, JSON.stringify({ version: 999, savedAt: 'x', accounts: [], shared: {} }));
    await expect(new FileStore(file).load()).rejects.toThrow(
      `Failed to load ${file}: it was written by a newer a2p-sim (data version 999; this version reads version 1). Please run a newer a2p-sim on it, or start with another --data file.`,
    );
    const child = spawn(process.execPath, [...CLI, 'start', '--port', '0', '--data', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`Failed to load ${file}: it was written by a newer a2p-sim (data version 999`);
    // Nothing was written over it.
    expect(JSON.parse(readFileSync(file, 'utf-8')).version).toBe(999);
  });

  it('is written with mode 0600 (it holds auth tokens), even over a file that was readable by others', async () => {
    const file = dataFile('mode');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    const sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file), clock: { frozen: true } });
    sim.provision(newAccountSid(), 'secret-token');
    await sim.flush();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf-8')).toContain('secret-token');
    await sim.close();
  });
});
