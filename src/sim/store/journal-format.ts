import type { PersistedState } from './store.js';

/**
 * The journal: one line per committed batch, `<crc32 of the JSON, 8 hex digits> <JSON>\n`, where the
 * JSON is `{"seq":N,"ops":[…]}`. A batch is applied whole or not at all: a line whose checksum does
 * not match (a write torn by a kill or a full disk) is dropped. Batches are numbered; the snapshot
 * file names the last batch it contains (`journalSeq`), so replaying a journal onto a snapshot that
 * already holds some of its batches skips them (a compaction killed after its rename).
 *
 * Ops name records by account, table and SID, never by position, so one op costs the size of the
 * record it carries, whatever the size of the account (docs/decisions/0003-journaled-store.md).
 * The engine writes them (engine/changes.ts); the store only replays them, on plain JSON.
 */
export type JournalOp =
  /** A new account, whole (provisioned, or reset: its old world was dropped just before). */
  | { op: 'world'; v: Record<string, unknown> }
  | { op: 'drop'; a: string }
  /** The account's scalars: token, name, clock, counters, settings, overrides. */
  | { op: 'meta'; a: string; v: Record<string, unknown> }
  /** A record, whole; `m` (moved): it was inserted anew, so it goes to the end of its table's creation order. */
  | { op: 'put'; a: string; t: string; r: { sid: string }; m?: 1 }
  | { op: 'del'; a: string; t: string; s: string }
  /** A transition scheduled, and one that fired or was cancelled. */
  | { op: 'sched'; a: string; v: { id: number } }
  | { op: 'unsched'; a: string; id: number }
  /** Timeline entries appended, and the oldest `n` entries dropped. */
  | { op: 'timeline'; a: string; v: unknown[] }
  | { op: 'trim'; a: string; n: number }
  /** A delivery's content; `log` and `unlog` move ids in the delivery log; `queue`/`dequeue` the outbox's durable queue. */
  | { op: 'delivery'; a: string; v: { id: string } }
  | { op: 'log'; a: string; ids: string[] }
  | { op: 'unlog'; a: string; ids: string[] }
  | { op: 'queue'; a: string; id: string; c: string | null; n: number }
  | { op: 'dequeue'; a: string; id: string }
  /** State shared by the accounts: a whole key (`v` absent: deleted), or one entry of an object-valued key. */
  | { op: 'shared'; k: string; v?: unknown }
  | { op: 'entry'; k: string; e: string; v?: unknown };

/** What `replayJournal` did, for recovery and its tests. */
export interface ReplayResult {
  state: PersistedState;
  /** The last batch number seen (applied or already in the snapshot). */
  lastSeq: number;
  /** Batches applied on top of the snapshot. */
  applied: number;
  /** Lines dropped: a torn last write, or a write that failed and was retried under a later number. */
  dropped: Array<{ line: number; reason: string }>;
  /** Bytes of the journal up to the end of its last valid line (where appending resumes). */
  validBytes: number;
}

/** Encodes one batch as a journal line. `ops` are JSON texts of JournalOp (the engine serialises each record once). */
export function encodeBatch(seq: number, ops: readonly string[], crc32: (data: string) => number): string {
  const json = `{"seq":${seq},"ops":[${ops.join(',')}]}`;
  return `${(crc32(json) >>> 0).toString(16).padStart(8, '0')} ${json}\n`;
}

/**
 * Applies the journal's batches numbered above the snapshot's `journalSeq` (and at most `upto`) to
 * `state`, in place, and returns it. Self-contained on purpose (no imports, no closure): the
 * compaction worker runs this very function from its source text, so the worker and recovery can
 * never disagree on what a journal means.
 */
