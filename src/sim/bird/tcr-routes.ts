import { z } from 'zod';
import type { Transition, World } from '../engine/world.js';
import { DAY } from '../wire/dates.js';
import {
  brandsOf,
  campaignsOf,
  checkReseller,
  deleteBrand,
  deleteCampaign,
  getBrand,
  registerBrand,
  registerCampaign,
  requestVetting,
  resubmitBrand,
  TcrError,
  TcrTables,
  updateBrandDetails,
  updateCampaign,
  vettingsOf,
  type TcrBrand,
  type TcrCampaign,
  type TcrCampaignFields,
  type TcrListener,
  type TcrReseller,
  type TcrVetting,
} from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { announceChannels } from './channels.js';
import { BirdError, birdRoute, type BirdContext, type BirdRoute } from './http.js';
import { page, paging } from './routes.js';
import { emitBirdEvent } from './webhooks.js';
import { canPay, charge, contextHeader, organizationWorlds, workspaceSettings } from './workspace.js';

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

export const Brand = BrandInput.extend({
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

/** TCR's refusal in Bird's shape: an unknown record is 404, a state that forbids the request 409, anything else 422 naming the field. */
function birdOf(e: unknown): never {
  if (e instanceof TcrError) {
    if (e.code === 'NOT_FOUND') throw new BirdError(404, 'NotFound', `Failed to find the ${e.field ?? 'resource'}: ${e.reason}. Please check the id.`);
    if (e.code === 'WRONG_STATE' && e.field === undefined) throw new BirdError(409, 'Conflict', `Failed to process the request: ${e.reason}. Please retry once the state allows it.`);
    throw BirdError.invalid(e.field ?? 'body', e.reason);
  }
  throw e;
}

/** Bird ids are UUIDs the face keeps beside TCR's own brand id (`ownerRef`). */
function brandByBirdId(world: World, id: string): TcrBrand {
  const found = brandsOf(world, 'bird').find((b) => b.ownerRef === id.toLowerCase());
  if (!found) throw BirdError.notFound('brand', id);
  return getBrand(world, found.sid);
}

// ---- charges -------------------------------------------------------------------------------------

/**
 * What the workspace wallet pays (micro-USD), at TCR's published one-time fees (brand $4, external
 * vetting $40, campaign vetting $15) and a monthly campaign fee by use case; seed 002: registering a
 * campaign charges its fee "and a three month minimum commitment fee".
 */
export const BIRD_FEES = { brand: 4_000_000, vetting: 40_000_000, campaignVetting: 15_000_000 } as const;
export const CAMPAIGN_MINIMUM_MONTHS = 3;
export function campaignMonthlyFee(usecase: string): number {
  if (usecase === 'LOW_VOLUME') return 1_500_000;
  if (usecase === 'SOLE_PROPRIETOR') return 2_000_000;
  return 10_000_000;
}
function campaignCharges(usecase: string, name: string) {
  const monthly = campaignMonthlyFee(usecase);
  return [
    { description: `Campaign "${name}" registration (vetting) fee`, amount: BIRD_FEES.campaignVetting },
    { description: `Campaign "${name}" ${usecase}: ${CAMPAIGN_MINIMUM_MONTHS}-month minimum commitment`, amount: monthly * CAMPAIGN_MINIMUM_MONTHS },
  ];
}
const total = (items: Array<{ amount: number }>) => items.reduce((sum, i) => sum + i.amount, 0);

/** A billing month in simulated time. */
export const BILLING_MONTH_MS = 30 * DAY;
const BIRD_CAMPAIGN_MONTHLY = 'bird.campaign.monthly';

/**
 * After the prepaid minimum, a live campaign's monthly fee is charged each month until it is deleted. A
 * wallet that cannot pay goes negative, as an invoice would (the simulator does not suspend campaigns).
 * Background work: an account whose only pending work is billing counts as settled.
 */
function campaignMonthly(world: World, t: Transition): void {
  const campaign = world.table<TcrCampaign>(TcrTables.campaigns).firstWhere('ownerRef', String(t.data.id));
  if (!campaign || campaign.status === 'EXPIRED' || !world.settings.bird) return;
  const ws = workspaceSettings(world);
  const amount = campaignMonthlyFee(campaign.usecase);
  ws.walletBalance -= amount;
  ws.ledger.push({
    id: uuid(world),
    kind: 'campaign',
    description: `Campaign "${extrasOf(world)[campaign.ownerRef]?.name ?? campaign.usecase}" ${campaign.usecase}: monthly fee`,
    amount,
    createdAt: new Date(world.now()).toISOString(),
  });
  world.schedule(world.now() + BILLING_MONTH_MS, BIRD_CAMPAIGN_MONTHLY, t.data, { background: true });
}

export const BIRD_BILLING_HANDLERS: Record<string, (world: World, t: Transition) => void> = { [BIRD_CAMPAIGN_MONTHLY]: campaignMonthly };

// ---- brands: workspace level ---------------------------------------------------------------------

const BrandParams = z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid() });
/** PATCH takes any subset of the create fields (docs.bird.com "Update a brand"). */
const BrandUpdate = BrandInput.partial();

