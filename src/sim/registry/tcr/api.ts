import type { Transition, World } from '../../engine/world.js';
import { magicOutcome } from '../magic.js';
import { reviewBrand, type BrandReviewInput, type SecondaryVetting } from './brand-review.js';
import { decideNumberRegistration, reviewCampaign } from './campaign-review.js';
import type { BrandFeedback, RateLimits, TcrBrandIdentity, TcrRejection } from './records.js';
import { TcrTimings } from './timings.js';

export type { TcrBrandIdentity, TcrEntityType } from './records.js';

/**
 * The Campaign Registry as a provider-neutral registry: brands, vettings, campaigns, resellers and
 * number-campaign links in TCR's own vocabulary (its CSP API's field names), whichever CSP face
 * (Twilio, Bird) submitted them. A face maps its request onto these operations, maps a `TcrError`
 * onto its own error shape, and follows the reviews through `onTcrChange`. The decisions are the
 * registry's pure rules (brand-review.ts, campaign-review.ts), so one identity is judged the same
 * whichever provider sent it.
 */
export type TcrProvider = 'twilio' | 'bird';

/** Live campaigns a brand may hold (Twilio allows 5 without a business reason, ISV guide §5; TCR's hard limit is higher). */
export const MAX_CAMPAIGNS_PER_BRAND = 5;

export const TcrTables = {
  brands: 'tcr.brands',
  vettings: 'tcr.vettings',
  campaigns: 'tcr.campaigns',
  resellers: 'tcr.resellers',
  links: 'tcr.number_links',
} as const;

interface TcrRecordBase {
  /** TCR's id: `B` or `C` + 6 upper-case characters, or the link's own key. */
  sid: string;
  provider: TcrProvider;
  /** The face's own id of the resource (BN…, a Bird UUID…). */
  ownerRef: string;
  createdAt: number;
  updatedAt: number;
}

export type TcrBrandStatus = 'PENDING' | 'IN_REVIEW' | 'APPROVED' | 'FAILED';
export type TcrIdentityStatus = 'SELF_DECLARED' | 'UNVERIFIED' | 'VERIFIED' | 'VETTED_VERIFIED';

export interface TcrBrand extends TcrRecordBase, TcrBrandIdentity {
  status: TcrBrandStatus;
  identityStatus: TcrIdentityStatus;
  score: number | null;
  errors: TcrRejection[];
  failureReason: string | null;
  submissions: number;
  /**
   * The submitting face holds the documents the identity came from (Twilio's TrustHub bundles) and
   * answers `tcrEvidenceTopic(provider)` at review time; the identity may be incomplete until then.
   */
  evidenceFromFace?: boolean;
}

/**
 * What a face knows of a brand's documents when TCR reviews it: the identity as the documents give it
 * now, every address they point to and the documents' own status (the review waits while they are
 * not approved), or a failure the face found itself (a document that no longer exists).
 */
export type TcrBrandEvidence = Required<Pick<BrandReviewInput, 'identity' | 'addresses' | 'documents'>> | { failure: { errors: TcrRejection[]; reason: string } };

/** The question the registry puts to a face on `tcrEvidenceTopic`; the face answers by setting `evidence`. */
export interface TcrEvidenceRequest {
  brand: TcrBrand;
  evidence?: TcrBrandEvidence;
}

export type TcrVettingProvider = 'AEGIS' | 'CAMPAIGN_VERIFY';
export interface TcrVetting extends TcrRecordBase {
  brandId: string;
  vettingProvider: TcrVettingProvider;
  vettingClass: 'STANDARD' | 'POLITICAL';
  vettingStatus: 'PENDING' | 'ACTIVE' | 'FAILED';
  score: number | null;
  /** The vetting's token when it is imported (a Campaign Verify token); absent for a vetting TCR orders. */
  token?: string;
}

export interface TcrCampaignFields {
  usecase: string;
  subUsecases?: string[];
  description: string;
  messageFlow: string;
  /** sample1..sample5, in order. */
  samples: string[];
  helpMessage?: string;
  optinMessage?: string;
  optoutMessage?: string;
  helpKeywords?: string[];
  optinKeywords?: string[];
  optoutKeywords?: string[];
  embeddedLink: boolean;
  embeddedPhone: boolean;
  numberPool?: boolean;
  ageGated?: boolean;
  directLending?: boolean;
  affiliateMarketing?: boolean;
  subscriberOptin?: boolean;
  resellerId?: string;
  privacyPolicyLink?: string;
  termsAndConditionsLink?: string;
}

export type TcrCampaignStatus = 'PENDING' | 'IN_REVIEW' | 'ACTIVE' | 'REJECTED' | 'EXPIRED';
export interface TcrCampaign extends TcrRecordBase, TcrCampaignFields {
  brandId: string;
  status: TcrCampaignStatus;
  rateLimits: RateLimits | null;
  errors: TcrRejection[];
  submissions: number;
  /** The submitting face checked the fields by its own API's rules (Twilio's lengths and combinations). */
  checkedByFace?: boolean;
}

