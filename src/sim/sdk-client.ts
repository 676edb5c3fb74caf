import { createRequire } from 'node:module';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
/** The SDK's response type, as its RequestClient declares `request` to return it. */
type Response<T> = Awaited<ReturnType<RequestClient['request']>> & { body: T };

/**
 * An `httpClient` for the official `twilio` npm SDK that sends every request to the simulator:
 *
 *   twilio(accountSid, authToken, { httpClient: simHttpClient('http://127.0.0.1:4010') })
 *
 * The SDK builds real URLs (`https://trusthub.twilio.com/v1/...`); this client maps the host to the
 * simulator's path prefix (`/trusthub/v1/...`), so resource URLs and paging links that the simulator
 * returns on the real hosts flow back through the same client. Bodies are encoded as twilio-node's
 * own RequestClient does (form-urlencoded, arrays as repeated keys).
 *
 * It is a subclass of the SDK's own `RequestClient` (loaded from the application's `twilio`, an
 * optional peer dependency), so `httpClient: simHttpClient(url)` type-checks under `tsc --strict`
 * with no cast: the SDK's class has private members, which no structural look-alike can match.
 */
export type SdkRequest = RequestClient.RequestOptions<Record<string, unknown>, Record<string, unknown>>;

export interface SimHttpClientOptions {
  /** Sees every exchange (tests validate each response against the spec here). */
  onResponse?: (exchange: { method: string; url: string; twilioUrl: string; status: number; body: string; requestBody: string | undefined }) => void;
  fetch?: typeof fetch;
}

function encode(data: Record<string, unknown> | undefined): string | undefined {
  if (!data) return undefined;
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, String(item));
  }
  return form.toString();
}

/** `https://trusthub.twilio.com/v1/X?y` → `<base>/trusthub/v1/X?y`; URLs already on the simulator pass through. */
export function toSimUrl(baseUrl: string, uri: string): string {
  const u = new URL(uri);
  const m = /^([a-z-]+)(?:\.[a-z0-9-]+)*\.twilio\.com$/.exec(u.hostname);
  if (!m) return uri;
  return `${baseUrl.replace(/\/$/, '')}/${m[1]}${u.pathname}${u.search}`;
}

type RequestClientClass = typeof RequestClient;
let Base: RequestClientClass | undefined;

/** The application's `twilio` package, loaded on first use so that a2p-sim works without it. */
function requestClientClass(): RequestClientClass {
  if (!Base) {
    try {
      Base = createRequire(import.meta.url)('twilio/lib/base/RequestClient.js') as RequestClientClass;
    } catch (e) {
      throw new Error(`Failed to create the simulator's HTTP client: the twilio package could not be loaded (${(e as Error).message.split('\n')[0]}). Please npm install twilio.`);
    }
  }
  return Base;
}

export function simHttpClient(baseUrl: string, opts: SimHttpClientOptions = {}): RequestClient {
  const fetchImpl = opts.fetch ?? fetch;
  class SimRequestClient extends requestClientClass() {
    override async request<TData>(req: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
      const url = new URL(toSimUrl(baseUrl, req.uri));
      const query = encode(req.params as Record<string, unknown> | undefined);
      if (query) url.search = url.search ? `${url.search}&${query}` : `?${query}`;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = String(v);
      if (req.authStrategy) headers.Authorization = await req.authStrategy.getAuthString();
      else if (req.username) headers.Authorization = `Basic ${Buffer.from(`${req.username}:${req.password ?? ''}`).toString('base64')}`;
      const method = req.method.toUpperCase();
      const body = method === 'GET' || method === 'DELETE' ? undefined : encode(req.data as Record<string, unknown> | undefined);
      if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
      const res = await fetchImpl(url, { method, headers, ...(body !== undefined ? { body } : {}), ...(req.timeout ? { signal: AbortSignal.timeout(req.timeout) } : {}) });
      const text = await res.text();
      // The SDK parses `body` itself (it receives a string from its own axios client too).
      const out: Response<TData> = { statusCode: res.status, body: text as TData, headers: Object.fromEntries(res.headers), toString: () => `HTTP ${res.status} ${text}` };
      this.lastResponse = out;
      opts.onResponse?.({ method, url: url.toString(), twilioUrl: req.uri, status: res.status, body: text, requestBody: body });
      return out;
    }
  }
  return new SimRequestClient();
}
