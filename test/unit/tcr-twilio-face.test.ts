import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TcrTables, type TcrBrand, type TcrCampaign, type TcrNumberLink } from '../../src/sim/registry/tcr/api.js';
import { goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * Twilio's A2P resources are a face over the neutral TCR (#14 item 1): the registry holds one record per
 * BrandRegistration, UsAppToPerson and registering number, decides them, and the Twilio records follow.
 */
describe("Twilio's A2P resources over the neutral TCR", () => {
  let sim: TestSim;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    const primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
  });
  afterAll(() => sim.close());

  const table = <R>(name: string) => sim.sim.findWorld(acct.sid)!.table<R & { sid: string }>(name);

  it('registers the brand, its campaign and its number in the registry, which decides them; tcr_id and campaign_id are its ids', async () => {
    const [created] = await acct.client.messaging.v1.brandRegistrations.list();
    const tcrBrand = table<TcrBrand>(TcrTables.brands)
      .values()
      .find((b) => b.ownerRef === created!.sid)!;
    expect(tcrBrand).toMatchObject({ provider: 'twilio', status: 'PENDING', evidenceFromFace: true, displayName: 'Acme, Inc.' });
    expect(created!.tcrId).toBeNull();

    await acct.settle();
    const brand = await acct.client.messaging.v1.brandRegistrations(created!.sid).fetch();
    expect(brand.status).toBe('APPROVED');
    expect(table<TcrBrand>(TcrTables.brands).get(tcrBrand.sid)).toMatchObject({ status: 'APPROVED', score: brand.brandScore, identityStatus: brand.identityStatus });
    expect(brand.tcrId).toBe(tcrBrand.sid);

    const service = await acct.client.messaging.v1.services.create({ friendlyName: 'tcr face' });
    const [available] = await acct.client.availablePhoneNumbers('US').local.list({ areaCode: 415, smsEnabled: true, limit: 1 });
    const number = await acct.client.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    await acct.client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    const campaign = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brand.sid));
    const tcrCampaign = table<TcrCampaign>(TcrTables.campaigns).get(campaign.campaignId)!;
    expect(tcrCampaign).toMatchObject({ provider: 'twilio', ownerRef: campaign.sid, brandId: tcrBrand.sid, status: 'PENDING', usecase: campaign.usAppToPersonUsecase });

    await acct.settle();
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');
    expect(table<TcrCampaign>(TcrTables.campaigns).get(campaign.campaignId)!.status).toBe('ACTIVE');
    const links = table<TcrNumberLink>(TcrTables.links)
      .values()
      .filter((l) => l.ownerRef === number.sid);
    expect(links.map((l) => [l.campaignId, l.phoneNumber, l.status])).toEqual([[campaign.campaignId, number.phoneNumber, 'ACTIVE']]);

    // Deleting the campaign expires it in TCR and takes the number off it.
    await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).remove();
    expect(table<TcrCampaign>(TcrTables.campaigns).get(campaign.campaignId)!.status).toBe('EXPIRED');
    expect(table<TcrNumberLink>(TcrTables.links).get(links[0]!.sid)!.status).toBe('DEACTIVATED');
  });
});
