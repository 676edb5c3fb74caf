import type { Hono } from 'hono';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { TcrTables, type TcrBrand, type TcrCampaign, type TcrNumberLink, type TcrProvider, type TcrReseller, type TcrVetting } from '../registry/tcr/api.js';
import { isoDate } from '../wire/dates.js';
import { ControlError, controlWorld } from './control-plane.js';

/**
 * `GET /_sim/tcr`: the Campaign Registry's own records of the calling account (a Twilio account, a
 * CloudFran tenant's account or a Bird workspace), in the registry's neutral vocabulary whichever
 * face submitted them: brands with their status, score and the identity the review decided on,
 * vettings, campaigns, resellers and number–campaign links, each with the provider that owns it.
 * Read only: it shows what the faces' own views translate (a BrandRegistration, a Bird tcr-brand),
 * so a journey can check that two providers met the same rules. `?provider=twilio|bird` narrows it.
 */

const PROVIDERS: readonly TcrProvider[] = ['twilio', 'bird'];

/** What the brand review reads of a brand (registry/tcr/api.ts brandReviewInput): equal inputs, equal decisions. */
const DECISION_INPUTS = [
  'entityType',
  'displayName',
  'companyName',
  'ein',
  'einIssuingCountry',
  'country',
  'state',
  'postalCode',
  'email',
  'website',
  'vertical',
  'stockSymbol',
  'stockExchange',
] as const;

function times(r: { createdAt: number; updatedAt: number }) {
  return { createdAt: isoDate(r.createdAt), updatedAt: isoDate(r.updatedAt) };
}

function brandView(b: TcrBrand) {
  const identity: Record<string, string> = {};
  for (const k of DECISION_INPUTS) if (typeof b[k] === 'string') identity[k] = b[k];
  return {
    id: b.sid,
    provider: b.provider,
    ownerRef: b.ownerRef,
    status: b.status,
    identityStatus: b.identityStatus,
    score: b.score,
    failureReason: b.failureReason,
    errors: b.errors,
    submissions: b.submissions,
    mock: b.mock ?? false,
    identity,
    ...times(b),
  };
}

function vettingView(v: TcrVetting) {
  return {
    id: v.sid,
    provider: v.provider,
    ownerRef: v.ownerRef,
    brandId: v.brandId,
    vettingProvider: v.vettingProvider,
    vettingClass: v.vettingClass,
    status: v.vettingStatus,
    score: v.score,
    ...times(v),
  };
}

function campaignView(c: TcrCampaign) {
  return {
    id: c.sid,
    provider: c.provider,
    ownerRef: c.ownerRef,
    brandId: c.brandId,
    usecase: c.usecase,
    status: c.status,
    errors: c.errors,
    submissions: c.submissions,
    rateLimits: c.rateLimits,
    resellerId: c.resellerId ?? null,
    ...times(c),
  };
}

function linkView(l: TcrNumberLink) {
  return { id: l.sid, provider: l.provider, ownerRef: l.ownerRef, campaignId: l.campaignId, phoneNumber: l.phoneNumber, status: l.status, error: l.error, ...times(l) };
}

function resellerView(r: TcrReseller & { status?: string }) {
  return { id: r.sid, provider: r.provider, ownerRef: r.ownerRef, companyName: r.companyName, status: r.status ?? null, ...times(r) };
}

/** The registry's records of one world, oldest first, optionally of one provider. */
export function tcrRecords(world: World, provider?: TcrProvider) {
  const of = <T extends { provider: TcrProvider }>(table: string) =>
    // scan: read only, so the journaled store does not fingerprint every record at commit.
    [...world.table<T & { sid: string }>(table).scan()].filter((r) => provider === undefined || r.provider === provider);
  return {
    brands: of<TcrBrand>(TcrTables.brands).map(brandView),
    vettings: of<TcrVetting>(TcrTables.vettings).map(vettingView),
    campaigns: of<TcrCampaign>(TcrTables.campaigns).map(campaignView),
    resellers: of<TcrReseller>(TcrTables.resellers).map(resellerView),
    numberLinks: of<TcrNumberLink>(TcrTables.links).map(linkView),
  };
}

export function mountTcrView(app: Hono, sim: Simulator): void {
  app.get('/_sim/tcr', (c) => {
    const provider = c.req.query('provider');
    if (provider !== undefined && !PROVIDERS.includes(provider as TcrProvider)) {
      throw new ControlError(
        400,
        `Failed to list the registry's records: provider ${JSON.stringify(provider.slice(0, 32))} is not one the registry knows. Please use ${PROVIDERS.join(' or ')}, or leave it out.`,
      );
    }
    const world = controlWorld(sim, c);
    // What became due on the account's clock has happened before the registry is read, as on every face.
    world.settle();
    return c.json({ accountSid: world.accountSid, ...tcrRecords(world, provider as TcrProvider | undefined) });
  });
}
