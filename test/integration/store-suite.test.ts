import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';
import { FileStore } from '../../src/sim/store/file-store.js';
import { MemoryStore, type PersistedState, type Store } from '../../src/sim/store/store.js';
import { stateDifference } from '../../src/sim/store/verify.js';
import { Receiver } from '../helpers/receiver.js';

/**
 * The Store contract, run on every backend (STYLE principle 11; docs/decisions/0003-journaled-store.md).
 * A backend is a way to open a store at one location, again and again: a restart is a new store on
 * the same location. A new backend (PostgreSQL) is one more entry in BACKENDS.
 */
interface Backend {
  name: string;
  /** What it saved comes back after a restart. */
  durable: boolean;
  /** A location for one test: each call of the returned function opens a store on it. */
  location: () => () => Store;
}

const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-store-'));
let n = 0;
const file = () => join(dir, `s${++n}.json`);

const BACKENDS: Backend[] = [
  { name: 'memory', durable: false, location: () => () => new MemoryStore() },
  // Every file store here verifies at each flush and close that the journal replays to the live state.
  {
    name: 'file (fsync per batch)',
    durable: true,
    location: () => {
      const f = file();
      return () => new FileStore(f, { fsync: 'batch', verify: true });
    },
  },
  {
    name: 'file (compacting every few writes, in a worker thread)',
    durable: true,
    location: () => {
      const f = file();
      return () => new FileStore(f, { fsync: 'off', compactAfterBytes: 4096, workerAboveBytes: 0, verify: true });
    },
  },
];

const ACCOUNT = `AC${'5e'.repeat(16)}`;
const OTHER = `AC${'6f'.repeat(16)}`;
const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const auth = (sid: string) => `Basic ${Buffer.from(`${sid}:token-${sid.slice(-4)}`).toString('base64')}`;