function createIn(world: World, body: z.output<typeof BrandInput>) {
  const ws = workspaceSettings(world);
  canPay(world, BIRD_FEES.brand, 'register the brand');
  try {
    const brand = registerBrand(world, 'bird', uuid(world), body);
    charge(world, 'brand', 'register the brand', [{ description: `Brand "${brand.displayName}" registration fee`, amount: BIRD_FEES.brand }]);
    return view(brand, ws.organizationId, ws.workspaceId);
  } catch (e) {
    return birdOf(e);
  }
}

/**
 * An APPROVED brand's details change in place (its legal identity is locked); a FAILED brand is
 * corrected and submitted again, charged the brand fee again (seed 002: "If you later need to update or
 * resubmit your brand there may be additional fees"); a brand under review waits (409).
 */
function updateIn(world: World, brandId: string, body: z.output<typeof BrandUpdate>) {
  const ws = workspaceSettings(world);
  const brand = brandByBirdId(world, brandId);
  const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  try {
    if (brand.status === 'FAILED') {
      canPay(world, BIRD_FEES.brand, 'resubmit the brand');
      const again = resubmitBrand(world, brand.sid, patch);
      charge(world, 'brand', 'resubmit the brand', [{ description: `Brand "${again.displayName}" resubmission fee`, amount: BIRD_FEES.brand }]);
      return view(again, ws.organizationId, ws.workspaceId);
    }
    if (brand.status !== 'APPROVED') throw new BirdError(409, 'Conflict', `Failed to update brand ${brandId}: it is ${brand.status}. Please wait for the registry's decision.`);
    return view(updateBrandDetails(world, brand.sid, patch), ws.organizationId, ws.workspaceId);
  } catch (e) {
    return birdOf(e);
  }
}

function deleteIn(world: World, brandId: string): void {
  const brand = brandByBirdId(world, brandId);
  try {
    deleteBrand(world, brand.sid);
  } catch (e) {
    birdOf(e);
  }
}

const createBrand = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands',
  summary: 'Create a brand at workspace level (seed 002): submitted to the campaign registry and reviewed on the clock; the brand fee is charged to the wallet',
  tag: '10DLC brands',
  params: WsParams,
  body: BrandInput,
  response: { status: 201, schema: Brand, description: 'The brand, PENDING' },
  errors: [402, 422],
  handler: ({ world }, { body }) => createIn(world, body),
});

const listBrands = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands',
  summary: 'List all brands of the workspace',
  tag: '10DLC brands',
  params: WsParams,
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(Brand), nextPageToken: z.string().optional() }), description: 'Brands' },
  errors: [422],
  handler: ({ world }, { query }) => {
    const ws = workspaceSettings(world);
    return page(
      brandsOf(world, 'bird').map((b) => view(b, ws.organizationId, ws.workspaceId)),
      query.limit,
      query.pageToken,
    );
  },
});

