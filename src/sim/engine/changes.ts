import { hash } from 'node:crypto';
import type { Delivery, QueuedDelivery } from './outbox.js';
import type { Table } from './table.js';
import type { TimelineEntry, Transition, World } from './world.js';

/**
 * Finds what changed since the last commit, record by record, for the journaled store
 * (store/journal-format.ts; docs/decisions/0003-journaled-store.md). Handlers change records in
 * place, so nothing tells the engine a record changed; instead every record the tables hand out
 * (get, require, where, lists, inserts and updates) is noted as touched, and at commit each touched
 * record is serialised and compared with the fingerprint of what was last journaled for it. The
 * cost of a commit is the records the turn handed out, never the size of the account.
 *
 * Only made when the store persists changes: with the memory store no table has a watch and every
 * hook is one `undefined` check.
 */
export class ChangeTracker {
  private readonly active = new Set<WorldChanges>();
  /** Accounts made or dropped since the last commit, in order (a reset is a drop then a make, same SID). */
  private readonly lifecycle: Array<{ drop: string } | { make: WorldChanges }> = [];
  private readonly sharedKeys = new Set<string>();
  private readonly sharedEntries = new Map<string, Set<string>>();
  private quiet = false;

  constructor(
    /** Called on the first change after a commit, so that changes made outside a request (timers, deliveries) are committed too. */
    private readonly wake: () => void,
  ) {}

  /** Runs `fn` without recording (restoring a saved state is not a change). */
  untracked<T>(fn: () => T): T {
    this.quiet = true;
    try {
      return fn();
    } finally {
      this.quiet = false;
    }
  }

  /** The change set of a world the simulator holds. */
  attach(world: World): WorldChanges {
    return new WorldChanges(world, this);
  }

  /** @internal */
  activate(w: WorldChanges): void {
    if (this.quiet || w.gone) return;
    if (this.active.size === 0 && this.lifecycle.length === 0 && this.sharedKeys.size === 0 && this.sharedEntries.size === 0) this.wake();
    this.active.add(w);
  }

  made(w: WorldChanges): void {
    if (this.quiet) return;
    this.activate(w);
    w.made = true;
    this.lifecycle.push({ make: w });
  }

  dropped(w: WorldChanges): void {
    if (this.quiet) return;
    this.activate(w);
    w.dropped = true;
    // For good: whatever the dropped world still does (a delivery finishing) belongs to no account.
    w.gone = true;
    this.lifecycle.push({ drop: w.world.accountSid });
  }

  /**
   * `sim.shared` as seen through this tracker: setting or deleting a key, or an entry of an
   * object-valued key (the number pool: `pool[e164] = owner`), is recorded. Values deeper than that
   * are replaced, never edited in place (registry/numbers/pool.ts).
   */
  trackShared(target: Record<string, unknown>): Record<string, unknown> {
    const entryProxies = new WeakMap<object, object>();
    const wrap = (key: string, value: unknown): unknown => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const known = entryProxies.get(value);
      if (known) return known;
      const proxy = new Proxy(value as Record<string, unknown>, {
        set: (obj, e, v) => {
          obj[e as string] = v;
          this.sharedEntry(key, String(e));
          return true;
        },
        deleteProperty: (obj, e) => {
          delete obj[e as string];
          this.sharedEntry(key, String(e));
          return true;
        },
      });
      entryProxies.set(value, proxy);
      return proxy;
    };
    return new Proxy(target, {
      get: (obj, k) => (typeof k === 'string' && Object.hasOwn(obj, k) ? wrap(k, obj[k]) : Reflect.get(obj, k)),
      set: (obj, k, v) => {
        obj[k as string] = v;
        this.sharedKey(String(k));
        return true;
      },
      deleteProperty: (obj, k) => {
        delete obj[k as string];
        this.sharedKey(String(k));
        return true;
      },
    });
  }

  private sharedKey(k: string): void {
    if (this.quiet) return;
    this.wakeIfIdle();
    this.sharedKeys.add(k);
  }

  private sharedEntry(k: string, e: string): void {
    if (this.quiet) return;
    this.wakeIfIdle();
    let set = this.sharedEntries.get(k);
    if (!set) {
      set = new Set();
      this.sharedEntries.set(k, set);
    }
    set.add(e);
  }

  private wakeIfIdle(): void {
    if (this.active.size === 0 && this.lifecycle.length === 0 && this.sharedKeys.size === 0 && this.sharedEntries.size === 0) this.wake();
  }

  /** The changes since the last call, as JSON texts of journal ops (store/journal-format.ts), in the order they must be replayed. */
  collect(shared: Record<string, unknown>): string[] {
    const ops: string[] = [];
    for (const step of this.lifecycle) {
      if ('drop' in step) ops.push(`{"op":"drop","a":${JSON.stringify(step.drop)}}`);
      else if (!step.make.dropped) {
        // A new account goes whole (what it holds is what the turn made), and its records count as journaled.
        ops.push(`{"op":"world","v":${JSON.stringify(step.make.world.snapshot())}}`);
        step.make.baseline();
      }
    }
    this.lifecycle.length = 0;
    for (const w of this.active) if (!w.made && !w.dropped) w.collect(ops);
    for (const w of this.active) w.clear();
    this.active.clear();
    for (const k of this.sharedKeys) ops.push(`{"op":"shared","k":${JSON.stringify(k)}${Object.hasOwn(shared, k) ? `,"v":${JSON.stringify(shared[k]) ?? 'null'}` : ''}}`);
    for (const [k, entries] of this.sharedEntries) {
      if (this.sharedKeys.has(k)) continue;
      const group = shared[k] as Record<string, unknown> | undefined;
      for (const e of entries) {
        const v = group && Object.hasOwn(group, e) ? JSON.stringify(group[e]) : undefined;
        ops.push(`{"op":"entry","k":${JSON.stringify(k)},"e":${JSON.stringify(e)}${v === undefined ? '' : `,"v":${v}`}}`);
      }
    }
    this.sharedKeys.clear();
    this.sharedEntries.clear();
    return ops;
  }
}

