import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  a2pFees,
  addNumberToService,
  createBrandRegistration,
  createCampaign,
  createMessagingService,
  deleteCampaign,
  removeNumberFromService,
  resubmitBrandRegistration,
} from '../../src/sim/registry/tcr/operations.js';
import { goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { TestSim } from '../helpers/sim.js';

/** The registry's operations without HTTP (what CloudFran's POST /brands and POST /campaigns stand on). */
describe('A2P registry operations, callable without HTTP', () => {
  let sim: TestSim;
  let primarySid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    primarySid = await isvPrimaryProfile(sim);
  });
  afterAll(() => sim.close());

  it('registers a brand, a service, a campaign and a number with the same rules, lifecycles and fees as the Twilio routes', async () => {
    const acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    const { sim: simulator } = sim;
    const world = acct.world;
    expect(() => createBrandRegistration(simulator, world, { customerProfileBundleSid: `BU${'0'.repeat(32)}`, a2pProfileBundleSid: trustProductSid })).toThrow(
      expect.objectContaining({ status: 400, code: 30793 }),
    );
    const brand = createBrandRegistration(simulator, world, { customerProfileBundleSid: customerProfileSid, a2pProfileBundleSid: trustProductSid });
    expect(brand).toMatchObject({ status: 'PENDING', brand_type: 'STANDARD' });
    expect(() => resubmitBrandRegistration(simulator, world, brand.sid)).toThrow(expect.objectContaining({ status: 409 }));
    const service = createMessagingService(simulator, world, { friendlyName: 'CloudFran tenant service', usecase: 'notifications' });
    const c = goodCampaign(brand.sid);
    const input = {
      BrandRegistrationSid: brand.sid,
      Description: c.description,
      MessageFlow: c.messageFlow,
      MessageSamples: c.messageSamples,
      UsAppToPersonUsecase: c.usAppToPersonUsecase,
      HasEmbeddedLinks: false,
      HasEmbeddedPhone: false,
    };
    expect(() => createCampaign(simulator, world, service.sid, input)).toThrow(expect.objectContaining({ status: 400, code: 21717 }));
    await acct.settle();
    const campaign = createCampaign(simulator, world, service.sid, input);
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ smsEnabled: true, limit: 1 });
    const number = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    const entry = addNumberToService(simulator, world, service.sid, number.sid);
    expect(entry.registration_status).toBe('unregistered');
    await acct.settle();
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');
    expect(world.table<{ sid: string; registration_status: string }>('messaging.service_phone_numbers').get(number.sid)!.registration_status).toBe('successful');
    expect(a2pFees(world).map((f) => f.kind)).toEqual(['brand_registration', 'secondary_vetting', 'campaign_vetting']);
    removeNumberFromService(simulator, world, service.sid, number.sid);
    deleteCampaign(simulator, world, service.sid, campaign.sid);
    expect(await acct.client.messaging.v1.services(service.sid).usAppToPerson.list()).toHaveLength(0);
  });
});
