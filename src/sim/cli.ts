import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PACKAGE_VERSION } from '../paths.js';
import {
  COMMANDS,
  DEFAULT_DEMO_FILE,
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_TENANTS,
  type LogFormat,
  logOf,
  portOf,
  positiveIntOf,
  speedOf,
  tenantsOf,
  textOf,
  TOP_USAGE,
  urlOf,
  UsageError,
} from './cli-usage.js';
import { DEFAULT_PORT } from './defaults.js';
import type { Target } from './seed/cli.js';
import type { RunningSimulator } from './start.js';

/**
 * The `a2p-sim` command. Each command's module is imported only when that command runs, so `help`,
 * `--version` and `--help` load nothing but this file and cli-usage.ts (measured: see the CHANGELOG).
 *
 * Exit status (README "Exit codes"): 0 ok; 1 a runtime failure (port in use, unreachable --url, a
 * data file that cannot be loaded) or a failed scenario; 2 a usage error or bad input (unknown
 * command or option, a bad value, a bad environment variable).
 */

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `--speed -1`: node's parseArgs reads `-1` as an option and calls the value missing; joined as
 * `--speed=-1` the value reaches its own check, whose message says what is wrong with it.
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const previous = out.at(-1);
    const takesValue = previous?.startsWith('--') && !previous.includes('=') && options[previous.slice(2)]?.type === 'string';
    if (takesValue && /^-\d/.test(arg)) out[out.length - 1] = `${previous}=${arg}`;
    else out.push(arg);
  }
  return out;
}

/** node's parseArgs messages, reworded as one "Failed to …" line. */
function argumentProblem(command: string, e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, '') ?? '';
  let why: string;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      why = `unknown option ${quoted}`;
      break;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      why = `unexpected argument "${quoted}"`;
      break;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      why = /does not take an argument/.test(e.message) ? `option ${quoted} takes no value` : `option ${quoted} needs a value`;
      break;
    default:
      why = (e.message.split('. ')[0] ?? e.message).replace(/\.$/, '');
  }
  return `Failed to read the arguments of a2p-sim ${command}: ${why}. Please see the usage below.`;
}

function parse<O extends Options>(command: string, usage: string, options: O, argv: string[]) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(argumentProblem(command, e as Error), usage);
    throw e;
  }
}

/** Start-up lines: plain for people, pino JSON lines with `--log-format json` (whatever the level: they say where to connect). */
async function announcer(format: LogFormat): Promise<(msg: string, fields: Record<string, unknown>) => void> {
  if (format === 'pretty') return (msg) => console.log(msg);
  const { createLogger } = await import('./log.js');
  const logger = createLogger({ format: 'json', level: 'info' });
  return (msg, fields) => logger.info(fields, msg);
}

/** The dashboard's URL with the admin token (given or generated): opening it sets the token as a cookie and drops it from the address bar. */
function dashboardUrl(running: RunningSimulator): string {
  return `${running.url}/_sim/ui?token=${encodeURIComponent(running.adminToken)}`;
}

