/**
 * `npm run soak` (`node --import tsx soak/index.ts`): acknowledged means durable, checked the hard
 * way. A simulator child with `--data` in a temporary directory takes creates from concurrent
 * clients; it is killed with SIGKILL at random moments and restarted; at the end every SID it
 * acknowledged (a 2xx) must be there. Exit 0 when none is lost, 1 when any is, 2 for bad arguments.
 *
 *   --seconds S      time spent writing, spread over the kills (default 60; each restart adds ~1 s)
 *   --kills N        kills (default 20)
 *   --clients C      requests in flight (default 16)
 *   --fsync P        the child's --fsync policy (default: the simulator's)
 *   --keep           keep the temporary directory (its path is printed)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from '../scripts/script-args.js';

const USAGE = 'Usage: node --import tsx soak/index.ts [--seconds S] [--kills N] [--clients C] [--fsync P] [--keep]';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`Failed to read --${name}: "${value}" is not a whole number above 0. Please pass e.g. --${name} ${fallback}.\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const values = scriptArgs(USAGE, { seconds: { type: 'string' }, kills: { type: 'string' }, clients: { type: 'string' }, fsync: { type: 'string' }, keep: { type: 'boolean' } });
const seconds = positive('seconds', values.seconds as string | undefined, 60);
const kills = positive('kills', values.kills as string | undefined, 20);
const clients = positive('clients', values.clients as string | undefined, 16);
const fsync = values.fsync as string | undefined;

const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-soak-'));
const file = join(dir, 'soak.json');
/** A few accounts, so that one grows large (the write cost must stay flat) and the batches mix accounts. */
const ACCOUNTS = ['a1', 'b2', 'c3', 'd4'].map((x) => ({ sid: `AC${x.repeat(16)}`, auth: `Basic ${Buffer.from(`AC${x.repeat(16)}:soak-token`).toString('base64')}` }));

interface Child {
  proc: ChildProcess;
  url: string;
  exited: Promise<void>;
}

/** Starts the simulator on the data file and resolves once it listens (its first line names the URL). */
function startChild(): Promise<Child> {
  const args = ['--import', 'tsx', 'src/bin.ts', 'start', '--port', '0', '--data', file, '--quiet', ...(fsync ? ['--fsync', fsync] : [])];
  const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  return new Promise((ready, failed) => {
    let out = '';
    let err = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) ready({ proc, url: m[1]!, exited });
    });
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.once('exit', (code) =>
      failed(
        new Error(
          `Failed to start the simulator: it exited with code ${code} before listening (${err.trim().split('\n')[0] ?? 'no output'}). Please run it by hand: node --import tsx src/bin.ts ${args.slice(2).join(' ')}`,
        ),
      ),
    );
  });
}

const acknowledged = new Map<string, string>();
let attempted = 0;
let refused = 0;

/** Creates end users until `stop` says so; records the SID of every 2xx. Errors from the kill are expected. */
async function drive(url: string, stop: () => boolean): Promise<void> {
  let n = 0;
  const one = async (lane: number): Promise<void> => {
    while (!stop()) {
      const account = ACCOUNTS[(lane + n++) % ACCOUNTS.length]!;
      attempted++;
      try {
        const res = await fetch(`${url}/trusthub/v1/EndUsers`, {
          method: 'POST',
          headers: { authorization: account.auth, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ FriendlyName: `soak ${attempted}`, Type: 'authorized_representative_1', Attributes: JSON.stringify({ note: 'x'.repeat(200) }) }).toString(),
        });
        const body = (await res.json()) as { sid?: string };
        if (res.status >= 200 && res.status < 300 && body.sid) acknowledged.set(body.sid, account.sid);
        else refused++;
      } catch {
        // Killed mid-request: not acknowledged, so not counted.
        if (stop()) return;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, lane) => one(lane)));
}

/** Every end user SID the restarted simulator serves, page by page. */
async function present(url: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const account of ACCOUNTS) {
    let next: string | null = `${url}/trusthub/v1/EndUsers?PageSize=1000`;
    while (next) {
      const res = await fetch(next, { headers: { authorization: account.auth } });
      if (res.status !== 200) throw new Error(`Failed to list the end users of ${account.sid}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}. Please check the simulator's log.`);
      const page = (await res.json()) as { results: Array<{ sid: string }>; meta: { next_page_url: string | null } };
      for (const r of page.results) found.add(r.sid);
      // The page links name trusthub.twilio.com; the simulator serves that host under /trusthub.
      const link = page.meta.next_page_url ? new URL(page.meta.next_page_url) : undefined;
      next = link ? `${url}/trusthub${link.pathname}${link.search}` : null;
    }
  }
  return found;
}

const started = performance.now();
const window = (seconds * 1000) / kills;
let exitCode = 0;
try {
  for (let k = 1; k <= kills; k++) {
    const child = await startChild();
    let stopped = false;
    // Somewhere in the second half of its window: always under load, never at the same moment.
    const killAfter = window * (0.5 + Math.random() * 0.5);
    const killer = setTimeout(() => {
      stopped = true;
      child.proc.kill('SIGKILL');
    }, killAfter);
    await drive(child.url, () => stopped);
    clearTimeout(killer);
    await child.exited;
    process.stdout.write(`kill ${k}/${kills}: ${acknowledged.size} acknowledged so far\n`);
  }
  const last = await startChild();
  const found = await present(last.url);
  last.proc.kill('SIGTERM');
  await last.exited;
  const lost = [...acknowledged.keys()].filter((sid) => !found.has(sid));
  console.log(`kills: ${kills}`);
  console.log(`requests: ${attempted} (refused: ${refused})`);
  console.log(`acknowledged: ${acknowledged.size}`);
  console.log(`lost: ${lost.length}`);
  console.log(`seconds: ${((performance.now() - started) / 1000).toFixed(1)}`);
  if (lost.length) {
    console.log(`first lost: ${lost.slice(0, 5).join(', ')}`);
    exitCode = 1;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  exitCode = 1;
} finally {
  if (values.keep) console.log(`data kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
