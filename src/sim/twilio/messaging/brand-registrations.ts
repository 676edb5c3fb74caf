import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { enterState } from '../../engine/lifecycle.js';
import { resource, type Operation, type ResourceDef } from '../../engine/resource.js';
import type { Transition, World } from '../../engine/world.js';
import { magicOutcome } from '../../registry/magic.js';
import { registerBrand, requestVetting, resubmitBrand, TcrTables, type TcrBrand, type TcrChange, type TcrEvidenceRequest } from '../../registry/tcr/api.js';
import { BRAND_OUTCOMES } from '../../registry/tcr/brand-review.js';
import { checkBrandBundles, checkResubmission, checkVetting } from './brand-rules.js';
import { A2pEvent } from './catalog.js';
import { BrandErrorCode, tcrRejection } from '../../registry/tcr/errors.js';
import { brandEventData, type BrandEventKind } from './event-data.js';
import { A2pTables, type BrandRecord, type BrandType, type VettingRecord } from './records.js';
import { registrationError, registrationErrorOf } from './registration-errors.js';
import { TcrTimings } from '../../registry/tcr/timings.js';
import { brandIdentity, brandName, brandSources, reviewAddresses, type BrandSources } from './trusthub-view.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { decodeParams, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { chargeFee, Fees, publishA2pEvent } from './publish.js';

const BRANDS_PATH = '/v1/a2p/BrandRegistrations';

/** Transition kinds of the sole proprietor's OTP (valid 24 h; the owner's YES may be simulated). */
export const OTP_EXPIRY = 'a2p.otp-expiry';
export const OTP_AUTO_REPLY = 'a2p.otp-auto-reply';
/** How long after the OTP is sent a `[sim:otp-confirmed]` brand "replies" YES. */
const OTP_AUTO_REPLY_DELAY = 10 * 60 * 1000;

/** TCR's identifiers: a letter and six upper-case alphanumerics (`BXXXXXX`, `CXXXXXX` in Twilio's examples). */
export function tcrIdentifier(world: World, letter: 'B' | 'C'): string {
  return letter + BigInt(`0x${world.entropy.hex32()}`).toString(36).toUpperCase().padStart(6, '0').slice(-6);
}

export function brandUrl(sid: string): string {
  return twilioUrl('messaging', `${BRANDS_PATH}/${sid}`);
}

function source(sid: string): string {
  return `${BRANDS_PATH}/${sid}`;
}

function publishBrand(world: World, brand: BrandRecord, kind: BrandEventKind, extra?: Parameters<typeof brandEventData>[2]): void {
  const type = {
    registered: A2pEvent.brandRegistered,
    failure: A2pEvent.brandFailure,
    verified: A2pEvent.brandVerified,
    unverified: A2pEvent.brandUnverified,
    'vetted-verified': A2pEvent.brandVettedVerified,
    'secondary-vetting-failure': A2pEvent.brandSecondaryVettingFailure,
  }[kind];
  publishA2pEvent(world, type, source(brand.sid), brand.sid, brandEventData(brand, kind, extra));
}

/** Identity changes are not status moves; tell the observers (CloudFran) and the timeline the same way. */
function setIdentity(world: World, brand: BrandRecord, to: BrandRecord['identity_status']): void {
  const from = brand.identity_status;
  brand.identity_status = to;
  brand.date_updated = world.now();
  world.record({ table: A2pTables.brands, sid: brand.sid, field: 'identity_status', from, to });
  world.services.observe(world, { kind: 'state', table: A2pTables.brands, rec: brand as unknown as { sid: string } & Record<string, unknown>, field: 'identity_status', from, to });
}

function brandNameOf(world: World, brand: BrandRecord): string {
  return brandName(brandSources(world, brand.customer_profile_bundle_sid, brand.a2p_profile_bundle_sid).endUsers);
}

/** Sends (or re-sends) the sole proprietor's OTP to the brand's mobile number: valid 24 hours (error 30752). */
export function sendOtp(world: World, brand: BrandRecord): void {
  const now = world.now();
  brand.otp = { status: 'sent', sent_at: now, expires_at: now + TcrTimings.otpValidity, sends: brand.otp.sends + 1 };
  brand.errors = brand.errors.filter((e) => e.error_code !== BrandErrorCode.OtpExpired);
  brand.date_updated = now;
  world.schedule(now + TcrTimings.otpValidity, OTP_EXPIRY, { brand: brand.sid, sends: brand.otp.sends });
  // Magic value: a brand name with [sim:otp-confirmed] replies YES by itself shortly after each OTP.
  if (magicOutcome(brandNameOf(world, brand))?.outcome === 'otp-confirmed') world.schedule(now + OTP_AUTO_REPLY_DELAY, OTP_AUTO_REPLY, { brand: brand.sid, sends: brand.otp.sends });
}

