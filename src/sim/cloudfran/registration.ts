import type { ClockState } from '../engine/clock.js';
import type { Simulator } from '../engine/simulator.js';
import type { StateChange, Transition, World } from '../engine/world.js';
import { CloudFranError } from './http.js';
import { charge, FEES_CENTS } from './ledger.js';
import { linkNumber } from './phone-numbers.js';
import { CfTables, type BrandService, type CampaignService, type NumberService } from './records.js';
import type { z } from 'zod';
import type { CreateBrandBody, CreateCampaignBody } from './schemas.js';
import { type InProcessApp, TwilioCallError, TwilioClient, type TwilioForm } from './twilio-client.js';
import { uuid } from '../wire/uuid.js';
import { sendWebhook } from './webhooks.js';

/**
 * CloudFran's POST /brands and POST /campaigns the way CloudFran's backend makes them: TrustHub
 * profile and trust product, BrandRegistration, Messaging Service and Usa2p campaign created over
 * Twilio's API with the tenant's credentials (twilio-client.ts), so Twilio's own validation, rules
 * and clock decide them. CloudFran keeps only its records of the SIDs Twilio gave back.
 */
export const CAMPAIGN_BILLING = 'cloudfran.campaign-billing';
/** CloudFran is the ISV: its Primary Business Profile lives in a platform account of its own. */
export const PLATFORM_SCOPE = 'cloudfran-platform';

/**
 * Twilio's TrustHub policies CloudFran's bundles follow (GET /trusthub/v1/Policies; the simulator's
 * catalogue is fixtures/trusthub/policies.json, whose primary policy has a placeholder SID).
 */
const Policy = {
  primaryBusiness: 'RN000000000000000000000000000000a1',
  secondaryBusiness: 'RNdfbf3fae0e1107f8aded0e7cead80bf5',
  a2pMessagingBusiness: 'RNb0d4771c2c98518d916a3d4cd70a8f8b',
} as const;

/** The parts of Twilio's BrandRegistration JSON CloudFran reads. */
export interface TwilioBrand {
  sid: string;
  status: string;
  identity_status: string | null;
  tcr_id: string | null;
  brand_score: number | null;
  errors: TwilioRegistrationError[];
  date_updated: string;
}

/** The parts of Twilio's Usa2p (campaign) JSON CloudFran reads. */
export interface TwilioCampaign {
  sid: string;
  campaign_status: string;
  campaign_id: string | null;
  errors: TwilioRegistrationError[];
  date_updated: string;
}

/** One item of a brand's or campaign's `errors` (Twilio: `{url, error_code, description, fields}`). */
export interface TwilioRegistrationError {
  error_code: number;
  description: string;
  fields: string[];
}

export function registrationErrors(errors: TwilioRegistrationError[] | undefined) {
  return (errors ?? []).map((e) => ({ code: e.error_code, description: e.description, fields: e.fields }));
}

export const brandPath = (sid: string) => `/messaging/v1/a2p/BrandRegistrations/${sid}`;
export const campaignPath = (serviceSid: string, sid: string) => `/messaging/v1/Services/${serviceSid}/Compliance/Usa2p/${sid}`;

/**
 * The platform account, with random credentials like a tenant's (Simulator.derivedAccount); in a data
 * file of an earlier version it is the account holding the primary profile, or the seeder's ISV.
 */
export function platformAccount(sim: Simulator, clock: ClockState): World {
  return sim.derivedAccount(PLATFORM_SCOPE, 'cloudfran', clock, (w) => typeof w.settings.primaryProfileSid === 'string' || (w.settings.demo as { role?: string } | undefined)?.role === 'isv');
}
const ISV_EMAIL = 'compliance@cloudfran.example';

type Sid = { sid: string };

function assign(client: TwilioClient, kind: 'CustomerProfiles' | 'TrustProducts', bundleSid: string, objectSid: string): Promise<Sid> {
  return client.post<Sid>(`/trusthub/v1/${kind}/${bundleSid}/EntityAssignments`, { ObjectSid: objectSid });
}

