import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../src/sim/engine/simulator.js';
import type { WorldState } from '../../src/sim/engine/world.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';
import { FileStore, type FileStoreOptions } from '../../src/sim/store/file-store.js';
import type { PersistedState } from '../../src/sim/store/store.js';
import { stateDifference } from '../../src/sim/store/verify.js';

/**
 * Recovery of the journaled file store (docs/decisions/0003-journaled-store.md): a torn last
 * journal line, a compaction stopped at each step, a journal replayed onto an older snapshot, a data
 * file from before the journal, and writes that fail. "No close" below is what a kill -9 leaves.
 */
const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-recovery-'));
let n = 0;
const ACCOUNT = `AC${'7a'.repeat(16)}`;
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:tok`).toString('base64')}`;
const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

async function open(file: string, opts: FileStoreOptions = {}) {
  const store = new FileStore(file, { fsync: 'off', ...opts });
  const sim = await Simulator.create({ faces: builtinFaces(), store, clock: { frozen: true } });
  const app = createApp(sim);
  const post = async (path: string, form: Record<string, string>) => {
    const res = await app.request(path, { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
    return { status: res.status, body: (await res.json()) as any };
  };
  const endUser = (name: string) => post('/trusthub/v1/EndUsers', { FriendlyName: name, Type: 'authorized_representative_1' });
  /** A profile moved to review: records, a timeline entry, a pending transition. */
  const profile = async (name: string) => {
    const cp = await post('/trusthub/v1/CustomerProfiles', { Email: 'a@example.com', FriendlyName: name, PolicySid: SECONDARY });
    await post(`/trusthub/v1/CustomerProfiles/${cp.body.sid}`, { Status: 'pending-review' });
    return cp.body.sid as string;
  };
  return { store, sim, app, post, endUser, profile };
}

/** What a kill -9 leaves: nothing more is written, timers stop. */
async function killed(x: Awaited<ReturnType<typeof open>>): Promise<void> {
  await x.store.abandon();
  for (const w of x.sim.accounts()) w.close();
}

const fileName = () => join(dir, `r${++n}.json`);
// What a file store loads is what a simulator saved: accounts are WorldStates.
const loaded = async (file: string) => (await new FileStore(file).load()) as PersistedState<WorldState> | undefined;

describe('journaled file store: recovery', () => {
  it('drops a torn last journal line, and cuts it before appending again', async () => {
    const file = fileName();
    const a = await open(file);
    for (let i = 0; i < 3; i++) expect((await a.endUser(`eu${i}`)).status).toBe(201);
    const live = a.sim.snapshot();
    // A kill in the middle of a write: half a batch, no newline.
    appendFileSync(`${file}.journal`, '1234abcd {"seq":99,"ops":[{"op":"put","a":"AC');
    expect(stateDifference(live, (await loaded(file))!)).toBeUndefined();

    await killed(a);
    const b = await open(file);
    expect((await b.endUser('after')).status).toBe(201);
    const lines = readFileSync(`${file}.journal`, 'utf-8').split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{8} \{"seq":\d+,/);
    expect(Object.keys((await loaded(file))!.accounts[0]!.tables['trusthub.end_users']!)).toHaveLength(4);
    await b.sim.close();
  });

  it('recovers when a compaction stopped after writing its temporary file, before the rename', async () => {
    const file = fileName();
    const a = await open(file);
    await a.profile('one');
    await a.sim.flush();
    await a.profile('two');
    // What a compaction killed before its rename leaves: a temporary file, complete or not.
    writeFileSync(join(dir, `.r${n}.json.tmp`), '{"version":1,"accounts":[{"accountSid":"AC');
    const live = a.sim.snapshot();
    expect(stateDifference(live, (await loaded(file))!)).toBeUndefined();
    // The next compaction writes over it.
    await a.sim.flush();
    expect(stateDifference(live, JSON.parse(readFileSync(file, 'utf-8')))).toBeUndefined();
    await a.sim.close();
  });

  it('recovers when a compaction stopped after its rename, before the journal was cut: batches already in the snapshot are not applied twice', async () => {
    const file = fileName();
    const a = await open(file);
    await a.profile('one');
    await a.profile('two');
    const journal = readFileSync(`${file}.journal`);
    await a.sim.flush();
    expect(readFileSync(`${file}.journal`)).toHaveLength(0);
    // One more batch after the compaction; then the process dies, and the cut is undone as if it had
    // never happened (the old batches first, then the new one).
    await a.endUser('later');
    const live = a.sim.snapshot();
    await killed(a);
    writeFileSync(`${file}.journal`, Buffer.concat([journal, readFileSync(`${file}.journal`)]));
    const saved = (await loaded(file))!;
    // Timeline entries would be doubled by a batch applied twice.
    expect(saved.accounts[0]!.timeline).toHaveLength(live.accounts[0]!.timeline.length);
    expect(stateDifference(live, saved)).toBeUndefined();
    const b = await open(file);
    expect(stateDifference(live, b.sim.snapshot())).toBeUndefined();
    await b.sim.close();
  });

  it('replays the journal onto an older snapshot: creates, edits, deletes and a reset account after it', async () => {
    const file = fileName();
    const a = await open(file);
    const first = (await a.endUser('first')).body.sid;
    await a.sim.flush();
    const older = readFileSync(file, 'utf-8');
    await a.profile('after the snapshot');
    await a.post(`/trusthub/v1/EndUsers/${first}`, { FriendlyName: 'renamed' });
    expect((await a.app.request(`/trusthub/v1/EndUsers/${first}`, { method: 'DELETE', headers: { authorization: AUTH } })).status).toBe(204);
    a.sim.provision(`AC${'7b'.repeat(16)}`, 'other');
    a.sim.resetWorld(`AC${'7b'.repeat(16)}`);
    await a.sim.store.commit();
    const live = a.sim.snapshot();
    await killed(a);
    expect(readFileSync(file, 'utf-8')).toBe(older);
    const b = await open(file);
    expect(stateDifference(live, b.sim.snapshot())).toBeUndefined();
    await b.sim.close();
  });

  it('loads a data file from before the journal (a version 1 snapshot alone), and journals onto it', async () => {
    const file = fileName();
    const a = await open(fileName());
    await a.profile('legacy');
    await a.endUser('legacy');
    const legacy = a.sim.snapshot();
    await a.sim.close();
    // As earlier versions wrote it: no journalSeq, no outbox queue, no journal beside it.
    const old = JSON.parse(JSON.stringify(legacy));
    delete old.journalSeq;
    for (const w of old.accounts) delete w.outbox;
    writeFileSync(file, JSON.stringify(old));
    const b = await open(file);
    expect(stateDifference(legacy, b.sim.snapshot())).toBeUndefined();
    expect((await b.endUser('new')).status).toBe(201);
    const live = b.sim.snapshot();
    expect(stateDifference(live, (await loaded(file))!)).toBeUndefined();
    await b.sim.close();
    expect(JSON.parse(readFileSync(file, 'utf-8')).journalSeq).toBeGreaterThan(0);
  });

  it('with verification on, a change the engine did not see fails the flush, naming the table and record', async () => {
    const file = fileName();
    const a = await open(file, { verify: true });
    const sid = (await a.endUser('seen')).body.sid;
    // `peek` hands nothing out: an edit through it is exactly a missed change.
    a.sim.findWorld(ACCOUNT)!.table<{ sid: string; friendly_name: string }>('trusthub.end_users').peek(sid)!.friendly_name = 'unseen';
    await expect(a.sim.flush()).rejects.toThrow(new RegExp(`table trusthub.end_users record ${sid}.*friendly_name`));
    // Handed out again, the change is journaled and the files agree with the live state.
    a.sim.findWorld(ACCOUNT)!.table('trusthub.end_users').get(sid);
    await a.sim.close();
  });
});

describe('journaled file store: failed writes', () => {
  it('answers 503 in the face shape, reports it in /_sim/health, keeps every acknowledged change, and resumes', async () => {
    const file = fileName();
    let fault: Error | undefined;
    const a = await open(file, { faults: (step) => (step === 'journal' ? fault : undefined) });
    const ok = (await a.endUser('before')).body.sid;
    fault = Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC' });
    const refused = await a.endUser('during');
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 20503, status: 503 });
    expect(refused.body.message).toMatch(/^Failed to save the change to .*: ENOSPC: no space left on device, write\. Please /);
    const control = await a.app.request('/_sim/clock/advance', { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: '{"seconds":1}' });
    expect(control.status).toBe(503);
    expect(await control.json()).toMatchObject({ status: 503, message: expect.stringMatching(/^Failed to save/) });
    const cloudfran = await a.app.request('/api/v1/twilio/usage/monthly?month=2026-01', { headers: { 'x-api-key': 'cf_local_dev_key', 'x-tenant-id': 'tenant-during' } });
    expect(cloudfran.status).toBe(503);
    expect(await cloudfran.json()).toMatchObject({ error: 'service_unavailable', message: expect.stringMatching(/^Failed to save/) });
    const health = await a.app.request('/_sim/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: 'file', degraded: expect.stringContaining('ENOSPC') });
    // A change made outside any request while the disk is full does not crash the process either.
    a.sim.findWorld(ACCOUNT)!.touch();
    await new Promise((resolve) => setImmediate(resolve));

    fault = undefined;
    const after = (await a.endUser('after')).body.sid;
    expect((await a.app.request('/_sim/health')).status).toBe(200);
    const saved = Object.keys((await loaded(file))!.accounts.find((w) => w.accountSid === ACCOUNT)!.tables['trusthub.end_users']!);
    // The refused change stayed in memory and was written with the next batch: nothing is lost, the acknowledged least of all.
    expect(saved).toHaveLength(3);
    expect([saved[0], saved[2]]).toEqual([ok, after]);
    expect(stateDifference(a.sim.snapshot(), (await loaded(file))!)).toBeUndefined();
    await a.sim.close();
  });

  it('a data directory that cannot be written: 503 until it can, then everything is saved', async () => {
    const sub = join(dir, `ro${++n}`);
    mkdirSync(sub);
    const file = join(sub, 'sim.json');
    // As root chmod does not stop a write, so a directory where the journal file should be stands in for it.
    const root = process.getuid?.() === 0;
    const a = await open(file);
    if (root) mkdirSync(`${file}.journal`);
    else chmodSync(sub, 0o500);
    const refused = await a.endUser('refused');
    expect(refused.status).toBe(503);
    expect(refused.body.message).toMatch(root ? /EISDIR/ : /EACCES/);
    if (root) rmSync(`${file}.journal`, { recursive: true });
    else chmodSync(sub, 0o700);
    const ok = await a.endUser('ok');
    expect(ok.status).toBe(201);
    const live = a.sim.snapshot();
    await a.sim.close();
    const b = await open(file);
    expect(stateDifference(live, b.sim.snapshot())).toBeUndefined();
    await b.sim.close();
  });
});
