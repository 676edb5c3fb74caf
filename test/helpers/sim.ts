import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { formatViolations, validateTwilioResponse } from '../../src/contract/twilio.js';
import { simHttpClient } from '../../src/sim/sdk-client.js';
import { startSimulator, type RunningSimulator, type StartOptions } from '../../src/sim/start.js';
import type { World } from '../../src/sim/engine/world.js';

export interface Exchange {
  method: string;
  url: string;
  status: number;
  body: unknown;
}

/**
 * A test account: a fresh AC SID in a running simulator, the official SDK pointed at it through
 * `simHttpClient`, and every response the SDK receives validated against the vendored spec
 * (a violation fails the call that received it).
 */
export interface TestAccount {
  sid: string;
  token: string;
  client: twilio.Twilio;
  world: World;
  exchanges: Exchange[];
  /** Basic auth header for raw requests. */
  auth: string;
  /** Raw HTTP against the simulator (paths like `/trusthub/v1/...`), validated like SDK calls unless `validate: false`. */
  request: (
    method: string,
    path: string,
    opts?: { form?: Record<string, string | string[]>; headers?: Record<string, string>; validate?: boolean },
  ) => Promise<{ status: number; body: any; text: string }>;
  advance: (seconds: number) => Promise<void>;
  settle: () => Promise<void>;
  /** Waits until the outbox has attempted every due delivery. */
  flush: () => Promise<void>;
}

export function newAccountSid(): string {
  return `AC${randomBytes(16).toString('hex')}`;
}

export function assertValid(ex: { method: string; url: string; status: number; body: unknown }): void {
  const result = validateTwilioResponse(ex);
  if (!result.ok) throw new Error(`Response violates the spec:\n${formatViolations(result)}\n${JSON.stringify(ex.body, null, 2).slice(0, 3000)}`);
}

export class TestSim {
  private constructor(readonly running: RunningSimulator) {}

  static async start(opts: StartOptions = {}): Promise<TestSim> {
    // Retries keep their simulated backoff (tests advance the clock) with a short real-time floor, so `flush()` waits milliseconds, not seconds.
    return new TestSim(await startSimulator({ port: 0, clock: { frozen: true }, delivery: { minRetryDelayMs: 20 }, ...opts }));
  }

  get url(): string {
    return this.running.url;
  }

  get sim() {
    return this.running.sim;
  }

  /** What a network client of the admin API sends: the token the simulator made (or was given) at start. */
  get adminHeaders(): Record<string, string> {
    return { authorization: `Bearer ${this.running.adminToken}` };
  }

  async account(sid = newAccountSid(), token = randomBytes(16).toString('hex')): Promise<TestAccount> {
    const exchanges: Exchange[] = [];
    const client = twilio(sid, token, {
      httpClient: simHttpClient(this.url, {
        onResponse: (ex) => {
          const body = ex.body ? JSON.parse(ex.body) : undefined;
          exchanges.push({ method: ex.method, url: ex.url, status: ex.status, body });
          assertValid({ method: ex.method, url: ex.url, status: ex.status, body });
        },
      }),
    });
    const auth = `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`;
    const base = this.url;
    const request: TestAccount['request'] = async (method, path, opts = {}) => {
      const form = opts.form ? new URLSearchParams() : undefined;
      for (const [k, v] of Object.entries(opts.form ?? {})) for (const item of Array.isArray(v) ? v : [v]) form!.append(k, item);
      const res = await fetch(base + path, {
        method,
        headers: { authorization: auth, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...(opts.headers ?? {}) },
        ...(form ? { body: form.toString() } : {}),
      });
      const text = await res.text();
      const body = text ? JSON.parse(text) : undefined;
      if (opts.validate !== false) assertValid({ method, url: base + path, status: res.status, body });
      return { status: res.status, body, text };
    };
    const control = async (path: string, body?: unknown) => {
      const res = await fetch(`${base}/_sim${path}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
      if (!res.ok) throw new Error(`control ${path} failed: ${res.status} ${await res.text()}`);
    };
    // Provision the account with its token now (first use), so `world` exists.
    await request('GET', `/api/2010-04-01/Accounts/${sid}.json`);
    const world = this.sim.findWorld(sid)!;
    return {
      sid,
      token,
      client,
      world,
      exchanges,
      auth,
      request,
      advance: (seconds) => control('/clock/advance', { seconds }),
      settle: () => control('/clock/advance', { until: 'settled' }),
      flush: () => control('/deliveries/flush'),
    };
  }

  close(): Promise<void> {
    return this.running.close();
  }
}
