import type { ClockState } from '../engine/clock.js';
import { createRecord, internalContext, updateRecord, type FormInput } from '../engine/operations.js';
import type { Simulator } from '../engine/simulator.js';
import type { BaseRecord } from '../engine/table.js';
import type { Transition, World } from '../engine/world.js';
import { checkCampaignPrerequisites, validateCampaignFields, type CampaignFields } from '../registry/tcr/campaign-rules.js';
import { createBrandRegistration, createCampaign, createMessagingService } from '../registry/tcr/operations.js';
import { A2pTables, type BrandRecord, type CampaignRecord } from '../registry/tcr/records.js';
import { PolicySid } from '../twilio/trusthub/catalog.js';
import { Tables } from '../twilio/trusthub/records.js';
import { TwilioError } from '../wire/errors.js';
import { CloudFranError } from './http.js';
import { charge, FEES_CENTS } from './ledger.js';
import { linkNumber } from './phone-numbers.js';
import { CfTables, type BrandService, type CampaignService, type NumberService } from './records.js';
import type { z } from 'zod';
import type { CreateBrandBody, CreateCampaignBody } from './schemas.js';
import { uuid } from '../wire/uuid.js';
import { sendWebhook } from './webhooks.js';

/**
 * CloudFran's POST /brands and POST /campaigns on the simulated registry: the same TrustHub,
 * brand, service and campaign declarations as the Twilio faces (engine operations, not routes), in
 * the tenant's own account, so statuses move with its clock under the same rules.
 */
export const CAMPAIGN_BILLING = 'cloudfran.campaign-billing';
/** CloudFran is the ISV: its Primary Business Profile lives in a platform account of its own. */
export const PLATFORM_SCOPE = 'cloudfran-platform';

/**
 * The platform account, with random credentials like a tenant's (Simulator.derivedAccount); in a data
 * file of an earlier version it is the account holding the primary profile, or the seeder's ISV.
 */
export function platformAccount(sim: Simulator, clock: ClockState): World {
  return sim.derivedAccount(PLATFORM_SCOPE, 'cloudfran', clock, (w) => typeof w.settings.primaryProfileSid === 'string' || (w.settings.demo as { role?: string } | undefined)?.role === 'isv');
}
const ISV_EMAIL = 'compliance@cloudfran.example';

function create<R extends BaseRecord>(sim: Simulator, world: World, table: string, form: FormInput, pathParams: Record<string, string> = {}): R {
  return createRecord<R>(internalContext(sim, world, pathParams), sim.declaration<R>(table), form);
}

function assign(sim: Simulator, world: World, kind: 'customer_profile' | 'trust_product', bundleSid: string, objectSid: string): void {
  create(sim, world, Tables.entityAssignments(kind), { ObjectSid: objectSid }, { [kind === 'customer_profile' ? 'CustomerProfileSid' : 'TrustProductSid']: bundleSid });
}

function submit(sim: Simulator, world: World, table: string, sid: string): void {
  updateRecord(internalContext(sim, world), sim.declaration(table), sid, { Status: 'pending-review' });
}

/**
 * The platform's approved Primary Business Profile, created once (seed 003 prerequisite). The
 * platform account's clock starts frozen at the first tenant's time, so its dates are reproducible.
 */
