import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { Simulator } from '../engine/simulator.js';
import { CLOUDFRAN_BASE } from '../cloudfran/http.js';
import { TwilioError } from '../wire/errors.js';
import { ControlError, jsonBody } from './control-plane.js';

/**
 * Opt-in traffic conditions, so a team can test its client's backoff and retries against a
 * real-looking Twilio: rate limits (`--rate-limit`) and injected faults (`/_sim/faults`). Both act
 * on the API faces only (Twilio and CloudFran), never on `/_sim`, so a test can always undo them,
 * and both answer before the route runs, so a refused request changes nothing.
 *
 * Requests are told apart by who sends them: the HTTP Basic username (an Account SID, or an API
 * key SID) or CloudFran's `X-Tenant-Id`. Faults are registered by the same identity through
 * `/_sim/faults` and apply to its own requests only, so parallel suites do not disturb each other.
 */

export interface TrafficOptions {
  /** Requests per second per client identity (token bucket, burst of the same size); off when absent. */
  rateLimit?: number | undefined;
}

/**
 * Twilio asks ISVs to send at most one Brand or Campaign registration request per second
 * (https://www.twilio.com/docs/messaging/compliance/a2p-10dlc/onboarding-isv-api); under
 * `--rate-limit` those two creates are held to it on top of the general limit.
 */
const REGISTRATION_ROUTES = [/^\/messaging\/v1\/a2p\/BrandRegistrations$/, /^\/messaging\/v1\/Services\/[^/]+\/Compliance\/Usa2p$/];

const FAULT_STATUSES = [429, 500, 502, 503, 504] as const;
type FaultStatus = (typeof FAULT_STATUSES)[number];
const MAX_DELAY_MS = 30_000;
const MAX_FAULTS = 100;

export interface Fault {
  id: number;
  /** HTTP method, or `*`. */
  method: string;
  /** Path on the simulator (`/messaging/v1/a2p/BrandRegistrations`); `*` matches one path segment, a trailing `**` any rest. */
  path: string;
  /** Answer with this status instead of serving the request; absent: only `delayMs`, then served. */
  status?: FaultStatus;
  /** Share of the matching requests affected, 0 < share ≤ 1, spread evenly (reproducible, no randomness). */
  share: number;
  /** Stops after affecting this many requests. */
  times?: number;
  delayMs?: number;
  /** Matching requests seen and affected so far. */
  seen: number;
  applied: number;
}

const TWILIO_CODES: Record<FaultStatus, { code: number; message: string }> = {
  429: { code: 20429, message: 'Too Many Requests' },
  500: { code: 20500, message: 'Internal Server Error' },
  502: { code: 20500, message: 'Bad Gateway' },
  503: { code: 20503, message: 'Service Unavailable' },
  504: { code: 20500, message: 'Gateway Timeout' },
};

/** Who is calling: the Basic username or the CloudFran tenant; undefined for anonymous requests. */
export function clientIdentity(c: Context): string | undefined {
  const tenant = c.req.header('x-tenant-id');
  if (tenant && c.req.header('x-api-key')) return `tenant:${tenant}`;
  const auth = c.req.header('authorization');
  if (!auth || !/^basic /i.test(auth)) return undefined;
  const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf-8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}

