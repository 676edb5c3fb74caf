import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { constantTimeEqual } from '../wire/signature.js';
import { accountResources, accountSummary, clockOf, displayName, deliveryView, locate, resourceDetail, search, tableInfo, timelineView, transitionView } from './admin-views.js';
import { overview } from './overview.js';
import { ControlError, jsonBody, mountClock, overrideCode, requestsOf } from './control-plane.js';

/**
 * `/_sim/admin`: the simulator's cross-account API, for the dashboard and the CLI (`a2p-sim seed`,
 * `a2p-sim reset` against a running simulator). Where `/_sim` speaks for one account (its
 * credentials), this one sees every account, so every request over the network must carry the
 * admin token (`Authorization: Bearer <token>`, `X-Sim-Admin-Token`, or the cookie that opening
 * the dashboard's `?token=` URL sets), as Jupyter does: `a2p-sim start` generates one when none is
 * given and prints the dashboard URL with it. Being on loopback is not enough: the simulator's own
 * callbacks leave from loopback, and so does any other local process. Only in-process requests
 * (`app.request`, the seeder), which no client can make, need no token.
 */
export interface AdminOptions {
  token?: string | undefined;
  /** Seeds demo tenants through the faces (`POST /_sim/admin/seed`); given by the server so this module stays below it. */
  seed?: (input: { tenants: number; seed: string; baseUrl: string }) => Promise<unknown>;
}

/**
 * Settles an account for a cross-account view; one account whose transitions fail (or never end)
 * must not take the list or the search down for every other account: it is shown as it stands.
 */
