import { open, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { compactInPlace, compactInWorker, type CompactJob } from './compact.js';
import { encodeBatch, replayJournal } from './journal-format.js';
import { type PersistedState, type Store, type StoreHealth, type StoreSource, StoreUnavailableError } from './store.js';
import { stateDifference } from './verify.js';

/** The data format this version reads and writes (`PersistedState.version`). */
export const DATA_VERSION = 1;

/**
 * What a data file must hold for the simulator to run it. Shallow on purpose: rows, deliveries and
 * settings belong to the faces. A saved clock is not checked here (an earlier version could save a
 * time past year 9999 or `null`); SimClock brings it back in range.
 */
const SavedAccount = z.looseObject({
  accountSid: z.string().regex(/^AC[0-9a-f]{32}$/, 'must be an Account SID'),
  authToken: z.string().min(1),
  friendlyName: z.string(),
  dateCreated: z.number(),
  clock: z.looseObject({}),
  entropyCounter: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
  tables: z.record(z.string(), z.record(z.string(), z.looseObject({}))),
  transitions: z.array(z.looseObject({ id: z.number(), kind: z.string() })),
  deliveries: z.array(z.looseObject({})),
  overrides: z.record(z.string(), z.array(z.looseObject({}))),
  timeline: z.array(z.looseObject({})),
  settings: z.looseObject({}),
});
const SavedState = z.looseObject({ accounts: z.array(SavedAccount), shared: z.looseObject({}) });

function where(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || 'the file';
}

/** Why `data` is not a state this version can load (undefined when it is). */
export function persistedStateProblem(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'it does not hold a JSON object';
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number') return 'it has no data "version" (is it an a2p-sim data file?)';
  if (version > DATA_VERSION) return `it was written by a newer a2p-sim (data version ${version}; this version reads version ${DATA_VERSION})`;
  if (version !== DATA_VERSION) return `its data version ${version} is not one this version reads (${DATA_VERSION})`;
  const parsed = SavedState.safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `${where(issue.path)}: ${issue.message}`;
}

/**
 * When the journal is forced to disk (`--fsync`). Every policy survives the process being killed:
 * a change is acknowledged only once `write` handed it to the operating system. They differ when
 * the machine itself stops (power loss, kernel panic): `batch` loses nothing acknowledged,
 * `{ intervalMs }` at most that long of acknowledged changes, `off` whatever the OS had not written.
 */
export type FsyncPolicy = 'batch' | 'off' | { intervalMs: number };

export const DEFAULT_FSYNC: FsyncPolicy = { intervalMs: 1000 };

export function isFsyncPolicy(p: unknown): p is FsyncPolicy {
  if (p === 'batch' || p === 'off') return true;
  const ms = (p as { intervalMs?: unknown } | null)?.intervalMs;
  return typeof p === 'object' && typeof ms === 'number' && Number.isInteger(ms) && ms > 0;
}

/** Parses `batch`, `off`, `interval` (DEFAULT_FSYNC) or `interval:MS`; undefined when it is none of them. */
export function parseFsync(text: string): FsyncPolicy | undefined {
  if (text === 'batch' || text === 'off') return text;
  if (text === 'interval') return DEFAULT_FSYNC;
  const m = /^interval:(\d{1,7})$/.exec(text);
  return m && Number(m[1]) > 0 ? { intervalMs: Number(m[1]) } : undefined;
}

export interface FileStoreOptions {
  /** Default DEFAULT_FSYNC (every second). */
  fsync?: FsyncPolicy;
  /** Journal size that starts a compaction (default: 4 MiB, or the snapshot's size when larger, so compaction costs O(1) per byte journaled). */
  compactAfterBytes?: number;
  /** Above this many bytes (snapshot + journal), a compaction runs in a worker thread; below, in place (a thread costs ~30 ms). Default 1 MiB. */
  workerAboveBytes?: number;
  /**
   * After each `flush` and at `close`, replay the files and compare them with the live state: a
   * difference (a change the engine did not journal) fails the flush naming the table and SID.
   * For tests; default: the environment variable A2P_SIM_VERIFY_JOURNAL=1.
   */
  verify?: boolean;
  /** For tests: consulted before each journal write or compaction; an Error returned fails that step as a full disk would. */
  faults?: (step: 'journal' | 'compact') => Error | undefined;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Marked handled: a batch nobody awaits (changes made by a timer) must not crash the process when it fails.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** "why" of an I/O error, for messages and the health check. */
function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const message = (err?.message ?? String(e)).replace(/\.$/, '');
  return err?.code && !message.startsWith(err.code) ? `${err.code}: ${message}` : message;
}

/**
 * The file store: a journal plus a snapshot (docs/decisions/0003-journaled-store.md).
 *
 * - Every change is appended to `<file>.journal` before the response that made it leaves: the
 *   request pipeline waits for `commit()`, and all requests of one event-loop turn share one write
 *   (group commit). Each line is one batch with a checksum, so a torn last line is dropped.
 * - The journal holds records, not the state: a write costs the records it changed.
 * - In the background, the journal is folded into `<file>` (the same readable JSON as before), in
 *   a worker thread once the state is large, and the folded part of the journal is cut.
 * - A failed write never crashes the process: the waiting request gets a 503, the health check says
 *   why, the changes stay queued, and writing resumes when the disk allows.
 */
export class FileStore implements Store {
  readonly kind = 'file' as const;
  readonly journaled = true;
  readonly journalFile: string;
  private readonly temp: string;
  private readonly journalTemp: string;
  private readonly opts: Required<Omit<FileStoreOptions, 'faults' | 'compactAfterBytes'>> & Pick<FileStoreOptions, 'faults' | 'compactAfterBytes'>;
  private source: StoreSource | undefined;

  private prepared = false;
  private handle: FileHandle | undefined;
  /** Last batch number written, the journal's length up to its last complete batch, and whether bytes past it must go. */
  private seq = 0;
  private journalBytes = 0;
  private cutTail = false;
  private snapshotSeq = 0;
  private snapshotBytes = 0;

  private pending: string[] = [];
  private next: Deferred | undefined;
  private inflight: Deferred | undefined;
  private writing = false;
  private scheduled = false;
  private dirtyScheduled = false;
  private unsynced = false;
  private syncTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Journal writes and the journal cut of a compaction take turns. */
  private ioTail: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> | undefined;
  private journalProblem: string | undefined;
  private compactProblem: string | undefined;
  private closed = false;

  /** `options` as a number is the write-behind delay of earlier versions, now unused (every change is written before its response). */
  constructor(
    readonly file: string,
    options: FileStoreOptions | number = {},
  ) {
    const o = typeof options === 'number' ? {} : options;
    this.opts = {
      fsync: o.fsync ?? DEFAULT_FSYNC,
      compactAfterBytes: o.compactAfterBytes,
      workerAboveBytes: o.workerAboveBytes ?? 1024 * 1024,
      verify: o.verify ?? process.env.A2P_SIM_VERIFY_JOURNAL === '1',
      faults: o.faults,
    };
    this.journalFile = `${file}.journal`;
    this.temp = join(dirname(file), `.${basename(file)}.tmp`);
    this.journalTemp = join(dirname(file), `.${basename(file)}.journal.tmp`);
  }

  /**
   * The saved state: the snapshot with the journal replayed onto it; undefined when neither exists
   * (or both are empty). A file that cannot be read, is not JSON, was written by a newer version or
   * lacks what the simulator needs is refused with "Failed to load <file>: <problem>. Please …"
   * rather than half-loaded; a torn last journal line is dropped (it was never acknowledged).
   */
  async load(): Promise<PersistedState | undefined> {
    const snapshot = await this.readSnapshot();
    let journal: Buffer;
    try {
      journal = await readFile(this.journalFile);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Failed to load ${this.journalFile}: ${reasonOf(e)}. Please check the path and its permissions.`);
      journal = Buffer.alloc(0);
    }
    let result: ReturnType<typeof replayJournal>;
    try {
      result = replayJournal(snapshot?.state, journal.toString('utf-8'), crc32);
    } catch (e) {
      throw new Error(`Failed to load ${this.journalFile}: ${(e as Error).message}. Please restore ${this.file} and its journal from a backup, or move both away to start afresh.`);
    }
    if (!this.prepared) {
      this.prepared = true;
      this.seq = result.lastSeq;
      this.snapshotSeq = snapshot?.state.journalSeq ?? 0;
      this.snapshotBytes = snapshot?.bytes ?? 0;
      this.journalBytes = result.validBytes;
      // A torn last batch is cut before the next append, so it never runs into a good one.
      this.cutTail = journal.length !== result.validBytes;
    }
    return snapshot || result.applied ? result.state : undefined;
  }

  private async readSnapshot(): Promise<{ state: PersistedState; bytes: number } | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf-8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`Failed to load ${this.file}: ${(e as Error).message}. Please check the path and its permissions.`);
    }
    if (!text.trim()) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`Failed to load ${this.file}: it is not valid JSON (${(e as Error).message}). Please restore it from a backup, or move it away to start afresh.`);
    }
    const problem = persistedStateProblem(data);
    if (problem) {
      const newer = problem.startsWith('it was written by a newer');
      throw new Error(
        `Failed to load ${this.file}: ${problem}. Please ${newer ? 'run a newer a2p-sim on it, or start with another --data file' : 'restore it from a backup, or move it away to start afresh'}.`,
      );
    }
    return { state: data as PersistedState, bytes: Buffer.byteLength(text) };
  }

  attach(source: StoreSource): void {
    this.source = source;
    const policy = this.opts.fsync;
    if (typeof policy === 'object' && !this.syncTimer) {
      this.syncTimer = setInterval(() => void this.syncNow(), policy.intervalMs);
      this.syncTimer.unref();
    }
  }

  markDirty(): void {
    if (this.dirtyScheduled || this.closed) return;
    this.dirtyScheduled = true;
    setImmediate(() => {
      this.dirtyScheduled = false;
      void this.commit()?.catch(() => {});
    });
  }

  commit(): Promise<void> | undefined {
    if (this.source) {
      const ops = this.source.changes();
      for (const op of ops) this.pending.push(op);
    }
    if (this.pending.length) {
      this.next ??= deferred();
      const waiting = this.next;
      this.kick();
      return waiting.promise;
    }
    return this.inflight?.promise;
  }

  health(): StoreHealth {
    const degraded = this.journalProblem ?? this.compactProblem;
    return degraded ? { ok: false, degraded } : { ok: true };
  }

  /** Starts a write at the end of this turn, so every request of the turn joins the same batch. */
  private kick(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pending.length) {
        const ops = this.pending;
        this.pending = [];
        const waiters = this.next;
        this.next = undefined;
        this.inflight = waiters;
        try {
          await this.exclusive(() => this.append(ops));
          this.journalProblem = undefined;
          waiters?.resolve();
        } catch (e) {
          // Nothing is dropped: the batch goes back in front and is written with the next attempt.
          this.pending = ops.concat(this.pending);
          this.journalProblem = `Failed to save to ${this.journalFile}: ${reasonOf(e)}`;
          const err = new StoreUnavailableError(
            `Failed to save the change to ${this.file}: ${reasonOf(e)}. Please make room on the disk or fix the permissions, then retry (GET /_sim/health says when saving works again).`,
          );
          waiters?.reject(err);
          (this.next as Deferred | undefined)?.reject(err);
          this.next = undefined;
          this.retryLater();
          return;
        } finally {
          if (this.inflight === waiters) this.inflight = undefined;
        }
      }
    } finally {
      this.writing = false;
    }
    this.maybeCompact();
  }

  private retryLater(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.pending.length) this.kick();
    }, 1000);
    this.retryTimer.unref();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.ioTail.then(fn);
    this.ioTail = run.catch(() => {});
    return run;
  }

  private async journalHandle(): Promise<FileHandle> {
    if (!this.prepared) await this.load();
    if (!this.handle) {
      // a+: appends, and reads (the tail a compaction keeps).
      const fh = await open(this.journalFile, 'a+', 0o600);
      this.handle = fh;
    }
    if (this.cutTail) {
      await this.handle.truncate(this.journalBytes);
      this.cutTail = false;
    }
    return this.handle;
  }

  private async append(ops: string[]): Promise<void> {
    const fault = this.opts.faults?.('journal');
    if (fault) throw fault;
    let fh: FileHandle;
    try {
      fh = await this.journalHandle();
    } catch (e) {
      // Opened again at the next attempt: the cause (a directory in the way, permissions) may be gone by then.
      await this.handle?.close().catch(() => {});
      this.handle = undefined;
      throw e;
    }
    const line = Buffer.from(encodeBatch(this.seq + 1, ops, crc32));
    try {
      for (let written = 0; written < line.length; ) written += (await fh.write(line, written, line.length - written)).bytesWritten;
      if (this.opts.fsync === 'batch') await fh.datasync();
    } catch (e) {
      // Part of the line may be on disk: it is cut before the next attempt, which writes the batch again under a new number.
      this.cutTail = true;
      this.seq++;
      throw e;
    }
    this.seq++;
    this.journalBytes += line.length;
    this.unsynced = this.opts.fsync !== 'batch';
  }

  private async syncNow(): Promise<void> {
    if (!this.unsynced || !this.handle) return;
    this.unsynced = false;
    try {
      await this.handle.datasync();
    } catch (e) {
      this.unsynced = true;
      this.journalProblem = `Failed to sync ${this.journalFile}: ${reasonOf(e)}`;
    }
  }

  private compactThreshold(): number {
    return this.opts.compactAfterBytes ?? Math.max(4 * 1024 * 1024, this.snapshotBytes);
  }

  private maybeCompact(): void {
    if (this.compacting || this.closed || this.journalBytes < this.compactThreshold()) return;
    void this.compact().catch(() => {});
  }

  /** Folds the journal as written so far into the snapshot, then cuts that part of the journal. One at a time. */
  private compact(): Promise<void> {
    if (this.compacting) return this.compacting.then(() => this.compact());
    const run = this.compactOnce().finally(() => {
      if (this.compacting === run) this.compacting = undefined;
    });
    this.compacting = run;
    return run;
  }

  private async compactOnce(): Promise<void> {
    if (!this.prepared) await this.load();
    // The batches written so far: those in the journal's first `journalBytes` bytes.
    const upto = this.seq;
    const offset = this.journalBytes;
    const fileExists = await stat(this.file).then(
      () => true,
      () => false,
    );
    if (upto === this.snapshotSeq && fileExists && offset === 0) return;
    const job: CompactJob = {
      file: this.file,
      temp: this.temp,
      journal: this.journalFile,
      journalBytes: offset,
      savedAt: new Date().toISOString(),
      sync: this.opts.fsync !== 'off',
    };
    try {
      const fault = this.opts.faults?.('compact');
      if (fault) throw fault;
      const done = this.snapshotBytes + offset > this.opts.workerAboveBytes ? await compactInWorker(job) : await compactInPlace(job);
      this.snapshotBytes = done.bytes;
      this.snapshotSeq = upto;
      await this.exclusive(() => this.cutJournal(offset));
      this.compactProblem = undefined;
    } catch (e) {
      this.compactProblem = `Failed to compact the journal into ${this.file}: ${reasonOf(e)}`;
      throw new StoreUnavailableError(`${this.compactProblem}. Please make room on the disk or fix the permissions; the journal still holds every change.`);
    }
  }

  /** Drops the journal's first `offset` bytes (now in the snapshot), keeping what was appended during the compaction. */
  private async cutJournal(offset: number): Promise<void> {
    const tail = this.journalBytes - offset;
    if (offset === 0) return;
    if (tail === 0) {
      const fh = await this.journalHandle();
      await fh.truncate(0);
      this.journalBytes = 0;
      return;
    }
    const fh = await this.journalHandle();
    const rest = Buffer.alloc(tail);
    await fh.read(rest, 0, tail, offset);
    const out = await open(this.journalTemp, 'w', 0o600);
    try {
      await out.chmod(0o600);
      await out.write(rest);
      if (this.opts.fsync !== 'off') await out.datasync();
    } finally {
      await out.close();
    }
    // Renamed while nothing is appended (this runs between journal writes): the new journal is the old one's tail.
    await rename(this.journalTemp, this.journalFile);
    await fh.close().catch(() => {});
    this.handle = undefined;
    this.journalBytes = tail;
  }

  /** Commits every change, folds the journal into the snapshot file and waits for both (the data file alone then holds everything). */
  async flush(): Promise<void> {
    await this.commit();
    // A batch that failed before this call is still pending: one more attempt, and its failure is this flush's.
    if (this.pending.length) await this.commit();
    await this.compact();
    if (this.opts.verify) await this.verify();
  }

  /**
   * Replays the files and compares them with the live state; throws naming the first difference.
   * A difference is a change the engine did not journal (a record changed without being handed out).
   */
  async verify(): Promise<void> {
    if (!this.source) return;
    const saved = await new FileStore(this.file, { verify: false }).load();
    const live = this.source.snapshot();
    const diff = stateDifference(live, saved ?? { version: 1, savedAt: '', accounts: [], shared: {} });
    if (diff) throw new Error(`Failed to verify ${this.file}: the journal and the live state differ at ${diff}. Please report this: a change was not journaled.`);
  }

  /** Stops without writing anything more: what a killed process leaves behind (recovery tests). */
  async abandon(): Promise<void> {
    this.closed = true;
    if (this.syncTimer) clearInterval(this.syncTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.syncTimer = undefined;
    this.retryTimer = undefined;
    this.pending = [];
    this.source = undefined;
    await this.ioTail;
    await this.handle?.close().catch(() => {});
    this.handle = undefined;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      if (this.syncTimer) clearInterval(this.syncTimer);
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.syncTimer = undefined;
      this.retryTimer = undefined;
      await this.ioTail;
      if (this.handle) {
        await this.handle.datasync().catch(() => {});
        await this.handle.close().catch(() => {});
        this.handle = undefined;
      }
    }
  }
}
