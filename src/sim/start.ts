import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import type twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import { builtinFaces, type FaceOptions } from './faces.js';
import { speedProblem } from './engine/clock.js';
import type { DeliveryAttempt, Delivery } from './engine/outbox.js';
import { Simulator, type SimulatorOptions } from './engine/simulator.js';
import type { World } from './engine/world.js';
import { advanceClock, clockView, ControlError } from './control/control-plane.js';
import { createApp } from './server.js';
import { simHttpClient, type SimHttpClientOptions } from './sdk-client.js';
import { FileStore, type FsyncPolicy, isFsyncPolicy } from './store/file-store.js';
import { createLogger, type LogOptions } from './log.js';
import { createApprovedPrimaryProfile, type PrimaryProfileOptions, type PrimaryProfileView } from './twilio/trusthub/primary-profile.js';
import { isSid, SidPrefix } from './wire/sid.js';

import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';

export { DEFAULT_HOST, DEFAULT_PORT };

export interface StartOptions extends Omit<SimulatorOptions, 'faces' | 'store'> {
  /** Default 4010; 0 picks a free port (what test suites want). */
  port?: number;
  host?: string;
  /** Shorthand for `clock.frozen`: new accounts' clocks move only when advanced (`--frozen`). */
  frozen?: boolean;
  /** Shorthand for `clock.speed`: simulated seconds per real second for new accounts (`--speed`). */
  speed?: number;
  /** Shorthand for `dataFile` (`--data`). */
  data?: string;
  /** Persist to this file (a snapshot plus a journal, `<file>.journal`); in memory when absent. Its directory must exist. */
  dataFile?: string;
  /** When the journal of `dataFile` is forced to disk (`--fsync`; default every second): see FsyncPolicy. */
  fsync?: FsyncPolicy;
  faces?: SimulatorOptions['faces'];
  /** Options of the built-in faces (e.g. the CloudFran API key). */
  faceOptions?: FaceOptions;
  /** Opens the admin API and the dashboard (`--admin-token` / `SIM_ADMIN_TOKEN`); generated at start when absent (`running.adminToken`). */
  adminToken?: string;
  /** One line per request on the console (`--log-level`, `--log-format`); without it nothing is logged. */
  log?: LogOptions;
  /** Requests per second per client (`--rate-limit`); above it Twilio's 429 (20429) with Retry-After. Off when absent. */
  rateLimit?: number;
  /** Largest request body in bytes (`--max-body-bytes`, default 4 MiB); above it a 413 before it is read. */
  maxBodyBytes?: number;
  /** Requests kept per account for `/_sim/requests` and the dashboard (`--request-log-size`, default 200; 0 keeps none). */
  requestLogSize?: number;
}

/** Every option `startSimulator` takes: a typo is refused instead of silently ignored (a new option that is missing here fails to compile). */
const KNOWN_OPTIONS: { [K in keyof Required<StartOptions>]: true } = {
  port: true,
  host: true,
  frozen: true,
  speed: true,
  data: true,
  dataFile: true,
  fsync: true,
  faces: true,
  faceOptions: true,
  adminToken: true,
  log: true,
  rateLimit: true,
  maxBodyBytes: true,
  requestLogSize: true,
  seed: true,
  clock: true,
  realNow: true,
  fetch: true,
  delivery: true,
  onError: true,
  maxAccounts: true,
};

/** An account's credentials: what `twilio(sid, token)` takes. */
export interface AccountCredentials {
  sid: string;
  token: string;
}

/** An account, by its SID (credentials this handle made or the simulator holds) or its credentials. */
export type AccountRef = string | AccountCredentials;

/** What `advance` returns: the account's clock after the move, as `POST /_sim/clock/advance` answers. */
export interface ClockAdvance {
  /** Simulated time, ISO 8601. */
  now: string;
  speed: number;
  frozen: boolean;
  /** Transitions that fired during the move. */
  fired: number;
  /** Transitions still scheduled. */
  pending: number;
}

/** A callback or webhook of the account's delivery log, as `GET /_sim/deliveries` answers (times as ISO 8601). */
export type DeliveryRecord = Omit<Delivery, 'createdAt' | 'nextAttemptAt' | 'attempts'> & {
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: Array<Omit<DeliveryAttempt, 'at'> & { at: string }>;
};