/** The sole proprietor replied YES to the OTP: the brand's identity is VERIFIED (error 30752's remedy). */
export function confirmOtp(world: World, brand: BrandRecord): { ok: true } | { ok: false; reason: string } {
  if (brand.brand_type !== 'SOLE_PROPRIETOR') return { ok: false, reason: `${brand.sid} is a ${brand.brand_type} brand; only sole proprietor brands confirm an OTP` };
  if (brand.otp.status === 'confirmed') return { ok: false, reason: `the OTP of ${brand.sid} is already confirmed` };
  if (brand.otp.status !== 'sent') return { ok: false, reason: `no OTP is outstanding for ${brand.sid} (it is ${brand.otp.status}); send one with POST ${BRANDS_PATH}/${brand.sid}/SmsOtp` };
  brand.otp = { ...brand.otp, status: 'confirmed' };
  brand.errors = [];
  setIdentity(world, brand, 'VERIFIED');
  world.touch();
  publishBrand(world, brand, 'verified');
  return { ok: true };
}

export const otpHandlers: Record<string, (world: World, t: Transition) => void> = {
  [OTP_EXPIRY]: (world, t) => {
    const brand = world.table<BrandRecord>(A2pTables.brands).get(String(t.data.brand));
    // Stale: confirmed, re-sent since, or brand gone.
    if (brand?.otp.status !== 'sent' || brand.otp.sends !== t.data.sends) return;
    brand.otp = { ...brand.otp, status: 'expired' };
    brand.errors = [registrationError(BrandErrorCode.OtpExpired)];
    brand.date_updated = world.now();
    world.record({ table: A2pTables.brands, sid: brand.sid, field: 'otp', from: 'sent', to: 'expired' });
    publishBrand(world, brand, 'unverified');
  },
  [OTP_AUTO_REPLY]: (world, t) => {
    const brand = world.table<BrandRecord>(A2pTables.brands).get(String(t.data.brand));
    if (brand && brand.otp.status === 'sent' && brand.otp.sends === t.data.sends) confirmOtp(world, brand);
  },
};

function serializeBrand(rec: BrandRecord): Wire<MessagingSchemas['messaging.v1.brand_registrations']> {
  const url = brandUrl(rec.sid);
  return {
    sid: rec.sid,
    account_sid: rec.account_sid,
    customer_profile_bundle_sid: rec.customer_profile_bundle_sid,
    a2p_profile_bundle_sid: rec.a2p_profile_bundle_sid,
    date_created: isoDate(rec.date_created),
    date_updated: isoDate(rec.date_updated),
    brand_type: rec.brand_type,
    status: rec.status,
    tcr_id: rec.tcr_id,
    failure_reason: rec.failure_reason,
    errors: rec.errors,
    url,
    brand_score: rec.brand_score,
    brand_feedback: rec.brand_feedback,
    identity_status: rec.identity_status,
    russell_3000: rec.russell_3000,
    government_entity: rec.government_entity,
    tax_exempt_status: rec.tax_exempt_status,
    skip_automatic_sec_vet: rec.skip_automatic_sec_vet,
    mock: rec.mock,
    links: { brand_vettings: `${url}/Vettings`, brand_registration_otps: `${url}/SmsOtp` },
  };
}

const BRAND_TYPES = ['STANDARD', 'SOLE_PROPRIETOR'] as const;

function identityOf(rec: BrandRecord, src: BrandSources) {
  return brandIdentity(src, { soleProprietor: rec.brand_type === 'SOLE_PROPRIETOR', mock: rec.mock, skipAutomaticSecVet: rec.skip_automatic_sec_vet });
}

/** Twilio sends the brand to TCR with what its bundles hold; TCR's review reads the bundles through `brandEvidence`. */
function submitToTcr(world: World, rec: BrandRecord): void {
  const src = brandSources(world, rec.customer_profile_bundle_sid, rec.a2p_profile_bundle_sid);
  // The TCR brand failed with the BrandRegistration (it follows TCR); a brand stored before TCR knew it is registered afresh.
  const known = rec.registry_brand_id ? world.table<TcrBrand>(TcrTables.brands).get(rec.registry_brand_id) : undefined;
  if (known?.status === 'FAILED') {
    resubmitBrand(world, known.sid, identityOf(rec, src));
    return;
  }
  rec.registry_brand_id = registerBrand(world, 'twilio', rec.sid, identityOf(rec, src), { evidenceFromFace: true }).sid;
}

