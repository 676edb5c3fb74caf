import { z } from 'zod';
import type { Transition, World } from '../engine/world.js';
import {
  campaignsOf,
  checkReseller,
  deleteCampaign,
  registerCampaign,
  TcrError,
  TcrTables,
  updateCampaign,
  type TcrBrand,
  type TcrCampaign,
  type TcrCampaignFields,
  type TcrReseller,
} from '../registry/tcr/api.js';
import { uuid } from '../wire/uuid.js';
import { BirdError, birdRoute, type BirdRoute } from './http.js';
import { page, paging } from './routes.js';
import { canPay, charge, workspaceSettings } from './workspace.js';
import { BIRD_FEES, BILLING_MONTH_MS, CAMPAIGN_MINIMUM_MONTHS, campaignCharges, campaignMonthlyFee, total } from './charges.js';
import { BrandParams, birdOf, brandByBirdId } from './tcr-brands.js';

/** Bird's campaigns under a brand (seed 002 "Campaigns") over the registry's campaigns, with their billing. */

const keywords = z.string().max(255).optional();
const CampaignInput = z.object({
  name: z.string().min(1).max(255),
  usecase: z.string().min(1).max(50),
  subUsecases: z.array(z.string().max(50)).max(5).default([]),
  description: z.string().min(1).max(4096),
  embeddedLink: z.boolean(),
  embeddedPhone: z.boolean(),
  numberPool: z.boolean().default(false),
  ageGated: z.boolean().default(false),
  directLending: z.boolean().default(false),
  subscriberOptin: z.boolean().default(true),
  subscriberOptout: z.boolean().default(true),
  subscriberHelp: z.boolean().default(true),
  samples: z.array(z.string().min(1).max(1024)).min(1).max(5),
  messageFlow: z.string().min(1).max(2048),
  helpMessage: z.string().max(255).optional(),
  helpKeywords: keywords,
  optoutKeywords: keywords,
  optinKeywords: keywords,
  optinMessage: z.string().max(255).optional(),
  optoutMessage: z.string().max(255).optional(),
  termsAndConditions: z.literal(true),
  // Seed 002: "UUID of the reseller associated with this campaign. The specified reseller MUST be ACTIVE."
  resellerId: z.string().uuid().nullable().optional(),
});
/** PATCH: any subset of the fields (a REJECTED campaign's registry fields are corrected and resubmitted). */
const CampaignUpdate = z.object({
  name: z.string().min(1).max(255).optional(),
  usecase: z.string().min(1).max(50).optional(),
  subUsecases: z.array(z.string().max(50)).max(5).optional(),
  description: z.string().min(1).max(4096).optional(),
  embeddedLink: z.boolean().optional(),
  embeddedPhone: z.boolean().optional(),
  numberPool: z.boolean().optional(),
  ageGated: z.boolean().optional(),
  directLending: z.boolean().optional(),
  subscriberOptin: z.boolean().optional(),
  subscriberOptout: z.boolean().optional(),
  subscriberHelp: z.boolean().optional(),
  samples: z.array(z.string().min(1).max(1024)).min(1).max(5).optional(),
  messageFlow: z.string().min(1).max(2048).optional(),
  helpMessage: z.string().max(255).optional(),
  helpKeywords: keywords,
  optoutKeywords: keywords,
  optinKeywords: keywords,
  optinMessage: z.string().max(255).optional(),
  optoutMessage: z.string().max(255).optional(),
});
export const Campaign = CampaignInput.omit({ resellerId: true }).extend({
  id: z.string().uuid(),
  brandId: z.string().uuid(),
  resellerId: z.string().uuid().nullable(),
  status: z.enum(['PENDING', 'IN_REVIEW', 'ACTIVE', 'REJECTED', 'EXPIRED']),
  rejection: z.object({ description: z.string(), code: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const split = (k: string | undefined) =>
  k
    ? k
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
    : undefined;

/** The Bird fields the registry does not keep (name, subscriber flags) stay in the workspace, by campaign id. */
interface CampaignExtras {
  name: string;
  subscriberOptout: boolean;
  subscriberHelp: boolean;
  termsAndConditions: true;
}

function resellerUuid(world: World, sid: string | undefined): string | null {
  if (!sid) return null;
  return world.table<TcrReseller>(TcrTables.resellers).get(sid)?.ownerRef ?? null;
}

export function campaignView(world: World, c: TcrCampaign) {
  const extras = extrasOf(world)[c.ownerRef];
  return {
    name: extras?.name ?? c.usecase,
    subscriberOptout: extras?.subscriberOptout ?? true,
    subscriberHelp: extras?.subscriberHelp ?? true,
    termsAndConditions: true as const,
    id: c.ownerRef,
    // The registry keeps a campaign's brand while the campaign lives; an EXPIRED campaign may outlive it.
    brandId: world.table<TcrBrand>(TcrTables.brands).get(c.brandId)?.ownerRef ?? c.brandId,
    resellerId: resellerUuid(world, c.resellerId),
    usecase: c.usecase,
    subUsecases: c.subUsecases ?? [],
    description: c.description,
    embeddedLink: c.embeddedLink,
    embeddedPhone: c.embeddedPhone,
    numberPool: c.numberPool ?? false,
    ageGated: c.ageGated ?? false,
    directLending: c.directLending ?? false,
    subscriberOptin: c.subscriberOptin ?? true,
    samples: c.samples,
    messageFlow: c.messageFlow,
    ...(c.helpMessage ? { helpMessage: c.helpMessage } : {}),
    ...(c.optinMessage ? { optinMessage: c.optinMessage } : {}),
    ...(c.optoutMessage ? { optoutMessage: c.optoutMessage } : {}),
    ...(c.helpKeywords ? { helpKeywords: c.helpKeywords.join(',') } : {}),
    ...(c.optinKeywords ? { optinKeywords: c.optinKeywords.join(',') } : {}),
    ...(c.optoutKeywords ? { optoutKeywords: c.optoutKeywords.join(',') } : {}),
    status: c.status,
    ...(c.status === 'REJECTED' && c.errors[0] ? { rejection: { description: c.errors[0].description, code: String(c.errors[0].code) } } : {}),
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

function extrasOf(world: World): Record<string, CampaignExtras> {
  const ws = workspaceSettings(world) as ReturnType<typeof workspaceSettings> & { campaignExtras?: Record<string, CampaignExtras> };
  ws.campaignExtras ??= {};
  return ws.campaignExtras;
}

/** The registry's fields from Bird's (keywords are comma-separated on Bird's wire, lists in TCR's records). */
function registryFields(body: z.output<typeof CampaignUpdate>): Partial<TcrCampaignFields> {
  const out: Partial<TcrCampaignFields> = {};
  for (const key of [
    'usecase',
    'subUsecases',
    'description',
    'messageFlow',
    'samples',
    'embeddedLink',
    'embeddedPhone',
    'numberPool',
    'ageGated',
    'directLending',
    'subscriberOptin',
    'helpMessage',
    'optinMessage',
    'optoutMessage',
  ] as const) {
    if (body[key] !== undefined) (out as Record<string, unknown>)[key] = body[key];
  }
  for (const key of ['helpKeywords', 'optinKeywords', 'optoutKeywords'] as const) {
    const words = split(body[key]);
    if (words) out[key] = words;
  }
  return out;
}

const CampaignParams = z.object({ workspaceId: z.string().uuid(), brandId: z.string().uuid(), campaignId: z.string().uuid() });

function campaignOf(world: World, brandId: string, campaignId: string): TcrCampaign {
  const brand = brandByBirdId(world, brandId);
  const found = campaignsOf(world, brand.sid).find((c) => c.ownerRef === campaignId.toLowerCase());
  if (!found) throw BirdError.notFound('campaign', campaignId);
  return found;
}

const createCampaign = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns',
  summary: 'Create campaign (seed 002). A campaign can only be created for an approved brand; its fee and three-month minimum are charged to the wallet.',
  tag: '10DLC campaigns',
  params: BrandParams,
  body: CampaignInput,
  response: { status: 201, schema: Campaign, description: 'The campaign, PENDING' },
  errors: [402, 404, 422],
  handler: ({ world }, { params, body }) => {
    const brand = brandByBirdId(world, params.brandId);
    const fees = campaignCharges(body.usecase, body.name);
    canPay(world, total(fees), 'register the campaign');
    const id = uuid(world);
    // Kept before the registry announces the new campaign, so its first 10dlc.campaign event carries Bird's fields.
    const extras = extrasOf(world);
    extras[id] = { name: body.name, subscriberOptout: body.subscriberOptout, subscriberHelp: body.subscriberHelp, termsAndConditions: body.termsAndConditions };
    try {
      let resellerId: string | undefined;
      if (body.resellerId) {
        const reseller = world
          .table<TcrReseller>(TcrTables.resellers)
          .values()
          .find((r) => r.provider === 'bird' && r.ownerRef === body.resellerId!.toLowerCase());
        if (!reseller) throw new TcrError('INVALID_FIELD', `${body.resellerId} is not a reseller of this workspace`, 'resellerId');
        resellerId = checkReseller(world, reseller.sid).sid;
      }
      const fields = { ...(registryFields(body) as TcrCampaignFields), ...(resellerId ? { resellerId } : {}) };
      const c = registerCampaign(world, id, brand.sid, fields);
      charge(world, 'campaign', 'register the campaign', fees);
      world.schedule(world.now() + CAMPAIGN_MINIMUM_MONTHS * BILLING_MONTH_MS, BIRD_CAMPAIGN_MONTHLY, { id }, { background: true });
      return campaignView(world, c);
    } catch (e) {
      delete extras[id];
      return birdOf(e);
    }
  },
});

const listCampaigns = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns',
  summary: 'List all campaigns of a brand, optionally of one status; reverse=true lists the newest first (docs.bird.com "List all campaigns")',
  tag: '10DLC campaigns',
  params: BrandParams,
  query: z.object({ ...paging, status: Campaign.shape.status.optional(), reverse: z.enum(['true', 'false']).default('false') }),
  response: { status: 200, schema: z.object({ results: z.array(Campaign), nextPageToken: z.string().optional() }), description: 'Campaigns' },
  errors: [404, 422],
  handler: ({ world }, { params, query }) => {
    const brand = brandByBirdId(world, params.brandId);
    const all = campaignsOf(world, brand.sid)
      .filter((c) => query.status === undefined || c.status === query.status)
      .map((c) => campaignView(world, c));
    return page(query.reverse === 'true' ? all.reverse() : all, query.limit, query.pageToken);
  },
});

const getCampaignRoute = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary: 'Get a campaign',
  tag: '10DLC campaigns',
  params: CampaignParams,
  response: { status: 200, schema: Campaign, description: 'The campaign' },
  errors: [404, 422],
  handler: ({ world }, { params }) => campaignView(world, campaignOf(world, params.brandId, params.campaignId)),
});