export interface TcrReseller extends TcrRecordBase {
  companyName: string;
  email?: string;
  phone?: string;
}

export type TcrLinkStatus = 'PENDING' | 'ACTIVE' | 'FAILED' | 'DEACTIVATED';
/** A phone number provisioned on a campaign, with the carriers' acknowledgement. */
export interface TcrNumberLink extends TcrRecordBase {
  campaignId: string;
  phoneNumber: string;
  status: TcrLinkStatus;
  error: TcrRejection | null;
  /** The number's name at the face (Twilio's friendly name), where a magic value may force the carriers' answer. */
  label?: string;
}

/** Why TCR refused a request; each face turns it into its own error (Twilio code, Bird 4xx). */
export class TcrError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID_FIELD' | 'BRAND_NOT_APPROVED' | 'CAMPAIGN_LIMIT' | 'WRONG_STATE' | 'DUPLICATE',
    readonly reason: string,
    readonly field?: string,
  ) {
    super(reason);
    this.name = 'TcrError';
  }
}

/** What a brand review found beyond the record's status and score, told with the decision. */
export interface TcrBrandFindings {
  feedback: BrandFeedback[] | null;
  russell3000: boolean | null;
  governmentEntity: boolean | null;
  taxExemptStatus: string | null;
  /** The automatic Aegis vetting of an approval. */
  secondaryVetting: SecondaryVetting | null;
}

export type TcrChange =
  | { kind: 'brand'; brand: TcrBrand; from: TcrBrandStatus | null; findings?: TcrBrandFindings }
  | { kind: 'vetting'; vetting: TcrVetting; brand: TcrBrand; reason?: string }
  | { kind: 'campaign'; campaign: TcrCampaign; from: TcrCampaignStatus | null; reason?: string }
  | { kind: 'link'; link: TcrNumberLink; from: TcrLinkStatus | null };
export type TcrListener = (world: World, change: TcrChange) => void;

/**
 * The topic on which the registry tells a provider's face what happened to the records it submitted:
 * a face follows it with `listeners: { [tcrTopic('bird')]: fn }` (engine `Face.listeners`), so the
 * registry holds no listeners of its own and imports no face.
 */
export function tcrTopic(provider: TcrProvider): string {
  return `tcr:${provider}`;
}

/** The topic on which the registry asks the submitting face for a brand's evidence (`TcrEvidenceRequest`). */
export function tcrEvidenceTopic(provider: TcrProvider): string {
  return `tcr:${provider}:evidence`;
}

function askEvidence(world: World, brand: TcrBrand): TcrBrandEvidence | undefined {
  if (!brand.evidenceFromFace) return undefined;
  const request: TcrEvidenceRequest = { brand };
  world.notify(tcrEvidenceTopic(brand.provider), request);
  return request.evidence;
}

function announce(world: World, provider: TcrProvider, change: TcrChange): void {
  world.notify(tcrTopic(provider), change);
}

function tcrId(world: World, prefix: 'B' | 'C', table: string): string {
  for (;;) {
    const id = prefix + world.entropy.hex32().slice(0, 6).toUpperCase();
    if (!world.table(table).has(id)) return id;
  }
}

function required(value: string | undefined, field: string): void {
  if (!value?.trim()) throw new TcrError('INVALID_FIELD', `${field} is required`, field);
}

function validateIdentity(identity: TcrBrandIdentity): void {
  required(identity.displayName, 'displayName');
  required(identity.country, 'country');
  if (identity.entityType === 'SOLE_PROPRIETOR') {
    required(identity.firstName, 'firstName');
    required(identity.lastName, 'lastName');
    required(identity.mobilePhone, 'mobilePhone');
  } else {
    required(identity.companyName, 'companyName');
    required(identity.ein, 'ein');
  }
  if (identity.entityType === 'PUBLIC_PROFIT') {
    required(identity.stockSymbol, 'stockSymbol');
    required(identity.stockExchange, 'stockExchange');
  }
}

// ---- brands --------------------------------------------------------------------------------------

/**
 * Submits a brand. With `evidenceFromFace` the face vouches for the identity with documents it shows
 * the review (`tcrEvidenceTopic`): TCR takes what the provider sends and its review finds the gaps, so
 * the CSP API's required fields are not checked up front.
 */
