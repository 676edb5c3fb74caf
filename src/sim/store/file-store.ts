import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import type { PersistedState, Store } from './store.js';

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
 * lowdb's JSON file, written as steno writes it (a temporary file renamed over the data file, so a
 * process killed at any moment leaves the previous or the next complete file), but created with mode
 * 0600: the file holds every account's auth token.
 */
class PrivateJsonFile implements Adapter<PersistedState | null> {
  private readonly temp: string;
  constructor(private readonly file: string) {
    this.temp = join(dirname(file), `.${basename(file)}.tmp`);
  }
  async read(): Promise<PersistedState | null> {
    return JSON.parse(await readFile(this.file, 'utf-8')) as PersistedState;
  }
  async write(data: PersistedState | null): Promise<void> {
    await writeFile(this.temp, JSON.stringify(data), { mode: 0o600 });
    // A temporary file left by a killed process keeps its old mode through writeFile.
    await chmod(this.temp, 0o600);
    await rename(this.temp, this.file);
  }
}

/**
 * lowdb-backed store, written behind: a change only marks the store dirty; one write of the whole
 * snapshot happens at most every `delayMs`, never awaited by a request. Each write goes to a
 * temporary file that is then renamed, so a process killed at any moment leaves either the previous
 * or the next complete file.
 */
export class FileStore implements Store {
  readonly kind = 'file' as const;
  private readonly db: Low<PersistedState | null>;
  private snapshot: (() => PersistedState) | undefined;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly delayMs = 50,
  ) {
    this.db = new Low<PersistedState | null>(new PrivateJsonFile(file), null);
  }

  /**
   * The saved state; undefined when the file does not exist or is empty (a fresh `touch`). A file that
   * cannot be read, is not JSON, was written by a newer version or lacks what the simulator needs is
   * refused with "Failed to load <file>: <problem>. Please …" rather than half-loaded.
   */
  async load(): Promise<PersistedState | undefined> {
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
    this.db.data = data as PersistedState;
    return this.db.data;
  }

  attach(snapshot: () => PersistedState): void {
    this.snapshot = snapshot;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.timer || this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.writeNow();
    }, this.delayMs);
    this.timer.unref();
  }

  private async writeNow(): Promise<void> {
    if (this.writing) return this.writing;
    // Cleared by identity once done: when there is nothing to write the loop ends synchronously, and
    // a `finally` inside it would run before this assignment and leave a settled promise behind,
    // which made every later markDirty/flush a no-op (nothing written after a flush with no changes).
    const run = this.drain();
    this.writing = run;
    try {
      await run;
    } finally {
      if (this.writing === run) this.writing = undefined;
    }
  }

  private async drain(): Promise<void> {
    while (this.dirty && this.snapshot) {
      this.dirty = false;
      this.db.data = this.snapshot();
      await this.db.write();
    }
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    await this.writeNow();
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
