/**
 * Flat costs at scale: the cost of one operation with 1k, 10k and 100k resources in one account,
 * as a ratio to its 1k figure (target ≤ 1.5 at 100k). Driven in process through
 * `createApp(running.sim).request(...)`: the whole pipeline (auth, settle, validation, store,
 * serialise) without sockets, so the figures are the simulator's cost and not the network's. Each
 * request is followed by a turn of the event loop, as requests arriving on a socket would be, so the
 * store's timers and writes run between them and are counted.
 *
 * Per size, two simulators started the public way (`startSimulator`), one in memory and one on a
 * data file (`{ data: file }`, so this runs on whatever store backs it), each holding N Secondary
 * Customer Profiles with an EndUser attached, submitted for review (made through the declarations,
 * as the tests do, to keep the setup short), and the same pair at the smallest size: each ratio is
 * the median of paired rounds run side by side with the smallest size's, alternating which goes
 * first, so a noisy neighbour hurts both alike. The operations:
 *   create            POST /v1/EndUsers
 *   persisted create  the same on the data file (paired rounds with the in-memory create)
 *   fetch             GET  /v1/EndUsers/{Sid}
 *   first page        GET  /v1/EndUsers?PageSize=50
 *   deep page         GET  /v1/EndUsers?PageSize=50&Page=k&PageToken=PA… (the SDK's next_page_url, near the end)
 *   settle            POST /_sim/clock/advance {"until": "settled"}: the N reviews, per transition fired
 * At the largest size also: persisted create throughput as a ratio to in-memory (over loopback at 50
 * connections, median of paired rounds' ratios), and the longest a request waits while the store
 * writes: a fetch every 5 ms, timed from when it was due, during a burst of creates and a second
 * after it, on each simulator.
 * `BENCH_SCALE_SIZES=1000,10000` runs fewer sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecord, internalContext, updateRecord } from '../src/sim/engine/operations.js';
import type { Simulator } from '../src/sim/engine/simulator.js';
import type { World } from '../src/sim/engine/world.js';
import { createApp } from '../src/sim/server.js';
import { type RunningSimulator, startSimulator } from '../src/sim/start.js';
import { Tables } from '../src/sim/twilio/trusthub/records.js';
import { load } from './http-load.js';
import { median, ms, ratio, section, table, target } from './report.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const ACCOUNT = `AC${'5c'.repeat(16)}`;
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:scale-token`).toString('base64')}`;
const FORM = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%7D';
/** Requests per timed round, and rounds per operation and size (the median round counts: the machine is shared and noisy). */
const REQUESTS = 200;
const ROUNDS = 5;
/** Targets: an operation at the largest size costs at most this times its 1k cost. */
export const FLAT_TARGET = 1.5;
/** Persisting a create keeps at least this share of the in-memory create's throughput (the project's target). */
export const PERSISTED_THROUGHPUT_TARGET = 0.8;
/** No request is held longer than this while the store writes at 100k records (the project's target). */
export const STALL_TARGET_MS = 50;
const TRICKLE_MS = 5;

type Operation = 'create' | 'persisted create' | 'fetch' | 'first page' | 'deep page' | 'settle';
type Figures = Record<Operation, number>;

interface Handle {
  running: RunningSimulator;
  get: (path: string) => Promise<Response>;
  post: (path: string, body: string, type?: string) => Promise<Response>;
  endUsers: string[];
}

export interface ScaleResult {
  largest: number;
  /** Persisted create throughput / in-memory, at the largest size. */
  persistedThroughput: number;
  /** Longest wait of a fetch during a burst of creates, in ms, at the largest size. */
  stall: { persisted: number; memory: number; fetches: number; burst: number };
}

const turn = () => new Promise<void>((r) => setImmediate(r));
const sleep = (msecs: number) => new Promise<void>((r) => setTimeout(r, msecs));

function populate(sim: Simulator, world: World, n: number): string[] {
  const def = (table: string) => sim.resources.get(table)!;
  const ctx = internalContext(sim, world);
  const endUsers: string[] = [];
  for (let i = 0; i < n; i++) {
    const profile = createRecord(ctx, def(Tables.customer_profile), { FriendlyName: `Scale ${i}`, Email: 'scale@example.com', PolicySid: SECONDARY });
    const eu = createRecord(ctx, def(Tables.endUsers), { FriendlyName: `EU ${i}`, Type: 'customer_profile_business_information', Attributes: '{"business_name":"Scale"}' });
    createRecord(internalContext(sim, world, { CustomerProfileSid: profile.sid }), def(Tables.entityAssignments('customer_profile')), { ObjectSid: eu.sid });
    updateRecord(ctx, def(Tables.customer_profile), profile.sid, { Status: 'pending-review' });
    endUsers.push(eu.sid);
  }
  return endUsers;
}

