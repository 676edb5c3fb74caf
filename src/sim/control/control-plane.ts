import type { Context, Hono } from 'hono';
import { advanceProblem, CLOCK_LIMITS, speedProblem } from '../engine/clock.js';
import { isoDate } from '../wire/dates.js';
import { decodeText, MalformedBody } from '../wire/params.js';
import { TwilioError } from '../wire/errors.js';
import type { Simulator } from '../engine/simulator.js';
import type { ResourceDef } from '../engine/resource.js';
import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { attributeTo } from '../engine/pipeline.js';
import { TcrTables, type TcrBrand, type TcrCampaign } from '../registry/tcr/api.js';
import { BRAND_OUTCOMES } from '../registry/tcr/brand-review.js';
import { CAMPAIGN_OUTCOMES } from '../registry/tcr/campaign-review.js';
import { listRequests, requestQueryProblem } from './requests.js';
import { createApprovedPrimaryProfile, PrimaryProfileError, type PrimaryProfileOptions } from '../twilio/trusthub/primary-profile.js';

/** Control-plane errors say "Failed to X: why. Please Y." (STYLE principle 5), in a small JSON body. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The account a control-plane request addresses: the account of its Basic credentials (as on the
 * Twilio faces), or whatever a face resolves from its own credentials (CloudFran's API key + tenant).
 */
export function controlWorld(sim: Simulator, c: Context): World {
  const header = (name: string) => c.req.header(name);
  for (const face of sim.faces) {
    const world = face.controlAccount?.(sim, header);
    if (world) return attributeTo(c, world);
  }
  try {
    return attributeTo(c, sim.authenticate(c.req.header('authorization')));
  } catch (e) {
    // A refused provisioning (the account cap) keeps its own status and message.
    if (e instanceof TwilioError && e.status !== 401) throw new ControlError(e.status, e.message);
    if (e instanceof TwilioError)
      throw new ControlError(
        401,
        'Failed to identify the account: no valid credentials. Please send HTTP Basic auth with an Account SID and its Auth Token (or X-API-Key and X-Tenant-Id for a CloudFran tenant).',
      );
    throw e;
  }
}

