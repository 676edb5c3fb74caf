/**
 * Memory at scale: the resident set of a process holding `n` EndUsers in one account, created
 * through the app in process, against a bare Hono app that received the same creates and holds the
 * same records in a Map (the objects the simulator stores, JSON-parsed, one per SID). Each side runs in its
 * own child process (bench/memory-child.mjs under `node --expose-gc`: plain JavaScript for both, the
 * simulator from the built dist/ as users run it) and is measured after full collections, before and after
 * the records are made. The simulator's figure includes everything it keeps per record: indexes, the
 * ordered list for pages, bookkeeping.
 *
 * `npx tsx bench/memory.ts [n]` runs it alone.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const SELF = fileURLToPath(import.meta.url);
/** The children run as plain JavaScript, without tsx: its loader would add its own modules, and transform the simulator's, in one side's figure. */
const CHILD = join(dirname(SELF), 'memory-child.mjs');

function child(args: string[], env: Record<string, string> = {}): Promise<MemoryFigures & { record?: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
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
  const n = Number(process.argv[2] ?? 100_000);
  const form = 'FriendlyName=Acme%20rep&Type=authorized_representative_1&Attributes=%7B%22first_name%22%3A%22Ada%22%7D';
  const { sim, bare } = await memoryBench(n, form);
  console.log({ sim, bare, ratio: sim.rss / bare.rss });
}