function submit(client: TwilioClient, kind: 'CustomerProfiles' | 'TrustProducts', bundleSid: string): Promise<Sid> {
  return client.post<Sid>(`/trusthub/v1/${kind}/${bundleSid}`, { Status: 'pending-review' });
}

/** A business's profile: its information and representative (end users) and its address (a document on an Address). */
async function profileItems(
  client: TwilioClient,
  names: { business: string; rep: string; doc: string },
  business: Record<string, string>,
  rep: Record<string, string>,
  address: TwilioForm,
): Promise<string[]> {
  const info = await client.post<Sid>('/trusthub/v1/EndUsers', { FriendlyName: names.business, Type: 'customer_profile_business_information', Attributes: JSON.stringify(business) });
  const person = await client.post<Sid>('/trusthub/v1/EndUsers', { FriendlyName: names.rep, Type: 'authorized_representative_1', Attributes: JSON.stringify(rep) });
  const addr = await client.post<Sid>('/api/2010-04-01/Accounts/{AccountSid}/Addresses.json', address);
  const doc = await client.post<Sid>('/trusthub/v1/SupportingDocuments', { FriendlyName: names.doc, Type: 'customer_profile_address', Attributes: JSON.stringify({ address_sids: addr.sid }) });
  return [info.sid, person.sid, doc.sid];
}

/**
 * The platform's approved Primary Business Profile, created once (seed 003 prerequisite). The
 * platform account's clock starts frozen at the first tenant's time, so its dates are reproducible.
 */
export async function platformPrimaryProfile(sim: Simulator, app: InProcessApp, tenant: World): Promise<string> {
  const platform = platformAccount(sim, { now: tenant.now(), speed: tenant.clock.speed, frozen: true });
  const client = TwilioClient.forTenant(app, platform);
  const existing = platform.settings.primaryProfileSid as string | undefined;
  if (existing && (await client.find(`/trusthub/v1/CustomerProfiles/${existing}`))) return existing;
  platform.friendlyName = 'CloudFran platform (ISV)';
  const cp = await client.post<Sid>('/trusthub/v1/CustomerProfiles', { FriendlyName: 'CloudFran, Inc. Primary Business Profile', Email: ISV_EMAIL, PolicySid: Policy.primaryBusiness });
  const items = await profileItems(
    client,
    { business: 'CloudFran business information', rep: 'CloudFran authorized representative', doc: 'CloudFran HQ address' },
    {
      business_name: 'CloudFran, Inc.',
      business_identity: 'isv_reseller_or_partner',
      business_type: 'Corporation',
      business_industry: 'TECHNOLOGY',
      business_registration_identifier: 'EIN',
      business_registration_number: '46-1234567',
      business_regions_of_operation: 'USA_AND_CANADA',
      website_url: 'https://www.cloudfran.com',
    },
    { first_name: 'Fran', last_name: 'Cloud', email: 'fran@cloudfran.com', phone_number: '+14155550100', business_title: 'CEO', job_position: 'CEO' },
    { CustomerName: 'CloudFran, Inc.', Street: '100 Market St', City: 'San Francisco', Region: 'CA', PostalCode: '94105', IsoCountry: 'US' },
  );
  for (const sid of items) await assign(client, 'CustomerProfiles', cp.sid, sid);
  await submit(client, 'CustomerProfiles', cp.sid);
  // The platform's own clock: its profile is reviewed before the first tenant's brand needs it.
  platform.advanceUntilSettled();
  platform.settings.primaryProfileSid = cp.sid;
  return cp.sid;
}

const BUSINESS_TYPE: Record<z.infer<typeof CreateBrandBody>['businessType'], string> = {
  LLC: 'Limited Liability Corporation',
  Corporation: 'Corporation',
  Partnership: 'Partnership',
  'Sole Proprietorship': 'Sole Proprietorship',
  'Non-profit Corporation': 'Non-profit Corporation',
  'Co-operative': 'Co-operative',
};