function settleForView(world: World): void {
  try {
    world.settle();
  } catch (e) {
    console.error(`Failed to settle ${world.accountSid} for the admin view: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** The admin cookie's name carries the port: browsers send cookies to every port of a host, and two simulators on one machine have two tokens. */
export function adminCookieName(c: Context): string {
  const port = new URL(c.req.url).port;
  return `a2p_sim_admin${port ? `_${port}` : ''}`;
}

function guard(c: Context, token: string | undefined): void {
  // In process (app.request, the seeder): no socket, so no client of any kind.
  if (remoteAddress(c) === undefined) return;
  const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
  const given = c.req.header('x-sim-admin-token') ?? bearer ?? getCookie(c, adminCookieName(c));
  if (!token) {
    throw new ControlError(401, 'Failed to open the admin API: this app was built without an admin token. Please pass adminToken to createApp (startSimulator and a2p-sim start make one).');
  }
  if (!given || !constantTimeEqual(given, token)) {
    throw new ControlError(
      401,
      'Failed to open the admin API: the admin token is missing or wrong. Please send it as "Authorization: Bearer <token>" or "X-Sim-Admin-Token", or open the dashboard URL that a2p-sim start printed (it sets a cookie).',
    );
  }
}

function account(sim: Simulator, c: Context): World {
  const sid = c.req.param('sid') ?? '';
  const world = sim.findWorld(sid) ?? sim.accounts().find((w) => (w.settings.cloudfran as { tenantId?: string } | undefined)?.tenantId === sid);
  if (!world) throw new ControlError(404, `Failed to find account ${sid}: no such account or tenant in this simulator. Please pick one from GET /_sim/admin/accounts.`);
  // Whatever became due on its clock has happened before we look (as on every Twilio route).
  world.settle();
  return world;
}

export function mountAdmin(app: Hono, sim: Simulator, opts: AdminOptions = {}): void {
  /**
   * The demo inbox: a webhook receiver inside the simulator, so that demo tenants' callbacks and
   * webhooks have somewhere to go and the delivery log shows real responses. `?status=503` answers
   * with that status instead, to show retries.
   */
  app.post('/_sim/inbox/*', (c) => {
    const status = Number(c.req.query('status') ?? 200);
    const code = Number.isInteger(status) && status >= 200 && status <= 599 ? status : 200;
    return c.json({ received: true }, code as 200);
  });

  app.use('/_sim/admin/*', async (c, next) => {
    guard(c, opts.token);
    await next();
  });

  // The URL a2p-sim start prints: the right token becomes an HttpOnly, same-site cookie for /_sim and
  // the token leaves the address bar (and the browser history) at once.
  app.get('/_sim/ui', async (c, next) => {
    const given = c.req.query('token');
    if (given === undefined) return next();
    if (opts.token && constantTimeEqual(given, opts.token)) setCookie(c, adminCookieName(c), opts.token, { path: '/_sim', httpOnly: true, sameSite: 'Strict' });
    return c.redirect('/_sim/ui', 303);
  });

  app.get('/_sim/admin/accounts', (c) => {
    const accounts = sim.accounts().map((w) => {
      settleForView(w);
      return accountSummary(w);
    });
    return c.json({ accounts, seed: sim.seed ?? null, store: sim.store.kind });
  });

  app.get('/_sim/admin/accounts/:sid', (c) => {
    const world = account(sim, c);
    return c.json({ ...accountSummary(world), authToken: world.authToken, products: accountResources(sim, world) });
  });

  app.get('/_sim/admin/accounts/:sid/resources/:rsid', (c) => {
    const world = account(sim, c);
    const rsid = c.req.param('rsid');
    const table = c.req.query('table');
    const pinned = table ? world.table<{ sid: string } & Record<string, unknown>>(table).get(rsid) : undefined;
    // A PN… is an IncomingPhoneNumber and a Messaging Service PhoneNumber: `?table=` picks one.
    const located = pinned && table ? { info: tableInfo(sim, table), rec: pinned } : locate(sim, world, rsid);
    if (!located) throw new ControlError(404, `Failed to find ${rsid} in account ${world.accountSid}. Please search for it with GET /_sim/admin/search?q=${rsid}.`);
    return c.json(resourceDetail(sim, world, located.info, located.rec));
  });

  // Where onboarding stands across every account (the dashboard's home page).
  app.get('/_sim/admin/overview', (c) => {
    for (const w of sim.accounts()) settleForView(w);
    return c.json(overview(sim, displayName));
  });

  app.get('/_sim/admin/accounts/:sid/requests', (c) => c.json({ requests: requestsOf(account(sim, c), c) }));

  app.get('/_sim/admin/accounts/:sid/timeline', (c) => {
    const world = account(sim, c);
    const raw = c.req.query('limit') ?? '500';
    const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (!(limit >= 1 && limit <= 5000)) throw new ControlError(400, `Failed to read the timeline: "limit" must be an integer from 1 to 5000, got "${raw.slice(0, 32)}". Please send e.g. ?limit=500.`);
    return c.json({ timeline: timelineView(sim, world, world.timeline.slice(-limit)) });
  });

  app.get('/_sim/admin/accounts/:sid/transitions', (c) => {
    const world = account(sim, c);
    return c.json({ transitions: world.transitions.map((t) => transitionView(sim, world, t)) });
  });

  app.get('/_sim/admin/accounts/:sid/deliveries', (c) => {
    const world = account(sim, c);
    const channel = c.req.query('channel');
    const rsid = c.req.query('sid');
    const deliveries = world.outbox.log.filter((d) => (!channel || d.channel === channel) && (!rsid || d.resourceSid === rsid));
    return c.json({ deliveries: deliveries.map((d) => deliveryView(world, d)).reverse() });
  });

  // ---- clock ---------------------------------------------------------------------------------

  mountClock(app, '/_sim/admin/accounts/:sid/clock', (c) => account(sim, c), {
    moved: (world, fired) => ({ clock: clockOf(world), fired, scheduled: world.transitions.filter((t) => !t.background).length }),
    set: (world) => ({ clock: clockOf(world) }),
  });

  // ---- forced outcomes -------------------------------------------------------------------------

  app.post('/_sim/admin/accounts/:sid/overrides', async (c) => {
    const world = account(sim, c);
    const b = await jsonBody(c);
    const { sid, outcome } = b;
    if (typeof sid !== 'string' || typeof outcome !== 'string') {
      throw new ControlError(400, 'Failed to force an outcome: "sid" and "outcome" are required strings. Please send e.g. {"sid": "BN…", "outcome": "FAILED", "reason": "…"}.');
    }
    const found = locate(sim, world, sid, outcome);
    if (!found) throw new ControlError(404, `Failed to force an outcome: no resource ${sid} in account ${world.accountSid}. Please create it first (outcomes apply to existing resources).`);
    if (!found.info.outcomes.includes(outcome)) {
      throw new ControlError(
        400,
        `Failed to force an outcome: ${found.info.name} ${sid} cannot be forced to "${outcome}". Please use one of: ${found.info.outcomes.join(', ') || '(none: its outcome is not decided by a review)'}.`,
      );
    }
    world.addOverride(sid, {
      outcome,
      ...(typeof b.reason === 'string' && b.reason.trim() ? { reason: b.reason.trim() } : {}),
      ...overrideCode(b.code, 'Failed to force an outcome'),
      ...(Array.isArray(b.fields) ? { fields: b.fields.map(String) } : {}),
    });
    world.touch();
    return c.json({ sid, overrides: world.overrides.get(sid) ?? [] }, 201);
  });

  app.delete('/_sim/admin/accounts/:sid/overrides/:rsid', (c) => {
    const world = account(sim, c);
    world.overrides.delete(c.req.param('rsid'));
    world.touch();
    return c.body(null, 204);
  });

  // ---- deliveries ----------------------------------------------------------------------------

  /** Waits until the account's outbox has attempted everything due (the dashboard after an advance; tests). */
  app.post('/_sim/admin/accounts/:sid/deliveries/flush', async (c) => {
    const world = account(sim, c);
    await world.outbox.idle();
    return c.json({ pending: world.outbox.pendingCount });
  });

  // ---- reset ---------------------------------------------------------------------------------

  app.post('/_sim/admin/accounts/:sid/reset', (c) => {
    const world = account(sim, c);
    sim.resetWorld(world.accountSid);
    return c.json({ reset: world.accountSid });
  });

  app.delete('/_sim/admin/accounts/:sid', (c) => {
    const world = account(sim, c);
    sim.removeWorld(world.accountSid);
    return c.body(null, 204);
  });

  app.post('/_sim/admin/reset', (c) => {
    const removed = sim.accounts().length;
    sim.resetAll();
    return c.json({ removed });
  });

  // ---- search and seeding --------------------------------------------------------------------

  app.get('/_sim/admin/search', (c) => {
    const q = c.req.query('q') ?? '';
    for (const w of sim.accounts()) settleForView(w);
    return c.json({ q, results: search(sim, q) });
  });

  app.post('/_sim/admin/seed', async (c) => {
    if (!opts.seed) throw new ControlError(501, 'Failed to seed: this server was built without the seeder. Please use createApp(sim) from src/sim/server.ts.');
    const b = await jsonBody(c);
    const tenants = b.tenants ?? 8;
    if (typeof tenants !== 'number' || !Number.isInteger(tenants) || tenants < 1 || tenants > 200) {
      throw new ControlError(400, 'Failed to seed: "tenants" must be an integer from 1 to 200. Please send e.g. {"tenants": 8, "seed": "demo"}.');
    }
    const seed = b.seed ?? sim.seed ?? 'demo';
    if (typeof seed !== 'string' || !seed) throw new ControlError(400, 'Failed to seed: "seed" must be a non-empty string. Please send e.g. {"tenants": 8, "seed": "demo"}.');
    // Where the tenants' callbacks go (the simulator's own demo inbox): the dashboard sends its origin.
    const baseUrl = typeof b.baseUrl === 'string' && /^https?:\/\//.test(b.baseUrl) ? b.baseUrl : new URL(c.req.url).origin;
    const result = await opts.seed({ tenants, seed, baseUrl });
    await sim.flush();
    return c.json(result, 201);
  });
}
