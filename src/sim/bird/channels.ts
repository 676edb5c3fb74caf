import { z } from 'zod';
import type { World } from '../engine/world.js';
import { checkLink, linkNumber, linksOf, TcrError, TcrTables, type TcrBrand, type TcrCampaign } from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { emitBirdEvent } from './webhooks.js';
import { nowIso, workspaceSettings, type BirdConnector } from './workspace.js';

/**
 * A connector's SMS channel and its readiness for US traffic (seed 002 "Install a channel connector"
 * and the channel's `useCaseStatus`): the brand, the campaign and "checks whether number is linked to
 * campaign" are asserted from the neutral TCR as they are now; the last one stays `warning` ("Number
 * status is INACTIVE") until the carriers acknowledge the number–campaign link on the workspace clock.
 */

/** The workspace's Bird campaign with this id (Bird's UUID is the TCR campaign's `ownerRef`). */
export function birdCampaign(world: World, useCaseId: string): TcrCampaign | undefined {
  const c = world.table<TcrCampaign>(TcrTables.campaigns).firstWhere('ownerRef', useCaseId.toLowerCase());
  return c?.provider === 'bird' ? c : undefined;
}

/**
 * A connector needs an approved (ACTIVE) campaign of the workspace (seed 002: "a new SMS connector with
 * an approved 10DLC campaign"); installing it submits the number–campaign link to the registry. Checked
 * before anything is drawn or written, so a refused connector changes nothing; returns the connector's id.
 */
export function linkConnectorNumber(world: World, useCaseId: string, phoneNumber: string): string {
  const campaign = birdCampaign(world, useCaseId);
  if (!campaign) throw BirdError.invalid('arguments.useCaseId', `${useCaseId} is not a campaign of this workspace`);
  if (campaign.status !== 'ACTIVE') throw BirdError.invalid('arguments.useCaseId', `names a campaign that is ${campaign.status}; a connector needs an approved (ACTIVE) campaign`);
  try {
    checkLink(world, campaign.sid, phoneNumber);
  } catch (e) {
    if (e instanceof TcrError) throw BirdError.invalid('arguments.phoneNumberId', e.reason);
    throw e;
  }
  const id = uuid(world);
  linkNumber(world, id, campaign.sid, phoneNumber);
  return id;
}

const Assertion = z.object({ name: z.string(), displayName: z.string(), description: z.string(), status: z.enum(['ok', 'warning', 'error']), message: z.string().optional() });
const UseCaseStatus = z.object({ name: z.literal('useCaseStatus'), displayName: z.string(), assertions: z.array(Assertion), status: z.enum(['ok', 'warning', 'error']) });
export const Channel = z.object({
  id: z.string().uuid(),
  platform: z.string(),
  name: z.string(),
  status: z.literal('active'),
  connectorId: z.string().uuid(),
  identifier: z.string(),
  useCaseId: z.string(),
  useCaseStatus: UseCaseStatus,
  createdAt: z.string(),
});

type Check = z.infer<typeof Assertion>;

function assertion(name: string, ok: boolean, message?: string): Check {
  return { name, displayName: '', description: '', status: ok ? 'ok' : 'warning', ...(ok || !message ? {} : { message }) };
}