/** A Twilio refusal of the tenant's data (CloudFran checked the fields, Twilio judges the rest): reported in today's shape. */
function asCloudFran(e: unknown): never {
  if (e instanceof TwilioCallError && e.isTenantInput) throw new CloudFranError(400, 'twilio_error', `${e.quoted}`);
  throw e;
}

export async function registerBrand(sim: Simulator, app: InProcessApp, world: World, client: TwilioClient, input: z.infer<typeof CreateBrandBody>) {
  const primary = await platformPrimaryProfile(sim, app, world);
  try {
    // Seed 003 §1: the tenant's Secondary Customer Profile.
    const cp = await client.post<Sid>('/trusthub/v1/CustomerProfiles', { FriendlyName: `${input.businessName} Secondary Customer Profile`, Email: ISV_EMAIL, PolicySid: Policy.secondaryBusiness });
    const items = await profileItems(
      client,
      { business: `${input.businessName} - Business Information`, rep: `${input.businessName} - Authorized Representative`, doc: `${input.businessName} address` },
      {
        business_name: input.businessName,
        business_identity: 'direct_customer',
        business_type: BUSINESS_TYPE[input.businessType],
        business_industry: 'RETAIL',
        business_registration_identifier: 'EIN',
        business_registration_number: input.ein,
        business_regions_of_operation: 'USA_AND_CANADA',
        website_url: input.website,
      },
      { first_name: 'Compliance', last_name: 'Officer', email: input.email, phone_number: input.phone, business_title: 'Owner', job_position: 'Director' },
      { CustomerName: input.businessName, Street: input.address, City: input.city, Region: input.state, PostalCode: input.zipCode, IsoCountry: 'US' },
    );
    for (const sid of [...items, primary]) await assign(client, 'CustomerProfiles', cp.sid, sid);
    await submit(client, 'CustomerProfiles', cp.sid);
    // Seed 003 §2: the A2P trust product.
    const tp = await client.post<Sid>('/trusthub/v1/TrustProducts', { FriendlyName: `${input.businessName} A2P Trust Product`, Email: ISV_EMAIL, PolicySid: Policy.a2pMessagingBusiness });
    const profile = await client.post<Sid>('/trusthub/v1/EndUsers', {
      FriendlyName: `${input.businessName} - Messaging Profile`,
      Type: 'us_a2p_messaging_profile_information',
      Attributes: JSON.stringify({ company_type: input.businessType === 'Non-profit Corporation' ? 'non_profit' : 'private' }),
    });
    await assign(client, 'TrustProducts', tp.sid, profile.sid);
    await assign(client, 'TrustProducts', tp.sid, cp.sid);
    await submit(client, 'TrustProducts', tp.sid);
    // Seed 003 §3: the brand, vetted by the simulated TCR.
    const brand = await client.post<TwilioBrand>('/messaging/v1/a2p/BrandRegistrations', { CustomerProfileBundleSid: cp.sid, A2PProfileBundleSid: tp.sid });
    const now = world.now();
    const rec: BrandService = {
      sid: uuid(world),
      account_sid: world.accountSid,
      date_created: now,
      date_updated: now,
      brand_sid: brand.sid,
      customer_profile_sid: cp.sid,
      trust_product_sid: tp.sid,
      business_name: input.businessName,
      webhook_url: input.webhookUrl ?? null,
      fee_cents: FEES_CENTS.brand,
      announced: null,
    };
    world.table<BrandService>(CfTables.brands).insert(rec);
    const entry = charge(world, {
      category: 'brand_registration',
      amountCents: FEES_CENTS.brand,
      description: `A2P brand registration for ${input.businessName}`,
      serviceId: rec.sid,
      email: input.email,
    });
    return { rec, brand, paymentIntentId: entry.payment_intent_id };
  } catch (e) {
    return asCloudFran(e);
  }
}

