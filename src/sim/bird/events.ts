import type { BirdEventDoc } from './openapi.js';
import { Channel, Message } from './channels.js';
import { InboundMessage } from './controls.js';
import { type BIRD_EVENTS, ChannelCreated } from './routes.js';
import { Brand, Campaign } from './tcr-routes.js';

/** Every event a subscription may name (BIRD_EVENTS), with its payload, for the document's `webhooks`. */
export const birdEvents: Record<(typeof BIRD_EVENTS)[number], BirdEventDoc> = {
  '10dlc.brand': { service: 'numbers', summary: "A brand's status or details changed (created, in review, approved, failed, updated, vetted)", payload: Brand },
  '10dlc.campaign': { service: 'numbers', summary: "A campaign's status changed (created, in review, active, rejected, deleted)", payload: Campaign },
  'channel.created': { service: 'channels', summary: 'A connector created a channel', payload: ChannelCreated },
  'channel.updated': { service: 'channels', summary: "A channel's readiness (useCaseStatus) changed", payload: Channel },
  'sms.inbound': { service: 'channels', summary: "A text arrived on the channel's number", payload: InboundMessage },
  'sms.outbound': { service: 'channels', summary: 'A text was accepted for delivery through the channel', payload: Message },
};
