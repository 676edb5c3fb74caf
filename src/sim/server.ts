import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ControlError, mountControlPlane } from './control/control-plane.js';
import { mountAdmin } from './control/admin.js';
import { mountTcrView } from './control/tcr.js';
import { mountDashboard } from './control/dashboard/index.js';
import { mountTraffic } from './control/traffic.js';
import { deliveryGuard } from './control/delivery-guard.js';
import { DEFAULT_REQUEST_LOG_SIZE, requestRecorder } from './control/requests.js';
import { mountOperation, mountResource, rawHeader } from './engine/router.js';
import type { Simulator } from './engine/simulator.js';
import { TwilioError } from './wire/errors.js';
import { productOfHost, twilioPathOf } from './wire/hosts.js';
import { CLOUDFRAN_BASE, CloudFranError } from './cloudfran/http.js';
import { BIRD_BASE, BirdError, errorResponse as birdErrorResponse } from './bird/http.js';
import { IN_PROCESS_ENV, recordUnexpected, requestLog, type Logger } from './log.js';
import { StoreUnavailableError } from './store/store.js';

/**
 * Step 1 of the pipeline, before routing: which path a request is served at.
 * - A request whose Host is `<product>.twilio.com` (a proxy or hosts-file setup) is served at
 *   `/<product>` + its path, so `/v1/CustomerProfiles` on trusthub.twilio.com is `/trusthub/v1/CustomerProfiles`.
 * - API 2010 paths end in `.json`; the suffix is dropped so one route serves the resource.
 * No new Request is built: Hono routes on this string.
 */
export function simPath(request: Request): string {
  // The request URL carries the Host header's value (the Node adapter builds it from Host), so
  // the host is read from it: touching request.headers would build a Headers object per request.
  const url = request.url;
  const hostStart = url.indexOf('//') + 2;
  const start = url.indexOf('/', hostStart);
  const q = url.indexOf('?', start);
  let path = url.slice(start, q < 0 ? undefined : q);
  const host = url.slice(hostStart, start);
  const product = productOfHost(host);
  if (product) path = `/${product}${path}`;
  // Bird's API host: the Bird face is served under /bird (src/sim/bird).
  else if (/^api\.bird\.com(:\d+)?$/i.test(host)) path = `${BIRD_BASE}${path}`;
  if (path.startsWith('/api/2010-04-01/') && path.endsWith('.json')) path = path.slice(0, -5);
  return path;
}

export interface AppOptions {
  /** Guards `/_sim/admin` (and so the dashboard) with this token; without one, only loopback clients may use it. */
  adminToken?: string | undefined;
  /** The CloudFran face's X-API-Key, for the seeder (`POST /_sim/admin/seed`) when it is not the default. */
  cloudfranApiKey?: string | undefined;
  /** One line per request and unexpected errors go here (`createLogger`); without one nothing is logged. */
  logger?: Logger | undefined;
  /** Requests per second per client (`--rate-limit`): above it, Twilio's 429 (20429) with Retry-After. */
  rateLimit?: number | undefined;
  /** Largest request body accepted, in bytes (default DEFAULT_MAX_BODY_BYTES); a larger one is a 413 before it is read. */
  maxBodyBytes?: number | undefined;
  /** Requests kept per account for `/_sim/requests` and the dashboard (default DEFAULT_REQUEST_LOG_SIZE; 0: none). */
  requestLogSize?: number | undefined;
}

/** 4 MiB: far above any form or JSON body the faces take, and above the uploads of the seeds. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The 413 in the shape of the face the request was for; the connection is closed so the rest of the body is not read. */
function bodyTooLarge(c: Context, limit: number): Response {
  c.header('Connection', 'close');
  const path = c.req.path;
  if (path.startsWith(`${CLOUDFRAN_BASE}/`)) return c.json({ error: 'payload_too_large', message: `body: the request body is larger than ${limit} bytes` }, 413);
  if (path.startsWith('/_sim/'))
    return c.json({ status: 413, message: `Failed to read the request: the body is larger than ${limit} bytes. Please send a smaller body (the limit is set with --max-body-bytes).` }, 413);
  // Twilio's 20413 "Request Entity Too Large" (https://www.twilio.com/docs/api/errors/20413).
  return c.json(new TwilioError(413, 20413, `Request Entity Too Large: the request body is larger than ${limit} bytes`).toJSON(), 413);
}

/**
 * Refuses bodies above `limit`. A declared Content-Length is checked before anything is read (Node's
 * parser holds the body to that length); a chunked body goes through hono's bodyLimit, which stops
 * reading as soon as it passes the limit. Checking Content-Length here instead of always using
 * bodyLimit keeps the Node adapter's direct body read (bodyLimit re-wraps every body as a stream).
 */
function maxBody(limit: number): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize: limit, onError: (c) => bodyTooLarge(c, limit) });
  return async (c, next) => {
    const length = rawHeader(c, 'content-length');
    const chunked = rawHeader(c, 'transfer-encoding') !== undefined;
    if (length !== undefined && !chunked) return Number(length) > limit ? bodyTooLarge(c, limit) : next();
    if (chunked) return streamed(c, next);
    // No length and not chunked: a request made in process (app.request), whose body is already in memory.
    // Read it once (HonoRequest keeps it for the handler) rather than wrap it in a new Request: the wrapper
    // follows the original's abort signal through a WeakRef, which V8 keeps until the job ends, so a burst of
    // in-process requests would keep every one of them alive.
    const body = await c.req.arrayBuffer();
    return body.byteLength > limit ? bodyTooLarge(c, limit) : next();
  };
}