async function open(store: Store, fetchImpl?: typeof fetch) {
  const sim = await Simulator.create({ faces: builtinFaces(), store, clock: { frozen: true }, delivery: { minRetryDelayMs: 10 }, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const app = createApp(sim);
  const call = async (method: string, path: string, form?: Record<string, string>, account = ACCOUNT) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: auth(account), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const control = (path: string, body: unknown, account = ACCOUNT) =>
    app.request(path, { method: 'POST', headers: { authorization: auth(account), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { sim, app, call, control };
}

/** The live state without what is not state (the save time, the batch number). */
function same(a: PersistedState, b: PersistedState): void {
  expect(stateDifference(a, b)).toBeUndefined();
}

describe.each(BACKENDS)('Store contract: $name', (backend) => {
  it('restarts with every kind of state: records, keys, transitions, deliveries and their retry queue, timeline, overrides, settings, clock, the number pool', async () => {
    const at = backend.location();
    const receiver = await Receiver.start();
    const first = await open(at());
    receiver.respondWith(500, 500);
    const key = await first.call('POST', `/api/2010-04-01/Accounts/${ACCOUNT}/Keys.json`, { FriendlyName: 'k' });
    expect(key.status).toBe(201);
    const cp = await first.call('POST', '/trusthub/v1/CustomerProfiles', {
      Email: 'a@example.com',
      FriendlyName: 'Kinds',
      PolicySid: SECONDARY,
      StatusCallback: receiver.at('/cb').replace('http://', 'http://user:pw@'),
    });
    expect(cp.status).toBe(201);
    expect((await first.call('POST', `/trusthub/v1/CustomerProfiles/${cp.body.sid}`, { Status: 'pending-review' })).status).toBe(200);
    expect((await first.control('/_sim/overrides', { sid: cp.body.sid, outcome: 'twilio-rejected', reason: 'forced' })).status).toBe(201);
    const available = await first.call('GET', `/api/2010-04-01/Accounts/${ACCOUNT}/AvailablePhoneNumbers/US/Local.json?AreaCode=303&PageSize=1`);
    const number = await first.call('POST', `/api/2010-04-01/Accounts/${ACCOUNT}/IncomingPhoneNumbers.json`, { PhoneNumber: available.body.available_phone_numbers[0].phone_number });
    expect(number.status).toBe(201);
    // The first attempt fails, then its retry a simulated minute later: the delivery waits in the queue with its credentials.
    await first.sim.findWorld(ACCOUNT)!.outbox.idle();
    expect((await first.control('/_sim/clock/advance', { seconds: 60 })).status).toBe(200);
    // A second account, and one reset: a reset account starts empty with the same SID.
    expect((await first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: 'other', Type: 'authorized_representative_1' }, OTHER)).status).toBe(201);
    first.sim.resetWorld(OTHER);
    first.sim.findWorld(ACCOUNT)!.settings.note = { kept: true };
    first.sim.findWorld(ACCOUNT)!.touch();
    await first.sim.findWorld(ACCOUNT)!.outbox.idle();
    const before = first.sim.snapshot();
    const world = before.accounts.find((a) => a.accountSid === ACCOUNT)!;
    expect(world.transitions.length).toBeGreaterThan(0);
    expect(world.outbox?.queue.map((q) => q.credentials)).toContain(Buffer.from('user:pw').toString('base64'));
    expect(world.timeline.length).toBeGreaterThan(0);
    expect(Object.keys(before.shared['numbers.owned'] as object)).toHaveLength(1);
    await first.sim.close();

    const second = await open(at());
    if (!backend.durable) {
      expect(second.sim.accounts()).toEqual([]);
      await second.sim.close();
      await receiver.close();
      return;
    }
    same(second.sim.snapshot(), before);
    // It goes on where it stopped: the key authenticates, the forced rejection lands, the callback retries.
    expect(
      (await second.app.request(`/trusthub/v1/CustomerProfiles/${cp.body.sid}`, { headers: { authorization: `Basic ${Buffer.from(`${key.body.sid}:${key.body.secret}`).toString('base64')}` } }))
        .status,
    ).toBe(200);
    receiver.respondWith(200);
    expect((await second.control('/_sim/clock/advance', { seconds: 86400 })).status).toBe(200);
    expect((await second.call('GET', `/trusthub/v1/CustomerProfiles/${cp.body.sid}`)).body.status).toBe('twilio-rejected');
    await second.sim.findWorld(ACCOUNT)!.outbox.idle();
    const after = second.sim.snapshot();
    await second.sim.close();
    const third = await open(at());
    same(third.sim.snapshot(), after);
    await third.sim.close();
    await receiver.close();
  });

  it('acknowledges a write only once it is saved: a store opened right after the response holds it', async () => {
    const at = backend.location();
    const first = await open(at());
    const sids: string[] = [];
    // Concurrent requests: several share one write.
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: `eu${i}`, Type: 'authorized_representative_1' })));
    for (const c of created) {
      expect(c.status).toBe(201);
      sids.push(c.body.sid);
    }
    // No close, no flush: what a kill -9 right now would leave.
    const peek = await at().load();
    if (backend.durable) expect(Object.keys(peek!.accounts[0]!.tables['trusthub.end_users']!).sort()).toEqual([...sids].sort());
    else expect(peek).toBeUndefined();
    await first.sim.close();
  });

  it('keeps deletes, and the creation order of records deleted and made again', async () => {
    const at = backend.location();
    const first = await open(at());
    const sids: string[] = [];
    for (let i = 0; i < 6; i++) sids.push((await first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: `eu${i}`, Type: 'authorized_representative_1' })).body.sid);
    expect((await first.call('DELETE', `/trusthub/v1/EndUsers/${sids[1]}`)).status).toBe(204);
    expect((await first.call('DELETE', `/trusthub/v1/EndUsers/${sids[4]}`)).status).toBe(204);
    expect((await first.call('POST', `/trusthub/v1/EndUsers/${sids[2]}`, { FriendlyName: 'renamed' })).status).toBe(200);
    // Re-inserted under the same SID: it moves to the end of the creation order, as Table.insert does.
    const table = first.sim.findWorld(ACCOUNT)!.table<{ sid: string }>('trusthub.end_users');
    table.insert({ ...table.get(sids[0]!)! });
    const list = async (s: typeof first) => ((await s.call('GET', '/trusthub/v1/EndUsers?PageSize=50')).body.results as Array<{ sid: string; friendly_name: string }>).map((e) => e.sid);
    const before = await list(first);
    expect(before).toHaveLength(4);
    const snapshot = first.sim.snapshot();
    await first.sim.close();
    const second = await open(at());
    if (backend.durable) {
      // Compared before listing: the list request itself goes into the account's request log.
      same(second.sim.snapshot(), snapshot);
      expect(await list(second)).toEqual(before);
    } else expect(second.sim.accounts()).toEqual([]);
    await second.sim.close();
  });

  it('removes accounts and shared state on a full reset, and keeps that across a restart', async () => {
    const at = backend.location();
    const first = await open(at());
    expect((await first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: 'gone', Type: 'authorized_representative_1' })).status).toBe(201);
    first.sim.resetAll();
    expect((await first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: 'kept', Type: 'authorized_representative_1' }, OTHER)).status).toBe(201);
    const snapshot = first.sim.snapshot();
    await first.sim.close();
    const second = await open(at());
    if (backend.durable) {
      expect(second.sim.accounts().map((w) => w.accountSid)).toEqual([OTHER]);
      same(second.sim.snapshot(), snapshot);
    }
    await second.sim.close();
  });

  it('pays per record changed, not per record held: a write to a big account journals what it changed', async () => {
    const at = backend.location();
    const first = await open(at());
    const world = first.sim.provision(ACCOUNT, 'token-5e5e');
    const table = world.table<{ sid: string; account_sid: string; n: number; body: string }>('bulk.records');
    for (let i = 0; i < 20_000; i++) table.insert({ sid: `BK${String(i).padStart(32, '0')}`, account_sid: ACCOUNT, n: i, body: 'x'.repeat(200) });
    await first.sim.flush();
    const journal = first.sim.store instanceof FileStore ? first.sim.store.journalFile : undefined;
    const size = () => (journal ? (statSync(journal, { throwIfNoEntry: false })?.size ?? 0) : 0);
    const startBytes = size();
    const t0 = performance.now();
    for (let i = 0; i < 50; i++)
      expect((await first.call('POST', '/trusthub/v1/EndUsers', { FriendlyName: `eu${i}`, Type: 'authorized_representative_1', Attributes: JSON.stringify({ i }) })).status).toBe(201);
    const perWrite = (performance.now() - t0) / 50;
    if (journal) {
      const grown = size() - startBytes;
      // Each create journals its record and the account's scalars: about a kilobyte, never the 20,000 records (4 MB).
      expect(grown / 50).toBeLessThan(4000);
    }
    // Serialising the account (what every write-behind flush cost before) takes longer than a write now does.
    expect(perWrite).toBeLessThan(50);
    table.get(`BK${'0'.repeat(31)}7`)!.n = -7;
    const snapshot = first.sim.snapshot();
    await first.sim.close();
    const second = await open(at());
    if (backend.durable) {
      same(second.sim.snapshot(), snapshot);
      expect(
        second.sim
          .findWorld(ACCOUNT)!
          .table<{ sid: string; n: number }>('bulk.records')
          .get(`BK${'0'.repeat(31)}7`)!.n,
      ).toBe(-7);
    }
    await second.sim.close();
  }, 60_000);

  it('reports its health, and the memory store never makes a request wait', async () => {
    const store = backend.location()();
    const { sim, call } = await open(store);
    expect(store.health()).toEqual({ ok: true });
    expect((await call('POST', '/trusthub/v1/EndUsers', { FriendlyName: 'x', Type: 'authorized_representative_1' })).status).toBe(201);
    if (!backend.durable) expect(store.commit()).toBeUndefined();
    await sim.close();
  });
});