export function registerBrand(world: World, provider: TcrProvider, ownerRef: string, identity: TcrBrandIdentity, opts: { evidenceFromFace?: boolean } = {}): TcrBrand {
  if (!opts.evidenceFromFace) validateIdentity(identity);
  const now = world.now();
  const brand: TcrBrand = {
    ...identity,
    sid: tcrId(world, 'B', TcrTables.brands),
    provider,
    ownerRef,
    createdAt: now,
    updatedAt: now,
    status: 'PENDING',
    identityStatus: 'SELF_DECLARED',
    score: null,
    errors: [],
    failureReason: null,
    submissions: 1,
    ...(opts.evidenceFromFace ? { evidenceFromFace: true } : {}),
  };
  world.table<TcrBrand>(TcrTables.brands).insert(brand);
  scheduleBrandReview(world, brand);
  announce(world, provider, { kind: 'brand', brand, from: null });
  return brand;
}

function scheduleBrandReview(world: World, brand: TcrBrand): void {
  world.schedule(world.now() + (brand.mock ? TcrTimings.mockBrandPickup : TcrTimings.brandPickup), TCR_BRAND_STEP, { id: brand.sid, submission: brand.submissions });
}

export function getBrand(world: World, brandId: string): TcrBrand {
  const brand = world.table<TcrBrand>(TcrTables.brands).get(brandId);
  if (!brand) throw new TcrError('NOT_FOUND', `no brand ${brandId}`, 'brandId');
  return brand;
}

export function brandsOf(world: World, provider: TcrProvider): TcrBrand[] {
  return world
    .table<TcrBrand>(TcrTables.brands)
    .values()
    .filter((b) => b.provider === provider);
}

/** A FAILED brand is corrected and submitted again (TCR's brand resubmission). */
export function resubmitBrand(world: World, brandId: string, identity: Partial<TcrBrandIdentity> = {}): TcrBrand {
  const brand = getBrand(world, brandId);
  if (brand.status !== 'FAILED') throw new TcrError('WRONG_STATE', `brand ${brandId} is ${brand.status}; only a FAILED brand can be resubmitted`);
  const merged = { ...brand, ...identity };
  if (!brand.evidenceFromFace) validateIdentity(merged);
  const updated = world.table<TcrBrand>(TcrTables.brands).update(brand, {
    ...identity,
    status: 'PENDING',
    errors: [],
    failureReason: null,
    submissions: brand.submissions + 1,
    updatedAt: world.now(),
  });
  scheduleBrandReview(world, updated);
  announce(world, brand.provider, { kind: 'brand', brand: updated, from: 'FAILED' });
  return updated;
}

export function deleteBrand(world: World, brandId: string): void {
  const brand = getBrand(world, brandId);
  const live = campaignsOf(world, brandId).filter((c) => c.status !== 'EXPIRED');
  if (live.length) throw new TcrError('WRONG_STATE', `brand ${brandId} still has ${live.length} campaign(s); delete them first`);
  world.table(TcrTables.brands).delete(brand.sid);
}

/**
 * What the brand review reads: TCR's own fields, or the identity, addresses and documents the face
 * shows as evidence, so both providers meet the same checks. The outcome controls apply whichever
 * provider submitted: an override on the face's id or TCR's id, else a magic value in the brand's name.
 */
export function brandReviewInput(brand: TcrBrand, world: World, evidence?: Exclude<TcrBrandEvidence, { failure: unknown }>): BrandReviewInput {
  const flags = { mock: brand.mock ?? false, skipAutomaticSecVet: brand.skipAutomaticSecVet ?? false };
  const view: Omit<BrandReviewInput, 'forced' | 'draw'> = evidence
    ? { ...evidence, identity: { ...evidence.identity, ...flags } }
    : {
        // TCR's CSP API takes an EIN unless another business id type is named.
        identity: { ...brand, ...flags, altBusinessIdType: brand.altBusinessIdType ?? 'EIN' },
        addresses: brand.street ? [{ ref: brand.sid, country: brand.country, postalCode: brand.postalCode ?? '', region: brand.state ?? '' }] : [],
      };
  // The name the review reads carries the magic value: the documents' name when the face showed them.
  const forced = world.takeOverride(brand.ownerRef) ?? world.takeOverride(brand.sid) ?? (evidence ? magicOutcome(evidence.identity.displayName) : magicOutcome(brand.displayName, brand.companyName));
  return { ...view, ...(forced ? { forced } : {}), draw: world.entropy.float() };
}

