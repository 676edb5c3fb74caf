import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, birdEventValidator, birdValidator, BRAND, CAMPAIGN, type BirdEvent } from '../helpers/bird.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let receiver: Receiver;
let validator: Awaited<ReturnType<typeof birdValidator>>;
let asEvent: Awaited<ReturnType<typeof birdEventValidator>>;
beforeAll(async () => {
  sim = await TestSim.start();
  receiver = await Receiver.start();
  validator = await birdValidator(sim);
  asEvent = await birdEventValidator(sim);
});
afterAll(async () => {
  await receiver.close();
  await sim.close();
});

/** The deliveries that reached `path` on the receiver, each checked against the document's webhooks. */
function delivered(path: string): BirdEvent[] {
  return receiver.received.filter((r) => r.path === path).map((r) => asEvent(r.body));
}

describe('Bird 10DLC webhooks: 10dlc.brand, 10dlc.vetting and 10dlc.campaign with eventFilters', () => {
  it('announces every status change of a brand, a vetting and a campaign (docs.bird.com "Events"), not a brand\'s details changing, filtered by the subscription\'s ANDed filters', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const tag = ws.id.slice(0, 8);
    const subs = `/organizations/${ws.organizationId}/workspaces/${ws.id}/webhook-subscriptions`;
    const subscribe = async (event: string, name: string, eventFilters: Array<{ key: string; value: string }> = []) =>
      expect((await ws.call('POST', subs, { service: 'numbers', event, eventFilters, url: `${receiver.url}/${tag}/${name}` })).status).toBe(201);
    await subscribe('10dlc.brand', 'brand');
    await subscribe('10dlc.brand', 'approved', [{ key: 'status', value: 'APPROVED' }]);
    await subscribe('10dlc.campaign', 'campaign');
    await subscribe('10dlc.vetting', 'vetting');
    expect((await ws.call('POST', subs, { service: 'channels', event: '10dlc.campaign', url: `${receiver.url}/x` })).body.details).toHaveProperty('service');

    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const other = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'Other' })).body;
    await subscribe('10dlc.brand', 'one-brand-approved', [
      { key: 'brandId', value: brand.id },
      { key: 'status', value: 'APPROVED' },
    ]);
    await ws.settle();
    await ws.call('PATCH', `/workspaces/${ws.id}/tcr-brands/${brand.id}`, { website: 'https://shop.example.com' });
    await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    await subscribe('10dlc.campaign', 'this-campaign', [{ key: 'campaignId', value: campaign.id }]);
    await ws.settle();
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).status).toBe(204);
    await ws.flush();

    const brandEvents = delivered(`/${tag}/brand`).filter((e) => e.payload.id === brand.id);
    expect(brandEvents.map((e) => [e.service, e.event, e.payload.status])).toEqual([
      ['numbers', '10dlc.brand', 'PENDING'],
      ['numbers', '10dlc.brand', 'IN_REVIEW'],
      ['numbers', '10dlc.brand', 'APPROVED'],
    ]);
    // Bird's brand event: its workspaces as workspaceId, no rejection (that is read from the brand object).
    expect(brandEvents[0]!.payload.workspaceId).toEqual([ws.id]);
    expect(brandEvents[0]!.payload).not.toHaveProperty('workspaceIds');
    expect(delivered(`/${tag}/brand`).filter((e) => e.payload.id === other.id)).toHaveLength(3);
    const vettings = delivered(`/${tag}/vetting`);
    expect(vettings.map((e) => [e.event, e.payload.brandId, e.payload.status, e.payload.vettingProviderId])).toEqual([['10dlc.vetting', brand.id, 'ACTIVE', 'AEGIS']]);
    expect(Number(vettings[0]!.payload.score)).toBeGreaterThan(0);
    expect(delivered(`/${tag}/approved`).every((e) => e.payload.status === 'APPROVED')).toBe(true);
    expect(delivered(`/${tag}/approved`).map((e) => e.payload.id)).toContain(other.id);
    const oneBrand = delivered(`/${tag}/one-brand-approved`);
    expect(oneBrand.length).toBe(1);
    expect(oneBrand.every((e) => e.payload.id === brand.id && e.payload.status === 'APPROVED')).toBe(true);

    const campaignEvents = delivered(`/${tag}/campaign`);
    expect(campaignEvents.map((e) => [e.event, e.payload.id, e.payload.brandId, e.payload.status])).toEqual([
      ['10dlc.campaign', campaign.id, brand.id, 'PENDING'],
      ['10dlc.campaign', campaign.id, brand.id, 'IN_REVIEW'],
      ['10dlc.campaign', campaign.id, brand.id, 'ACTIVE'],
      ['10dlc.campaign', campaign.id, brand.id, 'EXPIRED'],
    ]);
    // The first event already carries Bird's own fields (the name is kept before the registry announces it).
    expect(campaignEvents[0]!.payload).toMatchObject({ name: CAMPAIGN.name, organizationId: ws.organizationId, workspaceId: ws.id });
    expect(delivered(`/${tag}/this-campaign`).map((e) => e.payload.status)).toEqual(['IN_REVIEW', 'ACTIVE', 'EXPIRED']);
  });
});

