import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** The full URL the sender called, as it signs it. */
  url: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  form: Record<string, string>;
}

/**
 * A local webhook receiver (loopback only) that records what it receives and answers with the
 * next status of `statuses` (then 200), so tests can make the first deliveries fail.
 */
export class Receiver {
  readonly received: Received[] = [];
  private server: Server | undefined;
  private statuses: number[] = [];
  url = '';

  static async start(): Promise<Receiver> {
    const r = new Receiver();
    await r.listen();
    return r;
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf-8');
        const isForm = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
        this.received.push({
          method: req.method ?? 'GET',
          url: `${this.url}${(req.url ?? '/').replace(/^\//, '/')}`.replace(/(?<!:)\/\//, '/'),
          path: req.url ?? '/',
          headers: req.headers,
          body,
          form: isForm ? Object.fromEntries(new URLSearchParams(body)) : {},
        });
        res.statusCode = this.statuses.shift() ?? 200;
        res.end('ok');
      });
    });
    return new Promise((resolve) => {
      this.server!.listen(0, '127.0.0.1', () => {
        this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }

  /** The next responses' statuses, e.g. `[500, 503]` to fail two deliveries. */
  respondWith(...statuses: number[]): void {
    this.statuses.push(...statuses);
  }

  at(path: string): string {
    return `${this.url}${path}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
