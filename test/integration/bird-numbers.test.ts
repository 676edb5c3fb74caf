import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let validator: ReturnType<typeof createResponseValidator>;

beforeAll(async () => {
  sim = await TestSim.start();
  // The document the simulator serves is the one every response is judged by.
  const doc = await (await fetch(`${sim.url}/bird/openapi.json`)).json();
  expect(doc.openapi).toBe('3.1.0');
  validator = createResponseValidator(doc, { strictFields: false });
});
afterAll(() => sim.close());

function workspace(key = `ak_${randomUUID()}`, ws = randomUUID()) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = { Authorization: `AccessKey ${key}` }) {
    const res = await fetch(`${sim.url}/bird${path.replace('{ws}', ws)}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    const result = validator.validate({ method, path: path.replace('{ws}', ws).split('?')[0]!, status: res.status, body: json });
    if (!result.ok) throw new Error(`Bird response violates /bird/openapi.json:\n${formatViolations(result)}\n${text.slice(0, 1000)}`);
    return { status: res.status, body: json };
  }
  return { key, ws, call };
}

describe('Bird face: auth, numbers, wallet, webhook subscriptions', () => {
  it('refuses a request without AccessKey auth in Bird shape, and another key on a provisioned workspace', async () => {
    const w = workspace();
    const none = await w.call('GET', '/workspaces/{ws}/numbers', undefined, {});
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('Unauthorized');
    const basic = await w.call('GET', '/workspaces/{ws}/numbers', undefined, { Authorization: 'Bearer x' });
    expect(basic.status).toBe(401);
    expect((await w.call('GET', '/workspaces/{ws}/numbers')).status).toBe(200);
    const other = await w.call('GET', '/workspaces/{ws}/numbers', undefined, { Authorization: 'AccessKey someone-else' });
    expect(other.status).toBe(403);
  });

  it('finds US local numbers by prefix with limit and pageToken paging, and buys one from the wallet', async () => {
    const w = workspace();
    const first = await w.call('GET', '/workspaces/{ws}/numbers-available?country=US&type=local&prefix=%2B1415&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.results.every((n: { number: string }) => n.number.startsWith('+1415'))).toBe(true);
    const second = await w.call('GET', `/workspaces/{ws}/numbers-available?country=US&prefix=%2B1415&limit=2&pageToken=${first.body.nextPageToken}`);
    expect(second.body.results[0].number).not.toBe(first.body.results[0].number);

    const number = first.body.results[0].number;
    const bought = await w.call('POST', '/workspaces/{ws}/numbers', { numbers: [{ number, country: 'US' }] });
    expect(bought.status).toBe(201);
    expect(bought.body.results[0]).toMatchObject({ number, status: 'active' });
    expect(bought.body.results[0].id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await w.call('POST', '/workspaces/{ws}/numbers', { numbers: [{ number, country: 'US' }] });
    expect(again.status).toBe(409);
    const wallet = await w.call('GET', '/workspaces/{ws}/wallet');
    expect(wallet.body.balance.amount).toBe(100_000_000 - 1_500_000);
    expect(wallet.body.ledger).toHaveLength(1);
    const listed = await w.call('GET', '/workspaces/{ws}/numbers');
    expect(listed.body.results.map((n: { number: string }) => n.number)).toEqual([number]);
    // The bought number leaves the stock.
    const after = await w.call('GET', '/workspaces/{ws}/numbers-available?country=US&prefix=%2B1415&limit=2');
    expect(after.body.results.map((n: { number: string }) => n.number)).not.toContain(number);
  });

  it('answers bad input with a 422 naming the field and changes nothing', async () => {
    const w = workspace();
    const country = await w.call('GET', '/workspaces/{ws}/numbers-available?country=usa');
    expect(country.status).toBe(422);
    expect(Object.keys(country.body.details)).toEqual(['country']);
    const limit = await w.call('GET', '/workspaces/{ws}/numbers-available?country=US&limit=100');
    expect(limit.status).toBe(422);
    expect(limit.body.details).toHaveProperty('limit');
    const number = await w.call('POST', '/workspaces/{ws}/numbers', { numbers: [{ number: '555', country: 'US' }] });
    expect(number.status).toBe(422);
    expect(number.body.details).toHaveProperty('numbers.0.number');
    const notJson = await w.call('POST', '/workspaces/{ws}/numbers', '{not json');
    expect(notJson.status).toBe(422);
    const unknown = await w.call('POST', '/workspaces/{ws}/numbers', { numbers: [{ number: '+12125550000', country: 'US' }] });
    expect(unknown.status).toBe(409);
    const badWs = await fetch(`${sim.url}/bird/workspaces/not-a-uuid/numbers`, { headers: { Authorization: `AccessKey ${w.key}` } });
    expect(badWs.status).toBe(422);
    expect((await w.call('GET', '/workspaces/{ws}/wallet')).body.ledger).toEqual([]);
    expect((await w.call('GET', '/workspaces/{ws}/numbers')).body.results).toEqual([]);
  });

  it('refuses a purchase the wallet cannot pay with 402', async () => {
    const w = workspace();
    const avail = await w.call('GET', '/workspaces/{ws}/numbers-available?country=US&limit=99');
    // 100 USD pays 66 numbers at 1.50; buy in batches of 10 until the wallet runs dry.
    const all = avail.body.results.map((n: { number: string }) => ({ number: n.number, country: 'US' }));
    let status = 201;
    for (let i = 0; status === 201; i += 10) status = (await w.call('POST', '/workspaces/{ws}/numbers', { numbers: all.slice(i, i + 10) })).status;
    expect(status).toBe(402);
    const wallet = await w.call('GET', '/workspaces/{ws}/wallet');
    expect(wallet.body.balance.amount).toBe(100_000_000 - 60 * 1_500_000);
  });

  it('creates and lists webhook subscriptions for 10DLC and channel events, and the control plane addresses the workspace', async () => {
    const w = workspace();
    const { organizationId } = (await w.call('GET', '/workspaces/{ws}')).body;
    const clock = await fetch(`${sim.url}/_sim/clock`, { headers: { Authorization: `AccessKey ${w.key}`, 'X-Bird-Workspace-Id': w.ws } });
    expect(clock.status).toBe(200);
    const refused = await fetch(`${sim.url}/_sim/clock`, { headers: { Authorization: 'AccessKey intruder', 'X-Bird-Workspace-Id': w.ws } });
    expect(refused.status).toBe(403);
    const created = await w.call('POST', `/organizations/${organizationId}/workspaces/{ws}/webhook-subscriptions`, {
      service: 'numbers',
      event: '10dlc.campaign',
      eventFilters: [{ key: 'campaignId', value: 'c1' }],
      url: 'https://example.com/hook',
      signingKey: 'KeV+/HGoIQrxuE5YPCRR6AuQOJveldYNNhbVi1i22qk=',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ organizationId, workspaceId: w.ws, event: '10dlc.campaign', status: 'active' });
    const listed = await w.call('GET', `/organizations/${organizationId}/workspaces/{ws}/webhook-subscriptions?limit=1`);
    expect(listed.body.results.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    const wrongOrg = await w.call('POST', `/organizations/${randomUUID()}/workspaces/{ws}/webhook-subscriptions`, { service: 'numbers', event: '10dlc.brand', url: 'https://example.com/hook' });
    expect(wrongOrg.status).toBe(404);
    const badEvent = await w.call('POST', `/organizations/${randomUUID()}/workspaces/{ws}/webhook-subscriptions`, { service: 'numbers', event: 'brand.created', url: 'https://example.com/hook' });
    expect(badEvent.status).toBe(422);
    expect(badEvent.body.details).toHaveProperty('event');
  });
});

describe('Bird face on its own host', () => {
  it('serves Host api.bird.com at the paths Bird documents, without the /bird prefix', async () => {
    const w = workspace();
    const { request } = await import('node:http');
    const port = new URL(sim.url).port;
    const body = await new Promise<{ status: number; json: any }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/workspaces/${w.ws}/numbers-available?country=US&limit=1`, headers: { Host: 'api.bird.com', Authorization: `AccessKey ${w.key}` } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body.status).toBe(200);
    expect(body.json.results).toHaveLength(1);
    expect(validator.validate({ method: 'GET', path: `/workspaces/${w.ws}/numbers-available`, status: 200, body: body.json }).ok).toBe(true);
  });
});