/** A 503 in the shape of the face the request was for: its changes could not be saved (store/store.ts). */
function storeUnavailable(c: Context, message: string): Response {
  const path = c.req.path;
  if (path.startsWith(`${CLOUDFRAN_BASE}/`)) return c.json({ error: 'service_unavailable', message }, 503);
  if (path.startsWith('/_sim/')) return c.json({ status: 503, message }, 503);
  // Twilio's 20503 "Service Unavailable" (https://www.twilio.com/docs/api/errors/20503).
  return c.json(new TwilioError(503, 20503, message).toJSON(), 503);
}

/**
 * Acknowledged means durable: after the handler, the request waits until the store has written
 * every change made so far (one write per event-loop turn for all the requests in it). With the
 * memory store `commit()` returns nothing and this costs one call. A failed write replaces the
 * response with a 503; the changes stay queued and are written when the disk allows.
 * In-process requests (the seeder's) are part of an outer request or command that commits.
 */
function commitChanges(sim: Simulator): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // The health check reports a store that cannot save (with a 503 of its own) rather than failing with it.
    if (c.env === IN_PROCESS_ENV || c.req.path === '/_sim/health') return;
    const committed = sim.store.commit();
    if (!committed) return;
    try {
      await committed;
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      c.res = storeUnavailable(c, e.message);
    }
  };
}

/**
 * Builds the HTTP app for a simulator (no listen). The pipeline, in order:
 * 0. With a logger, the request log (log.ts): times the request and logs one line once it is answered.
 * 0a. `commitChanges`: once the rest has answered, the response waits until its changes are saved (503 when they cannot be).
 * 0a'. `requestRecorder` (control/requests.ts): the answered request goes into its account's request log.
 * 0b. `deliveryGuard` (control/delivery-guard.ts): a request carrying the outbox's marker gets a 403 on `/_sim`.
 * 0c. `maxBody`: a body above `maxBodyBytes` is a 413 in the face's shape before it is read.
 * 1. `simPath`: Host/prefix routing and `.json` suffix (above).
 * 2. Hono's router picks the face route (`/trusthub`, `/messaging`, `/numbers`, `/api`, `/events`, `/_sim`, `/api/v1/twilio`).
 * 3. Per Twilio route (engine/router.ts): Basic auth → the account's world → settle its clock →
 *    decode and validate parameters → declaration's handler → serialise.
 * 4. `onError`: TwilioError → Twilio's error body; control-plane errors → `{status, message}`; anything else → 500.
 * 5. `notFound`: Twilio's 404 body (20404).
 */
export function createApp(sim: Simulator, opts: AppOptions = {}): Hono {
  const app = new Hono({ getPath: simPath });
  const logger = opts.logger;
  // Not installed at all without a logger or when it is silent: every middleware is one more step of every request.
  if (logger?.isLevelEnabled('error')) app.use(requestLog(logger));
  app.use(commitChanges(sim));
  // Filed before the commit above completes, so an acknowledged request's log entry is saved with its changes.
  app.use(requestRecorder(opts.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE, sim.realNow));
  // The simulator's own deliveries coming back: never served on /_sim; what they cause counts one hop more.
  app.use(deliveryGuard(sim));
  // Bodies above maxBodyBytes are a 413 in the face's shape, before they are read (GET and HEAD carry none).
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', maxBody(opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));

  // Opt-in rate limits and injected faults answer before any API route runs (control/traffic.ts).
  mountTraffic(app, sim, { rateLimit: opts.rateLimit });
  mountControlPlane(app, sim);
  // The registry's neutral records of the calling account, whichever face submitted them (control/tcr.ts).
  mountTcrView(app, sim);
  // The cross-account admin API and the dashboard over it; the seeder drives this same app in process.
  mountAdmin(app, sim, {
    token: opts.adminToken,
    seed: async (input) =>
      (await import('./seed/seeder.js')).seedTenants(sim, (path, init) => Promise.resolve(app.request(path, init, IN_PROCESS_ENV)), { ...input, cloudfranApiKey: opts.cloudfranApiKey }),
  });
  mountDashboard(app);
  for (const face of sim.faces) {
    face.mount?.(app, sim);
    for (const def of face.resources) mountResource(app, sim, def);
    for (const op of face.operations ?? []) mountOperation(app, sim, op);
  }

  app.onError((err, c) => {
    if (err instanceof TwilioError) {
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      return c.json(err.toJSON(), err.status as 400);
    }
    if (err instanceof ControlError) return c.json({ status: err.status, message: err.message }, err.status as 400);
    if (err instanceof CloudFranError) return c.json({ error: err.error, message: err.message }, err.status);
    if (err instanceof BirdError) return birdErrorResponse(c, err);
    const httpStatus = (err as { status?: number }).status;
    if (typeof httpStatus === 'number' && (err as { getResponse?: unknown }).getResponse) {
      return (err as unknown as { getResponse: () => Response }).getResponse();
    }
    recordUnexpected(c, err, logger);
    return c.json(new TwilioError(500, 20500, `Internal Server Error: ${err.message}`).toJSON(), 500);
  });

  app.notFound((c) => {
    const url = new URL(c.req.url);
    if (url.pathname.startsWith(`${BIRD_BASE}/`))
      return c.json({ code: 'NotFound', message: `Failed to route ${c.req.method} ${url.pathname}: no such Bird endpoint. Please check /bird/openapi.json.` }, 404);
    if (url.pathname.startsWith(`${CLOUDFRAN_BASE}/`)) return c.json({ error: 'not_found', message: `No endpoint ${c.req.method} ${url.pathname}` }, 404);
    // Twilio's 404 names the path on Twilio's host, never the simulator's product prefix.
    return c.json(TwilioError.notFound(twilioPathOf(url.pathname)).toJSON(), 404);
  });

  return app;
}
