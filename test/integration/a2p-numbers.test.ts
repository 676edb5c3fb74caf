import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const HOUR = 3600;
const DESTINATION = '+14155550199';

/** Seed 003 §5 (last step) and FIDELITY §3/§7: numbers in a Messaging Service, registered to its campaign, then able to send. */
describe('10DLC number registration: Services/{MG}/PhoneNumbers and the sending rule', () => {
  let sim: TestSim;
  let acct: TestAccount;
  let brandSid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    const primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    brandSid = (await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid })).sid;
    await acct.settle();
  });
  afterAll(() => sim.close());

  /** A local number that can text (the number plan also sells voice-only numbers). */
  async function buyLocal(areaCode = 415) {
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ areaCode, smsEnabled: true, limit: 1 });
    return acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
  }

  async function send(from: string) {
    const msg = await acct.client.messages.create({ from, to: DESTINATION, body: 'Acme: your appointment is confirmed. Reply STOP to unsubscribe.' });
    await acct.settle();
    return acct.client.messages(msg.sid).fetch();
  }

  it('adds an owned number to a service (201) and refuses unknown, duplicate and foreign-service numbers (21421, 80104, 21712)', async () => {
    const service = await acct.client.messaging.v1.services.create({ friendlyName: 'numbers A' });
    const other = await acct.client.messaging.v1.services.create({ friendlyName: 'numbers B' });
    const number = await buyLocal();
    const added = await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    expect(acct.exchanges.at(-1)!.status).toBe(201);
    expect(added).toMatchObject({ sid: number.sid, serviceSid: service.sid, phoneNumber: number.phoneNumber, countryCode: 'US' });
    expect(added.capabilities).toEqual(expect.arrayContaining(['SMS']));
    expect(added.url).toBe(`https://messaging.twilio.com/v1/Services/${service.sid}/PhoneNumbers/${number.sid}`);
    expect((await acct.client.messaging.v1.services(service.sid).phoneNumbers(number.sid).fetch()).phoneNumber).toBe(number.phoneNumber);
    const page = await acct.request('GET', `/messaging/v1/Services/${service.sid}/PhoneNumbers`);
    expect(page.body.meta.key).toBe('phone_numbers');
    expect(page.body.phone_numbers.map((n: any) => n.sid)).toEqual([number.sid]);

    await expect(acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: `PN${'0'.repeat(32)}` })).rejects.toMatchObject({
      status: 400,
      code: 21421,
      message: expect.stringMatching(/PhoneNumberSid/),
    });
    await expect(acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: 'PN123' })).rejects.toMatchObject({ status: 400, code: 21421 });
    await expect(acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid })).rejects.toMatchObject({ status: 409, code: 80104 });
    await expect(acct.client.messaging.v1.services(other.sid).phoneNumbers.create({ phoneNumberSid: number.sid })).rejects.toMatchObject({ status: 409, code: 21712 });
    // Another account's number is not this account's.
    const stranger = await sim.account();
    const theirs = await stranger.client.incomingPhoneNumbers.create({ areaCode: '212' });
    await expect(acct.client.messaging.v1.services(other.sid).phoneNumbers.create({ phoneNumberSid: theirs.sid })).rejects.toMatchObject({ status: 400, code: 21421 });

    await acct.client.messaging.v1.services(service.sid).phoneNumbers(number.sid).remove();
    expect(await acct.client.messaging.v1.services(service.sid).phoneNumbers.list()).toHaveLength(0);
    // The number stays in the account and can join another service.
    expect((await acct.client.incomingPhoneNumbers(number.sid).fetch()).sid).toBe(number.sid);
    await acct.client.messaging.v1.services(other.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    // Releasing the number takes it out of its service too.
    await acct.client.incomingPhoneNumbers(number.sid).remove();
    expect(await acct.client.messaging.v1.services(other.sid).phoneNumbers.list()).toHaveLength(0);
    await expect(acct.client.messaging.v1.services(other.sid).phoneNumbers(number.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('blocks US traffic from a number until its campaign is VERIFIED and its registration successful (30034), then delivers', async () => {
    const service = await acct.client.messaging.v1.services.create({ friendlyName: 'registration' });
    const number = await buyLocal(628);
    await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    // No campaign: FIDELITY §3, accepted then undelivered with 30034.
    const blocked = await send(number.phoneNumber);
    expect(blocked).toMatchObject({ status: 'undelivered', errorCode: 30034 });

    const campaign = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brandSid));
    await acct.advance(2 * HOUR + 3 * 24 * HOUR);
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');
    // Verified, but the number's registration takes hours: still blocked meanwhile.
    expect(await send(number.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30034 });
    await acct.advance(4 * HOUR);
    expect(await send(number.phoneNumber)).toMatchObject({ status: 'delivered', errorCode: null });

    // A number added to the verified service registers on its own.
    const second = await buyLocal(650);
    await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: second.sid });
    await acct.advance(4 * HOUR);
    expect(await send(second.phoneNumber)).toMatchObject({ status: 'delivered' });

    // Deleting the campaign blocks the service's numbers again (seed 004: "blocks all A2P 10DLC messaging").
    await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).remove();
    expect(await send(number.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30034 });
  });

  it('fails the registration of a toll-free number in a 10DLC service (30126) and keeps blocking it (30032)', async () => {
    const service = await acct.client.messaging.v1.services.create({ friendlyName: 'toll-free' });
    const [available] = await acct.client.availablePhoneNumbers('US').tollFree.list({ limit: 1 });
    const tollFree = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    const campaign = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brandSid));
    await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: tollFree.sid });
    await acct.settle();
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');
    const entry = sim.sim
      .findWorld(acct.sid)!
      .table<{ sid: string; registration_status: string; registration_error: { error_code: number } | null }>('messaging.service_phone_numbers')
      .get(tollFree.sid)!;
    expect(entry.registration_status).toBe('failed');
    expect(entry.registration_error?.error_code).toBe(30126);
    expect(await send(tollFree.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30032 });
  });
});
