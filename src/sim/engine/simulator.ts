import { createHash, randomBytes } from 'node:crypto';
import { TwilioError } from '../wire/errors.js';
import { isSid, SidPrefix } from '../wire/sid.js';
import { constantTimeEqual } from '../wire/signature.js';
import { MemoryStore, type PersistedState, type Store } from '../store/store.js';
import { ChangeTracker } from './changes.js';
import { DEFAULT_SPEED, type ClockState } from './clock.js';
import { LIFECYCLE, lifecycleHandler, type Lifecycled } from './lifecycle.js';
import { DeliveryDispatcher, OUTBOX_RETRY, type DeliveryOptions } from './outbox.js';
import type { Face, ResourceDef } from './resource.js';
import type { BaseRecord } from './table.js';
import { World, type TransitionHandler, type WorldServices, type WorldState } from './world.js';

export interface SimulatorOptions {
  /** Makes SIDs and generated data reproducible (`--seed` / `SIM_SEED`). */
  seed?: string;
  store?: Store;
  /** Clock of newly provisioned accounts. Default: running at DEFAULT_SPEED from the real time (or from 2026-01-01 under a seed). */
  clock?: { speed?: number; frozen?: boolean; start?: number };
  /** The only source of real time the simulator reads (tests can replace it). */
  realNow?: () => number;
  /** Used by the outbox to deliver callbacks and webhooks. */
  fetch?: typeof fetch;
  /** Timeouts, retry floor and attempts of callbacks and webhooks (engine/outbox.ts DELIVERY_DEFAULTS). */
  delivery?: DeliveryOptions;
  faces: Face[];
  /** Where transition errors are reported (default: console.error). */
  onError?: (message: string) => void;
  /** Most accounts this process provisions (`--max-accounts`; default DEFAULT_MAX_ACCOUNTS); one more is a 403. */
  maxAccounts?: number;
}

/** Accounts a simulator holds at most unless told otherwise: each is a world in memory (and in the data file). */
export const DEFAULT_MAX_ACCOUNTS = 10_000;

/** `sim.shared` key: `scope|id` → Account SID of the accounts made for non-Twilio identities (derivedAccount). */
const DERIVED_ACCOUNTS = 'derivedAccounts';

/** Start of simulated time for seeded runs, so that dates are reproducible too. */
export const SEEDED_EPOCH = Date.UTC(2026, 0, 1);

/**
 * Holds every account's world, the shared state between them, and the declarations of every
 * face. One instance per server; tests make as many as they like (no module-level state).
 */
export class Simulator {
  readonly seed: string | undefined;
  readonly store: Store;
  readonly faces: Face[];
  readonly resources = new Map<string, ResourceDef>();
  /** Face models with a lifecycle that are not Twilio resources (CloudFran's number services), by table. */
  readonly models = new Map<string, Lifecycled<any>>();
  readonly handlers = new Map<string, TransitionHandler>();
  readonly shared: Record<string, unknown>;
  /** Record-level change tracking, when the store journals changes (engine/changes.ts). */
  private readonly changes: ChangeTracker | undefined;
  private readonly worlds = new Map<string, World>();
  private readonly authCache = new Map<string, { world: World; stillValid: () => boolean }>();
  /** API key SID → account SID, rebuilt from each account's key tables (declared by the faces). */
  readonly apiKeys = new Map<string, string>();
  /** Every face's `keyTables`. */
  private readonly keyTables: string[];
  private readonly services: WorldServices;
  /** Deliveries of every account: options, the cap on deliveries in flight, the hop count of the request being served. */
  readonly delivery: DeliveryDispatcher;
  private readonly clockDefaults: { speed: number; frozen: boolean; start: number | undefined };
  /** Real time (injectable for tests): only the accelerated clocks, the outbox and rate limits read it. */
  readonly realNow: () => number;
  readonly maxAccounts: number;

