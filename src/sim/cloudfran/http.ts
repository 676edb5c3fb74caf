import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { checkSchema, readJsonBody, type Refusal } from '../wire/json-body.js';
import { changed, enterWorld } from '../engine/pipeline.js';
import type { TwilioClient } from './twilio-client.js';

/**
 * The CloudFran face's little framework: each route is a declaration (method, path, zod schemas
 * for body/query/params and responses, handler). The same declarations validate requests and
 * generate the OpenAPI 3.1 document, so the contract cannot drift from the code.
 */
export const CLOUDFRAN_BASE = '/api/v1/twilio';

/** Seed 000 "Error Response Format": `{"error": "invalid_api_key", "message": "…"}`. */
export class CloudFranError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 500,
    readonly error: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
  static validation(field: string, message: string): CloudFranError {
    return new CloudFranError(400, 'validation_error', `${field}: ${message}`, field);
  }
  static notFound(what: string, id: string): CloudFranError {
    return new CloudFranError(404, 'not_found', `${what} ${id} does not exist for this tenant`);
  }
  static invalidState(message: string): CloudFranError {
    return new CloudFranError(400, 'invalid_state', message);
  }
}

export const ErrorBody = z
  .object({
    error: z.string().describe('Machine-readable error code, e.g. invalid_api_key, validation_error, not_found, invalid_state'),
    message: z.string().describe('What went wrong, naming the field at fault'),
    field: z.string().optional().describe('The request field at fault, for validation errors'),
  })
  .describe('Error response (seed 000 "Error Response Format")');

export interface CfContext {
  sim: Simulator;
  world: World;
  tenantId: string;
  c: Context;
  /** The tenant's Twilio account, called over Twilio's API in process (docs/decisions/0005-cloudfran-through-twilio.md). */
  twilio: TwilioClient;
}

type Schema = z.ZodType;

export interface CfRoute<B extends Schema = Schema, Q extends Schema = Schema, P extends Schema = Schema> {
  method: 'get' | 'post' | 'put';
  /** OpenAPI style, relative to CLOUDFRAN_BASE: `/phone-numbers/{serviceId}/cancel`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Success response: status, schema, and content type (JSON unless said otherwise). */
  response: { status: 200 | 201; schema: Schema; description: string; contentType?: 'application/json' | 'text/csv' };
  /** Error statuses this route can answer besides 401 (documented in the OpenAPI document). */
  errors: Array<400 | 404>;
  /** False for routes that need no tenant (the OpenAPI document, the docs page). */
  authenticated?: boolean;
  handler: (ctx: CfContext, input: { body: z.output<B>; query: z.output<Q>; params: z.output<P> }) => unknown | Promise<unknown>;
}

// biome-ignore lint/complexity/noBannedTypes: `{}` is zod's own shape of an object schema with no fields.
export function cfRoute<B extends Schema = z.ZodObject<{}>, Q extends Schema = z.ZodObject<{}>, P extends Schema = z.ZodObject<{}>>(route: CfRoute<B, Q, P>): CfRoute<B, Q, P> {
  return route;
}

/** CloudFran's wording of a request it cannot take: `validation_error` naming the field. */
const refuse: Refusal = (field, why) =>
  CloudFranError.validation(
    field,
    why.kind === 'missing'
      ? 'is required'
      : why.kind === 'invalid'
        ? why.detail
        : why.kind === 'not-json'
          ? `is not valid JSON (${why.detail}); send a JSON object with Content-Type: application/json`
          : `${why.detail}; send a JSON object as UTF-8 with Content-Type: application/json`,
  );

/** How the face reaches a tenant's Twilio account (twilio-client.ts) and waits for its worker (twilio-jobs.ts). */
export interface CfTwilio {
  client: (world: World) => TwilioClient;
  /** Resolves once the Twilio calls the settle queued are made, so the handler reads what the worker did. */
  ready: (world: World) => Promise<void>;
}

export function mountCfRoutes(app: Hono, sim: Simulator, routes: CfRoute<any, any, any>[], auth: (c: Context) => { world: World; tenantId: string }, twilio: CfTwilio): void {
  for (const route of routes) {
    const path = CLOUDFRAN_BASE + route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method.toUpperCase(), path, async (c) => {
      try {
        const { world, tenantId } = route.authenticated === false ? { world: undefined as unknown as World, tenantId: '' } : auth(c);
        if (world) enterWorld(c, world, `tenant:${tenantId}`);
        const params = checkSchema(route.params, c.req.param(), refuse);
        const query = checkSchema(route.query, c.req.query(), refuse);
        const body = route.body ? checkSchema(route.body, await readJsonBody(c, refuse), refuse) : {};
        if (world) await twilio.ready(world);
        const client = world ? twilio.client(world) : (undefined as unknown as TwilioClient);
        const result = await route.handler({ sim, world, tenantId, c, twilio: client }, { body, query, params });
        if (result instanceof Response) return result;
        if (world) changed(world);
        return c.json(result as object, route.response.status);
      } catch (e) {
        if (e instanceof CloudFranError) return c.json({ error: e.error, message: e.message, ...(e.field ? { field: e.field } : {}) }, e.status);
        throw e;
      }
    });
  }
}
