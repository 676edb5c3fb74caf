import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { MINUTE, HOUR } from '../wire/dates.js';
import type { World } from './world.js';

/**
 * Everything that leaves a world (status callbacks, Event Streams, CloudFran webhooks) goes through
 * its outbox: signed when enqueued, sent in order per destination, retried with backoff on the
 * simulated clock (never faster than a real-time floor), and every attempt kept in the delivery log.
 *
 * Two structures, both persisted with the world:
 * - the delivery log (`log`): what the control plane and the dashboard show, bounded to MAX_LOG
 *   entries; only finished deliveries are ever trimmed from it;
 * - the queue: every delivery not finished yet (waiting, in flight, waiting for a retry), with what
 *   the log must not show (URL credentials) and the real-time floor of its next attempt. A delivery
 *   leaves the queue only when it is delivered or given up, never because the log is full.
 */
export type DeliveryChannel = 'status-callback' | 'event-stream' | 'webhook';

export interface DeliveryAttempt {
  /** Simulated time of the attempt. */
  at: number;
  /** HTTP status, or null when the request failed (connection refused, timeout) or was refused. */
  status: number | null;
  error: string | null;
  /** The start of the response body (at most `responseBodyBytes`); the rest is never read. */
  responseBody: string | null;
  durationMs: number;
  /** The body was longer than what the log keeps. */
  responseTruncated?: boolean;
  /** Not sent at all: the simulator refused the destination (its own /_sim, a delivery loop). */
  refused?: boolean;
}

export interface Delivery {
  id: string;
  channel: DeliveryChannel;
  /** e.g. `twilio-approved`, `com.twilio.messaging...brand-registered`, `phone_number.purchased`. */
  event: string;
  /** The resource the delivery is about, for the delivery log and the dashboard. */
  resourceSid: string | null;
  /** Where it goes, without URL credentials (those go in Authorization, shown redacted in `headers`). */
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  createdAt: number;
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  nextAttemptAt: number | null;
  /** How many of the simulator's own deliveries led to this one, itself included (loop guard). */
  hops?: number;
  /** Why a failed delivery was given up or refused. */
  reason?: string | null;
}

export interface UrlCredentials {
  username: string;
  password: string;
}

export type NewDelivery = Pick<Delivery, 'channel' | 'event' | 'url' | 'headers' | 'body'> & {
  resourceSid?: string | null;
  /** Basic auth for the receiver, from `user:pass@` in the URL the customer gave (see `splitCredentials`). */
  credentials?: UrlCredentials | null;
};

/** A delivery not finished yet, as the queue persists it. */
export interface QueuedDelivery {
  delivery: Delivery;
  /** base64 `user:pass` sent as Basic auth: kept here, never in the log. */
  credentials: string | null;
  /** Real epoch ms before which the next attempt does not start (the real-time retry floor). */
  notBefore: number;
}

export interface OutboxState {
  queue: QueuedDelivery[];
}

export interface DeliveryOptions {
  /** How long an attempt waits for the receiver's answer (headers and the part of the body kept). Default 15 s. */
  timeoutMs?: number;
  /**
   * Real-time floor of the first retry; each later retry doubles it (5 s, 10 s, 20 s, 40 s by
   * default), so a receiver down for a minute still gets the delivery even at the default clock
   * speed, where the simulated backoff alone would pass in about two real seconds.
   */
  minRetryDelayMs?: number;
  /** Attempts before a delivery is given up. Default 5 (the first and one per RETRY_BACKOFF step). */
  maxAttempts?: number;
  /** Deliveries in flight at once, across every account of the simulator. Default 16. */
  concurrency?: number;
  /** How much of a response body the log keeps; the rest is not read. Default 8 KiB. */
  responseBodyBytes?: number;
}

/** Retry delays in simulated time after attempt 1, 2, 3, 4 (the last one repeats if maxAttempts asks for more). */
export const RETRY_BACKOFF = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR];
export const OUTBOX_RETRY = 'outbox.retry';
const MAX_LOG = 2000;
const MAX_FLOOR_MS = 10 * 60_000;

/**
 * Every delivery carries this header with a random value made once per process (never logged:
 * the log keeps the headers as signed, these are added on the wire). A request bearing it is one
 * of a simulator's own deliveries coming back; the server refuses it on `/_sim` (control-plane.ts).
 */
