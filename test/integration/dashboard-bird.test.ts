import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, BRAND, birdValidator, CAMPAIGN } from '../helpers/bird.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let receiver: Receiver;
let ws: BirdWorkspace;
let accountSid: string;
let numberId: string;
let phoneNumber: string;
let brandId: string;
let channelId: string;

const admin = async (path: string) => {
  const res = await fetch(`${sim.url}/_sim/admin${path}`, { headers: sim.adminHeaders });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  sim = await TestSim.start();
  receiver = await Receiver.start();
  ws = await BirdWorkspace.open(sim, await birdValidator(sim));
  await ws.call('POST', `/organizations/${ws.organizationId}/workspaces/${ws.id}/webhook-subscriptions`, {
    service: 'numbers',
    event: '10dlc.brand',
    url: `${receiver.url}/brand`,
    signingKey: 'a-signing-key-to-keep',
  });
  const available = await ws.call('GET', `/workspaces/${ws.id}/numbers-available?country=US&limit=1`);
  const number = (await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: available.body.results[0].number, country: 'US' }] })).body.results[0];
  numberId = number.id;
  phoneNumber = number.number;
  brandId = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body.id;
  await ws.settle();
  await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brandId}/vettings`, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
  const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brandId}/campaigns`, CAMPAIGN)).body;
  await ws.settle();
  channelId = (
    await ws.call('POST', `/workspaces/${ws.id}/connectors`, {
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'SMS channel',
      arguments: { phoneNumberId: numberId, useCaseId: campaign.id, channelMessageType: 'promotional' },
    })
  ).body.channel.channelId;
  await ws.flush();
  accountSid = sim.sim.accounts().find((w) => (w.settings.bird as { workspaceId?: string } | undefined)?.workspaceId === ws.id)!.accountSid;
});
afterAll(async () => {
  await receiver.close();
  await sim.close();
});