/** Serves until Ctrl-C or SIGTERM, then closes (flushing a data file) and exits. */
function serveUntilSignal(running: RunningSimulator): void {
  const stop = () => {
    running.close().then(
      () => process.exit(),
      (e: unknown) => process.exit(report(e)),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Seeding after the server is up: a failure closes it, or the process would keep serving after reporting the error. */
async function seedOrClose(running: RunningSimulator, tenants: number, seed: string, cloudfranApiKey: string | undefined) {
  const { seedRunning } = await import('./seed/cli.js');
  try {
    return await seedRunning(running, tenants, seed, cloudfranApiKey);
  } catch (e) {
    await running.close();
    throw e;
  }
}

async function start(argv: string[]): Promise<number> {
  const { usage, options } = COMMANDS.start;
  const v = parse('start', usage, options, argv);
  if (v.help) return printUsage(usage);
  const { readEnv } = await import('./config.js');
  const env = readEnv();
  const port = portOf('start', '--port', v.port, env.PORT ?? DEFAULT_PORT);
  const host = textOf('start', '--host', v.host, '0.0.0.0') ?? env.HOST;
  const seed = textOf('start', '--seed', v.seed, '42') ?? env.SIM_SEED;
  const dataFile = textOf('start', '--data', v.data, './sim-data.json') ?? env.SIM_DATA;
  const speed = speedOf(v.speed) ?? env.SIM_SPEED;
  const seedTenants = v['seed-tenants'] === undefined ? undefined : tenantsOf('start', '--seed-tenants', v['seed-tenants'], DEFAULT_DEMO_TENANTS);
  const cloudfranApiKey = textOf('start', '--cloudfran-api-key', v['cloudfran-api-key'], 'cf_local_dev_key') ?? env.CLOUDFRAN_API_KEY;
  const adminToken = textOf('start', '--admin-token', v['admin-token'], 'a-long-secret') ?? env.SIM_ADMIN_TOKEN;
  const rateLimit = positiveIntOf('start', '--rate-limit', v['rate-limit'], 1_000_000, '10') ?? env.SIM_RATE_LIMIT;
  const maxAccounts = positiveIntOf('start', '--max-accounts', v['max-accounts'], 10_000_000, '50000') ?? env.SIM_MAX_ACCOUNTS;
  const maxBodyBytes = positiveIntOf('start', '--max-body-bytes', v['max-body-bytes'], 1024 * 1024 * 1024, '10485760') ?? env.SIM_MAX_BODY_BYTES;
  const requestLogSize = positiveIntOf('start', '--request-log-size', v['request-log-size'], 100_000, '500', 0) ?? env.SIM_REQUEST_LOG_SIZE;
  const log = logOf('start', v, env);
  const announce = await announcer(log.format);
  const { startSimulator } = await import('./start.js');
  const fsyncText = textOf('start', '--fsync', v.fsync, 'batch') ?? env.SIM_FSYNC;
  const fsync = fsyncText === undefined ? undefined : (await import('./store/file-store.js')).parseFsync(fsyncText);
  if (fsyncText !== undefined && !fsync) throw new UsageError(`Failed to start: --fsync "${fsyncText}" is not a policy. Please give batch, off, interval or interval:MS.`);
  const running = await startSimulator({
    port,
    ...(host !== undefined ? { host } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(dataFile !== undefined ? { dataFile } : {}),
    ...(fsync ? { fsync } : {}),
    clock: { ...(speed !== undefined ? { speed } : {}), frozen: v.frozen ?? env.SIM_CLOCK === 'frozen' },
    ...(cloudfranApiKey ? { faceOptions: { cloudfran: { apiKey: cloudfranApiKey } } } : {}),
    ...(adminToken ? { adminToken } : {}),
    ...(rateLimit !== undefined ? { rateLimit } : {}),
    ...(maxAccounts !== undefined ? { maxAccounts } : {}),
    ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
    ...(requestLogSize !== undefined ? { requestLogSize } : {}),
    log,
  });
  announce(`a2p-sim listening on ${running.url} (store: ${dataFile ?? 'memory'}${seed !== undefined ? `, seed ${seed}` : ''})`, { url: running.url, store: dataFile ?? 'memory', seed });
  if (seedTenants !== undefined) {
    const result = await seedOrClose(running, seedTenants, seed ?? DEFAULT_DEMO_SEED, cloudfranApiKey);
    const added = result.tenants.filter((t) => !t.skipped).length;
    announce(`Seeded ${added} demo tenant(s) (${result.tenants.length} in all).`, { seeded: added, tenants: result.tenants.length });
  }
  announce(`Dashboard: ${dashboardUrl(running)}`, { dashboard: dashboardUrl(running) });
  if (!adminToken) announce(`Admin token (generated; --admin-token or SIM_ADMIN_TOKEN sets one): ${running.adminToken}`, { adminToken: running.adminToken });
  serveUntilSignal(running);
  return 0;
}

async function demo(argv: string[]): Promise<number> {
  const { usage, options } = COMMANDS.demo;
  const v = parse('demo', usage, options, argv);
  if (v.help) return printUsage(usage);
  const { readEnv } = await import('./config.js');
  const env = readEnv();
  const file = textOf('start the demo', '--data', v.data, DEFAULT_DEMO_FILE) ?? DEFAULT_DEMO_FILE;
  const seed = textOf('start the demo', '--seed', v.seed, DEFAULT_DEMO_SEED) ?? DEFAULT_DEMO_SEED;
  const tenants = tenantsOf('start the demo', '--tenants', v.tenants, DEFAULT_DEMO_TENANTS);
  const port = portOf('start the demo', '--port', v.port, DEFAULT_PORT);
  const host = textOf('start the demo', '--host', v.host, '0.0.0.0');
  const adminToken = textOf('start the demo', '--admin-token', v['admin-token'], 'a-long-secret') ?? env.SIM_ADMIN_TOKEN;
  const cloudfranApiKey = env.CLOUDFRAN_API_KEY;
  const log = logOf('start the demo', v, env);
  const announce = await announcer(log.format);
  const fresh = !existsSync(file);
  const { startSimulator } = await import('./start.js');
  // The seed also makes new SIDs reproducible after a restart (each account's stream continues).
  const running = await startSimulator({
    port,
    seed,
    dataFile: file,
    ...(host !== undefined ? { host } : {}),
    ...(adminToken ? { adminToken } : {}),
    ...(cloudfranApiKey ? { faceOptions: { cloudfran: { apiKey: cloudfranApiKey } } } : {}),
    log,
  });
  if (fresh) {
    const result = await seedOrClose(running, tenants, seed, cloudfranApiKey);
    announce(`Seeded ${result.tenants.length} demo tenants into ${file} (seed "${seed}").`, { seeded: result.tenants.length, file, seed });
  } else {
    announce(`Serving the demo saved in ${file} (delete it, or run a2p-sim reset --all --data ${file}, to start over).`, { file });
  }
  const dashboard = dashboardUrl(running);
  const apiKey = cloudfranApiKey ?? 'cf_local_dev_key';
  if (log.format === 'json') {
    announce('a2p-sim demo ready', { dashboard, url: running.url, cloudfranDocs: `${running.url}/api/v1/twilio/docs`, file });
  } else {
    announce(
      `
  Dashboard      ${dashboard}
  Twilio faces   ${running.url}   (any AC… SID and token; the dashboard shows each tenant's)
  CloudFran API  ${running.url}/api/v1/twilio/docs   (X-API-Key ${apiKey}, X-Tenant-Id <tenant id>)

Seeded tenants' clocks are frozen: open one in the dashboard and advance its clock. Ctrl-C stops; everything is saved in ${file}.`,
      {},
    );
  }
  serveUntilSignal(running);
  return 0;
}

/** `--data` or `--url`, exactly one (flag first, then SIM_DATA). */
function targetOf(what: string, usage: string, v: { data?: string | undefined; url?: string | undefined }, envData: string | undefined): Target {
  if (v.data !== undefined && v.url !== undefined) throw new UsageError(`Failed to ${what}: both --data and --url were given. Please give only one of them.`, usage);
  const url = urlOf(what, '--url', v.url);
  if (url !== undefined) return { url };
  const data = textOf(what, '--data', v.data, DEFAULT_DEMO_FILE) ?? envData;
  if (data === undefined) throw new UsageError(`Failed to ${what}: no target. Please give --data FILE (offline) or --url http://127.0.0.1:${DEFAULT_PORT} (a running simulator).`, usage);
  return { data };
}

async function seed(argv: string[]): Promise<number> {
  const { usage, options } = COMMANDS.seed;
  const v = parse('seed', usage, options, argv);
  if (v.help) return printUsage(usage);
  const { readEnv } = await import('./config.js');
  const env = readEnv();
  const tenants = tenantsOf('seed', '--tenants', v.tenants, DEFAULT_DEMO_TENANTS);
  const seedValue = textOf('seed', '--seed', v.seed, DEFAULT_DEMO_SEED) ?? env.SIM_SEED ?? DEFAULT_DEMO_SEED;
  const target = targetOf('seed', usage, v, env.SIM_DATA);
  const baseUrl = urlOf('seed', '--base-url', v['base-url']);
  const { seedCommand } = await import('./seed/cli.js');
  await seedCommand({ tenants, seed: seedValue, target, baseUrl, adminToken: v['admin-token'] ?? env.SIM_ADMIN_TOKEN });
  return 0;
}

async function reset(argv: string[]): Promise<number> {
  const { usage, options } = COMMANDS.reset;
  const v = parse('reset', usage, options, argv);
  if (v.help) return printUsage(usage);
  const { readEnv } = await import('./config.js');
  const env = readEnv();
  const named = [v.all ? '--all' : undefined, v.account !== undefined ? '--account' : undefined, v.tenant !== undefined ? '--tenant' : undefined].filter((x) => x !== undefined);
  if (named.length === 0) throw new UsageError('Failed to reset: nothing named. Please give --all, --account AC… or --tenant <tenant id>.', usage);
  if (named.length > 1) throw new UsageError(`Failed to reset: ${named.join(' and ')} were given together. Please give only one of them.`, usage);
  const id = textOf('reset', v.account !== undefined ? '--account' : '--tenant', v.account ?? v.tenant, 'AC…');
  const target = targetOf('reset', usage, v, env.SIM_DATA);
  if ('data' in target && !existsSync(target.data)) throw new UsageError(`Failed to reset: ${target.data} does not exist. Please check the path.`);
  const { resetCommand } = await import('./seed/cli.js');
  await resetCommand({ which: id === undefined ? { all: true } : { id }, target, adminToken: v['admin-token'] ?? env.SIM_ADMIN_TOKEN });
  return 0;
}

async function scenario(argv: string[]): Promise<number> {
  const { scenarioMain } = await import('../scenarios/cli.js');
  return scenarioMain(argv);
}

function printUsage(usage: string): number {
  console.log(usage);
  return 0;
}

const RUNNERS: Record<string, (argv: string[]) => Promise<number>> = { start, demo, seed, reset, scenario };

async function dispatch(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
      return printUsage(TOP_USAGE);
    case '-v':
    case '--version':
      console.log(PACKAGE_VERSION);
      return 0;
    case 'help': {
      const [topic, ...extra] = rest;
      if (extra.length > 0) throw new UsageError(`Failed to read the arguments of a2p-sim help: unexpected argument "${extra[0]}". Please name one command.`, TOP_USAGE);
      if (topic === undefined) return printUsage(TOP_USAGE);
      if (topic === 'scenario') return scenario(['help']);
      if (topic in COMMANDS) return printUsage(COMMANDS[topic as keyof typeof COMMANDS].usage);
      throw new UsageError(`Failed to show help: there is no command "${topic}". Please use one of ${Object.keys(RUNNERS).join(', ')}.`, TOP_USAGE);
    }
  }
  const runner = RUNNERS[command];
  if (runner && Object.hasOwn(RUNNERS, command)) return runner(rest);
  if (command.startsWith('-')) throw new UsageError(`Failed to read the arguments of a2p-sim: unknown option ${command}. Please give a command first (options follow it).`, TOP_USAGE);
  throw new UsageError(`Failed to run a2p-sim: unknown command "${command}". Please use one of ${Object.keys(RUNNERS).join(', ')}, help.`, TOP_USAGE);
}

/**
 * Prints an error and gives its exit status. "Failed to …" messages are the simulator's own
 * explanations of ordinary mistakes and print alone; anything else is a bug and keeps its stack.
 */
function report(e: unknown): number {
  if (e instanceof UsageError) {
    console.error(e.usage ? `${e.message}\n\n${e.usage}` : e.message);
    return 2;
  }
  if (e instanceof Error && e.message.startsWith('Failed to')) {
    console.error(e.message);
    return 1;
  }
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  return 1;
}

/** Runs `a2p-sim <argv>` and gives the exit status; a server command resolves once it is listening and keeps the process alive. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (e) {
    return report(e);
  }
}
