import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { Receiver, type Received } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const US_MOBILE = '+16175550142';

function signed(acct: TestAccount, r: Received): boolean {
  return twilio.validateRequest(acct.token, String(r.headers['x-twilio-signature']), r.url, r.form);
}

/**
 * The end of seed 003: once the brand is approved, the campaign VERIFIED and the number's 10DLC
 * registration successful, the same number that was refused with 30034 delivers to the US.
 */
describe('Messages from a 10DLC number before and after A2P registration, directly and through a Messaging Service', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let acct: TestAccount;
  let serviceSid: string;
  let registered: { sid: string; phoneNumber: string };
  let tollFree: string;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'messages-a2p' });
    receiver = await Receiver.start();
    const primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
    const [n] = await acct.client.availablePhoneNumbers('US').local.list({ areaCode: 617, smsEnabled: true, limit: 1 });
    registered = await acct.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber });
    tollFree = (await acct.client.incomingPhoneNumbers.create({ areaCode: '833' })).phoneNumber;
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    await acct.settle();
    const brand = await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await acct.settle();
    expect((await acct.client.messaging.v1.brandRegistrations(brand.sid).fetch()).status).toBe('APPROVED');
    const service = await acct.client.messaging.v1.services.create({ friendlyName: 'Acme notifications', statusCallback: receiver.at('/service') });
    serviceSid = service.sid;
    await acct.client.messaging.v1.services(serviceSid).phoneNumbers.create({ phoneNumberSid: registered.sid });
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('refuses US traffic (30034) while the number’s service has no verified campaign, then delivers once it is registered', async () => {
    const before = await acct.client.messages.create({ from: registered.phoneNumber, to: US_MOBILE, body: 'Acme: your appointment is confirmed. Reply STOP to opt out.' });
    await acct.advance(5);
    expect(await acct.client.messages(before.sid).fetch()).toMatchObject({ status: 'undelivered', errorCode: 30034 });

    const campaign = await acct.client.messaging.v1.services(serviceSid).usAppToPerson.create(goodCampaign((await acct.client.messaging.v1.brandRegistrations.list())[0]!.sid));
    await acct.settle();
    expect((await acct.client.messaging.v1.services(serviceSid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');

    const after = await acct.client.messages.create({
      from: registered.phoneNumber,
      to: US_MOBILE,
      body: 'Acme: your appointment is confirmed. Reply STOP to opt out.',
      statusCallback: receiver.at('/registered'),
    });
    await acct.advance(5);
    await acct.flush();
    expect(await acct.client.messages(after.sid).fetch()).toMatchObject({ status: 'delivered', errorCode: null, price: '-0.00790', priceUnit: 'USD' });
    const cbs = receiver.received.filter((r) => r.path === '/registered');
    expect(cbs.map((r) => r.form.MessageStatus)).toEqual(['sent', 'delivered']);
    expect(cbs.every((r) => signed(acct, r))).toBe(true);
  });

  it('sends through the Messaging Service: accepted, then queued from a pool number, with the service’s status callback', async () => {
    const msg = await acct.client.messages.create({ messagingServiceSid: serviceSid, to: US_MOBILE, body: 'Acme: your statement is ready. Reply HELP for help.' });
    expect(msg).toMatchObject({ status: 'accepted', from: null, messagingServiceSid: serviceSid });
    await acct.advance(1);
    expect(await acct.client.messages(msg.sid).fetch()).toMatchObject({ status: 'queued', from: registered.phoneNumber });
    await acct.advance(5);
    await acct.flush();
    expect((await acct.client.messages(msg.sid).fetch()).status).toBe('delivered');
    const cbs = receiver.received.filter((r) => r.path === '/service' && r.form.MessageSid === msg.sid);
    expect(cbs.map((r) => r.form.MessageStatus)).toEqual(['queued', 'sent', 'delivered']);
    expect(cbs.every((r) => signed(acct, r) && r.form.MessagingServiceSid === serviceSid && r.form.From === registered.phoneNumber)).toBe(true);
    expect((await acct.client.messages.list({ from: registered.phoneNumber })).map((m) => m.sid)).toContain(msg.sid);
  });

  it('refuses a service without numbers (21704) and US traffic from an unverified toll-free number (30032)', async () => {
    const empty = await acct.client.messaging.v1.services.create({ friendlyName: 'Empty' });
    await expect(acct.client.messages.create({ messagingServiceSid: empty.sid, to: US_MOBILE, body: 'hello there' })).rejects.toMatchObject({ status: 400, code: 21704 });
    const tf = await acct.client.messages.create({ from: tollFree, to: US_MOBILE, body: 'hello there' });
    await acct.advance(5);
    expect(await acct.client.messages(tf.sid).fetch()).toMatchObject({ status: 'undelivered', errorCode: 30032, errorMessage: 'Toll-Free Number Has Not Been Verified' });
  });
});