/** The channel as Bird shows it, with its readiness computed from the registry now. */
export function channelView(world: World, connector: BirdConnector) {
  const campaign = birdCampaign(world, connector.arguments.useCaseId);
  // A deleted campaign's brand may be deleted too: the channel then reads as having no brand.
  const brand = campaign ? world.table<TcrBrand>(TcrTables.brands).get(campaign.brandId) : undefined;
  const link = campaign ? linksOf(world, campaign.sid).find((l) => l.phoneNumber === connector.number.phoneNumber && l.status !== 'DEACTIVATED') : undefined;
  const assertions = [
    assertion('brand', brand?.status === 'APPROVED', `Brand status is ${brand?.status ?? 'UNKNOWN'}`),
    assertion('campaign', campaign?.status === 'ACTIVE', `Campaign status is ${campaign?.status ?? 'UNKNOWN'}`),
    // Seed 002's wording for a link the carriers have not acknowledged yet.
    assertion('checks whether number is linked to campaign', link?.status === 'ACTIVE', `Number status is ${link?.status === 'FAILED' ? 'FAILED' : 'INACTIVE'}`),
  ];
  return {
    id: connector.channel.channelId,
    platform: connector.channel.platform,
    name: connector.name,
    status: 'active' as const,
    connectorId: connector.id,
    identifier: connector.number.phoneNumber,
    useCaseId: connector.arguments.useCaseId,
    useCaseStatus: {
      name: 'useCaseStatus' as const,
      displayName: 'UseCase Status',
      assertions,
      status: assertions.every((a) => a.status === 'ok') ? ('ok' as const) : ('warning' as const),
    },
    createdAt: connector.createdAt,
  };
}

/** `channel.updated` for every channel on this number, when its link to a campaign moves (subscribers wait for `ok`). */
export function announceChannels(world: World, phoneNumber: string): void {
  for (const connector of workspaceSettings(world).connectors ?? []) {
    if (connector.number.phoneNumber !== phoneNumber) continue;
    const channel = channelView(world, connector);
    emitBirdEvent(world, 'channel.updated', channel, { channelId: channel.id, platform: channel.platform }, channel.id);
  }
}

function connectorOfChannel(world: World, channelId: string): BirdConnector {
  const found = (workspaceSettings(world).connectors ?? []).find((k) => k.channel.channelId === channelId.toLowerCase());
  if (!found) throw BirdError.notFound('channel', channelId);
  return found;
}

const ChannelParams = z.object({ workspaceId: z.string().uuid(), channelId: z.string().uuid() });

const getChannel = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/channels/{channelId}',
  summary: "A channel with its useCaseStatus (seed 002): wait for 'ok' before sending SMS to the USA",
  tag: 'Channels',
  params: ChannelParams,
  response: { status: 200, schema: Channel, description: 'The channel' },
  errors: [404, 422],
  handler: ({ world }, { params }) => channelView(world, connectorOfChannel(world, params.channelId)),
});

export const Message = z.object({ id: z.string().uuid(), channelId: z.string().uuid(), status: z.literal('accepted'), receiver: z.string(), createdAt: z.string() });

const sendMessage = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/channels/{channelId}/messages',
  summary: "Send a text message through the channel (Bird's Channels API); US receivers need useCaseStatus 'ok'",
  tag: 'Channels',
  params: ChannelParams,
  body: z.object({
    receiver: z.object({
      contacts: z
        .array(z.object({ identifierValue: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number') }))
        .min(1)
        .max(1),
    }),
    body: z.object({ type: z.literal('text'), text: z.object({ text: z.string().min(1).max(1600) }) }),
  }),
  response: { status: 202, schema: Message, description: 'Accepted for delivery' },
  errors: [404, 422],
  handler: ({ world }, { params, body }) => {
    const connector = connectorOfChannel(world, params.channelId);
    const to = body.receiver.contacts[0]!.identifierValue;
    const channel = channelView(world, connector);
    if (to.startsWith('+1') && channel.useCaseStatus.status !== 'ok') {
      const why = channel.useCaseStatus.assertions.find((a) => a.status !== 'ok')!;
      throw BirdError.invalid('receiver', `cannot be reached: the channel cannot terminate SMS to the USA yet (${why.name}: ${why.message ?? why.status}); wait for useCaseStatus to be ok`);
    }
    const message = { id: uuid(world), channelId: channel.id, status: 'accepted' as const, receiver: to, createdAt: nowIso(world) };
    emitBirdEvent(world, 'sms.outbound', message, { channelId: channel.id }, message.id);
    return message;
  },
});

export const channelRoutes: BirdRoute<any, any, any>[] = [getChannel, sendMessage];
