import type { Context, MiddlewareHandler } from 'hono';
import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { World } from './engine/world.js';

/**
 * The simulator's log: pino (levels, JSON lines) with pino-pretty for people. pino-pretty runs as a
 * plain function inside a synchronous destination, not as a pino transport: transports start a
 * worker thread that loads modules by name, which breaks once the CLI is bundled into one file.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LogOptions {
  /** Default `info`; `silent` writes nothing. */
  level?: LogLevel;
  /** `pretty` (default): one short line per event; `json`: pino's JSON lines. */
  format?: 'pretty' | 'json';
  /** Default: process.stdout. */
  destination?: NodeJS.WritableStream;
}

export type { Logger };

/** Fields of a request line that the pretty message shows, so pino-pretty must not print them again. */
const REQUEST_FIELDS = ['method', 'path', 'status', 'ms', 'account', 'code'];

export function createLogger(opts: LogOptions = {}): Logger {
  const destination = opts.destination ?? process.stdout;
  // No pid/hostname: one local process, and they would only lengthen every line.
  const options = { level: opts.level ?? 'info', base: undefined };
  if (opts.format === 'json') return pino(options, destination);
  const pretty = prettyFactory({
    colorize: (destination as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR,
    translateTime: 'SYS:HH:MM:ss',
    ignore: REQUEST_FIELDS.join(','),
    singleLine: true,
    // A bare time reads better than pino-pretty's default `[17:03:02]`.
    customPrettifiers: { time: (time) => String(time) },
    messageFormat: (log, messageKey, _level, { colors }) => {
      if (typeof log.method !== 'string') return String(log[messageKey] ?? '');
      const status = Number(log.status);
      const paint = status >= 500 ? colors.red : status >= 400 ? colors.yellow : colors.green;
      const code = log.code !== undefined ? ` ${colors.yellow(`code=${String(log.code)}`)}` : '';
      const msg = log[messageKey] !== undefined ? ` ${String(log[messageKey])}` : '';
      return `${log.method} ${String(log.path)} ${paint(String(status))} ${String(log.ms)}ms ${String(log.account)}${code}${msg}`;
    },
  });
  return pino(options, { write: (line: string) => destination.write(pretty(line)) });
}

/**
 * What one request did, built once by the request-log middleware and handed to the log (and to
 * whatever else wants the request's account: a per-account request inspector would keep these).
 * A class, so every summary has the same shape.
 */
export class RequestSummary {
  status = 0;
  ms = 0;
  /** The AC SID, `tenant:<id>` for a CloudFran tenant, or `-` when the request named no account. */
  account = '-';
  /** Twilio's error code, or CloudFran's `error` string. */
  code: number | string | undefined = undefined;
  /** An unexpected error (a 500): logged with its stack on the request's line. */
  err: unknown = undefined;
  constructor(
    readonly method: string,
    /** Path and query string, secrets redacted (`redactUrl`). */
    readonly path: string,
  ) {}
}

declare module 'hono' {
  interface ContextVariableMap {
    requestSummary: RequestSummary;
    /** The account's world a face attributed the request to: the per-account request log files it there (control/requests.ts). */
    requestWorld: World;
    /** The JSON text of the answer, when it was made by `jsonAnswer`: the request log keeps it without reading the response back. */
    responseText: string;
    /** The `X-Sim-Hint` values of the answer (engine/router.ts RequestContext.hint). */
    hints: string[];
  }
}

/**
 * The handlers that know whom a request is for record it here: the log line names the account, the
 * per-account request log files the request in its world.
 */
export function recordAccount(c: Context, account: string, world: World): void {
  c.set('requestWorld', world);
  const summary = c.get('requestSummary');
  if (summary) summary.account = account;
}

/** `c.json(body, status)` that also leaves the JSON text on the context for the request log (control/requests.ts). */
export function jsonAnswer(c: Context, status: number, body: unknown): Response {
  const text = JSON.stringify(body);
  c.set('responseText', text);
  return c.body(text, status as 200, { 'content-type': 'application/json' });
}

/**
 * An error no face expected (answered 500): kept on the request's summary when there is one, so the
 * stack is logged with the request's line; else logged alone, or printed when no log was asked for
 * (a bug should not vanish because a test suite runs without logs).
 */
export function recordUnexpected(c: Context, err: unknown, logger: Logger | undefined): void {
  const summary = c.get('requestSummary');
  if (summary) summary.err = err;
  else if (logger) logger.error({ err }, 'Unexpected error while answering a request');
  else console.error(err);
}

/**
 * The `c.env` of the requests the simulator sends itself through `app.request` (the admin API's
 * seeder): the request log files them with its own traffic.
 */
export const IN_PROCESS_ENV = Object.freeze({ inProcess: true });

/**
 * The simulator's own traffic, logged at debug only: the dashboard's assets and its once-a-second
 * polling of the admin API, health checks, the demo webhooks the simulator delivers to itself, and
 * the seeder's requests.
 */
function isHousekeeping(c: Context, method: string, path: string): boolean {
  if (c.env === IN_PROCESS_ENV) return true;
  if (!path.startsWith('/_sim/')) return false;
  return path.startsWith('/_sim/ui') || path.startsWith('/_sim/health') || path.startsWith('/_sim/inbox/') || (method === 'GET' && path.startsWith('/_sim/admin/'));
}

/**
 * Query parameters whose value is a credential. Twilio's `PageToken` is a paging cursor, not a
 * secret, and seeing it helps follow a paged listing.
 */
const SECRET_PARAM = /token|secret|passw|pwd|api[-_]?key|auth|signature|credential/i;

/** Path and query of a request URL, with the values of credential-like query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const q = url.indexOf('?', start);
  if (q < 0) return url.slice(start);
  const pairs = url.slice(q + 1).split('&');
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const eq = pair.indexOf('=');
    let name = eq < 0 ? pair : pair.slice(0, eq);
    try {
      name = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // a malformed escape: judge the raw name
    }
    if (name !== 'PageToken' && SECRET_PARAM.test(name)) pairs[i] = `${pair.slice(0, eq < 0 ? pair.length : eq)}=***`;
  }
  return `${url.slice(start, q)}?${pairs.join('&')}`;
}

/**
 * Step 0 of the pipeline: one line per request once it is answered (method, path and query without
 * secrets, status, duration, account, error code). 5xx at error, everything else at info, the
 * simulator's own traffic at debug. Headers and bodies are never logged.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    // Nothing is built unless some line could be written (a 5xx logs at error, the highest level we use).
    if (!logger.isLevelEnabled('error')) return next();
    const method = c.req.method;
    const url = c.req.url;
    const start = url.indexOf('/', url.indexOf('//') + 2);
    const housekeeping = isHousekeeping(c, method, url.slice(start));
    if (housekeeping && !logger.isLevelEnabled('debug')) return next();
    const began = performance.now();
    const summary = new RequestSummary(method, redactUrl(url));
    c.set('requestSummary', summary);
    await next();
    summary.status = c.res.status;
    summary.ms = Math.round((performance.now() - began) * 10) / 10;
    if (summary.status >= 400) summary.code = await errorCode(c.res);
    logRequest(logger, summary, housekeeping);
  };
}

/**
 * The code of an error answer, read from its body: Twilio's `code`, CloudFran's `error` string.
 * Read from the body rather than recorded where errors are made, so every producer is covered
 * (onError, the faces' own catches, rate limits, body limits); only error answers are read.
 */
async function errorCode(res: Response): Promise<number | string | undefined> {
  if (!res.headers.get('content-type')?.startsWith('application/json')) return undefined;
  try {
    const body: unknown = await res.clone().json();
    if (!body || typeof body !== 'object') return undefined;
    const { code, error } = body as { code?: unknown; error?: unknown };
    if (typeof code === 'number') return code;
    return typeof error === 'string' ? error : undefined;
  } catch {
    return undefined;
  }
}

function logRequest(logger: Logger, s: RequestSummary, housekeeping: boolean): void {
  const fields = { method: s.method, path: s.path, status: s.status, ms: s.ms, account: s.account, code: s.code, ...(s.err !== undefined ? { err: s.err } : {}) };
  if (s.status >= 500) logger.error(fields);
  else if (housekeeping) logger.debug(fields);
  else logger.info(fields);
}
