import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { FileStore } from '../../src/sim/store/file-store.js';
import { MemoryStore, type Store } from '../../src/sim/store/store.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-'));

describe.each([
  ['memory', () => new MemoryStore(), false],
  ['file', () => new FileStore(join(dir, `store-${Math.random().toString(16).slice(2)}.json`)), true],
] as const)('Store contract: %s', (_name, make, durable) => {
  it('loads what it was given only if it is durable, and flush resolves once written', async () => {
    const store: Store = make();
    expect(await store.load()).toBeUndefined();
    const sim = await Simulator.create({ faces: builtinFaces(), store, clock: { frozen: true } });
    sim
      .provision(`AC${'d1'.repeat(16)}`, 'tok')
      .table('things')
      .insert({ sid: 'XX1' });
    store.markDirty();
    await sim.flush();
    const reloaded = await store.load();
    if (durable) expect(reloaded?.accounts[0]?.tables.things).toEqual({ XX1: { sid: 'XX1' } });
    else expect(reloaded).toBeUndefined();
    await sim.close();
  });

  it('keeps writing after a flush that had nothing to write', async () => {
    const store: Store = make();
    const sim = await Simulator.create({ faces: builtinFaces(), store, clock: { frozen: true } });
    await sim.flush();
    await sim.flush();
    sim.provision(`AC${'d2'.repeat(16)}`, 'tok');
    await sim.flush();
    if (durable) expect((await store.load())?.accounts.map((a) => a.accountSid)).toEqual([`AC${'d2'.repeat(16)}`]);
    else expect(await store.load()).toBeUndefined();
    await sim.close();
  });
});

describe('file persistence', () => {
  it('restores every account, resource, clock, pending transition and delivery after a restart', async () => {
    const file = join(dir, 'restart.json');
    const receiver = await Receiver.start();
    receiver.respondWith(500);
    const first = await TestSim.start({ dataFile: file });
    const acct = await first.account();
    const key = await acct.client.newKeys.create({ friendlyName: 'survives' });
    const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'a@example.com', friendlyName: 'Persisted', policySid: SECONDARY, statusCallback: receiver.at('/cb') });
    await acct.client.trusthub.v1.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await acct.flush();
    await acct.advance(30);
    const before = acct.world.snapshot();
    expect(before.transitions.length).toBeGreaterThan(0);
    await first.close();

    const second = await TestSim.start({ dataFile: file });
    const again = await second.account(acct.sid, acct.token);
    const world = again.world;
    expect(world.clock.now()).toBe(before.clock.now);
    expect(world.transitions).toEqual(before.transitions);
    expect((await again.client.trusthub.v1.customerProfiles(cp.sid).fetch()).status).toBe('pending-review');
    expect(world.outbox.log.map((d) => d.state)).toEqual(['retrying']);
    // The API key still authenticates, and the review continues where it was.
    const viaKey = await fetch(`${second.url}/trusthub/v1/CustomerProfiles/${cp.sid}`, { headers: { authorization: `Basic ${Buffer.from(`${key.sid}:${key.secret}`).toString('base64')}` } });
    expect(viaKey.status).toBe(200);
    await again.settle();
    await again.flush();
    expect((await again.client.trusthub.v1.customerProfiles(cp.sid).fetch()).status).toBe('twilio-rejected');
    expect(receiver.received.map((r) => r.form.Status)).toEqual(['pending-review', 'pending-review', 'twilio-rejected']);
    await second.close();
    await receiver.close();
  });

  it('leaves a loadable file when the process is killed in the middle of writing', async () => {
    const file = join(dir, 'killed.json');
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/write-forever.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Kill it at a different point each round, always while it is writing continuously.
      const target = 2 + round * 3;
      await new Promise<void>((resolve) => {
        let seen = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk
            .toString()
            .split('\n')
            .filter((l) => l.startsWith('wrote')).length;
          if (seen >= target) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('exit', resolve));
      const state = JSON.parse(readFileSync(file, 'utf-8'));
      expect(state.version).toBe(1);
      const sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file), clock: { frozen: true } });
      const rows = sim.accounts()[0]!.table('trusthub.end_users').size;
      expect(rows).toBeGreaterThanOrEqual(50 * target);
      await sim.close();
    }
  });
});
