import { existsSync } from 'node:fs';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { PersistedState, Store } from './store.js';

/**
 * lowdb-backed store, written behind: a change only marks the store dirty; one write of the whole
 * snapshot happens at most every `delayMs`, never awaited by a request. lowdb's file adapter
 * (steno) writes a temporary file and renames it, so a process killed at any moment leaves either
 * the previous or the next complete file.
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
    this.db = new Low<PersistedState | null>(new DataFile<PersistedState | null>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), null);
  }

  async load(): Promise<PersistedState | undefined> {
    if (!existsSync(this.file)) return undefined;
    await this.db.read();
    return this.db.data ?? undefined;
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
