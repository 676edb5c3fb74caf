import type { ParseArgsConfig } from 'node:util';
import { PACKAGE_VERSION } from '../paths.js';
import { CLOCK_LIMITS, DEFAULT_SPEED } from './engine/clock.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_REQUEST_LOG_SIZE } from './defaults.js';
import type { LogLevel } from './log.js';

/**
 * What each `a2p-sim` command accepts: its usage text, its options and the checks of their values.
 * Kept free of the simulator (only the clock's constants and the package version), so `help`,
 * `--version` and every `--help` answer without loading faces, faker, ajv, yaml or zod.
 */

/** A mistake in the command line or the environment: exit status 2, with the command's usage when it helps. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Printed after the message (on stderr) when the mistake is in the command line's shape. */
    readonly usage?: string,
  ) {
    super(message);
  }
}

export const EXIT_STATUS = 'Exit status: 0 ok, 1 runtime failure (or a failed scenario), 2 usage error or bad input.';

export const MAX_TENANTS = 200;
export const DEFAULT_DEMO_FILE = 'demo-data.json';
export const DEFAULT_DEMO_SEED = 'demo';
export const DEFAULT_DEMO_TENANTS = 8;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const satisfies readonly LogLevel[];
export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const HELP_LINE = '  -h, --help               show this text';
const LOG_LINES = `  --log-level L            debug | info | warn | error | silent (env SIM_LOG_LEVEL, default info)
  --quiet                  same as --log-level warn: log only problems (the start-up lines still print)
  --log-format F           pretty | json (env SIM_LOG_FORMAT, default pretty)`;

export const TOP_USAGE = `a2p-sim ${PACKAGE_VERSION} — local simulator of Twilio's A2P 10DLC onboarding stack

Usage: a2p-sim <command> [options]

Commands:
  start      serve the simulator: Twilio faces, CloudFran API, /_sim control plane, dashboard
  demo       one command for a seeded, persistent demo environment
  seed       add fake franchise tenants to a data file or a running simulator
  reset      clear one account (keeping its credentials) or everything
  scenario   replay journeys as contract tests (a2p-sim scenario --help)
  help [C]   this text, or the usage of command C

Options:
  -h, --help      show usage (after a command: its usage, e.g. a2p-sim start --help)
  -v, --version   print the version

${EXIT_STATUS}
`;

export const START_USAGE = `a2p-sim start — serve the simulator

Usage: a2p-sim start [options]

Options:
  --port N                 HTTP port (env PORT, default ${DEFAULT_PORT}; 0 = any free port)
  --host H                 interface to bind (env HOST, default ${DEFAULT_HOST})
  --seed S                 reproducible SIDs and generated data (env SIM_SEED)
  --data FILE              persist to this JSON file (and FILE.journal); its directory must exist
                           (env SIM_DATA; default: in memory)
  --fsync P                when the journal is forced to disk: batch (before each response),
                           interval[:MS] (default, every 1000 ms) or off (env SIM_FSYNC)
  --speed N                simulated seconds per real second for new accounts, above 0 and at most
                           ${CLOCK_LIMITS.maxSpeed} (env SIM_SPEED, default ${DEFAULT_SPEED})
  --frozen                 new accounts start with a frozen clock (env SIM_CLOCK=frozen)
  --cloudfran-api-key K    the X-API-Key of the CloudFran face (env CLOUDFRAN_API_KEY, default cf_local_dev_key)
  --seed-tenants N         seed N (1–${MAX_TENANTS}) demo tenants at start-up; those already in the data file
                           are kept (faker seed: --seed, default ${DEFAULT_DEMO_SEED})
  --admin-token T          the token of the admin API and the dashboard /_sim/ui (env SIM_ADMIN_TOKEN;
                           default: one generated at start and printed with the dashboard URL)
  --rate-limit N           answer Twilio's 429 (20429, Retry-After) above N requests a second per
                           client; brand and campaign registrations at most 1 a second (env SIM_RATE_LIMIT; default off)
  --max-accounts N         accounts this process provisions at most (env SIM_MAX_ACCOUNTS, default 10000)
  --max-body-bytes N       largest request body; above it a 413 (env SIM_MAX_BODY_BYTES, default 4194304)
  --request-log-size N     requests kept per account for /_sim/requests and the dashboard's Requests tab;
                           0 keeps none (env SIM_REQUEST_LOG_SIZE, default ${DEFAULT_REQUEST_LOG_SIZE})
${LOG_LINES}
${HELP_LINE}

Ctrl-C (SIGINT) or SIGTERM stops it and flushes --data.
${EXIT_STATUS} (1: e.g. the port is in use)
`;

