import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEnv } from '../config.js';
import { Simulator } from '../engine/simulator.js';
import { builtinFaces } from '../faces.js';
import { createApp } from '../server.js';
import { DEFAULT_PORT, startSimulator, type RunningSimulator } from '../start.js';
import { FileStore } from '../store/file-store.js';
import { seedTenants, type SeedResult } from './seeder.js';

/**
 * `a2p-sim seed`, `a2p-sim reset` and `a2p-sim demo`: demo environments from the command line.
 * `seed` and `reset` work on a data file (offline, through the same faces in process) or on a
 * running simulator (`--url`, through its admin API).
 */
export const DEMO_USAGE = `  a2p-sim demo [--data FILE] [--port N] [--tenants N] [--seed S]
                 one command for a seeded, persistent demo: seeds FILE (default demo-data.json) on
                 first run, then serves it; prints the dashboard URL
  a2p-sim seed --tenants N [--seed S] (--data FILE | --url URL) [--base-url URL] [--admin-token T]
                 adds N fake franchise tenants (same seed → same tenants, SIDs and data)
  a2p-sim reset (--all | --account AC… | --tenant ID) (--data FILE | --url URL) [--admin-token T]
                 clears one account (keeping its credentials) or everything`;

export const DEFAULT_DEMO_FILE = 'demo-data.json';
export const DEFAULT_DEMO_SEED = 'demo';
export const DEFAULT_DEMO_TENANTS = 8;

function tenantsOf(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new Error(`Failed to seed: --tenants ${raw} is not a number of tenants. Please give 1–200.`);
  return n;
}

function adminHeaders(token: string | undefined): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { 'x-sim-admin-token': token } : {}) };
}

async function adminCall(url: string, path: string, method: string, token: string | undefined, body?: unknown): Promise<any> {
  const res = await fetch(`${url.replace(/\/$/, '')}/_sim/admin${path}`, { method, headers: adminHeaders(token), ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  if (!res.ok) throw new Error(`Failed to call ${method} /_sim/admin${path} on ${url}: ${res.status} ${text}`);
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

export async function seedMain(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { tenants: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' }, url: { type: 'string' }, 'base-url': { type: 'string' }, 'admin-token': { type: 'string' } },
  });
  const tenants = tenantsOf(values.tenants, DEFAULT_DEMO_TENANTS);
  const seed = values.seed ?? readEnv().SIM_SEED ?? DEFAULT_DEMO_SEED;
  if (values.url) {
    const result = (await adminCall(values.url, '/seed', 'POST', values['admin-token'] ?? readEnv().SIM_ADMIN_TOKEN, { tenants, seed, ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}) })) as SeedResult;
    console.log(summary(result));
    return;
  }
  const file = values.data ?? readEnv().SIM_DATA;
  if (!file) throw new Error('Failed to seed: no target. Please give --data FILE (offline) or --url http://127.0.0.1:4010 (a running simulator).');
  // Offline, callbacks point at where the simulator will be served (default port unless told).
  const baseUrl = values['base-url'] ?? `http://127.0.0.1:${DEFAULT_PORT}`;
  const { sim, app } = await openFile(file, seed, baseUrl);
  try {
    const result = await seedTenants(sim, (path, init) => Promise.resolve(app.request(path, init)), { tenants, seed, baseUrl });
    console.log(summary(result));
    console.log(`Saved to ${file}. Serve it with: a2p-sim start --data ${file} --seed ${seed}`);
  } finally {
    await sim.close();
  }
}