export function replayJournal(
  state: PersistedState | undefined,
  journal: string,
  crc32: (data: string) => number,
  upto: number = Number.POSITIVE_INFINITY,
  savedAt: string = new Date().toISOString(),
): ReplayResult {
  type Rec = Record<string, any>;
  const base: Rec = state ?? { version: 1, savedAt, accounts: [], shared: {} };
  const skipUpTo = typeof base.journalSeq === 'number' ? base.journalSeq : 0;
  // Working form of an account: deliveries by id (the log and the queue share them), transitions by id.
  const worlds = new Map<string, Rec>();
  function open(w: Rec): Rec {
    const deliveries = new Map<string, Rec>();
    const log = new Map<string, true>();
    for (const d of w.deliveries ?? []) {
      deliveries.set(d.id, d);
      log.set(d.id, true);
    }
    const queue = new Map<string, { c: string | null; n: number }>();
    if (w.outbox) {
      for (const q of w.outbox.queue ?? []) {
        deliveries.set(q.delivery.id, q.delivery);
        queue.set(q.delivery.id, { c: q.credentials ?? null, n: q.notBefore ?? 0 });
      }
    } else {
      // A file from before the durable queue: the unfinished deliveries of the log are the queue (as Outbox reads it).
      for (const d of w.deliveries ?? []) if (d.state === 'pending' || d.state === 'retrying') queue.set(d.id, { c: null, n: 0 });
    }
    const transitions = new Map<number, Rec>();
    for (const t of w.transitions ?? []) transitions.set(t.id, t);
    return { w, deliveries, log, queue, transitions };
  }
  for (const w of base.accounts) worlds.set(w.accountSid, open(w));
  function world(a: string): Rec {
    const x = worlds.get(a);
    if (!x) throw new Error(`the journal changes account ${a}, which it never created`);
    return x;
  }
  function forget(x: Rec, id: string): void {
    if (!x.log.has(id) && !x.queue.has(id)) x.deliveries.delete(id);
  }
  function apply(o: Rec): void {
    switch (o.op) {
      case 'world':
        worlds.set(o.v.accountSid, open(o.v));
        return;
      case 'drop':
        worlds.delete(o.a);
        return;
      case 'shared':
        if (o.v === undefined) delete base.shared[o.k];
        else base.shared[o.k] = o.v;
        return;
      case 'entry': {
        let group = base.shared[o.k];
        if (!group || typeof group !== 'object') {
          group = {};
          base.shared[o.k] = group;
        }
        if (o.v === undefined) delete group[o.e];
        else group[o.e] = o.v;
        return;
      }
    }
    const x = world(o.a);
    const w = x.w;
    switch (o.op) {
      case 'meta':
        Object.assign(w, o.v);
        return;
      case 'put': {
        if (!w.tables[o.t]) w.tables[o.t] = {};
        const rows = w.tables[o.t];
        if (o.m) delete rows[o.r.sid];
        rows[o.r.sid] = o.r;
        return;
      }
      case 'del': {
        const rows = w.tables[o.t];
        if (!rows) return;
        delete rows[o.s];
        // A table without records is not written (World.snapshot), nor kept here.
        for (const _ in rows) return;
        delete w.tables[o.t];
        return;
      }
      case 'sched':
        x.transitions.set(o.v.id, o.v);
        return;
      case 'unsched':
        x.transitions.delete(o.id);
        return;
      case 'timeline':
        for (const e of o.v) w.timeline.push(e);
        return;
      case 'trim':
        w.timeline.splice(0, o.n);
        return;
      case 'delivery': {
        const known = x.deliveries.get(o.v.id);
        // Replaced in place: the log and the queue hold the same object.
        if (known) {
          for (const k of Object.keys(known)) delete known[k];
          Object.assign(known, o.v);
        } else x.deliveries.set(o.v.id, o.v);
        return;
      }
      case 'log':
        for (const id of o.ids) {
          x.log.delete(id);
          x.log.set(id, true);
        }
        return;
      case 'unlog':
        for (const id of o.ids) {
          x.log.delete(id);
          forget(x, id);
        }
        return;
      case 'queue':
        x.queue.set(o.id, { c: o.c, n: o.n });
        return;
      case 'dequeue':
        x.queue.delete(o.id);
        forget(x, o.id);
        return;
      default:
        throw new Error(`the journal holds an operation this version does not know (${JSON.stringify(o.op)})`);
    }
  }

  let lastSeq = skipUpTo;
  let applied = 0;
  let validBytes = 0;
  let bytes = 0;
  const dropped: Array<{ line: number; reason: string }> = [];
  let start = 0;
  let lineNo = 0;
  while (start < journal.length) {
    const end = journal.indexOf('\n', start);
    lineNo++;
    if (end < 0) {
      dropped.push({ line: lineNo, reason: 'the last line is incomplete (a write torn by a crash)' });
      break;
    }
    const line = journal.slice(start, end);
    start = end + 1;
    bytes += Buffer.byteLength(line) + 1;
    if (line === '') continue;
    const space = line.indexOf(' ');
    const json = line.slice(space + 1);
    if (space !== 8 || (crc32(json) >>> 0).toString(16).padStart(8, '0') !== line.slice(0, 8)) {
      dropped.push({ line: lineNo, reason: 'its checksum does not match (a torn write)' });
      continue;
    }
    const batch = JSON.parse(json) as { seq: number; ops: Rec[] };
    if (batch.seq > upto) break;
    validBytes = bytes;
    if (batch.seq <= lastSeq) continue;
    lastSeq = batch.seq;
    applied++;
    for (const o of batch.ops) apply(o);
  }

  const accounts: Rec[] = [];
  for (const x of worlds.values()) {
    const w = x.w;
    w.transitions = [...x.transitions.values()].sort((p: Rec, q: Rec) => p.at - q.at || p.id - q.id);
    w.deliveries = [...x.log.keys()].map((id) => x.deliveries.get(id));
    w.outbox = { queue: [...x.queue].map(([id, q]) => ({ delivery: x.deliveries.get(id), credentials: q.c, notBefore: q.n })) };
    accounts.push(w);
  }
  base.accounts = accounts;
  base.journalSeq = lastSeq;
  return { state: base as PersistedState, lastSeq, applied, dropped, validBytes };
}
