import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';
import { FileStore } from '../../src/sim/store/file-store.js';
import { TestSim } from '../helpers/sim.js';
import { CLI } from '../helpers/cli.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-demo-'));
const admin = (sim: TestSim, path: string) => fetch(`${sim.url}/_sim/admin${path}`, { headers: sim.adminHeaders }).then((r) => r.json() as Promise<any>);

/**
 * A seeded demo survives a restart: accounts, CloudFran tenants and their ledgers, resources,
 * frozen clocks, pending transitions (numbers in their notice period), timelines and delivery logs,
 * and everything the dashboard shows of them. (test/integration/persistence.test.ts covers the
 * store itself; this is the demo's data through it.)
 */
describe('demo persistence', () => {
  it('restores a seeded demo after a restart, CloudFran ledgers and scheduled cancellations included', async () => {
    const file = join(dir, 'restart.json');
    const first = await TestSim.start({ dataFile: file, seed: 'persist' });
    const seeded = await fetch(`${first.url}/_sim/admin/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...first.adminHeaders },
      body: JSON.stringify({ tenants: 8, seed: 'persist', baseUrl: first.url }),
    }).then((r) => r.json() as Promise<any>);
    const live = seeded.tenants.find((t: { story: string }) => t.story === 'live');
    // The tenant's API call first: it goes into the tenant's request log, which is part of what is compared.
    const usageBefore = await fetch(`${first.url}/api/v1/twilio/usage/monthly?month=2026-03`, { headers: { 'x-api-key': 'cf_local_dev_key', 'x-tenant-id': live.tenantId } }).then(
      (r) => r.json() as Promise<any>,
    );
    expect(usageBefore.total).toBeGreaterThan(0);
    const before = first.sim.snapshot();
    const viewBefore = await admin(first, `/accounts/${live.accountSid}`);
    const deliveriesBefore = await admin(first, `/accounts/${live.accountSid}/deliveries`);
    await first.close();

    const second = await TestSim.start({ dataFile: file, seed: 'persist' });
    const after = second.sim.snapshot();
    const strip = (s: typeof before) => s.accounts.map((a) => ({ ...a }));
    expect(strip(after)).toEqual(strip(before));
    expect(after.shared).toEqual(before.shared);
    // What the dashboard shows is the same, to the stamp.
    expect(await admin(second, `/accounts/${live.accountSid}`)).toEqual(viewBefore);
    expect(await admin(second, `/accounts/${live.accountSid}/deliveries`)).toEqual(deliveriesBefore);
    // The CloudFran tenant still authenticates and its ledger is intact.
    const usageAfter = await fetch(`${second.url}/api/v1/twilio/usage/monthly?month=2026-03`, { headers: { 'x-api-key': 'cf_local_dev_key', 'x-tenant-id': live.tenantId } }).then(
      (r) => r.json() as Promise<any>,
    );
    expect(usageAfter).toEqual(usageBefore);
    // And the pending cancellation goes on where it was: 60 days later the number is held.
    const pending = second.sim
      .findWorld(live.accountSid)!
      .table<{ sid: string; status: string }>('cloudfran.phone_numbers')
      .find((n) => n.status === 'pending_cancellation')!;
    await fetch(`${second.url}/_sim/admin/accounts/${live.accountSid}/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...second.adminHeaders },
      body: JSON.stringify({ seconds: 61 * 86400 }),
    });
    expect(second.sim.findWorld(live.accountSid)!.table<{ sid: string; status: string }>('cloudfran.phone_numbers').get(pending.sid)!.status).toBe('cancelled_held');
    await second.close();
  });

  it('leaves a loadable file when the process is killed while seeding', async () => {
    const file = join(dir, 'killed.json');
    for (const target of [2, 5]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/seed-forever.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const done = chunk
            .toString()
            .split('\n')
            .filter((l) => l.startsWith('seeded'))
            .map((l) => Number(l.slice(7)));
          if (done.some((n) => n >= target)) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('exit', resolve));
      expect(JSON.parse(readFileSync(file, 'utf-8')).version).toBe(1);
      const sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file), clock: { frozen: true } });
      const tenants = sim.accounts().filter((w) => (w.settings.demo as { role?: string } | undefined)?.role === 'tenant');
      expect(tenants.length).toBeGreaterThanOrEqual(target - 1);
      // Whatever was written is served: every account's dashboard view builds.
      const app = createApp(sim);
      for (const w of sim.accounts()) expect((await app.request(`/_sim/admin/accounts/${w.accountSid}`)).status).toBe(200);
      await sim.close();
    }
  }, 60_000);

  it('a2p-sim seed and reset work on a data file', async () => {
    const file = join(dir, 'cli.json');
    const seeded = await run(process.execPath, [...CLI, 'seed', '--tenants', '3', '--seed', 'cli', '--data', file]);
    expect(seeded.stdout).toContain('3 tenant(s) added');
    expect(existsSync(file)).toBe(true);
    const tenantId = /\+ (\S+)/.exec(seeded.stdout)![1]!;
    const reset = await run(process.execPath, [...CLI, 'reset', '--tenant', tenantId, '--data', file]);
    expect(reset.stdout).toContain('Reset account');
    let sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file) });
    const tenant = sim.accounts().find((w) => w.settings.cloudfran === undefined && w.tableNames().length === 0);
    expect(tenant).toBeDefined();
    expect(sim.accounts().length).toBe(4);
    await sim.close();
    await run(process.execPath, [...CLI, 'reset', '--all', '--data', file]);
    sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file) });
    expect(sim.accounts()).toEqual([]);
    await sim.close();
  }, 60_000);
});