function brandStep(world: World, t: Transition): void {
  const brand = world.table<TcrBrand>(TcrTables.brands).get(String(t.data.id));
  if (!brand || brand.submissions !== t.data.submission) return;
  if (brand.status === 'PENDING') {
    const next = world.table<TcrBrand>(TcrTables.brands).update(brand, { status: 'IN_REVIEW', updatedAt: world.now() });
    world.schedule(world.now() + (brand.mock ? TcrTimings.mockBrandReview : TcrTimings.brandReview), TCR_BRAND_STEP, t.data);
    announce(world, brand.provider, { kind: 'brand', brand: next, from: 'PENDING' });
    return;
  }
  if (brand.status !== 'IN_REVIEW') return;
  const evidence = askEvidence(world, brand);
  let patch: Partial<TcrBrand>;
  const findings: TcrBrandFindings = { feedback: null, russell3000: null, governmentEntity: null, taxExemptStatus: null, secondaryVetting: null };
  if (evidence && 'failure' in evidence) {
    patch = { status: 'FAILED', errors: evidence.failure.errors, failureReason: evidence.failure.reason };
  } else {
    const decision = reviewBrand(brandReviewInput(brand, world, evidence));
    if (decision.outcome === 'wait') {
      world.schedule(world.now() + TcrTimings.brandRecheck, TCR_BRAND_STEP, t.data);
      return;
    }
    if (decision.outcome === 'APPROVED') {
      patch = { status: 'APPROVED', identityStatus: decision.identityStatus, score: decision.brandScore, errors: [], failureReason: null };
      Object.assign(findings, { russell3000: decision.russell3000, governmentEntity: decision.governmentEntity, taxExemptStatus: decision.taxExemptStatus, secondaryVetting: decision.vetting });
    } else {
      patch = { status: 'FAILED', errors: decision.errors, failureReason: decision.reason };
      findings.feedback = decision.feedback;
    }
  }
  const next = world.table<TcrBrand>(TcrTables.brands).update(brand, { ...patch, updatedAt: world.now() });
  world.record({ table: TcrTables.brands, sid: brand.sid, field: 'status', from: 'IN_REVIEW', to: next.status });
  announce(world, brand.provider, { kind: 'brand', brand: next, from: 'IN_REVIEW', findings });
}

// ---- vettings ------------------------------------------------------------------------------------

/** A Campaign Verify token is pipe-delimited and starts with `cv|` (Twilio error 30826: "the full token … including all pipe-delimited fields"). */
export function campaignVerifyTokenProblem(token: string): string | null {
  return /^cv\|[^|]+(\|[^|]*){3,}$/i.test(token.trim()) ? null : 'not a complete Campaign Verify token (cv|<version>|<fields>…, pipe-delimited)';
}

/**
 * Orders a vetting of a brand (Aegis: once it is APPROVED), or imports one with its token (a Campaign
 * Verify token may be imported onto a brand still under review, not onto a FAILED one).
 */
export function requestVetting(
  world: World,
  brandId: string,
  ownerRef: string,
  vettingProvider: TcrVettingProvider,
  vettingClass: 'STANDARD' | 'POLITICAL' = 'STANDARD',
  opts: { token?: string } = {},
): TcrVetting {
  const brand = getBrand(world, brandId);
  if (brand.entityType === 'SOLE_PROPRIETOR') throw new TcrError('WRONG_STATE', `brand ${brandId} is a sole proprietor; it cannot be vetted`);
  const imported = vettingProvider === 'CAMPAIGN_VERIFY' && opts.token !== undefined;
  if (imported ? brand.status === 'FAILED' : brand.status !== 'APPROVED') throw new TcrError('BRAND_NOT_APPROVED', `brand ${brandId} is ${brand.status}; vet it once it is APPROVED`);
  const running = world
    .table<TcrVetting>(TcrTables.vettings)
    .values()
    .find((v) => v.brandId === brandId && v.vettingProvider === vettingProvider && v.vettingStatus === 'PENDING');
  if (running) throw new TcrError('DUPLICATE', `a ${vettingProvider} vetting of brand ${brandId} is already in progress`);
  const now = world.now();
  const vetting: TcrVetting = {
    sid: world.newSid('VT'),
    provider: brand.provider,
    ownerRef,
    createdAt: now,
    updatedAt: now,
    brandId,
    vettingProvider,
    vettingClass,
    vettingStatus: 'PENDING',
    score: null,
    ...(opts.token !== undefined ? { token: opts.token } : {}),
  };
  world.table<TcrVetting>(TcrTables.vettings).insert(vetting);
  world.schedule(now + TcrTimings.vetting, TCR_VETTING_DONE, { id: vetting.sid });
  return vetting;
}

