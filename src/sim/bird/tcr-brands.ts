import { z } from 'zod';
import type { World } from '../engine/world.js';
import { brandsOf, deleteBrand, getBrand, registerBrand, resubmitBrand, TcrError, updateBrandDetails, type TcrBrand } from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { BirdError, birdRoute, type BirdContext, type BirdRoute } from './http.js';
import { page, paging } from './routes.js';
import { canPay, charge, contextHeader, organizationWorlds, workspaceSettings } from './workspace.js';
import { BIRD_FEES } from './charges.js';

/**
 * Bird's tcr-brands (seed 002 "Brands - workspace" and "Brands - Organization") as a face over the
 * provider-neutral TCR (src/sim/registry/tcr/api.ts): the registry reviews the brand on the
 * workspace's clock with the same rules as every provider; this file only speaks Bird's fields and ids.
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

export function brandView(brand: TcrBrand, organizationId: string, workspaceId: string) {
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
    ...(status === 'FAILED' ? { rejection: { description: failureReason ?? errors[0]?.description ?? 'rejected', code: String(errors[0]?.code ?? 'REJECTED') } } : {}),
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
  };
}

/** TCR's refusal in Bird's shape: an unknown record is 404, a state that forbids the request 409, anything else 422 naming the field. */
export function birdOf(e: unknown): never {
  if (e instanceof TcrError) {
    if (e.code === 'NOT_FOUND') throw new BirdError(404, 'NotFound', `Failed to find the ${e.field ?? 'resource'}: ${e.reason}. Please check the id.`);
    if (e.code === 'WRONG_STATE' && e.field === undefined) throw new BirdError(409, 'Conflict', `Failed to process the request: ${e.reason}. Please retry once the state allows it.`);
    throw BirdError.invalid(e.field ?? 'body', e.reason);
  }
  throw e;
}

/** Bird ids are UUIDs the face keeps beside TCR's own brand id (`ownerRef`). */
export function brandByBirdId(world: World, id: string): TcrBrand {
  const found = brandsOf(world, 'bird').find((b) => b.ownerRef === id.toLowerCase());
  if (!found) throw BirdError.notFound('brand', id);
  return getBrand(world, found.sid);
}

// ---- brands: workspace level ---------------------------------------------------------------------

export const BrandParams = z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid() });
/** PATCH takes any subset of the create fields (docs.bird.com "Update a brand"). */
const BrandUpdate = BrandInput.partial();

function createIn(world: World, body: z.output<typeof BrandInput>) {
  const ws = workspaceSettings(world);
  canPay(world, BIRD_FEES.brand, 'register the brand');
  try {
    const brand = registerBrand(world, 'bird', uuid(world), body);
    charge(world, 'brand', 'register the brand', [{ description: `Brand "${brand.displayName}" registration fee`, amount: BIRD_FEES.brand }]);
    return brandView(brand, ws.organizationId, ws.workspaceId);
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
      return brandView(again, ws.organizationId, ws.workspaceId);
    }
    if (brand.status !== 'APPROVED') throw new BirdError(409, 'Conflict', `Failed to update brand ${brandId}: it is ${brand.status}. Please wait for the registry's decision.`);
    return brandView(updateBrandDetails(world, brand.sid, patch), ws.organizationId, ws.workspaceId);
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
      brandsOf(world, 'bird').map((b) => brandView(b, ws.organizationId, ws.workspaceId)),
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
    return brandView(brandByBirdId(world, params.brandId), ws.organizationId, ws.workspaceId);
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
export const OrgBrandParams = z.object({ organizationId: z.string().uuid(), brandId: z.string().uuid() });

function orgWorlds(ctx: BirdContext, organizationId: string): World[] {
  return organizationWorlds(ctx.sim, contextHeader(ctx.c), organizationId);
}

export function orgBrandWorld(ctx: BirdContext, organizationId: string, brandId: string): World {
  for (const world of orgWorlds(ctx, organizationId)) {
    world.settle();
    if (brandsOf(world, 'bird').some((b) => b.ownerRef === brandId.toLowerCase())) return world;
  }
  throw new BirdError(404, 'NotFound', `Failed to find brand ${brandId}: no workspace of organization ${organizationId} has it. Please check the id.`);
}

/** The request's own world is settled and saved by the pipeline; another workspace it changes is saved here. */
export function touched<T>(world: World, result: T): T {
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
      return brandsOf(world, 'bird').map((b) => brandView(b, ws.organizationId, ws.workspaceId));
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
    return brandView(brandByBirdId(world, params.brandId), ws.organizationId, ws.workspaceId);
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

export const brandRoutes: BirdRoute<any, any, any>[] = [
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
];