/** What the tables of one world report (Table.watch). */
export interface TableWatch<R extends { sid: string } = { sid: string }> {
  touched(rec: R): void;
  inserted(rec: R): void;
  deleted(sid: string): void;
}

function fingerprint(json: string): string {
  // Not a security boundary: a 128-bit digest only stands for the JSON last journaled.
  return hash('md5', json, 'base64');
}

/** One world's changes since the last commit, and the fingerprints of what was journaled for it. */
export class WorldChanges {
  made = false;
  dropped = false;
  gone = false;
  private readonly touched = new Map<string, Map<string, { rec: { sid: string }; moved: boolean }>>();
  private readonly deletedSids = new Map<string, Set<string>>();
  private readonly prints = new Map<string, Map<string, string>>();
  private meta: string | undefined;
  private readonly scheduled = new Map<number, Transition>();
  private readonly unscheduled = new Set<number>();
  private timeline: Array<TimelineEntry | number> = [];
  private readonly deliveries = new Map<string, Delivery>();
  private logMoves: Array<{ log: boolean; id: string }> = [];
  private readonly queued = new Set<string>();

  constructor(
    readonly world: World,
    private readonly tracker: ChangeTracker,
  ) {}

  /** The world did something (a request reached it, its clock moved): its scalars are compared at commit. */
  active(): void {
    this.tracker.activate(this);
  }

  watch(name: string): TableWatch {
    let touched = this.touched.get(name);
    if (!touched) {
      touched = new Map();
      this.touched.set(name, touched);
    }
    // The maps are emptied at each commit, never replaced, so this closure keeps the live one.
    const m = touched;
    return {
      touched: (rec) => {
        if (!m.has(rec.sid)) m.set(rec.sid, { rec, moved: false });
        this.tracker.activate(this);
      },
      inserted: (rec) => {
        // Moved to the end: replay puts it last in the table's creation order, as Table.insert does.
        m.delete(rec.sid);
        m.set(rec.sid, { rec, moved: true });
        this.deletedSids.get(name)?.delete(rec.sid);
        this.tracker.activate(this);
      },
      deleted: (sid) => {
        m.delete(sid);
        let set = this.deletedSids.get(name);
        if (!set) {
          set = new Set();
          this.deletedSids.set(name, set);
        }
        set.add(sid);
        this.tracker.activate(this);
      },
    };
  }

  scheduledTransition(t: Transition): void {
    this.scheduled.set(t.id, t);
    this.tracker.activate(this);
  }

  removedTransition(t: Transition): void {
    if (!this.scheduled.delete(t.id)) this.unscheduled.add(t.id);
    this.tracker.activate(this);
  }

