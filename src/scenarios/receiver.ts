import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a scenario's receiver got: what `waitFor` filters and checks. */
export interface ReceivedRequest {
  /** Order of arrival, from 1. */
  seq: number;
  method: string;
  /** Path and query as sent, e.g. `/cp` or `/events?bodySHA256=…`. */
  path: string;
  /** The full URL the sender called (the public URL when one is configured), as it signed it. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Form fields of an `application/x-www-form-urlencoded` body (last value wins). */
  form: Record<string, string>;
  /** The parsed body when it is JSON. */
  json: unknown;
}

/**
 * The local webhook receiver a scenario gets (loopback only; exposed to steps as `${receiver.url}`).
 * Status callbacks, Event Streams and CloudFran webhooks all land here and are kept in order.
 * With `publicUrl` (a tunnel to this port, for a live target) URLs handed out use that base.
 */
export class ScenarioReceiver {
  readonly received: ReceivedRequest[] = [];
  private server: Server | undefined;
  private listeners = new Set<() => void>();
  private localUrl = '';

  private constructor(private readonly publicUrl: string | undefined) {}

  static async start(opts: { publicUrl?: string; port?: number } = {}): Promise<ScenarioReceiver> {
    const r = new ScenarioReceiver(opts.publicUrl?.replace(/\/$/, ''));
    await r.listen(opts.port ?? 0);
    return r;
  }

  get url(): string {
    return this.publicUrl ?? this.localUrl;
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf-8');
        const type = String(req.headers['content-type'] ?? '');
        let json: unknown;
        if (type.includes('json') || /^\s*[[{]/.test(body)) {
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
        }
        const path = req.url ?? '/';
        this.received.push({
          seq: this.received.length + 1,
          method: req.method ?? 'GET',
          path,
          url: this.url + path,
          headers: req.headers,
          body,
          form: type.startsWith('application/x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(body)) : {},
          json,
        });
        res.statusCode = 200;
        res.end('ok');
        for (const l of [...this.listeners]) l();
      });
    });
    return new Promise((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => {
        this.localUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }

  /**
   * Resolves when `ready()` holds (checked now and on every arrival), or false after `timeoutMs`
   * of real time. Real time is right here: this waits for another process's HTTP request.
   */
  waitFor(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    if (ready()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(ok);
      };
      const listener = () => {
        if (ready()) done(true);
      };
      const timer = setTimeout(() => done(ready()), timeoutMs);
      this.listeners.add(listener);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
