import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinFaces } from '../../src/sim/faces.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { createLogger, redactUrl, type LogOptions } from '../../src/sim/log.js';
import { createApp } from '../../src/sim/server.js';
import { cfTenant } from '../helpers/cloudfran.js';
import { TestSim } from '../helpers/sim.js';

/** A log destination that keeps what it is given (pino-pretty and pino write to it synchronously). */
class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  get lines(): string[] {
    return this.text.split('\n').filter((l) => l.trim() !== '');
  }
}

let sims: TestSim[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function logged(log: Omit<LogOptions, 'destination'>): Promise<{ sim: TestSim; out: Collector }> {
  const out = new Collector();
  const sim = await TestSim.start({ log: { ...log, destination: out } });
  sims.push(sim);
  return { sim, out };
}

describe('request log', () => {
  it('logs one pretty line per request: method, path with query, status, duration, account, and the Twilio error code', async () => {
    const { sim, out } = await logged({ level: 'info' });
    const account = await sim.account();
    await account.client.trusthub.v1.customerProfiles.list({ limit: 5 });
    const failed = await account.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'Acme' } });
    expect(failed.status).toBe(400);

    const list = out.lines.find((l) => l.includes('GET /trusthub/v1/CustomerProfiles?'));
    expect(list).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d INFO: GET /trusthub/v1/CustomerProfiles\\?PageSize=5 200 \\d+(\\.\\d)?ms ${account.sid}$`));
    const create = out.lines.find((l) => l.includes('POST /trusthub/v1/CustomerProfiles '));
    expect(create).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d INFO: POST /trusthub/v1/CustomerProfiles 400 \\d+(\\.\\d)?ms ${account.sid} code=${failed.body.code}$`));
    // One line per request: the provisioning GET, the list and the create.
    expect(out.lines).toHaveLength(3);
  });

  it('never writes credentials: no Authorization value, no token, no secret query values', async () => {
    const { sim, out } = await logged({ level: 'debug' });
    const account = await sim.account();
    await account.request('GET', `/trusthub/v1/CustomerProfiles?PageSize=2&AuthToken=${account.token}&api_key=k-${account.token}&PageToken=PT1`);
    const wrong = await fetch(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: `Basic ${Buffer.from(`${account.sid}:wrong-${account.token}`).toString('base64')}` } });
    expect(wrong.status).toBe(401);
    const t = cfTenant(sim, 'tenant-secret-check');
    await t.get('/brands');

    expect(out.text).toContain('AuthToken=***');
    expect(out.text).toContain('api_key=***');
    expect(out.text).toContain('PageToken=PT1');
    expect(out.text).toMatch(/GET \/trusthub\/v1\/CustomerProfiles 401 \S+ - code=20003/);
    expect(out.text).not.toContain(account.token);
    expect(out.text).not.toContain(account.auth.slice('Basic '.length));
    expect(out.text).not.toMatch(/basic|authorization/i);
    expect(out.text).not.toContain(t.headers['X-API-Key']);
  });

  it('names a CloudFran tenant as tenant:<id> and its error string as the code', async () => {
    const { sim, out } = await logged({ level: 'info' });
    const t = cfTenant(sim, 'acme-7');
    const res = await t.post('/brands', { tenantId: 'acme-7' });
    expect(res.status).toBe(400);
    expect(out.lines.at(-1)).toMatch(new RegExp(`POST /api/v1/twilio/brands 400 \\S+ms tenant:acme-7 code=${res.body.error}$`));
  });

  it('writes pino JSON lines with method, path, status, ms, account and code', async () => {
    const { sim, out } = await logged({ level: 'info', format: 'json' });
    const account = await sim.account();
    const failed = await account.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'Acme' } });
    const entries = out.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.at(-1)).toMatchObject({ level: 30, method: 'POST', path: '/trusthub/v1/CustomerProfiles', status: 400, account: account.sid, code: failed.body.code });
    expect(typeof entries.at(-1)!.ms).toBe('number');
    expect(entries[0]).toMatchObject({ method: 'GET', status: 200, account: account.sid });
    expect(entries[0]).not.toHaveProperty('code');
  });

  it('writes nothing at level silent', async () => {
    const { sim, out } = await logged({ level: 'silent' });
    const account = await sim.account();
    await account.request('POST', '/trusthub/v1/CustomerProfiles', { form: { FriendlyName: 'Acme' } });
    await fetch(`${sim.url}/nowhere`);
    expect(out.text).toBe('');
  });

  it("logs the simulator's own traffic (health, dashboard) at debug only", async () => {
    const info = await logged({ level: 'info' });
    const debug = await logged({ level: 'debug' });
    for (const { sim } of [info, debug]) {
      expect((await fetch(`${sim.url}/_sim/health`)).status).toBe(200);
      expect((await fetch(`${sim.url}/_sim/ui/app.js`)).status).toBe(200);
    }
    expect(info.out.text).toBe('');
    expect(debug.out.lines).toEqual([expect.stringMatching(/DEBUG: GET \/_sim\/health 200 /), expect.stringMatching(/DEBUG: GET \/_sim\/ui\/app\.js 200 /)]);
  });

  it("files the seeder's in-process requests and the demo inbox's webhooks at debug: seeding is one info line", async () => {
    const info = await logged({ level: 'info' });
    const debug = await logged({ level: 'debug' });
    for (const { sim } of [info, debug]) {
      const res = await fetch(`${sim.url}/_sim/admin/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sim.adminHeaders },
        body: JSON.stringify({ tenants: 1, seed: 'log', baseUrl: sim.url }),
      });
      expect(res.status).toBe(201);
    }
    expect(info.out.lines).toEqual([expect.stringMatching(/INFO: POST \/_sim\/admin\/seed 201 \S+ms -$/)]);
    // The seeder's own calls, each with the account it acted for.
    expect(debug.out.text).toMatch(/DEBUG: PUT \/api\/v1\/twilio\/webhooks 200 \S+ms tenant:\S+/);
    expect(debug.out.text).toMatch(/DEBUG: POST \/trusthub\/v1\/CustomerProfiles 201 \S+ms AC[0-9a-f]{32}/);
    expect(debug.out.lines.filter((l) => !l.includes('DEBUG: '))).toEqual([expect.stringMatching(/INFO: POST \/_sim\/admin\/seed 201 /)]);
  });

  it('logs an unexpected error at error level, with its stack, on the request line (and answers 500 with code 20500)', async () => {
    const out = new Collector();
    const sim = await Simulator.create({
      faces: [
        ...builtinFaces(),
        {
          name: 'broken',
          resources: [],
          mount: (app) =>
            app.get('/broken', () => {
              throw new Error('kaboom');
            }),
        },
      ],
    });
    try {
      const app = createApp(sim, { logger: createLogger({ level: 'error', destination: out }) });
      const res = await app.request('/broken?password=hunter2');
      expect(res.status).toBe(500);
      expect((await res.json()).code).toBe(20500);
      // Successful and 4xx requests are below the error level.
      expect((await app.request('/nowhere')).status).toBe(404);
      expect(out.lines[0]).toMatch(/ERROR: GET \/broken\?password=\*\*\* 500 \S+ms - code=20500 kaboom\s*$/);
      expect(out.text).toMatch(/Error: kaboom\n\s+at /);
      expect(out.text).not.toContain('hunter2');
      expect(out.text).not.toContain('/nowhere');
    } finally {
      await sim.close();
    }
  });
});

describe('redactUrl', () => {
  it('hides the values of credential-like query parameters and keeps the rest as sent', () => {
    expect(redactUrl('http://h/p')).toBe('/p');
    expect(redactUrl('http://h/p?a=1&token=x&Client%20Secret=y&password&b=%20')).toBe('/p?a=1&token=***&Client%20Secret=***&password=***&b=%20');
    expect(redactUrl('http://h/p?PageToken=PT1&X-Api-Key=k&signature=s')).toBe('/p?PageToken=PT1&X-Api-Key=***&signature=***');
  });
});
