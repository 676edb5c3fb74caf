import { z } from 'zod';
import { brandsOf, getBrand, onTcrChange, registerBrand, TcrError, type TcrBrand } from '../registry/tcr/api.js';
import { emitBirdEvent } from './webhooks.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { uuid } from './uuid.js';
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
  const { sid: _sid, provider: _p, ownerRef, createdAt, updatedAt, status, identityStatus, failureReason, errors, score: _s, submissions: _n, mock: _m, skipAutomaticSecVet: _k, brandRelationship: _b, resellerId: _r, ...identity } = brand;
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
onTcrChange('bird', (world, change) => {
  if (change.kind !== 'brand' || !world.settings.bird) return;
  const ws = workspaceSettings(world);
  const brand = view(change.brand, ws.organizationId, ws.workspaceId);
  emitBirdEvent(world, '10dlc.brand', brand, { brandId: brand.id, status: brand.status }, brand.id);
});

export const tcrRoutes: BirdRoute<any, any, any>[] = [createBrand, listBrands, getBrandRoute];
