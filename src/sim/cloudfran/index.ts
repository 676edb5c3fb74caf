import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { PACKAGE_VERSION } from '../../paths.js';
import type { Face } from '../engine/resource.js';
import type { Simulator } from '../engine/simulator.js';
import { accountRoutes } from './account-routes.js';
import { CLOUDFRAN_BASE, mountCfRoutes, type CfRoute } from './http.js';
import { numberRoutes } from './number-routes.js';
import { buildOpenApi, docsPage } from './openapi.js';
import { numberHandlers, numberModel } from './phone-numbers.js';
import { announceDecisions, registrationHandlers } from './registration.js';
import { registrationRoutes } from './registration-routes.js';
import { contextHeader, DEFAULT_CLOUDFRAN_API_KEY, tenantAuth, TENANT_SCOPE } from './tenant.js';
import { TwilioClient } from './twilio-client.js';
import { hasQueuedCalls, TWILIO_JOBS_TOPIC, TwilioJobRunner } from './twilio-jobs.js';

export interface CloudFranOptions {
  /** The X-API-Key every request must carry (default: DEFAULT_CLOUDFRAN_API_KEY). */
  apiKey?: string;
}

export const cloudfranRoutes: CfRoute<any, any, any>[] = [...registrationRoutes, ...numberRoutes, ...accountRoutes];

/** Serves Swagger UI's files from the package (no CDN: the docs page works offline). */
function mountDocs(app: Hono): void {
  // Resolved, not required: loading swagger-ui-dist's index would cost ~100 ms at every start.
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const assets: Record<string, string> = { 'swagger-ui.css': 'text/css; charset=utf-8', 'swagger-ui-bundle.js': 'text/javascript; charset=utf-8' };
  app.get(`${CLOUDFRAN_BASE}/docs`, (c) => c.html(docsPage()));
  app.get(`${CLOUDFRAN_BASE}/docs/:file`, (c) => {
    const file = c.req.param('file');
    // Own keys only: `toString` or `constructor` would otherwise name a file to read.
    const type = Object.hasOwn(assets, file) ? assets[file] : undefined;
    if (!type) return c.json({ error: 'not_found', message: `No docs asset ${file}` }, 404);
    return c.body(readFileSync(join(dist, file)), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });
  });
}

/**
 * CloudFran's "Twilio & Compliance API" (seed 000) at /api/v1/twilio, built on the simulated
 * registry: each tenant is one simulated Twilio account; brands, campaigns and numbers are the
 * same resources the Twilio faces serve, so they move with that account's clock.
 */
export function cloudfranFace(opts: CloudFranOptions = {}): Face {
  const apiKey = opts.apiKey ?? DEFAULT_CLOUDFRAN_API_KEY;
  // Built on first request: converting every route schema to JSON Schema costs ~10 ms of each start.
  let openapi: ReturnType<typeof buildOpenApi> | undefined;
  // CloudFran's worker for the Twilio calls its clock decides; made with the app it calls (mount).
  let worker: TwilioJobRunner | undefined;
  return {
    name: 'cloudfran',
    resources: [],
    models: [numberModel],
    handlers: { ...numberHandlers, ...registrationHandlers },
    mount: (app: Hono, sim: Simulator) => {
      app.get(`${CLOUDFRAN_BASE}/openapi.json`, (c) => {
        openapi ??= buildOpenApi(cloudfranRoutes, PACKAGE_VERSION);
        return c.json(openapi);
      });
      mountDocs(app);
      const jobs = new TwilioJobRunner(app);
      worker = jobs;
      mountCfRoutes(app, sim, cloudfranRoutes, (c) => tenantAuth(sim, apiKey, contextHeader(c)), { client: (world) => TwilioClient.forTenant(app, world), ready: (world) => jobs.idle(world) });
      // Calls a previous run queued and did not make (it stopped in between) are made now, not at the tenant's next request.
      for (const world of sim.accounts()) if (world.settings.cloudfran && hasQueuedCalls(world)) void jobs.kick(world);
    },
    listeners: {
      // At the transition's own time when the control plane advances the clock (World.defer).
      [TWILIO_JOBS_TOPIC]: (world) => {
        const jobs = worker;
        if (jobs) world.defer(() => jobs.kick(world));
      },
    },
    controlAccount: (sim, header) => (header('x-api-key') !== undefined || header('x-tenant-id') !== undefined ? tenantAuth(sim, apiKey, header).world : undefined),
    observe: (world, change) => {
      if (!world.settings.cloudfran) return;
      announceDecisions(world, change);
    },
  };
}

export { TENANT_SCOPE, buildOpenApi };