  private constructor(opts: SimulatorOptions) {
    this.seed = opts.seed;
    this.maxAccounts = opts.maxAccounts ?? DEFAULT_MAX_ACCOUNTS;
    this.store = opts.store ?? new MemoryStore();
    // A change noticed outside a request (a timer fired a transition, a delivery was attempted) is committed at the end of its turn.
    this.changes = this.store.journaled ? new ChangeTracker(() => this.store.markDirty()) : undefined;
    this.shared = this.changes ? this.changes.trackShared({}) : {};
    this.faces = opts.faces;
    this.keyTables = opts.faces.flatMap((f) => f.keyTables ?? []);
    this.realNow = opts.realNow ?? Date.now;
    this.clockDefaults = {
      speed: opts.clock?.speed ?? DEFAULT_SPEED,
      frozen: opts.clock?.frozen ?? false,
      start: opts.clock?.start ?? (opts.seed !== undefined ? SEEDED_EPOCH : undefined),
    };
    for (const face of opts.faces) {
      for (const def of face.resources) this.resources.set(def.table, def);
      for (const [kind, h] of Object.entries(face.handlers ?? {})) this.handlers.set(kind, h);
    }
    for (const face of opts.faces) for (const model of face.models ?? []) this.models.set(model.table, model);
    this.handlers.set(LIFECYCLE, lifecycleHandler(new Map<string, Lifecycled<any>>([...this.resources, ...this.models])));
    this.handlers.set(OUTBOX_RETRY, (world, t) => world.outbox.retryDue(String(t.data.id)));
    const onError = opts.onError ?? ((m: string) => console.error(m));
    this.delivery = new DeliveryDispatcher(opts.delivery);
    this.services = {
      seed: opts.seed,
      realNow: this.realNow,
      fetch: opts.fetch ?? fetch,
      delivery: this.delivery,
      handlers: this.handlers,
      dirty: () => this.store.markDirty(),
      changes: this.changes,
      peers: () => [...this.worlds.values()],
      simulator: () => this,
      observe: (world, change) => {
        for (const face of this.faces) face.observe?.(world, change);
      },
      notify: (world, topic, payload) => {
        for (const face of this.faces) face.listeners?.[topic]?.(world, payload);
      },
      onError: (world, t, e) => onError(`Failed to run transition ${t.kind} in ${world.accountSid}: ${e instanceof Error ? e.stack : String(e)}`),
    };
    this.store.attach({ snapshot: () => this.snapshot(), changes: () => this.changes?.collect(this.shared) ?? [] });
  }

  /**
   * The declaration serving a table, for a face's helper that makes its resources without a route
   * (TrustHub's primary-profile control), with the same validation and lifecycles. Another face calls
   * the owning face's API instead (docs/decisions/0005-cloudfran-through-twilio.md).
   */
  declaration<R extends BaseRecord>(table: string): ResourceDef<R> {
    const def = this.resources.get(table);
    if (!def) throw new Error(`Failed to find the declaration of ${table}: the face that serves it is not loaded. Please include it in the simulator's faces.`);
    return def as ResourceDef<R>;
  }

  static async create(opts: SimulatorOptions): Promise<Simulator> {
    const sim = new Simulator(opts);
    const saved = await sim.store.load();
    if (saved) sim.restore(saved);
    return sim;
  }

  private restore(saved: PersistedState): void {
    const load = () => {
      Object.assign(this.shared, saved.shared);
      // The store hands back what snapshot() gave it: each account is a WorldState.
      for (const state of saved.accounts as WorldState[]) this.attachWorld(new World(state, this.services));
    };
    // What was loaded is what the store holds: not a change to journal.
    if (this.changes) this.changes.untracked(load);
    else load();
  }

  private attachWorld(world: World, made = false): World {
    this.worlds.set(world.accountSid, world);
    for (const table of this.keyTables) for (const sid of world.table(table).sids()) this.apiKeys.set(sid, world.accountSid);
    if (made && world.changes) this.changes?.made(world.changes);
    return world;
  }

  /** Speed of newly provisioned accounts (`--speed`). */
  get defaultSpeed(): number {
    return this.clockDefaults.speed;
  }

  private newClock(): ClockState {
    return { now: this.clockDefaults.start ?? this.realNow(), speed: this.clockDefaults.speed, frozen: this.clockDefaults.frozen };
  }

  accounts(): World[] {
    return [...this.worlds.values()];
  }

  findWorld(accountSid: string): World | undefined {
    const world = this.worlds.get(accountSid);
    world?.changes?.active();
    return world;
  }