export async function resetMain(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { all: { type: 'boolean' }, account: { type: 'string' }, tenant: { type: 'string' }, data: { type: 'string' }, url: { type: 'string' }, 'admin-token': { type: 'string' } },
  });
  const which = values.account ?? values.tenant;
  if (!values.all && !which) throw new Error('Failed to reset: nothing named. Please give --all, --account AC… or --tenant <tenant id>.');
  if (values.url) {
    const token = values['admin-token'] ?? readEnv().SIM_ADMIN_TOKEN;
    const result = values.all ? await adminCall(values.url, '/reset', 'POST', token, {}) : await adminCall(values.url, `/accounts/${encodeURIComponent(which!)}/reset`, 'POST', token, {});
    console.log(values.all ? `Reset everything (${result.removed} account(s) removed).` : `Reset account ${result.reset}.`);
    return;
  }
  const file = values.data ?? readEnv().SIM_DATA;
  if (!file) throw new Error('Failed to reset: no target. Please give --data FILE or --url http://127.0.0.1:4010.');
  if (!existsSync(file)) throw new Error(`Failed to reset: ${file} does not exist. Please check the path.`);
  const sim = await Simulator.create({ faces: builtinFaces(), store: new FileStore(file) });
  try {
    if (values.all) {
      const n = sim.accounts().length;
      sim.resetAll();
      console.log(`Reset everything in ${file} (${n} account(s) removed).`);
    } else {
      const world = sim.findWorld(which!) ?? sim.accounts().find((w) => (w.settings.cloudfran as { tenantId?: string } | undefined)?.tenantId === which);
      if (!world) throw new Error(`Failed to reset: no account or tenant ${which} in ${file}. Please check the id (the dashboard lists them).`);
      sim.resetWorld(world.accountSid);
      console.log(`Reset account ${world.accountSid} in ${file}.`);
    }
  } finally {
    await sim.close();
  }
}

/** Seeds a running simulator's tenants (start --seed-tenants N, and demo's first run). */
export async function seedRunning(running: RunningSimulator, tenants: number, seed: string, cloudfranApiKey?: string): Promise<SeedResult> {
  tenantsOf(String(tenants), DEFAULT_DEMO_TENANTS);
  const app = createApp(running.sim);
  return seedTenants(running.sim, (path, init) => Promise.resolve(app.request(path, init)), { tenants, seed, baseUrl: running.url, cloudfranApiKey });
}

export function dashboardUrl(running: RunningSimulator, adminToken?: string): string {
  return `${running.url}/_sim/ui${adminToken ? `#token=${encodeURIComponent(adminToken)}` : ''}`;
}

export async function demoMain(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, tenants: { type: 'string' }, seed: { type: 'string' }, 'admin-token': { type: 'string' } },
  });
  const file = values.data ?? DEFAULT_DEMO_FILE;
  const seed = values.seed ?? DEFAULT_DEMO_SEED;
  const tenants = tenantsOf(values.tenants, DEFAULT_DEMO_TENANTS);
  const port = values.port !== undefined ? Number(values.port) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Failed to start the demo: --port ${values.port} is not a port number. Please give 0–65535.`);
  const adminToken = values['admin-token'] ?? readEnv().SIM_ADMIN_TOKEN;
  const fresh = !existsSync(file);
  // The seed also makes new SIDs reproducible after a restart (each account's stream continues).
  const cloudfranApiKey = readEnv().CLOUDFRAN_API_KEY;
  const running = await startSimulator({
    port,
    seed,
    dataFile: file,
    ...(values.host ? { host: values.host } : {}),
    ...(adminToken ? { adminToken } : {}),
    ...(cloudfranApiKey ? { faceOptions: { cloudfran: { apiKey: cloudfranApiKey } } } : {}),
  });
  if (fresh) {
    const result = await seedRunning(running, tenants, seed, cloudfranApiKey);
    console.log(`Seeded ${result.tenants.length} demo tenants into ${file} (seed "${seed}").`);
  } else {
    console.log(`Serving the demo saved in ${file} (delete it, or run a2p-sim reset --all --data ${file}, to start over).`);
  }
  console.log(`
  Dashboard      ${dashboardUrl(running, adminToken)}
  Twilio faces   ${running.url}   (any AC… SID and token; the dashboard shows each tenant's)
  CloudFran API  ${running.url}/api/v1/twilio/docs   (X-API-Key ${cloudfranApiKey ?? 'cf_local_dev_key'}, X-Tenant-Id <tenant id>)

Seeded tenants' clocks are frozen: open one in the dashboard and advance its clock. Ctrl-C stops; everything is saved in ${file}.`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