const updateCampaignRoute = birdRoute({
  method: 'patch',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary:
    'Update a campaign: its name at any time; a REJECTED campaign is corrected and resubmitted to the registry (its registration fee is charged again); other states refuse registry fields (409)',
  tag: '10DLC campaigns',
  params: CampaignParams,
  body: CampaignUpdate,
  response: { status: 200, schema: Campaign, description: 'The campaign' },
  errors: [402, 404, 409, 422],
  handler: ({ world }, { params, body }) => {
    const campaign = campaignOf(world, params.brandId, params.campaignId);
    const fields = registryFields(body);
    const extras = extrasOf(world);
    const bird = { subscriberOptout: body.subscriberOptout, subscriberHelp: body.subscriberHelp, name: body.name };
    let updated = campaign;
    if (Object.keys(fields).length) {
      if (campaign.status !== 'REJECTED') {
        throw new BirdError(
          409,
          'Conflict',
          `Failed to update campaign ${params.campaignId}: it is ${campaign.status}; only a REJECTED campaign can be corrected and resubmitted. Please change only its name, or create a new campaign.`,
        );
      }
      canPay(world, BIRD_FEES.campaignVetting, 'resubmit the campaign');
      try {
        updated = updateCampaign(world, campaign.sid, fields);
      } catch (e) {
        return birdOf(e);
      }
      charge(world, 'campaign', 'resubmit the campaign', [
        { description: `Campaign "${extras[campaign.ownerRef]?.name ?? campaign.usecase}" resubmission (vetting) fee`, amount: BIRD_FEES.campaignVetting },
      ]);
    }
    const current = extras[campaign.ownerRef];
    if (current) for (const [k, v] of Object.entries(bird)) if (v !== undefined) (current as unknown as Record<string, unknown>)[k] = v;
    return campaignView(world, updated);
  },
});

