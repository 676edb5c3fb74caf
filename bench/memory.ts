/**
 * Memory at scale: the resident set of a process holding `n` EndUsers in one account, created
 * through the app in process, against a bare Hono app that received the same creates and holds the
 * same records in a Map (the objects the simulator stores, JSON-parsed, one per SID). Each side runs in its own child process
 * (`node --expose-gc --import tsx`, the same runtime for both; the simulator from the built dist/, as users
 * run it) and is measured after full collections, before and after the records are made. The simulator's figure includes everything it
 * keeps per record: indexes, the ordered list for pages, bookkeeping.
 *
 * `npx tsx bench/memory.ts [n]` runs it alone.
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface MemoryFigures {
  /** RSS after the setup, before the records (the runtime and, for the simulator, its modules). */
  rssBefore: number;
  /** Heap used at that point. */
  heapBefore: number;
  /** RSS with the records held, after full collections (`gc()`): what the process occupies. */
  rss: number;
  heapUsed: number;
  /** RSS after collections that compact every page: the floor, without the pages the creates left fragmented. */
  rssCompacted: number;
}

const ACCOUNT = `AC${'3e'.repeat(16)}`;
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:memory-token`).toString('base64')}`;
const SELF = fileURLToPath(import.meta.url);

/**
 * Full collections with turns in between (weak references and finalizers settle too). `compact`
 * makes each one compact every page (V8 otherwise compacts only the emptiest), which gives back the
 * pages that a few live records keep committed among a burst's garbage.
 */
async function settledMemory(compact: boolean): Promise<{ rss: number; heapUsed: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Failed to measure memory: gc() is not exposed. Please run the child with node --expose-gc.');
  if (compact) setFlagsFromString('--compact-on-every-full-gc');
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

/** With the records held: after plain full collections, then after compacting ones. */
async function finalMemory(): Promise<Omit<MemoryFigures, 'rssBefore' | 'heapBefore'>> {
  const settled = await settledMemory(false);
  const compacted = await settledMemory(true);
  return { rss: settled.rss, heapUsed: settled.heapUsed, rssCompacted: compacted.rss };
}

/** The simulator's side: `n` creates through `createApp(sim).request`; prints its figures and one stored record. */
async function simChild(n: number, form: string): Promise<void> {
  // The built package, as `a2p-sim start` and an installed copy run it (npm run bench builds dist/ first):
  // loading the sources through tsx instead would add its transpiled modules and source maps to the figure.
  const built = join(dirname(SELF), '..', 'dist', 'index.js');
  if (!existsSync(built)) throw new Error('Failed to measure memory: dist/index.js is missing. Please run npm run build (npm run bench does) first.');
  const { Simulator, builtinFaces, createApp } = (await import(pathToFileURL(built).href)) as typeof import('../src/index.js');
  const sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
  const app = createApp(sim);
  const create = async () => {
    const res = await app.request('/trusthub/v1/EndUsers', { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (res.status !== 201) throw new Error(`Failed to measure memory: a create answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // The first request loads what the app loads lazily: a fixed cost, counted before the records.
  await create();
  const rows = sim.findWorld(ACCOUNT)!.snapshot().tables['trusthub.end_users']!;
  const record = JSON.stringify(Object.values(rows)[0]);
  const before = await settledMemory(false);
  let made = 1;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (made++ < n) await create();
    }),
  );
  const after = await finalMemory();
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, heapBefore: before.heapUsed, ...after, record })}\n`);
}

/**
 * The baseline's side: a bare Hono app receiving the same `n` creates in process, as the simulator
 * does (same form, same 32 concurrent callers, Basic auth checked, the form and its Attributes JSON
 * parsed, a JSON answer), keeping for each the record the simulator stores (its JSON with the new SID
 * and the request's fields) in a Map. Creating records through requests, not in a loop, matters:
 * the garbage of each request is promoted among the records and leaves the old space fragmented on
 * both sides alike, so the ratio prices what the simulator keeps, not how records are made.
 */
async function bareChild(n: number, record: string, form: string): Promise<void> {
  const { Hono } = await import('hono');
  const sample = JSON.parse(record) as { sid: string };
  const rows = new Map<string, Record<string, unknown>>();
  const app = new Hono();
  let seq = 0;
  app.post('/trusthub/v1/EndUsers', async (c) => {
    if (c.req.header('authorization') !== AUTH) return c.json({ code: 20003, status: 401 }, 401);
    const body = new URLSearchParams(await c.req.text());
    const sid = `IT${(++seq).toString(16).padStart(32, '0')}`;
    const rec = JSON.parse(record.replace(sample.sid, sid)) as Record<string, unknown>;
    rec.friendly_name = body.get('FriendlyName');
    rec.type = body.get('Type');
    rec.attributes = JSON.parse(body.get('Attributes') ?? '{}');
    rows.set(sid, rec);
    return c.json(rec, 201);
  });
  const create = async () => {
    const res = await app.request('/trusthub/v1/EndUsers', { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (res.status !== 201) throw new Error(`Failed to measure memory: a bare create answered ${res.status}.`);
    await res.arrayBuffer();
  };
  await create();
  const before = await settledMemory(false);
  let made = 1;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (made++ < n) await create();
    }),
  );
  const after = await finalMemory();
  if (rows.size !== n) throw new Error('Failed to measure memory: the bare Map lost records.');
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, heapBefore: before.heapUsed, ...after })}\n`);
}

function child(args: string[], env: Record<string, string> = {}): Promise<MemoryFigures & { record?: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, 'child', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    proc.stdout.on('data', (c) => (out += c));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Failed to measure memory: the ${args[0]} child exited with ${code}.`));
      resolve(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

/** Both sides, the simulator first (it gives the record the Map holds). */
export async function memoryBench(n: number, form: string): Promise<{ sim: MemoryFigures; bare: MemoryFigures }> {
  const { record, ...sim } = await child(['sim', String(n)], { BENCH_MEMORY_FORM: form });
  const bare = await child(['bare', String(n)], { BENCH_MEMORY_RECORD: record!, BENCH_MEMORY_FORM: form });
  return { sim, bare };
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === 'child') {
    const n = Number(process.argv[4]);
    if (process.argv[3] === 'sim') await simChild(n, process.env.BENCH_MEMORY_FORM!);
    else await bareChild(n, process.env.BENCH_MEMORY_RECORD!, process.env.BENCH_MEMORY_FORM!);
  } else {
    const n = Number(process.argv[2] ?? 100_000);
    const form = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%7D';
    const { sim, bare } = await memoryBench(n, form);
    console.log({ sim, bare, ratio: sim.rss / bare.rss });
  }
}
