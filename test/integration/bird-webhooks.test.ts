import { createHash, createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let receiver: Receiver;
let validator: ReturnType<typeof createResponseValidator>;

beforeAll(async () => {
  sim = await TestSim.start();
  receiver = await Receiver.start();
  validator = createResponseValidator(await (await fetch(`${sim.url}/bird/openapi.json`)).json(), { strictFields: false });
});
afterAll(async () => {
  await receiver.close();
  await sim.close();
});

/** Bird's documented check (docs.bird.com "Verifying a webhook subscription"), written from the docs, not from the simulator. */
function verify(signature: string, timestamp: string, url: string, body: string, key: string): boolean {
  const bodyHash = createHash('sha256').update(body).digest();
  const expected = createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`), bodyHash]))
    .digest();
  return expected.equals(Buffer.from(signature, 'base64'));
}

describe('Bird face: connectors and signed webhooks', () => {
  it('installs an SMS connector on a bought number and sends channel.created, signed, to matching subscriptions only', async () => {
    const key = `ak_${randomUUID()}`;
    const ws = randomUUID();
    const headers = { Authorization: `AccessKey ${key}` };
    async function call(method: string, path: string, body?: unknown) {
      const res = await fetch(`${sim.url}/bird${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const json = await res.json();
      const result = validator.validate({ method, path: path.split('?')[0]!, status: res.status, body: json });
      if (!result.ok) throw new Error(formatViolations(result));
      return { status: res.status, body: json };
    }
    const { organizationId } = (await call('GET', `/workspaces/${ws}`)).body;
    const signingKey = 'KeV+/HGoIQrxuE5YPCRR6AuQOJveldYNNhbVi1i22qk=';
    const subs = `/organizations/${organizationId}/workspaces/${ws}/webhook-subscriptions`;
    expect((await call('POST', subs, { service: 'channels', event: 'channel.created', url: `${receiver.url}/all`, signingKey })).status).toBe(201);
    expect((await call('POST', subs, { service: 'channels', event: 'channel.created', eventFilters: [{ key: 'platform', value: 'whatsapp' }], url: `${receiver.url}/whatsapp` })).status).toBe(201);

    const available = await call('GET', `/workspaces/${ws}/numbers-available?country=US&limit=1`);
    const bought = await call('POST', `/workspaces/${ws}/numbers`, { numbers: [{ number: available.body.results[0].number, country: 'US' }] });
    const phoneNumberId = bought.body.results[0].id;

    const badNumber = await call('POST', `/workspaces/${ws}/connectors`, {
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'SMS',
      arguments: { phoneNumberId: randomUUID(), useCaseId: randomUUID(), channelMessageType: 'promotional' },
    });
    expect(badNumber.status).toBe(422);
    expect(badNumber.body.details).toHaveProperty('arguments.phoneNumberId');
    const badTemplate = await call('POST', `/workspaces/${ws}/connectors`, {
      connectorTemplateRef: 'sms-other:1',
      name: 'SMS',
      arguments: { phoneNumberId, useCaseId: randomUUID(), channelMessageType: 'promotional' },
    });
    expect(badTemplate.status).toBe(422);
    expect(receiver.received).toHaveLength(0);

    const created = await call('POST', `/workspaces/${ws}/connectors`, {
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'SMS channel',
      arguments: { phoneNumberId, useCaseId: randomUUID(), channelMessageType: 'promotional' },
    });
    expect(created.status).toBe(201);
    const channelId = created.body.channel.channelId;
    const fetched = await call('GET', `/workspaces/${ws}/connectors/${created.body.id}`);
    expect(fetched.body.channel.channelId).toBe(channelId);
    expect((await call('GET', `/workspaces/${ws}/connectors/${randomUUID()}`)).status).toBe(404);

    const flush = await fetch(`${sim.url}/_sim/deliveries/flush`, { method: 'POST', headers: { ...headers, 'X-Bird-Workspace-Id': ws, 'content-type': 'application/json' }, body: '{}' });
    expect(flush.status).toBe(200);
    expect(receiver.received.map((r) => r.path)).toEqual(['/all']);
    const hook = receiver.received[0]!;
    expect(JSON.parse(hook.body)).toMatchObject({ service: 'channels', event: 'channel.created', payload: { id: channelId, platform: 'sms-messagebird' } });
    const ts = String(hook.headers['messagebird-request-timestamp']);
    expect(verify(String(hook.headers['messagebird-signature']), ts, `${receiver.url}/all`, hook.body, signingKey)).toBe(true);
    expect(verify(String(hook.headers['messagebird-signature']), ts, `${receiver.url}/all`, hook.body, 'another key')).toBe(false);
  });
});

describe('Bird workspaces on the dashboard', () => {
  it('lists a Bird workspace beside Twilio accounts, named and marked as Bird', async () => {
    const key = `ak_${randomUUID()}`;
    const ws = randomUUID();
    const twilioAccount = await sim.account();
    expect((await fetch(`${sim.url}/bird/workspaces/${ws}`, { headers: { Authorization: `AccessKey ${key}` } })).status).toBe(200);
    const { accounts } = await (await fetch(`${sim.url}/_sim/admin/accounts`, { headers: sim.adminHeaders })).json();
    const bird = accounts.find((a: { birdWorkspaceId: string | null }) => a.birdWorkspaceId === ws);
    expect(bird).toMatchObject({ provider: 'bird', friendlyName: `Bird workspace ${ws}` });
    expect(accounts.find((a: { sid: string }) => a.sid === twilioAccount.sid)).toMatchObject({ provider: 'twilio', birdWorkspaceId: null });
  });
});