/**
 * TCR reviews the brand on its bundles as they are at review time (ISV guide §2.6: they may still be in
 * review, and the review waits; a deleted one fails the brand with error 30793).
 */
export function brandEvidence(world: World, request: TcrEvidenceRequest): void {
  const rec = world.table<BrandRecord>(A2pTables.brands).get(request.brand.ownerRef);
  if (!rec) return;
  const src = brandSources(world, rec.customer_profile_bundle_sid, rec.a2p_profile_bundle_sid);
  if (!src.customerProfile || !src.trustProduct) {
    const field = src.customerProfile ? 'a2p_profile_bundle_sid' : 'customer_profile_bundle_sid';
    const error = tcrRejection(BrandErrorCode.ConnectedBundles, { fields: [field], detail: 'The bundle no longer exists.' });
    request.evidence = { failure: { errors: [error], reason: error.description } };
    return;
  }
  // What only TrustHub knows: the identity as the bundles hold it now, every address their documents point to, and the bundles' status.
  request.evidence = { identity: identityOf(rec, src), addresses: reviewAddresses(src), documents: { customerProfile: src.customerProfile, trustProduct: src.trustProduct } };
}

/** The BrandRegistration follows TCR's review of its brand: pickup, then the decision (FIDELITY §3). */
function followBrand(world: World, change: Extract<TcrChange, { kind: 'brand' }>): void {
  const tcr = change.brand;
  const findings = change.findings;
  const rec = world.table<BrandRecord>(A2pTables.brands).get(tcr.ownerRef);
  // PENDING is entered by the face itself (creation, resubmission); an APPROVED brand's later news is not a move.
  if (!rec || tcr.status === 'PENDING' || tcr.status === rec.status) return;
  if (tcr.status === 'IN_REVIEW') {
    enterState(world, brandRegistrations, rec, { to: 'IN_REVIEW' });
  } else if (tcr.status === 'FAILED') {
    enterState(world, brandRegistrations, rec, {
      to: 'FAILED',
      patch: { errors: tcr.errors.map(registrationErrorOf), brand_feedback: findings?.feedback ?? null, failure_reason: tcr.failureReason, identity_status: 'UNVERIFIED' },
      ...(tcr.failureReason ? { note: tcr.failureReason } : {}),
    });
  } else if (tcr.status === 'APPROVED') {
    enterState(world, brandRegistrations, rec, {
      to: 'APPROVED',
      patch: {
        tcr_id: tcr.sid,
        identity_status: tcr.identityStatus,
        brand_score: tcr.score,
        russell_3000: findings?.russell3000 ?? null,
        government_entity: findings?.governmentEntity ?? null,
        tax_exempt_status: findings?.taxExemptStatus ?? null,
        secondary_vetting: findings?.secondaryVetting ?? null,
        errors: [],
        failure_reason: null,
        brand_feedback: null,
      },
    });
  }
}

/** The BrandVetting follows TCR's vetting: SUCCESS with Aegis' score, or FAILED with why (the timeline note). */
function followVetting(world: World, change: Extract<TcrChange, { kind: 'vetting' }>): void {
  const rec = world.table<VettingRecord>(A2pTables.vettings).get(change.vetting.ownerRef);
  if (rec?.vetting_status !== 'IN_PROGRESS' || change.vetting.vettingStatus === 'PENDING') return;
  if (change.vetting.vettingStatus === 'FAILED') enterState(world, brandVettings, rec, { to: 'FAILED', ...(change.reason ? { note: change.reason } : {}) });
  else enterState(world, brandVettings, rec, { to: 'SUCCESS', patch: change.vetting.score === null ? {} : { vetting_score: change.vetting.score } });
}

export function followBrandTcr(world: World, change: TcrChange): void {
  if (change.kind === 'brand') followBrand(world, change);
  else if (change.kind === 'vetting') followVetting(world, change);
}