const deleteCampaignRoute = birdRoute({
  method: 'delete',
  path: '/workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
  summary: 'Delete a campaign: the registry deactivates it (EXPIRED) and its numbers leave it; the minimum commitment already paid is not refunded',
  tag: '10DLC campaigns',
  params: CampaignParams,
  response: { status: 204, description: 'Deleted' },
  errors: [404, 409, 422],
  handler: ({ world }, { params }) => {
    const campaign = campaignOf(world, params.brandId, params.campaignId);
    if (campaign.status === 'EXPIRED') throw new BirdError(409, 'Conflict', `Failed to delete campaign ${params.campaignId}: it is already deleted (EXPIRED). Please check the id.`);
    deleteCampaign(world, campaign.sid);
  },
});

const BIRD_CAMPAIGN_MONTHLY = 'bird.campaign.monthly';

/**
 * After the prepaid minimum, a live campaign's monthly fee is charged each month until it is deleted. A
 * wallet that cannot pay goes negative, as an invoice would (the simulator does not suspend campaigns).
 * Background work: an account whose only pending work is billing counts as settled.
 */
function campaignMonthly(world: World, t: Transition): void {
  const campaign = world.table<TcrCampaign>(TcrTables.campaigns).firstWhere('ownerRef', String(t.data.id));
  if (!campaign || campaign.status === 'EXPIRED' || !world.settings.bird) return;
  const ws = workspaceSettings(world);
  const amount = campaignMonthlyFee(campaign.usecase);
  ws.walletBalance -= amount;
  ws.ledger.push({
    id: uuid(world),
    kind: 'campaign',
    description: `Campaign "${extrasOf(world)[campaign.ownerRef]?.name ?? campaign.usecase}" ${campaign.usecase}: monthly fee`,
    amount,
    createdAt: new Date(world.now()).toISOString(),
  });
  world.schedule(world.now() + BILLING_MONTH_MS, BIRD_CAMPAIGN_MONTHLY, t.data, { background: true });
}

export const BIRD_BILLING_HANDLERS: Record<string, (world: World, t: Transition) => void> = { [BIRD_CAMPAIGN_MONTHLY]: campaignMonthly };

export const campaignRoutes: BirdRoute<any, any, any>[] = [createCampaign, listCampaigns, getCampaignRoute, updateCampaignRoute, deleteCampaignRoute];
