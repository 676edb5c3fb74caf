import { Simulator } from '../engine/simulator.js';
import { builtinFaces } from '../faces.js';
import { createApp } from '../server.js';
import { DEFAULT_PORT } from '../defaults.js';
import type { RunningSimulator } from '../start.js';
import { FileStore } from '../store/file-store.js';
import { seedTenants, type SeedResult } from './seeder.js';

/**
 * `a2p-sim seed` and `a2p-sim reset`: demo environments from the command line, on a data file
 * (offline, through the same faces in process) or on a running simulator (`--url`, through its
 * admin API). The CLI (../cli.ts) parses and checks the arguments; usage texts are in ../cli-usage.ts.
 */

function adminHeaders(token: string | undefined): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { 'x-sim-admin-token': token } : {}) };
}

/** An admin API call; `what` words its failures ("seed", "reset"). */
async function adminCall(what: string, url: string, path: string, token: string | undefined, body: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${url}/_sim/admin${path}`, { method: 'POST', headers: adminHeaders(token), body: JSON.stringify(body) });
  } catch (e) {
    // fetch's own error is a bare "fetch failed" with the reason in its cause (ECONNREFUSED, ENOTFOUND, …).
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`Failed to ${what}: cannot connect to ${url} (${cause?.code ?? cause?.message ?? (e as Error).message}). Please start the simulator or check --url.`);
  }
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
    } catch {
      // not JSON: the raw body says more than nothing
    }
    // The admin API's 401 speaks to HTTP clients; this one is the command line.
    if (res.status === 401) throw new Error(`Failed to ${what} on ${url}: the admin token is missing or wrong. Please pass --admin-token (or SIM_ADMIN_TOKEN) with the token a2p-sim start printed.`);
    const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
    throw new Error(`Failed to ${what} on ${url}: it answered ${res.status}: ${sentence}${/Please /.test(message) ? '' : ' Please check --url and --admin-token.'}`);
  }
  return text ? JSON.parse(text) : null;
}

/** A file-backed simulator opened offline; the demo inbox is answered in process, as the running simulator would. */
async function openFile(file: string, seed: string | undefined, baseUrl: string): Promise<{ sim: Simulator; app: ReturnType<typeof createApp> }> {
  const inbox = `${baseUrl.replace(/\/$/, '')}/_sim/inbox/`;
  let app: ReturnType<typeof createApp> | undefined;
  const sim = await Simulator.create({
    faces: builtinFaces(),
    store: new FileStore(file),
    ...(seed !== undefined ? { seed } : {}),
    fetch: (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (app && url.startsWith(inbox)) return Promise.resolve(app.request(url.slice(baseUrl.replace(/\/$/, '').length), init));
      return fetch(input, init);
    },
  });
  app = createApp(sim);
  return { sim, app };
}

function summary(result: SeedResult): string {
  const added = result.tenants.filter((t) => !t.skipped);
  const lines = result.tenants.map((t) => `  ${t.skipped ? '=' : '+'} ${t.tenantId.padEnd(44)} ${t.accountSid}  ${t.story}`);
  return `${added.length} tenant(s) added, ${result.tenants.length - added.length} already there:\n${lines.join('\n')}`;
}

/** A data file, worked on offline, or a running simulator's base URL, reached through its admin API. */
export type Target = { data: string } | { url: string };

export interface SeedArgs {
  tenants: number;
  seed: string;
  target: Target;
  baseUrl?: string | undefined;
  adminToken?: string | undefined;
}

export async function seedCommand(args: SeedArgs): Promise<void> {
  const { tenants, seed, target } = args;
  if ('url' in target) {
    const result = (await adminCall('seed', target.url, '/seed', args.adminToken, { tenants, seed, ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}) })) as SeedResult;
    console.log(summary(result));
    return;
  }
  const file = target.data;
  // Offline, callbacks point at where the simulator will be served (default port unless told).
  const baseUrl = args.baseUrl ?? `http://127.0.0.1:${DEFAULT_PORT}`;
  const { sim, app } = await openFile(file, seed, baseUrl);
  try {
    const result = await seedTenants(sim, (path, init) => Promise.resolve(app.request(path, init)), { tenants, seed, baseUrl });
    console.log(summary(result));
    console.log(`Saved to ${file}. Serve it with: a2p-sim start --data ${file} --seed ${seed}`);
  } finally {
    await sim.close();
  }
}

export interface ResetArgs {
  /** The account SID or tenant id, or everything. */
  which: { all: true } | { id: string };
  target: Target;
  adminToken?: string | undefined;
}

export async function resetCommand(args: ResetArgs): Promise<void> {
  const { which, target } = args;
  if ('url' in target) {
    if ('all' in which) {
      const result = (await adminCall('reset', target.url, '/reset', args.adminToken, {})) as { removed: number };
      console.log(`Reset everything (${result.removed} account(s) removed).`);
    } else {
      const result = (await adminCall('reset', target.url, `/accounts/${encodeURIComponent(which.id)}/reset`, args.adminToken, {})) as { reset: string };
      console.log(`Reset account ${result.reset}.`);
    }
    return;
  }
  const file = target.data;
  const sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file) });
  try {
    if ('all' in which) {
      const n = sim.accounts().length;
      sim.resetAll();
      console.log(`Reset everything in ${file} (${n} account(s) removed).`);
    } else {
      const world = sim.findWorld(which.id) ?? sim.accounts().find((w) => (w.settings.cloudfran as { tenantId?: string } | undefined)?.tenantId === which.id);
      if (!world) throw new Error(`Failed to reset: no account or tenant ${which.id} in ${file}. Please check the id (the dashboard lists them).`);
      sim.resetWorld(world.accountSid);
      console.log(`Reset account ${world.accountSid} in ${file}.`);
    }
  } finally {
    await sim.close();
  }
}

/** Seeds a running simulator's tenants (start --seed-tenants N, and demo's first run); `tenants` is checked by the CLI. */
export async function seedRunning(running: RunningSimulator, tenants: number, seed: string, cloudfranApiKey?: string): Promise<SeedResult> {
  const app = createApp(running.sim);
  return seedTenants(running.sim, (path, init) => Promise.resolve(app.request(path, init)), { tenants, seed, baseUrl: running.url, cloudfranApiKey });
}
