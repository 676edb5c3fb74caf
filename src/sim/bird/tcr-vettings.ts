import { z } from 'zod';
import type { World } from '../engine/world.js';
import { requestVetting, vettingsOf, type TcrVetting } from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { page, paging } from './routes.js';
import { canPay, charge } from './workspace.js';
import { BIRD_FEES } from './charges.js';
import { BrandParams, birdOf, brandByBirdId, OrgBrandParams, orgBrandWorld, touched } from './tcr-brands.js';

/**
 * Bird's brand vettings (seed 002 "Create a brand vetting") over the registry's requestVetting:
 * `class` and `vettingProviderId` in; the response's score is a string (0–100).
 */
const VettingInput = z.object({
  class: z.enum(['STANDARD', 'POLITICAL']),
  vettingProviderId: z.enum(['AEGIS', 'CAMPAIGN_VERIFY']).default('AEGIS'),
});
export const Vetting = z.object({
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

export function vettingView(v: TcrVetting, brandId: string) {
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

export const vettingRoutes: BirdRoute<any, any, any>[] = [createVetting, listVettings, getVetting, orgCreateVetting];