/** CloudFran's record of the brand and Twilio's BrandRegistration as Twilio answers it now. */
export async function requireBrand(world: World, client: TwilioClient, brandSid: string): Promise<{ rec: BrandService; brand: TwilioBrand }> {
  const rec = world.table<BrandService>(CfTables.brands).find((b) => b.brand_sid === brandSid);
  const brand = rec && (await client.find<TwilioBrand>(brandPath(brandSid)));
  if (!rec || !brand) throw CloudFranError.notFound('Brand', brandSid);
  return { rec, brand };
}

function monthlyFee(useCase: string): number {
  return useCase === 'MARKETING' ? FEES_CENTS.campaignMarketing : FEES_CENTS.campaignOther;
}

/** Adds one calendar month (UTC), keeping the day where the month allows. */
export function addMonth(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/** Twilio's Usa2p parameters, as CloudFran names them in its errors. */
const CF_FIELD: Record<string, string> = {
  BrandRegistrationSid: 'brandSid',
  UsAppToPersonUsecase: 'useCase',
  Description: 'description',
  MessageFlow: 'messageFlow',
  MessageSamples: 'messageSamples',
};

export async function registerCampaign(world: World, client: TwilioClient, input: z.infer<typeof CreateCampaignBody>) {
  const { rec: brandService, brand } = await requireBrand(world, client, input.brandSid);
  const fields: TwilioForm = {
    BrandRegistrationSid: brand.sid,
    Description: input.description,
    MessageFlow:
      input.messageFlow ??
      `End users opt in to ${input.campaignName} messages from ${brandService.business_name} by entering their mobile number and ticking the consent box on the business's web sign-up form.`,
    MessageSamples: input.messageSamples,
    UsAppToPersonUsecase: input.useCase,
    HasEmbeddedLinks: input.hasEmbeddedLinks,
    HasEmbeddedPhone: input.hasEmbeddedPhone,
  };
  let service: Sid;
  let campaign: TwilioCampaign;
  try {
    service = await client.post<Sid>('/messaging/v1/Services', { FriendlyName: `${input.campaignName} (CloudFran)`, Usecase: input.useCase === 'MARKETING' ? 'marketing' : 'notifications' });
  } catch (e) {
    return asCloudFran(e);
  }
  try {
    campaign = await client.post<TwilioCampaign>(`/messaging/v1/Services/${service.sid}/Compliance/Usa2p`, fields);
  } catch (e) {
    // The service was made for this campaign only: a refused campaign leaves nothing behind in the tenant's account.
    await client.delete(`/messaging/v1/Services/${service.sid}`);
    if (e instanceof TwilioCallError && e.isTenantInput) {
      const field = /parameter (\w+)/.exec(e.twilio.message)?.[1];
      const cfField = field ? CF_FIELD[field] : undefined;
      throw new CloudFranError(400, brand.status === 'APPROVED' ? 'validation_error' : 'brand_not_approved', `${cfField ? `${cfField}: ` : ''}${e.quoted}`, cfField);
    }
    throw e;
  }
  const now = world.now();
  const rec: CampaignService = {
    sid: uuid(world),
    account_sid: world.accountSid,
    date_created: now,
    date_updated: now,
    campaign_sid: campaign.sid,
    messaging_service_sid: service.sid,
    brand_sid: brand.sid,
    campaign_name: input.campaignName,
    use_case: input.useCase,
    monthly_fee_cents: monthlyFee(input.useCase),
    webhook_url: input.webhookUrl ?? null,
    announced: null,
    billing: true,
  };
  world.table<CampaignService>(CfTables.campaigns).insert(rec);
  const entry = charge(world, { category: 'campaign_monthly', amountCents: rec.monthly_fee_cents, description: `${input.campaignName} (${input.useCase}) monthly fee`, serviceId: rec.sid });
  world.schedule(addMonth(now), CAMPAIGN_BILLING, { sid: rec.sid }, { background: true });
  // The tenant's numbers that are not in a campaign yet join this one.
  for (const n of world.table<NumberService>(CfTables.numbers).filter((x) => x.status === 'active' && !x.messaging_service_sid)) await linkNumber(world, client, n, service.sid);
  return { rec, campaign, paymentIntentId: entry.payment_intent_id };
}

/** CloudFran's record of the campaign and Twilio's Usa2p as Twilio answers it now (undefined once deleted there). */
export async function requireCampaign(world: World, client: TwilioClient, campaignSid: string): Promise<{ rec: CampaignService; campaign: TwilioCampaign | undefined }> {
  const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === campaignSid);
  if (!rec) throw CloudFranError.notFound('Campaign', campaignSid);
  return { rec, campaign: await client.find<TwilioCampaign>(campaignPath(rec.messaging_service_sid, campaignSid)) };
}

