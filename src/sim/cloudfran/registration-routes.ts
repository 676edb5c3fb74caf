import type { World } from '../engine/world.js';
import { isoDate } from '../wire/dates.js';
import { cfRoute } from './http.js';
import { dollars } from './ledger.js';
import { CfTables, type BrandService, type CampaignService, type NumberService } from './records.js';
import { brandPath, campaignPath, registerBrand, registerCampaign, registrationErrors, requireBrand, requireCampaign, type TwilioBrand, type TwilioCampaign } from './registration.js';
import * as S from './schemas.js';
import { assertSameTenant } from './tenant.js';
import type { TwilioClient } from './twilio-client.js';
import { z } from 'zod';

const BRAND_STATUS: Record<string, z.infer<typeof S.BrandStatus>> = { PENDING: 'pending', IN_REVIEW: 'in_review', APPROVED: 'approved' };
const CAMPAIGN_STATUS: Record<string, z.infer<typeof S.CampaignStatus>> = { PENDING: 'pending', IN_PROGRESS: 'in_progress', VERIFIED: 'verified', FAILED: 'failed' };

/** A bundle's status as Twilio answers it now ('deleted' once the tenant deleted it through Twilio). */
async function bundleStatus(client: TwilioClient, kind: 'CustomerProfiles' | 'TrustProducts', sid: string): Promise<string> {
  return (await client.find<{ status: string }>(`/trusthub/v1/${kind}/${sid}`))?.status ?? 'deleted';
}

/** Twilio's ISO 8601 date in ms, for CloudFran's own `updatedAt` (the later of its record and Twilio's). */
const twilioMs = (iso: string | undefined) => (iso ? Date.parse(iso) : 0);

async function brandView(client: TwilioClient, rec: BrandService, brand: TwilioBrand) {
  const [customerProfileStatus, trustProductStatus] = [await bundleStatus(client, 'CustomerProfiles', rec.customer_profile_sid), await bundleStatus(client, 'TrustProducts', rec.trust_product_sid)];
  return {
    brandSid: brand.sid,
    serviceId: rec.sid,
    businessName: rec.business_name,
    status: BRAND_STATUS[brand.status] ?? 'failed',
    identityStatus: brand.status === 'APPROVED' || brand.status === 'FAILED' ? brand.identity_status : null,
    tcrId: brand.tcr_id,
    brandScore: brand.brand_score,
    errors: registrationErrors(brand.errors),
    customerProfileSid: rec.customer_profile_sid,
    customerProfileStatus,
    trustProductSid: rec.trust_product_sid,
    trustProductStatus,
    fee: dollars(rec.fee_cents),
    createdAt: isoDate(rec.date_created),
    updatedAt: isoDate(Math.max(rec.date_updated, twilioMs(brand.date_updated))),
  };
}

function campaignView(world: World, rec: CampaignService, campaign: TwilioCampaign | undefined) {
  return {
    campaignSid: rec.campaign_sid,
    campaignId: campaign?.campaign_id ?? null,
    serviceId: rec.sid,
    brandSid: rec.brand_sid,
    messagingServiceSid: rec.messaging_service_sid,
    campaignName: rec.campaign_name,
    useCase: rec.use_case,
    status: campaign ? (CAMPAIGN_STATUS[campaign.campaign_status] ?? 'failed') : ('deleted' as const),
    errors: registrationErrors(campaign?.errors),
    monthlyFee: dollars(rec.monthly_fee_cents),
    phoneNumbers: world
      .table<NumberService>(CfTables.numbers)
      .filter((n) => n.messaging_service_sid === rec.messaging_service_sid)
      .map((n) => n.phone_number),
    createdAt: isoDate(rec.date_created),
    updatedAt: isoDate(Math.max(rec.date_updated, twilioMs(campaign?.date_updated))),
  };
}

const BrandSidParams = z.object({ brandSid: z.string().regex(/^BN[0-9a-f]{32}$/, 'must be a brand SID (BN…)') });
const CampaignSidParams = z.object({ campaignSid: z.string().regex(/^QE[0-9a-f]{32}$/, 'must be a campaign SID (QE…)') });