/** `/a/*\/c` and `/a/**` as a regular expression over the simulator's path. */
function pathPattern(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((seg) => (seg === '**' ? '.*' : seg === '*' ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}$`);
}

/** A token bucket per key on real time: `rate` tokens a second, at most `rate` stored. */
class Buckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly rate: number,
    private readonly now: () => number,
  ) {}

  /** Takes a token; when none is left, the seconds until one is (for `Retry-After`). */
  take(key: string): number | undefined {
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.rate, at: now };
    b.tokens = Math.min(this.rate, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.rate));
  }
}

function refusal(c: Context, status: FaultStatus, detail: string, retryAfter?: number): Response {
  const headers: Record<string, string> = retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {};
  if (c.req.path.startsWith(`${CLOUDFRAN_BASE}/`)) {
    return c.json({ error: status === 429 ? 'rate_limited' : 'service_error', message: detail }, status, headers);
  }
  const { code, message } = TWILIO_CODES[status];
  return c.json(new TwilioError(status, code, `${message}: ${detail}`).toJSON(), status, headers);
}

function parseFault(body: Record<string, unknown>, id: number): Fault {
  const fail = (why: string): never => {
    throw new ControlError(400, `Failed to add the fault: ${why}. Please send e.g. {"method": "POST", "path": "/messaging/v1/a2p/BrandRegistrations", "status": 503, "share": 0.5}.`);
  };
  const method = body.method === undefined ? '*' : body.method;
  if (typeof method !== 'string' || !/^(\*|GET|POST|PUT|PATCH|DELETE)$/i.test(method)) fail('"method" must be GET, POST, PUT, PATCH, DELETE or *');
  if (typeof body.path !== 'string' || !body.path.startsWith('/') || body.path.startsWith('/_sim') || body.path.length > 500)
    fail('"path" must be a path of an API face such as /trusthub/v1/CustomerProfiles (not /_sim)');
  const status = body.status;
  if (status !== undefined && !FAULT_STATUSES.includes(status as FaultStatus)) fail(`"status" must be one of ${FAULT_STATUSES.join(', ')}`);
  const share = body.share === undefined ? 1 : body.share;
  if (typeof share !== 'number' || !(share > 0 && share <= 1)) fail('"share" must be a number above 0 and at most 1');
  const times = body.times;
  if (times !== undefined && !(Number.isInteger(times) && (times as number) > 0 && (times as number) <= 1_000_000)) fail('"times" must be a positive integer');
  const delayMs = body.delayMs;
  if (delayMs !== undefined && !(typeof delayMs === 'number' && Number.isFinite(delayMs) && delayMs >= 0 && delayMs <= MAX_DELAY_MS)) fail(`"delayMs" must be from 0 to ${MAX_DELAY_MS}`);
  if (status === undefined && delayMs === undefined) fail('give a "status", a "delayMs" or both');
  return {
    id,
    method: (method as string).toUpperCase(),
    path: body.path as string,
    ...(status !== undefined ? { status: status as FaultStatus } : {}),
    share: share as number,
    ...(times !== undefined ? { times: times as number } : {}),
    ...(delayMs !== undefined ? { delayMs: delayMs as number } : {}),
    seen: 0,
    applied: 0,
  };
}

/** Whether the `seen`-th matching request is one of the `share` affected: evenly spread, the first one included. */
function hits(share: number, seen: number): boolean {
  return Math.ceil(seen * share) > Math.ceil((seen - 1) * share);
}

/** Installs the traffic middleware (before every route) and `/_sim/faults`. */
export function mountTraffic(app: Hono, sim: Simulator, opts: TrafficOptions): void {
  const faults = new Map<string, Array<Fault & { pattern: RegExp }>>();
  let nextId = 0;
  const general = opts.rateLimit ? new Buckets(opts.rateLimit, sim.realNow) : undefined;
  const registration = opts.rateLimit ? new Buckets(Math.min(1, opts.rateLimit), sim.realNow) : undefined;

  const middleware: MiddlewareHandler = async (c, next) => {
    if ((!general && faults.size === 0) || c.req.path.startsWith('/_sim')) return next();
    const who = clientIdentity(c);
    if (!who) return next();
    if (general && registration) {
      const wait = general.take(who) ?? (c.req.method === 'POST' && REGISTRATION_ROUTES.some((r) => r.test(c.req.path)) ? registration.take(who) : undefined);
      if (wait !== undefined)
        return refusal(c, 429, `the simulator's rate limit for ${who} (--rate-limit ${opts.rateLimit}/s; brand and campaign registrations 1/s) was exceeded. Please retry after ${wait} s`, wait);
    }
    const mine = faults.get(who);
    const fault = mine?.find((f) => (f.method === '*' || f.method === c.req.method) && f.pattern.test(c.req.path) && (f.times === undefined || f.applied < f.times));
    if (!fault) return next();
    fault.seen++;
    if (!hits(fault.share, fault.seen)) return next();
    fault.applied++;
    if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault.status) return refusal(c, fault.status, `injected by a2p-sim fault ${fault.id} (POST /_sim/faults)`, fault.status === 429 || fault.status === 503 ? 1 : undefined);
    return next();
  };
  app.use(middleware);

  const owner = (c: Context): string => {
    const who = clientIdentity(c);
    if (!who) throw new ControlError(401, 'Failed to manage faults: no credentials. Please send HTTP Basic auth (or X-API-Key and X-Tenant-Id): faults apply to the requests of those credentials.');
    return who;
  };
  const view = (f: Fault) => ({
    id: f.id,
    method: f.method,
    path: f.path,
    status: f.status ?? null,
    share: f.share,
    times: f.times ?? null,
    delayMs: f.delayMs ?? 0,
    seen: f.seen,
    applied: f.applied,
  });

  app.get('/_sim/faults', (c) => c.json({ faults: (faults.get(owner(c)) ?? []).map(view) }));
  app.post('/_sim/faults', async (c) => {
    const who = owner(c);
    const list = faults.get(who) ?? [];
    if (list.length >= MAX_FAULTS) throw new ControlError(400, `Failed to add the fault: ${who} has ${MAX_FAULTS} already. Please DELETE /_sim/faults first.`);
    const fault = parseFault(await jsonBody(c), ++nextId);
    list.push({ ...fault, pattern: pathPattern(fault.path) });
    faults.set(who, list);
    return c.json(view(fault), 201);
  });
  app.delete('/_sim/faults', (c) => {
    faults.delete(owner(c));
    return c.body(null, 204);
  });
  app.delete('/_sim/faults/:id', (c) => {
    const who = owner(c);
    const list = faults.get(who) ?? [];
    const kept = list.filter((f) => String(f.id) !== c.req.param('id'));
    if (kept.length === list.length) throw new ControlError(404, `Failed to remove fault ${c.req.param('id')}: ${who} has no such fault. Please GET /_sim/faults for the list.`);
    if (kept.length) faults.set(who, kept);
    else faults.delete(who);
    return c.body(null, 204);
  });
}