const getBrandRoute = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}',
  summary: 'Get a brand',
  tag: '10DLC brands',
  params: BrandParams,
  response: { status: 200, schema: Brand, description: 'The brand' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const ws = workspaceSettings(world);
    return view(brandByBirdId(world, params.brandId), ws.organizationId, ws.workspaceId);
  },
});

const updateBrandRoute = birdRoute({
  method: 'patch',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}',
  summary: "Update a brand: an APPROVED brand's details (not entityType, companyName, ein, einIssuingCountry); a FAILED brand is corrected and resubmitted (charged again)",
  tag: '10DLC brands',
  params: BrandParams,
  body: BrandUpdate,
  response: { status: 200, schema: Brand, description: 'The brand' },
  errors: [402, 404, 409, 422],
  handler: ({ world }, { params, body }) => updateIn(world, params.brandId, body),
});

const deleteBrandRoute = birdRoute({
  method: 'delete',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}',
  summary: 'Delete a brand (refused while it has campaigns that are not deleted)',
  tag: '10DLC brands',
  params: BrandParams,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409, 422],
  handler: ({ world }, { params }) => deleteIn(world, params.brandId),
});

// ---- brands: organization level ------------------------------------------------------------------

/**
 * Organization-level brand routes (seed 002 "Brands - Organization"). The simulator keeps each brand in
 * one workspace's registry: these routes reach the brands of every workspace of the organization, and
 * a brand created here lives in the organization's oldest workspace (its `workspaceIds`).
 */
const OrgParams = z.object({ organizationId: z.string().uuid() });
const OrgBrandParams = z.object({ organizationId: z.string().uuid(), brandId: z.string().uuid() });

function orgWorlds(ctx: BirdContext, organizationId: string): World[] {
  return organizationWorlds(ctx.sim, contextHeader(ctx.c), organizationId);
}

function orgBrandWorld(ctx: BirdContext, organizationId: string, brandId: string): World {
  for (const world of orgWorlds(ctx, organizationId)) {
    world.settle();
    if (brandsOf(world, 'bird').some((b) => b.ownerRef === brandId.toLowerCase())) return world;
  }
  throw new BirdError(404, 'NotFound', `Failed to find brand ${brandId}: no workspace of organization ${organizationId} has it. Please check the id.`);
}

/** The request's own world is settled and saved by the pipeline; another workspace it changes is saved here. */
function touched<T>(world: World, result: T): T {
  world.touch();
  return result;
}

const orgCreateBrand = birdRoute({
  method: 'post',
  path: '/organizations/{organizationId}/tcr-brands',
  summary: "Create a brand at organization level (kept in the organization's oldest workspace, whose wallet pays the fee)",
  tag: '10DLC brands',
  params: OrgParams,
  body: BrandInput,
  response: { status: 201, schema: Brand, description: 'The brand, PENDING' },
  errors: [402, 404, 422],
  handler: ({ world }, { body }) => createIn(world, body),
});

const orgListBrands = birdRoute({
  method: 'get',
  path: '/organizations/{organizationId}/tcr-brands',
  summary: 'List all brands of every workspace of the organization',
  tag: '10DLC brands',
  params: OrgParams,
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(Brand), nextPageToken: z.string().optional() }), description: 'Brands' },
  errors: [404, 422],
  handler: (ctx, { params, query }) => {
    const all = orgWorlds(ctx, params.organizationId).flatMap((world) => {
      world.settle();
      const ws = workspaceSettings(world);
      return brandsOf(world, 'bird').map((b) => view(b, ws.organizationId, ws.workspaceId));
    });
    return page(all, query.limit, query.pageToken);
  },
});

const orgGetBrand = birdRoute({
  method: 'get',
  path: '/organizations/{organizationId}/tcr-brands/{brandId}',
  summary: 'Get a brand of the organization',
  tag: '10DLC brands',
  params: OrgBrandParams,
  response: { status: 200, schema: Brand, description: 'The brand' },
  errors: [404, 422],
  handler: (ctx, { params }) => {
    const world = orgBrandWorld(ctx, params.organizationId, params.brandId);
    const ws = workspaceSettings(world);
    return view(brandByBirdId(world, params.brandId), ws.organizationId, ws.workspaceId);
  },
});

