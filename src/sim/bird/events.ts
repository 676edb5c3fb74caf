import type { BirdEventDoc } from './openapi.js';
import { Channel, Message } from './channels.js';
import { InboundMessage } from './controls.js';
import { type BIRD_EVENTS, ChannelCreated } from './routes.js';
import { z } from 'zod';
import { Brand } from './tcr-brands.js';
import { Campaign } from './tcr-campaigns.js';
import { Vetting } from './tcr-vettings.js';

/**
 * The 10DLC events' payloads as Bird documents them (docs.bird.com "10DLC compliance / Events"): a
 * brand event carries the brand with its workspaces as `workspaceId` and without the rejection ("part
 * of the brand objects but NOT the brand status events"); a campaign event adds its organization and
 * workspace.
 */
export const BrandEvent = Brand.omit({ workspaceIds: true, rejection: true }).extend({ workspaceId: z.array(z.string().uuid()) });
export const CampaignEvent = Campaign.extend({ organizationId: z.string().uuid(), workspaceId: z.string().uuid() });

/** Every event a subscription may name (BIRD_EVENTS), with its payload, for the document's `webhooks`. */
export const birdEvents: Record<(typeof BIRD_EVENTS)[number], BirdEventDoc> = {
  '10dlc.brand': { service: 'numbers', summary: "A brand's status changed (created, in review, approved, failed, resubmitted)", payload: BrandEvent },
  '10dlc.campaign': { service: 'numbers', summary: "A campaign's status changed (created, in review, active, rejected, resubmitted, deleted)", payload: CampaignEvent },
  '10dlc.vetting': { service: 'numbers', summary: "A brand vetting's status changed (ACTIVE with a score, or FAILED)", payload: Vetting },
  'channel.created': { service: 'channels', summary: 'A connector created a channel', payload: ChannelCreated },
  'channel.updated': { service: 'channels', summary: "A channel's readiness (useCaseStatus) changed", payload: Channel },
  'sms.inbound': { service: 'channels', summary: "A text arrived on the channel's number", payload: InboundMessage },
  'sms.outbound': { service: 'channels', summary: 'A text was accepted for delivery through the channel', payload: Message },
};
