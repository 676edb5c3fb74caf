import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodCampaign, isvPrimaryProfile, soleProprietorBundles, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const QE_COMPLIANCE = 'QE2c6890da8086d771620e9b13fadeba0b';

describe('seed 003 §4–5 and seed 004: Messaging Services and US A2P campaigns', () => {
  let sim: TestSim;
  let acct: TestAccount;
  let primarySid: string;
  let brandSid: string;

  beforeAll(async () => {
    sim = await TestSim.start();
    primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    brandSid = (await acct.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid })).sid;
    await acct.settle();
    expect((await acct.client.messaging.v1.brandRegistrations(brandSid).fetch()).status).toBe('APPROVED');
  });
  afterAll(() => sim.close());

  const newService = (name = 'Acme, Inc. A2P 10DLC Messaging Service') =>
    acct.client.messaging.v1.services.create({ friendlyName: name, inboundRequestUrl: 'https://www.example.com/inbound-messages-webhook', fallbackUrl: 'https://www.example.com/fallback' });

  it('creates, lists, updates and deletes Messaging Services (seed 003 §4), with Twilio defaults and use case checks', async () => {
    const service = await newService();
    expect(service.sid).toMatch(/^MG[0-9a-f]{32}$/);
    expect(service).toMatchObject({ inboundMethod: 'POST', fallbackMethod: 'POST', validityPeriod: 36000, usecase: 'undeclared', usAppToPersonRegistered: false, scanMessageContent: 'inherit' });
    expect(service.links.us_app_to_person).toBe(`https://messaging.twilio.com/v1/Services/${service.sid}/Compliance/Usa2p`);
    const updated = await acct.client.messaging.v1.services(service.sid).update({ usecase: 'notifications', validityPeriod: 600 });
    expect(updated).toMatchObject({ usecase: 'notifications', validityPeriod: 600 });
    await expect(acct.client.messaging.v1.services(service.sid).update({ usecase: 'spam' })).rejects.toMatchObject({ status: 400, code: 21713, message: expect.stringMatching(/Usecase/) });
    await expect(acct.client.messaging.v1.services(service.sid).update({ validityPeriod: 0 })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/ValidityPeriod/) });
    expect((await acct.client.messaging.v1.services.list()).map((s) => s.sid)).toContain(service.sid);
    const usecases = await acct.client.messaging.v1.usecases.fetch();
    expect((usecases.usecases as any[]).map((u) => u.usecase)).toEqual(['notifications', 'marketing', 'verification', 'discussion', 'poll', 'undeclared']);
    await acct.client.messaging.v1.services(service.sid).remove();
    await expect(acct.client.messaging.v1.services(service.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it('lists the use cases a brand may register: standard ones for a standard brand, SOLE_PROPRIETOR only for a sole proprietor', async () => {
    const service = await newService();
    const forBrand = await acct.client.messaging.v1.services(service.sid).usAppToPersonUsecases.fetch({ brandRegistrationSid: brandSid });
    const codes = (forBrand.usAppToPersonUsecases as any[]).map((u) => u.code);
    expect(codes).toHaveLength(20);
    expect(codes).toContain('MARKETING');
    expect(codes).not.toContain('SOLE_PROPRIETOR');
    expect((forBrand.usAppToPersonUsecases as any[]).find((u) => u.code === 'SOCIAL')).toMatchObject({ post_approval_required: true });
    const unknown = await acct.request('GET', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p/Usecases?BrandRegistrationSid=BN${'0'.repeat(32)}`);
    expect(unknown.status).toBe(400);
  });

  it('walks a campaign PENDING → IN_PROGRESS → VERIFIED over days, fills rate limits and marks the service registered', async () => {
    const service = await newService();
    const campaign = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brandSid));
    expect(campaign.sid).toMatch(/^QE[0-9a-f]{32}$/);
    expect(campaign).toMatchObject({
      campaignStatus: 'PENDING',
      brandRegistrationSid: brandSid,
      messagingServiceSid: service.sid,
      rateLimits: null,
      mock: false,
      isExternallyRegistered: false,
      errors: [],
      // Twilio's default opt-out when the campaign does not manage its own (seed 004 createWithDefaults).
      optOutKeywords: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'],
      helpKeywords: ['HELP', 'INFO'],
      helpMessage: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
      optInKeywords: null,
    });
    expect(campaign.campaignId).toMatch(/^C[0-9A-Z]{6}$/);
    await acct.advance(2 * HOUR);
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('IN_PROGRESS');
    await acct.advance(2 * DAY);
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch()).campaignStatus).toBe('IN_PROGRESS');
    expect((await acct.client.messaging.v1.services(service.sid).fetch()).usAppToPersonRegistered).toBe(false);
    await acct.advance(1 * DAY);
    const verified = await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch();
    expect(verified.campaignStatus).toBe('VERIFIED');
    expect(verified.rateLimits).toEqual({ att: expect.objectContaining({ msg_class: expect.any(String), mps: expect.any(Number) }), tmobile: { brand_tier: expect.any(String) } });
    expect((await acct.client.messaging.v1.services(service.sid).fetch()).usAppToPersonRegistered).toBe(true);

    // The documented compliance identifier names the service's campaign (seed 004).
    expect((await acct.client.messaging.v1.services(service.sid).usAppToPerson(QE_COMPLIANCE).fetch()).sid).toBe(campaign.sid);
    const list = await acct.request('GET', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p`);
    expect(list.body.meta.key).toBe('compliance');
    expect(list.body.compliance.map((c: any) => c.sid)).toEqual([campaign.sid]);
    expect(list.body.compliance[0]).not.toHaveProperty('privacy_policy_url');
  });

  it('returns privacy policy and terms URLs only with X-Twilio-Api-Version v1.2 (FIDELITY §1)', async () => {
    const service = await newService();
    const created = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create({
      ...goodCampaign(brandSid),
      privacyPolicyUrl: 'https://www.acme-inc.com/privacy',
      termsAndConditionsUrl: 'https://www.acme-inc.com/terms',
      xTwilioApiVersion: 'v1.2',
    });
    expect(acct.exchanges.at(-1)!.body).toMatchObject({ privacy_policy_url: 'https://www.acme-inc.com/privacy', terms_and_conditions_url: 'https://www.acme-inc.com/terms' });
    await acct.client.messaging.v1.services(service.sid).usAppToPerson(created.sid).fetch();
    expect(acct.exchanges.at(-1)!.body).not.toHaveProperty('privacy_policy_url');
    await acct.client.messaging.v1.services(service.sid).usAppToPerson(created.sid).fetch({ xTwilioApiVersion: 'v1.2' });
    expect((acct.exchanges.at(-1)!.body as { terms_and_conditions_url: string }).terms_and_conditions_url).toBe('https://www.acme-inc.com/terms');
  });

  it('validates every field with a 400 that names it (FIDELITY §6), creating nothing', async () => {
    const service = await newService();
    const usa2p = acct.client.messaging.v1.services(service.sid).usAppToPerson;
    const good = goodCampaign(brandSid);
    const cases: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ description: 'Too short to describe anything.' }, 21728, /Description: must be between 40 and 4096/],
      [{ description: 'x'.repeat(4097) }, 21728, /Description/],
      [{ messageFlow: 'Customers sign up online.' }, 21728, /MessageFlow/],
      [{ messageFlow: 'x'.repeat(2049) }, 21728, /MessageFlow/],
      [{ messageSamples: ['Acme: only one sample here, reply STOP.'] }, 21728, /MessageSamples: must contain 2 to 5/],
      [{ messageSamples: Array.from({ length: 6 }, (_, i) => `Acme sample number ${i} reply STOP to end`) }, 21728, /MessageSamples/],
      [{ messageSamples: ['Acme: too short', 'Acme: your appointment is confirmed, reply STOP.'] }, 21728, /MessageSamples\[0\]/],
      [{ optInKeywords: ['START'] }, 21727, /OptInMessage/],
      [{ optInMessage: 'Acme: you are now subscribed. Reply STOP to end.' }, 21727, /OptInKeywords/],
      [{ optInKeywords: ['START'], optInMessage: 'Too short' }, 21728, /OptInMessage/],
      [{ optOutKeywords: ['STOP'], optOutMessage: 'Acme: you are unsubscribed and will get no more texts.' }, 21727, /HelpKeywords/],
      [{ optInKeywords: ['START!'], optInMessage: 'Acme: you are now subscribed. Reply STOP to end.' }, 20001, /OptInKeywords.*alphanumeric/],
      [
        { helpKeywords: ['H'.repeat(256)], helpMessage: 'Acme help: call us or visit our website.', optOutKeywords: ['STOP'], optOutMessage: 'Acme: you are unsubscribed and will get no more texts.' },
        21728,
        /HelpKeywords/,
      ],
      [{ usAppToPersonUsecase: 'NOT_A_USECASE' }, 21720, /UsAppToPersonUsecase/],
      [{ usAppToPersonUsecase: 'SOLE_PROPRIETOR' }, 21717, /UsAppToPersonUsecase/],
      [{ brandRegistrationSid: `BN${'1'.repeat(32)}` }, 21717, /BrandRegistrationSid/],
    ];
    for (const [override, code, message] of cases) {
      await expect(usa2p.create({ ...good, ...override } as never), JSON.stringify(override).slice(0, 80)).rejects.toMatchObject({ status: 400, code, message: expect.stringMatching(message) });
    }
    for (const required of ['BrandRegistrationSid', 'Description', 'MessageFlow', 'MessageSamples', 'UsAppToPersonUsecase', 'HasEmbeddedLinks', 'HasEmbeddedPhone']) {
      const form: Record<string, string | string[]> = {
        BrandRegistrationSid: brandSid,
        Description: good.description,
        MessageFlow: good.messageFlow,
        MessageSamples: good.messageSamples,
        UsAppToPersonUsecase: good.usAppToPersonUsecase,
        HasEmbeddedLinks: 'false',
        HasEmbeddedPhone: 'false',
      };
      delete form[required];
      const res = await acct.request('POST', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p`, { form });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 21727, message: `Missing required parameter ${required} in the post body` });
    }
    expect(await usa2p.list()).toHaveLength(0);
  });

  it('refuses a campaign before its brand is approved (21717), for a failed brand, and for an unverified sole proprietor (30991)', async () => {
    const other = await sim.account();
    const { customerProfileSid, trustProductSid } = await standardBundles(other, primarySid);
    const brand = await other.client.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    const service = await other.client.messaging.v1.services.create({ friendlyName: 'Too early' });
    const usa2p = other.client.messaging.v1.services(service.sid).usAppToPerson;
    await expect(usa2p.create(goodCampaign(brand.sid))).rejects.toMatchObject({ status: 400, code: 21717, message: expect.stringMatching(/PENDING/) });
    await other.advance(HOUR);
    await expect(usa2p.create(goodCampaign(brand.sid))).rejects.toMatchObject({ status: 400, code: 21717, message: expect.stringMatching(/IN_REVIEW/) });
    expect(await usa2p.list()).toHaveLength(0);
    // Another account's brand is unknown here.
    await expect(usa2p.create(goodCampaign(brandSid))).rejects.toMatchObject({ status: 400, code: 21717 });

    const sp = await soleProprietorBundles(other, primarySid);
    const spBrand = await other.client.messaging.v1.brandRegistrations.create({
      customerProfileBundleSid: sp.customerProfileSid,
      a2PProfileBundleSid: sp.trustProductSid,
      brandType: 'SOLE_PROPRIETOR',
    });
    await other.advance(DAY);
    expect((await other.client.messaging.v1.brandRegistrations(spBrand.sid).fetch()).identityStatus).toBe('UNVERIFIED');
    const spService = await other.client.messaging.v1.services.create({ friendlyName: 'Jane' });
    const spCampaign = { ...goodCampaign(spBrand.sid, 'Jane Doe Tutoring'), usAppToPersonUsecase: 'SOLE_PROPRIETOR' };
    await expect(other.client.messaging.v1.services(spService.sid).usAppToPerson.create(spCampaign)).rejects.toMatchObject({ status: 400, code: 30991 });
    const spUsecases = await other.client.messaging.v1.services(spService.sid).usAppToPersonUsecases.fetch({ brandRegistrationSid: spBrand.sid });
    expect((spUsecases.usAppToPersonUsecases as any[]).map((u) => u.code)).toEqual(['SOLE_PROPRIETOR']);
    const confirmed = await fetch(`${sim.url}/_sim/a2p/brands/${spBrand.sid}/otp`, {
      method: 'POST',
      headers: { authorization: other.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ reply: 'YES' }),
    });
    expect(confirmed.status).toBe(200);
    await expect(other.client.messaging.v1.services(spService.sid).usAppToPerson.create({ ...spCampaign, usAppToPersonUsecase: 'MARKETING' })).rejects.toMatchObject({ status: 400, code: 21717 });
    const created = await other.client.messaging.v1.services(spService.sid).usAppToPerson.create(spCampaign);
    expect(created.usAppToPersonUsecase).toBe('SOLE_PROPRIETOR');
    // FIDELITY §6: one SOLE_PROPRIETOR campaign per brand.
    const spService2 = await other.client.messaging.v1.services.create({ friendlyName: 'Jane again' });
    await expect(other.client.messaging.v1.services(spService2.sid).usAppToPerson.create(spCampaign)).rejects.toMatchObject({ status: 400, code: 30930 });
  });

  it('rejects a campaign whose samples neither name the brand nor offer opt-out (30893), then verifies it once updated and resubmitted', async () => {
    const service = await newService();
    const usa2p = acct.client.messaging.v1.services(service.sid).usAppToPerson;
    const campaign = await usa2p.create({
      ...goodCampaign(brandSid),
      // Seed 004's example samples: no business name, no opt-out language.
      messageSamples: ['EXPRESS: Denim Days Event is ON', 'LAST CHANCE: Book your next flight for just 1 (ONE) EUR'],
    });
    await expect(usa2p(campaign.sid).update({ ...goodCampaign(brandSid), ageGated: false, directLending: false })).rejects.toMatchObject({ status: 409 });
    await acct.settle();
    const failed = await usa2p(campaign.sid).fetch();
    expect(failed.campaignStatus).toBe('FAILED');
    expect(failed.rateLimits).toBeNull();
    expect(failed.errors).toEqual([
      {
        error_code: 30893,
        fields: ['MESSAGE_SAMPLES'],
        url: 'https://www.twilio.com/docs/api/errors/30893',
        description: expect.stringMatching(/brand name "Acme, Inc\." and opt-out language/),
      },
    ]);
    const missing = await acct.request('POST', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p/${campaign.sid}`, {
      form: {
        HasEmbeddedLinks: 'false',
        HasEmbeddedPhone: 'false',
        MessageSamples: goodCampaign(brandSid).messageSamples,
        MessageFlow: goodCampaign(brandSid).messageFlow,
        Description: goodCampaign(brandSid).description,
        AgeGated: 'false',
      },
    });
    expect(missing.body).toMatchObject({ status: 400, code: 21727, message: 'Missing required parameter DirectLending in the post body' });

    const { brandRegistrationSid: _b, usAppToPersonUsecase: _u, ...fields } = goodCampaign(brandSid);
    const resubmitted = await usa2p(campaign.sid).update({ ...fields, ageGated: false, directLending: false });
    expect(resubmitted).toMatchObject({ campaignStatus: 'PENDING', errors: [], messageSamples: fields.messageSamples });
    await acct.settle();
    expect((await usa2p(campaign.sid).fetch()).campaignStatus).toBe('VERIFIED');
  });

  it('rejects disallowed content (30897) and an embedded-phone declaration the samples contradict (30889)', async () => {
    const service = await newService();
    const campaign = await acct.client.messaging.v1.services(service.sid).usAppToPerson.create({
      ...goodCampaign(brandSid),
      usAppToPersonUsecase: 'MARKETING',
      description: 'Acme sends weekly promotions for its cannabis dispensary to customers who joined the loyalty club in store.',
      hasEmbeddedPhone: true,
    });
    await acct.settle();
    const failed = await acct.client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch();
    expect((failed.errors as any[]).map((e) => [e.error_code, e.fields])).toEqual([
      [30897, ['DESCRIPTION']],
      [30889, ['HAS_EMBEDDED_PHONE', 'MESSAGE_SAMPLES']],
    ]);
  });

  it('allows one campaign per Messaging Service and five per brand', async () => {
    const first = await newService('limit 1');
    await acct.client.messaging.v1.services(first.sid).usAppToPerson.create(goodCampaign(brandSid));
    await expect(acct.client.messaging.v1.services(first.sid).usAppToPerson.create(goodCampaign(brandSid))).rejects.toMatchObject({ status: 409 });
    // Fill the brand up to five campaigns, then the sixth is refused.
    let count = 0;
    for (const s of await acct.client.messaging.v1.services.list()) count += (await acct.client.messaging.v1.services(s.sid).usAppToPerson.list()).length;
    for (let i = count; i < 5; i++) {
      const s = await newService(`limit ${i + 2}`);
      await acct.client.messaging.v1.services(s.sid).usAppToPerson.create(goodCampaign(brandSid));
    }
    const sixth = await newService('limit 6');
    await expect(acct.client.messaging.v1.services(sixth.sid).usAppToPerson.create(goodCampaign(brandSid))).rejects.toMatchObject({ status: 400, code: 30930 });
    // Deleting a campaign frees a place, and clears its service's registration.
    await acct.client.messaging.v1.services(first.sid).usAppToPerson(QE_COMPLIANCE).remove();
    expect(await acct.client.messaging.v1.services(first.sid).usAppToPerson.list()).toHaveLength(0);
    expect((await acct.client.messaging.v1.services(first.sid).fetch()).usAppToPersonRegistered).toBe(false);
    const created = await acct.client.messaging.v1.services(sixth.sid).usAppToPerson.create(goodCampaign(brandSid));
    expect(created.campaignStatus).toBe('PENDING');
    // Deleting a service deletes its campaign too.
    await acct.client.messaging.v1.services(sixth.sid).remove();
    await expect(acct.client.messaging.v1.services(sixth.sid).usAppToPerson(created.sid).fetch()).rejects.toMatchObject({ status: 404 });
    expect(acct.world.table('messaging.us_app_to_person').get(created.sid)).toBeUndefined();
  });
});
