import { z } from 'zod';
import type { World } from '../engine/world.js';
import { registerReseller, resellersOf, resellerStatus, TcrError, type TcrResellerState } from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { page, paging } from './routes.js';
import { workspaceSettings } from './workspace.js';

/**
 * Bird's tcr-resellers (seed 002 "Optional: acting as Reseller", `GET /workspaces/{ws}/tcr-resellers`)
 * on the neutral registry: a reseller is PENDING until TCR accepts it on the workspace clock, and a
 * campaign may name only an ACTIVE one. Bird creates resellers in its UI; the simulator also takes a POST.
 */
const WsParams = z.object({ workspaceId: z.string().uuid() });

const ResellerInput = z.object({
  companyName: z.string().min(1).max(255),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number')
    .optional(),
  email: z.string().email().max(100).optional(),
});
const Reseller = z.object({
  id: z.string().uuid(),
  organizationId: z.string().uuid(),
  status: z.enum(['PENDING', 'ACTIVE', 'REJECTED']),
  companyName: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function view(world: World, r: TcrResellerState) {
  return {
    id: r.ownerRef,
    organizationId: workspaceSettings(world).organizationId,
    status: resellerStatus(r),
    companyName: r.companyName,
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.email ? { email: r.email } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

const createReseller = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-resellers',
  summary: 'Create a reseller (Bird does this in its UI): PENDING until the registry accepts it',
  tag: '10DLC resellers',
  params: WsParams,
  body: ResellerInput,
  response: { status: 201, schema: Reseller, description: 'The reseller, PENDING' },
  errors: [422],
  handler: ({ world }, { body }) => {
    try {
      return view(world, registerReseller(world, 'bird', uuid(world), body));
    } catch (e) {
      if (e instanceof TcrError) throw BirdError.invalid(e.field ?? 'body', e.reason);
      throw e;
    }
  },
});

const listResellers = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-resellers',
  summary: 'List resellers in a workspace (seed 002); reverse=true lists the newest first',
  tag: '10DLC resellers',
  params: WsParams,
  query: z.object({ ...paging, reverse: z.enum(['true', 'false']).default('false') }),
  response: { status: 200, schema: z.object({ results: z.array(Reseller), nextPageToken: z.string().optional() }), description: 'Resellers' },
  errors: [422],
  handler: ({ world }, { query }) => {
    const all = resellersOf(world, 'bird').map((r) => view(world, r));
    return page(query.reverse === 'true' ? all.reverse() : all, query.limit, query.pageToken);
  },
});

const getReseller = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-resellers/{resellerId}',
  summary: 'Get a reseller',
  tag: '10DLC resellers',
  params: z.object({ workspaceId: z.string().uuid(), resellerId: z.string().uuid() }),
  response: { status: 200, schema: Reseller, description: 'The reseller' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const found = resellersOf(world, 'bird').find((r) => r.ownerRef === params.resellerId.toLowerCase());
    if (!found) throw BirdError.notFound('reseller', params.resellerId);
    return view(world, found);
  },
});

export const resellerRoutes: BirdRoute<any, any, any>[] = [createReseller, listResellers, getReseller];