function vettingDone(world: World, t: Transition): void {
  const vetting = world.table<TcrVetting>(TcrTables.vettings).get(String(t.data.id));
  const brand = vetting && world.table<TcrBrand>(TcrTables.brands).get(vetting.brandId);
  if (!vetting || !brand || vetting.vettingStatus !== 'PENDING') return;
  // The outcome controls: an override on the face's id of the vetting, or a magic value in its token.
  const forced = (world.takeOverride(vetting.ownerRef) ?? magicOutcome(vetting.token))?.outcome.toUpperCase();
  const reason =
    forced === 'FAILED' ? 'forced' : vetting.token !== undefined && vetting.vettingProvider === 'CAMPAIGN_VERIFY' && forced !== 'SUCCESS' ? campaignVerifyTokenProblem(vetting.token) : null;
  const failed = reason !== null;
  // Aegis scores the brand (60–99 once it vets it); Campaign Verify attests a political sender without a score.
  const score = failed || vetting.vettingProvider !== 'AEGIS' ? null : 60 + Math.floor(world.entropy.float() * 40);
  const done = world.table<TcrVetting>(TcrTables.vettings).update(vetting, { vettingStatus: failed ? 'FAILED' : 'ACTIVE', score, updatedAt: world.now() });
  const vetted = failed ? brand : world.table<TcrBrand>(TcrTables.brands).update(brand, { score: score ?? brand.score, identityStatus: 'VETTED_VERIFIED', updatedAt: world.now() });
  announce(world, brand.provider, { kind: 'vetting', vetting: done, brand: vetted, ...(reason ? { reason } : {}) });
}

// ---- resellers -----------------------------------------------------------------------------------

export function createReseller(world: World, provider: TcrProvider, ownerRef: string, input: { companyName: string; email?: string; phone?: string }): TcrReseller {
  required(input.companyName, 'companyName');
  const now = world.now();
  const reseller: TcrReseller = { ...input, sid: `R${world.entropy.hex32().slice(0, 6).toUpperCase()}`, provider, ownerRef, createdAt: now, updatedAt: now };
  return world.table<TcrReseller>(TcrTables.resellers).insert(reseller);
}

// ---- campaigns -----------------------------------------------------------------------------------

export function campaignsOf(world: World, brandId: string): TcrCampaign[] {
  return world
    .table<TcrCampaign>(TcrTables.campaigns)
    .values()
    .filter((c) => c.brandId === brandId);
}

export function getCampaign(world: World, campaignId: string): TcrCampaign {
  const campaign = world.table<TcrCampaign>(TcrTables.campaigns).get(campaignId);
  if (!campaign) throw new TcrError('NOT_FOUND', `no campaign ${campaignId}`, 'campaignId');
  return campaign;
}

function validateCampaign(fields: TcrCampaignFields): void {
  required(fields.usecase, 'usecase');
  for (const [field, min] of [
    ['description', 40],
    ['messageFlow', 40],
  ] as const) {
    required(fields[field], field);
    if (fields[field].trim().length < min) throw new TcrError('INVALID_FIELD', `${field} must be at least ${min} characters`, field);
  }
  if (fields.samples.length < 2 || fields.samples.length > 5) throw new TcrError('INVALID_FIELD', 'a campaign needs 2 to 5 sample messages', 'samples');
  fields.samples.forEach((s, i) => {
    if (s.trim().length < 20) throw new TcrError('INVALID_FIELD', `sample${i + 1} must be at least 20 characters`, `sample${i + 1}`);
  });
}

/**
 * Submits a campaign of an APPROVED brand. With `checkedByFace` the face has checked the fields by its
 * own API's rules (Twilio's), which TCR takes as sent; its review still judges the content.
 */
export function registerCampaign(world: World, ownerRef: string, brandId: string, fields: TcrCampaignFields, opts: { checkedByFace?: boolean } = {}): TcrCampaign {
  const brand = getBrand(world, brandId);
  if (!opts.checkedByFace) validateCampaign(fields);
  if (brand.status !== 'APPROVED') throw new TcrError('BRAND_NOT_APPROVED', `brand ${brandId} is ${brand.status}; a campaign needs an APPROVED brand`, 'brandId');
  const live = campaignsOf(world, brandId).filter((c) => c.status !== 'EXPIRED' && c.status !== 'REJECTED');
  if (live.length >= MAX_CAMPAIGNS_PER_BRAND) throw new TcrError('CAMPAIGN_LIMIT', `brand ${brandId} already has ${MAX_CAMPAIGNS_PER_BRAND} campaigns`, 'brandId');
  const now = world.now();
  const campaign: TcrCampaign = {
    ...fields,
    sid: tcrId(world, 'C', TcrTables.campaigns),
    provider: brand.provider,
    ownerRef,
    createdAt: now,
    updatedAt: now,
    brandId,
    status: 'PENDING',
    rateLimits: null,
    errors: [],
    submissions: 1,
    ...(opts.checkedByFace ? { checkedByFace: true } : {}),
  };
  world.table<TcrCampaign>(TcrTables.campaigns).insert(campaign);
  scheduleCampaignReview(world, campaign, brand);
  announce(world, brand.provider, { kind: 'campaign', campaign, from: null });
  return campaign;
}

function scheduleCampaignReview(world: World, campaign: TcrCampaign, brand: TcrBrand): void {
  world.schedule(world.now() + (brand.mock ? TcrTimings.mockCampaignPickup : TcrTimings.campaignPickup), TCR_CAMPAIGN_STEP, { id: campaign.sid, submission: campaign.submissions });
}

