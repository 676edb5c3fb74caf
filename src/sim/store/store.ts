/**
 * One account as persisted: to the store, plain JSON with an account SID (the engine's `WorldState`,
 * engine/world.ts, is what it holds; the store reads it only as data, so it depends on no engine type).
 */
export interface StoredAccount {
  accountSid: string;
  tables: Record<string, Record<string, unknown>>;
  /** The account's clock as saved (the verifier compares a running clock without its `now`). */
  clock: { now: number; speed: number; frozen: boolean };
}

/** Everything the simulator holds, as persisted. */
export interface PersistedState<A extends StoredAccount = StoredAccount> {
  version: 1;
  savedAt: string;
  accounts: A[];
  /** State shared by all accounts (e.g. the carrier's pool of owned phone numbers). */
  shared: Record<string, unknown>;
  /** The last journal batch this snapshot contains (journaled store; absent in files written before it). */
  journalSeq?: number;
}

/** What the simulator gives its store to read from. */
export interface StoreSource {
  /** The whole state, as the snapshot file holds it. */
  snapshot(): PersistedState;
  /** The changes since the last call, as JSON texts of journal ops (store/journal-format.ts). */
  changes(): string[];
}

/** Whether the store can save; `degraded` says why not, in a sentence. */
export interface StoreHealth {
  ok: boolean;
  degraded?: string;
}

/**
 * A save failed: the request that waited for it is answered 503 in its face's shape with this
 * message, and nothing it acknowledged before is lost (server.ts `commitChanges`).
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/**
 * Where the simulator's state lives (Azurite's IBlobMetadataStore, reduced to what the simulator
 * needs). The engine reaches persistence only through this; a backend is one class, and
 * test/integration/store-suite.test.ts runs the same cases on every backend.
 *
 * A request's changes are durable before its response leaves: the pipeline calls `commit()` after
 * the handler and waits for what it returns (server.ts). Changes made outside a request (timers,
 * deliveries) call `markDirty()`, and the store commits them at the end of the turn.
 */
export interface Store {
  readonly kind: 'memory' | 'file';
  /** True when the store wants changes record by record (`StoreSource.changes`); the engine tracks them only then. */
  readonly journaled: boolean;
  load(): Promise<PersistedState | undefined>;
  attach(source: StoreSource): void;
  /** Something changed outside a request: commit it soon. */
  markDirty(): void;
  /**
   * Makes every change so far durable. Undefined when there is nothing to wait for (always, for the
   * memory store: a request pays nothing); otherwise a promise that rejects with
   * StoreUnavailableError when the write failed.
   */
  commit(): Promise<void> | undefined;
  health(): StoreHealth;
  /** Commits and brings the snapshot up to date, and waits for it. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly journaled = false;
  async load(): Promise<PersistedState | undefined> {
    return undefined;
  }
  attach(): void {}
  markDirty(): void {}
  commit(): undefined {
    return undefined;
  }
  health(): StoreHealth {
    return { ok: true };
  }
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}