export const brandRegistrations: ResourceDef<BrandRecord> = resource<BrandRecord>()({
  name: 'BrandRegistration',
  table: A2pTables.brands,
  product: 'messaging',
  path: BRANDS_PATH,
  sidPrefix: SidPrefix.BrandRegistration,
  listKey: 'data',
  create: {
    params: z.object({
      CustomerProfileBundleSid: p.sid(SidPrefix.Bundle),
      A2PProfileBundleSid: p.sid(SidPrefix.Bundle),
      BrandType: p.enum(BRAND_TYPES).optional(),
      Mock: p.bool().optional(),
      SkipAutomaticSecVet: p.bool().optional(),
    }),
    build: (ctx, q) => {
      const brandType: BrandType = q.BrandType ?? 'STANDARD';
      const src = brandSources(ctx.world, q.CustomerProfileBundleSid, q.A2PProfileBundleSid);
      checkBrandBundles(brandType, src.customerProfile, src.trustProduct, { customerProfile: q.CustomerProfileBundleSid, trustProduct: q.A2PProfileBundleSid });
      return {
        customer_profile_bundle_sid: q.CustomerProfileBundleSid,
        a2p_profile_bundle_sid: q.A2PProfileBundleSid,
        brand_type: brandType,
        // FIDELITY §3: creates return PENDING; identity is unknown until TCR has looked.
        status: 'PENDING',
        tcr_id: null,
        failure_reason: null,
        errors: [],
        brand_score: null,
        brand_feedback: null,
        identity_status: 'UNVERIFIED',
        russell_3000: null,
        government_entity: null,
        tax_exempt_status: null,
        skip_automatic_sec_vet: q.SkipAutomaticSecVet ?? false,
        mock: q.Mock ?? false,
        otp: { status: 'none', sent_at: null, expires_at: null, sends: 0 },
        secondary_vetting: null,
        submissions: 1,
      };
    },
    // Brand creation incurs the registration fee (ISV guide §3); mock brands are free.
    after: (ctx, rec) => {
      if (!rec.mock) chargeFee(ctx.world, 'brand_registration', rec.sid, Fees.brandRegistration, `A2P brand registration ${rec.sid}`);
      submitToTcr(ctx.world, rec);
    },
  },
  list: {},
  update: {
    // No body (spec: UpdateBrandRegistrations); it resubmits the brand for review and answers 202.
    params: z.object({}),
    status: 202,
    apply: (_ctx, rec) => checkResubmission(rec),
    after: (ctx, rec) => {
      enterState(ctx.world, brandRegistrations, rec, {
        to: 'PENDING',
        patch: { errors: [], failure_reason: null, brand_feedback: null, identity_status: 'UNVERIFIED', secondary_vetting: null, submissions: rec.submissions + 1 },
        note: `resubmission ${rec.submissions + 1}`,
      });
      submitToTcr(ctx.world, rec);
    },
  },
  serialize: (rec) => serializeBrand(rec),
  lifecycle: {
    field: 'status',
    outcomes: BRAND_OUTCOMES,
    // No automatic moves: TCR (registry/tcr/api.ts) reviews the brand and `followTcr` moves the record.
    onEnter: (world, rec, _from, to) => {
      if (to === 'FAILED') publishBrand(world, rec, 'failure');
      if (to !== 'APPROVED') return;
      publishBrand(world, rec, 'registered');
      const vetting = rec.secondary_vetting;
      if (vetting?.outcome === 'success') {
        chargeFee(world, 'secondary_vetting', rec.sid, Fees.secondaryVetting, `Secondary vetting of A2P brand ${rec.sid}`);
        publishBrand(world, rec, 'vetted-verified', { vettingScore: vetting.score });
      } else if (vetting?.outcome === 'failure') {
        publishBrand(world, rec, 'secondary-vetting-failure', { vettingErrors: vetting.errors });
      }
      if (rec.brand_type === 'SOLE_PROPRIETOR' && rec.otp.status !== 'confirmed') sendOtp(world, rec);
    },
  },
});

// ---- Vettings: Campaign Verify imports and Aegis (secondary) vetting ------------------------

const VETTING_PROVIDERS = ['campaign-verify', 'aegis'] as const;

