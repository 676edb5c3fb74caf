import type { WorldState } from '../engine/world.js';

/** Everything the simulator holds, as persisted. */
export interface PersistedState {
  version: 1;
  savedAt: string;
  accounts: WorldState[];
  /** State shared by all accounts (e.g. the carrier's pool of owned phone numbers). */
  shared: Record<string, unknown>;
}

/**
 * Where the simulator's state lives (Azurite's IBlobMetadataStore, reduced to what a
 * snapshot-based store needs). Writes are never awaited by a request: `markDirty` only schedules.
 */
export interface Store {
  readonly kind: 'memory' | 'file';
  load(): Promise<PersistedState | undefined>;
  /** Tells the store where to read a snapshot from when it decides to write. */
  attach(snapshot: () => PersistedState): void;
  markDirty(): void;
  /** Writes now if anything changed, and waits for it. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  async load(): Promise<PersistedState | undefined> {
    return undefined;
  }
  attach(): void {}
  markDirty(): void {}
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}
