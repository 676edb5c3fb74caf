import type { Context, MiddlewareHandler } from 'hono';
import type { Table } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { IN_PROCESS_ENV, redactUrl } from '../log.js';

/**
 * The request log of each account (`GET /_sim/requests`, the dashboard's Requests tab): every API
 * request a face attributed to an account (Twilio products, CloudFran, the control plane's account
 * calls) with its request and response, in a ring of `size` entries kept in the account's world, so
 * it is saved with the account's data (a `--data` file) and dropped with it on reset. The ring is a
 * table of `size` slots: a request overwrites the oldest slot in place (one record changed, no index
 * touched, whatever the size), and a listing orders the slots by their `seq`.
 * Requests that name no account (a 401, an unknown route) are not attributable and are not kept.
 */
export const REQUESTS_TABLE = '_sim.requests';

export { DEFAULT_REQUEST_LOG_SIZE } from '../defaults.js';

/** The most characters kept of a request or response body: enough for any Twilio resource, bounded for a 10 MB upload. */
const MAX_BODY_CHARS = 16_384;

/** Request headers kept: what tells apart how a client called (never a credential: see REDACTED). */
const REDACTED = /^(authorization|cookie|x-api-key|x-twilio-signature|x-cloudfran-signature|proxy-authorization)$/i;

export interface RequestRecord {
  /** The ring slot (`RQ` + slot number): stable while the entry lives there. */
  sid: string;
  account_sid: string;
  /** Creation time of the entry in the account's simulated time (the table's ordering field). */
  date_created: number;
  date_updated: number;
  /** 1, 2, 3… per account: newest first is highest first. */
  seq: number;
  /** Real time the request arrived (epoch ms; an ISO 8601 string in files written before 0.9). */
  at: number | string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string | null;
  status: number;
  response: string | null;
  /** The `X-Sim-Hint` values of the answer. */
  hints: string[];
  ms: number;
}

/** A logged request as listed: with what is read from its texts when asked for, not when it is logged. */
export interface RequestView extends Omit<RequestRecord, 'at'> {
  /** Real time the request arrived (ISO 8601). */
  at: string;
  /** Twilio's error code (number) or CloudFran's error string, for an error answer. */
  code: number | string | null;
  /** Twilio's `more_info` link of the error, when it has one. */
  moreInfo: string | null;
  /** Every SID in the path and the response body: what `?sid=` and a resource's "requests" link match. */
  sids: string[];
}

function viewOf(r: RequestRecord): RequestView {
  let code: number | string | null = null;
  let moreInfo: string | null = null;
  if (r.status >= 400 && r.response) {
    try {
      const parsed = JSON.parse(r.response) as { code?: unknown; error?: unknown; more_info?: unknown };
      code = typeof parsed.code === 'number' ? parsed.code : typeof parsed.error === 'string' ? parsed.error : null;
      moreInfo = typeof parsed.more_info === 'string' ? parsed.more_info : null;
    } catch {
      // a clipped or non-JSON body: no code
    }
  }
  const sids = new Set<string>([...r.path.matchAll(SID_PATTERN)].map((m) => m[0]));
  if (r.response) for (const m of r.response.matchAll(SID_PATTERN)) if (sids.size < 50) sids.add(m[0]);
  return { ...r, at: typeof r.at === 'number' ? new Date(r.at).toISOString() : r.at, code, moreInfo, sids: [...sids] };
}

const SID_PATTERN = /\b[A-Z]{2}[0-9a-f]{32}\b/g;

/** JSON fields and form parameters whose value is a credential (an Account's auth_token, a key's secret, a tenant's webhook secret). */
const SECRET_JSON = /"(auth_?token|authToken|secret|webhook_?[sS]ecret|signing_?[kK]ey|password|api_?[kK]ey)"\s*:\s*"(?:[^"\\]|\\.)*"/g;
const SECRET_FORM = /(^|&)((?:Auth)?Token|Secret|Password|ApiKey|AuthToken)=[^&]*/gi;