  /** The account's world, provisioned with this token on first use (FIDELITY §1 / issue: any well-formed AC SID). */
  provision(accountSid: string, authToken: string, clock?: ClockState): World {
    const existing = this.worlds.get(accountSid);
    if (existing) return existing;
    if (this.worlds.size >= this.maxAccounts) {
      // 20403 is Twilio's "Forbidden" (https://www.twilio.com/docs/api/errors/20403); Twilio has no account cap to copy.
      throw new TwilioError(403, 20403, `Failed to provision account ${accountSid}: the simulator holds ${this.worlds.size} accounts already. Please reset or raise --max-accounts.`);
    }
    // `clock`: a new account's clock as given (the demo seeder starts tenants frozen at a chosen time, so dates are reproducible).
    const world = this.attachWorld(new World(World.initialState(accountSid, authToken, clock ?? this.newClock()), this.services), true);
    world.touch();
    return world;
  }

  /**
   * HTTP Basic with Account SID + Auth Token, or API Key SID + secret. Anything else, or a token
   * other than the one the account was provisioned with, is Twilio's 401 (20003).
   */
  authenticate(authorization: string | undefined | null): World {
    // Most requests repeat the same header: remember which world it opened, while it stays valid.
    const cached = authorization ? this.authCache.get(authorization) : undefined;
    if (cached && this.worlds.get(cached.world.accountSid) === cached.world && cached.stillValid()) {
      cached.world.changes?.active();
      assertUsable(cached.world);
      return cached.world;
    }
    const world = this.authenticateUncached(authorization);
    world.changes?.active();
    assertUsable(world);
    if (authorization) {
      if (this.authCache.size > 10_000) this.authCache.clear();
      const { username, password } = parseBasic(authorization)!;
      this.authCache.set(authorization, {
        world,
        stillValid: username.startsWith(SidPrefix.Account)
          ? () => world.authToken === password
          : () => this.apiKeys.get(username) === world.accountSid && this.keyOf(world, username, 'peek')?.secret === password,
      });
    }
    return world;
  }

  /**
   * The account a request addresses by SID in its path (`/2010-04-01/Accounts/{AccountSid}/…`) when the
   * credentials are another account's: a parent's Account SID + Auth Token reach their subaccounts'
   * 2010 resources, a parent's API key does not, and a subaccount's credentials never reach its parent
   * (Twilio answers 20003 for both) nor a sibling. https://www.twilio.com/docs/iam/api/subaccounts
   * Undefined: the path names an account these credentials have nothing to do with (a 404, never a leak).
   */
  actingOn(caller: World, accountSid: string, authorization: string | undefined | null): World | undefined {
    const target = this.worlds.get(accountSid);
    if (target && target.standing.owner === caller.accountSid && target !== caller) {
      if (!parseBasic(authorization)?.username.startsWith(SidPrefix.Account)) throw TwilioError.authenticate();
      target.changes?.active();
      assertUsable(target);
      return target;
    }
    if (caller.standing.owner === accountSid && caller.accountSid !== accountSid) throw TwilioError.authenticate();
    return undefined;
  }

  /** The subaccounts an account owns, in creation order. */
  subaccountsOf(world: World): World[] {
    const sids = (world.settings.subaccounts as string[] | undefined) ?? [];
    return sids.flatMap((sid) => this.worlds.get(sid) ?? []);
  }

  private authenticateUncached(authorization: string | undefined | null): World {
    const creds = parseBasic(authorization);
    if (!creds) throw TwilioError.authenticate();
    const { username, password } = creds;
    if (isSid(username, SidPrefix.Account) && password.length > 0) {
      const world = this.worlds.get(username);
      if (!world) return this.provision(username, password);
      if (!constantTimeEqual(world.authToken, password)) throw TwilioError.authenticate();
      return world;
    }
    if (isSid(username, SidPrefix.ApiKey)) {
      const accountSid = this.apiKeys.get(username);
      const world = accountSid ? this.worlds.get(accountSid) : undefined;
      const key = world ? this.keyOf(world, username, 'get') : undefined;
      if (world && key && constantTimeEqual(key.secret, password)) return world;
    }
    throw TwilioError.authenticate();
  }

  /** The key record with this SID in one of the world's key tables (`peek` reads without counting as a use). */
  private keyOf(world: World, sid: string, how: 'get' | 'peek'): { sid: string; secret: string } | undefined {
    for (const table of this.keyTables) {
      const key = world.table<{ sid: string; secret: string }>(table)[how](sid);
      if (key) return key;
    }
    return undefined;
  }

