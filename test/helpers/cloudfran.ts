import { createHmac } from 'node:crypto';
import pactum from 'pactum';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import { buildOpenApi } from '../../src/sim/cloudfran/openapi.js';
import { cloudfranRoutes } from '../../src/sim/cloudfran/index.js';
import { DEFAULT_CLOUDFRAN_API_KEY } from '../../src/sim/cloudfran/tenant.js';
import type { TestSim } from './sim.js';

export const CF_BASE = '/api/v1/twilio';
// The document states which fields are optional (zod's `required`), so the field set is judged as it declares it.
const validator = createResponseValidator(buildOpenApi(cloudfranRoutes, 'test'), { strictFields: false });

export interface CfResponse {
  status: number;
  body: any;
  text: string;
  headers: Record<string, string>;
}

/**
 * A CloudFran tenant driven over HTTP with pactum: every JSON response is checked against the
 * face's generated OpenAPI document (status declared, body schema), like the Twilio faces' tests.
 */
export function cfTenant(sim: TestSim, tenantId: string, apiKey = DEFAULT_CLOUDFRAN_API_KEY) {
  const headers = { 'X-API-Key': apiKey, 'X-Tenant-Id': tenantId };
  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<CfResponse> {
    let spec = pactum
      .spec()
      .withMethod(method)
      .withPath(`${sim.url}${CF_BASE}${path}`)
      .withHeaders({ ...headers, ...extraHeaders });
    if (body !== undefined) spec = spec.withJson(body as object);
    const res = (await spec.toss()) as unknown as { statusCode: number; body: unknown; headers: Record<string, string> };
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
    if (isJson) {
      const result = validator.validate({ method, path, status: res.statusCode, body: res.body });
      if (!result.ok) throw new Error(`CloudFran response violates its OpenAPI document:\n${formatViolations(result)}\n${text.slice(0, 2000)}`);
    }
    return { status: res.statusCode, body: res.body, text, headers: res.headers };
  }
  const control = async (path: string, body: unknown) => {
    const res = await fetch(`${sim.url}/_sim${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`control ${path} failed: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    tenantId,
    headers,
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    put: (path: string, body?: unknown) => call('PUT', path, body),
    call,
    advanceDays: (days: number) => control('/clock/advance', { seconds: days * 86_400 }),
    settle: () => control('/clock/advance', { until: 'settled' }),
    flush: () => control('/deliveries/flush', {}),
  };
}

export type CfTenant = ReturnType<typeof cfTenant>;

export function cfSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export const acmeBrand = (tenantId: string, extra: Record<string, unknown> = {}) => ({
  tenantId,
  businessName: 'Acme Corporation',
  email: 'compliance@acme.com',
  phone: '+15551234567',
  ein: '12-3456789',
  businessType: 'LLC',
  website: 'https://acme.com',
  address: '123 Main St',
  city: 'San Francisco',
  state: 'CA',
  zipCode: '94102',
  ...extra,
});

export const acmeCampaign = (tenantId: string, brandSid: string, extra: Record<string, unknown> = {}) => ({
  tenantId,
  brandSid,
  campaignName: 'Acme Deals',
  description: 'Weekly promotions and store news for Acme Corporation customers who signed up in store or online.',
  useCase: 'MARKETING',
  messageSamples: [
    'Acme Corporation: 20% off all garden tools this week only! Reply STOP to opt out.',
    'Acme Corporation: your loyalty points are about to expire, visit us soon. Reply STOP to unsubscribe.',
  ],
  hasEmbeddedLinks: false,
  hasEmbeddedPhone: false,
  ...extra,
});