const orgUpdateBrand = birdRoute({
  method: 'patch',
  path: '/organizations/{organizationId}/tcr-brands/{brandId}',
  summary: 'Update a brand of the organization (same rules as at workspace level)',
  tag: '10DLC brands',
  params: OrgBrandParams,
  body: BrandUpdate,
  response: { status: 200, schema: Brand, description: 'The brand' },
  errors: [402, 404, 409, 422],
  handler: (ctx, { params, body }) => {
    const world = orgBrandWorld(ctx, params.organizationId, params.brandId);
    return touched(world, updateIn(world, params.brandId, body));
  },
});

const orgDeleteBrand = birdRoute({
  method: 'delete',
  path: '/organizations/{organizationId}/tcr-brands/{brandId}',
  summary: 'Delete a brand of the organization',
  tag: '10DLC brands',
  params: OrgBrandParams,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409, 422],
  handler: (ctx, { params }) => {
    const world = orgBrandWorld(ctx, params.organizationId, params.brandId);
    deleteIn(world, params.brandId);
    world.touch();
  },
});

// ---- vettings ------------------------------------------------------------------------------------

/** Seed 002 "Create a brand vetting": `class` and `vettingProviderId`; the response's score is a string (0–100). */
const VettingInput = z.object({
  class: z.enum(['STANDARD', 'POLITICAL']),
  vettingProviderId: z.enum(['AEGIS', 'CAMPAIGN_VERIFY']).default('AEGIS'),
});
const Vetting = z.object({
  id: z.string().uuid(),
  brandId: z.string().uuid(),
  status: z.enum(['PENDING', 'ACTIVE', 'FAILED']),
  vettingProviderId: z.enum(['AEGIS', 'CAMPAIGN_VERIFY']),
  class: z.enum(['STANDARD', 'POLITICAL']),
  score: z.string().optional(),
  reasons: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function vettingView(v: TcrVetting, brandId: string) {
  return {
    id: v.ownerRef,
    brandId,
    status: v.vettingStatus,
    vettingProviderId: v.vettingProvider,
    class: v.vettingClass,
    ...(v.score === null ? {} : { score: String(v.score) }),
    reasons: v.vettingStatus === 'FAILED' ? ['The vetting provider could not verify the brand'] : [],
    createdAt: new Date(v.createdAt).toISOString(),
    updatedAt: new Date(v.updatedAt).toISOString(),
  };
}

function vetIn(world: World, brandId: string, body: z.output<typeof VettingInput>) {
  const brand = brandByBirdId(world, brandId);
  canPay(world, BIRD_FEES.vetting, 'request the vetting');
  try {
    const vetting = requestVetting(world, brand.sid, uuid(world), body.vettingProviderId, body.class);
    charge(world, 'vetting', 'request the vetting', [{ description: `Brand "${brand.displayName}" ${body.vettingProviderId} ${body.class} vetting fee`, amount: BIRD_FEES.vetting }]);
    return vettingView(vetting, brand.ownerRef);
  } catch (e) {
    return birdOf(e);
  }
}

const createVetting = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/vettings',
  summary: 'Create a brand vetting (seed 002): an APPROVED brand is vetted externally (AEGIS) on the clock; its score becomes the brand score',
  tag: '10DLC brands',
  params: BrandParams,
  body: VettingInput,
  response: { status: 201, schema: Vetting, description: 'Brand vetting successfully created' },
  errors: [402, 404, 409, 422],
  handler: ({ world }, { params, body }) => vetIn(world, params.brandId, body),
});

const listVettings = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/vettings',
  summary: 'List brand vettings',
  tag: '10DLC brands',
  params: BrandParams,
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(Vetting), nextPageToken: z.string().optional() }), description: 'Vettings' },
  errors: [404, 422],
  handler: ({ world }, { params, query }) => {
    const brand = brandByBirdId(world, params.brandId);
    return page(
      vettingsOf(world, brand.sid).map((v) => vettingView(v, brand.ownerRef)),
      query.limit,
      query.pageToken,
    );
  },
});