export const DEMO_USAGE = `a2p-sim demo — a seeded, persistent demo environment in one command

Usage: a2p-sim demo [options]

Seeds FILE on the first run, then serves it; prints the dashboard URL.

Options:
  --data FILE              the demo's data file (default ${DEFAULT_DEMO_FILE})
  --port N                 HTTP port (default ${DEFAULT_PORT}; 0 = any free port)
  --host H                 interface to bind (default ${DEFAULT_HOST})
  --tenants N              tenants seeded on the first run (1–${MAX_TENANTS}, default ${DEFAULT_DEMO_TENANTS})
  --seed S                 faker and SID seed (default ${DEFAULT_DEMO_SEED})
  --admin-token T          the token of the admin API and the dashboard (env SIM_ADMIN_TOKEN; default: generated)
${LOG_LINES}
${HELP_LINE}

${EXIT_STATUS}
`;

export const SEED_USAGE = `a2p-sim seed — add fake franchise tenants (same seed → same tenants, SIDs and data)

Usage: a2p-sim seed [--tenants N] [--seed S] (--data FILE | --url URL) [options]

Options:
  --tenants N              how many tenants (1–${MAX_TENANTS}, default ${DEFAULT_DEMO_TENANTS})
  --seed S                 faker seed (env SIM_SEED, default ${DEFAULT_DEMO_SEED})
  --data FILE              seed this data file offline (env SIM_DATA)
  --url URL                seed a running simulator through its admin API, e.g. http://${DEFAULT_HOST}:${DEFAULT_PORT}
  --base-url URL           where the seeded callbacks point (default: --url, or http://${DEFAULT_HOST}:${DEFAULT_PORT})
  --admin-token T          the simulator's admin token, with --url (env SIM_ADMIN_TOKEN)
${HELP_LINE}

${EXIT_STATUS}
`;

export const RESET_USAGE = `a2p-sim reset — clear one account (keeping its credentials) or everything

Usage: a2p-sim reset (--all | --account AC… | --tenant ID) (--data FILE | --url URL) [options]

Options:
  --all                    every account
  --account SID            one account, by its AC… SID
  --tenant ID              one CloudFran tenant's account, by its tenant id
  --data FILE              reset in this data file, offline (env SIM_DATA)
  --url URL                reset on a running simulator through its admin API
  --admin-token T          the simulator's admin token, with --url (env SIM_ADMIN_TOKEN)
${HELP_LINE}

${EXIT_STATUS}
`;

type Options = NonNullable<ParseArgsConfig['options']>;

const help = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;
const logOptions = { 'log-level': { type: 'string' }, quiet: { type: 'boolean' }, 'log-format': { type: 'string' } } as const satisfies Options;