export const registrationRoutes = [
  cfRoute({
    method: 'post',
    path: '/brands',
    tag: 'Brands',
    summary: 'Register a new A2P brand with Twilio ($12 one-time)',
    description:
      "Creates the Secondary Customer Profile, the A2P Trust Product and the Brand Registration in the tenant's Twilio account; the brand is vetted asynchronously (poll GET /brands/{brandSid} or listen for brand.registered).",
    body: S.CreateBrandBody,
    response: { status: 200, schema: S.CreateBrandResponse, description: 'The brand is submitted' },
    errors: [400],
    handler: async ({ sim, world, tenantId, twilio }, { body }) => {
      assertSameTenant(body.tenantId, tenantId);
      const { rec, brand, paymentIntentId } = await registerBrand(sim, twilio.app, world, twilio, body);
      return { success: true as const, brandSid: brand.sid, serviceId: rec.sid, status: BRAND_STATUS[brand.status] ?? 'pending', fee: dollars(rec.fee_cents), paymentIntentId };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/brands',
    tag: 'Brands',
    summary: "List the tenant's brands",
    response: { status: 200, schema: z.object({ success: z.literal(true), brands: z.array(S.Brand) }), description: 'Brands, oldest first' },
    errors: [],
    handler: async ({ world, twilio }) => {
      const brands = [];
      for (const rec of world.table<BrandService>(CfTables.brands).values()) {
        const brand = await twilio.find<TwilioBrand>(brandPath(rec.brand_sid));
        if (brand) brands.push(await brandView(twilio, rec, brand));
      }
      return { success: true as const, brands };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/brands/{brandSid}',
    tag: 'Brands',
    summary: 'Get a brand (poll its registration)',
    params: BrandSidParams,
    response: { status: 200, schema: S.Brand.extend({ success: z.literal(true) }), description: 'The brand' },
    errors: [400, 404],
    handler: async ({ world, twilio }, { params }) => {
      const { rec, brand } = await requireBrand(world, twilio, params.brandSid);
      return { success: true as const, ...(await brandView(twilio, rec, brand)) };
    },
  }),
  cfRoute({
    method: 'post',
    path: '/campaigns',
    tag: 'Campaigns',
    summary: 'Create an A2P messaging campaign for an approved brand (marketing $30/month, otherwise $20/month)',
    description: "Creates a Messaging Service and its US A2P campaign in the tenant's Twilio account and links the tenant's unlinked numbers to it. The brand must be approved.",
    body: S.CreateCampaignBody,
    response: { status: 200, schema: S.CreateCampaignResponse, description: 'The campaign is submitted' },
    errors: [400, 404],
    handler: async ({ world, tenantId, twilio }, { body }) => {
      assertSameTenant(body.tenantId, tenantId);
      const { rec, campaign, paymentIntentId } = await registerCampaign(world, twilio, body);
      return {
        success: true as const,
        campaignSid: campaign.sid,
        campaignId: campaign.campaign_id ?? null,
        messagingServiceSid: rec.messaging_service_sid,
        serviceId: rec.sid,
        status: CAMPAIGN_STATUS[campaign.campaign_status] ?? 'pending',
        monthlyFee: dollars(rec.monthly_fee_cents),
        paymentIntentId,
      };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/campaigns',
    tag: 'Campaigns',
    summary: "List the tenant's campaigns",
    response: { status: 200, schema: z.object({ success: z.literal(true), campaigns: z.array(S.Campaign) }), description: 'Campaigns, oldest first' },
    errors: [],
    handler: async ({ world, twilio }) => {
      const campaigns = [];
      for (const rec of world.table<CampaignService>(CfTables.campaigns).values()) {
        campaigns.push(campaignView(world, rec, await twilio.find<TwilioCampaign>(campaignPath(rec.messaging_service_sid, rec.campaign_sid))));
      }
      return { success: true as const, campaigns };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/campaigns/{campaignSid}',
    tag: 'Campaigns',
    summary: 'Get a campaign (poll its registration)',
    params: CampaignSidParams,
    response: { status: 200, schema: S.Campaign.extend({ success: z.literal(true) }), description: 'The campaign' },
    errors: [400, 404],
    handler: async ({ world, twilio }, { params }) => {
      const { rec, campaign } = await requireCampaign(world, twilio, params.campaignSid);
      return { success: true as const, ...campaignView(world, rec, campaign) };
    },
  }),
];
