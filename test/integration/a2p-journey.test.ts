import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessInfo, goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const A2P = 'com.twilio.messaging.compliance.';
const ALL_A2P_TYPES = [
  'brand-registration.brand-registered',
  'brand-registration.brand-failure',
  'brand-registration.brand-verified',
  'brand-registration.brand-unverified',
  'brand-registration.brand-vetted-verified',
  'brand-registration.brand-secondary-vetting-failure',
  'campaign-registration.campaign-submitted',
  'campaign-registration.campaign-failure',
  'campaign-registration.campaign-approved',
  'campaign-registration.campaign-deleted',
  'number-registration.pending',
  'number-registration.successful',
  'number-registration.failed',
  'number-deregistration.pending',
  'number-deregistration.successful',
  'number-deregistration.failed',
].map((t) => ({ type: A2P + t, schema_version: 1 }));

/**
 * Seed 003 from the brand to a number that sends, through the official SDK, with the customer's
 * Event Streams subscription receiving every A2P event (signature-checked), and each failure path
 * a real ISV meets: the brand fails and is resubmitted, the campaign is rejected and updated.
 */
describe('seed 003 §3–5 end to end: brand → campaign → number → message, with Event Streams', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let customer: TestAccount;
  let primarySid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
    primarySid = await isvPrimaryProfile(sim);
    customer = await sim.account();
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  /** The events received so far, in order, verified and parsed. */
  function events(): any[] {
    return receiver.received
      .filter((r) => r.path.startsWith('/a2p'))
      .flatMap((r) => {
        expect(twilio.validateRequestWithBody(customer.token, String(r.headers['x-twilio-signature']), r.url, r.body)).toBe(true);
        return JSON.parse(r.body) as any[];
      });
  }
  const typesFor = (sid: string) =>
    events()
      .filter((e) => JSON.stringify(e.data).includes(sid))
      .map((e) => e.type.replace(A2P, ''));

  it('registers the brand (failing once), the campaign (rejected once), then a number that delivers', async () => {
    const c = customer.client;
    // Event Streams setup (FIDELITY §4): a webhook sink and a subscription in the customer's own account.
    const sink = await c.events.v1.sinks.create({ description: 'A2P status', sinkConfiguration: { destination: receiver.at('/a2p'), method: 'POST', batch_events: true }, sinkType: 'webhook' });
    await c.events.v1.subscriptions.create({ description: 'A2P registrations', sinkSid: sink.sid, types: ALL_A2P_TYPES });

    // §1–2: the profile and trust product, reviewed by TrustHub; then the EIN changes to one TCR cannot verify.
    const { customerProfileSid, trustProductSid, businessEndUserSid } = await standardBundles(customer, primarySid);
    await customer.settle();
    await c.trusthub.v1.endUsers(businessEndUserSid).update({ attributes: { ...businessInfo, business_registration_number: '12-345678' } });

    // §3: the brand fails, is fixed and resubmitted, and is approved.
    const brand = await c.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    // §4: the Messaging Service does not wait for the brand.
    const service = await c.messaging.v1.services.create({
      friendlyName: "Acme, Inc.'s A2P 10DLC Messaging Service",
      inboundRequestUrl: 'https://www.example.com/inbound-messages-webhook',
      fallbackUrl: 'https://www.example.com/fallback',
    });
    // §5 says wait for APPROVED; trying earlier is refused.
    await expect(c.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brand.sid))).rejects.toMatchObject({ status: 400, code: 21717 });
    await customer.settle();
    const failed = await c.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(failed.status).toBe('FAILED');
    expect(failed.errors).toEqual([expect.objectContaining({ error_code: 30799, fields: ['business_registration_number'] })]);
    await c.trusthub.v1.endUsers(businessEndUserSid).update({ attributes: businessInfo });
    await c.messaging.v1.brandRegistrations(brand.sid).update();
    await customer.settle();
    const approved = await c.messaging.v1.brandRegistrations(brand.sid).fetch();
    expect(approved).toMatchObject({ status: 'APPROVED', identityStatus: 'VETTED_VERIFIED' });

    // §5: use cases for the brand, then the campaign, rejected for its samples, then updated.
    const usecases = await c.messaging.v1.services(service.sid).usAppToPersonUsecases.fetch({ brandRegistrationSid: brand.sid });
    expect((usecases.usAppToPersonUsecases as any[]).map((u) => u.code)).toContain('ACCOUNT_NOTIFICATION');
    const { brandRegistrationSid: _b, usAppToPersonUsecase: _u, ...fields } = goodCampaign(brand.sid);
    const campaign = await c.messaging.v1
      .services(service.sid)
      .usAppToPerson.create({ ...goodCampaign(brand.sid), messageSamples: ['Your appointment is confirmed for Tuesday at 2 PM.', 'Your account statement is ready to view in the app.'] });
    await customer.settle();
    expect((await c.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).errors).toEqual([expect.objectContaining({ error_code: 30893 })]);
    await c.messaging.v1
      .services(service.sid)
      .usAppToPerson(campaign.sid)
      .update({ ...fields, ageGated: false, directLending: false });
    await customer.settle();
    const verified = await c.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch();
    expect(verified.campaignStatus).toBe('VERIFIED');
    expect((await c.messaging.v1.services(service.sid).fetch()).usAppToPersonRegistered).toBe(true);

    // The number: bought, added to the service, registered on the clock, and then it delivers.
    const [available] = await c.availablePhoneNumbers('US').local.list({ areaCode: 415, smsEnabled: true, limit: 1 });
    const number = await c.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    await c.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    const early = await c.messages.create({ from: number.phoneNumber, to: '+14155550199', body: 'Acme: hello! Reply STOP to unsubscribe.' });
    await customer.settle();
    expect(await c.messages(early.sid).fetch()).toMatchObject({ status: 'undelivered', errorCode: 30034 });
    const message = await c.messages.create({ messagingServiceSid: service.sid, to: '+14155550199', body: 'Acme: your appointment is confirmed. Reply STOP to unsubscribe.' });
    await customer.settle();
    expect(await c.messages(message.sid).fetch()).toMatchObject({ status: 'delivered', from: number.phoneNumber, errorCode: null });

    // Every status change reached the sink, in order, signed (events() checks each signature).
    await customer.flush();
    expect(typesFor(brand.sid).filter((t) => t.startsWith('brand'))).toEqual(['brand-registration.brand-failure', 'brand-registration.brand-registered', 'brand-registration.brand-vetted-verified']);
    // Campaign and number events carry the campaign's CM… SID.
    expect(typesFor(campaignSid(customer, campaign.sid))).toEqual([
      'campaign-registration.campaign-submitted',
      'campaign-registration.campaign-failure',
      'campaign-registration.campaign-submitted',
      'campaign-registration.campaign-approved',
      'number-registration.pending',
      'number-registration.successful',
    ]);
    const approvedEvent = events().find((e) => e.type === `${A2P}campaign-registration.campaign-approved`);
    expect(approvedEvent.data).toMatchObject({
      a2pusecase: 'ACCOUNT_NOTIFICATION',
      accountsid: customer.sid,
      brandsid: brand.sid,
      messagingservicesid: service.sid,
      campaignregistrationstatus: 'approved',
      externalcampaignid: verified.campaignId,
    });
    expect(approvedEvent.data.campaignsid).toMatch(/^CM[0-9a-f]{32}$/);
    const numberEvent = events().find((e) => e.type === `${A2P}number-registration.successful`);
    expect(numberEvent.data).toMatchObject({
      accountsid: customer.sid,
      campaignsid: approvedEvent.data.campaignsid,
      externalstatus: 'registered',
      phonenumbersid: number.sid,
      phonenumber: number.phoneNumber,
      messagingservicesid: service.sid,
    });

    // Taking the number out of the service deregisters it (pending now, successful an hour later).
    await c.messaging.v1.services(service.sid).phoneNumbers(number.sid).remove();
    await customer.settle();
    await customer.flush();
    expect(typesFor(number.sid).slice(-2)).toEqual(['number-deregistration.pending', 'number-deregistration.successful']);
  });
});

/** The campaign's CM… SID, as events carry it (the API shows the QE… resource SID). */
function campaignSid(acct: TestAccount, qeSid: string): string {
  return acct.world.table<{ sid: string; campaign_sid: string }>('messaging.us_app_to_person').get(qeSid)!.campaign_sid;
}