/** A REJECTED campaign is corrected and submitted again. */
export function updateCampaign(world: World, campaignId: string, fields: Partial<TcrCampaignFields>): TcrCampaign {
  const campaign = getCampaign(world, campaignId);
  if (campaign.status !== 'REJECTED') throw new TcrError('WRONG_STATE', `campaign ${campaignId} is ${campaign.status}; only a REJECTED campaign can be resubmitted`);
  if (!campaign.checkedByFace) validateCampaign({ ...campaign, ...fields });
  const updated = world
    .table<TcrCampaign>(TcrTables.campaigns)
    .update(campaign, { ...fields, status: 'PENDING', errors: [], rateLimits: null, submissions: campaign.submissions + 1, updatedAt: world.now() });
  scheduleCampaignReview(world, updated, getBrand(world, campaign.brandId));
  announce(world, campaign.provider, { kind: 'campaign', campaign: updated, from: 'REJECTED' });
  return updated;
}

/** TCR deactivates the campaign (status EXPIRED); its numbers leave it. */
export function deleteCampaign(world: World, campaignId: string): TcrCampaign {
  const campaign = getCampaign(world, campaignId);
  for (const link of linksOf(world, campaignId)) unlinkNumber(world, link.sid);
  const expired = world.table<TcrCampaign>(TcrTables.campaigns).update(campaign, { status: 'EXPIRED', updatedAt: world.now() });
  announce(world, campaign.provider, { kind: 'campaign', campaign: expired, from: campaign.status });
  return expired;
}

function campaignStep(world: World, t: Transition): void {
  const campaign = world.table<TcrCampaign>(TcrTables.campaigns).get(String(t.data.id));
  if (!campaign || campaign.submissions !== t.data.submission) return;
  const brand = getBrand(world, campaign.brandId);
  if (campaign.status === 'PENDING') {
    const next = world.table<TcrCampaign>(TcrTables.campaigns).update(campaign, { status: 'IN_REVIEW', updatedAt: world.now() });
    world.schedule(world.now() + (brand.mock ? TcrTimings.mockCampaignReview : TcrTimings.campaignReview), TCR_CAMPAIGN_STEP, t.data);
    announce(world, campaign.provider, { kind: 'campaign', campaign: next, from: 'PENDING' });
    return;
  }
  if (campaign.status !== 'IN_REVIEW') return;
  // The outcome controls, whichever provider submitted: an override on either id, else a magic value in the description.
  const forced = world.takeOverride(campaign.ownerRef) ?? world.takeOverride(campaign.sid) ?? magicOutcome(campaign.description);
  // The brand's name as its documents give it now, when its face holds them.
  const evidence = askEvidence(world, brand);
  const name = evidence && !('failure' in evidence) ? evidence.identity.displayName : brand.displayName;
  const decision = reviewCampaign({
    usecase: campaign.usecase,
    description: campaign.description,
    messageFlow: campaign.messageFlow,
    messageSamples: campaign.samples,
    hasEmbeddedLinks: campaign.embeddedLink,
    hasEmbeddedPhone: campaign.embeddedPhone,
    brand: {
      name,
      type: brand.entityType === 'SOLE_PROPRIETOR' ? 'SOLE_PROPRIETOR' : 'STANDARD',
      score: brand.score,
      skipAutomaticSecVet: brand.skipAutomaticSecVet ?? false,
      mock: brand.mock ?? false,
    },
    ...(forced ? { forced } : {}),
  });
  const patch: Partial<TcrCampaign> =
    decision.outcome === 'VERIFIED' ? { status: 'ACTIVE', rateLimits: decision.rateLimits, errors: [] } : { status: 'REJECTED', errors: decision.errors, rateLimits: null };
  const next = world.table<TcrCampaign>(TcrTables.campaigns).update(campaign, { ...patch, updatedAt: world.now() });
  world.record({ table: TcrTables.campaigns, sid: campaign.sid, field: 'status', from: 'IN_REVIEW', to: next.status });
  announce(world, campaign.provider, { kind: 'campaign', campaign: next, from: 'IN_REVIEW', ...(decision.outcome === 'FAILED' ? { reason: decision.reason } : {}) });
}

// ---- number-campaign links ----------------------------------------------------------------------

export function linksOf(world: World, campaignId: string): TcrNumberLink[] {
  return world
    .table<TcrNumberLink>(TcrTables.links)
    .values()
    .filter((l) => l.campaignId === campaignId && l.status !== 'DEACTIVATED');
}

/** Provisions a number on an ACTIVE campaign; the carriers acknowledge it later on the clock. */
/**
 * Why a number may not join a campaign (a TcrError), checked before anything changes: the campaign must
 * be ACTIVE and the number on no other live link. A face that draws ids for the link calls it first.
 */