  /** Drops an account's world and starts it afresh with the same credentials. */
  resetWorld(accountSid: string): World | undefined {
    const old = this.worlds.get(accountSid);
    if (!old) return undefined;
    this.removeWorld(accountSid);
    const state = World.initialState(accountSid, old.authToken, this.newClock());
    // A reset subaccount stays its parent's (its standing is who owns it, not data of its own).
    if (old.settings.account) state.settings.account = old.settings.account;
    const world = this.attachWorld(new World(state, this.services), true);
    world.touch();
    return world;
  }

  removeWorld(accountSid: string): boolean {
    const world = this.worlds.get(accountSid);
    if (!world) return false;
    // A subaccount does not outlive its parent (a reset parent starts without subaccounts).
    for (const child of this.subaccountsOf(world)) this.removeWorld(child.accountSid);
    if (world.changes) this.changes?.dropped(world.changes);
    world.close();
    this.worlds.delete(accountSid);
    for (const [sk, ac] of this.apiKeys) if (ac === accountSid) this.apiKeys.delete(sk);
    for (const face of this.faces) face.onAccountRemoved?.(this, accountSid);
    this.store.markDirty();
    return true;
  }

  /** Removes every account and all shared state. */
  resetAll(): void {
    for (const sid of [...this.worlds.keys()]) this.removeWorld(sid);
    for (const key of Object.keys(this.shared)) delete this.shared[key];
    this.store.markDirty();
  }

  /**
   * The account of a non-Twilio identity (a CloudFran tenant, the CloudFran platform), made on first
   * use and remembered in shared state, so a restart with `--data` finds it again. Its Account SID and
   * Auth Token are random; under `--seed` they are reproducible (sha256 of seed, scope and id: a demo
   * convenience, as anyone who knows the seed can compute them). A SID that an account already holds
   * (someone used it on the Twilio faces first) is never taken over: the next candidate is used, so
   * nobody can plant a token in an identity's account.
   * `adopt` recognises the identity's account in a data file written before this mapping existed (at
   * its old SID, sha256-derived): it is kept, with a fresh random token unless seeded.
   */
  derivedAccount(scope: string, id: string, clock?: ClockState, adopt?: (world: World) => boolean): World {
    const key = `${scope}|${id}`;
    if (!this.shared[DERIVED_ACCOUNTS]) this.shared[DERIVED_ACCOUNTS] = {};
    const known = this.shared[DERIVED_ACCOUNTS] as Record<string, string>;
    const mapped = Object.hasOwn(known, key) ? this.worlds.get(known[key]!) : undefined;
    if (mapped) return mapped;
    const legacy = this.worlds.get(SidPrefix.Account + sha256Hex(`${this.seed ?? ''}|${scope}|${id}`).slice(0, 32));
    let world: World | undefined;
    if (legacy && adopt?.(legacy)) {
      world = legacy;
      if (this.seed === undefined) world.authToken = randomBytes(16).toString('hex');
    } else {
      for (let n = 0; !world; n++) {
        const { sid, token } = this.derivedCredentials(scope, id, n);
        if (!this.worlds.has(sid)) world = this.provision(sid, token, clock);
      }
    }
    known[key] = world.accountSid;
    world.touch();
    return world;
  }

  private derivedCredentials(scope: string, id: string, attempt: number): { sid: string; token: string } {
    if (this.seed === undefined) return { sid: SidPrefix.Account + randomBytes(16).toString('hex'), token: randomBytes(16).toString('hex') };
    // The first candidate is the one earlier versions derived, so seeded demos keep their SIDs.
    const digest = sha256Hex(`${this.seed}|${scope}|${id}${attempt ? `|${attempt}` : ''}`);
    return { sid: SidPrefix.Account + digest.slice(0, 32), token: digest.slice(32, 64) };
  }

  snapshot(): PersistedState<WorldState> {
    return {
      version: 1,
      savedAt: new Date(this.realNow()).toISOString(),
      accounts: [...this.worlds.values()].map((w) => w.snapshot()),
      shared: this.shared,
    };
  }

  async flush(): Promise<void> {
    await this.store.flush();
  }

  async close(): Promise<void> {
    for (const w of this.worlds.values()) w.close();
    await this.store.close();
  }
}

/** A suspended or closed account (or one whose owner is) authenticates no request: Twilio's 20003 lists it as a cause (https://www.twilio.com/docs/api/errors/20003). */
function assertUsable(world: World): void {
  if (world.standing.status !== 'active') throw TwilioError.authenticate();
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parseBasic(header: string | undefined | null): { username: string; password: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  let decoded: string;
  try {
    decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf-8');
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