  recorded(entry: TimelineEntry): void {
    this.timeline.push(entry);
    this.tracker.activate(this);
  }

  trimmed(n: number): void {
    this.timeline.push(n);
  }

  delivery(d: Delivery): void {
    this.deliveries.set(d.id, d);
    this.tracker.activate(this);
  }

  logged(d: Delivery): void {
    this.delivery(d);
    this.logMoves.push({ log: true, id: d.id });
  }

  unlogged(ids: string[]): void {
    for (const id of ids) this.logMoves.push({ log: false, id });
    this.tracker.activate(this);
  }

  queue(id: string): void {
    this.queued.add(id);
    this.tracker.activate(this);
  }

  /** Everything the world holds now counts as journaled (it was just written whole). */
  baseline(): void {
    this.clear();
    this.prints.clear();
    this.meta = JSON.stringify(metaOf(this.world));
  }

  clear(): void {
    for (const m of this.touched.values()) m.clear();
    this.deletedSids.clear();
    this.scheduled.clear();
    this.unscheduled.clear();
    this.timeline = [];
    this.deliveries.clear();
    this.logMoves = [];
    this.queued.clear();
    this.made = false;
    this.dropped = false;
  }

  collect(ops: string[]): void {
    const a = JSON.stringify(this.world.accountSid);
    const meta = JSON.stringify(metaOf(this.world));
    if (meta !== this.meta) {
      ops.push(`{"op":"meta","a":${a},"v":${meta}}`);
      this.meta = meta;
    }
    for (const [name, sids] of this.deletedSids) {
      const prints = this.prints.get(name);
      const t = JSON.stringify(name);
      for (const sid of sids) {
        prints?.delete(sid);
        ops.push(`{"op":"del","a":${a},"t":${t},"s":${JSON.stringify(sid)}}`);
      }
    }
    for (const [name, touched] of this.touched) {
      const table = this.world.table(name) as Table<{ sid: string }>;
      let prints = this.prints.get(name);
      if (!prints) {
        prints = new Map();
        this.prints.set(name, prints);
      }
      const t = JSON.stringify(name);
      for (const { rec, moved } of touched.values()) {
        // Deleted or replaced since it was handed out: the delete, or the new record, says it.
        if (table.peek(rec.sid) !== rec) continue;
        const json = JSON.stringify(rec);
        const print = fingerprint(json);
        if (!moved && prints.get(rec.sid) === print) continue;
        prints.set(rec.sid, print);
        ops.push(`{"op":"put","a":${a},"t":${t},"r":${json}${moved ? ',"m":1' : ''}}`);
      }
    }
    for (const id of this.unscheduled) ops.push(`{"op":"unsched","a":${a},"id":${id}}`);
    for (const tr of this.scheduled.values()) ops.push(`{"op":"sched","a":${a},"v":${JSON.stringify(tr)}}`);
    let appended: TimelineEntry[] = [];
    for (const step of this.timeline) {
      if (typeof step !== 'number') {
        appended.push(step);
        continue;
      }
      if (appended.length) ops.push(`{"op":"timeline","a":${a},"v":${JSON.stringify(appended)}}`);
      appended = [];
      ops.push(`{"op":"trim","a":${a},"n":${step}}`);
    }
    if (appended.length) ops.push(`{"op":"timeline","a":${a},"v":${JSON.stringify(appended)}}`);
    for (const d of this.deliveries.values()) ops.push(`{"op":"delivery","a":${a},"v":${JSON.stringify(d)}}`);
    for (let i = 0; i < this.logMoves.length; ) {
      const log = this.logMoves[i]!.log;
      const ids: string[] = [];
      for (; i < this.logMoves.length && this.logMoves[i]!.log === log; i++) ids.push(this.logMoves[i]!.id);
      ops.push(`{"op":"${log ? 'log' : 'unlog'}","a":${a},"ids":${JSON.stringify(ids)}}`);
    }
    for (const id of this.queued) {
      const q: QueuedDelivery | undefined = this.world.outbox.queued(id);
      ops.push(q ? `{"op":"queue","a":${a},"id":${JSON.stringify(id)},"c":${JSON.stringify(q.credentials)},"n":${q.notBefore}}` : `{"op":"dequeue","a":${a},"id":${JSON.stringify(id)}}`);
    }
  }
}

/** The scalars of a world, journaled whole when they change (small: no records in them). */
function metaOf(world: World): Record<string, unknown> {
  return world.scalars();
}
