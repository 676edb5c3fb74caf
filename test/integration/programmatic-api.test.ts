import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSimulator, startSimulator, type AccountCredentials, type RunningSimulator } from '../../src/index.js';
import * as mochaExample from '../../examples/mocha-root-hooks.js';
import * as vitestExample from '../../examples/vitest-global-setup.js';
import { Receiver } from '../helpers/receiver.js';
import { assertValid } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const rep = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', phone_number: '+14155550100', business_title: 'CEO', job_position: 'CEO' };

/** Runs a module under Node (with tsx) and reports how it ended; a process kept alive by a leftover handle hits the timeout. */
function runNode(code: string, timeoutMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exit) => {
      clearTimeout(timer);
      done({ code: exit, stdout, stderr, timedOut });
    });
  });
}

/** Listening servers of this process (other handles come and go with the HTTP clients of earlier tests). */
const servers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

/** Listening servers once Node has finished closing those being closed (a failed listen's socket goes in a later loop turn). */
async function settledServers(expected: number): Promise<number> {
  for (let turn = 0; turn < 10 && servers() !== expected; turn++) await new Promise((r) => setImmediate(r));
  return servers();
}

describe('startSimulator: the programmatic API through the official SDK', () => {
  let sim: RunningSimulator;
  let receiver: Receiver;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, frozen: true });
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('listens on a free port and answers /_sim/health at its url', async () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(await (await fetch(`${sim.url}/_sim/health`)).json()).toMatchObject({ ok: true });
  });

  it('makes well-formed, distinct credentials, or takes the given ones; a seed makes them reproducible', () => {
    const a = sim.account();
    const b = sim.account();
    expect(a.sid).toMatch(/^AC[0-9a-f]{32}$/);
    expect(a.token).toMatch(/^[0-9a-f]{32}$/);
    expect(b.sid).not.toBe(a.sid);
    expect(sim.account(a.sid)).toEqual(a);
    const given = `AC${'a'.repeat(32)}`;
    expect(sim.account(given, 'secret')).toEqual({ sid: given, token: 'secret' });
    expect(() => sim.account('PN123')).toThrow('Failed to make an account: "PN123" is not an Account SID. Please give AC followed by 32 hex digits');

    const first = connectSimulator(sim.url, { seed: 'ci' });
    const second = connectSimulator(sim.url, { seed: 'ci' });
    const run1 = [first.account(), first.account()];
    expect([second.account(), second.account()]).toEqual(run1);
    expect(run1[0]!.sid).not.toBe(run1[1]!.sid);
    expect(connectSimulator(sim.url, { seed: 'other' }).account()).not.toEqual(run1[0]);
  });

  it('gives an SDK client that creates a TrustHub end user; httpClient() plugs into twilio() without a cast', async () => {
    const acct = sim.account();
    const client = await sim.client(acct);
    const user = await client.trusthub.v1.endUsers.create({ friendlyName: 'Ada Lovelace', type: 'authorized_representative_1', attributes: rep });
    expect(user.sid).toMatch(/^IT[0-9a-f]{32}$/);
    expect(user.accountSid).toBe(acct.sid);

    // Every response the SDK gets, checked against the vendored spec.
    const seen: number[] = [];
    const own = twilio(acct.sid, acct.token, {
      httpClient: sim.httpClient({
        onResponse: (ex) => {
          seen.push(ex.status);
          assertValid({ method: ex.method, url: ex.url, status: ex.status, body: JSON.parse(ex.body) });
        },
      }),
    });
    expect((await own.trusthub.v1.endUsers(user.sid).fetch()).friendlyName).toBe('Ada Lovelace');
    expect(seen).toEqual([200]);

    // By SID alone once the handle knows the account; a new account without arguments.
    expect((await (await sim.client(acct.sid)).trusthub.v1.endUsers.list()).map((u) => u.sid)).toEqual([user.sid]);
    const fresh = await sim.client();
    expect(fresh.accountSid).not.toBe(acct.sid);
    expect(await fresh.trusthub.v1.endUsers.list()).toEqual([]);
  });

  it("advance(account, 'settled') lets a submitted profile's review decide, with its callback in the delivery log", async () => {
    const acct = sim.account();
    const client = await sim.client(acct);
    const profile = await client.trusthub.v1.customerProfiles.create({ email: 'compliance@example.com', friendlyName: 'Acme, Inc.', policySid: SECONDARY, statusCallback: receiver.at('/profile') });
    await client.trusthub.v1.customerProfiles(profile.sid).update({ status: 'pending-review' });
    expect((await client.trusthub.v1.customerProfiles(profile.sid).fetch()).status).toBe('pending-review');

    const moved = await sim.advance(acct, 'settled');
    expect(moved).toMatchObject({ frozen: true, pending: 0 });
    expect(moved.fired).toBeGreaterThan(0);
    // Nothing attached: the review rejects it.
    expect((await client.trusthub.v1.customerProfiles(profile.sid).fetch()).status).toBe('twilio-rejected');

    const deliveries = await sim.deliveries(acct);
    expect(deliveries.filter((d) => d.resourceSid === profile.sid).map((d) => new URLSearchParams(d.body).get('Status'))).toEqual(['pending-review', 'twilio-rejected']);
    expect(deliveries[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('advance(account, 3600) moves that account’s clock one hour and no other', async () => {
    const acct = sim.account();
    const other = sim.account();
    const before = await sim.advance(acct, 0);
    const otherBefore = await sim.advance(other, 0);
    const after = await sim.advance(acct, 3600);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBe(3_600_000);
    expect(after).toMatchObject({ frozen: true, fired: 0, pending: 0 });
    expect((await sim.advance(other, 0)).now).toBe(otherBefore.now);
  });

  it('refuses a bad advance with the control plane’s message, and an account it cannot authenticate', async () => {
    const acct = sim.account();
    await expect(sim.advance(acct, -5)).rejects.toThrow(/^Failed to advance the clock: .*Please /);
    const unknown = `AC${'b'.repeat(32)}`;
    await expect(sim.advance(unknown, 60)).rejects.toThrow(`Failed to advance the clock: the auth token of ${unknown} is not known here. Please pass the { sid, token } credentials object`);
    await sim.advance(acct, 0);
    await expect(sim.advance({ sid: acct.sid, token: 'wrong' }, 60)).rejects.toThrow(`Failed to advance the clock: the token given for ${acct.sid} is not the one it was first used with.`);
  });

  it('reset(account) removes the account’s resources and keeps its credentials; reset() empties every account', async () => {
    const acct = sim.account();
    const other = sim.account();
    const client = await sim.client(acct);
    const otherClient = await sim.client(other);
    const user = await client.trusthub.v1.endUsers.create({ friendlyName: 'Ada', type: 'authorized_representative_1', attributes: rep });
    await otherClient.trusthub.v1.endUsers.create({ friendlyName: 'Kept', type: 'authorized_representative_1', attributes: rep });

    await sim.reset(acct);
    await expect(client.trusthub.v1.endUsers(user.sid).fetch()).rejects.toMatchObject({ status: 404 });
    expect(await client.trusthub.v1.endUsers.list()).toEqual([]);
    expect((await otherClient.trusthub.v1.endUsers.list()).map((u) => u.friendlyName)).toEqual(['Kept']);

    await sim.reset();
    expect(sim.sim.accounts()).toEqual([]);
    expect(await otherClient.trusthub.v1.endUsers.list()).toEqual([]);
  });

  it('primaryProfile(account) makes an approved ISV Primary Business Profile, read back through the SDK', async () => {
    const isv = sim.account();
    const profile = await sim.primaryProfile(isv, { businessName: 'Acme ISV, Inc.' });
    expect(profile).toMatchObject({ status: 'twilio-approved', accountSid: isv.sid, created: true });
    const fetched = await (await sim.client(isv)).trusthub.v1.customerProfiles(profile.sid).fetch();
    expect(fetched.status).toBe('twilio-approved');
  });

  it('connectSimulator(url) does the same over the /_sim control plane', async () => {
    const remote = connectSimulator(`${sim.url}/`, { adminToken: sim.adminToken });
    expect(remote.url).toBe(sim.url);
    const acct = remote.account();
    const client = await remote.client(acct);
    const profile = await client.trusthub.v1.customerProfiles.create({ email: 'c@example.com', friendlyName: 'Remote', policySid: SECONDARY });
    await client.trusthub.v1.customerProfiles(profile.sid).update({ status: 'pending-review' });
    const before = await remote.advance(acct, 0);
    expect(Date.parse((await remote.advance(acct.sid, 3600)).now) - Date.parse(before.now)).toBe(3_600_000);
    expect((await remote.advance(acct, 'settled')).pending).toBe(0);
    expect((await client.trusthub.v1.customerProfiles(profile.sid).fetch()).status).toBe('twilio-rejected');
    expect((await remote.deliveries(acct)).length).toBe(0);
    expect((await remote.primaryProfile(acct)).status).toBe('twilio-approved');
    await expect(remote.advance(acct, -1)).rejects.toThrow(/^Failed to advance the clock: /);

    await remote.reset(acct);
    expect(await client.trusthub.v1.customerProfiles.list()).toEqual([]);
    await remote.reset();
    expect(sim.sim.accounts()).toEqual([]);

    await expect(connectSimulator('http://127.0.0.1:1').advance(acct, 1)).rejects.toThrow('Failed to advance the clock: the simulator at http://127.0.0.1:1 cannot be reached');
  });
});

describe('startSimulator: options and failures', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-api-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('frozen and speed are shorthands for the clock of new accounts', async () => {
    const frozen = await startSimulator({ port: 0, frozen: true, speed: 60 });
    const running = await startSimulator({ port: 0 });
    try {
      expect(await frozen.advance(frozen.account(), 0)).toMatchObject({ frozen: true, speed: 60 });
      expect(await running.advance(running.account(), 0)).toMatchObject({ frozen: false, speed: 3600 });
    } finally {
      await frozen.close();
      await running.close();
    }
  });

  it('data persists to a file: what one run writes, the next reads back (same seed, same credentials)', async () => {
    const file = join(tmp(), 'sim.json');
    const first = await startSimulator({ port: 0, frozen: true, seed: 'persist', data: file });
    const acct = first.account();
    const user = await (await first.client(acct)).trusthub.v1.endUsers.create({ friendlyName: 'Persisted', type: 'authorized_representative_1', attributes: rep });
    await first.close();
    expect(existsSync(file)).toBe(true);

    const second = await startSimulator({ port: 0, frozen: true, seed: 'persist', data: file });
    try {
      const again = second.account();
      expect(again).toEqual(acct);
      expect((await (await second.client(again)).trusthub.v1.endUsers(user.sid).fetch()).friendlyName).toBe('Persisted');
    } finally {
      await second.close();
    }
  });

  it('close() twice is fine, and the port is free afterwards', async () => {
    const s = await startSimulator({ port: 0 });
    await s.close();
    await s.close();
    await expect(fetch(`${s.url}/_sim/health`)).rejects.toThrow();
  });

  it('rejects a port in use with "Failed to start: port N is already in use" and leaves nothing open', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const before = servers();
      await expect(startSimulator({ port, frozen: true })).rejects.toThrow(`Failed to start: port ${port} is already in use. Please `);
      expect(await settledServers(before)).toBe(before);
      // A process whose only job was that failed start ends by itself: no server, timer or store left open.
      const child = await runNode(
        `import { startSimulator } from './src/index.ts';\ntry { await startSimulator({ port: ${port}, data: ${JSON.stringify(join(tmp(), 'x.json'))} }); } catch (e) { console.log(e.message); }`,
      );
      expect(child.timedOut).toBe(false);
      expect(child.code).toBe(0);
      expect(child.stdout.trim()).toBe(`Failed to start: port ${port} is already in use. Please stop what is using it or choose another port (0 picks a free one).`);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('rejects a host it cannot listen on', async () => {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never an address of this machine.
    await expect(startSimulator({ port: 0, host: '192.0.2.1' })).rejects.toThrow(
      'Failed to start: cannot listen on host 192.0.2.1 (EADDRNOTAVAIL: not an address of this machine). Please give an address of this machine',
    );
  });

  it('rejects a data file whose directory does not exist, without creating it', async () => {
    const dir = join(tmp(), 'nope');
    const before = servers();
    await expect(startSimulator({ port: 0, data: join(dir, 'x.json') })).rejects.toThrow(`Failed to start: the directory of --data ${join(dir, 'x.json')} does not exist. Please create it first.`);
    expect(existsSync(dir)).toBe(false);
    expect(await settledServers(before)).toBe(before);
  });

  it('rejects unknown and invalid options with what to do', async () => {
    const typo = { port: 0, frozn: true };
    await expect(startSimulator(typo)).rejects.toThrow('Failed to start: unknown option "frozn". Please use only port, host, frozen');
    await expect(startSimulator({ port: 70000 })).rejects.toThrow('Failed to start: port 70000 is not a port number. Please give an integer from 0 to 65535 (0 picks a free port).');
    await expect(startSimulator({ port: 0, speed: -1 })).rejects.toThrow(/^Failed to start: speed must be above 0 .*Please give e\.g\. 3600/);
    await expect(startSimulator(JSON.parse('{"port": 0, "frozen": "yes"}'))).rejects.toThrow('Failed to start: frozen "yes" is not a boolean. Please give true or false.');
    await expect(startSimulator({ port: 0, frozen: true, clock: { frozen: false } })).rejects.toThrow('Failed to start: frozen is true but clock.frozen is false. Please give only one of them.');
    await expect(startSimulator({ port: 0, data: '' })).rejects.toThrow('Failed to start: data "" is not a file path.');
  });

  it('without the twilio package, starts and serves as usual; client() says to install it', async () => {
    // A resolve hook that makes `twilio` absent, as in a project that never installed it.
    const hook = `export async function resolve(specifier, context, next) { if (specifier === 'twilio' || specifier.startsWith('twilio/')) { const e = new Error("Cannot find package 'twilio'"); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; } return next(specifier, context); }`;
    const child = await runNode(
      [
        `import { register } from 'node:module';`,
        `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`,
        `const { startSimulator } = await import('./src/index.ts');`,
        `const sim = await startSimulator({ port: 0, frozen: true });`,
        `console.log((await (await fetch(sim.url + '/_sim/health')).json()).ok);`,
        `try { await sim.client(); } catch (e) { console.log(e.message); }`,
        `await sim.close();`,
      ].join('\n'),
    );
    expect(child.stderr).toBe('');
    expect(child.stdout.trim().split('\n')).toEqual(['true', 'Failed to create a Twilio client: the twilio package is not installed. Please npm install twilio.']);
  });
});

describe('the recipes of docs/testing.md', () => {
  const FENCE = '```';
  const docs = readFileSync('docs/testing.md', 'utf-8');
  /** The example file as the docs show it: without its first comment line, importing from 'a2p-sim'. */
  const asDocumented = (path: string) => readFileSync(path, 'utf-8').split('\n').slice(1).join('\n').replaceAll("'../src/index.js'", "'a2p-sim'");

  it.each(['examples/vitest-global-setup.ts', 'examples/mocha-root-hooks.ts'])('%s is the recipe in docs/testing.md, word for word', (path) => {
    expect(docs).toContain(`${FENCE}ts\n${asDocumented(path)}${FENCE}`);
  });

  it('examples/github-actions.yml is the recipe in docs/testing.md, word for word', () => {
    expect(docs).toContain(`${FENCE}yaml\n${asDocumented('examples/github-actions.yml')}${FENCE}`);
  });

  it('vitest globalSetup: setup() provides the URL of a simulator that answers /_sim/health; teardown() closes it', async () => {
    const provided = new Map<string, unknown>();
    await vitestExample.setup({ provide: (key, value) => void provided.set(key, value) });
    const url = provided.get('simUrl');
    expect(typeof url).toBe('string');
    try {
      expect(await (await fetch(`${String(url)}/_sim/health`)).json()).toMatchObject({ ok: true, seed: 'ci' });
      // What a test file does with it (docs: "A test file").
      const sim = connectSimulator(String(url));
      const acct: AccountCredentials = sim.account();
      const client = await sim.client(acct);
      const profile = await client.trusthub.v1.customerProfiles.create({ email: 'compliance@example.com', friendlyName: 'Acme, Inc.', policySid: SECONDARY });
      await client.trusthub.v1.customerProfiles(profile.sid).update({ status: 'pending-review' });
      expect((await sim.advance(acct, 'settled')).fired).toBeGreaterThan(0);
      expect((await client.trusthub.v1.customerProfiles(profile.sid).fetch()).status).toBe('twilio-rejected');
    } finally {
      await vitestExample.teardown();
    }
    await expect(fetch(`${String(url)}/_sim/health`)).rejects.toThrow();
  });

  it('mocha root hooks: beforeAll starts the simulator for the spec files, afterAll closes it', async () => {
    expect(() => mochaExample.simulator()).toThrow('Failed to find the simulator: the root hooks have not run.');
    const saved = process.env.A2P_SIM_URL;
    await mochaExample.mochaHooks.beforeAll();
    const running = mochaExample.simulator();
    try {
      expect(process.env.A2P_SIM_URL).toBe(running.url);
      expect(await (await fetch(`${running.url}/_sim/health`)).json()).toMatchObject({ ok: true });
      const profile = await (await running.client()).trusthub.v1.customerProfiles.create({ email: 'compliance@example.com', friendlyName: 'Acme, Inc.', policySid: SECONDARY });
      expect(profile.status).toBe('draft');
    } finally {
      await mochaExample.mochaHooks.afterAll();
      if (saved === undefined) delete process.env.A2P_SIM_URL;
      else process.env.A2P_SIM_URL = saved;
    }
    expect(() => mochaExample.simulator()).toThrow();
    await expect(fetch(`${running.url}/_sim/health`)).rejects.toThrow();
  });

  it('the README sample under "Use it from your test suite" runs as written', async () => {
    const readme = readFileSync('README.md', 'utf-8');
    const section = readme.slice(readme.indexOf('### Use it from your test suite'));
    const sample = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(sample).toContain("from 'a2p-sim'");
    const child = await runNode(String(sample).replaceAll("from 'a2p-sim'", "from './src/index.ts'"));
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
  });

  it('GitHub Actions: the wait step succeeds once the simulator answers /_sim/health', async () => {
    const workflow = parseYaml(readFileSync('examples/github-actions.yml', 'utf-8')) as { jobs: { test: { steps: Array<{ name?: string; run?: string }> } } };
    const steps = workflow.jobs.test.steps;
    expect(steps.find((s) => s.name === 'Start the A2P simulator')?.run).toContain('npx a2p-sim start --frozen --port 4010');
    const wait = steps.find((s) => s.name === 'Wait until it answers')!.run!;
    const s = await startSimulator({ port: 0 });
    try {
      const result = await new Promise<{ code: number | null; out: string }>((done) => {
        const child = spawn('bash', ['-e', '-c', wait.replaceAll('4010', String(s.port))], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => done({ code, out }));
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ ok: true });
    } finally {
      await s.close();
    }
  });
});
