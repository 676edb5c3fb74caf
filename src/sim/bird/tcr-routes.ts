import { z } from 'zod';
import { brandsOf, campaignsOf, getBrand, registerBrand, type TcrListener, registerCampaign, TcrError, type TcrBrand, type TcrCampaign } from '../registry/tcr/api.js';
import { emitBirdEvent } from './webhooks.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { uuid } from '../wire/uuid.js';
import { announceChannels } from './channels.js';
import { workspaceSettings } from './workspace.js';

/**
 * Bird's tcr-brands (seed 002 "Brands - workspace") as a face over the provider-neutral TCR
 * (src/sim/registry/tcr/api.ts): the registry reviews the brand on the workspace's clock with the
 * same rules as every provider; this file only speaks Bird's fields and ids.
 */
const WsParams = z.object({ workspaceId: z.string().uuid() });
const ENTITY = ['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'GOVERNMENT', 'SOLE_PROPRIETOR'] as const;
const opt = (max: number) => z.string().max(max).optional();

const BrandInput = z.object({
  entityType: z.enum(ENTITY),
  firstName: opt(100),
  lastName: opt(100),
  displayName: z.string().min(1).max(255),
  companyName: opt(255),
  ein: opt(21),
  einIssuingCountry: opt(2),
  phone: opt(20),
  mobilePhone: opt(20),
  street: opt(100),
  city: opt(100),
  state: opt(20),
  postalCode: opt(10),
  country: z.string().regex(/^[A-Z]{2}$/, 'a 2-letter ISO code'),
  email: z.string().email().max(100).optional(),
  stockSymbol: opt(10),
  stockExchange: opt(20),
  website: opt(100),
  vertical: opt(50),
  altBusinessId: opt(50),
  altBusinessIdType: opt(20),
  businessContactEmail: z.string().email().optional(),
});

const Brand = BrandInput.extend({
  id: z.string().uuid(),
  organizationId: z.string(),
  status: z.enum(['PENDING', 'IN_REVIEW', 'APPROVED', 'FAILED']),
  identityStatus: z.string(),
  workspaceIds: z.array(z.string()),
  rejection: z.object({ description: z.string(), code: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function view(brand: TcrBrand, organizationId: string, workspaceId: string) {
  const {
    sid: _sid,
    provider: _p,
    ownerRef,
    createdAt,
    updatedAt,
    status,
    identityStatus,
    failureReason,
    errors,
    score: _s,
    submissions: _n,
    mock: _m,
    skipAutomaticSecVet: _k,
    brandRelationship: _b,
    resellerId: _r,
    ...identity
  } = brand;
  return {
    ...identity,
    id: ownerRef,
    organizationId,
    status,
    identityStatus,
    workspaceIds: [workspaceId],
    ...(status === 'FAILED' ? { rejection: { description: failureReason ?? errors[0]?.description ?? 'rejected', code: String(errors[0]?.error_code ?? 'REJECTED') } } : {}),
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
  };
}

function birdOf(e: unknown): never {
  if (e instanceof TcrError) {
    if (e.code === 'NOT_FOUND') throw new BirdError(404, 'NotFound', `Failed to find the ${e.field ?? 'resource'}: ${e.reason}. Please check the id.`);
    throw BirdError.invalid(e.field ?? 'body', e.reason);
  }
  throw e;
}

/** Bird ids are UUIDs the face keeps beside TCR's own brand id (`ownerRef`). */
function brandByBirdId(world: Parameters<typeof brandsOf>[0], id: string): TcrBrand {
  const found = brandsOf(world, 'bird').find((b) => b.ownerRef === id.toLowerCase());
  if (!found) throw BirdError.notFound('brand', id);
  return getBrand(world, found.sid);
}

const createBrand = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands',
  summary: 'Create a brand at workspace level (seed 002): submitted to the campaign registry and reviewed on the clock',
  tag: '10DLC brands',
  params: WsParams,
  body: BrandInput,
  response: { status: 201, schema: Brand, description: 'The brand, PENDING' },
  errors: [422],
  handler: ({ world }, { body }) => {
    const ws = workspaceSettings(world);
    try {
      const brand = registerBrand(world, 'bird', uuid(world), body);
      return view(brand, ws.organizationId, ws.workspaceId);
    } catch (e) {
      return birdOf(e);
    }
  },
});

const listBrands = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands',
  summary: 'List all brands of the workspace',
  tag: '10DLC brands',
  params: WsParams,
  query: z.object({ limit: z.coerce.number().int().min(1).max(99).default(10), pageToken: z.string().max(8000).optional() }),
  response: { status: 200, schema: z.object({ results: z.array(Brand), nextPageToken: z.string().optional() }), description: 'Brands' },
  errors: [422],
  handler: ({ world }, { query }) => {
    const ws = workspaceSettings(world);
    const all = brandsOf(world, 'bird').map((b) => view(b, ws.organizationId, ws.workspaceId));
    const offset = query.pageToken === undefined ? 0 : Number(Buffer.from(query.pageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0) throw BirdError.invalid('pageToken', 'is not a token this API returned');
    const next = offset + query.limit < all.length ? Buffer.from(String(offset + query.limit)).toString('base64url') : undefined;
    return { results: all.slice(offset, offset + query.limit), ...(next ? { nextPageToken: next } : {}) };
  },
});

const getBrandRoute = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}',
  summary: 'Get a brand',
  tag: '10DLC brands',
  params: z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid() }),
  response: { status: 200, schema: Brand, description: 'The brand' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const ws = workspaceSettings(world);
    return view(brandByBirdId(world, params.brandId), ws.organizationId, ws.workspaceId);
  },
});