function failure(what: string, why: string, fix: string): Error {
  return new Error(`Failed to ${what}: ${why}. Please ${fix}.`);
}

/** The `twilio` package is an optional peer: loaded on first use so that a2p-sim works without it. */
async function loadTwilio(): Promise<typeof twilio> {
  let mod: { default?: typeof twilio };
  try {
    mod = (await import('twilio')) as { default?: typeof twilio };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw failure('create a Twilio client', 'the twilio package is not installed', 'npm install twilio');
    throw failure('create a Twilio client', `the twilio package could not be loaded (${(e as Error).message.split('\n')[0]})`, 'reinstall it with npm install twilio');
  }
  return mod.default ?? (mod as unknown as typeof twilio);
}

/**
 * A simulator reached over HTTP: accounts, SDK clients and the `/_sim` control plane of one account.
 * What a test file holds when a global setup started the simulator in another process or worker
 * (`connectSimulator(url)`); `startSimulator` returns the in-process kind, `RunningSimulator`.
 */
export class SimulatorConnection {
  /** Credentials this handle made or was given, so an account can be named by its SID alone. */
  protected readonly credentialsBySid = new Map<string, string>();
  private made = 0;

  constructor(
    /** Base URL, e.g. `http://127.0.0.1:4010`. */
    readonly url: string,
    /** With a seed, `account()` gives the same SIDs and tokens in the same order on every run. */
    protected readonly seed?: string,
    /** The admin token, for what spans every account (`reset()` with no account). */
    readonly adminToken?: string,
  ) {}

  /**
   * Credentials for an account: the given ones, the known token of a known SID, or new ones. The
   * simulator provisions an account on its first request, so a fresh account per test isolates
   * tests from each other (parallel-safe) without any reset.
   */
  account(sid?: string, token?: string): AccountCredentials {
    if (sid !== undefined && !isSid(sid, SidPrefix.Account))
      throw failure('make an account', `"${String(sid)}" is not an Account SID`, 'give AC followed by 32 hex digits, or nothing for a new account');
    if (token !== undefined && (typeof token !== 'string' || token.length === 0)) throw failure('make an account', 'the auth token is empty', 'give a non-empty token, or none for a new one');
    const accountSid = sid ?? this.newSid();
    const authToken = token ?? this.knownToken(accountSid) ?? this.newToken(accountSid);
    this.credentialsBySid.set(accountSid, authToken);
    return { sid: accountSid, token: authToken };
  }

  private newSid(): string {
    const n = this.made++;
    if (this.seed === undefined) return SidPrefix.Account + randomBytes(16).toString('hex');
    return SidPrefix.Account + createHash('sha256').update(`${this.seed}|account|${n}`).digest('hex').slice(0, 32);
  }

  private newToken(sid: string): string {
    if (this.seed === undefined) return randomBytes(16).toString('hex');
    return createHash('sha256').update(`${this.seed}|token|${sid}`).digest('hex').slice(0, 32);
  }

  protected knownToken(sid: string): string | undefined {
    return this.credentialsBySid.get(sid);
  }

  /** Credentials of an account reference; a bare SID must be known to this handle. */
  protected credentials(account: AccountRef | undefined, what: string): AccountCredentials {
    if (account !== undefined && typeof account === 'object' && typeof account.sid === 'string' && typeof account.token === 'string') return this.account(account.sid, account.token);
    if (typeof account !== 'string') throw failure(what, 'no account was given', 'pass an Account SID or the { sid, token } of sim.account()');
    const token = this.knownToken(account);
    if (token === undefined) throw failure(what, `the auth token of ${account} is not known here`, 'pass the { sid, token } credentials object instead of the SID');
    return { sid: account, token };
  }

  /** An `httpClient` for the official SDK that sends every request to this simulator. */
  httpClient(opts?: SimHttpClientOptions): RequestClient {
    return simHttpClient(this.url, opts);
  }

  /**
   * The official `twilio` SDK client of an account (a new one without arguments), pointed at the
   * simulator. Async because `twilio` is an optional peer dependency, loaded on first use.
   */
  async client(account?: AccountRef, token?: string): Promise<twilio.Twilio> {
    const creds =
      account === undefined
        ? this.account()
        : typeof account === 'string'
          ? token !== undefined
            ? this.account(account, token)
            : this.account(account)
          : this.credentials(account, 'create a Twilio client');
    const make = await loadTwilio();
    return make(creds.sid, creds.token, { httpClient: this.httpClient() });
  }

