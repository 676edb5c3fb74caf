import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/sim/server.js';
import { startSimulator } from '../src/sim/start.js';
import { median } from './report.js';

/**
 * Spawn to first answered `/_sim/health`, for a command that prints its URL when listening. Waits
 * for the process to exit after the answer (untimed), so the next run never meets a process still
 * closing the same data file.
 */
export async function timeToFirstResponse(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    });
    const res = await fetch(`${url}/_sim/health`);
    await res.text();
    if (!res.ok) throw new Error(`${url}/_sim/health answered ${res.status}`);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * Median times to first response of a command and of the bare Hono server (bench/bare-start.mjs),
 * alternating the two `runs` times so a noisy neighbour hurts both alike.
 */
export async function startTimes(args: string[], runs: number): Promise<{ sim: number; bare: number }> {
  const sim: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    sim.push(await timeToFirstResponse(args));
    bare.push(await timeToFirstResponse(['bench/bare-start.mjs']));
  }
  return { sim: median(sim), bare: median(bare) };
}

/**
 * A data file holding `n` EndUsers in one account, made as a user would: a simulator started on the
 * file (`startSimulator({ data })`, the public option, so this works whatever the store's format),
 * `n` creates through the app, then closed. Returns the file and the bytes its directory holds.
 */
export async function makeDataFile(n: number, form: string, auth: string): Promise<{ file: string; bytes: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-bench-'));
  const file = join(dir, 'sim-data.json');
  const started = performance.now();
  const running = await startSimulator({ port: 0, data: file, frozen: true });
  const app = createApp(running.sim);
  const create = async () => {
    const res = await app.request('/trusthub/v1/EndUsers', { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (res.status !== 201) throw new Error(`Failed to make the bench's data file: a create answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // 32 creates in flight, as a busy client would send them.
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next++ < n) await create();
    }),
  );
  await running.close();
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { file, bytes, ms: performance.now() - started };
}