/** The JSON object body of a control-plane or admin request ({} when empty). */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = decodeText(await c.req.arrayBuffer(), c.req.header('content-type'));
  } catch (e) {
    if (e instanceof MalformedBody) throw new ControlError(400, `Failed to read the request: ${e.message}. Please send Content-Type: application/json with a UTF-8 object body.`);
    throw e;
  }
  if (!text.trim()) return {};
  let problem = 'the body is not a JSON object';
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch (e) {
    problem = `the body is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  throw new ControlError(400, `Failed to read the request: ${problem}. Please send Content-Type: application/json with an object body.`);
}

/**
 * The clock move a control-plane or admin request asks for, refused with a 400 when out of bounds
 * (CLOCK_LIMITS). It settles in slices (World.advanceInSlices), so other accounts are served meanwhile.
 */
export async function advanceClock(world: World, body: Record<string, unknown>): Promise<number> {
  if (body.until === 'settled') return world.advanceUntilSettledInSlices();
  if (body.seconds === undefined) {
    throw new ControlError(400, 'Failed to advance the clock: neither "seconds" nor "until": "settled" was given. Please send {"seconds": 3600} or {"until": "settled"}.');
  }
  const problem = advanceProblem(body.seconds, world.clock.now());
  if (problem)
    throw new ControlError(
      400,
      `Failed to advance the clock: ${problem}. Please send {"seconds": N} with 0 ≤ N ≤ ${CLOCK_LIMITS.maxAdvanceSeconds} (advance again for more), or {"until": "settled"}.`,
    );
  return world.advanceInSlices((body.seconds as number) * 1000);
}

/** The optional error `code` of a forced outcome: a Twilio error code, so a positive integer of at most 6 digits. */
export function overrideCode(code: unknown, failure: string): { code?: number } {
  if (code === undefined || code === null) return {};
  if (typeof code === 'number' && Number.isInteger(code) && code > 0 && code <= 999_999) return { code };
  throw new ControlError(400, `${failure}: "code" must be a Twilio error code (an integer from 1 to 999999), got ${JSON.stringify(code)?.slice(0, 32)}. Please send e.g. "code": 30799.`);
}

/** Sets a clock's speed from a request body, refused with a 400 when out of bounds (CLOCK_LIMITS). */
export function setClockSpeed(world: World, body: Record<string, unknown>): void {
  const problem = speedProblem(body.speed);
  if (problem) throw new ControlError(400, `Failed to set the clock speed: ${problem}. Please send e.g. {"speed": 3600} (0 < speed ≤ ${CLOCK_LIMITS.maxSpeed}).`);
  world.clock.setSpeed(body.speed as number);
  world.rearm();
  world.touch();
}

/**
 * The clock's moves under `base` (`/advance`, `/freeze`, `/resume`, `/speed`), for the control plane and
 * the admin API alike: the same bounds, the same rearming of timers; each API answers in its own shape.
 */
export function mountClock(app: Hono, base: string, worldOf: (c: Context) => World, shape: { moved: (world: World, fired: number) => unknown; set: (world: World) => unknown }): void {
  app.post(`${base}/advance`, async (c) => {
    const world = worldOf(c);
    const fired = await advanceClock(world, await jsonBody(c));
    return c.json(shape.moved(world, fired));
  });
  for (const [path, move] of [
    ['freeze', (w: World) => w.clock.freeze()],
    ['resume', (w: World) => w.clock.resume()],
  ] as const) {
    app.post(`${base}/${path}`, (c) => {
      const world = worldOf(c);
      move(world);
      world.rearm();
      world.touch();
      return c.json(shape.set(world));
    });
  }
  app.post(`${base}/speed`, async (c) => {
    const world = worldOf(c);
    setClockSpeed(world, await jsonBody(c));
    return c.json(shape.set(world));
  });
}

export function clockView(world: World) {
  return { now: isoDate(world.clock.now()), speed: world.clock.speed, frozen: world.clock.frozen };
}

/**
 * Finds a record by SID in any of the account's tables, with the declaration that serves it. A SID
 * can live in two tables (a PN… is an IncomingPhoneNumber and a Messaging Service PhoneNumber): with
 * `outcome`, the declaration whose lifecycle can be forced to it wins.
 */
export function findRecord(sim: Simulator, world: World, sid: string, outcome?: string) {
  let first: { def: ResourceDef; rec: BaseRecord } | undefined;
  for (const def of sim.resources.values()) {
    const rec = world.table<BaseRecord>(def.table).get(sid);
    if (!rec) continue;
    if (outcome === undefined || def.lifecycle?.outcomes?.includes(outcome)) return { def, rec };
    first ??= { def, rec };
  }
  return first;
}

/** A brand or campaign of the neutral registry by TCR's id or the submitting face's own, with what its review can be forced to. */
function registryRecord(world: World, id: string): { name: string; outcomes: readonly string[] } | undefined {
  const brands = world.table<TcrBrand>(TcrTables.brands);
  if (brands.get(id) ?? brands.firstWhere('ownerRef', id)) return { name: 'Brand', outcomes: BRAND_OUTCOMES };
  const campaigns = world.table<TcrCampaign>(TcrTables.campaigns);
  if (campaigns.get(id) ?? campaigns.firstWhere('ownerRef', id)) return { name: 'Campaign', outcomes: CAMPAIGN_OUTCOMES };
  return undefined;
}

/**
 * `/_sim`: the simulator's own API (moto's `/moto-api`, LocalStack's `/_localstack`), scoped to
 * one account. Documented endpoint by endpoint in the README.
 */
export function mountControlPlane(app: Hono, sim: Simulator): void {
  app.get('/_sim/health', (c) => {
    // A store that cannot save answers 503 with why (store/file-store.ts): load balancers and scripts see it.
    const store = sim.store.health();
    const body = { ok: store.ok, accounts: sim.accounts().length, store: sim.store.kind, seed: sim.seed ?? null };
    return store.ok ? c.json(body) : c.json({ ...body, degraded: store.degraded }, 503);
  });

  app.get('/_sim/clock', (c) => c.json(clockView(controlWorld(sim, c))));

  mountClock(app, '/_sim/clock', (c) => controlWorld(sim, c), {
    moved: (world, fired) => ({ ...clockView(world), fired, pending: world.pendingCount }),
    set: (world) => clockView(world),
  });

  app.post('/_sim/reset', (c) => {
    const world = controlWorld(sim, c);
    sim.resetWorld(world.accountSid);
    return c.json({ reset: world.accountSid });
  });

  app.get('/_sim/transitions', (c) => {
    const world = controlWorld(sim, c);
    return c.json({ transitions: world.transitions.map((t) => ({ ...t, at: isoDate(t.at) })) });
  });

  // The account's request log, newest first (control/requests.ts).
  app.get('/_sim/requests', (c) => c.json({ requests: requestsOf(controlWorld(sim, c), c) }));

  app.get('/_sim/timeline', (c) => {
    const world = controlWorld(sim, c);
    const sid = c.req.query('sid');
    const entries = sid ? world.timeline.filter((e) => e.sid === sid) : world.timeline;
    return c.json({ timeline: entries.map((e) => ({ ...e, at: isoDate(e.at) })) });
  });

  app.get('/_sim/overrides', (c) => {
    const world = controlWorld(sim, c);
    return c.json({ overrides: Object.fromEntries(world.overrides) });
  });

  app.post('/_sim/overrides', async (c) => {
    const world = controlWorld(sim, c);
    const body = await jsonBody(c);
    const { sid, outcome } = body;
    if (typeof sid !== 'string' || typeof outcome !== 'string') {
      throw new ControlError(400, 'Failed to set an override: "sid" and "outcome" are required strings. Please send e.g. {"sid": "BU…", "outcome": "twilio-rejected", "reason": "…"}.');
    }
    const declared = findRecord(sim, world, sid, outcome);
    // Else a record of the neutral registry that another face submitted (a Bird brand or campaign), by its face's id or TCR's.
    const found = declared ? { name: declared.def.name, outcomes: declared.def.lifecycle?.outcomes ?? [] } : registryRecord(world, sid);
    if (!found) throw new ControlError(404, `Failed to set an override: no resource ${sid} in account ${world.accountSid}. Please create it first (overrides apply to existing resources).`);
    const outcomes = found.outcomes;
    if (!outcomes.includes(outcome)) {
      throw new ControlError(
        400,
        `Failed to set an override: ${found.name} ${sid} cannot be forced to "${outcome}". Please use one of: ${outcomes.join(', ') || '(none: its outcome is not decided by a review)'}.`,
      );
    }
    world.addOverride(sid, {
      outcome,
      ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      ...overrideCode(body.code, 'Failed to set an override'),
      ...(Array.isArray(body.fields) ? { fields: body.fields.map(String) } : {}),
    });
    world.touch();
    return c.json({ overrides: Object.fromEntries(world.overrides) }, 201);
  });

  app.delete('/_sim/overrides/:sid', (c) => {
    const world = controlWorld(sim, c);
    world.overrides.delete(c.req.param('sid'));
    world.touch();
    return c.body(null, 204);
  });

  app.get('/_sim/deliveries', (c) => {
    const world = controlWorld(sim, c);
    const channel = c.req.query('channel');
    const sid = c.req.query('sid');
    const deliveries = world.outbox.log.filter((d) => (!channel || d.channel === channel) && (!sid || d.resourceSid === sid));
    return c.json({
      deliveries: deliveries.map((d) => ({
        ...d,
        createdAt: isoDate(d.createdAt),
        nextAttemptAt: d.nextAttemptAt === null ? null : isoDate(d.nextAttemptAt),
        attempts: d.attempts.map((a) => ({ ...a, at: isoDate(a.at) })),
      })),
    });
  });

  /** The ISV's approved Primary Business Profile, which Twilio's ISVs get through the Console (README "The ISV's Primary Business Profile"). */
  app.post('/_sim/trusthub/primary-profile', async (c) => {
    const world = controlWorld(sim, c);
    const body = await jsonBody(c);
    try {
      const profile = createApprovedPrimaryProfile(sim, world.accountSid, body as PrimaryProfileOptions);
      return c.json(profile, profile.created ? 201 : 200);
    } catch (e) {
      if (e instanceof PrimaryProfileError) throw new ControlError(e.status, e.message);
      throw e;
    }
  });

  /** Waits until every delivery that is due has been attempted (tests and scenarios call this instead of sleeping). */
  app.post('/_sim/deliveries/flush', async (c) => {
    const world = controlWorld(sim, c);
    await world.outbox.idle();
    return c.json({ pending: world.outbox.pendingCount });
  });
}

/** `?limit=&status=&path=&sid=` of the request log, checked (a 400 that says what is wrong) and applied. */
export function requestsOf(world: World, c: Context) {
  const q = c.req.query();
  const problem = requestQueryProblem(q);
  if (problem) throw new ControlError(400, `Failed to list requests: ${problem}. Please fix the query (limit, status, path, sid).`);
  return listRequests(world, { limit: q.limit ? Number(q.limit) : 50, status: q.status, path: q.path, sid: q.sid }).map(({ account_sid, date_created, date_updated, ...r }) => ({
    ...r,
    accountSid: account_sid,
    simulatedAt: isoDate(date_created),
  }));
}
