/**
 * The seeder's HTTP client: every resource it makes goes through the simulator's own routes (the
 * Twilio faces, the CloudFran face, the control plane), in process, with the same validation,
 * lifecycles and serialisers as any client's request.
 */
export type Requester = (path: string, init: RequestInit) => Promise<Response>;

export type Form = Record<string, string | number | boolean | string[] | undefined>;

function encodeForm(form: Form): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.append(k, String(item));
  }
  return out.toString();
}

async function read(method: string, path: string, res: Response, who: string): Promise<any> {
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if (!res.ok) {
    const why = body && typeof body === 'object' ? (body.message ?? JSON.stringify(body)) : text;
    throw new Error(`Failed to seed ${who}: ${method} ${path} answered ${res.status}: ${why}. Please report this as a bug of the seeder.`);
  }
  return body;
}

/** One account's credentials on the Twilio faces and its `/_sim` control plane. */
export class AccountClient {
  private readonly auth: string;

  constructor(
    private readonly request: Requester,
    readonly accountSid: string,
    authToken: string,
    private readonly who: string,
  ) {
    this.auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  }

  /** A Twilio request (form-encoded); waits until what it emitted has been attempted, so seeding stays in order. */
  async twilio(method: 'GET' | 'POST' | 'DELETE', path: string, form?: Form): Promise<any> {
    const path2010 = path.replace('{AccountSid}', this.accountSid);
    const res = await this.request(path2010, {
      method,
      headers: { authorization: this.auth, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: encodeForm(form) } : {}),
    });
    const body = await read(method, path2010, res, this.who);
    if (method !== 'GET') await this.flush();
    return body;
  }

  /** A `/_sim` control-plane call for this account (clock, overrides). */
  async control(path: string, body: unknown = {}): Promise<any> {
    const res = await this.request(`/_sim${path}`, { method: 'POST', headers: { authorization: this.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return read('POST', `/_sim${path}`, res, this.who);
  }

  async advance(seconds: number): Promise<void> {
    await this.control('/clock/advance', { seconds });
    await this.flush();
  }

  async settle(): Promise<void> {
    await this.control('/clock/advance', { until: 'settled' });
    await this.flush();
  }

  /** Forces the next decision on a resource, with the reason a reviewer would give. */
  async force(sid: string, outcome: string, extra: { reason?: string; code?: number; fields?: string[] } = {}): Promise<void> {
    await this.control('/overrides', { sid, outcome, ...extra });
  }

  /** Waits for the outbox: deliveries are attempted before the clock moves on, so their order and times are reproducible. */
  async flush(): Promise<void> {
    await this.control('/deliveries/flush');
  }
}

/** A CloudFran tenant's client: `X-API-Key` + `X-Tenant-Id` on `/api/v1/twilio`. */
export class TenantClient {
  constructor(
    private readonly request: Requester,
    private readonly apiKey: string,
    readonly tenantId: string,
    private readonly after: () => Promise<void>,
  ) {}

  async call(method: 'GET' | 'POST' | 'PUT', path: string, json?: unknown): Promise<any> {
    const full = `/api/v1/twilio${path}`;
    const res = await this.request(full, {
      method,
      headers: { 'x-api-key': this.apiKey, 'x-tenant-id': this.tenantId, ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
    const body = await read(method, full, res, `tenant ${this.tenantId}`);
    if (method !== 'GET') await this.after();
    return body;
  }
}