export function checkLink(world: World, campaignId: string, phoneNumber: string): TcrCampaign {
  const campaign = getCampaign(world, campaignId);
  if (campaign.status !== 'ACTIVE') throw new TcrError('WRONG_STATE', `campaign ${campaignId} is ${campaign.status}; numbers join an ACTIVE campaign`, 'campaignId');
  const taken = world
    .table<TcrNumberLink>(TcrTables.links)
    .where('phoneNumber', phoneNumber)
    .find((l) => l.status === 'PENDING' || l.status === 'ACTIVE');
  if (taken) throw new TcrError('DUPLICATE', `${phoneNumber} is already on campaign ${taken.campaignId}`, 'phoneNumber');
  return campaign;
}

export function linkNumber(
  world: World,
  ownerRef: string,
  campaignId: string,
  phoneNumber: string,
  opts: { senderKind?: 'us-10dlc' | 'us-toll-free' | 'other'; canMessage?: boolean; label?: string } = {},
): TcrNumberLink {
  const campaign = checkLink(world, campaignId, phoneNumber);
  const now = world.now();
  // A number may leave and join again within one simulated instant (a frozen clock): each link keeps its own key.
  let sid = `${campaignId}:${phoneNumber}:${now}`;
  for (let i = 1; world.table(TcrTables.links).has(sid); i++) sid = `${campaignId}:${phoneNumber}:${now}:${i}`;
  const link: TcrNumberLink = {
    sid,
    provider: campaign.provider,
    ownerRef,
    createdAt: now,
    updatedAt: now,
    campaignId,
    phoneNumber,
    status: 'PENDING',
    error: null,
    ...(opts.label ? { label: opts.label } : {}),
  };
  world.table<TcrNumberLink>(TcrTables.links).insert(link);
  const brand = getBrand(world, campaign.brandId);
  world.schedule(now + (brand.mock ? TcrTimings.mockNumberRegistration : TcrTimings.numberRegistration), TCR_LINK_ACK, {
    id: link.sid,
    senderKind: opts.senderKind ?? (/^\+1(800|833|844|855|866|877|888)/.test(phoneNumber) ? 'us-toll-free' : /^\+1\d{10}$/.test(phoneNumber) ? 'us-10dlc' : 'other'),
    canMessage: opts.canMessage ?? true,
  });
  announce(world, campaign.provider, { kind: 'link', link, from: null });
  return link;
}

export function unlinkNumber(world: World, linkId: string): void {
  const link = world.table<TcrNumberLink>(TcrTables.links).get(linkId);
  if (!link) throw new TcrError('NOT_FOUND', `no number link ${linkId}`, 'linkId');
  const gone = world.table<TcrNumberLink>(TcrTables.links).update(link, { status: 'DEACTIVATED', updatedAt: world.now() });
  announce(world, link.provider, { kind: 'link', link: gone, from: link.status });
}

function linkAck(world: World, t: Transition): void {
  const link = world.table<TcrNumberLink>(TcrTables.links).get(String(t.data.id));
  if (link?.status !== 'PENDING') return;
  const campaign = getCampaign(world, link.campaignId);
  const forced = world.takeOverride(link.ownerRef) ?? magicOutcome(link.label);
  // The numbers already on the campaign: those the carriers accepted, and those submitted before this one.
  const links = linksOf(world, link.campaignId);
  const mine = links.findIndex((l) => l.sid === link.sid);
  const decision = decideNumberRegistration({
    phoneNumber: link.phoneNumber,
    senderKind: t.data.senderKind as 'us-10dlc' | 'us-toll-free' | 'other',
    canMessage: Boolean(t.data.canMessage),
    otherNumbers: links.filter((l, i) => l.sid !== link.sid && (l.status === 'ACTIVE' || (l.status === 'PENDING' && i < mine))).length,
    soleProprietor: getBrand(world, campaign.brandId).entityType === 'SOLE_PROPRIETOR',
    ...(forced ? { forced } : {}),
  });
  const next = world
    .table<TcrNumberLink>(TcrTables.links)
    .update(link, decision.outcome === 'successful' ? { status: 'ACTIVE', updatedAt: world.now() } : { status: 'FAILED', error: decision.error, updatedAt: world.now() });
  announce(world, link.provider, { kind: 'link', link: next, from: 'PENDING' });
}

// ---- transitions ---------------------------------------------------------------------------------

const TCR_BRAND_STEP = 'tcr.brand.step';
const TCR_VETTING_DONE = 'tcr.vetting.done';
const TCR_CAMPAIGN_STEP = 'tcr.campaign.step';
const TCR_LINK_ACK = 'tcr.link.ack';

/** The registry's clock-driven steps; a face built on the registry lists them in its `handlers` (the same functions, so listing them twice is harmless). */
export const TCR_HANDLERS: Record<string, (world: World, t: Transition) => void> = {
  [TCR_BRAND_STEP]: brandStep,
  [TCR_VETTING_DONE]: vettingDone,
  [TCR_CAMPAIGN_STEP]: campaignStep,
  [TCR_LINK_ACK]: linkAck,
};

