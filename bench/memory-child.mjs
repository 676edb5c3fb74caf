// One side of the memory bench (bench/memory.ts), in plain JavaScript so that neither side pays for a
// TypeScript loader: `node --expose-gc bench/memory-child.mjs sim|bare <n>`. Prints its figures as JSON.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const ACCOUNT = `AC${'3e'.repeat(16)}`;
const AUTH = `Basic ${Buffer.from(`${ACCOUNT}:memory-token`).toString('base64')}`;
const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Full collections with turns in between (weak references and finalizers settle too). `compact` makes
 * each one compact every page (V8 otherwise compacts only the emptiest), which gives back the pages that
 * a few live records keep committed among a burst's garbage.
 */
async function settledMemory(compact) {
  if (!globalThis.gc) throw new Error('Failed to measure memory: gc() is not exposed. Please run the child with node --expose-gc.');
  if (compact) setFlagsFromString('--compact-on-every-full-gc');
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((r) => setImmediate(r));
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

/** With the records held: after plain full collections, then after compacting ones. */
async function finalMemory() {
  const settled = await settledMemory(false);
  const compacted = await settledMemory(true);
  return { rss: settled.rss, heapUsed: settled.heapUsed, rssCompacted: compacted.rss };
}

/** `n` creates through `app.request`, 32 callers at once, the first one before measuring (it loads what the app loads lazily). */
async function burst(app, n, form) {
  const create = async () => {
    const res = await app.request('/trusthub/v1/EndUsers', { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (res.status !== 201) throw new Error(`Failed to measure memory: a create answered ${res.status}: ${await res.text()}`);
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
  return before;
}

/** The simulator's side, from the built package as `a2p-sim start` runs it (npm run bench builds dist/ first). */
async function simChild(n, form) {
  const built = join(HERE, '..', 'dist', 'index.js');
  if (!existsSync(built)) throw new Error('Failed to measure memory: dist/index.js is missing. Please run npm run build (npm run bench does) first.');
  const { Simulator, builtinFaces, createApp } = await import(pathToFileURL(built).href);
  const sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
  const before = await burst(createApp(sim), n, form);
  const rows = sim.findWorld(ACCOUNT).snapshot().tables['trusthub.end_users'];
  const record = JSON.stringify(Object.values(rows)[0]);
  const after = await finalMemory();
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, heapBefore: before.heapUsed, ...after, record })}\n`);
}

/**
 * The baseline's side: a bare Hono app receiving the same `n` creates in process, as the simulator does
 * (same form, same 32 concurrent callers, Basic auth checked, the form and its Attributes JSON parsed, a
 * JSON answer), keeping for each the record the simulator stores (its JSON with the new SID and the
 * request's fields) in a Map. Creating records through requests, not in a loop, matters: each request's
 * garbage is promoted among the records on both sides alike, so the ratio prices what the simulator
 * keeps, not how records are made.
 */
async function bareChild(n, record, form) {
  const { Hono } = await import('hono');
  const sample = JSON.parse(record);
  const rows = new Map();
  const app = new Hono();
  let seq = 0;
  app.post('/trusthub/v1/EndUsers', async (c) => {
    if (c.req.header('authorization') !== AUTH) return c.json({ code: 20003, status: 401 }, 401);
    const body = new URLSearchParams(await c.req.text());
    const sid = `IT${(++seq).toString(16).padStart(32, '0')}`;
    const rec = JSON.parse(record.replace(sample.sid, sid));
    rec.friendly_name = body.get('FriendlyName');
    rec.type = body.get('Type');
    rec.attributes = JSON.parse(body.get('Attributes') ?? '{}');
    rows.set(sid, rec);
    return c.json(rec, 201);
  });
  const before = await burst(app, n, form);
  const after = await finalMemory();
  if (rows.size !== n) throw new Error('Failed to measure memory: the bare Map lost records.');
  process.stdout.write(`${JSON.stringify({ rssBefore: before.rss, heapBefore: before.heapUsed, ...after })}\n`);
}

const [side, count] = process.argv.slice(2);
if (side === 'sim') await simChild(Number(count), process.env.BENCH_MEMORY_FORM);
else await bareChild(Number(count), process.env.BENCH_MEMORY_RECORD, process.env.BENCH_MEMORY_FORM);