async function open(n: number, data?: string): Promise<Handle> {
  const running = await startSimulator({ port: 0, frozen: true, ...(data ? { data } : {}) });
  const app = createApp(running.sim);
  const get = async (path: string) => app.request(path, { headers: { authorization: AUTH } });
  const post = async (path: string, body: string, type = 'application/x-www-form-urlencoded') => app.request(path, { method: 'POST', headers: { authorization: AUTH, 'content-type': type }, body });
  await (await get(`/api/2010-04-01/Accounts/${ACCOUNT}.json`)).arrayBuffer();
  const endUsers = populate(running.sim, running.sim.findWorld(ACCOUNT)!, n);
  return { running, get, post, endUsers };
}

/** µs per call over one round of REQUESTS calls, a turn of the event loop after each. */
async function round(call: (i: number) => Promise<Response>, offset: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const res = await call(offset + i);
    if (!res.ok) throw new Error(`Failed to run the scale bench: a request answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    await turn();
  }
  return ((performance.now() - started) * 1000) / REQUESTS;
}

/**
 * Paired rounds of two calls after a warm-up round of each, alternating which goes first so drift
 * and a noisy neighbour hurt both alike: each side's median µs and the median of the pairs' ratios b/a.
 */
async function paired(a: (i: number) => Promise<Response>, b: (i: number) => Promise<Response>): Promise<{ a: number; b: number; ratio: number }> {
  await round(a, 0);
  await round(b, 0);
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    if (r % 2) {
      as.push(await round(a, r * REQUESTS));
      bs.push(await round(b, r * REQUESTS));
    } else {
      bs.push(await round(b, r * REQUESTS));
      as.push(await round(a, r * REQUESTS));
    }
  }
  return { a: median(as), b: median(bs), ratio: median(bs.map((x, i) => x / as[i]!)) };
}

/**
 * The longest a fetch waits, from when it was due, while `burst` creates run 16 at a time and for a
 * second after them (a store writing behind writes then). One fetch every TRICKLE_MS.
 */
async function longestStall(h: Handle, burst: number): Promise<{ max: number; fetches: number }> {
  let done = false;
  let max = 0;
  let fetches = 0;
  const trickle = (async () => {
    const t0 = performance.now();
    for (let k = 1; !done; k++) {
      const due = t0 + k * TRICKLE_MS;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const res = await h.get(`/trusthub/v1/EndUsers/${h.endUsers[(k * 7919) % h.endUsers.length]}`);
      await res.arrayBuffer();
      max = Math.max(max, performance.now() - due);
      fetches++;
    }
  })();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next++ < burst) {
        const res = await h.post('/trusthub/v1/EndUsers', FORM);
        if (res.status !== 201) throw new Error(`Failed to run the scale bench: a create answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        await turn();
      }
    }),
  );
  await sleep(1000);
  done = true;
  await trickle;
  return { max, fetches };
}

/** µs per transition of one `until: settled` advance of the account's clock. */
async function settle(h: Handle): Promise<number> {
  const pending = h.running.sim.findWorld(ACCOUNT)!.pendingCount;
  const started = performance.now();
  const res = await h.post('/_sim/clock/advance', JSON.stringify({ until: 'settled' }), 'application/json');
  const { fired } = (await res.json()) as { fired: number };
  if (fired < pending) throw new Error(`Failed to run the scale bench: the settle fired ${fired} of ${pending} pending transitions.`);
  return ((performance.now() - started) * 1000) / fired;
}

interface SizeResult {
  /** µs per operation at this size. */
  figures: Figures;
  /** Each operation's cost as a ratio to the smallest size's, from paired rounds. */
  ratios: Figures;
  persistedThroughput?: number;
  stall?: ScaleResult['stall'];
}

/**
 * One size: simulators of N resources (in memory and on a data file) measured in paired rounds
 * against fresh ones of the smallest size, so each ratio compares rounds run side by side.
 */
/**
 * Create throughput over loopback of the persisted simulator / the in-memory one, both holding the
 * largest size: autocannon at 50 connections (so the store can batch what arrives together), paired
 * rounds alternating which goes first, the median of the pairs' ratios.
 */
async function persistedThroughput(mem: Handle, per: Handle, opts: LargestOptions): Promise<number> {
  const run = (h: Handle, seconds: number) =>
    load({ url: `${h.running.url}/trusthub/v1/EndUsers`, method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: FORM, seconds, connections: 50 });
  await run(mem, 1);
  await run(per, 1);
  const ratios: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const [first, second] = r % 2 ? [per, mem] : [mem, per];
    const a = await run(first, opts.seconds);
    const b = await run(second, opts.seconds);
    const [m, p] = first === mem ? [a, b] : [b, a];
    if (m.non2xx + m.errors + p.non2xx + p.errors > 0) throw new Error('Failed to run the scale bench: creates failed under load.');
    ratios.push(p.requestsPerSec / m.requestsPerSec);
  }
  return median(ratios);
}

export interface LargestOptions {
  /** Creates in the burst during which the stall is measured. */
  stallBurst: number;
  /** Paired throughput rounds and their length. */
  rounds: number;
  seconds: number;
}

