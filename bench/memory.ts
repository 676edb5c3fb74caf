/**
 * Memory at scale: the resident set of a process holding `n` EndUsers in one account, created
 * through the app in process, against a process holding the same records in a bare Map (the objects
 * the simulator stores, JSON-parsed, one per SID). Each side runs in its own child process
 * (`node --expose-gc --import tsx`, the same runtime for both) and is measured after full
 * collections, before and after the records are made. The simulator's figure includes everything it
 * keeps per record: indexes, the ordered list for pages, bookkeeping.
 *
 * `npx tsx bench/memory.ts [n]` runs it alone.
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';

export interface MemoryFigures {
  /** RSS after the setup, before the records (the runtime and, for the simulator, its modules). */
  rssBefore: number;
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
async function finalMemory(): Promise<Omit<MemoryFigures, 'rssBefore'>> {
  const settled = await settledMemory(false);
  const compacted = await settledMemory(true);
  return { rss: settled.rss, heapUsed: settled.heapUsed, rssCompacted: compacted.rss };
}

/** The simulator's side: `n` creates through `createApp(sim).request`; prints its figures and one stored record. */
async function simChild(n: number, form: string): Promise<void> {
  const { Simulator } = await import('../src/sim/engine/simulator.js');
  const { builtinFaces } = await import('../src/sim/faces.js');
  const { createApp } = await import('../src/sim/server.js');
  const { Tables } = await import('../src/sim/twilio/trusthub/records.js');
  const sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
  const app = createApp(sim);
  const create = async () => {
    const res = await app.request('/trusthub/v1/EndUsers', { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (res.status !== 201) throw new Error(`Failed to measure memory: a create answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // The first request loads what the app loads lazily: a fixed cost, counted before the records.
  await create();
  const rows = sim.findWorld(ACCOUNT)!.snapshot().tables[Tables.endUsers]!;
  const record = JSON.stringify(Object.values(rows)[0]);
  const before = await settledMemory(false);
  let made = 1;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (made++ < n) await create();
    }),
  );
  const after = await finalMemory();
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, ...after, record })}\n`);
}

/** The baseline's side: `n` copies of the stored record, each parsed from its own JSON text with its own SID. */
async function bareChild(n: number, record: string): Promise<void> {
  const sample = JSON.parse(record) as { sid: string };
  const rows = new Map<string, unknown>();
  const before = await settledMemory(false);
  for (let i = 0; i < n; i++) {
    const sid = `IT${i.toString(16).padStart(32, '0')}`;
    rows.set(sid, JSON.parse(record.replace(sample.sid, sid)));
  }
  const after = await finalMemory();
  if (rows.size !== n) throw new Error('Failed to measure memory: the bare Map lost records.');
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, ...after })}\n`);
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
  const bare = await child(['bare', String(n)], { BENCH_MEMORY_RECORD: record! });
  return { sim, bare };
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === 'child') {
    const n = Number(process.argv[4]);
    if (process.argv[3] === 'sim') await simChild(n, process.env.BENCH_MEMORY_FORM!);
    else await bareChild(n, process.env.BENCH_MEMORY_RECORD!);
  } else {
    const n = Number(process.argv[2] ?? 100_000);
    const form = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%7D';
    const { sim, bare } = await memoryBench(n, form);
    console.log({ sim, bare, ratio: sim.rss / bare.rss });
  }
}
