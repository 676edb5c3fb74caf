import { Entropy } from '../wire/sid.js';
import type { ChangeTracker, WorldChanges } from './changes.js';
import { SimClock, type ClockState } from './clock.js';
import { Outbox, type Delivery, type DeliveryDispatcher, type NewDelivery, type OutboxState } from './outbox.js';
import { Table } from './table.js';
import { TransitionQueue } from './transition-queue.js';

/**
 * A pending transition: "at simulated time `at`, run handler `kind` with `data`". Stored as data,
 * so it survives a restart; handlers are looked up by kind when it fires (STYLE principle 4).
 */
export interface Transition {
  id: number;
  at: number;
  kind: string;
  data: Record<string, unknown>;
  /** Background transitions (billing cycles, expiries) do not keep an account from being "settled". */
  background?: boolean;
}

export type TransitionHandler = (world: World, t: Transition) => void;

/** A status change of some resource, for the dashboard's timeline and `/_sim/timeline`. */
export interface TimelineEntry {
  at: number;
  table: string;
  sid: string;
  field: string;
  from: string | null;
  to: string;
  note?: string;
}

/** Forces the outcome of a resource's next decision (control plane "force next outcome"). */
export interface Override {
  outcome: string;
  /** Reason / error details to report with a failure. */
  reason?: string;
  code?: number;
  fields?: string[];
}

/**
 * Who owns an account and whether it may be used: kept in `settings.account` so data files written
 * before subaccounts existed load unchanged (no entry: a main account, active, its own owner).
 */
export interface AccountStanding {
  owner: string;
  status: 'active' | 'suspended' | 'closed';
  updated: number;
}

export interface WorldState {
  accountSid: string;
  authToken: string;
  friendlyName: string;
  dateCreated: number;
  clock: ClockState;
  entropyCounter: number;
  seq: number;
  tables: Record<string, Record<string, unknown>>;
  transitions: Transition[];
  deliveries: Delivery[];
  /** Deliveries not finished yet (the outbox's durable queue); absent in files written before it existed. */
  outbox?: OutboxState;
  overrides: Record<string, Override[]>;
  timeline: TimelineEntry[];
  /** Face-specific settings of the account (e.g. a CloudFran tenant's webhook URL and secret). */
  settings: Record<string, unknown>;
}

/** What a world needs from the simulator that holds it. */
export interface WorldServices {
  seed: string | undefined;
  realNow: () => number;
  fetch: typeof fetch;
  /** Delivery options, the cap on deliveries in flight and the hop count of the request being served (one per simulator). */
  delivery?: DeliveryDispatcher;
  handlers: ReadonlyMap<string, TransitionHandler>;
  /** Called when the world has changed and should be persisted. */
  dirty: () => void;
  /** Present when the store journals changes record by record (engine/changes.ts). */
  changes?: ChangeTracker | undefined;
  onError: (world: World, t: Transition, e: unknown) => void;
  /** Every account of the simulator; only for rules Twilio itself applies across accounts (an ISV's primary profile). */
  peers: () => World[];
  /** The simulator holding this world, for transitions that touch state shared between accounts (the number pool). */
  simulator: () => import('./simulator.js').Simulator;
  /** Tells the faces that observe state changes (CloudFran's webhooks follow TCR decisions this way). */
  observe: (world: World, change: StateChange) => void;
  /** Hands a topic's news to the faces that listen to it (`Face.listeners`), e.g. the neutral TCR telling the submitting face. */
  notify?: (world: World, topic: string, payload: unknown) => void;
}

/** A lifecycle move of some record, or its removal, as observed by faces. */
export interface StateChange {
  /** Absent for a state change. */
  kind?: 'state' | 'removed';
  table: string;
  rec: { sid: string } & Record<string, unknown>;
  field: string;
  from: string | null;
  to: string;
}

const MAX_TIMELINE = 5000;
const TIMELINE_SLACK = 1000;
/** Transitions one settle may fire beyond those pending when it began: a guard against a transition that reschedules itself without end. */
const MAX_SETTLE_STEPS = 100_000;
/**
 * Real ms one slice of a chunked settle runs before it yields to the event loop, so a large settle
 * in one account holds another account's request for about this long at most (engine.md "Settling").
 */
export const SETTLE_SLICE_MS = 20;

/**
 * One account's isolated world: its tables, clock, pending transitions, outbox and overrides
 * (STYLE principle 3). Nothing in it is shared with another account.
 */
export class World {
  readonly accountSid: string;
  authToken: string;
  friendlyName: string;
  readonly dateCreated: number;
  readonly clock: SimClock;
  readonly entropy: Entropy;
  readonly outbox: Outbox;
  readonly overrides: Map<string, Override[]>;
  readonly timeline: TimelineEntry[];
  readonly settings: Record<string, unknown>;
  closed = false;