const getVetting = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/vettings/{vettingId}',
  summary: 'Get a brand vetting',
  tag: '10DLC brands',
  params: z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid(), vettingId: z.string().uuid() }),
  response: { status: 200, schema: Vetting, description: 'The vetting' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const brand = brandByBirdId(world, params.brandId);
    const found = vettingsOf(world, brand.sid).find((v) => v.ownerRef === params.vettingId.toLowerCase());
    if (!found) throw BirdError.notFound('vetting', params.vettingId);
    return vettingView(found, brand.ownerRef);
  },
});

const orgCreateVetting = birdRoute({
  method: 'post',
  path: '/organizations/{organizationId}/tcr-brands/{brandId}/vettings',
  summary: 'Create a brand vetting at organization level',
  tag: '10DLC brands',
  params: OrgBrandParams,
  body: VettingInput,
  response: { status: 201, schema: Vetting, description: 'Brand vetting successfully created' },
  errors: [402, 404, 409, 422],
  handler: (ctx, { params, body }) => {
    const world = orgBrandWorld(ctx, params.organizationId, params.brandId);
    return touched(world, vetIn(world, params.brandId, body));
  },
});

// ---- campaigns -----------------------------------------------------------------------------------

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
  // Seed 002: "UUID of the reseller associated with this campaign. The specified reseller MUST be ACTIVE."
  resellerId: z.string().uuid().nullable().optional(),
});
/** PATCH: any subset of the fields (a REJECTED campaign's registry fields are corrected and resubmitted). */
const CampaignUpdate = z.object({
  name: z.string().min(1).max(255).optional(),
  usecase: z.string().min(1).max(50).optional(),
  subUsecases: z.array(z.string().max(50)).max(5).optional(),
  description: z.string().min(1).max(4096).optional(),
  embeddedLink: z.boolean().optional(),
  embeddedPhone: z.boolean().optional(),
  numberPool: z.boolean().optional(),
  ageGated: z.boolean().optional(),
  directLending: z.boolean().optional(),
  subscriberOptin: z.boolean().optional(),
  subscriberOptout: z.boolean().optional(),
  subscriberHelp: z.boolean().optional(),
  samples: z.array(z.string().min(1).max(1024)).min(1).max(5).optional(),
  messageFlow: z.string().min(1).max(2048).optional(),
  helpMessage: z.string().max(255).optional(),
  helpKeywords: keywords,
  optoutKeywords: keywords,
  optinKeywords: keywords,
  optinMessage: z.string().max(255).optional(),
  optoutMessage: z.string().max(255).optional(),
});
export const Campaign = CampaignInput.omit({ resellerId: true }).extend({
  id: z.string().uuid(),
  brandId: z.string().uuid(),
  resellerId: z.string().uuid().nullable(),
  status: z.enum(['PENDING', 'IN_REVIEW', 'ACTIVE', 'REJECTED', 'EXPIRED']),
  rejection: z.object({ description: z.string(), code: z.string() }).optional(),
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

function resellerUuid(world: World, sid: string | undefined): string | null {
  if (!sid) return null;
  return world.table<TcrReseller>(TcrTables.resellers).get(sid)?.ownerRef ?? null;
}

function campaignView(world: World, c: TcrCampaign) {
  const extras = extrasOf(world)[c.ownerRef];
  return {
    name: extras?.name ?? c.usecase,
    subscriberOptout: extras?.subscriberOptout ?? true,
    subscriberHelp: extras?.subscriberHelp ?? true,
    termsAndConditions: true as const,
    id: c.ownerRef,
    // The registry keeps a campaign's brand while the campaign lives; an EXPIRED campaign may outlive it.
    brandId: world.table<TcrBrand>(TcrTables.brands).get(c.brandId)?.ownerRef ?? c.brandId,
    resellerId: resellerUuid(world, c.resellerId),
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
    ...(c.status === 'REJECTED' && c.errors[0] ? { rejection: { description: c.errors[0].description, code: String(c.errors[0].error_code) } } : {}),
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

function extrasOf(world: World): Record<string, CampaignExtras> {
  const ws = workspaceSettings(world) as ReturnType<typeof workspaceSettings> & { campaignExtras?: Record<string, CampaignExtras> };
  ws.campaignExtras ??= {};
  return ws.campaignExtras;
}

/** The registry's fields from Bird's (keywords are comma-separated on Bird's wire, lists in TCR's records). */
function registryFields(body: z.output<typeof CampaignUpdate>): Partial<TcrCampaignFields> {
  const out: Partial<TcrCampaignFields> = {};
  for (const key of [
    'usecase',
    'subUsecases',
    'description',
    'messageFlow',
    'samples',
    'embeddedLink',
    'embeddedPhone',
    'numberPool',
    'ageGated',
    'directLending',
    'subscriberOptin',
    'helpMessage',
    'optinMessage',
    'optoutMessage',
  ] as const) {
    if (body[key] !== undefined) (out as Record<string, unknown>)[key] = body[key];
  }
  for (const key of ['helpKeywords', 'optinKeywords', 'optoutKeywords'] as const) {
    const words = split(body[key]);
    if (words) out[key] = words;
  }
  return out;
}

const CampaignParams = z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid(), campaignId: z.string().uuid() });

function campaignOf(world: World, brandId: string, campaignId: string): TcrCampaign {
  const brand = brandByBirdId(world, brandId);
  const found = campaignsOf(world, brand.sid).find((c) => c.ownerRef === campaignId.toLowerCase());
  if (!found) throw BirdError.notFound('campaign', campaignId);
  return found;
}

const createCampaign = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns',
  summary: 'Create campaign (seed 002). A campaign can only be created for an approved brand; its fee and three-month minimum are charged to the wallet.',
  tag: '10DLC campaigns',
  params: BrandParams,
  body: CampaignInput,
  response: { status: 201, schema: Campaign, description: 'The campaign, PENDING' },
  errors: [402, 404, 422],
  handler: ({ world }, { params, body }) => {
    const brand = brandByBirdId(world, params.brandId);
    const fees = campaignCharges(body.usecase, body.name);
    canPay(world, total(fees), 'register the campaign');
    const id = uuid(world);
    // Kept before the registry announces the new campaign, so its first 10dlc.campaign event carries Bird's fields.
    const extras = extrasOf(world);
    extras[id] = { name: body.name, subscriberOptout: body.subscriberOptout, subscriberHelp: body.subscriberHelp, termsAndConditions: body.termsAndConditions };
    try {
      let resellerId: string | undefined;
      if (body.resellerId) {
        const reseller = world
          .table<TcrReseller>(TcrTables.resellers)
          .values()
          .find((r) => r.provider === 'bird' && r.ownerRef === body.resellerId!.toLowerCase());
        if (!reseller) throw new TcrError('INVALID_FIELD', `${body.resellerId} is not a reseller of this workspace`, 'resellerId');
        resellerId = checkReseller(world, reseller.sid).sid;
      }
      const fields = { ...(registryFields(body) as TcrCampaignFields), ...(resellerId ? { resellerId } : {}) };
      const c = registerCampaign(world, id, brand.sid, fields);
      charge(world, 'campaign', 'register the campaign', fees);
      world.schedule(world.now() + CAMPAIGN_MINIMUM_MONTHS * BILLING_MONTH_MS, BIRD_CAMPAIGN_MONTHLY, { id }, { background: true });
      return campaignView(world, c);
    } catch (e) {
      delete extras[id];
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
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(Campaign), nextPageToken: z.string().optional() }), description: 'Campaigns' },
  errors: [404, 422],
  handler: ({ world }, { params, query }) => {
    const brand = brandByBirdId(world, params.brandId);
    return page(
      campaignsOf(world, brand.sid).map((c) => campaignView(world, c)),
      query.limit,
      query.pageToken,
    );
  },
});