export const DELIVERY_MARKER_HEADER = 'X-A2P-Sim-Delivery';
/** How deep in a chain of the simulator's own deliveries this one is (1 = caused by no delivery). */
export const DELIVERY_HOPS_HEADER = 'X-A2P-Sim-Hops';
/** A delivery deeper than this is not sent: a sink pointed at its own `/Test` stops here. */
export const MAX_HOPS = 3;
const PROCESS_MARKER = randomBytes(18).toString('base64url');

export const DELIVERY_DEFAULTS: Required<DeliveryOptions> = {
  timeoutMs: 15_000,
  minRetryDelayMs: 5_000,
  maxAttempts: RETRY_BACKOFF.length + 1,
  concurrency: 16,
  responseBodyBytes: 8 * 1024,
};

/** Simulated backoff and real-time floor after `attempts` attempts. */
export function retryDelay(attempts: number, opts: Required<DeliveryOptions>): { simMs: number; realFloorMs: number } {
  const i = Math.max(0, attempts - 1);
  return {
    simMs: RETRY_BACKOFF[Math.min(i, RETRY_BACKOFF.length - 1)]!,
    realFloorMs: Math.min(opts.minRetryDelayMs * 2 ** Math.min(i, 30), Math.max(MAX_FLOOR_MS, opts.minRetryDelayMs)),
  };
}

/**
 * The simulator-wide side of deliveries: options, the cap on deliveries in flight, and which
 * request is being served. The hop count of the request being served travels in an
 * AsyncLocalStorage set by one middleware (control-plane.ts `deliveryGuard`) rather than being
 * plumbed through every face: deliveries are emitted deep inside lifecycles, CloudFran's in-process
 * Twilio client and transitions, and every one of them runs inside the request's async context.
 * Transitions fired by the clock's own timer run outside any request and start a new chain.
 */
export class DeliveryDispatcher {
  readonly options: Required<DeliveryOptions>;
  private readonly cause = new AsyncLocalStorage<{ hops: number }>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(opts: DeliveryOptions = {}) {
    const o = { ...DELIVERY_DEFAULTS };
    for (const [k, v] of Object.entries(opts) as Array<[keyof DeliveryOptions, number | undefined]>) {
      if (v === undefined) continue;
      if (!Number.isFinite(v) || v < 0 || ((k === 'maxAttempts' || k === 'concurrency' || k === 'timeoutMs') && v < 1)) {
        throw new Error(
          `Failed to configure deliveries: ${k} must be a ${k === 'minRetryDelayMs' || k === 'responseBodyBytes' ? 'non-negative' : 'positive'} number (got ${v}). Please fix the simulator's delivery options.`,
        );
      }
      o[k] = Math.floor(v);
    }
    this.options = o;
  }

  /** The per-process marker; only the outbox (on the wire) and the guard's tests need its value. */
  get marker(): string {
    return PROCESS_MARKER;
  }

  /** Runs `fn` (a request's handling) as caused by a delivery `hops` deep. */
  runCausedBy<T>(hops: number, fn: () => T): T {
    return this.cause.run({ hops }, fn);
  }

  /** Hops of the delivery that caused the request being served (0 when none). */
  currentHops(): number {
    return this.cause.getStore()?.hops ?? 0;
  }

  async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else this.active--;
  }
}

/**
 * `https://user:pass@host/path` → the URL without credentials (what is requested and signed: the
 * receiver never sees them in its URL) and the credentials, sent as Basic auth (Twilio supports
 * this form for callbacks: https://www.twilio.com/docs/usage/security#http-authentication).
 * An unparsable URL is returned as is; the outbox refuses it with a clear reason.
 */
export function splitCredentials(raw: string): { url: string; credentials: UrlCredentials | null } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { url: raw, credentials: null };
  }
  if (!u.username && !u.password) return { url: raw, credentials: null };
  const credentials = { username: safeDecode(u.username), password: safeDecode(u.password) };
  u.username = '';
  u.password = '';
  return { url: u.toString(), credentials };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** 127.0.0.0/8, localhost, ::1, 0.0.0.0 and the unspecified addresses, IPv4-mapped forms included. */