  /**
   * Moves one account's clock by `seconds`, or until nothing is scheduled (`'settled'`); every
   * transition that becomes due fires in time order, with its callbacks. Tests call this instead of sleeping.
   */
  async advance(account: AccountRef, by: number | 'settled'): Promise<ClockAdvance> {
    return (await this.control(account, 'POST', '/clock/advance', by === 'settled' ? { until: 'settled' } : { seconds: by }, 'advance the clock')) as ClockAdvance;
  }

  /**
   * Resets one account (its resources, clock and logs go; its credentials stay), or with no
   * argument every account (over HTTP this uses the admin API, with the admin token a2p-sim start printed).
   */
  async reset(account?: AccountRef): Promise<void> {
    if (account !== undefined) {
      await this.control(account, 'POST', '/reset', {}, 'reset the account');
      return;
    }
    const res = await fetch(`${this.url}/_sim/admin/reset`, { method: 'POST', headers: this.adminToken ? { authorization: `Bearer ${this.adminToken}` } : {} });
    if (!res.ok) throw failure('reset the simulator', await messageOf(res), 'check that the simulator is running and pass its admin token to connectSimulator(url, { adminToken })');
  }

  /** The account's delivery log: status callbacks, Event Streams and CloudFran webhooks, attempts included. */
  async deliveries(account: AccountRef): Promise<DeliveryRecord[]> {
    const body = (await this.control(account, 'GET', '/deliveries', undefined, 'read the deliveries')) as { deliveries: DeliveryRecord[] };
    return body.deliveries;
  }

  /** An approved ISV Primary Business Profile in the account (README "The ISV's Primary Business Profile"). */
  async primaryProfile(account: AccountRef, opts: PrimaryProfileOptions = {}): Promise<PrimaryProfileView> {
    return (await this.control(account, 'POST', '/trusthub/primary-profile', opts, 'create the primary profile')) as PrimaryProfileView;
  }

