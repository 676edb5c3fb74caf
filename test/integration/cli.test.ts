import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';

/**
 * The `a2p-sim` command's conventions (README "Running the simulator" and "Exit codes"): usage on
 * stdout with --help, one "Failed to …" line (plus the usage when the command line's shape is
 * wrong) on stderr, exit status 0 / 1 / 2, no stack trace for an ordinary mistake.
 */

const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-cli-'));
const VERSION = (JSON.parse(readFileSync('package.json', 'utf-8')) as { version: string }).version;
const STACK = /^\s+at /m;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end; `nodeArgs` go before the CLI's own (e.g. a loader hook). */
function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    // Env variables the CLI reads are cleared, so the developer's own settings cannot change a result.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
    for (const name of ['PORT', 'HOST', 'SIM_SEED', 'SIM_DATA', 'SIM_SPEED', 'SIM_CLOCK', 'SIM_LOG_LEVEL', 'SIM_LOG_FORMAT', 'SIM_ADMIN_TOKEN', 'CLOUDFRAN_API_KEY']) {
      if (!opts.env || !(name in opts.env)) delete env[name];
    }
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 25_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port nothing listens on: one the system just handed out and that was closed again. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** A served simulator process, with what it printed so far. */
function serve(args: string[]) {
  const child = spawn(process.execPath, [...CLI, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 25_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
      if (m) resolve(m[0]);
    });
    child.on('close', (code) => reject(new Error(`a2p-sim ${args.join(' ')} exited with ${code}: ${stderr}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, url, exit, out: () => stdout, err: () => stderr };
}

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

describe('a2p-sim --help and --version', () => {
  it('prints the usage on stdout and exits 0 for every command and its -h/--help', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'Usage: a2p-sim <command>'],
      [['--help'], 'Usage: a2p-sim <command>'],
      [['-h'], 'Usage: a2p-sim <command>'],
      [['help'], 'Usage: a2p-sim <command>'],
      [['help', 'start'], 'Usage: a2p-sim start'],
      [['help', 'scenario'], 'a2p-sim scenario run'],
      [['start', '--help'], 'Usage: a2p-sim start'],
      [['start', '-h'], 'Usage: a2p-sim start'],
      [['demo', '--help'], 'Usage: a2p-sim demo'],
      [['seed', '--help'], 'Usage: a2p-sim seed'],
      [['reset', '-h'], 'Usage: a2p-sim reset'],
      [['scenario', '--help'], 'a2p-sim scenario run'],
    ];
    const results = await Promise.all(cases.map(async ([args, usage]) => ({ label: args.join(' '), usage, r: await cli(args) })));
    for (const { label, usage, r } of results) {
      expect(r.code, label).toBe(0);
      expect(r.stdout, label).toContain(usage);
      expect(r.stderr, label).toBe('');
      // Each command's usage states the exit codes (the scenario runner's own help has its own line).
      if (!usage.includes('scenario')) expect(r.stdout, label).toContain('Exit status: 0 ok, 1 runtime failure');
    }
    const start = results.find((x) => x.label === 'start --help')?.r.stdout;
    for (const flag of [
      '--port',
      '--host',
      '--seed',
      '--data',
      '--speed',
      '--frozen',
      '--cloudfran-api-key',
      '--seed-tenants',
      '--admin-token',
      '--log-level',
      '--quiet',
      '--log-format',
      'SIM_LOG_LEVEL',
      'SIM_LOG_FORMAT',
    ]) {
      expect(start).toContain(flag);
    }
  });

  it('prints the version with --version and -v', async () => {
    const [long, short] = await Promise.all([cli(['--version']), cli(['-v'])]);
    for (const r of [long, short]) {
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
    }
  });

  it('loads neither the simulator nor faker, ajv, yaml or zod for help, --version and start --help', async () => {
    // A module loader hook (node:module register) records every module the command loads.
    const hooks = `import { appendFileSync } from 'node:fs'; export async function load(url, ctx, next) { appendFileSync(process.env.A2P_SIM_TRACE, url + '\\n'); return next(url, ctx); }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
    const cases = [['help'], ['--version'], ['start', '--help']];
    await Promise.all(
      cases.map(async (args, i) => {
        const trace = join(dir, `trace-${i}.txt`);
        const r = await cli(args, { env: { A2P_SIM_TRACE: trace }, nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(register)}`] });
        expect(r.code).toBe(0);
        const loaded = readFileSync(trace, 'utf-8');
        // The trace works: it saw the command's own modules.
        expect(loaded).toContain('/src/sim/cli-usage.ts');
        for (const heavy of ['/src/sim/engine/simulator.ts', '/src/sim/faces.ts', '/src/sim/start.ts', '@faker-js', '/ajv/', '/yaml/', '/zod/', '/pino/']) {
          expect(loaded, `${args.join(' ')} loaded ${heavy}`).not.toContain(heavy);
        }
      }),
    );
  });
});

describe('a2p-sim usage errors (exit 2)', () => {
  it('answers an unknown command or option with one line and the usage of that command on stderr', async () => {
    const cases: Array<[string[], RegExp, string]> = [
      [['bogus'], /^Failed to run a2p-sim: unknown command "bogus"\. Please use one of start, demo, seed, reset, scenario, help\.$/, 'Usage: a2p-sim <command>'],
      [['--bogus'], /^Failed to read the arguments of a2p-sim: unknown option --bogus\. Please /, 'Usage: a2p-sim <command>'],
      [['help', 'bogus'], /^Failed to show help: there is no command "bogus"\. Please /, 'Usage: a2p-sim <command>'],
      [['start', '--bogus'], /^Failed to read the arguments of a2p-sim start: unknown option --bogus\. Please see the usage below\.$/, 'Usage: a2p-sim start'],
      [['start', '--port'], /^Failed to read the arguments of a2p-sim start: option --port needs a value\. /, 'Usage: a2p-sim start'],
      [['start', '--frozen=yes'], /^Failed to read the arguments of a2p-sim start: option --frozen takes no value\. /, 'Usage: a2p-sim start'],
      [['start', 'now'], /^Failed to read the arguments of a2p-sim start: unexpected argument "now"\. /, 'Usage: a2p-sim start'],
      [['demo', '--bogus'], /unknown option --bogus/, 'Usage: a2p-sim demo'],
      [['seed', '-x'], /unknown option -x/, 'Usage: a2p-sim seed'],
      [['reset', '--bogus'], /unknown option --bogus/, 'Usage: a2p-sim reset'],
      [['seed', '--tenants', '2'], /^Failed to seed: no target\. Please give --data FILE/, 'Usage: a2p-sim seed'],
      [['reset', '--data', 'x.json'], /^Failed to reset: nothing named\. Please give --all/, 'Usage: a2p-sim reset'],
      [['reset', '--all', '--account', 'AC1', '--data', 'x.json'], /^Failed to reset: --all and --account were given together\. Please give only one of them\.$/, 'Usage: a2p-sim reset'],
    ];
    const results = await Promise.all(cases.map(async ([args, line, usage]) => ({ label: args.join(' '), line, usage, r: await cli(args) })));
    for (const { label, line, usage, r } of results) {
      expect(r.code, label).toBe(2);
      expect(r.stdout, label).toBe('');
      const [first, blank, ...rest] = r.stderr.split('\n');
      expect(first, label).toMatch(line);
      expect(blank, label).toBe('');
      expect(rest.join('\n'), label).toContain(usage);
      expect(r.stderr, label).not.toMatch(STACK);
    }
  });

  it('refuses a bad value with one "Failed to X: why. Please Y." line, before anything starts', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['start', '--port', 'abc'], /^Failed to start: --port "abc" is not a port number\. Please give an integer from 0 to 65535/],
      [['start', '--port', '70000'], /^Failed to start: --port "70000" is not a port number\./],
      [['start', '--speed', '-1'], /^Failed to start: --speed "-1" is not a speed \(simulated seconds per real second, above 0 and at most 1000000\)\. Please give e\.g\. 3600\.$/],
      [['start', '--speed', 'fast'], /^Failed to start: --speed "fast" is not a speed/],
      [['start', '--seed-tenants', 'x'], /^Failed to start: --seed-tenants "x" is not a number of tenants\. Please give an integer from 1 to 200\.$/],
      [['start', '--seed-tenants', '0'], /^Failed to start: --seed-tenants "0" is not a number of tenants\./],
      [['start', '--host', ''], /^Failed to start: --host is empty\. Please give a value/],
      [['start', '--log-level', 'loud'], /^Failed to start: --log-level "loud" is not a log level\. Please give one of debug, info, warn, error, silent\.$/],
      [['start', '--rate-limit', '0'], /^Failed to start: --rate-limit "0" is not an integer from 1 to 1000000\. Please give e\.g\. --rate-limit 10\.$/],
      [['start', '--max-body-bytes', 'lots'], /^Failed to start: --max-body-bytes "lots" is not an integer from 1 to /],
      [['start', '--request-log-size', '-1'], /^Failed to start: --request-log-size "-1" is not an integer from 0 to 100000\. Please give e\.g\. --request-log-size 500\.$/],
      [['start', '--log-format', 'xml'], /^Failed to start: --log-format "xml" is not a log format\. Please give pretty or json\.$/],
      [['start', '--quiet', '--log-level', 'debug'], /^Failed to start: --quiet means --log-level warn, but --log-level debug was given too\. Please give only one of them\.$/],
      [['demo', '--port', '-5'], /^Failed to start the demo: --port "-5" is not a port number\./],
      [['demo', '--tenants', '500'], /^Failed to start the demo: --tenants "500" is not a number of tenants\./],
      [['seed', '--tenants', 'many', '--data', 'x.json'], /^Failed to seed: --tenants "many" is not a number of tenants\./],
      [['seed', '--url', 'ftp://127.0.0.1'], /^Failed to seed: --url "ftp:\/\/127\.0\.0\.1" is not an http\(s\) URL\. Please give e\.g\. --url http:\/\/127\.0\.0\.1:4010\.$/],
      [['seed', '--url', 'localhost:4010'], /^Failed to seed: --url "localhost:4010" is not an http\(s\) URL\./],
      [['reset', '--all', '--url', 'not a url'], /^Failed to reset: --url "not a url" is not a URL\. Please give the simulator's address/],
      [['reset', '--all', '--data', join(dir, 'missing.json')], /^Failed to reset: .*missing\.json does not exist\. Please check the path\.$/],
    ];
    const results = await Promise.all(cases.map(async ([args, line]) => ({ label: args.join(' '), line, r: await cli(args) })));
    for (const { label, line, r } of results) {
      expect(r.code, label).toBe(2);
      expect(r.stderr.trim(), label).toMatch(line);
      // One line: a bad value is not a mistake in the command's shape, so no usage follows.
      expect(r.stderr.trim().split('\n'), label).toHaveLength(1);
      expect(r.stdout, label).toBe('');
    }
  });

  it('refuses a bad environment variable by name, never echoing a secret', async () => {
    const cases: Array<[NodeJS.ProcessEnv, RegExp]> = [
      [{ PORT: 'abc' }, /^Failed to read the environment: PORT="abc" is not valid \(.+\)\. Please fix or unset it\.$/],
      [{ SIM_SPEED: '-3' }, /^Failed to read the environment: SIM_SPEED="-3" is not valid/],
      [{ SIM_LOG_LEVEL: 'loud' }, /^Failed to read the environment: SIM_LOG_LEVEL="loud" is not valid/],
      [{ SIM_LOG_FORMAT: 'xml' }, /^Failed to read the environment: SIM_LOG_FORMAT="xml" is not valid/],
      [{ SIM_ADMIN_TOKEN: 'short' }, /^Failed to read the environment: SIM_ADMIN_TOKEN is not valid \(.+\)\. Please fix or unset it\.$/],
    ];
    const results = await Promise.all(cases.map(async ([env, line]) => ({ label: JSON.stringify(env), line, r: await cli(['start', '--port', '0'], { env }) })));
    for (const { label, line, r } of results) {
      expect(r.code, label).toBe(2);
      expect(r.stderr.trim(), label).toMatch(line);
      expect(r.stderr, label).not.toContain('short');
    }
  });
});

describe('a2p-sim runtime failures (exit 1, no stack trace)', () => {
  it('says the port is in use', async () => {
    const taken = createServer();
    servers.push(taken);
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const { port } = taken.address() as { port: number };
    const r = await cli(['start', '--port', String(port), '--frozen']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/^Failed to /);
    expect(r.stderr).toContain(String(port));
  });

  it('says the directory of --data does not exist, naming it', async () => {
    const missing = join(dir, 'no-such-dir');
    const r = await cli(['start', '--port', '0', '--data', join(missing, 'sim.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/^Failed to /);
    expect(r.stderr).toContain(missing);
    expect(existsSync(missing)).toBe(false);
  });

  it('says seed --url and reset --url cannot connect to a dead port', async () => {
    const url = `http://127.0.0.1:${await deadPort()}`;
    const [seed, reset] = await Promise.all([cli(['seed', '--tenants', '1', '--url', url]), cli(['reset', '--all', '--url', url])]);
    expect(seed.code).toBe(1);
    expect(seed.stderr.trim()).toMatch(new RegExp(`^Failed to seed: cannot connect to ${url} \\(ECONNREFUSED\\)\\. Please start the simulator or check --url\\.$`));
    expect(reset.code).toBe(1);
    expect(reset.stderr.trim()).toMatch(new RegExp(`^Failed to reset: cannot connect to ${url} .*Please start the simulator or check --url\\.$`));
  });
});

describe('a2p-sim start', () => {
  it('serves until SIGTERM, then flushes --data and exits 0; --log-format json writes JSON lines, request log included', async () => {
    const file = join(dir, 'served.json');
    const sim = serve(['start', '--port', '0', '--frozen', '--data', file, '--log-format', 'json']);
    const url = await sim.url;
    const res = await fetch(`${url}/trusthub/v1/Policies`, { headers: { authorization: `Basic ${Buffer.from('AC00000000000000000000000000000001:tok').toString('base64')}` } });
    expect(res.status).toBe(200);
    await res.text();
    sim.child.kill('SIGTERM');
    expect(await sim.exit).toBe(0);
    const lines = sim
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ level: 30, url, store: file });
    expect(lines.some((l) => l.path === '/trusthub/v1/Policies' && l.status === 200)).toBe(true);
    // The account made by the request was written to the file on the way out.
    expect(readFileSync(file, 'utf-8')).toContain('AC00000000000000000000000000000001');
    expect(sim.err()).toBe('');
  });

  it('--quiet keeps the start-up lines but drops the request log below warn', async () => {
    const sim = serve(['start', '--port', '0', '--frozen', '--quiet']);
    const url = await sim.url;
    await (await fetch(`${url}/trusthub/v1/Policies`, { headers: { authorization: `Basic ${Buffer.from('AC00000000000000000000000000000002:tok').toString('base64')}` } })).text();
    sim.child.kill('SIGTERM');
    expect(await sim.exit).toBe(0);
    expect(sim.out()).toContain(`a2p-sim listening on ${url}`);
    expect(sim.out()).toContain(`Dashboard: ${url}/_sim/ui`);
    expect(sim.out()).not.toContain('/trusthub/v1/Policies');
  });

  it('prints a generated admin token with the dashboard URL, the only way into the admin API; --rate-limit answers 20429 with Retry-After', async () => {
    const sim = serve(['start', '--port', '0', '--frozen', '--quiet', '--rate-limit', '1']);
    const url = await sim.url;
    await expect.poll(() => /Admin token \(generated[^:]*\): (\S+)/.exec(sim.out())?.[1]).toBeTruthy();
    const token = /Admin token \(generated[^:]*\): (\S+)/.exec(sim.out())![1]!;
    expect(sim.out()).toContain(`Dashboard: ${url}/_sim/ui?token=${token}`);
    expect((await fetch(`${url}/_sim/admin/accounts`)).status).toBe(401);
    expect((await fetch(`${url}/_sim/admin/accounts`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const auth = { authorization: `Basic ${Buffer.from('AC00000000000000000000000000000003:tok').toString('base64')}` };
    expect((await fetch(`${url}/trusthub/v1/Policies`, { headers: auth })).status).toBe(200);
    const limited = await fetch(`${url}/trusthub/v1/Policies`, { headers: auth });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { code: number }).code).toBe(20429);
    sim.child.kill('SIGTERM');
    expect(await sim.exit).toBe(0);
  });
});
