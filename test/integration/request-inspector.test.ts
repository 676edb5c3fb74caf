import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cfTenant } from '../helpers/cloudfran.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * The per-account request log (`GET /_sim/requests`, `/_sim/admin/accounts/{sid}/requests`): what a
 * developer whose app got a 400 needs to see, with credentials never kept.
 */
interface Logged {
  seq: number;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string | null;
  status: number;
  response: string | null;
  code: number | string | null;
  moreInfo: string | null;
  hints: string[];
  sids: string[];
  simulatedAt: string;
}

async function requests(account: TestAccount, query = ''): Promise<{ status: number; requests: Logged[]; message?: string }> {
  const res = await account.request('GET', `/_sim/requests${query}`, { validate: false });
  return { status: res.status, ...res.body };
}

describe('request log per account', () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await TestSim.start();
  });
  afterAll(() => sim.close());

  it('keeps a refused campaign create with its 400 body and code, Authorization redacted', async () => {
    const account = await sim.account();
    const service = await account.client.messaging.v1.services.create({ friendlyName: 'Inspector' });
    await expect(
      account.client.messaging.v1.services(service.sid).usAppToPerson.create({
        brandRegistrationSid: `BN${'0'.repeat(32)}`,
        description: 'Appointment reminders for customers who opted in.',
        messageFlow: 'Customers opt in on the website.',
        messageSamples: ['Your appointment is tomorrow. Reply STOP to opt out.', 'Reply HELP for help.'],
        usAppToPersonUsecase: 'ACCOUNT_NOTIFICATION',
        hasEmbeddedLinks: false,
        hasEmbeddedPhone: false,
      }),
    ).rejects.toMatchObject({ status: 400 });
    const { requests: errors } = await requests(account, '?status=4xx');
    const refused = errors[0]!;
    expect(refused.method).toBe('POST');
    expect(refused.path).toBe(`/messaging/v1/Services/${service.sid}/Compliance/Usa2p`);
    expect(refused.status).toBe(400);
    expect(typeof refused.code).toBe('number');
    expect(JSON.parse(refused.response!).code).toBe(refused.code);
    expect(refused.moreInfo).toMatch(/^https:\/\/www\.twilio\.com\/docs\/errors\/\d+$/);
    expect(refused.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(refused)).not.toContain(account.token);
    expect(JSON.stringify(refused)).not.toContain(account.auth.slice('Basic '.length));
    expect(refused.body).toContain('BrandRegistrationSid=BN');
    expect(refused.sids).toContain(service.sid);
    expect(refused.simulatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Newest first; the service create before it is a 201.
    const { requests: all } = await requests(account);
    expect(all[0]!.seq).toBeGreaterThan(all[1]!.seq);
    expect(all.some((r) => r.status === 201 && r.path === '/messaging/v1/Services')).toBe(true);
    // The account fetch that provisioned it answered with the auth token: kept redacted.
    const fetched = all.find((r) => r.path === `/api/2010-04-01/Accounts/${account.sid}.json`)!;
    expect(fetched.response).toContain('"auth_token":"[redacted]"');
  });

  it('filters by status, path and resource SID, and refuses a bad query', async () => {
    const account = await sim.account();
    const a = await account.client.messaging.v1.services.create({ friendlyName: 'A' });
    const b = await account.client.messaging.v1.services.create({ friendlyName: 'B' });
    await account.client.messaging.v1.services(a.sid).fetch();
    expect((await requests(account, `?sid=${a.sid}`)).requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect((await requests(account, `?sid=${b.sid}`)).requests).toHaveLength(1);
    expect((await requests(account, '?status=201')).requests).toHaveLength(2);
    expect((await requests(account, '?path=/Services/MG&limit=1')).requests).toHaveLength(1);
    for (const bad of ['?limit=0', '?limit=abc', '?status=6xx', '?status=40']) {
      const res = await requests(account, bad);
      expect(res.status).toBe(400);
      expect(res.message).toMatch(/^Failed to list requests: .+ Please /);
    }
  });

  it('keeps nothing from another account and nothing for a request that names no account', async () => {
    const one = await sim.account();
    const two = await sim.account();
    await one.client.messaging.v1.services.create({ friendlyName: 'only one' });
    await fetch(`${sim.url}/messaging/v1/Services`, { headers: { authorization: `Basic ${Buffer.from(`${two.sid}:wrong`).toString('base64')}` } });
    const logged = (await requests(two)).requests;
    // Only `two`'s own provisioning GET: the service is one's, the 401 is nobody's.
    expect(logged.every((r) => r.status !== 401 && !r.path.includes('/Services'))).toBe(true);
  });

  it("files a CloudFran tenant's requests in its account, readable through the admin API", async () => {
    const tenant = cfTenant(sim, 'inspector-tenant');
    const res = await tenant.get('/brands/nope');
    expect(res.status).toBeGreaterThanOrEqual(400);
    const world = sim.sim.accounts().find((w) => (w.settings.cloudfran as { tenantId?: string } | undefined)?.tenantId === 'inspector-tenant')!;
    const admin = await fetch(`${sim.url}/_sim/admin/accounts/${world.accountSid}/requests?status=4xx`, { headers: sim.adminHeaders });
    const { requests: logged } = (await admin.json()) as { requests: Logged[] };
    expect(logged[0]).toMatchObject({ method: 'GET', path: '/api/v1/twilio/brands/nope', status: res.status });
    expect(typeof logged[0]!.code).toBe('string');
    expect(logged[0]!.headers['x-api-key']).toBe('[redacted]');
  });
});