export function platformPrimaryProfile(sim: Simulator, tenant: World): string {
  const platform = platformAccount(sim, { now: tenant.now(), speed: tenant.clock.speed, frozen: true });
  const existing = platform.settings.primaryProfileSid as string | undefined;
  if (existing && platform.table(Tables.customer_profile).get(existing)) return existing;
  platform.friendlyName = 'CloudFran platform (ISV)';
  const cp = create<BaseRecord>(sim, platform, Tables.customer_profile, { FriendlyName: 'CloudFran, Inc. Primary Business Profile', Email: ISV_EMAIL, PolicySid: PolicySid.PrimaryBusiness });
  const business = create<BaseRecord>(sim, platform, Tables.endUsers, {
    FriendlyName: 'CloudFran business information',
    Type: 'customer_profile_business_information',
    Attributes: JSON.stringify({
      business_name: 'CloudFran, Inc.',
      business_identity: 'isv_reseller_or_partner',
      business_type: 'Corporation',
      business_industry: 'TECHNOLOGY',
      business_registration_identifier: 'EIN',
      business_registration_number: '46-1234567',
      business_regions_of_operation: 'USA_AND_CANADA',
      website_url: 'https://www.cloudfran.com',
    }),
  });
  const rep = create<BaseRecord>(sim, platform, Tables.endUsers, {
    FriendlyName: 'CloudFran authorized representative',
    Type: 'authorized_representative_1',
    Attributes: JSON.stringify({ first_name: 'Fran', last_name: 'Cloud', email: 'fran@cloudfran.com', phone_number: '+14155550100', business_title: 'CEO', job_position: 'CEO' }),
  });
  const address = create<BaseRecord>(
    sim,
    platform,
    Tables.addresses,
    { CustomerName: 'CloudFran, Inc.', Street: '100 Market St', City: 'San Francisco', Region: 'CA', PostalCode: '94105', IsoCountry: 'US' },
    { AccountSid: platform.accountSid },
  );
  const doc = create<BaseRecord>(sim, platform, Tables.supportingDocuments, {
    FriendlyName: 'CloudFran HQ address',
    Type: 'customer_profile_address',
    Attributes: JSON.stringify({ address_sids: address.sid }),
  });
  for (const o of [business, rep, doc]) assign(sim, platform, 'customer_profile', cp.sid, o.sid);
  submit(sim, platform, Tables.customer_profile, cp.sid);
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

/** Any Twilio refusal here would be a bug in CloudFran's own validation: report it plainly. */
function asCloudFran(e: unknown): never {
  if (e instanceof TwilioError) throw new CloudFranError(400, 'twilio_error', `${e.message} (Twilio error ${e.code})`);
  throw e;
}

export function registerBrand(sim: Simulator, world: World, input: z.infer<typeof CreateBrandBody>) {
  const primary = platformPrimaryProfile(sim, world);
  try {
    // Seed 003 §1: the tenant's Secondary Customer Profile.
    const cp = create<BaseRecord>(sim, world, Tables.customer_profile, { FriendlyName: `${input.businessName} Secondary Customer Profile`, Email: ISV_EMAIL, PolicySid: PolicySid.SecondaryBusiness });
    const business = create<BaseRecord>(sim, world, Tables.endUsers, {
      FriendlyName: `${input.businessName} - Business Information`,
      Type: 'customer_profile_business_information',
      Attributes: JSON.stringify({
        business_name: input.businessName,
        business_identity: 'direct_customer',
        business_type: BUSINESS_TYPE[input.businessType],
        business_industry: 'RETAIL',
        business_registration_identifier: 'EIN',
        business_registration_number: input.ein,
        business_regions_of_operation: 'USA_AND_CANADA',
        website_url: input.website,
      }),
    });
    const rep = create<BaseRecord>(sim, world, Tables.endUsers, {
      FriendlyName: `${input.businessName} - Authorized Representative`,
      Type: 'authorized_representative_1',
      Attributes: JSON.stringify({ first_name: 'Compliance', last_name: 'Officer', email: input.email, phone_number: input.phone, business_title: 'Owner', job_position: 'Director' }),
    });
    const address = create<BaseRecord>(
      sim,
      world,
      Tables.addresses,
      { CustomerName: input.businessName, Street: input.address, City: input.city, Region: input.state, PostalCode: input.zipCode, IsoCountry: 'US' },
      { AccountSid: world.accountSid },
    );
    const doc = create<BaseRecord>(sim, world, Tables.supportingDocuments, {
      FriendlyName: `${input.businessName} address`,
      Type: 'customer_profile_address',
      Attributes: JSON.stringify({ address_sids: address.sid }),
    });
    for (const o of [business.sid, rep.sid, doc.sid, primary]) assign(sim, world, 'customer_profile', cp.sid, o);
    submit(sim, world, Tables.customer_profile, cp.sid);
    // Seed 003 §2: the A2P trust product.
    const tp = create<BaseRecord>(sim, world, Tables.trust_product, { FriendlyName: `${input.businessName} A2P Trust Product`, Email: ISV_EMAIL, PolicySid: PolicySid.A2PMessagingBusiness });
    const profile = create<BaseRecord>(sim, world, Tables.endUsers, {
      FriendlyName: `${input.businessName} - Messaging Profile`,
      Type: 'us_a2p_messaging_profile_information',
      Attributes: JSON.stringify({ company_type: input.businessType === 'Non-profit Corporation' ? 'non_profit' : 'private' }),
    });
    assign(sim, world, 'trust_product', tp.sid, profile.sid);
    assign(sim, world, 'trust_product', tp.sid, cp.sid);
    submit(sim, world, Tables.trust_product, tp.sid);
    // Seed 003 §3: the brand, vetted by the simulated TCR.
    const brand = createBrandRegistration(sim, world, { customerProfileBundleSid: cp.sid, a2pProfileBundleSid: tp.sid });
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

export function requireBrand(world: World, brandSid: string): { rec: BrandService; brand: BrandRecord } {
  const rec = world.table<BrandService>(CfTables.brands).find((b) => b.brand_sid === brandSid);
  const brand = world.table<BrandRecord>(A2pTables.brands).get(brandSid);
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

export function registerCampaign(sim: Simulator, world: World, input: z.infer<typeof CreateCampaignBody>) {
  const { rec: brandService, brand } = requireBrand(world, input.brandSid);
  const fields: CampaignFields = {
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
  // Everything the registry would refuse is checked before the Messaging Service is created.
  try {
    checkCampaignPrerequisites({
      serviceSid: '(new service)',
      brand,
      brandSid: brand.sid,
      usecase: input.useCase,
      serviceCampaign: undefined,
      brandCampaigns: world.table<CampaignRecord>(A2pTables.campaigns).filter((c) => c.brand_registration_sid === brand.sid),
    });
    validateCampaignFields(fields, 'create');
  } catch (e) {
    if (e instanceof TwilioError) {
      const field = /parameter (\w+)/.exec(e.message)?.[1];
      const cfField =
        field &&
        ({ BrandRegistrationSid: 'brandSid', UsAppToPersonUsecase: 'useCase', Description: 'description', MessageFlow: 'messageFlow', MessageSamples: 'messageSamples' } as Record<string, string>)[
          field
        ];
      throw new CloudFranError(400, brand.status === 'APPROVED' ? 'validation_error' : 'brand_not_approved', `${cfField ? `${cfField}: ` : ''}${e.message} (Twilio error ${e.code})`, cfField);
    }
    throw e;
  }
  try {
    const service = createMessagingService(sim, world, { friendlyName: `${input.campaignName} (CloudFran)`, usecase: input.useCase === 'MARKETING' ? 'marketing' : 'notifications' });
    const campaign = createCampaign(sim, world, service.sid, fields);
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
    for (const n of world.table<NumberService>(CfTables.numbers).filter((x) => x.status === 'active' && !x.messaging_service_sid)) linkNumber(world, n, service.sid);
    return { rec, campaign, paymentIntentId: entry.payment_intent_id };
  } catch (e) {
    return asCloudFran(e);
  }
}

export function requireCampaign(world: World, campaignSid: string): { rec: CampaignService; campaign: CampaignRecord | undefined } {
  const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === campaignSid);
  if (!rec) throw CloudFranError.notFound('Campaign', campaignSid);
  return { rec, campaign: world.table<CampaignRecord>(A2pTables.campaigns).get(campaignSid) };
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

/** Seed 000 webhooks brand.registered and campaign.registered follow the registry's decisions. */
export function announceDecisions(world: World, table: string, sid: string, to: string): void {
  if (table === A2pTables.campaigns && to === 'removed') {
    const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === sid);
    if (rec) rec.billing = false;
    return;
  }
  if (table === A2pTables.brands && (to === 'APPROVED' || to === 'FAILED')) {
    const rec = world.table<BrandService>(CfTables.brands).find((b) => b.brand_sid === sid);
    const brand = world.table<BrandRecord>(A2pTables.brands).get(sid);
    if (!rec || !brand) return;
    rec.announced = to;
    sendWebhook(
      world,
      'brand.registered',
      {
        brandSid: sid,
        serviceId: rec.sid,
        status: to === 'APPROVED' ? 'approved' : 'failed',
        identityStatus: brand.identity_status,
        tcrId: brand.tcr_id,
        errors: brand.errors.map((e) => ({ code: e.error_code, description: e.description, fields: e.fields })),
      },
      rec.webhook_url,
      rec.sid,
    );
  }
  if (table === A2pTables.campaigns && (to === 'VERIFIED' || to === 'FAILED')) {
    const rec = world.table<CampaignService>(CfTables.campaigns).find((c) => c.campaign_sid === sid);
    const campaign = world.table<CampaignRecord>(A2pTables.campaigns).get(sid);
    if (!rec || !campaign) return;
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
        campaignId: campaign.campaign_id,
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
