/**
 * An `httpClient` for the official `twilio` npm SDK that sends every request to the simulator:
 *
 *   new Twilio(accountSid, authToken, { httpClient: simHttpClient('http://127.0.0.1:4010') })
 *
 * The SDK builds real URLs (`https://trusthub.twilio.com/v1/...`); this client maps the host to the
 * simulator's path prefix (`/trusthub/v1/...`), so resource URLs and paging links that the simulator
 * returns on the real hosts flow back through the same client. Bodies are encoded as twilio-node's
 * own RequestClient does (form-urlencoded, arrays as repeated keys).
 */
export interface SdkRequest {
  method: string;
  uri: string;
  username?: string;
  password?: string;
  authStrategy?: { getAuthString(): Promise<string> };
  headers?: Record<string, string>;
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
  timeout?: number;
}

export interface SdkResponse {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

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

export function simHttpClient(baseUrl: string, opts: SimHttpClientOptions = {}) {
  const fetchImpl = opts.fetch ?? fetch;
  return {
    lastResponse: undefined as SdkResponse | undefined,
    async request(req: SdkRequest): Promise<SdkResponse> {
      const url = new URL(toSimUrl(baseUrl, req.uri));
      const query = encode(req.params as Record<string, unknown> | undefined);
      if (query) url.search = url.search ? `${url.search}&${query}` : `?${query}`;
      const headers: Record<string, string> = { ...(req.headers ?? {}) };
      if (req.authStrategy) headers.Authorization = await req.authStrategy.getAuthString();
      else if (req.username) headers.Authorization = `Basic ${Buffer.from(`${req.username}:${req.password ?? ''}`).toString('base64')}`;
      const method = req.method.toUpperCase();
      const body = method === 'GET' || method === 'DELETE' ? undefined : encode(req.data);
      if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
      const res = await fetchImpl(url, { method, headers, ...(body !== undefined ? { body } : {}), ...(req.timeout ? { signal: AbortSignal.timeout(req.timeout) } : {}) });
      const text = await res.text();
      const out: SdkResponse = { statusCode: res.status, body: text, headers: Object.fromEntries(res.headers) };
      this.lastResponse = out;
      opts.onResponse?.({ method, url: url.toString(), twilioUrl: req.uri, status: res.status, body: text, requestBody: body });
      return out;
    },
  };
}