/** The commands this module parses (`scenario` parses its own arguments). */
export const COMMANDS = {
  start: {
    usage: START_USAGE,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      speed: { type: 'string' },
      frozen: { type: 'boolean' },
      'cloudfran-api-key': { type: 'string' },
      'seed-tenants': { type: 'string' },
      'admin-token': { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-accounts': { type: 'string' },
      'max-body-bytes': { type: 'string' },
      'request-log-size': { type: 'string' },
      fsync: { type: 'string' },
      ...logOptions,
      ...help,
    },
  },
  demo: {
    usage: DEMO_USAGE,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      tenants: { type: 'string' },
      seed: { type: 'string' },
      'admin-token': { type: 'string' },
      ...logOptions,
      ...help,
    },
  },
  seed: {
    usage: SEED_USAGE,
    options: { tenants: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' }, url: { type: 'string' }, 'base-url': { type: 'string' }, 'admin-token': { type: 'string' }, ...help },
  },
  reset: {
    usage: RESET_USAGE,
    options: { all: { type: 'boolean' }, account: { type: 'string' }, tenant: { type: 'string' }, data: { type: 'string' }, url: { type: 'string' }, 'admin-token': { type: 'string' }, ...help },
  },
} as const satisfies Record<string, { usage: string; options: Options }>;

export type CommandName = keyof typeof COMMANDS;

// --- value checks: every one throws a UsageError worded "Failed to X: why. Please Y." ---

export function portOf(what: string, flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`Failed to ${what}: ${flag} "${raw}" is not a port number. Please give an integer from 0 to 65535 (0 picks a free port).`);
  return n;
}

export function speedOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0 || n > CLOCK_LIMITS.maxSpeed) {
    throw new UsageError(`Failed to start: --speed "${raw}" is not a speed (simulated seconds per real second, above 0 and at most ${CLOCK_LIMITS.maxSpeed}). Please give e.g. ${DEFAULT_SPEED}.`);
  }
  return n;
}

export function tenantsOf(what: string, flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_TENANTS)
    throw new UsageError(`Failed to ${what}: ${flag} "${raw}" is not a number of tenants. Please give an integer from 1 to ${MAX_TENANTS}.`);
  return n;
}

/** A positive integer flag within [1, max]. */
export function positiveIntOf(what: string, flag: string, raw: string | undefined, max: number, example: string, min = 1): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`Failed to ${what}: ${flag} "${raw}" is not an integer from ${min} to ${max}. Please give e.g. ${flag} ${example}.`);
  return n;
}

/** A non-empty value (an empty --host or --seed is a slip, not a choice). */
export function textOf(what: string, flag: string, raw: string | undefined, example: string): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new UsageError(`Failed to ${what}: ${flag} is empty. Please give a value, e.g. ${flag} ${example}.`);
  return raw;
}

export function urlOf(what: string, flag: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`Failed to ${what}: ${flag} "${raw}" is not a URL. Please give the simulator's address, e.g. ${flag} http://${DEFAULT_HOST}:${DEFAULT_PORT}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`Failed to ${what}: ${flag} "${raw}" is not an http(s) URL. Please give e.g. ${flag} http://${DEFAULT_HOST}:${DEFAULT_PORT}.`);
  return raw.replace(/\/+$/, '');
}

/** `--log-level`, `--quiet` and `--log-format` over SIM_LOG_LEVEL and SIM_LOG_FORMAT. */
export function logOf(
  what: string,
  values: { 'log-level'?: string; quiet?: boolean; 'log-format'?: string },
  env: { SIM_LOG_LEVEL?: LogLevel; SIM_LOG_FORMAT?: LogFormat },
): { level: LogLevel; format: LogFormat } {
  const raw = values['log-level'];
  if (raw !== undefined && !(LOG_LEVELS as readonly string[]).includes(raw))
    throw new UsageError(`Failed to ${what}: --log-level "${raw}" is not a log level. Please give one of ${LOG_LEVELS.join(', ')}.`);
  if (values.quiet && raw !== undefined && raw !== 'warn')
    throw new UsageError(`Failed to ${what}: --quiet means --log-level warn, but --log-level ${raw} was given too. Please give only one of them.`);
  const format = values['log-format'];
  if (format !== undefined && !(LOG_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Failed to ${what}: --log-format "${format}" is not a log format. Please give pretty or json.`);
  return {
    level: values.quiet ? 'warn' : ((raw as LogLevel | undefined) ?? env.SIM_LOG_LEVEL ?? 'info'),
    format: (format as LogFormat | undefined) ?? env.SIM_LOG_FORMAT ?? 'pretty',
  };
}