describe('the admin API behind the dashboard, for a Bird workspace', () => {
  it('lists it with its organization, wallet and where its 10DLC installation stands', async () => {
    const { body } = await admin('/accounts');
    const summary = body.accounts.find((a: { sid: string }) => a.sid === accountSid);
    expect(summary).toMatchObject({
      provider: 'bird',
      birdWorkspaceId: ws.id,
      birdOrganizationId: ws.organizationId,
      bird: { workspaceId: ws.id, organizationId: ws.organizationId, wallet: { currencyCode: 'USD', amount: await ws.balance(), exponent: -6 } },
      stage: 'Channel waiting for carrier acknowledgement',
    });
  });

  it('groups its numbers, channels, subscriptions and charges beside the registry’s brands and campaigns, without the signing key', async () => {
    const { body } = await admin(`/accounts/${accountSid}`);
    const byTable = Object.fromEntries(body.products.flatMap((p: { product: string; groups: Array<{ table: string }> }) => p.groups.map((g) => [g.table, { ...g, product: p.product }])));
    expect(byTable['bird.numbers']).toMatchObject({ product: 'bird', virtual: true, items: [{ sid: numberId, label: phoneNumber, status: 'active' }] });
    expect(byTable['bird.channels']).toMatchObject({ virtual: true, items: [{ sid: channelId, label: `SMS channel · ${phoneNumber}`, status: 'warning' }] });
    expect(byTable['bird.webhook_subscriptions'].items[0].label).toBe(`10dlc.brand → ${receiver.url}/brand`);
    expect(byTable['bird.ledger'].count).toBe(5);
    expect(byTable['tcr.vettings'].items.map((v: { label: string; status: string }) => [v.label, v.status])).toEqual([['AEGIS STANDARD vetting', 'ACTIVE']]);
    expect(byTable['tcr.brands']).toMatchObject({ product: 'tcr', name: '10DLC brands', items: [{ label: 'ABC Mobile', status: 'APPROVED', dateCreated: expect.stringMatching(/^2026-/) }] });
    expect(byTable['tcr.campaigns'].items[0]).toMatchObject({ label: 'CUSTOMER_CARE · ABC Mobile', status: 'ACTIVE' });
    expect(body.products.map((p: { title: string }) => p.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Bird/), expect.stringMatching(/^Campaign Registry/)]));
    expect(JSON.stringify(body)).not.toContain('a-signing-key-to-keep');
  });

  it('opens a channel by its id, and a registry brand by its Bird id with the webhooks Bird sent about it, reading nothing into the world', async () => {
    const world = sim.sim.findWorld(accountSid)!;
    const tables = world.tableNames();
    const channel = await admin(`/accounts/${accountSid}/resources/${channelId}`);
    expect(channel.body).toMatchObject({ sid: channelId, name: 'SMS channels (connectors)', product: 'bird', status: 'warning', wire: null });
    expect(channel.body.record.useCaseStatus.assertions[2]).toMatchObject({ status: 'warning', message: 'Number status is INACTIVE' });
    const brand = await admin(`/accounts/${accountSid}/resources/${brandId}`);
    expect(brand.body).toMatchObject({ name: '10DLC brands', status: 'APPROVED', record: { provider: 'bird', ownerRef: brandId } });
    expect(brand.body.timeline.map((e: { to: string }) => e.to)).toContain('APPROVED');
    expect(brand.body.deliveries.map((d: { event: string; state: string }) => [d.event, d.state])).toContainEqual(['10dlc.brand', 'delivered']);
    expect(brand.body.referencedBy.map((r: { name: string }) => r.name)).toContain('10DLC campaigns');
    expect((await admin(`/accounts/${accountSid}/resources/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect(world.tableNames()).toEqual(tables);
  });

  it('finds the workspace by its id and its number by digits', async () => {
    const byId = await admin(`/search?q=${ws.id}`);
    expect(byId.body.results).toContainEqual(expect.objectContaining({ kind: 'account', accountSid }));
    const byNumber = await admin(`/search?q=${encodeURIComponent(phoneNumber.slice(2))}`);
    expect(byNumber.body.results).toContainEqual(expect.objectContaining({ kind: 'resource', accountSid, sid: numberId, name: 'Numbers', table: null }));
  });

  it('forces the registry’s decision on a Bird brand and campaign, as on a Twilio one', async () => {
    const other = await BirdWorkspace.open(sim, await birdValidator(sim));
    const sid = sim.sim.accounts().find((w) => (w.settings.bird as { workspaceId?: string } | undefined)?.workspaceId === other.id)!.accountSid;
    const force = (body: unknown) =>
      fetch(`${sim.url}/_sim/admin/accounts/${sid}/overrides`, { method: 'POST', headers: { ...sim.adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await other.call('POST', `/workspaces/${other.id}/tcr-brands`, BRAND);
    const group = async (table: string) => (await admin(`/accounts/${sid}`)).body.products.flatMap((p: { groups: unknown[] }) => p.groups).find((g: { table: string }) => g.table === table);
    const brands = await group('tcr.brands');
    expect(brands.outcomes).toEqual(['APPROVED', 'FAILED', 'VETTING_FAILED']);
    const tcrId = brands.items[0].sid;
    const refused = await force({ sid: tcrId, outcome: 'ACTIVE' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/cannot be forced to "ACTIVE". Please use one of: APPROVED, FAILED, VETTING_FAILED/);
    expect((await force({ sid: tcrId, outcome: 'FAILED', reason: 'Forced from the dashboard: EIN does not match.' })).status).toBe(201);
    await other.settle();
    // The registry's own record: what the Bird face's view of the brand translates.
    const registry = (await other.control('/tcr', undefined, 'GET')).body;
    expect(registry.brands[0]).toMatchObject({ id: tcrId, provider: 'bird', status: 'FAILED', failureReason: expect.stringContaining('Forced from the dashboard: EIN does not match.') });

    // Another brand, approved as it comes; its campaign forced to fail.
    const second = (await other.call('POST', `/workspaces/${other.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Mobile Two' })).body;
    await other.settle();
    const campaign = (await other.call('POST', `/workspaces/${other.id}/tcr-brands/${second.id}/campaigns`, CAMPAIGN)).body;
    const campaigns = await group('tcr.campaigns');
    expect(campaigns.outcomes).toEqual(['VERIFIED', 'FAILED']);
    expect((await force({ sid: campaigns.items[0].sid, outcome: 'FAILED' })).status).toBe(201);
    await other.settle();
    expect((await other.control('/tcr', undefined, 'GET')).body.campaigns[0]).toMatchObject({ ownerRef: campaign.id, status: 'REJECTED' });
  });

  it('follows the carriers’ acknowledgement on the workspace clock', async () => {
    await ws.settle();
    const { body } = await admin('/accounts');
    expect(body.accounts.find((a: { sid: string }) => a.sid === accountSid).stage).toBe('Channel ready — sending');
    const detail = await admin(`/accounts/${accountSid}/resources/${channelId}`);
    expect(detail.body.status).toBe('ok');
  });
});
