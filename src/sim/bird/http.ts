import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { changed, enterWorld } from '../engine/pipeline.js';
import { checkSchema, readJsonBody, type Refusal } from '../wire/json-body.js';

/**
 * The Bird face's route declarations: one zod schema per body/query/params/response validates the
 * request and generates the OpenAPI 3.1 document (openapi.ts), so the contract cannot drift.
 */
export const BIRD_BASE = '/bird';

/**
 * Bird's error body `{"code": "InvalidPayload", "message": "…"}` (a Bird API error as clients
 * receive it: https://docs.bird.com/api), with `details` naming the field at fault.
 */
export class BirdError extends Error {
  constructor(
    readonly status: 400 | 401 | 402 | 403 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
  static invalid(field: string, why: string): BirdError {
    return new BirdError(422, 'InvalidPayload', `Failed to process the request: ${field} ${why}. Please correct ${field} and retry.`, field);
  }
  static notFound(what: string, id: string): BirdError {
    return new BirdError(404, 'NotFound', `Failed to find ${what} ${id}: it does not exist in this workspace. Please check the id.`);
  }
}

export const ErrorBody = z
  .object({
    code: z.string().describe('Machine-readable error code, e.g. InvalidPayload, Unauthorized, NotFound, InsufficientBalance'),
    message: z.string(),
    details: z.record(z.string(), z.array(z.string())).optional().describe('Per field, what is wrong with it'),
  })
  .describe('Bird error response');

export interface BirdContext {
  sim: Simulator;
  world: World;
  workspaceId: string;
  c: Context;
}

type Schema = z.ZodType;

export interface BirdRoute<B extends Schema = Schema, Q extends Schema = Schema, P extends Schema = Schema> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style, relative to BIRD_BASE: `/workspaces/{workspaceId}/numbers`. */
  path: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  response: { status: 200 | 201 | 202 | 204; schema?: Schema; description: string };
  errors: Array<402 | 404 | 409 | 422>;
  handler: (ctx: BirdContext, input: { body: z.output<B>; query: z.output<Q>; params: z.output<P> }) => unknown | Promise<unknown>;
}

// biome-ignore lint/complexity/noBannedTypes: `{}` is zod's own shape of an object schema with no fields.
export function birdRoute<B extends Schema = z.ZodObject<{}>, Q extends Schema = z.ZodObject<{}>, P extends Schema = z.ZodObject<{}>>(r: BirdRoute<B, Q, P>): BirdRoute<B, Q, P> {
  return r;
}

/** Bird's wording of a request it cannot take: 422 `InvalidPayload` naming the field. */
const refuse: Refusal = (field, why) =>
  BirdError.invalid(
    field,
    why.kind === 'missing' ? 'is required' : why.kind === 'invalid' ? `is invalid (${why.detail})` : why.kind === 'not-json' ? 'is not valid JSON' : `could not be read (${why.detail})`,
  );

export function errorResponse(c: Context, e: BirdError): Response {
  return c.json({ code: e.code, message: e.message, ...(e.field ? { details: { [e.field]: [e.message] } } : {}) }, e.status);
}

/**
 * `auth` resolves the workspace a request acts in: the path's workspace, or for an organization-level
 * route (no workspaceId in the path) the organization's oldest workspace.
 */
export function mountBirdRoutes(app: Hono, sim: Simulator, routes: BirdRoute<any, any, any>[], auth: (c: Context, ids: { workspaceId?: string; organizationId?: string }) => World): void {
  for (const route of routes) {
    const path = BIRD_BASE + route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method.toUpperCase(), path, async (c) => {
      try {
        const pathWorkspace = c.req.param('workspaceId');
        const organizationId = c.req.param('organizationId');
        const world = auth(c, pathWorkspace !== undefined ? { workspaceId: pathWorkspace } : { ...(organizationId !== undefined ? { organizationId } : {}) });
        const workspaceId = (world.settings.bird as { workspaceId: string }).workspaceId;
        enterWorld(c, world, `bird:${workspaceId}`);
        const params = checkSchema(route.params, c.req.param(), refuse);
        const query = checkSchema(route.query, c.req.query(), refuse);
        const body = route.body ? checkSchema(route.body, await readJsonBody(c, refuse), refuse) : {};
        const result = await route.handler({ sim, world, workspaceId, c }, { body, query, params });
        changed(world);
        if (route.response.status === 204) return c.body(null, 204);
        return c.json(result as object, route.response.status);
      } catch (e) {
        if (e instanceof BirdError) return errorResponse(c, e);
        throw e;
      }
    });
  }
}
