import { TwilioError } from '../wire/errors.js';
import type { TableWatch } from './changes.js';

/** Every stored Twilio resource has these; dates are simulated epoch ms. */
export interface BaseRecord {
  sid: string;
  account_sid: string;
  date_created: number;
  date_updated: number;
}

/** A run of deleted slots longer than this is crossed with one O(log n) jump instead of slot by slot. */
const MAX_GAP_WALK = 16;

/**
 * Records in insertion order with rank and select in O(log n), so a list page is cut out of it in
 * O(log n + page size) wherever it starts (Page=N or PageToken=PA<sid>). Records only ever join at
 * the end (creation order), so it is an array of slots plus a Fenwick tree counting the live ones;
 * a delete leaves a hole, and the holes are squeezed out once they outnumber the live records
 * (O(n) then, O(1) amortised per delete).
 */
export class Ordered<R extends { sid: string }> {
  /**
   * Told of every record this hands out (the journaled store's change tracking, engine/changes.ts):
   * a caller may change what it was given in place. The table's own walks use `all()` instead.
   */
  handOut: ((rec: R) => void) | undefined;
  private slots: Array<R | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  /** Fenwick tree over the slots' live flags, 1-based: tree[i] sums slots (i - lowbit(i), i]. */
  private tree: number[] = [0];
  private live = 0;

  get size(): number {
    return this.live;
  }

  has(sid: string): boolean {
    return this.slotOf.has(sid);
  }