export function isLoopbackHost(hostname: string): boolean {
  let h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h.startsWith('::ffff:')) {
    h = h.slice(7);
    // new URL() writes a mapped IPv4 in hex: [::ffff:127.0.0.1] → [::ffff:7f00:1].
    const hex = /^([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(h);
    if (hex) {
      const first = parseInt(hex[1]!, 16) >> 8;
      return first === 127 || first === 0;
    }
  }
  if (/^(127|0)\.\d+\.\d+\.\d+$/.test(h)) return true;
  return h === '::1' || h === '::' || /^(0+:){7}0*1?$/.test(h);
}

/** `/_sim…` except the demo inbox, after the decoding a server could apply. */
export function isControlPath(pathname: string): boolean {
  let p = pathname;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  p = p.toLowerCase().replace(/\/{2,}/g, '/');
  return p.startsWith('/_sim') && !p.startsWith('/_sim/inbox/');
}

/** Why a delivery is not sent at all, or null when it may go. */
export function refusalOf(d: Pick<Delivery, 'url' | 'hops'>): string | null {
  const hops = d.hops ?? 1;
  if (hops > MAX_HOPS) {
    return `Failed to deliver: this delivery would be ${hops} hops deep in a chain of the simulator's own deliveries (${DELIVERY_HOPS_HEADER}), past the limit of ${MAX_HOPS}, so it was not sent to stop a loop. Please point the callback or sink at your own receiver rather than at the simulator's API.`;
  }
  let u: URL;
  try {
    u = new URL(d.url);
  } catch {
    return `Failed to deliver: "${d.url}" is not an absolute URL, so it was not sent. Please give an http(s) URL.`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `Failed to deliver: ${u.protocol} URLs are not delivered to, so it was not sent. Please give an http(s) URL.`;
  if (isLoopbackHost(u.hostname) && isControlPath(u.pathname)) {
    return `Failed to deliver: ${u.origin}${u.pathname} is the simulator's own control plane (/_sim on a loopback address), so it was refused without being sent. Please point the callback or sink at your own receiver (or at /_sim/inbox/… for the demo inbox).`;
  }
  return null;
}

function destinationOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'invalid:';
  }
}

interface Lane {
  items: QueuedDelivery[];
  running: boolean;
}

export class Outbox {
  readonly log: Delivery[];
  private readonly queue = new Map<string, QueuedDelivery>();
  /** One FIFO per destination (scheme://host:port), each with at most one delivery in flight. */
  private readonly lanes = new Map<string, Lane>();
  private inFlight = 0;
  private readonly controllers = new Set<AbortController>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private waiters: Array<() => void> = [];
  private readonly dispatcher: DeliveryDispatcher;

  constructor(
    private readonly world: World,
    private readonly fetchImpl: typeof fetch,
    log: Delivery[] = [],
    state?: OutboxState,
  ) {
    this.log = log;
    this.dispatcher = world.services.delivery ?? new DeliveryDispatcher();
    if (state) {
      // The log and the queue hold the same delivery objects; JSON made two copies of each, so the
      // queue's copy (the one that moves on) replaces the log's.
      const index = new Map(log.map((d, i) => [d.id, i]));
      for (const q of state.queue) {
        this.queue.set(q.delivery.id, q);
        const i = index.get(q.delivery.id);
        if (i !== undefined) log[i] = q.delivery;
      }
    } else {
      // A file written before the queue existed: its unfinished deliveries are in the log.
      for (const d of log) if (d.state === 'pending' || d.state === 'retrying') this.queue.set(d.id, { delivery: d, credentials: null, notBefore: 0 });
    }
    // After a restart, whatever was due (never attempted, or its retry already due) is sent now;
    // retries still waiting for their simulated time come back through their `outbox.retry` transition.
    const due = [...this.queue.values()].filter((q) => q.delivery.state === 'pending');
    if (due.length)
      queueMicrotask(() => {
        for (const q of due) this.push(q);
      });
  }

  get options(): Required<DeliveryOptions> {
    return this.dispatcher.options;
  }