export const brandVettings: ResourceDef<VettingRecord> = resource<VettingRecord>()({
  name: 'BrandVetting',
  table: A2pTables.vettings,
  product: 'messaging',
  path: `${BRANDS_PATH}/{BrandSid}/Vettings`,
  itemParam: 'BrandVettingSid',
  sidPrefix: SidPrefix.BrandVetting,
  listKey: 'data',
  parent: { table: A2pTables.brands, param: 'BrandSid', field: 'brand_sid', name: 'BrandRegistration' },
  create: {
    params: z.object({ VettingProvider: p.enum(VETTING_PROVIDERS), VettingId: p.string({ max: 4096 }).optional() }),
    build: (ctx, q, parent) => {
      const brand = parent as BrandRecord;
      checkVetting(brand, q.VettingProvider, q.VettingId, ctx.world.table<VettingRecord>(A2pTables.vettings).where('brand_sid', brand.sid));
      return {
        brand_sid: brand.sid,
        vetting_id: q.VettingId ?? ctx.world.entropy.hex32().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
        // FIDELITY §3: STANDARD = Aegis, POLITICAL = Campaign Verify; imports start IN_PROGRESS (error 21723).
        vetting_class: q.VettingProvider === 'aegis' ? 'STANDARD' : 'POLITICAL',
        vetting_status: 'IN_PROGRESS',
        vetting_provider: q.VettingProvider,
        vetting_score: null,
      };
    },
    after: (ctx, rec) => {
      if (rec.vetting_provider === 'aegis') chargeFee(ctx.world, 'secondary_vetting', rec.brand_sid, Fees.secondaryVetting, `Aegis vetting ${rec.sid}`);
      // TCR vets the brand (Aegis) or imports the Campaign Verify token; checkVetting has refused what TCR would.
      const brand = ctx.world.table<BrandRecord>(A2pTables.brands).get(rec.brand_sid);
      if (brand?.registry_brand_id) {
        const provider = rec.vetting_provider === 'aegis' ? 'AEGIS' : 'CAMPAIGN_VERIFY';
        requestVetting(ctx.world, brand.registry_brand_id, rec.sid, provider, rec.vetting_class, { token: rec.vetting_id });
      }
    },
  },
  list: {
    params: z.object({ VettingProvider: z.string().optional() }),
    filter: (rec, q) => !q.VettingProvider || rec.vetting_provider === q.VettingProvider,
  },
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.brand_registrations.brand_vetting']> = {
      account_sid: rec.account_sid,
      brand_sid: rec.brand_sid,
      brand_vetting_sid: rec.sid,
      date_updated: isoDate(rec.date_updated),
      date_created: isoDate(rec.date_created),
      vetting_id: rec.vetting_id,
      vetting_class: rec.vetting_class,
      vetting_status: rec.vetting_status,
      vetting_provider: rec.vetting_provider,
      url: ctx.url(rec),
    };
    return json;
  },
  lifecycle: {
    field: 'vetting_status',
    outcomes: ['SUCCESS', 'FAILED'],
    // No automatic moves: TCR (registry/tcr/api.ts) decides the vetting and `followVetting` moves the record.
    onEnter: (world, rec, _from, to) => {
      const brand = world.table<BrandRecord>(A2pTables.brands).get(rec.brand_sid);
      if (!brand) return;
      if (to === 'SUCCESS') {
        // A successful vetting makes the brand VETTED_VERIFIED; Aegis' score becomes the brand score.
        if (rec.vetting_score !== null) brand.brand_score = rec.vetting_score;
        setIdentity(world, brand, 'VETTED_VERIFIED');
        publishBrand(world, brand, 'vetted-verified', { ...(rec.vetting_score !== null ? { vettingScore: rec.vetting_score } : {}) });
      } else if (to === 'FAILED' && rec.vetting_provider === 'aegis') {
        publishBrand(world, brand, 'secondary-vetting-failure', { vettingErrors: [{ errorcode: BrandErrorCode.UnverifiedData, errordescription: 'Secondary vetting could not verify the brand.' }] });
      }
    },
  },
});

/** `POST /v1/a2p/BrandRegistrations/{Sid}/SmsOtp`: re-sends the sole proprietor's OTP (FIDELITY §6). */
export const smsOtp: Operation = {
  method: 'POST',
  product: 'messaging',
  path: `${BRANDS_PATH}/{BrandRegistrationSid}/SmsOtp`,
  handler: (ctx, { form }) => {
    decodeParams(z.object({}), form);
    const brand = ctx.world.table<BrandRecord>(A2pTables.brands).require(ctx.pathParams.BrandRegistrationSid!, ctx.path);
    if (brand.brand_type !== 'SOLE_PROPRIETOR') {
      throw TwilioError.invalidParam('BrandRegistrationSid', `${brand.sid} is a ${brand.brand_type} brand; an SMS OTP only verifies SOLE_PROPRIETOR brands`);
    }
    if (brand.status !== 'APPROVED') throw new TwilioError(409, 20409, `The Brand Registration ${brand.sid} is ${brand.status}; its OTP is sent once it is APPROVED`);
    if (brand.otp.status === 'confirmed') throw new TwilioError(409, 20409, `The Brand Registration ${brand.sid} is already verified`);
    sendOtp(ctx.world, brand);
    const json: Wire<MessagingSchemas['messaging.v1.brand_registrations.brand_registration_otp']> = { account_sid: brand.account_sid, brand_registration_sid: brand.sid };
    return { status: 201, body: json };
  },
};