// ---- Bird-driven additions -----------------------------------------------------------------------

/** TCR's legal identity of a brand, which cannot change once the brand is APPROVED (docs.bird.com "Update a brand"). */
export const IDENTITY_LOCKED_WHEN_APPROVED = ['entityType', 'companyName', 'ein', 'einIssuingCountry'] as const;

/**
 * An APPROVED brand's contact and marketing details change without a new review; its legal identity
 * (IDENTITY_LOCKED_WHEN_APPROVED) does not. A FAILED brand is corrected with `resubmitBrand` instead.
 */
export function updateBrandDetails(world: World, brandId: string, patch: Partial<TcrBrandIdentity>): TcrBrand {
  const brand = getBrand(world, brandId);
  if (brand.status !== 'APPROVED') throw new TcrError('WRONG_STATE', `brand ${brandId} is ${brand.status}; it can be updated once the registry has decided`, 'status');
  for (const field of IDENTITY_LOCKED_WHEN_APPROVED) {
    if (patch[field] !== undefined && patch[field] !== brand[field]) throw new TcrError('INVALID_FIELD', `${field} cannot change once the brand is APPROVED`, field);
  }
  validateIdentity({ ...brand, ...patch });
  const updated = world.table<TcrBrand>(TcrTables.brands).update(brand, { ...patch, updatedAt: world.now() });
  announce(world, brand.provider, { kind: 'brand', brand: updated, from: 'APPROVED' });
  return updated;
}

export function vettingsOf(world: World, brandId: string): TcrVetting[] {
  return world
    .table<TcrVetting>(TcrTables.vettings)
    .values()
    .filter((v) => v.brandId === brandId);
}

/**
 * A reseller's standing with TCR: a campaign may name only an ACTIVE one (seed 002: "The specified
 * reseller MUST be ACTIVE"). Resellers stored before statuses existed count as ACTIVE.
 */
export type TcrResellerStatus = 'PENDING' | 'ACTIVE' | 'REJECTED';
export interface TcrResellerState extends TcrReseller {
  status?: TcrResellerStatus;
}

/** How long TCR takes to accept a reseller (simulated; Bird shows a new reseller PENDING first). */
export const RESELLER_REVIEW_MS = 60 * 60 * 1000;
const TCR_RESELLER_DONE = 'tcr.reseller.done';

export function resellerStatus(reseller: TcrReseller): TcrResellerStatus {
  return (reseller as TcrResellerState).status ?? 'ACTIVE';
}

/** A reseller submitted for acceptance: PENDING now, ACTIVE (or REJECTED, when an override forces it) on the clock. */
export function registerReseller(world: World, provider: TcrProvider, ownerRef: string, input: { companyName: string; email?: string; phone?: string }): TcrResellerState {
  const reseller = createReseller(world, provider, ownerRef, input);
  const pending = world.table<TcrResellerState>(TcrTables.resellers).update(reseller, { status: 'PENDING' });
  world.schedule(world.now() + RESELLER_REVIEW_MS, TCR_RESELLER_DONE, { id: reseller.sid });
  return pending;
}

export function resellersOf(world: World, provider: TcrProvider): TcrResellerState[] {
  return world
    .table<TcrResellerState>(TcrTables.resellers)
    .values()
    .filter((r) => r.provider === provider);
}

/** Why a campaign may not name this reseller (checked before the campaign is submitted). */
export function checkReseller(world: World, resellerId: string): TcrResellerState {
  const reseller = world.table<TcrResellerState>(TcrTables.resellers).get(resellerId);
  if (!reseller) throw new TcrError('INVALID_FIELD', `no reseller ${resellerId}`, 'resellerId');
  const status = resellerStatus(reseller);
  if (status !== 'ACTIVE') throw new TcrError('INVALID_FIELD', `reseller ${resellerId} is ${status}; a campaign needs an ACTIVE reseller`, 'resellerId');
  return reseller;
}

function resellerDone(world: World, t: Transition): void {
  const reseller = world.table<TcrResellerState>(TcrTables.resellers).get(String(t.data.id));
  if (reseller?.status !== 'PENDING') return;
  const forced = world.takeOverride(reseller.ownerRef)?.outcome.toUpperCase();
  world.table<TcrResellerState>(TcrTables.resellers).update(reseller, { status: forced === 'REJECTED' ? 'REJECTED' : 'ACTIVE', updatedAt: world.now() });
}

/** The reseller review step; a face that registers resellers lists it in its `handlers` beside TCR_HANDLERS. */
export const TCR_RESELLER_HANDLERS: Record<string, (world: World, t: Transition) => void> = { [TCR_RESELLER_DONE]: resellerDone };