  enqueue(input: NewDelivery): Delivery {
    // Callers that sign strip credentials first (the signature covers the URL the receiver sees);
    // this catches any other caller, so credentials never reach the log.
    const split = input.credentials === undefined ? splitCredentials(input.url) : { url: input.url, credentials: input.credentials };
    const headers = { ...input.headers };
    if (split.credentials) headers.Authorization = `Basic (redacted: ${split.credentials.username}:***)`;
    const delivery: Delivery = {
      id: `DL${String(this.world.nextSeq()).padStart(8, '0')}`,
      channel: input.channel,
      event: input.event,
      resourceSid: input.resourceSid ?? null,
      url: split.url,
      method: 'POST',
      headers,
      body: input.body,
      createdAt: this.world.now(),
      state: 'pending',
      attempts: [],
      nextAttemptAt: null,
      hops: this.dispatcher.currentHops() + 1,
      reason: null,
    };
    const credentials = split.credentials ? Buffer.from(`${split.credentials.username}:${split.credentials.password}`).toString('base64') : null;
    const queued: QueuedDelivery = { delivery, credentials, notBefore: 0 };
    this.log.push(delivery);
    this.world.changes?.logged(delivery);
    this.trimLog();
    this.queue.set(delivery.id, queued);
    this.world.changes?.queue(delivery.id);
    this.push(queued);
    return delivery;
  }

  /** Called by the `outbox.retry` transition when a retry becomes due on the simulated clock. */
  retryDue(id: string): void {
    const q = this.queue.get(id);
    if (q?.delivery.state !== 'retrying') return;
    q.delivery.state = 'pending';
    q.delivery.nextAttemptAt = null;
    this.world.changes?.delivery(q.delivery);
    this.push(q);
  }

