import type { BaseRecord } from './table.js';
import type { Lifecycle, Move } from './resource.js';
import type { Transition, World } from './world.js';

/** Transition kind of every declared lifecycle move. */
export const LIFECYCLE = 'lifecycle';

/**
 * Anything with a declared lifecycle: every Twilio resource declaration, and face models that are
 * not Twilio resources (CloudFran's phone-number services).
 */
export interface Lifecycled<R extends BaseRecord> {
  name: string;
  table: string;
  lifecycle?: Lifecycle<R>;
}

/** Records carry a private counter of state entries so a move scheduled for an earlier visit of the same state is ignored. */
type Versioned = BaseRecord & { _lc?: number } & Record<string, unknown>;

/** Puts a record into a state: applies the patch, dates it, logs it, runs `onEnter`, and arms the next automatic move. */
export function enterState<R extends BaseRecord>(world: World, def: Lifecycled<R>, rec: R, move: Move<R>): void {
  const lc = def.lifecycle;
  if (!lc) throw new Error(`Failed to move ${def.name} ${rec.sid}: it declares no lifecycle.`);
  const r = rec as unknown as Versioned;
  const field: string = lc.field;
  const from = (r[field] as string | null | undefined) ?? null;
  // Through the table, so an index on a field the move changes stays right (Table.index).
  world.table<Versioned>(def.table).update(r, { ...(move.patch as Partial<Versioned>), [field]: move.to, date_updated: world.now(), _lc: (r._lc ?? 0) + 1 });
  world.record({ table: def.table, sid: rec.sid, field: lc.field, from, to: move.to, ...(move.note ? { note: move.note } : {}) });
  lc.onEnter?.(world, rec, from, move.to);
  world.services.observe(world, { kind: 'state', table: def.table, rec: r, field, from, to: move.to });
  armLifecycle(world, def, rec);
}

/** Schedules the automatic move out of the record's current state, if its lifecycle declares one. */
export function armLifecycle<R extends BaseRecord>(world: World, def: Lifecycled<R>, rec: R): void {
  const lc = def.lifecycle;
  if (!lc) return;
  const r = rec as unknown as Versioned;
  const state = r[lc.field] as string;
  const auto = lc.auto?.[state];
  if (!auto) return;
  world.schedule(world.now() + auto.after(rec, world), LIFECYCLE, { table: def.table, sid: rec.sid, from: state, v: r._lc ?? 0 });
}

/** The handler for LIFECYCLE transitions, given the simulator's declarations by table. */
export function lifecycleHandler(defs: ReadonlyMap<string, Lifecycled<any>>) {
  return (world: World, t: Transition): void => {
    const { table, sid, from, v } = t.data as { table: string; sid: string; from: string; v: number };
    const def = defs.get(table);
    const lc = def?.lifecycle;
    if (!def || !lc) return;
    const rec = world.table<Versioned>(table).get(sid);
    // Deleted, moved on by the client, or re-entered since: this move is stale.
    if (!rec || rec[lc.field] !== from || (rec._lc ?? 0) !== v) return;
    const move = lc.auto?.[from]?.next(rec as never, world);
    if (!move) return;
    // Not decidable yet (e.g. waiting on another review): look again later, same visit of the state.
    if ('retryAfter' in move) world.schedule(world.now() + move.retryAfter, LIFECYCLE, t.data);
    else enterState(world, def, rec as never, move);
  };
}
