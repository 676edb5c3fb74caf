import { MINUTE, HOUR } from '../wire/dates.js';
import type { World } from './world.js';

/**
 * Everything that leaves a world (status callbacks, Event Streams, CloudFran webhooks) goes through
 * its outbox: signed when enqueued, sent in order by one sender, retried with backoff on the
 * simulated clock, and every attempt kept in the delivery log.
 */
export type DeliveryChannel = 'status-callback' | 'event-stream' | 'webhook';

export interface DeliveryAttempt {
  /** Simulated time of the attempt. */
  at: number;
  /** HTTP status, or null when the request failed (connection refused, timeout). */
  status: number | null;
  error: string | null;
  responseBody: string | null;
  durationMs: number;
}

export interface Delivery {
  id: string;
  channel: DeliveryChannel;
  /** e.g. `twilio-approved`, `com.twilio.messaging...brand-registered`, `phone_number.purchased`. */
  event: string;
  /** The resource the delivery is about, for the delivery log and the dashboard. */
  resourceSid: string | null;
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  createdAt: number;
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  nextAttemptAt: number | null;
}

export type NewDelivery = Pick<Delivery, 'channel' | 'event' | 'url' | 'headers' | 'body'> & { resourceSid?: string | null };

/** Retry delays in simulated time after attempt 1, 2, 3, 4; then the delivery is marked failed. */
export const RETRY_BACKOFF = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR];
export const OUTBOX_RETRY = 'outbox.retry';
const SEND_TIMEOUT_MS = 5000;
const MAX_LOG = 2000;

export class Outbox {
  readonly log: Delivery[];
  private readonly ready: Delivery[] = [];
  private sending = false;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly world: World,
    private readonly fetchImpl: typeof fetch,
    log: Delivery[] = [],
  ) {
    this.log = log;
    // After a restart, whatever had not been attempted yet is sent now.
    for (const d of log) if (d.state === 'pending') this.ready.push(d);
  }

  enqueue(input: NewDelivery): Delivery {
    const delivery: Delivery = {
      id: `DL${String(this.world.nextSeq()).padStart(8, '0')}`,
      channel: input.channel,
      event: input.event,
      resourceSid: input.resourceSid ?? null,
      url: input.url,
      method: 'POST',
      headers: input.headers,
      body: input.body,
      createdAt: this.world.now(),
      state: 'pending',
      attempts: [],
      nextAttemptAt: null,
    };
    this.log.push(delivery);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    this.ready.push(delivery);
    queueMicrotask(() => void this.pump());
    return delivery;
  }

  /** Called by the `outbox.retry` transition when a retry becomes due on the simulated clock. */
  retryDue(id: string): void {
    const d = this.log.find((x) => x.id === id);
    if (!d || d.state !== 'retrying') return;
    d.state = 'pending';
    d.nextAttemptAt = null;
    this.ready.push(d);
    queueMicrotask(() => void this.pump());
  }

  /** Resolves once nothing is waiting to be sent (retries scheduled in the future do not count). */
  idle(): Promise<void> {
    if (!this.sending && this.ready.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get pendingCount(): number {
    return this.ready.length;
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (let d = this.ready.shift(); d; d = this.ready.shift()) {
        if (this.world.closed) break;
        await this.attempt(d);
      }
    } finally {
      this.sending = false;
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }

  private async attempt(d: Delivery): Promise<void> {
    const at = this.world.now();
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    let responseBody: string | null = null;
    try {
      const res = await this.fetchImpl(d.url, {
        method: d.method,
        headers: d.headers,
        body: d.body,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      status = res.status;
      responseBody = (await res.text()).slice(0, 2000);
    } catch (e) {
      error = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    }
    d.attempts.push({ at, status, error, responseBody, durationMs: Math.round(performance.now() - started) });
    if (status !== null && status >= 200 && status < 300) {
      d.state = 'delivered';
    } else if (d.attempts.length <= RETRY_BACKOFF.length) {
      d.state = 'retrying';
      d.nextAttemptAt = this.world.now() + RETRY_BACKOFF[d.attempts.length - 1]!;
      this.world.schedule(d.nextAttemptAt, OUTBOX_RETRY, { id: d.id });
    } else {
      d.state = 'failed';
    }
    this.world.touch();
  }
}