  /**
   * Resolves once nothing is waiting to be sent: every delivery that is due, including a retry due
   * on the simulated clock that still waits for its real-time floor, has been attempted. Retries
   * scheduled in simulated time not reached yet do not count.
   */
  idle(): Promise<void> {
    if (this.lanes.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Deliveries due or in flight. */
  get pendingCount(): number {
    let n = this.inFlight;
    for (const lane of this.lanes.values()) n += lane.items.length;
    return n;
  }

  /** Deliveries not finished yet (due, in flight or waiting for a retry). */
  get unfinishedCount(): number {
    return this.queue.size;
  }

  snapshot(): OutboxState {
    return { queue: [...this.queue.values()] };
  }

  /** The queue's entry for a delivery not finished yet (the change tracker journals it). */
  queued(id: string): QueuedDelivery | undefined {
    return this.queue.get(id);
  }

  /** Stops sending: in-flight requests are aborted, floors stop waiting (the world is being dropped or the server stops). */
  close(): void {
    for (const c of this.controllers) c.abort();
    for (const s of this.sleepers) {
      clearTimeout(s.timer);
      s.resolve();
    }
    this.sleepers.clear();
  }

  private trimLog(): void {
    let excess = this.log.length - MAX_LOG;
    if (excess <= 0) return;
    // Oldest finished deliveries go first; an unfinished one stays visible until it is delivered or given up.
    const dropped: string[] = [];
    let write = 0;
    for (let read = 0; read < this.log.length; read++) {
      const d = this.log[read]!;
      if (excess > 0 && this.queue.get(d.id)?.delivery !== d) {
        excess--;
        dropped.push(d.id);
        continue;
      }
      this.log[write++] = d;
    }
    this.log.length = write;
    if (dropped.length) this.world.changes?.unlogged(dropped);
  }

  private push(q: QueuedDelivery): void {
    if (this.world.closed) return;
    const key = destinationOf(q.delivery.url);
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { items: [], running: false };
      this.lanes.set(key, lane);
    }
    lane.items.push(q);
    if (!lane.running) {
      lane.running = true;
      queueMicrotask(() => void this.drain(key, lane!));
    }
  }

  private async drain(key: string, lane: Lane): Promise<void> {
    try {
      while (lane.items.length && !this.world.closed) {
        const q = lane.items[0]!;
        const wait = q.notBefore - this.world.services.realNow();
        // Once the timer has run the floor is met, even under a replaced realNow that does not move.
        if (wait > 0) await this.sleep(wait);
        if (this.world.closed) break;
        lane.items.shift();
        this.inFlight++;
        try {
          await this.dispatcher.acquire();
          try {
            await this.attempt(q);
          } finally {
            this.dispatcher.release();
          }
        } finally {
          this.inFlight--;
        }
      }
    } finally {
      lane.running = false;
      if (lane.items.length === 0 || this.world.closed) this.lanes.delete(key);
      else {
        lane.running = true;
        queueMicrotask(() => void this.drain(key, lane));
      }
      if (this.lanes.size === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w();
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const s = {
        timer: setTimeout(
          () => {
            this.sleepers.delete(s);
            resolve();
          },
          Math.min(ms, 2 ** 31 - 1),
        ),
        resolve,
      };
      s.timer.unref();
      this.sleepers.add(s);
    });
  }

  private async attempt(q: QueuedDelivery): Promise<void> {
    const d = q.delivery;
    const at = this.world.now();
    const refusal = refusalOf(d);
    if (refusal) {
      d.attempts.push({ at, status: null, error: refusal, responseBody: null, durationMs: 0, refused: true });
      this.world.changes?.delivery(d);
      this.finish(q, 'failed', refusal);
      return;
    }
    const opts = this.options;
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    let responseBody: string | null = null;
    let truncated = false;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs);
    this.controllers.add(controller);
    try {
      const headers: Record<string, string> = { ...d.headers };
      // The log's placeholder is replaced by the real header (a file from before the queue kept the real one in the log: left as is).
      if (headers.Authorization?.startsWith('Basic (redacted')) delete headers.Authorization;
      if (q.credentials) headers.Authorization = `Basic ${q.credentials}`;
      headers[DELIVERY_MARKER_HEADER] = this.dispatcher.marker;
      headers[DELIVERY_HOPS_HEADER] = String(d.hops ?? 1);
      // Redirects are not followed: the next hop could be anywhere (the simulator's own /_sim
      // included) and would escape the checks above; a 3xx counts as a failed attempt.
      const res = await this.fetchImpl(d.url, { method: d.method, headers, body: d.body, signal: controller.signal, redirect: 'manual' });
      status = res.status;
      const read = await readCapped(res, opts.responseBodyBytes);
      responseBody = read.text;
      truncated = read.truncated;
      if (status >= 300 && status < 400) error = `Redirect${res.headers.get('location') ? ` to ${res.headers.get('location')}` : ''} not followed: deliveries go to the URL given.`;
    } catch (e) {
      if (timedOut) error = `Timed out after ${opts.timeoutMs} ms without a complete answer.`;
      else error = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
      // A 2xx whose body then stalled or broke is not a delivery: the receiver never finished answering.
      if (status !== null && status >= 200 && status < 300) status = null;
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
    // Aborted because the account was dropped or the simulator stopped: not an attempt that counts
    // (after a restart the delivery is sent again, with all its attempts still to go).
    if (this.world.closed) return;
    d.attempts.push({ at, status, error, responseBody, durationMs: Math.round(performance.now() - started), ...(truncated ? { responseTruncated: true } : {}) });
    this.world.changes?.delivery(d);
    this.world.changes?.queue(d.id);
    if (status !== null && status >= 200 && status < 300) {
      this.finish(q, 'delivered', null);
    } else if (d.attempts.length < opts.maxAttempts) {
      const { simMs, realFloorMs } = retryDelay(d.attempts.length, opts);
      d.state = 'retrying';
      d.nextAttemptAt = this.world.now() + simMs;
      q.notBefore = this.world.services.realNow() + realFloorMs;
      this.world.schedule(d.nextAttemptAt, OUTBOX_RETRY, { id: d.id });
      this.world.touch();
    } else {
      const last = status !== null ? `HTTP ${status}` : (error ?? 'no answer');
      this.finish(q, 'failed', `Gave up after ${d.attempts.length} attempt${d.attempts.length > 1 ? 's' : ''}; the last one got ${last.replace(/\.$/, '')}.`);
    }
  }

  private finish(q: QueuedDelivery, state: 'delivered' | 'failed', reason: string | null): void {
    const d = q.delivery;
    d.state = state;
    d.nextAttemptAt = null;
    d.reason = reason;
    this.queue.delete(d.id);
    this.world.changes?.delivery(d);
    this.world.changes?.queue(d.id);
    // An unfinished delivery is never trimmed from the log, but one restored from a file written
    // before that rule may have been: put it back so its end is recorded.
    if (!this.log.includes(d)) {
      this.log.push(d);
      this.world.changes?.logged(d);
      this.trimLog();
    }
    this.world.touch();
  }
}

/** Reads at most `cap` bytes of a response body, then cancels the rest (never buffered). */
async function readCapped(res: Response, cap: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: '', truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf-8'), truncated: false };
    const room = cap - size;
    if (value.byteLength > room) {
      if (room > 0) chunks.push(value.subarray(0, room));
      await reader.cancel().catch(() => {});
      return { text: Buffer.concat(chunks).toString('utf-8'), truncated: true };
    }
    chunks.push(value);
    size += value.byteLength;
  }
}
