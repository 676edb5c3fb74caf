import { createHash, createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import { BRAND, birdEventValidator, CAMPAIGN } from '../helpers/bird.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let receiver: Receiver;
let validator: ReturnType<typeof createResponseValidator>;
let asEvent: Awaited<ReturnType<typeof birdEventValidator>>;

beforeAll(async () => {
  sim = await TestSim.start();
  receiver = await Receiver.start();
  validator = createResponseValidator(await (await fetch(`${sim.url}/bird/openapi.json`)).json(), { strictFields: false });
  asEvent = await birdEventValidator(sim);
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

describe("Bird face: seed 002's 10DLC journey, from a bought number to a first message", () => {
  it('buys a number from stock, subscribes, registers brand, vetting and campaign, installs a connector whose channel turns ready on the clock, then sends and receives', async () => {
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
    const control = (path: string, body: unknown = {}) =>
      fetch(`${sim.url}/_sim${path}`, { method: 'POST', headers: { ...headers, 'X-Bird-Workspace-Id': ws, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const { organizationId } = (await call('GET', `/workspaces/${ws}`)).body;
    const signingKey = 'KeV+/HGoIQrxuE5YPCRR6AuQOJveldYNNhbVi1i22qk=';
    const subs = `/organizations/${organizationId}/workspaces/${ws}/webhook-subscriptions`;
    expect((await call('POST', subs, { service: 'channels', event: 'channel.created', url: `${receiver.url}/all`, signingKey })).status).toBe(201);
    expect((await call('POST', subs, { service: 'channels', event: 'channel.created', eventFilters: [{ key: 'platform', value: 'whatsapp' }], url: `${receiver.url}/whatsapp` })).status).toBe(201);
    expect((await call('POST', subs, { service: 'channels', event: 'channel.updated', url: `${receiver.url}/updated`, signingKey })).status).toBe(201);
    expect((await call('POST', subs, { service: 'channels', event: 'sms.outbound', url: `${receiver.url}/outbound`, signingKey })).status).toBe(201);

    // Seed 002 "Find an available number": the organization's stock, then "Buy Long Code Numbers" by stock item id.
    const available = await call('GET', `/organizations/${organizationId}/numbers-stock-items?countryCodes=US&prefix=%2B1212&limit=1`);
    const bought = await call('POST', `/workspaces/${ws}/numbers-long-code`, { numberStockItemIds: [available.body.results[0].id] });
    expect(bought.status).toBe(201);
    expect(bought.body.results[0].numberString).toBe(available.body.results[0].numberString);
    const phoneNumberId = bought.body.results[0].id;
    expect((await call('GET', `/workspaces/${ws}/numbers`)).body.results.map((n: { id: string }) => n.id)).toEqual([phoneNumberId]);

    // "(Optional) Set up 10DLC webhook subscriptions": brand and campaign events.
    expect((await call('POST', subs, { service: 'numbers', event: '10dlc.brand', url: `${receiver.url}/10dlc` })).status).toBe(201);
    expect((await call('POST', subs, { service: 'numbers', event: '10dlc.campaign', url: `${receiver.url}/10dlc` })).status).toBe(201);
    expect((await call('POST', subs, { service: 'numbers', event: '10dlc.vetting', url: `${receiver.url}/10dlc` })).status).toBe(201);

    // Brand, its optional external vetting, then a campaign once the brand is approved, each reviewed on the workspace's clock.
    const brand = await call('POST', `/workspaces/${ws}/tcr-brands`, BRAND);
    expect((await control('/clock/advance', { until: 'settled' })).status).toBe(200);
    const vetting = await call('POST', `/workspaces/${ws}/tcr-brands/${brand.body.id}/vettings`, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    expect(vetting.status).toBe(201);
    // "Optional: acting as Reseller": this workspace registers for itself, so it names none.
    expect((await call('GET', `/workspaces/${ws}/tcr-resellers`)).body.results).toEqual([]);
    const campaign = await call('POST', `/workspaces/${ws}/tcr-brands/${brand.body.id}/campaigns`, CAMPAIGN);
    expect(campaign.status).toBe(201);
    const connector = (useCaseId: string, over: Record<string, unknown> = {}) => ({
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'SMS channel',
      arguments: { phoneNumberId, useCaseId, channelMessageType: 'promotional' },
      ...over,
    });
    const tooEarly = await call('POST', `/workspaces/${ws}/connectors`, connector(campaign.body.id));
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.details).toHaveProperty('arguments.useCaseId');
    expect((await control('/clock/advance', { until: 'settled' })).status).toBe(200);

    const badNumber = await call(
      'POST',
      `/workspaces/${ws}/connectors`,
      connector(campaign.body.id, { arguments: { phoneNumberId: randomUUID(), useCaseId: campaign.body.id, channelMessageType: 'promotional' } }),
    );
    expect(badNumber.status).toBe(422);
    expect(badNumber.body.details).toHaveProperty('arguments.phoneNumberId');
    const badUseCase = await call('POST', `/workspaces/${ws}/connectors`, connector(randomUUID()));
    expect(badUseCase.status).toBe(422);
    expect(badUseCase.body.details).toHaveProperty('arguments.useCaseId');
    const badTemplate = await call('POST', `/workspaces/${ws}/connectors`, connector(campaign.body.id, { connectorTemplateRef: 'sms-other:1' }));
    expect(badTemplate.status).toBe(422);
    expect(receiver.received.filter((r) => r.path !== '/10dlc')).toHaveLength(0);

    const created = await call('POST', `/workspaces/${ws}/connectors`, connector(campaign.body.id));
    expect(created.status).toBe(201);
    const channelId = created.body.channel.channelId;
    const fetched = await call('GET', `/workspaces/${ws}/connectors/${created.body.id}`);
    expect(fetched.body.channel.channelId).toBe(channelId);
    expect((await call('GET', `/workspaces/${ws}/connectors/${randomUUID()}`)).status).toBe(404);
    expect((await call('POST', `/workspaces/${ws}/connectors`, connector(campaign.body.id))).status).toBe(422);

    // Not ready yet: the carriers have not acknowledged the number's link to the campaign (seed 002's warning).
    const pending = await call('GET', `/workspaces/${ws}/channels/${channelId}`);
    expect(pending.body.useCaseStatus.status).toBe('warning');
    expect(pending.body.useCaseStatus.assertions).toEqual([
      { name: 'brand', displayName: '', description: '', status: 'ok' },
      { name: 'campaign', displayName: '', description: '', status: 'ok' },
      { name: 'checks whether number is linked to campaign', displayName: '', description: '', status: 'warning', message: 'Number status is INACTIVE' },
    ]);
    const text = { type: 'text', text: { text: 'ABC Mobile: your order 1234 has shipped. Reply STOP to opt out.' } };
    const refused = await call('POST', `/workspaces/${ws}/channels/${channelId}/messages`, { receiver: { contacts: [{ identifierValue: '+14155550123' }] }, body: text });
    expect(refused.status).toBe(422);
    expect(refused.body.details).toHaveProperty('receiver');

    expect((await control('/clock/advance', { until: 'settled' })).status).toBe(200);
    const ready = await call('GET', `/workspaces/${ws}/channels/${channelId}`);
    expect(ready.body.useCaseStatus.status).toBe('ok');
    const sent = await call('POST', `/workspaces/${ws}/channels/${channelId}/messages`, { receiver: { contacts: [{ identifierValue: '+14155550123' }] }, body: text });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ channelId, status: 'accepted', receiver: '+14155550123' });

    // "Setup channel message webhooks": a reply from the handset arrives as sms.inbound.
    expect((await call('POST', subs, { service: 'channels', event: 'sms.inbound', eventFilters: [{ key: 'channelId', value: channelId }], url: `${receiver.url}/inbound` })).status).toBe(201);
    expect((await control(`/bird/channels/${channelId}/inbound`, { from: '+14155550123', text: 'STOP' })).status).toBe(201);

    expect((await control('/deliveries/flush')).status).toBe(200);
    // Every delivery is valid against the document's webhooks section.
    const events = receiver.received.map((r) => asEvent(r.body));
    expect(events.filter((e) => e.event === '10dlc.brand').map((e) => e.payload.status)).toEqual(['PENDING', 'IN_REVIEW', 'APPROVED']);
    expect(events.filter((e) => e.event === '10dlc.vetting').map((e) => [e.payload.id, e.payload.status])).toEqual([[vetting.body.id, 'ACTIVE']]);
    expect(events.filter((e) => e.event === '10dlc.campaign').map((e) => e.payload.status)).toEqual(['PENDING', 'IN_REVIEW', 'ACTIVE']);
    const hooks = receiver.received.filter((r) => r.path !== '/10dlc');
    expect(hooks.map((r) => r.path)).toEqual(['/all', '/updated', '/outbound', '/inbound']);
    expect(JSON.parse(hooks[3]!.body)).toMatchObject({ event: 'sms.inbound', payload: { channelId, body: { text: { text: 'STOP' } } } });
    const [createdHook, updatedHook, outboundHook] = hooks;
    expect(JSON.parse(createdHook!.body)).toMatchObject({ service: 'channels', event: 'channel.created', payload: { id: channelId, platform: 'sms-messagebird' } });
    expect(JSON.parse(updatedHook!.body)).toMatchObject({ event: 'channel.updated', payload: { id: channelId, useCaseStatus: { status: 'ok' } } });
    expect(JSON.parse(outboundHook!.body)).toMatchObject({ event: 'sms.outbound', payload: { id: sent.body.id, channelId } });
    for (const hook of [createdHook!, updatedHook!]) {
      const ts = String(hook.headers['messagebird-request-timestamp']);
      expect(verify(String(hook.headers['messagebird-signature']), ts, `${receiver.url}${hook.path}`, hook.body, signingKey)).toBe(true);
      expect(verify(String(hook.headers['messagebird-signature']), ts, `${receiver.url}${hook.path}`, hook.body, 'another key')).toBe(false);
    }
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
