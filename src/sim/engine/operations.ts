import { TwilioError } from '../wire/errors.js';
import { decodeParams } from '../wire/params.js';
import { armLifecycle } from './lifecycle.js';
import type { OpContext, ResourceDef } from './resource.js';
import type { Simulator } from './simulator.js';
import type { BaseRecord } from './table.js';
import type { World } from './world.js';

/**
 * The engine's create / update / remove of a declared resource, independent of HTTP: the Twilio
 * routes call these, and so does a face's own helper that makes its resources without a route
 * (TrustHub's primary-profile control), with the same validation and lifecycles.
 */
export type FormInput = URLSearchParams | Record<string, string | string[] | boolean | number | undefined>;

/** Twilio's form encoding of plain values (booleans as true/false, arrays as repeated keys). */
export function toForm(input: FormInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, String(item));
  }
  return form;
}

/** A context for calls that do not come from an HTTP request (another face, the seeder, the dashboard). */
export function internalContext(sim: Simulator, world: World, pathParams: Record<string, string> = {}): OpContext {
  world.settle();
  return { world, sim, pathParams, path: '(internal)', query: new URLSearchParams(), header: () => undefined, hint: () => undefined };
}

/** The parent record named in the path, or 404: a nested resource never outlives or escapes its parent. */
export function requireParent(ctx: OpContext, def: ResourceDef): BaseRecord | undefined {
  if (!def.parent) return undefined;
  return ctx.world.table<BaseRecord>(def.parent.table).require(ctx.pathParams[def.parent.param]!, ctx.path);
}

export function requireItem(ctx: OpContext, def: ResourceDef, sid: string): BaseRecord {
  if (def.lookup) {
    const found = def.lookup(ctx, sid);
    if (!found) throw TwilioError.notFound(ctx.path);
    return found;
  }
  const rec = ctx.world.table<BaseRecord>(def.table).require(sid, ctx.path);
  if (def.parent && (rec as unknown as Record<string, unknown>)[def.parent.field] !== ctx.pathParams[def.parent.param]) throw TwilioError.notFound(ctx.path);
  return rec;
}

export function createRecord<R extends BaseRecord>(ctx: OpContext, def: ResourceDef<R>, input: FormInput): R {
  const create = def.create;
  if (!create) throw TwilioError.methodNotAllowed('POST', def.path);
  const parent = requireParent(ctx, def as ResourceDef);
  const params = decodeParams(create.params, toForm(input));
  const fields = create.build(ctx, params, parent);
  const now = ctx.world.now();
  const rec = { sid: ctx.world.newSid(def.sidPrefix), account_sid: ctx.world.accountSid, date_created: now, date_updated: now, ...fields } as R;
  ctx.world.table<R>(def.table).insert(rec);
  armLifecycle(ctx.world, def, rec);
  create.after?.(ctx, rec);
  ctx.world.touch();
  return rec;
}

export function updateRecord<R extends BaseRecord>(ctx: OpContext, def: ResourceDef<R>, sid: string, input: FormInput): R {
  const update = def.update;
  if (!update) throw TwilioError.methodNotAllowed('POST', def.path);
  requireParent(ctx, def as ResourceDef);
  const rec = requireItem(ctx, def as ResourceDef, sid) as R;
  const params = decodeParams(update.params, toForm(input));
  const changes = update.apply(ctx, rec, params);
  // Through the table, so an index on a changed field stays right (Table.index).
  ctx.world.table<R>(def.table).update(rec, { ...changes, date_updated: ctx.world.now() } as Partial<R>);
  update.after?.(ctx, rec, params);
  ctx.world.touch();
  return rec;
}

export function removeRecord<R extends BaseRecord>(ctx: OpContext, def: ResourceDef<R>, sid: string): void {
  if (!def.remove) throw TwilioError.methodNotAllowed('DELETE', def.path);
  const remove = def.remove === true ? {} : def.remove;
  requireParent(ctx, def as ResourceDef);
  const rec = requireItem(ctx, def as ResourceDef, sid) as R;
  remove.check?.(ctx, rec);
  ctx.world.table(def.table).delete(rec.sid);
  remove.after?.(ctx, rec);
  // Other faces may hold references to it (a number in a Messaging Service): let them follow.
  ctx.world.services.observe(ctx.world, { kind: 'removed', table: def.table, rec: rec as unknown as BaseRecord & Record<string, unknown>, field: '', from: null, to: 'removed' });
  ctx.world.touch();
}
