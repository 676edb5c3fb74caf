import type { Hono } from 'hono';
import { PACKAGE_VERSION } from '../../paths.js';
import type { Face } from '../engine/resource.js';
import type { Simulator } from '../engine/simulator.js';
import { BIRD_BASE, mountBirdRoutes } from './http.js';
import { type BirdEventDoc, buildBirdOpenApi } from './openapi.js';
import { TCR_HANDLERS, TCR_RESELLER_HANDLERS, tcrTopic } from '../registry/tcr/api.js';
import { InboundMessage, mountBirdControls } from './controls.js';
import { resellerRoutes } from './resellers.js';
import { type BIRD_EVENTS, birdRoutes as baseRoutes, ChannelCreated } from './routes.js';
import { Channel, channelRoutes, Message } from './channels.js';
import { BIRD_BILLING_HANDLERS, Brand, birdTcrListener, Campaign, tcrRoutes } from './tcr-routes.js';

const birdRoutes = [...baseRoutes, ...tcrRoutes, ...resellerRoutes, ...channelRoutes];
/** Every event a subscription may name (BIRD_EVENTS), with its payload, for the document's `webhooks`. */
const birdEvents: Record<(typeof BIRD_EVENTS)[number], BirdEventDoc> = {
  '10dlc.brand': { service: 'numbers', summary: "A brand's status or details changed (created, in review, approved, failed, updated, vetted)", payload: Brand },
  '10dlc.campaign': { service: 'numbers', summary: "A campaign's status changed (created, in review, active, rejected, deleted)", payload: Campaign },
  'channel.created': { service: 'channels', summary: 'A connector created a channel', payload: ChannelCreated },
  'channel.updated': { service: 'channels', summary: "A channel's readiness (useCaseStatus) changed", payload: Channel },
  'sms.inbound': { service: 'channels', summary: "A text arrived on the channel's number", payload: InboundMessage },
  'sms.outbound': { service: 'channels', summary: 'A text was accepted for delivery through the channel', payload: Message },
};
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
        openapi ??= buildBirdOpenApi(birdRoutes, PACKAGE_VERSION, birdEvents);
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