export const registrationHandlers: Record<string, (world: World, t: Transition) => void> = {
  /** Seed 000: "$30/month marketing, $20/month otherwise", while the campaign lives. */
  [CAMPAIGN_BILLING]: (world, t) => {
    const rec = world.table<CampaignService>(CfTables.campaigns).get(String(t.data.sid));
    if (!rec?.billing) return;
    charge(world, { category: 'campaign_monthly', amountCents: rec.monthly_fee_cents, description: `${rec.campaign_name} (${rec.use_case}) monthly fee`, serviceId: rec.sid });
    world.schedule(addMonth(world.now()), CAMPAIGN_BILLING, { sid: rec.sid }, { background: true });
  },
};

/** The fields of a brand or campaign decision notice CloudFran reads: the ones Twilio's Event Streams brand and campaign events carry. */
type DecisionNotice = { sid: string; identity_status?: string | null; tcr_id?: string | null; campaign_id?: string | null; errors?: TwilioRegistrationError[] };

/**
 * Seed 000 webhooks brand.registered and campaign.registered follow Twilio's decisions, at the
 * simulated moment Twilio makes them. CloudFran learns of them as a Twilio customer does, by a
 * notice about a resource it made (the engine's state-change notice, matched on the SIDs Twilio
 * gave CloudFran, never on Twilio's tables): Twilio has no status callback on brands and campaigns
 * (only Event Streams events, fixtures/messaging/a2p-event-types.json), and a poll could not run
 * inside the settle where the decision happens.
 * docs/decisions/0005-cloudfran-through-twilio.md says why.
 */
export function announceDecisions(world: World, change: StateChange): void {
  const notice = change.rec as DecisionNotice;
  const sid = notice.sid;
  const to = change.kind === 'removed' ? 'removed' : change.to;
  if (sid.startsWith('QE') && to === 'removed') {
    const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === sid);
    if (rec) rec.billing = false;
    return;
  }
  if (sid.startsWith('BN') && (to === 'APPROVED' || to === 'FAILED')) {
    const rec = world.table<BrandService>(CfTables.brands).find((b) => b.brand_sid === sid);
    if (!rec) return;
    rec.announced = to;
    sendWebhook(
      world,
      'brand.registered',
      {
        brandSid: sid,
        serviceId: rec.sid,
        status: to === 'APPROVED' ? 'approved' : 'failed',
        identityStatus: notice.identity_status ?? null,
        tcrId: notice.tcr_id ?? null,
        errors: registrationErrors(notice.errors),
      },
      rec.webhook_url,
      rec.sid,
    );
  }
  if (sid.startsWith('QE') && (to === 'VERIFIED' || to === 'FAILED')) {
    const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === sid);
    if (!rec) return;
    rec.announced = to;
    if (to === 'FAILED') rec.billing = false;
    else if (!rec.billing) {
      // Updated and resubmitted after a failure: billing starts again.
      rec.billing = true;
      world.schedule(addMonth(world.now()), CAMPAIGN_BILLING, { sid: rec.sid }, { background: true });
    }
    sendWebhook(
      world,
      'campaign.registered',
      {
        campaignSid: sid,
        campaignId: notice.campaign_id ?? null,
        brandSid: rec.brand_sid,
        serviceId: rec.sid,
        messagingServiceSid: rec.messaging_service_sid,
        status: to === 'VERIFIED' ? 'verified' : 'failed',
      },
      rec.webhook_url,
      rec.sid,
    );
  }
}
