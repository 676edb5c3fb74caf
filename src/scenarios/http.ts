import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ContractResult, ExchangeRecord } from '../contract/report.js';
import { createApp } from '../sim/server.js';
import type { RunningSimulator } from '../sim/start.js';
import { checkTwilio, type BirdContract, type CloudFranContract } from './contract-check.js';
import { StepError } from './expectations.js';
import type { FilePart } from './format.js';
import { birdBase, type Target } from './target.js';

/**
 * The runner's HTTP: bodies encoded as the official clients send them, every exchange recorded
 * (credentials redacted, long bodies clipped) with its contract check.
 */

const MAX_BODY = 20_000;

/** What sending a request needs: how to fetch, where the target is, and the validators of the documents the faces publish. */
export interface ExchangeContext {
  fetch: typeof fetch;
  target: Target;
  cloudfran: CloudFranContract;
  bird: BirdContract;
}

function redact(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'authorization' && /^basic /i.test(v)) {
      const user = Buffer.from(v.slice(6), 'base64').toString('utf8').split(':')[0];
      out[k] = `Basic ${user}:***`;
    } else if (k.toLowerCase() === 'authorization' && /^accesskey /i.test(v)) out[k] = `AccessKey ${v.slice(10, 16)}***`;
    else if (k.toLowerCase() === 'x-api-key') out[k] = `${v.slice(0, 8)}***`;
    else out[k] = v;
  }
  return out;
}

function clip(text: string | null): string | null {
  if (text === null || text.length <= MAX_BODY) return text;
  return `${text.slice(0, MAX_BODY)}… (${text.length - MAX_BODY} more characters)`;
}

export function encodeForm(form: Record<string, unknown>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    if (v === undefined || v === null) continue;
    // twilio-node: arrays as repeated keys, objects JSON-encoded into one field (FIDELITY §1).
    if (Array.isArray(v)) for (const item of v) out.append(k, typeof item === 'object' ? JSON.stringify(item) : String(item));
    else if (typeof v === 'object') out.append(k, JSON.stringify(v));
    else out.append(k, String(v));
  }
  return out;
}

/**
 * A multipart/form-data body as curl's `-F` sends it (seed 001 uploads `File=@…`). Built by hand
 * as text so the report can show it; file contents are latin1 bytes, so binary survives.
 */
export function encodeMultipart(parts: Record<string, unknown>): { body: string; contentType: string } {
  const boundary = `----a2p-sim-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24)}`;
  let body = '';
  for (const [name, value] of Object.entries(parts)) {
    if (value === undefined || value === null) continue;
    const file = (value as { $file?: FilePart['$file'] }).$file;
    if (file && typeof value === 'object' && !Array.isArray(value)) {
      const bytes = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : file.text !== undefined ? Buffer.from(file.text, 'utf8') : Buffer.alloc(file.size ?? 1024, 7);
      body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n${bytes.toString('latin1')}\r\n`;
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = Buffer.from(typeof item === 'object' ? JSON.stringify(item) : String(item), 'utf8').toString('latin1');
      body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${text}\r\n`;
    }
  }
  body += `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export function withQuery(url: string, query: Record<string, unknown> | undefined): string {
  if (!query) return url;
  const u = new URL(url);
  for (const [k, v] of Object.entries(query)) for (const item of Array.isArray(v) ? v : [v]) u.searchParams.append(k, String(item));
  return u.toString();
}

function headersOf(res: Response): Record<string, string> {
  return Object.fromEntries(res.headers);
}

/** One request/response of a step, with the contract check done. */
export async function exchange(ctx: ExchangeContext, api: ExchangeRecord['api'], method: string, url: string, headers: Record<string, string>, body: string | undefined): Promise<ExchangeRecord> {
  const started = performance.now();
  let res: Response;
  try {
    // Multipart bodies are built as latin1 text (one char per byte): send those bytes, not their UTF-8.
    const multipart = Object.entries(headers).some(([k, v]) => k.toLowerCase() === 'content-type' && v.startsWith('multipart/'));
    const payload = body === undefined ? undefined : multipart ? Buffer.from(body, 'latin1') : body;
    res = await ctx.fetch(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}), signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
    throw new StepError({ kind: 'error', message: `${method} ${url} failed: ${cause}` });
  }
  const text = await res.text();
  const record: ExchangeRecord = {
    api,
    method,
    url,
    requestHeaders: redact(headers),
    requestBody: clip(body ?? null),
    status: res.status,
    responseHeaders: headersOf(res),
    responseBody: clip(text),
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  let contract: ContractResult | undefined;
  if (api === 'twilio') contract = checkTwilio(method, url, res.status, text);
  else if (api === 'cloudfran') contract = await ctx.cloudfran.check(ctx.target.url, method, url, res.status, text);
  else if (api === 'bird') contract = await ctx.bird.check(birdBase(ctx.target), method, url, res.status, text);
  if (contract) record.contract = contract;
  return record;
}

/**
 * The embedded simulator's requests go straight to its app, the same Hono pipeline its port serves,
 * without a socket in between: a journey of a hundred requests then costs a few milliseconds of
 * HTTP instead of a few hundred. Webhooks still travel over loopback to the receivers, and
 * `--target` (or `transport: 'http'`) exercises the network path.
 */
export function inProcessFetch(running: RunningSimulator, fallback: typeof fetch): typeof fetch {
  const app = createApp(running.sim);
  const base = `${running.url}/`;
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    return url.startsWith(base) ? Promise.resolve(app.fetch(new Request(input, init))) : fallback(input, init);
  }) as typeof fetch;
}
