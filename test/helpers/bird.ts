import { randomUUID } from 'node:crypto';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import type { TestSim } from './sim.js';

/** The Bird face's own contract (its schemas refuse fields they do not declare; optional fields stay optional): every response a Bird test reads is checked against it. */
export async function birdValidator(sim: TestSim): Promise<ReturnType<typeof createResponseValidator>> {
  return createResponseValidator(await (await fetch(`${sim.url}/bird/openapi.json`)).json(), { strictFields: false });
}

export interface BirdAnswer {
  status: number;
  body: any;
}

/** A Bird workspace of a fresh access key, reached over HTTP as a client would (`Authorization: AccessKey`). */
export class BirdWorkspace {
  readonly key = `ak_${randomUUID()}`;
  readonly headers: Record<string, string>;
  organizationId = '';

  private constructor(
    private readonly sim: TestSim,
    private readonly validator: ReturnType<typeof createResponseValidator>,
    readonly id: string,
    key?: string,
  ) {
    if (key) this.key = key;
    this.headers = { Authorization: `AccessKey ${this.key}` };
  }

  /** Provisions the workspace (its first request) and reads its organizationId. */
  static async open(sim: TestSim, validator: ReturnType<typeof createResponseValidator>, opts: { id?: string; key?: string } = {}): Promise<BirdWorkspace> {
    const ws = new BirdWorkspace(sim, validator, opts.id ?? randomUUID(), opts.key);
    ws.organizationId = (await ws.call('GET', `/workspaces/${ws.id}`)).body.organizationId;
    return ws;
  }

  /** A request to the Bird face; its answer must be valid against /bird/openapi.json (status and body). */
  async call(method: string, path: string, body?: unknown): Promise<BirdAnswer> {
    const res = await fetch(`${this.sim.url}/bird${path}`, {
      method,
      headers: { ...this.headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    const result = this.validator.validate({ method, path: path.split('?')[0]!, status: res.status, body: json });
    if (!result.ok) throw new Error(`${method} ${path} -> ${res.status}: ${formatViolations(result)}\n${text.slice(0, 500)}`);
    return { status: res.status, body: json };
  }

  /** A `/_sim` control-plane request addressed to this workspace. */
  async control(path: string, body: unknown = {}, method = 'POST'): Promise<BirdAnswer> {
    const res = await fetch(`${this.sim.url}/_sim${path}`, {
      method,
      headers: { ...this.headers, 'X-Bird-Workspace-Id': this.id, 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async settle(): Promise<void> {
    const r = await this.control('/clock/advance', { until: 'settled' });
    if (r.status !== 200) throw new Error(`Failed to settle the workspace clock: ${r.status} ${JSON.stringify(r.body)}`);
  }

  async advance(seconds: number): Promise<void> {
    const r = await this.control('/clock/advance', { seconds });
    if (r.status !== 200) throw new Error(`Failed to advance the workspace clock: ${r.status} ${JSON.stringify(r.body)}`);
  }

  async flush(): Promise<void> {
    await this.control('/deliveries/flush');
  }

  /** The wallet balance in micro-USD. */
  async balance(): Promise<number> {
    return (await this.call('GET', `/workspaces/${this.id}/wallet`)).body.balance.amount;
  }
}

export const BRAND = {
  entityType: 'PRIVATE_PROFIT',
  displayName: 'ABC Mobile',
  companyName: 'ABC Inc.',
  ein: '12-3456789',
  einIssuingCountry: 'US',
  phone: '+12024567890',
  street: '123 6th Ave',
  city: 'New York',
  state: 'NY',
  postalCode: '10001',
  country: 'US',
  email: 'johndoe@abc.com',
  website: 'https://example.com',
  vertical: 'RETAIL',
};

export const CAMPAIGN = {
  name: 'Order updates',
  usecase: 'CUSTOMER_CARE',
  description: 'Order status and delivery notifications for ABC Mobile customers who opt in at checkout.',
  embeddedLink: false,
  embeddedPhone: false,
  samples: ['ABC Mobile: your order 1234 has shipped. Reply STOP to opt out.', 'ABC Mobile: your order 1234 was delivered. Reply HELP for help.'],
  messageFlow: 'Customers opt in by ticking an unticked box at checkout on https://example.com/checkout, which states message frequency and that STOP opts out.',
  helpMessage: 'ABC Mobile: help at support@abc.com. Reply STOP to opt out.',
  optoutMessage: 'ABC Mobile: you are unsubscribed.',
  optinMessage: 'ABC Mobile: you are subscribed to order updates. Reply STOP to opt out.',
  optoutKeywords: 'STOP,UNSUBSCRIBE',
  helpKeywords: 'HELP',
  optinKeywords: 'START',
  termsAndConditions: true,
};

/**
 * Checks a delivered webhook body against the `webhooks` section of /bird/openapi.json (the event named in
 * the body picks the schema) and returns it parsed; throws naming the violations.
 */
export async function birdEventValidator(sim: TestSim): Promise<(body: string) => BirdEvent> {
  const doc = (await (await fetch(`${sim.url}/bird/openapi.json`)).json()) as { webhooks: Record<string, { post: { requestBody: { content: unknown } } }>; components: unknown };
  // Each event becomes a path whose 200 response is the event's body, so the response validator can judge it.
  const paths = Object.fromEntries(
    Object.entries(doc.webhooks).map(([event, item]) => [`/${event}`, { post: { operationId: event, responses: { 200: { description: event, content: item.post.requestBody.content } } } }]),
  );
  const validator = createResponseValidator({ openapi: '3.1.0', paths, components: doc.components }, { strictFields: false });
  return (body: string) => {
    const json = JSON.parse(body) as BirdEvent;
    const result = validator.validate({ method: 'POST', path: `/${json.event}`, status: 200, body: json });
    if (!result.ok) throw new Error(`${json.event} delivery violates /bird/openapi.json webhooks: ${formatViolations(result)}\n${body.slice(0, 500)}`);
    return json;
  };
}

export interface BirdEvent {
  service: string;
  event: string;
  payload: any;
  createdAt: string;
}
