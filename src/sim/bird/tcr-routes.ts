import type { BirdRoute } from './http.js';
import { announceChannels } from './channels.js';
import { emitBirdEvent } from './webhooks.js';
import { workspaceSettings } from './workspace.js';
import type { TcrListener } from '../registry/tcr/api.js';
import { brandRoutes, brandView } from './tcr-brands.js';
import { campaignRoutes, campaignView } from './tcr-campaigns.js';
import { vettingRoutes, vettingView } from './tcr-vettings.js';

/**
 * Bird's 10DLC routes over the provider-neutral TCR (src/sim/registry/tcr/api.ts): tcr-brands
 * (tcr-brands.ts), their vettings (tcr-vettings.ts) and campaigns (tcr-campaigns.ts); the registry
 * reviews them on the workspace's clock with the same rules as every provider, and tells this face.
 */

// What the registry decides reaches the workspace's subscriptions (seed 002: subscribing automates registration;
// docs.bird.com "Events": status changes): a brand's as 10dlc.brand, a vetting's result as 10dlc.vetting, a
// campaign's as 10dlc.campaign, a number's link as channel.updated. A brand's details changing is not an event.
export const birdTcrListener: TcrListener = (world, change) => {
  if (!world.settings.bird) return;
  if (change.kind === 'link') return announceChannels(world, change.link.phoneNumber);
  const ws = workspaceSettings(world);
  if (change.kind === 'brand') {
    if (change.from === change.brand.status) return;
    const { workspaceIds, rejection: _, ...brand } = brandView(change.brand, ws.organizationId, ws.workspaceId);
    emitBirdEvent(world, '10dlc.brand', { ...brand, workspaceId: workspaceIds }, { brandId: brand.id, status: brand.status }, brand.id);
    return;
  }
  if (change.kind === 'vetting') {
    const vetting = vettingView(change.vetting, change.brand.ownerRef);
    emitBirdEvent(world, '10dlc.vetting', vetting, { vettingId: vetting.id, brandId: vetting.brandId, status: vetting.status }, vetting.id);
    return;
  }
  const campaign = { ...campaignView(world, change.campaign), organizationId: ws.organizationId, workspaceId: ws.workspaceId };
  emitBirdEvent(world, '10dlc.campaign', campaign, { campaignId: campaign.id, brandId: campaign.brandId, status: campaign.status }, campaign.id);
};

export const tcrRoutes: BirdRoute<any, any, any>[] = [...brandRoutes, ...vettingRoutes, ...campaignRoutes];

export { Brand } from './tcr-brands.js';
export { BIRD_BILLING_HANDLERS, Campaign } from './tcr-campaigns.js';