  /** The record with this SID, not handed out. */
  peek(sid: string): R | undefined {
    const slot = this.slotOf.get(sid);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** The slots, holes included, for a plain loop over the live records (faster than a generator); not handed out. */
  get rawSlots(): ReadonlyArray<R | undefined> {
    return this.slots;
  }

  push(rec: R): void {
    if (this.slotOf.has(rec.sid)) this.remove(rec.sid);
    const p = this.slots.length + 1;
    this.slots.push(rec);
    this.slotOf.set(rec.sid, p - 1);
    // The new node covers (p - lowbit(p), p]: itself plus a range already counted by the prefix sums.
    this.tree.push(1 + this.prefix(p - 1) - this.prefix(p - (p & -p)));
    this.live++;
  }

  remove(sid: string): boolean {
    const slot = this.slotOf.get(sid);
    if (slot === undefined) return false;
    this.slotOf.delete(sid);
    this.slots[slot] = undefined;
    for (let i = slot + 1; i < this.tree.length; i += i & -i) this.tree[i]! -= 1;
    this.live--;
    if (this.slots.length > 64 && this.live * 2 < this.slots.length) this.compact();
    return true;
  }

  /** Position of `sid` among the live records (0-based), or undefined. */
  rankOf(sid: string): number | undefined {
    const slot = this.slotOf.get(sid);
    return slot === undefined ? undefined : this.prefix(slot);
  }

  /** The record at live position `k` (0-based). */
  at(k: number): R | undefined {
    const rec = k >= 0 && k < this.live ? this.slots[this.select(k)] : undefined;
    if (rec && this.handOut) this.handOut(rec);
    return rec;
  }

  /**
   * Up to `count` live records from position `start`, oldest first, or newest first with `desc` (`start`
   * counted from the newest). `handOut: false` for a walk that only tests them (a filtered list hands
   * out, through `Table.handOut`, only those it returns).
   */
  slice(start: number, count: number, desc = false, handOut = true): R[] {
    const out: R[] = [];
    if (start < 0 || start >= this.live || count <= 0) return out;
    const want = Math.min(count, this.live - start);
    const step = desc ? -1 : 1;
    let k = desc ? this.live - 1 - start : start;
    let slot = this.select(k);
    let gap = 0;
    while (out.length < want) {
      const rec = this.slots[slot];
      if (rec) {
        out.push(rec);
        k += step;
        slot += step;
        gap = 0;
      } else if (++gap > MAX_GAP_WALK) {
        slot = this.select(k);
        gap = 0;
      } else slot += step;
    }
    if (handOut && this.handOut) for (const rec of out) this.handOut(rec);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<R> {
    const handOut = this.handOut;
    for (const rec of this.slots) {
      if (!rec) continue;
      handOut?.(rec);
      yield rec;
    }
  }

  /** Every live record in order, not handed out (for the table's own bookkeeping). */
  *all(): IterableIterator<R> {
    for (const rec of this.slots) if (rec) yield rec;
  }

  /** Live records before slot index `n` (exclusive). */
  private prefix(n: number): number {
    let sum = 0;
    for (let i = n; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  /** Slot index of the live record at position k (Fenwick descent). */
  private select(k: number): number {
    let pos = 0;
    let rest = k + 1;
    let bit = 1;
    while (bit * 2 < this.tree.length) bit *= 2;
    for (; bit > 0; bit >>= 1) {
      const next = pos + bit;
      if (next < this.tree.length && this.tree[next]! < rest) {
        pos = next;
        rest -= this.tree[next]!;
      }
    }
    return pos;
  }

  private compact(): void {
    const live = this.slots.filter((r): r is R => r !== undefined);
    this.slots = live;
    this.slotOf.clear();
    const tree = new Array<number>(live.length + 1).fill(0);
    for (let i = 1; i <= live.length; i++) {
      this.slotOf.set(live[i - 1]!.sid, i - 1);
      tree[i]! += 1;
      const j = i + (i & -i);
      if (j <= live.length) tree[j]! += tree[i]!;
    }
    this.tree = tree;
  }
}

/**
 * Records grouped by the value of one field, each group in creation order. The index remembers the
 * value it filed a record under, so a delete finds it even if the record was edited in place; an
 * edit of an indexed field must go through `Table.update` (see `Table.index`).
 */
class FieldIndex<R extends { sid: string }> {
  private readonly groups = new Map<unknown, Ordered<R>>();
  private readonly keyOf = new Map<string, unknown>();

  constructor(
    readonly field: string,
    /** The record's position in the table's creation order. */
    private readonly rankOf: (sid: string) => number,
    private readonly handOut: (rec: R) => void,
  ) {}

  private newGroup(): Ordered<R> {
    const group = new Ordered<R>();
    group.handOut = this.handOut;
    return group;
  }

  add(rec: R): void {
    const key = (rec as Record<string, unknown>)[this.field];
    let group = this.groups.get(key);
    if (!group) {
      group = this.newGroup();
      this.groups.set(key, group);
    }
    group.push(rec);
    this.keyOf.set(rec.sid, key);
  }

  remove(sid: string): void {
    if (!this.keyOf.has(sid)) return;
    const key = this.keyOf.get(sid);
    this.keyOf.delete(sid);
    const group = this.groups.get(key);
    if (group?.remove(sid) && group.size === 0) this.groups.delete(key);
  }

  /**
   * After `Table.update`: re-files the record if its value changed, at its creation-order place in
   * the new group (O(log n) when it is the group's newest, else O(group size): a rare move).
   */
  refresh(rec: R): void {
    const key = (rec as Record<string, unknown>)[this.field];
    if (this.keyOf.get(rec.sid) === key) return;
    this.remove(rec.sid);
    const group = this.groups.get(key);
    let last: R | undefined;
    for (const member of group?.all() ?? []) last = member;
    if (!group || !last || this.rankOf(last.sid) < this.rankOf(rec.sid)) {
      this.add(rec);
      return;
    }
    const members = [...group.all(), rec].sort((a, b) => this.rankOf(a.sid) - this.rankOf(b.sid));
    const rebuilt = this.newGroup();
    for (const member of members) rebuilt.push(member);
    this.groups.set(key, rebuilt);
    this.keyOf.set(rec.sid, key);
  }

  group(value: unknown): Ordered<R> | undefined {
    return this.groups.get(value);
  }
}

/**
 * One resource type's records in one account, in creation order, with the indexes the rules and
 * the list pages ask for: `where(field, value)` costs O(1) + its result instead of a scan of the
 * table, and `ordered()` cuts list pages in O(log n + page size).
 */
export class Table<R extends { sid: string } = BaseRecord> {
  /**
   * The records by SID and in creation order in one structure: a second map by SID would cost every
   * record another hash entry (about 3.7 MB per 100k records). Private: every record leaves through a
   * method, so the journaled store sees what may have changed (engine/changes.ts).
   */
  private readonly order = new Ordered<R>();
  private readonly indexes = new Map<string, FieldIndex<R>>();
  private watcher: TableWatch<R> | undefined;
  private readonly tell = (rec: R) => this.watcher?.touched(rec);

  constructor(rows?: Record<string, R>) {
    if (rows) for (const rec of Object.values(rows)) this.order.push(rec);
  }

  /** Set by the world when its store journals changes: told of every record handed out, inserted or deleted. */
  set watch(watch: TableWatch<R> | undefined) {
    this.watcher = watch;
    this.order.handOut = watch ? this.tell : undefined;
  }

  get(sid: string): R | undefined {
    const rec = this.order.peek(sid);
    if (rec && this.watcher) this.watcher.touched(rec);
    return rec;
  }

  /** The record without handing it out: for the change tracker and reads that never change it. */
  peek(sid: string): R | undefined {
    return this.order.peek(sid);
  }

  has(sid: string): boolean {
    return this.order.has(sid);
  }

  /** The SIDs in creation order (nothing handed out). */
  *sids(): IterableIterator<string> {
    for (const rec of this.order.all()) yield rec.sid;
  }

  /** The record, or Twilio's 404 naming the path that was asked for. */
  require(sid: string, path: string): R {
    const rec = this.order.peek(sid);
    if (!rec) throw TwilioError.notFound(path);
    if (this.watcher) this.watcher.touched(rec);
    return rec;
  }

  insert(rec: R): R {
    if (this.order.has(rec.sid)) this.delete(rec.sid);
    this.order.push(rec);
    for (const index of this.indexes.values()) index.add(rec);
    this.watcher?.inserted(rec);
    return rec;
  }

  delete(sid: string): boolean {
    if (!this.order.remove(sid)) return false;
    for (const index of this.indexes.values()) index.remove(sid);
    this.watcher?.deleted(sid);
    return true;
  }

  /** Changes a record in place and keeps the indexes right: the one way to change an indexed field. */
  update(rec: R, patch: Partial<R>): R {
    this.watcher?.touched(rec);
    Object.assign(rec, patch);
    if (this.indexes.size && this.order.peek(rec.sid) === rec) for (const index of this.indexes.values()) index.refresh(rec);
    return rec;
  }

  /**
   * Declares (on first use) and returns the index on `field`. Built once in O(n), then kept by
   * insert, delete and update. Only index a field that never changes after insert (a nested
   * record's parent SID, an assignment's bundle and object) or that is only changed through
   * `update`: handlers edit records in place, and an in-place edit of an indexed field would leave
   * the record filed under its old value.
   */
  index(field: keyof R & string): FieldIndex<R> {
    let index = this.indexes.get(field);
    if (!index) {
      index = new FieldIndex<R>(field, (sid) => this.order.rankOf(sid) ?? -1, this.tell);
      for (const rec of this.order.all()) index.add(rec);
      this.indexes.set(field, index);
    }
    return index;
  }

  /** The records whose `field` is `value`, in creation order: O(1) + the result, through the field's index. */
  where<K extends keyof R & string>(field: K, value: R[K]): R[] {
    const group = this.index(field).group(value);
    return group ? [...group] : [];
  }

  /** The first record (in creation order) whose `field` is `value`. */
  firstWhere<K extends keyof R & string>(field: K, value: R[K]): R | undefined {
    return this.index(field).group(value)?.at(0);
  }

  /** The records whose `field` is `value` as an ordered sequence, for list pages of one group (a parent's children). */
  orderedWhere<K extends keyof R & string>(field: K, value: R[K]): Ordered<R> | undefined {
    return this.index(field).group(value);
  }

  /** Every record in creation order, with rank and select for list pages. */
  ordered(): Ordered<R> {
    return this.order;
  }

  /**
   * Every record, in creation order, not handed out: for views that only read (the dashboard's search),
   * where handing out every record would make the journaled store fingerprint them all at commit.
   */
  scan(): IterableIterator<R> {
    return this.order.all();
  }

  /** Hands out a record obtained without it (`scan`, `slice(…, false)`): it may be changed now. */
  handOut(rec: R): R {
    this.watcher?.touched(rec);
    return rec;
  }

  values(): R[] {
    const out: R[] = [];
    for (const rec of this.order.rawSlots) if (rec) out.push(rec);
    if (this.watcher) for (const rec of out) this.watcher.touched(rec);
    return out;
  }

  /**
   * A scan of the whole table: for rules that need every record, never for a lookup by a field (use
   * `where`). Only the records returned count as handed out: a predicate only reads.
   */
  filter(pred: (rec: R) => boolean): R[] {
    const out: R[] = [];
    for (const rec of this.order.rawSlots) if (rec && pred(rec)) out.push(rec);
    if (this.watcher) for (const rec of out) this.watcher.touched(rec);
    return out;
  }

  find(pred: (rec: R) => boolean): R | undefined {
    for (const rec of this.order.rawSlots)
      if (rec && pred(rec)) {
        this.watcher?.touched(rec);
        return rec;
      }
    return undefined;
  }

  get size(): number {
    return this.order.size;
  }

  toJSON(): Record<string, R> {
    const out: Record<string, R> = {};
    for (const rec of this.order.rawSlots) if (rec) out[rec.sid] = rec;
    return out;
  }
}

export type { FieldIndex };
