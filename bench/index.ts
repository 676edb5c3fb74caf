/**
 * `npm run bench`: what users feel, as figures beside their targets, most of them ratios against a
 * baseline doing the same work measured in the same run (machines are shared and noisy, so absolute
 * numbers mean little). Reports only: never part of the test suite, never fails on a missed target.
 *
 * 1. Wire throughput: the simulator's EndUser create and fetch against a bare Hono app doing the
 *    same necessary work (bench/bare.ts says what it does and leaves out), in paired rounds at 50
 *    connections: the median of the pairs' ratios (target ≥ 0.7), with p99 latencies.
 * 2. Time to first response of the built `a2p-sim start` (`dist/bin.js`; `npm run bench` builds
 *    first) against a bare Hono server's, median of 7 alternating runs (target < 300 ms).
 * 3. Journeys over HTTP (bench/journeys.ts).
 * 4. Flat costs at scale (bench/scale.ts): each operation at 1k, 10k and 100k resources as a ratio to
 *    1k, in memory and persisted (target ≤ 1.5).
 * 5. Persistence at 100k: persisted create throughput / in-memory, the longest stall of a request
 *    while the store writes, and the time to first response of `a2p-sim start --data` on a 100k file.
 * 6. Memory at 100k: RSS of the simulator holding 100k EndUsers / a bare Map of the same records (bench/memory.ts).
 * Sections 4 and 5 run first, before this process has served anything else (see main).
 *
 * `npm run bench -- --only memory` (or a comma list of throughput, start, journeys, scale,
 * persistence, memory) runs only those sections.
 * Then a summary of every target, met or not.
 *
 * Environment: BENCH_SECONDS (length of a throughput round, default 4), BENCH_ROUNDS (paired rounds,
 * default 3), BENCH_SCALE_SIZES (default 1000,10000,100000; the largest is the persistence and memory
 * size), BENCH_QUICK=1 (2 s rounds, sizes 1000,10000: a quicker look, not the targets' sizes).
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { startSimulator } from '../src/sim/start.js';
import { startBare } from './bare.js';
import { type LoadResult, load } from './http-load.js';
import { journeys } from './journeys.js';
import { memoryBench } from './memory.js';
import { mb, median, ms, ratio, section, summary, table, target } from './report.js';
import { persistenceRows, scaleBench } from './scale.js';
import { makeDataFile, startTimes } from './start-time.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 4));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SCALE_SIZES ?? (QUICK ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const LARGE = SIZES[SIZES.length - 1]!;
const CONNECTIONS = 50;

const THROUGHPUT_TARGET = 0.7;
const START_TARGET_MS = 300;
const START_FROM_DATA_TARGET_MS = 1000;
const MEMORY_TARGET = 1.3;
/** `--only memory[,start,...]`: run only these sections (throughput, start, journeys, scale, persistence, memory). */
const SECTIONS = ['throughput', 'start', 'journeys', 'scale', 'persistence', 'memory'];
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt < 0 ? undefined : (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
for (const name of ONLY ?? []) {
  if (!SECTIONS.includes(name)) {
    console.error(`Failed to run the bench: there is no section '${name}'. Please pick from ${SECTIONS.join(', ')}.`);
    process.exit(2);
  }
}
if (ONLY?.length === 0) {
  console.error(`Failed to run the bench: --only names no section. Please pick from ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const runs = (name: string) => !ONLY || ONLY.includes(name);

const ACCOUNT = `AC${'be'.repeat(16)}`;
const TOKEN = 'bench-token';
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`;
const FORM = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%2C%22last_name%22%3A%22Lovelace%22%2C%22email%22%3A%22ada%40acme.com%22%7D';
const FORM_HEADERS = { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' };

interface Paired {
  sim: LoadResult[];
  bare: LoadResult[];
  ratios: number[];
}

/**
 * ROUNDS pairs of rounds, alternating which side runs first (a drifting machine then favours
 * neither); each pair gives a throughput ratio sim/bare and the median pair is the figure.
 */
async function pairedLoad(sim: () => Promise<LoadResult>, bare: () => Promise<LoadResult>): Promise<Paired> {
  const out: Paired = { sim: [], bare: [], ratios: [] };
  for (let round = 0; round < ROUNDS; round++) {
    let s: LoadResult;
    let b: LoadResult;
    if (round % 2 === 0) {
      s = await sim();
      b = await bare();
    } else {
      b = await bare();
      s = await sim();
    }
    out.sim.push(s);
    out.bare.push(b);
    out.ratios.push(s.requestsPerSec / b.requestsPerSec);
  }
  return out;
}

function throughputRow(operation: string, p: Paired) {
  const rps = (rs: LoadResult[]) => Math.round(median(rs.map((r) => r.requestsPerSec)));
  const p99 = (rs: LoadResult[]) => median(rs.map((r) => r.latencyP99));
  const value = median(p.ratios);
  return {
    operation,
    'sim req/s': rps(p.sim),
    'bare req/s': rps(p.bare),
    'ratio (median)': value.toFixed(2),
    'pair ratios': p.ratios.map((r) => r.toFixed(2)).join(' '),
    'sim p99 ms': p99(p.sim),
    'bare p99 ms': p99(p.bare),
    errors: [...p.sim, ...p.bare].reduce((n, r) => n + r.errors + r.non2xx, 0),
    ...target({ name: `${operation} throughput sim/bare`, value, op: '>=', limit: THROUGHPUT_TARGET, format: (v) => v.toFixed(2) }),
  };
}

async function throughput(): Promise<void> {
  section(
    'Wire throughput',
    `  TrustHub EndUsers over loopback, autocannon in its own process, ${CONNECTIONS} connections; ${ROUNDS} paired rounds of ${SECONDS} s, alternating which side goes first.\n  Baseline: bare Hono doing the same necessary work (auth decode + compare, form and Attributes parse, ISO dates, URL, same JSON body; bench/bare.ts).`,
  );
  const sim = await startSimulator({ port: 0, frozen: true });
  const bare = await startBare(ACCOUNT, TOKEN);
  try {
    const simCreate = () => load({ url: `${sim.url}/trusthub/v1/EndUsers`, method: 'POST', headers: FORM_HEADERS, body: FORM, seconds: SECONDS, connections: CONNECTIONS });
    const bareCreate = () => load({ url: `${bare.url}/trusthub/v1/EndUsers`, method: 'POST', headers: FORM_HEADERS, body: FORM, seconds: SECONDS, connections: CONNECTIONS });
    const sidOf = async (url: string) => {
      const res = await fetch(`${url}/trusthub/v1/EndUsers`, { method: 'POST', headers: FORM_HEADERS, body: FORM });
      if (res.status !== 201) throw new Error(`Failed to run the throughput bench: a create at ${url} answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { sid: string }).sid;
    };
    const [simSid, bareSid] = [await sidOf(sim.url), await sidOf(bare.url)];
    const simFetch = () => load({ url: `${sim.url}/trusthub/v1/EndUsers/${simSid}`, method: 'GET', headers: { authorization: AUTH }, seconds: SECONDS, connections: CONNECTIONS });
    const bareFetch = () => load({ url: `${bare.url}/trusthub/v1/EndUsers/${bareSid}`, method: 'GET', headers: { authorization: AUTH }, seconds: SECONDS, connections: CONNECTIONS });
    // Warm both sides up on both operations, so JIT and connection setup favour neither.
    await load({ url: `${sim.url}/trusthub/v1/EndUsers`, method: 'POST', headers: FORM_HEADERS, body: FORM, seconds: 2, connections: CONNECTIONS });
    await load({ url: `${bare.url}/trusthub/v1/EndUsers`, method: 'POST', headers: FORM_HEADERS, body: FORM, seconds: 2, connections: CONNECTIONS });
    await load({ url: `${sim.url}/trusthub/v1/EndUsers/${simSid}`, method: 'GET', headers: { authorization: AUTH }, seconds: 1, connections: CONNECTIONS });
    await load({ url: `${bare.url}/trusthub/v1/EndUsers/${bareSid}`, method: 'GET', headers: { authorization: AUTH }, seconds: 1, connections: CONNECTIONS });
    const create = await pairedLoad(simCreate, bareCreate);
    const fetchOne = await pairedLoad(simFetch, bareFetch);
    table([throughputRow('create (POST EndUsers)', create), throughputRow('fetch (GET EndUsers/{Sid})', fetchOne)]);
  } finally {
    await sim.close();
    await bare.close();
  }
}

/** Time to first response of the built command (`dist/bin.js`, what `npx a2p-sim start` runs from an installed package). */
async function startTime(): Promise<void> {
  section('Start', '  Spawn to first answered /_sim/health, median of 7 runs alternating with a bare Hono server (bench/bare-start.mjs).');
  const { sim, bare } = await startTimes(['dist/bin.js', 'start', '--port', '0', '--quiet'], 7);
  table([
    {
      figure: 'a2p-sim start, time to first response',
      measured: ms(sim),
      'bare Hono': ms(bare),
      ratio: ratio(sim / bare),
      ...target({ name: 'a2p-sim start, time to first response', value: sim, op: '<=', limit: START_TARGET_MS, format: ms }),
    },
  ]);
}

async function journeyTimes(): Promise<void> {
  section('Journeys', '  Best of a few runs each (the first pays for JIT warm-up and spec loading).');
  const rows: Array<Record<string, string>> = [];
  for (const j of journeys()) {
    const result = await j.run();
    rows.push({ journey: j.name, measured: ms(result.ms), ...target({ name: j.name, value: result.ms, op: '<=', limit: j.targetMs, format: ms }), detail: result.detail ?? '' });
  }
  table(rows);
}

async function persistence(scale: Awaited<ReturnType<typeof scaleBench>>): Promise<void> {
  const at = LARGE.toLocaleString('en-US');
  section(
    `Persistence at ${at} resources`,
    '  On the largest scale simulators (bench/scale.ts): creates over loopback at 50 connections in paired rounds; a fetch every 5 ms during a burst of creates.\n  The built command on a data file made through the app (bench/start-time.ts).',
  );
  const data = await makeDataFile(LARGE, FORM, AUTH);
  try {
    const { sim, bare } = await startTimes(['dist/bin.js', 'start', '--data', data.file, '--port', '0', '--quiet'], 5);
    table([
      ...persistenceRows(scale),
      {
        figure: `a2p-sim start --data, time to first response, ${at} EndUsers (${mb(data.bytes)} on disk)`,
        measured: ms(sim),
        baseline: `bare Hono ${ms(bare)} (${ratio(sim / bare)}), median of 5 alternating`,
        ...target({ name: `a2p-sim start --data with ${at} EndUsers, time to first response`, value: sim, op: '<=', limit: START_FROM_DATA_TARGET_MS, format: ms }),
      },
    ]);
    console.log(`  (the data file: ${at} creates through the app and a close, ${(data.ms / 1000).toFixed(1)} s)`);
  } finally {
    rmSync(dirname(data.file), { recursive: true, force: true });
  }
}

async function memory(): Promise<void> {
  const at = LARGE.toLocaleString('en-US');
  section(
    `Memory at ${at} resources`,
    `  Each side in its own child process (node --expose-gc): ${at} EndUsers created through the app in one account, against a bare Hono app that received the same creates and keeps the same stored records in a Map; RSS after full collections.`,
  );
  const { sim, bare } = await memoryBench(LARGE, FORM);
  const row = (name: string, f: typeof sim) => ({
    process: name,
    'RSS before records': mb(f.rssBefore),
    [`RSS at ${at}`]: mb(f.rss),
    'heap used': mb(f.heapUsed),
    'RSS after compacting GCs': mb(f.rssCompacted),
  });
  table([row('simulator', sim), row('bare Map', bare)]);
  table([
    {
      figure: `RSS at ${at} EndUsers, simulator / bare Map`,
      measured: ratio(sim.rss / bare.rss),
      ...target({ name: `RSS at ${at} EndUsers, simulator / bare Map`, value: sim.rss / bare.rss, op: '<=', limit: MEMORY_TARGET, format: ratio }),
    },
    { figure: 'heap used, simulator / bare Map', measured: ratio(sim.heapUsed / bare.heapUsed), target: '', met: '' },
    // What the records themselves cost: the heap each side gained while making them (module code and fixtures excluded).
    { figure: `heap held per record (growth over ${at}), simulator / bare Map`, measured: ratio((sim.heapUsed - sim.heapBefore) / (bare.heapUsed - bare.heapBefore)), target: '', met: '' },
    // The same for the resident set: what the records cost in RSS, without each process's fixed start-up size.
    { figure: `RSS gained over ${at} (records only), simulator / bare Map`, measured: ratio((sim.rss - sim.rssBefore) / (bare.rss - bare.rssBefore)), target: '', met: '' },
    { figure: 'RSS after compacting GCs, simulator / bare Map', measured: ratio(sim.rssCompacted / bare.rssCompacted), target: '', met: '' },
  ]);
}

async function main() {
  const started = performance.now();
  console.log(`a2p-sim bench${QUICK ? ' (BENCH_QUICK: shorter rounds and smaller sizes, not the targets’ sizes)' : ''}: ${ROUNDS} rounds of ${SECONDS} s, sizes ${SIZES.join(', ')}`);
  // Scale and persistence run first, in a process that has served nothing yet: their simulators share
  // this process, and what earlier sections left on its heap (17 journeys' simulators) made a major
  // collection of it the "longest stall" of the store (68-141 ms after the journeys, 15 ms without).
  // Persistence compares against the scale section's in-memory figures, so it brings scale along.
  if (runs('scale') || runs('persistence')) {
    const scale = await scaleBench(SIZES, { stallBurst: QUICK ? 1000 : 5000, rounds: ROUNDS, seconds: SECONDS });
    if (runs('persistence')) await persistence(scale);
  }
  if (runs('throughput')) await throughput();
  if (runs('start')) await startTime();
  if (runs('journeys')) await journeyTimes();
  if (runs('memory')) await memory();
  summary();
  console.log(`\nThe bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  process.exit(0);
}

await main();