describe('request log size and durability', () => {
  it('keeps the newest N of a ring of N', async () => {
    const sim = await TestSim.start({ requestLogSize: 3 });
    try {
      const account = await sim.account();
      for (let i = 0; i < 5; i++) await account.client.messaging.v1.services.create({ friendlyName: `S${i}` });
      const logged = (await requests(account)).requests;
      expect(logged.map((r) => r.seq)).toEqual([6, 5, 4]);
      expect(logged[0]!.body).toContain('FriendlyName=S4');
    } finally {
      await sim.close();
    }
  });

  it('keeps none with size 0', async () => {
    const sim = await TestSim.start({ requestLogSize: 0 });
    try {
      const account = await sim.account();
      await account.client.messaging.v1.services.create({ friendlyName: 'unlogged' });
      expect((await requests(account)).requests).toEqual([]);
    } finally {
      await sim.close();
    }
  });

  it('is saved with the account: a restart on the same data file shows the same requests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-requests-'));
    try {
      const dataFile = join(dir, 'sim.json');
      const first = await TestSim.start({ dataFile });
      const account = await first.account();
      await account.client.messaging.v1.services.create({ friendlyName: 'survives a restart' });
      const before = (await requests(account)).requests;
      await first.close();
      const second = await TestSim.start({ dataFile });
      try {
        const again = await second.account(account.sid, account.token);
        const after = (await requests(again)).requests;
        // The same entries, plus the GET that reopened the account.
        expect(after.slice(1)).toEqual(before);
        expect(after[0]!.seq).toBe(before[0]!.seq + 1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the newest entries in order when a restart changes the ring size, smaller or larger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-requests-'));
    try {
      const dataFile = join(dir, 'sim.json');
      const first = await TestSim.start({ dataFile, requestLogSize: 4 });
      const account = await first.account();
      for (let i = 0; i < 6; i++) await account.client.messaging.v1.services.create({ friendlyName: `S${i}` });
      const newest = (await requests(account)).requests[0]!.seq;
      await first.close();
      const smaller = await TestSim.start({ dataFile, requestLogSize: 2 });
      let again = await smaller.account(account.sid, account.token);
      await again.client.messaging.v1.services.create({ friendlyName: 'after shrink' });
      const shrunk = (await requests(again)).requests;
      await smaller.close();
      // The GET that reopened the account, then the create: the two newest.
      expect(shrunk.map((r) => r.seq)).toEqual([newest + 2, newest + 1]);
      expect(shrunk[0]!.body).toContain('after+shrink');
      const larger = await TestSim.start({ dataFile, requestLogSize: 5 });
      try {
        again = await larger.account(account.sid, account.token);
        for (let i = 0; i < 4; i++) await again.client.messaging.v1.services.create({ friendlyName: `L${i}` });
        const grown = (await requests(again)).requests;
        expect(grown.map((r) => r.seq)).toEqual([newest + 7, newest + 6, newest + 5, newest + 4, newest + 3]);
      } finally {
        await larger.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