  private async control(account: AccountRef, method: 'GET' | 'POST', path: string, body: unknown, what: string): Promise<unknown> {
    const { sid, token } = this.credentials(account, what);
    let res: Response;
    try {
      res = await fetch(`${this.url}/_sim${path}`, {
        method,
        headers: { authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      throw failure(what, `the simulator at ${this.url} cannot be reached (${(e as Error).message})`, 'start it first (a2p-sim start, or startSimulator())');
    }
    if (!res.ok) throw new Error(await messageOf(res));
    return res.json();
  }
}

/** The control plane's own "Failed to …" message, or the status line. */
async function messageOf(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: fall through to the status line
  }
  return `the simulator answered ${res.status} ${text.slice(0, 200)}`.trim();
}

/** A handle on a simulator served by another process or a global setup: `connectSimulator(inject('simUrl'))`. */
export function connectSimulator(url: string, opts: { seed?: string; adminToken?: string } = {}): SimulatorConnection {
  return new SimulatorConnection(url.replace(/\/$/, ''), opts.seed, opts.adminToken);
}

/**
 * A simulator served by this process (`startSimulator`). Same methods as a connection; the clock,
 * reset and primary-profile ones run in process, through the functions the control plane calls.
 */
export class RunningSimulator extends SimulatorConnection {
  private closing: Promise<void> | undefined;

  constructor(
    readonly sim: Simulator,
    url: string,
    readonly port: number,
    private readonly server: ServerType,
    /** Opens the admin API and the dashboard: the one given, or one generated at start. */
    override readonly adminToken: string,
  ) {
    super(url, sim.seed, adminToken);
  }

  protected override knownToken(sid: string): string | undefined {
    return super.knownToken(sid) ?? this.sim.findWorld(sid)?.authToken;
  }

  /** The account's world, provisioned on first use as a request with these credentials would (a wrong token is refused the same way). */
  private world(account: AccountRef, what: string): World {
    const { sid, token } = this.credentials(account, what);
    try {
      return this.sim.authenticate(`Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`);
    } catch {
      throw failure(what, `the token given for ${sid} is not the one it was first used with`, 'pass the credentials the account was created with');
    }
  }

  override async advance(account: AccountRef, by: number | 'settled'): Promise<ClockAdvance> {
    const world = this.world(account, 'advance the clock');
    let fired: number;
    try {
      fired = await advanceClock(world, by === 'settled' ? { until: 'settled' } : { seconds: by });
    } catch (e) {
      if (e instanceof ControlError) throw new Error(e.message);
      throw e;
    }
    return { ...clockView(world), fired, pending: world.pendingCount };
  }

  override async reset(account?: AccountRef): Promise<void> {
    if (account === undefined) this.sim.resetAll();
    else this.sim.resetWorld(this.world(account, 'reset the account').accountSid);
  }

  override async primaryProfile(account: AccountRef, opts: PrimaryProfileOptions = {}): Promise<PrimaryProfileView> {
    return createApprovedPrimaryProfile(this.sim, this.world(account, 'create the primary profile').accountSid, opts);
  }

  /** Stops serving and closes the simulator (flushing a data file). Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= closeAll(this.server, this.sim);
    return this.closing;
  }
}

async function closeAll(server: ServerType, sim: Simulator): Promise<void> {
  await new Promise<void>((done) => {
    server.close(() => done());
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  await sim.close();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the options before anything starts; returns them with the shorthands folded in. */
function checkOptions(opts: StartOptions): StartOptions {
  if (!isObject(opts as unknown)) throw failure('start', 'the options are not an object', 'pass e.g. { port: 0, frozen: true }');
  const unknown = Object.keys(opts).filter((k) => !(k in KNOWN_OPTIONS));
  if (unknown.length > 0)
    throw failure('start', `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}`, `use only ${Object.keys(KNOWN_OPTIONS).join(', ')}`);
  const { port, host, frozen, speed, data, dataFile, seed, clock } = opts;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
    throw failure('start', `port ${JSON.stringify(port)} is not a port number`, 'give an integer from 0 to 65535 (0 picks a free port)');
  if (host !== undefined && (typeof host !== 'string' || host.trim() === ''))
    throw failure('start', `host ${JSON.stringify(host)} is not a host name or address`, 'give e.g. "127.0.0.1" or "0.0.0.0"');
  if (frozen !== undefined && typeof frozen !== 'boolean') throw failure('start', `frozen ${JSON.stringify(frozen)} is not a boolean`, 'give true or false');
  if (speed !== undefined) {
    const problem = speedProblem(speed);
    if (problem) throw failure('start', problem.replace('"speed"', 'speed'), 'give e.g. 3600 (simulated seconds per real second)');
  }
  for (const [name, v] of [
    ['rateLimit', opts.rateLimit],
    ['maxBodyBytes', opts.maxBodyBytes],
    ['maxAccounts', opts.maxAccounts],
  ] as const) {
    if (v !== undefined && !(Number.isInteger(v) && v > 0)) throw failure('start', `${name} ${JSON.stringify(v)} is not a positive integer`, `give e.g. { ${name}: 10 }, or leave it out`);
  }
  const logSize = opts.requestLogSize;
  if (logSize !== undefined && !(Number.isInteger(logSize) && logSize >= 0 && logSize <= 100_000))
    throw failure('start', `requestLogSize ${JSON.stringify(logSize)} is not an integer from 0 to 100000`, 'give e.g. { requestLogSize: 500 }, or 0 to keep none');
  if (seed !== undefined && typeof seed !== 'string') throw failure('start', `seed ${JSON.stringify(seed)} is not a string`, 'give e.g. "42" as a string');
  if (clock !== undefined && !isObject(clock as unknown)) throw failure('start', 'clock is not an object', 'give e.g. { frozen: true, speed: 3600 }');
  if (frozen !== undefined && clock?.frozen !== undefined && clock.frozen !== frozen) throw failure('start', `frozen is ${frozen} but clock.frozen is ${clock.frozen}`, 'give only one of them');
  if (speed !== undefined && clock?.speed !== undefined && clock.speed !== speed) throw failure('start', `speed is ${speed} but clock.speed is ${clock.speed}`, 'give only one of them');
  for (const [name, v] of [
    ['data', data],
    ['dataFile', dataFile],
  ] as const) {
    if (v !== undefined && (typeof v !== 'string' || v.trim() === ''))
      throw failure('start', `${name} ${JSON.stringify(v)} is not a file path`, 'give e.g. "./.sim-data.json", or leave it out to keep everything in memory');
  }
  const { fsync } = opts;
  if (fsync !== undefined && !isFsyncPolicy(fsync)) throw failure('start', `fsync ${JSON.stringify(fsync)} is not a policy`, 'give "batch", "off" or { intervalMs: 1000 }');
  if (data !== undefined && dataFile !== undefined && resolve(data) !== resolve(dataFile)) throw failure('start', `data is ${data} but dataFile is ${dataFile}`, 'give only one of them');
  const file = data ?? dataFile;
  if (file !== undefined) {
    const dir = dirname(resolve(file));
    // Not created silently: a typo in the path would otherwise persist somewhere unexpected.
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw failure('start', `the directory of --data ${file} does not exist`, 'create it first');
    if (existsSync(file) && statSync(file).isDirectory()) throw failure('start', `--data ${file} is a directory`, `give a file path inside it, e.g. ${file.replace(/\/$/, '')}/sim.json`);
  }
  const folded: StartOptions = { ...opts };
  delete folded.frozen;
  delete folded.speed;
  delete folded.data;
  if (file !== undefined) folded.dataFile = file;
  if (frozen !== undefined || speed !== undefined) folded.clock = { ...clock, ...(frozen !== undefined ? { frozen } : {}), ...(speed !== undefined ? { speed } : {}) };
  return folded;
}

/** Why listening failed, as "Failed to start: …" (the CLI prints it as is). */
function listenError(e: NodeJS.ErrnoException, port: number, host: string): Error {
  if (e.code === 'EADDRINUSE') return failure('start', `port ${port} is already in use`, 'stop what is using it or choose another port (0 picks a free one)');
  if (e.code === 'EADDRNOTAVAIL')
    return failure('start', `cannot listen on host ${host} (EADDRNOTAVAIL: not an address of this machine)`, 'give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0');
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
    return failure('start', `cannot listen on host ${host} (${e.code}: the name does not resolve)`, 'give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0');
  if (e.code === 'EACCES') return failure('start', `cannot listen on host ${host} port ${port} (EACCES: permission denied)`, 'choose a port above 1023, or run with the permission to bind it');
  return failure('start', `cannot listen on host ${host} port ${port} (${e.code ?? e.message})`, 'check the host and port');
}

/**
 * Creates a simulator and serves it over HTTP (loopback unless `host` says otherwise). Rejects with
 * "Failed to start: …" when the options are wrong or it cannot listen, leaving nothing open.
 */
export async function startSimulator(opts: StartOptions = {}): Promise<RunningSimulator> {
  const checked = checkOptions(opts);
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, dataFile, fsync, faces, faceOptions, adminToken, log, rateLimit, maxBodyBytes, requestLogSize, ...simOpts } = checked;
  const logger = log ? createLogger(log) : undefined;
  // Transition failures go to the same log as the requests (Simulator's default is console.error).
  if (logger && !simOpts.onError) simOpts.onError = (message) => logger.error(message);
  let sim: Simulator;
  try {
    sim = await Simulator.create({ ...simOpts, faces: faces ?? builtinFaces(faceOptions), ...(dataFile ? { store: new FileStore(dataFile, { ...(fsync ? { fsync } : {}) }) } : {}) });
  } catch (e) {
    if (!dataFile || (e instanceof Error && e.message.startsWith('Failed to'))) throw e;
    throw failure('start', `the data file ${dataFile} cannot be loaded (${(e as Error).message.split('\n')[0]})`, 'fix it, or move it away to start afresh');
  }
  // Never derivable and never absent: the admin API answers no network client without it (control/admin.ts).
  const token = adminToken ?? randomBytes(24).toString('base64url');
  const app = createApp(sim, { adminToken: token, cloudfranApiKey: faceOptions?.cloudfran?.apiKey, logger, rateLimit, maxBodyBytes, requestLogSize });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host });
  try {
    await new Promise<void>((listening, failed) => {
      server.once('error', failed);
      server.listen(port, host, () => {
        server.off('error', failed);
        listening();
      });
    });
  } catch (e) {
    await sim.close();
    throw listenError(e as NodeJS.ErrnoException, port, host);
  }
  const actual = (server.address() as AddressInfo).port;
  return new RunningSimulator(sim, `http://${host.includes(':') ? `[${host}]` : host}:${actual}`, actual, server, token);
}
