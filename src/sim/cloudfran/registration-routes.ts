import type { BrandRecord, CampaignRecord } from '../registry/tcr/records.js';
import { A2pTables } from '../registry/tcr/records.js';
import type { BundleRecord } from '../twilio/trusthub/records.js';
import { Tables } from '../twilio/trusthub/records.js';
import type { World } from '../engine/world.js';
import { isoDate } from '../wire/dates.js';
import { cfRoute } from './http.js';
import { dollars } from './ledger.js';
import { CfTables, type BrandService, type CampaignService, type NumberService } from './records.js';
import { registerBrand, registerCampaign, requireBrand, requireCampaign } from './registration.js';
import * as S from './schemas.js';
import { assertSameTenant } from './tenant.js';
import { z } from 'zod';

const BRAND_STATUS: Record<string, z.infer<typeof S.BrandStatus>> = { PENDING: 'pending', IN_REVIEW: 'in_review', APPROVED: 'approved' };
const CAMPAIGN_STATUS: Record<string, z.infer<typeof S.CampaignStatus>> = { PENDING: 'pending', IN_PROGRESS: 'in_progress', VERIFIED: 'verified', FAILED: 'failed' };

function brandView(world: World, rec: BrandService, brand: BrandRecord) {
  const bundleStatus = (table: string, sid: string) => world.table<BundleRecord>(table).get(sid)?.status ?? 'deleted';
  return {
    brandSid: brand.sid,
    serviceId: rec.sid,
    businessName: rec.business_name,
    status: BRAND_STATUS[brand.status] ?? 'failed',
    identityStatus: brand.status === 'APPROVED' || brand.status === 'FAILED' ? brand.identity_status : null,
    tcrId: brand.tcr_id,
    brandScore: brand.brand_score,
    errors: brand.errors.map((e) => ({ code: e.error_code, description: e.description, fields: e.fields })),
    customerProfileSid: rec.customer_profile_sid,
    customerProfileStatus: bundleStatus(Tables.customer_profile, rec.customer_profile_sid),
    trustProductSid: rec.trust_product_sid,
    trustProductStatus: bundleStatus(Tables.trust_product, rec.trust_product_sid),
    fee: dollars(rec.fee_cents),
    createdAt: isoDate(rec.date_created),
    updatedAt: isoDate(Math.max(rec.date_updated, brand.date_updated)),
  };
}

function campaignView(world: World, rec: CampaignService, campaign: CampaignRecord | undefined) {
  return {
    campaignSid: rec.campaign_sid,
    campaignId: campaign?.campaign_id ?? null,
    serviceId: rec.sid,
    brandSid: rec.brand_sid,
    messagingServiceSid: rec.messaging_service_sid,
    campaignName: rec.campaign_name,
    useCase: rec.use_case,
    status: campaign ? (CAMPAIGN_STATUS[campaign.campaign_status] ?? 'failed') : ('deleted' as const),
    errors: (campaign?.errors ?? []).map((e) => ({ code: e.error_code, description: e.description, fields: e.fields })),
    monthlyFee: dollars(rec.monthly_fee_cents),
    phoneNumbers: world
      .table<NumberService>(CfTables.numbers)
      .filter((n) => n.messaging_service_sid === rec.messaging_service_sid)
      .map((n) => n.phone_number),
    createdAt: isoDate(rec.date_created),
    updatedAt: isoDate(Math.max(rec.date_updated, campaign?.date_updated ?? 0)),
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
    handler: ({ sim, world, tenantId }, { body }) => {
      assertSameTenant(body.tenantId, tenantId);
      const { rec, brand, paymentIntentId } = registerBrand(sim, world, body);
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
    handler: ({ world }) => ({
      success: true as const,
      brands: world
        .table<BrandService>(CfTables.brands)
        .values()
        .flatMap((rec) => {
          const brand = world.table<BrandRecord>(A2pTables.brands).get(rec.brand_sid);
          return brand ? [brandView(world, rec, brand)] : [];
        }),
    }),
  }),
  cfRoute({
    method: 'get',
    path: '/brands/{brandSid}',
    tag: 'Brands',
    summary: 'Get a brand (poll its registration)',
    params: BrandSidParams,
    response: { status: 200, schema: S.Brand.extend({ success: z.literal(true) }), description: 'The brand' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const { rec, brand } = requireBrand(world, params.brandSid);
      return { success: true as const, ...brandView(world, rec, brand) };
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
    handler: ({ sim, world, tenantId }, { body }) => {
      assertSameTenant(body.tenantId, tenantId);
      const { rec, campaign, paymentIntentId } = registerCampaign(sim, world, body);
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
    handler: ({ world }) => ({
      success: true as const,
      campaigns: world
        .table<CampaignService>(CfTables.campaigns)
        .values()
        .map((rec) => campaignView(world, rec, world.table<CampaignRecord>(A2pTables.campaigns).get(rec.campaign_sid))),
    }),
  }),
  cfRoute({
    method: 'get',
    path: '/campaigns/{campaignSid}',
    tag: 'Campaigns',
    summary: 'Get a campaign (poll its registration)',
    params: CampaignSidParams,
    response: { status: 200, schema: S.Campaign.extend({ success: z.literal(true) }), description: 'The campaign' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const { rec, campaign } = requireCampaign(world, params.campaignSid);
      return { success: true as const, ...campaignView(world, rec, campaign) };
    },
  }),
];