describe('Bird sms.inbound: a handset texts the channel (POST /_sim/bird/channels/{id}/inbound)', () => {
  it("delivers the text to the channel's sms.inbound subscriptions, not to one filtered on another channel, and refuses bad input without a delivery", async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const tag = ws.id.slice(0, 8);
    const subs = `/organizations/${ws.organizationId}/workspaces/${ws.id}/webhook-subscriptions`;
    const available = (await ws.call('GET', `/workspaces/${ws.id}/numbers-available?country=US&limit=1`)).body.results[0].number;
    const number = (await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: available, country: 'US' }] })).body.results[0];
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    await ws.settle();
    const connector = await ws.call('POST', `/workspaces/${ws.id}/connectors`, {
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'SMS',
      arguments: { phoneNumberId: number.id, useCaseId: campaign.id, channelMessageType: 'transactional' },
    });
    const channelId = connector.body.channel.channelId;
    expect((await ws.call('POST', subs, { service: 'channels', event: 'sms.inbound', url: `${receiver.url}/${tag}/inbound` })).status).toBe(201);
    expect(
      (await ws.call('POST', subs, { service: 'channels', event: 'sms.inbound', eventFilters: [{ key: 'channelId', value: channelId }], url: `${receiver.url}/${tag}/this-channel` })).status,
    ).toBe(201);
    expect((await ws.call('POST', subs, { service: 'channels', event: 'sms.inbound', eventFilters: [{ key: 'channelId', value: ws.id }], url: `${receiver.url}/${tag}/other-channel` })).status).toBe(
      201,
    );

    const inbound = `/bird/channels/${channelId}/inbound`;
    expect((await ws.control(inbound, { from: '4155550123', text: 'HELP' })).status).toBe(400);
    expect((await ws.control(inbound, { from: '+14155550123', text: '' })).status).toBe(400);
    const unknown = await ws.control(`/bird/channels/${ws.id}/inbound`, { from: '+14155550123', text: 'HELP' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/^Failed to simulate an inbound SMS: .*Please/);
    const noKey = await fetch(`${sim.url}/_sim${inbound}`, { method: 'POST', body: JSON.stringify({ from: '+14155550123', text: 'HELP' }) });
    expect(noKey.status).toBe(401);
    const twilio = await sim.account();
    const asTwilio = await fetch(`${sim.url}/_sim${inbound}`, { method: 'POST', headers: { authorization: twilio.auth }, body: JSON.stringify({ from: '+14155550123', text: 'HELP' }) });
    expect(asTwilio.status).toBe(400);
    expect((await asTwilio.json()).message).toMatch(/not a Bird workspace/);

    const sent = await ws.control(inbound, { from: '+14155550123', text: 'HELP' });
    expect(sent.status).toBe(201);
    await ws.flush();
    const events = delivered(`/${tag}/inbound`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      service: 'channels',
      event: 'sms.inbound',
      payload: {
        id: sent.body.id,
        channelId,
        direction: 'incoming',
        sender: { contact: { identifierValue: '+14155550123' } },
        receiver: { connector: { identifierValue: available } },
        body: { type: 'text', text: { text: 'HELP' } },
      },
    });
    expect(delivered(`/${tag}/this-channel`).map((e) => e.payload.id)).toEqual([sent.body.id]);
    expect(delivered(`/${tag}/other-channel`)).toEqual([]);
  });
});