// A brand's every move reaches the workspace's 10dlc.brand subscriptions (seed 002: subscribing automates registration).
export const birdTcrListener: TcrListener = (world, change) => {
  if (!world.settings.bird) return;
  // A number–campaign link acknowledged (or not): the channels on that number change readiness.
  if (change.kind === 'link') return announceChannels(world, change.link.phoneNumber);
  if (change.kind !== 'brand') return;
  const ws = workspaceSettings(world);
  const brand = view(change.brand, ws.organizationId, ws.workspaceId);
  emitBirdEvent(world, '10dlc.brand', brand, { brandId: brand.id, status: brand.status }, brand.id);
};

const keywords = z.string().max(255).optional();
const CampaignInput = z.object({
  name: z.string().min(1).max(255),
  usecase: z.string().min(1).max(50),
  subUsecases: z.array(z.string().max(50)).max(5).default([]),
  description: z.string().min(1).max(4096),
  embeddedLink: z.boolean(),
  embeddedPhone: z.boolean(),
  numberPool: z.boolean().default(false),
  ageGated: z.boolean().default(false),
  directLending: z.boolean().default(false),
  subscriberOptin: z.boolean().default(true),
  subscriberOptout: z.boolean().default(true),
  subscriberHelp: z.boolean().default(true),
  samples: z.array(z.string().min(1).max(1024)).min(1).max(5),
  messageFlow: z.string().min(1).max(2048),
  helpMessage: z.string().max(255).optional(),
  helpKeywords: keywords,
  optoutKeywords: keywords,
  optinKeywords: keywords,
  optinMessage: z.string().max(255).optional(),
  optoutMessage: z.string().max(255).optional(),
  termsAndConditions: z.literal(true),
});
const Campaign = CampaignInput.extend({
  id: z.string().uuid(),
  brandId: z.string().uuid(),
  status: z.enum(['PENDING', 'IN_REVIEW', 'ACTIVE', 'REJECTED', 'EXPIRED']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const split = (k: string | undefined) =>
  k
    ? k
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
    : undefined;

/** The Bird fields the registry does not keep (name, subscriber flags) stay in the workspace, by campaign id. */
interface CampaignExtras {
  name: string;
  subscriberOptout: boolean;
  subscriberHelp: boolean;
  termsAndConditions: true;
}

function campaignView(c: TcrCampaign, brandId: string, extras: CampaignExtras) {
  return {
    ...extras,
    id: c.ownerRef,
    brandId,
    usecase: c.usecase,
    subUsecases: c.subUsecases ?? [],
    description: c.description,
    embeddedLink: c.embeddedLink,
    embeddedPhone: c.embeddedPhone,
    numberPool: c.numberPool ?? false,
    ageGated: c.ageGated ?? false,
    directLending: c.directLending ?? false,
    subscriberOptin: c.subscriberOptin ?? true,
    samples: c.samples,
    messageFlow: c.messageFlow,
    ...(c.helpMessage ? { helpMessage: c.helpMessage } : {}),
    ...(c.optinMessage ? { optinMessage: c.optinMessage } : {}),
    ...(c.optoutMessage ? { optoutMessage: c.optoutMessage } : {}),
    ...(c.helpKeywords ? { helpKeywords: c.helpKeywords.join(',') } : {}),
    ...(c.optinKeywords ? { optinKeywords: c.optinKeywords.join(',') } : {}),
    ...(c.optoutKeywords ? { optoutKeywords: c.optoutKeywords.join(',') } : {}),
    status: c.status,
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

function extrasOf(world: Parameters<typeof brandsOf>[0]): Record<string, CampaignExtras> {
  const ws = workspaceSettings(world) as ReturnType<typeof workspaceSettings> & { campaignExtras?: Record<string, CampaignExtras> };
  ws.campaignExtras ??= {};
  return ws.campaignExtras;
}

const BrandParams = z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid() });

const createCampaign = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns',
  summary: 'Create campaign (seed 002). A campaign can only be created for an approved brand.',
  tag: '10DLC campaigns',
  params: BrandParams,
  body: CampaignInput,
  response: { status: 201, schema: Campaign, description: 'The campaign, PENDING' },
  errors: [404, 422],
  handler: ({ world }, { params, body }) => {
    const brand = brandByBirdId(world, params.brandId);
    const id = uuid(world);
    const extras: CampaignExtras = { name: body.name, subscriberOptout: body.subscriberOptout, subscriberHelp: body.subscriberHelp, termsAndConditions: body.termsAndConditions };
    try {
      const c = registerCampaign(world, id, brand.sid, {
        usecase: body.usecase,
        subUsecases: body.subUsecases,
        description: body.description,
        messageFlow: body.messageFlow,
        samples: body.samples,
        embeddedLink: body.embeddedLink,
        embeddedPhone: body.embeddedPhone,
        numberPool: body.numberPool,
        ageGated: body.ageGated,
        directLending: body.directLending,
        subscriberOptin: body.subscriberOptin,
        ...(body.helpMessage ? { helpMessage: body.helpMessage } : {}),
        ...(body.optinMessage ? { optinMessage: body.optinMessage } : {}),
        ...(body.optoutMessage ? { optoutMessage: body.optoutMessage } : {}),
        ...(split(body.helpKeywords) ? { helpKeywords: split(body.helpKeywords)! } : {}),
        ...(split(body.optinKeywords) ? { optinKeywords: split(body.optinKeywords)! } : {}),
        ...(split(body.optoutKeywords) ? { optoutKeywords: split(body.optoutKeywords)! } : {}),
      });
      extrasOf(world)[id] = extras;
      return campaignView(c, params.brandId.toLowerCase(), extras);
    } catch (e) {
      return birdOf(e);
    }
  },
});

const listCampaigns = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns',
  summary: 'List all campaigns of a brand',
  tag: '10DLC campaigns',
  params: BrandParams,
  response: { status: 200, schema: z.object({ results: z.array(Campaign), nextPageToken: z.string().optional() }), description: 'Campaigns' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const brand = brandByBirdId(world, params.brandId);
    const extras = extrasOf(world);
    return { results: campaignsOf(world, brand.sid).map((c) => campaignView(c, params.brandId.toLowerCase(), extras[c.ownerRef]!)) };
  },
});

export const tcrRoutes: BirdRoute<any, any, any>[] = [createBrand, listBrands, getBrandRoute, createCampaign, listCampaigns];