const getCampaignRoute = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary: 'Get a campaign',
  tag: '10DLC campaigns',
  params: CampaignParams,
  response: { status: 200, schema: Campaign, description: 'The campaign' },
  errors: [404, 422],
  handler: ({ world }, { params }) => campaignView(world, campaignOf(world, params.brandId, params.campaignId)),
});

const updateCampaignRoute = birdRoute({
  method: 'patch',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary:
    'Update a campaign: its name at any time; a REJECTED campaign is corrected and resubmitted to the registry (its registration fee is charged again); other states refuse registry fields (409)',
  tag: '10DLC campaigns',
  params: CampaignParams,
  body: CampaignUpdate,
  response: { status: 200, schema: Campaign, description: 'The campaign' },
  errors: [402, 404, 409, 422],
  handler: ({ world }, { params, body }) => {
    const campaign = campaignOf(world, params.brandId, params.campaignId);
    const fields = registryFields(body);
    const extras = extrasOf(world);
    const bird = { subscriberOptout: body.subscriberOptout, subscriberHelp: body.subscriberHelp, name: body.name };
    let updated = campaign;
    if (Object.keys(fields).length) {
      if (campaign.status !== 'REJECTED') {
        throw new BirdError(
          409,
          'Conflict',
          `Failed to update campaign ${params.campaignId}: it is ${campaign.status}; only a REJECTED campaign can be corrected and resubmitted. Please change only its name, or create a new campaign.`,
        );
      }
      canPay(world, BIRD_FEES.campaignVetting, 'resubmit the campaign');
      try {
        updated = updateCampaign(world, campaign.sid, fields);
      } catch (e) {
        return birdOf(e);
      }
      charge(world, 'campaign', 'resubmit the campaign', [
        { description: `Campaign "${extras[campaign.ownerRef]?.name ?? campaign.usecase}" resubmission (vetting) fee`, amount: BIRD_FEES.campaignVetting },
      ]);
    }
    const current = extras[campaign.ownerRef];
    if (current) for (const [k, v] of Object.entries(bird)) if (v !== undefined) (current as unknown as Record<string, unknown>)[k] = v;
    return campaignView(world, updated);
  },
});

