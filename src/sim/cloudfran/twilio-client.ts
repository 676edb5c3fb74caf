import type { World } from '../engine/world.js';
import { IN_PROCESS_ENV } from '../log.js';
import { CloudFranError } from './http.js';

/** What the client needs of the app: Hono's `app.request`, so requests never leave the process. */
export interface InProcessApp {
  request(path: string, init: RequestInit, env: unknown): Response | Promise<Response>;
}

export type TwilioForm = Record<string, string | number | boolean | string[] | undefined>;

/** Twilio's error body (api 2010 and the v1/v2 products share it). */
interface TwilioErrorBody {
  code?: number;
  message?: string;
  status?: number;
  more_info?: string;
}

function encodeForm(form: TwilioForm): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.append(k, String(item));
  }
  return out.toString();
}

/**
 * The error CloudFran's backend gives its tenant when Twilio refuses a request: Twilio's 4xx are
 * the tenant's input or state (a 400 naming Twilio's code, so support can look it up), a 404 is
 * "not found", Twilio refusing CloudFran's credentials (401/403) and anything else is CloudFran's own failure (500), never Twilio's body verbatim.
 */
export function toCloudFranError(status: number, body: TwilioErrorBody | undefined, method: string, path: string): TwilioCallError {
  const code = body?.code;
  const why = body?.message ?? `Twilio answered ${status}`;
  const refusal: TwilioRefusal = { status, code: code ?? null, message: why };
  if (status === 404) return new TwilioCallError(404, 'not_found', why, refusal);
  if (status === 409) return new TwilioCallError(409, 'conflict', why, refusal);
  // Twilio refusing CloudFran's own credentials is CloudFran's failure, not the tenant's input.
  if (status === 401 || status === 403) return new TwilioCallError(500, 'upstream_error', `Failed to call Twilio (${method} ${path}): ${why}. Please contact CloudFran support.`, refusal);
  if (status >= 400 && status < 500) return new TwilioCallError(400, code ? `twilio_${code}` : 'invalid_request', why, refusal);
  return new TwilioCallError(500, 'upstream_error', `Failed to call Twilio (${method} ${path}): ${why}. Please retry later.`, refusal);
}

/** What Twilio answered when it refused a call: a flow that knows better maps it onto its own error (a field, a state). */
export interface TwilioRefusal {
  status: number;
  code: number | null;
  message: string;
}

/** CloudFran's error for a refused Twilio call, keeping Twilio's answer for the flow that made the call. */
export class TwilioCallError extends CloudFranError {
  constructor(
    status: CloudFranError['status'],
    error: string,
    message: string,
    readonly twilio: TwilioRefusal,
  ) {
    super(status, error, message);
  }
  /** Twilio's words with its code, as CloudFran quotes them to the tenant: `… (Twilio error 21717)`. */
  get quoted(): string {
    return `${this.twilio.message} (Twilio error ${this.twilio.code ?? this.twilio.status})`;
  }
  /** Twilio's 4xx on the tenant's input or state (not CloudFran's credentials): the cases a flow may word for the tenant. */
  get isTenantInput(): boolean {
    return this.twilio.status >= 400 && this.twilio.status < 500 && this.twilio.status !== 401 && this.twilio.status !== 403;
  }
}

/**
 * CloudFran's backend talks to Twilio with each tenant's own Account SID and Auth Token; this
 * client does the same through the simulator's app in process, so a CloudFran brand or number is
 * made by the Twilio face's own validation and rules rather than a second copy of them.
 * Requests carry IN_PROCESS_ENV as their Hono env: the per-account request log and the store's
 * per-request commit skip them, so the tenant's log shows only the calls the tenant made itself.
 */
export class TwilioClient {
  private readonly auth: string;

  constructor(
    readonly app: InProcessApp,
    readonly accountSid: string,
    authToken: string,
  ) {
    this.auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  }

  static forTenant(app: InProcessApp, world: World): TwilioClient {
    return new TwilioClient(app, world.accountSid, world.authToken);
  }

  /** `{AccountSid}` in the path is this tenant's account (API 2010 paths). */
  async request<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'DELETE', path: string, form?: TwilioForm): Promise<T> {
    const url = path.replace('{AccountSid}', this.accountSid);
    const res = await this.app.request(
      url,
      {
        method,
        headers: { authorization: this.auth, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(form ? { body: encodeForm(form) } : {}),
      },
      IN_PROCESS_ENV,
    );
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (!res.ok) throw toCloudFranError(res.status, body as TwilioErrorBody | undefined, method, url);
    return body as T;
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** A GET where "gone" is an answer, not an error (a bundle the tenant deleted through Twilio). */
  async find<T = Record<string, unknown>>(path: string): Promise<T | undefined> {
    try {
      return await this.request<T>('GET', path);
    } catch (e) {
      if (e instanceof TwilioCallError && e.twilio.status === 404) return undefined;
      throw e;
    }
  }

  post<T = Record<string, unknown>>(path: string, form: TwilioForm): Promise<T> {
    return this.request<T>('POST', path, form);
  }

  delete(path: string): Promise<void> {
    return this.request<void>('DELETE', path);
  }
}