/** Whether a body may name a credential at all: most do not, and then the replacements are skipped. */
const MAY_HOLD_SECRET = /token|secret|signing|passw|api_?key/i;

/** A body as kept: credentials replaced by `[redacted]`, then clipped. */
function clip(raw: string): string {
  const text = MAY_HOLD_SECRET.test(raw) ? raw.replace(SECRET_JSON, '"$1":"[redacted]"').replace(SECRET_FORM, '$1$2=[redacted]') : raw;
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}… [${text.length - MAX_BODY_CHARS} more characters not kept]` : text;
}

/** The request body as text, unless it is a multipart upload (file bytes are never kept) or too big to read again. */
async function requestBody(c: Context): Promise<string | null> {
  const type = c.req.header('content-type') ?? '';
  const length = Number(c.req.header('content-length') ?? 0);
  if (/^multipart\//i.test(type)) return `[multipart body, ${length || 'unknown'} bytes: fields and files not kept]`;
  if (length > 4 * MAX_BODY_CHARS) return `[body of ${length} bytes not kept]`;
  try {
    // The handler read it through HonoRequest, which keeps it: decoded here rather than through
    // c.req.text(), which would convert the kept bytes by making a Response of them.
    const cache = c.req.bodyCache;
    if (cache.text) return clip(await cache.text);
    if (cache.arrayBuffer) return clip(new TextDecoder().decode(await cache.arrayBuffer));
    if (cache.json) return clip(JSON.stringify(await cache.json));
    return clip(await c.req.text());
  } catch {
    return null;
  }
}

/**
 * The request's headers, credentials `[redacted]`: from Node's raw header list when the request came over
 * HTTP (building the Fetch Request's Headers would cost every request), else from the Fetch Request.
 */
function requestHeaders(c: Context): Record<string, string> {
  const headers: Record<string, string> = {};
  const raw = (c.env as { incoming?: { rawHeaders?: string[] } } | undefined)?.incoming?.rawHeaders;
  if (raw) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      headers[name] = REDACTED.test(name) ? '[redacted]' : headers[name] === undefined ? raw[i + 1]! : `${headers[name]}, ${raw[i + 1]}`;
    }
    return headers;
  }
  c.req.raw.headers.forEach((value, name) => {
    headers[name] = REDACTED.test(name) ? '[redacted]' : value;
  });
  return headers;
}

/**
 * Step 0 of the pipeline, after the request log line: once the answer is made, the request is filed
 * in the ring of the account a face attributed it to. `size` 0 turns the log off.
 */
export function requestRecorder(size: number, realNow: () => number): MiddlewareHandler {
  return async (c, next) => {
    if (size <= 0) return next();
    const began = performance.now();
    await next();
    const world = c.get('requestWorld');
    // The simulator's own calls (the seeder, CloudFran's calls to Twilio) and the control plane are not the client's API requests.
    if (!world || c.env === IN_PROCESS_ENV || world.closed || c.req.path.startsWith('/_sim/')) return;
    let res = c.res;
    let response: string | null = null;
    // The Twilio router leaves the JSON text it answered with (jsonAnswer in log.ts): no need to read the
    // response back, which on Node's server would also turn its fast path into a stream.
    const answered = c.get('responseText');
    if (answered !== undefined) response = clip(answered);
    else if (res.headers.get('content-type')?.includes('json')) {
      try {
        // Read once and answered from the text: a clone would tee the body stream for every request.
        const text = await res.text();
        res = new Response(text, res);
        c.res = undefined;
        c.res = res;
        response = clip(text);
      } catch {
        response = null;
      }
    }
    const body = c.req.method === 'GET' || c.req.method === 'HEAD' ? null : await requestBody(c);
    const full = redactUrl(c.req.url);
    const q = full.indexOf('?');
    const path = q < 0 ? full : full.slice(0, q);
    // Only what must be captured now is worked out here; the error code and the SIDs are read from the
    // stored texts when the log is listed (listRequests), so an API request pays little for being logged.
    fileRequest(world, size, {
      date_created: 0,
      date_updated: 0,
      seq: 0,
      at: realNow(),
      method: c.req.method,
      path,
      query: q < 0 ? '' : full.slice(q + 1),
      headers: requestHeaders(c),
      body,
      status: res.status,
      response,
      hints: c.get('hints') ?? [],
      ms: Math.round((performance.now() - began) * 10) / 10,
    });
  };
}

/** An entry as the recorder makes it; `fileRequest` sets its number and simulated dates. */
type RequestEntry = Omit<RequestRecord, 'sid' | 'account_sid'>;

/** The number of each world's newest entry, so filing one reads no slot (worked out once from the slots, e.g. after a restart). */
const newestSeq = new WeakMap<World, number>();

function fileRequest(world: World, size: number, entry: RequestEntry): void {
  const table = world.table<RequestRecord>(REQUESTS_TABLE);
  let seq = newestSeq.get(world);
  if (seq === undefined) {
    seq = 0;
    for (const r of table.scan()) seq = Math.max(seq, r.seq);
  }
  newestSeq.set(world, ++seq);
  entry.seq = seq;
  entry.date_created = entry.date_updated = world.now();
  const sid = slotSid((seq - 1) % size);
  let slot = table.get(sid);
  // Slot k holds entry seq when seq - 1 ≡ k (mod size): so the slot an entry takes holds the entry
  // `size` requests older, unless the ring was saved with another size (a restart with a new
  // --request-log-size). Then the entries are laid out again once, the newest kept.
  if ((slot && slot.seq !== seq - size) || table.size > size) {
    relayout(table, size, seq);
    slot = table.get(sid);
  }
  if (slot) table.update(slot, entry);
  else table.insert({ sid, account_sid: world.accountSid, ...entry });
}

function relayout(table: Table<RequestRecord>, size: number, seq: number): void {
  const kept = table.values().filter((r) => r.seq > seq - size);
  for (const r of table.values()) table.delete(r.sid);
  for (const r of kept) table.insert({ ...r, sid: slotSid((r.seq - 1) % size) });
}

function slotSid(slot: number): string {
  return `RQ${String(slot).padStart(6, '0')}`;
}

export interface RequestQuery {
  limit: number;
  status?: string;
  path?: string;
  sid?: string;
}

/** Why a `/_sim/requests` query is not acceptable (undefined when it is), in the control plane's words. */
export function requestQueryProblem(q: Record<string, string | undefined>): string | undefined {
  if (q.limit !== undefined && !/^\d+$/.test(q.limit)) return `"limit" must be a whole number from 1 to 1000, got "${q.limit}"`;
  if (q.limit !== undefined && (Number(q.limit) < 1 || Number(q.limit) > 1000)) return `"limit" must be from 1 to 1000, got ${q.limit}`;
  if (q.status !== undefined && !/^([1-5]xx|[1-5]\d\d)$/.test(q.status)) return `"status" must be a class such as 4xx or a code such as 400, got "${q.status}"`;
  return undefined;
}

function statusMatches(status: number, filter: string): boolean {
  return filter.endsWith('xx') ? Math.floor(status / 100) === Number(filter[0]) : status === Number(filter);
}

/** The account's logged requests, newest first, filtered. */
export function listRequests(world: World, q: RequestQuery): RequestView[] {
  const table = world.table<RequestRecord>(REQUESTS_TABLE);
  const out: RequestView[] = [];
  // Read without handing out (scan): a listing changes no entry, so the journal need not fingerprint the ring at commit.
  const newestFirst = [...table.scan()].sort((a, b) => b.seq - a.seq);
  for (const r of newestFirst) {
    if (out.length >= q.limit) break;
    if (q.status && !statusMatches(r.status, q.status)) continue;
    if (q.path && !r.path.includes(q.path)) continue;
    const view = viewOf(r);
    if (q.sid && !view.sids.includes(q.sid)) continue;
    out.push(view);
  }
  return out;
}
