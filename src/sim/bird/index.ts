import type { Hono } from 'hono';
import { PACKAGE_VERSION } from '../../paths.js';
import type { Face } from '../engine/resource.js';
import type { Simulator } from '../engine/simulator.js';
import { BIRD_BASE, mountBirdRoutes } from './http.js';
import { buildBirdOpenApi } from './openapi.js';
import { TCR_HANDLERS, TCR_RESELLER_HANDLERS, tcrTopic } from '../registry/tcr/api.js';
import { mountBirdControls } from './controls.js';
import { resellerRoutes } from './resellers.js';
import { birdRoutes as baseRoutes } from './routes.js';
import { channelRoutes } from './channels.js';
import { BIRD_BILLING_HANDLERS, birdTcrListener, tcrRoutes } from './tcr-routes.js';

const birdRoutes = [...baseRoutes, ...tcrRoutes, ...resellerRoutes, ...channelRoutes];
import { contextHeader, organizationWorlds, workspaceAuth, WORKSPACE_SCOPE } from './workspace.js';

/**
 * Bird's Numbers and 10DLC API (seed 002) at /bird: each workspace is its own simulated account
 * with its own clock, provisioned on first use by the access key that names it.
 */
export function birdFace(): Face {
  let openapi: ReturnType<typeof buildBirdOpenApi> | undefined;
  return {
    name: 'bird',
    resources: [],
    // The neutral TCR's review steps run in a workspace's world as in any account.
    handlers: { ...TCR_HANDLERS, ...TCR_RESELLER_HANDLERS, ...BIRD_BILLING_HANDLERS },
    // What the registry decides about the brands this face submitted.
    listeners: { [tcrTopic('bird')]: birdTcrListener },
    mount: (app: Hono, sim: Simulator) => {
      app.get(`${BIRD_BASE}/openapi.json`, (c) => {
        openapi ??= buildBirdOpenApi(birdRoutes, PACKAGE_VERSION);
        return c.json(openapi);
      });
      mountBirdRoutes(app, sim, birdRoutes, (c, ids) =>
        ids.workspaceId !== undefined ? workspaceAuth(sim, contextHeader(c), ids.workspaceId) : organizationWorlds(sim, contextHeader(c), ids.organizationId ?? '')[0]!,
      );
      mountBirdControls(app, sim);
    },
    // The control plane addresses a workspace with its access key and X-Bird-Workspace-Id.
    controlAccount: (sim, header) => {
      const ws = header('x-bird-workspace-id');
      return ws === undefined ? undefined : workspaceAuth(sim, header, ws);
    },
  };
}

export { birdRoutes, buildBirdOpenApi, WORKSPACE_SCOPE };
