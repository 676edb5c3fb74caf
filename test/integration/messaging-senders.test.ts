import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * Messaging Service senders besides phone numbers (Messaging v1 spec: Services/{MG}/ShortCodes,
 * AlphaSenders, DestinationAlphaSenders, ChannelSenders), how a service picks one of them for a
 * message, and PreregisteredUsa2p (an externally registered campaign).
 */
describe('Messaging Service senders', () => {
  let sim: TestSim;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    acct = await sim.account();
  });
  afterAll(() => sim.close());

  async function control(path: string, body: unknown) {
    const res = await fetch(`${sim.url}/_sim${path}`, { method: 'POST', headers: { authorization: acct.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  }

  async function leaseShortCode(body: Record<string, unknown> = {}): Promise<string> {
    const res = await control('/a2p/short-codes', body);
    expect(res.status).toBe(201);
    return res.body.sid;
  }

  const services = () => acct.client.messaging.v1.services;

  it('leases short codes to the account (API 2010 SMS/ShortCodes) and adds one to one service at a time (80303, 80105, 21712)', async () => {
    const scSid = await leaseShortCode({ short_code: '24680', friendly_name: 'Acme alerts' });
    const listed = await acct.client.shortCodes.list();
    expect(listed.map((s) => [s.sid, s.shortCode, s.friendlyName])).toEqual([[scSid, '24680', 'Acme alerts']]);
    const updated = await acct.client.shortCodes(scSid).update({ smsUrl: 'https://example.com/inbound' });
    expect(updated.smsUrl).toBe('https://example.com/inbound');
    expect((await control('/a2p/short-codes', { short_code: '24680' })).status).toBe(409);
    expect((await control('/a2p/short-codes', { short_code: '12' })).status).toBe(400);

    const a = await services().create({ friendlyName: 'short code A' });
    const b = await services().create({ friendlyName: 'short code B' });
    const added = await services()(a.sid).shortCodes.create({ shortCodeSid: scSid });
    expect(acct.exchanges.at(-1)!.status).toBe(201);
    expect(added).toMatchObject({ sid: scSid, serviceSid: a.sid, shortCode: '24680', countryCode: 'US', capabilities: ['SMS'] });
    expect(added.url).toBe(`https://messaging.twilio.com/v1/Services/${a.sid}/ShortCodes/${scSid}`);
    expect((await services()(a.sid).shortCodes(scSid).fetch()).shortCode).toBe('24680');
    const page = await acct.request('GET', `/messaging/v1/Services/${a.sid}/ShortCodes`);
    expect(page.body.meta.key).toBe('short_codes');
    expect(page.body.short_codes.map((s: any) => s.sid)).toEqual([scSid]);

    await expect(services()(a.sid).shortCodes.create({ shortCodeSid: scSid })).rejects.toMatchObject({ status: 409, code: 80105 });
    await expect(services()(b.sid).shortCodes.create({ shortCodeSid: scSid })).rejects.toMatchObject({ status: 409, code: 21712 });
    await expect(services()(b.sid).shortCodes.create({ shortCodeSid: `SC${'0'.repeat(32)}` })).rejects.toMatchObject({ status: 400, code: 80303 });
    // Another account's short code is not this account's.
    const stranger = await sim.account();
    const theirs = await fetch(`${sim.url}/_sim/a2p/short-codes`, { method: 'POST', headers: { authorization: stranger.auth, 'content-type': 'application/json' }, body: '{}' });
    await expect(services()(b.sid).shortCodes.create({ shortCodeSid: ((await theirs.json()) as any).sid })).rejects.toMatchObject({ status: 400, code: 80303 });

    await services()(a.sid).shortCodes(scSid).remove();
    expect(await services()(a.sid).shortCodes.list()).toHaveLength(0);
    await expect(services()(a.sid).shortCodes(scSid).fetch()).rejects.toMatchObject({ status: 404 });
    expect((await services()(b.sid).shortCodes.create({ shortCodeSid: scSid })).serviceSid).toBe(b.sid);
    // Deleting the service releases its short code to the account, not from it.
    await services()(b.sid).remove();
    expect((await acct.client.shortCodes(scSid).fetch()).shortCode).toBe('24680');
    expect((await services()(a.sid).shortCodes.create({ shortCodeSid: scSid })).serviceSid).toBe(a.sid);
  });

  it('holds one alpha sender per service, validated as Twilio documents it (20001, 20409, 21712)', async () => {
    const a = await services().create({ friendlyName: 'alpha A' });
    const b = await services().create({ friendlyName: 'alpha B' });
    const alpha = await services()(a.sid).alphaSenders.create({ alphaSender: 'Acme Inc' });
    expect(alpha).toMatchObject({ serviceSid: a.sid, alphaSender: 'Acme Inc', capabilities: ['SMS'] });
    expect(alpha.sid).toMatch(/^AI[0-9a-f]{32}$/);
    expect((await services()(a.sid).alphaSenders(alpha.sid).fetch()).alphaSender).toBe('Acme Inc');
    expect((await acct.request('GET', `/messaging/v1/Services/${a.sid}/AlphaSenders`)).body.meta.key).toBe('alpha_senders');

    for (const bad of ['123456', 'TooLongSender', 'Acme!']) {
      await expect(services()(b.sid).alphaSenders.create({ alphaSender: bad })).rejects.toMatchObject({ status: 400, code: 20001, message: expect.stringMatching(/AlphaSender/) });
    }
    await expect(services()(a.sid).alphaSenders.create({ alphaSender: 'Other' })).rejects.toMatchObject({ status: 409, code: 20409 });
    await expect(services()(b.sid).alphaSenders.create({ alphaSender: 'Acme Inc' })).rejects.toMatchObject({ status: 409, code: 21712 });
    await services()(a.sid).alphaSenders(alpha.sid).remove();
    expect(await services()(a.sid).alphaSenders.list()).toHaveLength(0);
    expect((await services()(b.sid).alphaSenders.create({ alphaSender: 'Acme Inc' })).serviceSid).toBe(b.sid);
  });

  it('holds destination alpha senders per country and one default (iso_country_code "")', async () => {
    const svc = await services().create({ friendlyName: 'destination alpha' });
    const fr = await services()(svc.sid).destinationAlphaSenders.create({ alphaSender: 'AcmeFR', isoCountryCode: 'FR' });
    const all = await services()(svc.sid).destinationAlphaSenders.create({ alphaSender: 'AcmeAll' });
    expect(fr).toMatchObject({ alphaSender: 'AcmeFR', isoCountryCode: 'FR', capabilities: ['SMS'] });
    expect(all.isoCountryCode).toBe('');
    expect((await services()(svc.sid).destinationAlphaSenders.list()).map((d) => d.sid)).toEqual([fr.sid, all.sid]);
    expect((await services()(svc.sid).destinationAlphaSenders.list({ isoCountryCode: 'FR' })).map((d) => d.sid)).toEqual([fr.sid]);
    expect((await services()(svc.sid).destinationAlphaSenders(fr.sid).fetch()).isoCountryCode).toBe('FR');
    await expect(services()(svc.sid).destinationAlphaSenders.create({ alphaSender: 'AcmeFR2', isoCountryCode: 'FR' })).rejects.toMatchObject({ status: 409, code: 20409 });
    await expect(services()(svc.sid).destinationAlphaSenders.create({ alphaSender: 'Acme', isoCountryCode: 'France' })).rejects.toMatchObject({ status: 400 });
    await services()(svc.sid).destinationAlphaSenders(fr.sid).remove();
    expect((await services()(svc.sid).destinationAlphaSenders.list()).map((d) => d.sid)).toEqual([all.sid]);
  });

  it('adds channel senders the account has (list key senders) to one service at a time', async () => {
    const made = await control('/a2p/channel-senders', { sender: 'whatsapp:+14155550142' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ sender: 'whatsapp:+14155550142', sender_type: 'WhatsApp', country_code: 'US' });
    expect((await control('/a2p/channel-senders', { sender: '+14155550142' })).status).toBe(400);
    const a = await services().create({ friendlyName: 'channels A' });
    const b = await services().create({ friendlyName: 'channels B' });
    const added = await services()(a.sid).channelSenders.create({ sid: made.body.sid });
    expect(added).toMatchObject({ sid: made.body.sid, messagingServiceSid: a.sid, sender: 'whatsapp:+14155550142', senderType: 'WhatsApp', countryCode: 'US' });
    expect((await acct.request('GET', `/messaging/v1/Services/${a.sid}/ChannelSenders`)).body.meta.key).toBe('senders');
    expect((await services()(a.sid).channelSenders(made.body.sid).fetch()).sender).toBe('whatsapp:+14155550142');
    await expect(services()(b.sid).channelSenders.create({ sid: made.body.sid })).rejects.toMatchObject({ status: 409, code: 21712 });
    await expect(services()(b.sid).channelSenders.create({ sid: `XE${'0'.repeat(32)}` })).rejects.toMatchObject({ status: 400, code: 20001 });
    await services()(a.sid).channelSenders(made.body.sid).remove();
    expect(await services()(a.sid).channelSenders.list()).toHaveLength(0);
  });

  it("links every sender list from the service (links.destination_alpha_senders included) and 404s another service's sender", async () => {
    const svc = await services().create({ friendlyName: 'links' });
    expect(Object.keys(svc.links)).toEqual(
      expect.arrayContaining(['phone_numbers', 'short_codes', 'alpha_senders', 'destination_alpha_senders', 'channel_senders', 'us_app_to_person', 'us_app_to_person_usecases']),
    );
    expect(svc.links.destination_alpha_senders).toBe(`https://messaging.twilio.com/v1/Services/${svc.sid}/DestinationAlphaSenders`);
    const other = await services().create({ friendlyName: 'links other' });
    const alpha = await services()(other.sid).alphaSenders.create({ alphaSender: 'Linked' });
    await expect(services()(svc.sid).alphaSenders(alpha.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it('sends through a service from its destination alpha sender, its alpha sender abroad, its short code in the US, and its numbers otherwise', async () => {
    const svc = await services().create({ friendlyName: 'sender choice' });
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ smsEnabled: true, mmsEnabled: true, limit: 1 });
    const number = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    await services()(svc.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    await services()(svc.sid).alphaSenders.create({ alphaSender: 'AcmeAlpha' });
    await services()(svc.sid).destinationAlphaSenders.create({ alphaSender: 'AcmeFrance', isoCountryCode: 'FR' });
    await services()(svc.sid).shortCodes.create({ shortCodeSid: await leaseShortCode({ short_code: '35791' }) });

    async function sendTo(to: string, mediaUrl?: string[]) {
      const msg = await acct.client.messages.create({ messagingServiceSid: svc.sid, to, body: 'Acme: your order has shipped.', ...(mediaUrl ? { mediaUrl } : {}) });
      expect(msg.status).toBe('accepted');
      await acct.settle();
      return acct.client.messages(msg.sid).fetch();
    }
    expect(await sendTo('+33612345678')).toMatchObject({ from: 'AcmeFrance', status: 'delivered' });
    expect(await sendTo('+447700900123')).toMatchObject({ from: 'AcmeAlpha', status: 'delivered' });
    // No alpha sender ID in the US: the short code, which carries no 10DLC registration.
    expect(await sendTo('+14155550199')).toMatchObject({ from: '35791', status: 'delivered' });
    // Media: neither an alpha sender nor an SMS-only short code can carry it; the number does (unregistered: 30034).
    expect(await sendTo('+14155550199', ['https://example.com/a.png'])).toMatchObject({ from: number.phoneNumber, status: 'undelivered', errorCode: 30034 });
  });

  it('associates an externally registered campaign with a service (PreregisteredUsa2p) and registers its numbers to it', async () => {
    const svc = await services().create({ friendlyName: 'external campaign' });
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ smsEnabled: true, limit: 1 });
    const number = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    await services()(svc.sid).phoneNumbers.create({ phoneNumberSid: number.sid });

    const external = await acct.client.messaging.v1.externalCampaign.create({ campaignId: 'CEXT123', messagingServiceSid: svc.sid });
    expect(acct.exchanges.at(-1)!.status).toBe(201);
    expect(external).toMatchObject({ campaignId: 'CEXT123', messagingServiceSid: svc.sid, accountSid: acct.sid });
    expect(external.sid).toMatch(/^QE[0-9a-f]{32}$/);
    const [campaign] = await services()(svc.sid).usAppToPerson.list();
    expect(campaign).toMatchObject({ sid: external.sid, campaignId: 'CEXT123', campaignStatus: 'VERIFIED', isExternallyRegistered: true, brandRegistrationSid: null });
    expect((await services()(svc.sid).fetch()).usAppToPersonRegistered).toBe(true);

    await expect(acct.client.messaging.v1.externalCampaign.create({ campaignId: 'CEXT999', messagingServiceSid: svc.sid })).rejects.toMatchObject({ status: 409 });
    const other = await services().create({ friendlyName: 'external campaign 2' });
    await expect(acct.client.messaging.v1.externalCampaign.create({ campaignId: 'CEXT123', messagingServiceSid: other.sid })).rejects.toMatchObject({ status: 409 });
    await expect(acct.client.messaging.v1.externalCampaign.create({ campaignId: 'CEXT124', messagingServiceSid: `MG${'0'.repeat(32)}` })).rejects.toMatchObject({ status: 400, code: 21701 });
    await expect(acct.client.messaging.v1.externalCampaign.create({ campaignId: 'not-a-campaign', messagingServiceSid: other.sid })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/CampaignId/),
    });
    expect(await services()(other.sid).usAppToPerson.list()).toHaveLength(0);

    // The number registers to the external campaign on the clock, then US traffic is delivered.
    await acct.settle();
    const msg = await acct.client.messages.create({ from: number.phoneNumber, to: '+14155550177', body: 'Acme: your code is 123456.' });
    await acct.settle();
    expect(await acct.client.messages(msg.sid).fetch()).toMatchObject({ status: 'delivered' });
  });
});