const deleteCampaignRoute = birdRoute({
  method: 'delete',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary: 'Delete a campaign: the registry deactivates it (EXPIRED) and its numbers leave it; the minimum commitment already paid is not refunded',
  tag: '10DLC campaigns',
  params: CampaignParams,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409, 422],
  handler: ({ world }, { params }) => {
    const campaign = campaignOf(world, params.brandId, params.campaignId);
    if (campaign.status === 'EXPIRED') throw new BirdError(409, 'Conflict', `Failed to delete campaign ${params.campaignId}: it is already deleted (EXPIRED). Please check the id.`);
    deleteCampaign(world, campaign.sid);
  },
});

// ---- events --------------------------------------------------------------------------------------

// What the registry decides reaches the workspace's subscriptions (seed 002: subscribing automates registration):
// a brand's every move and a vetting's result as 10dlc.brand, a campaign's as 10dlc.campaign, a number's link as channel.updated.
export const birdTcrListener: TcrListener = (world, change) => {
  if (!world.settings.bird) return;
  if (change.kind === 'link') return announceChannels(world, change.link.phoneNumber);
  const ws = workspaceSettings(world);
  if (change.kind === 'brand' || change.kind === 'vetting') {
    const brand = view(change.brand, ws.organizationId, ws.workspaceId);
    emitBirdEvent(world, '10dlc.brand', brand, { brandId: brand.id, status: brand.status }, brand.id);
    return;
  }
  const campaign = campaignView(world, change.campaign);
  emitBirdEvent(world, '10dlc.campaign', campaign, { campaignId: campaign.id, brandId: campaign.brandId, status: campaign.status }, campaign.id);
};

export const tcrRoutes: BirdRoute<any, any, any>[] = [
  createBrand,
  listBrands,
  getBrandRoute,
  updateBrandRoute,
  deleteBrandRoute,
  orgCreateBrand,
  orgListBrands,
  orgGetBrand,
  orgUpdateBrand,
  orgDeleteBrand,
  createVetting,
  listVettings,
  getVetting,
  orgCreateVetting,
  createCampaign,
  listCampaigns,
  getCampaignRoute,
  updateCampaignRoute,
  deleteCampaignRoute,
];