  /** Tells the faces listening to `topic` (`Face.listeners`) about `payload`; nobody listening is fine. */
  notify(topic: string, payload: unknown): void {
    this.services.notify?.(this, topic, payload);
  }

  /** The account's owner and status (a subaccount's are set by its parent; see AccountStanding). */
  get standing(): AccountStanding {
    return (this.settings.account as AccountStanding | undefined) ?? { owner: this.accountSid, status: 'active', updated: this.dateCreated };
  }

  set standing(value: AccountStanding) {
    this.settings.account = value;
  }

  /** What changed since the last commit, when the store journals changes (engine/changes.ts). */
  readonly changes: WorldChanges | undefined;
  /** Real ms per slice of a chunked settle (SETTLE_SLICE_MS); 0 yields every 64 transitions (tests make the interleaving certain with it). */
  settleSliceMs = SETTLE_SLICE_MS;

  private readonly tables = new Map<string, Table<any>>();
  private readonly pending: TransitionQueue<Transition>;
  private seq: number;
  private cursor: number | undefined;
  private settling = false;
  /** Async work transitions asked for (`defer`), not yet started, and the run that works through it. */
  private deferred: Array<() => Promise<void>> = [];
  private draining: Promise<void> | undefined;
  /** Due time of the transition fired last: the time deferred work runs at in an async settle. */
  private lastFiredAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    state: WorldState,
    readonly services: WorldServices,
  ) {
    this.accountSid = state.accountSid;
    this.authToken = state.authToken;
    this.friendlyName = state.friendlyName;
    this.dateCreated = state.dateCreated;
    this.clock = new SimClock(state.clock, services.realNow);
    this.entropy = new Entropy(services.seed, state.accountSid, state.entropyCounter);
    this.seq = state.seq;
    this.changes = services.changes?.attach(this);
    for (const [name, rows] of Object.entries(state.tables)) {
      const t = new Table(rows as Record<string, any>);
      if (this.changes) t.watch = this.changes.watch(name);
      this.tables.set(name, t);
    }
    this.pending = new TransitionQueue(state.transitions);
    this.overrides = new Map(Object.entries(state.overrides));
    this.timeline = state.timeline;
    this.settings = state.settings;
    this.outbox = new Outbox(this, services.fetch, state.deliveries, state.outbox);
    this.rearm();
  }

  static initialState(accountSid: string, authToken: string, clock: ClockState): WorldState {
    return {
      accountSid,
      authToken,
      friendlyName: `${accountSid} (simulated)`,
      dateCreated: clock.now,
      clock,
      entropyCounter: 0,
      seq: 0,
      tables: {},
      transitions: [],
      deliveries: [],
      overrides: {},
      timeline: [],
      settings: {},
    };
  }

  /** Simulated now; while a transition fires, its own due time, so what it writes is dated exactly. */
  now(): number {
    return this.cursor ?? this.clock.now();
  }

  nextSeq(): number {
    this.changes?.active();
    return ++this.seq;
  }

  table<R extends { sid: string }>(name: string): Table<R> {
    let t = this.tables.get(name);
    if (!t) {
      t = new Table<R>();
      if (this.changes) t.watch = this.changes.watch(name);
      this.tables.set(name, t);
    }
    return t as Table<R>;
  }

  /**
   * Names of the tables that hold at least one record (the dashboard lists them; face models and
   * ledgers included). Tables named `_…` are the simulator's own bookkeeping (the request log), saved
   * with the world but not resources of the account.
   */
  tableNames(): string[] {
    const names: string[] = [];
    for (const [name, t] of this.tables) if (t.size && !name.startsWith('_')) names.push(name);
    return names;
  }

  newSid(prefix: string): string {
    this.changes?.active();
    return this.entropy.sid(prefix);
  }

  touch(): void {
    this.changes?.active();
    this.services.dirty();
  }

  // ---- transitions -------------------------------------------------------------------------

  schedule(at: number, kind: string, data: Record<string, unknown> = {}, opts: { background?: boolean } = {}): Transition {
    const t: Transition = { id: this.nextSeq(), at, kind, data };
    if (opts.background) t.background = true;
    // A heap keyed by (at, id): simulated-time order, then creation order, in O(log n).
    const before = this.pending.peek();
    this.pending.push(t);
    this.changes?.scheduledTransition(t);
    if (this.pending.peek() !== before) this.rearm();
    return t;
  }

  /** Drops pending transitions matching `pred` (e.g. a cancelled cancellation). Linear, and rare. */
  unschedule(pred: (t: Transition) => boolean): number {
    const changes = this.changes;
    const removed = this.pending.removeWhere(
      changes
        ? (t) => {
            if (!pred(t)) return false;
            changes.removedTransition(t);
            return true;
          }
        : pred,
    );
    if (removed) this.rearm();
    return removed;
  }

  /** Pending transitions in the order they will fire (a sorted copy: for the control plane, not for hot paths). */
  get transitions(): readonly Transition[] {
    return this.pending.sorted();
  }

  /** How many transitions are pending (O(1)). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Fires every transition due at or before `until`, in simulated-time order. Returns how many fired. */
  settle(until: number = this.clock.now()): number {
    const fired = this.fireDue(until, Infinity, this.pending.size + MAX_SETTLE_STEPS);
    if (fired) {
      this.touch();
      this.rearm();
    }
    return fired;
  }

  /**
   * `settle`, in slices of SETTLE_SLICE_MS real ms with a turn of the event loop between them, so
   * other accounts' requests are served while a large settle runs. A request for this account that
   * arrives in between calls `settle()` itself (router, internal calls) and so finishes the work
   * synchronously before it looks: it never sees a half-settled world at the clock's time.
   */
  async settleInSlices(until: number = this.clock.now()): Promise<number> {
    let limit = this.pending.size + MAX_SETTLE_STEPS;
    let fired = 0;
    for (;;) {
      const n = this.fireDue(until, performance.now() + this.settleSliceMs, limit, true);
      fired += n;
      limit -= n;
      if (this.deferred.length) await this.runDeferred(this.lastFiredAt);
      const next = this.pending.peek();
      if (this.closed || this.settling || !next || next.at > until) break;
      // setImmediate runs after the I/O callbacks already waiting, so queued requests go first.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (fired) {
      this.touch();
      this.rearm();
    }
    return fired;
  }

  /**
   * Async work a transition needs done at its own time (a face's call through another face's HTTP
   * API, which a synchronous handler cannot await). In an async settle (`settleInSlices`: the control
   * plane's advance) the settle stops after that transition and awaits the work with the clock held
   * at its due time (`now()` is that time, and a request for this account meanwhile settles nothing),
   * then goes on; transitions due later fire after it. In a synchronous settle (a request arriving,
   * the accelerated clock's timer) nothing can wait, so the work starts once the current turn is over.
   */
  defer(work: () => Promise<void>): void {
    this.deferred.push(work);
    queueMicrotask(() => {
      if (this.deferred.length && !this.settling && !this.draining) void this.runDeferred();
    });
  }

  /** Works through the deferred work, one at a time, in the order it was asked for; at `at` when given. */
  private runDeferred(at?: number): Promise<void> {
    if (this.draining) return this.draining.then(() => (this.deferred.length ? this.runDeferred(at) : undefined));
    const run = this.drainDeferred(at).finally(() => {
      this.draining = undefined;
    });
    this.draining = run;
    return run;
  }

  private async drainDeferred(at: number | undefined): Promise<void> {
    const hold = at !== undefined && !this.settling;
    if (hold) {
      this.cursor = at;
      this.settling = true;
    }
    try {
      for (let work = this.deferred.shift(); work && !this.closed; work = this.deferred.shift()) {
        try {
          await work();
        } catch (e) {
          this.services.onError(this, { id: 0, at: this.now(), kind: 'deferred', data: {} }, e);
        }
      }
    } finally {
      if (hold) {
        this.cursor = undefined;
        this.settling = false;
      }
    }
  }

  /**
   * Fires due transitions until none is due at `until` or real time passes `deadline` (at least one
   * fires). `deadline` is real time on purpose: it only bounds how long the event loop is held.
   * `stopOnDeferred`: also stops after a transition that deferred async work (an async settle awaits it).
   */
  private fireDue(until: number, deadline: number, limit: number, stopOnDeferred = false): number {
    const first = this.pending.peek();
    if (this.settling || !first || first.at > until) return 0;
    this.settling = true;
    let fired = 0;
    try {
      for (let next: Transition | undefined = first; next && next.at <= until; next = this.pending.peek()) {
        if (++fired > limit)
          throw new Error(`Failed to settle: more than ${MAX_SETTLE_STEPS} transitions beyond those pending fired in one step. Please check for a transition that reschedules itself without end.`);
        const t = this.pending.pop()!;
        this.changes?.removedTransition(t);
        this.cursor = t.at;
        const handler = this.services.handlers.get(t.kind);
        try {
          handler?.(this, t);
        } catch (e) {
          this.services.onError(this, t, e);
        }
        this.lastFiredAt = t.at;
        if (stopOnDeferred && this.deferred.length) break;
        // Checking the real clock every 64 transitions keeps its cost out of the loop.
        if ((fired & 63) === 0 && performance.now() > deadline) break;
      }
    } finally {
      this.cursor = undefined;
      this.settling = false;
    }
    return fired;
  }

  /** Moves the clock forward by `ms`, firing what becomes due on the way. */
  advance(ms: number): number {
    const target = this.clock.now() + Math.max(0, ms);
    const fired = this.settle(target);
    this.clock.jumpTo(target);
    this.rearm();
    // The clock itself moved: persist it even when nothing fired.
    this.touch();
    return fired;
  }

  /**
   * `advance` for the control plane: the clock moves first, then what became due fires in slices
   * (settleInSlices), so a request for this account in between settles the rest itself and sees
   * the advanced state, and other accounts are served meanwhile. Each transition still fires at
   * its own due time (`now()` is its `at` while it runs).
   */
  async advanceInSlices(ms: number): Promise<number> {
    const target = this.clock.now() + Math.max(0, ms);
    this.clock.jumpTo(target);
    this.touch();
    const fired = await this.settleInSlices(target);
    this.rearm();
    return fired;
  }

  /** Advances until no foreground transition is pending; returns how many fired. */
  advanceUntilSettled(): number {
    let fired = 0;
    // Background transitions due first fire on the way, in order, as the clock passes them.
    for (let next = this.pending.peek(); this.pending.foreground > 0 && next; next = this.pending.peek()) {
      const n = this.settle(next.at);
      this.clock.jumpTo(next.at);
      if (n === 0) break;
      fired += n;
    }
    this.rearm();
    this.touch();
    return fired;
  }

  /**
   * `advanceUntilSettled` in slices (settleInSlices). A request for this account in between sees
   * the world settled at the clock's time so far: the clock moves from due time to due time.
   */
  async advanceUntilSettledInSlices(): Promise<number> {
    let fired = 0;
    for (let next = this.pending.peek(); this.pending.foreground > 0 && next && !this.closed; next = this.pending.peek()) {
      // Everything due by the next one's time fires; the clock follows once it has.
      this.clock.jumpTo(next.at);
      const n = await this.settleInSlices(next.at);
      if (n === 0) break;
      fired += n;
    }
    this.rearm();
    this.touch();
    return fired;
  }

  /**
   * The accelerated-clock driver: while the clock runs, a real-time timer wakes the world when
   * its next transition becomes due, so callbacks go out even when nobody calls the API.
   */
  rearm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.pending.peek();
    if (this.closed || this.clock.frozen || !next) return;
    const delay = Math.min(this.clock.realDelayUntil(next.at), 2 ** 31 - 1);
    if (!Number.isFinite(delay)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.settle();
      this.rearm();
    }, Math.ceil(delay));
    this.timer.unref();
  }

  // ---- events, overrides, timeline ----------------------------------------------------------

  emit(delivery: NewDelivery): Delivery {
    return this.outbox.enqueue(delivery);
  }

  /** Takes (and consumes) the next forced outcome for a resource, if the control plane set one. */
  takeOverride(sid: string): Override | undefined {
    this.changes?.active();
    const queue = this.overrides.get(sid);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.overrides.delete(sid);
    return next;
  }

  addOverride(sid: string, override: Override): void {
    this.changes?.active();
    const queue = this.overrides.get(sid) ?? [];
    queue.push(override);
    this.overrides.set(sid, queue);
  }

  record(entry: Omit<TimelineEntry, 'at'>): void {
    const full = { at: this.now(), ...entry };
    this.timeline.push(full);
    this.changes?.recorded(full);
    // Trimmed in batches: a splice per entry would cost O(MAX_TIMELINE) on every state change of a large settle.
    if (this.timeline.length > MAX_TIMELINE + TIMELINE_SLACK) {
      const n = this.timeline.length - MAX_TIMELINE;
      this.timeline.splice(0, n);
      this.changes?.trimmed(n);
    }
  }

  close(): void {
    this.closed = true;
    this.outbox.close();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The world's scalars (no records, transitions, deliveries or timeline): what the journal writes whole when it changes. */
  scalars(): Pick<WorldState, 'authToken' | 'friendlyName' | 'clock' | 'entropyCounter' | 'seq' | 'settings' | 'overrides'> {
    return {
      authToken: this.authToken,
      friendlyName: this.friendlyName,
      clock: this.clock.snapshot(),
      entropyCounter: this.entropy.counter,
      seq: this.seq,
      settings: this.settings,
      overrides: Object.fromEntries(this.overrides),
    };
  }

  snapshot(): WorldState {
    const tables: Record<string, Record<string, unknown>> = {};
    for (const [name, t] of this.tables) if (t.size) tables[name] = t.toJSON();
    return {
      accountSid: this.accountSid,
      authToken: this.authToken,
      friendlyName: this.friendlyName,
      dateCreated: this.dateCreated,
      clock: this.clock.snapshot(),
      entropyCounter: this.entropy.counter,
      seq: this.seq,
      tables,
      transitions: this.pending.sorted(),
      deliveries: this.outbox.log,
      outbox: this.outbox.snapshot(),
      overrides: Object.fromEntries(this.overrides),
      timeline: this.timeline,
      settings: this.settings,
    };
  }
}