async function measure(n: number, smallest: number, largest?: LargestOptions): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-scale-'));
  const handles: Handle[] = [];
  try {
    const baseMem = await open(smallest);
    handles.push(baseMem);
    const basePer = await open(smallest, join(dir, 'base-data.json'));
    handles.push(basePer);
    const mem = await open(n);
    handles.push(mem);
    const per = await open(n, join(dir, 'sim-data.json'));
    handles.push(per);
    const create = (h: Handle) => () => h.post('/trusthub/v1/EndUsers', FORM);
    const fetchOne = (h: Handle) => (i: number) => h.get(`/trusthub/v1/EndUsers/${h.endUsers[(i * 7919) % h.endUsers.length]}`);
    const firstPage = (h: Handle) => () => h.get('/trusthub/v1/EndUsers?PageSize=50');
    // The token of the page that starts 100 records before the end of the populated ones.
    const deepPage = (h: Handle) => {
      const deep = Math.floor((h.endUsers.length - 100) / 50);
      const token = h.endUsers[deep * 50 - 1];
      return () => h.get(`/trusthub/v1/EndUsers?PageSize=50&Page=${deep}&PageToken=PA${token}`);
    };

    const figures = {} as Figures;
    const ratios = {} as Figures;
    const record = (op: Operation, r: { b: number; ratio: number }) => {
      figures[op] = r.b;
      ratios[op] = r.ratio;
    };
    record('create', await paired(create(baseMem), create(mem)));
    record('persisted create', await paired(create(basePer), create(per)));
    record('fetch', await paired(fetchOne(baseMem), fetchOne(mem)));
    record('first page', await paired(firstPage(baseMem), firstPage(mem)));
    record('deep page', await paired(deepPage(baseMem), deepPage(mem)));

    const result: SizeResult = { figures, ratios };
    if (largest) {
      result.persistedThroughput = await persistedThroughput(mem, per, largest);
      const m = await longestStall(mem, largest.stallBurst);
      const p = await longestStall(per, largest.stallBurst);
      result.stall = { memory: m.max, persisted: p.max, fetches: Math.min(m.fetches, p.fetches), burst: largest.stallBurst };
    }
    const baseSettle = await settle(baseMem);
    figures.settle = await settle(mem);
    ratios.settle = figures.settle / baseSettle;
    return result;
  } finally {
    for (const h of handles) await h.running.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the section's table and targets; returns the largest size's persistence figures for the summary. */
export async function scaleBench(sizes: number[], largestOptions: LargestOptions): Promise<ScaleResult> {
  section(
    'Flat costs at scale',
    "  In process (createApp(...).request); µs per operation at each size (median of 5 rounds of 200) and, in brackets, its ratio to the smallest size:\n  the median ratio of rounds paired with a simulator of the smallest size measured alongside (not the smallest size's column, measured earlier).",
  );
  const smallest = sizes[0]!;
  const largest = sizes[sizes.length - 1]!;
  const results = new Map<number, SizeResult>();
  // A first run at the smallest size warms the JIT, so the smallest size's figures are not the cold ones.
  await measure(smallest, smallest);
  for (const n of sizes) {
    const started = performance.now();
    results.set(n, await measure(n, smallest, n === largest ? largestOptions : undefined));
    console.log(`  measured ${n.toLocaleString('en-US')} resources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const label = (n: number) => n.toLocaleString('en-US');
  const last = results.get(largest)!;
  table(
    (Object.keys(last.figures) as Operation[]).map((op) => {
      const row: Record<string, string> = { operation: op };
      for (const n of sizes) {
        const r = results.get(n)!;
        row[label(n)] = `${r.figures[op].toFixed(1)} µs (${r.ratios[op].toFixed(2)}×)`;
      }
      return { ...row, ...target({ name: `${op} at ${label(largest)} / ${label(smallest)}`, value: last.ratios[op], op: '<=', limit: FLAT_TARGET, format: ratio }) };
    }),
  );
  return { largest, persistedThroughput: last.persistedThroughput!, stall: last.stall! };
}

/** The persistence rows measured at the largest size, for a table in the section the caller opens. */
export function persistenceRows(r: ScaleResult): Array<Record<string, string>> {
  const at = r.largest.toLocaleString('en-US');
  return [
    {
      figure: `persisted create throughput / in-memory, ${at} resources`,
      measured: ratio(r.persistedThroughput),
      baseline: 'in-memory create: loopback, 50 connections, paired rounds',
      ...target({ name: `persisted create throughput / in-memory at ${at}`, value: r.persistedThroughput, op: '>=', limit: PERSISTED_THROUGHPUT_TARGET, format: ratio }),
    },
    {
      figure: `longest wait of a fetch while ${r.stall.burst.toLocaleString('en-US')} creates are persisted, ${at} resources`,
      measured: ms(r.stall.persisted),
      baseline: `in memory ${ms(r.stall.memory)} (${r.stall.fetches} fetches)`,
      ...target({ name: `longest stall while the store writes at ${at}`, value: r.stall.persisted, op: '<=', limit: STALL_TARGET_MS, format: ms }),
    },
  ];
}

// `npx tsx bench/scale.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const r = await scaleBench(sizes, { stallBurst: 5000, rounds: 3, seconds: 4 });
  section('Persistence');
  table(persistenceRows(r));
  process.exit(0);
}
