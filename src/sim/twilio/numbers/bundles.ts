import { z } from 'zod';
import type { NumbersSchemas, Wire } from '../../../contract/types.js';
import { assertBundleEditable, assertClientStatus, bundleReviewLifecycle, bundleStatusParam, UNDER_REVIEW } from '../compliance/bundle-review.js';
import { armLifecycle, enterState } from '../../engine/lifecycle.js';
import { resource, type Move, type OpContext, type ResourceDef } from '../../engine/resource.js';
import type { Transition, World } from '../../engine/world.js';
import { END_USER_TYPES_ENUM, findRegulation, NUMBER_TYPES, regulationBySid, type Regulation } from '../../registry/regulations.js';
import { DAY, isoDate, isoDateOrNull } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { Tables, type ItemAssignmentRecord, type RegulatoryBundleRecord, type RegulatoryDocumentRecord, type RegulatoryEvaluationRecord } from './records.js';
import { assignmentsOf, decideReview } from './review.js';

export const BUNDLE_STATUSES = ['draft', 'pending-review', 'in-review', 'twilio-rejected', 'twilio-approved', 'provisionally-approved'] as const;
/** What a client may set, and from where; every other status is Twilio's (FIDELITY §3). */
const CLIENT_SETTABLE_FROM: Record<string, readonly string[]> = { 'pending-review': ['draft', 'twilio-rejected'] };
/** Items can be assigned and removed while the bundle is being prepared or fixed; an approved one is changed through Copies and ReplaceItems. */
export const EDITABLE_STATUSES = ['draft', 'twilio-rejected'] as const;
/** A provisionally approved bundle awaits the third party (regulator, carrier) this long on the simulated clock. */
export const THIRD_PARTY_REVIEW = 1 * DAY;
/** Transition kind: an approved bundle's ValidUntil is reached. */
export const BUNDLE_EXPIRY = 'numbers.bundle-expiry';

export function bundleUrl(sid: string): string {
  return twilioUrl('numbers', `/v2/RegulatoryCompliance/Bundles/${sid}`);
}

export function serializeBundle(rec: RegulatoryBundleRecord, url: string): Wire<NumbersSchemas['numbers.v2.regulatory_compliance.bundle']> {
  return {
    sid: rec.sid,
    account_sid: rec.account_sid,
    regulation_sid: rec.regulation_sid,
    friendly_name: rec.friendly_name,
    status: rec.status as (typeof BUNDLE_STATUSES)[number],
    valid_until: isoDateOrNull(rec.valid_until),
    email: rec.email,
    status_callback: rec.status_callback,
    date_created: isoDate(rec.date_created),
    date_updated: isoDate(rec.date_updated),
    url,
    links: { evaluations: `${url}/Evaluations`, item_assignments: `${url}/ItemAssignments`, bundle_copies: `${url}/Copies` },
  };
}

/** The fields Copies, Clones and ReplaceItems answer with (the bundle without url and links). */
export function bundleSummary(rec: RegulatoryBundleRecord) {
  const { url: _url, links: _links, ...rest } = serializeBundle(rec, '');
  return rest;
}

// ---- documents follow their bundle -------------------------------------------------------------

/** Numbers v2 document statuses are lowercase kebab (FIDELITY §3): they mirror the bundle's review. */
function syncDocuments(world: World, rec: RegulatoryBundleRecord, to: string): void {
  const docs = world.table<RegulatoryDocumentRecord>(Tables.supportingDocuments);
  for (const a of assignmentsOf(world, rec.sid)) {
    const doc = docs.get(a.object_sid);
    if (!doc) continue;
    const finding = rec.review_findings?.find((f) => f.sid === doc.sid);
    let status: string | undefined;
    if (to === 'pending-review') status = 'pending-review';
    else if (to === 'twilio-approved') status = 'approved';
    else if (to === 'provisionally-approved') status = 'provisionally-approved';
    // A rejected bundle rejects the documents found at fault; the others go back to draft, to be reused.
    else if (to === 'twilio-rejected') status = finding ? (finding.status ?? 'rejected') : 'draft';
    if (!status) continue;
    doc.status = status;
    doc.failure_reason = to === 'twilio-rejected' && finding ? finding.message : null;
    doc.errors = to === 'twilio-rejected' && finding ? [{ code: finding.code }] : null;
    doc.date_updated = world.now();
  }
}

function scheduleExpiry(world: World, rec: RegulatoryBundleRecord): void {
  // Background: months away, it must not keep "advance until settled" from returning.
  if (rec.status === 'twilio-approved' && rec.valid_until !== null) world.schedule(rec.valid_until, BUNDLE_EXPIRY, { sid: rec.sid }, { background: true });
}

function toMove(decision: ReturnType<typeof decideReview>): Move<RegulatoryBundleRecord> {
  if (decision.outcome === 'twilio-approved') return { to: 'twilio-approved', patch: { failure_reason: null, review_findings: null, valid_until: decision.validUntil } };
  if (decision.outcome === 'provisionally-approved') return { to: 'provisionally-approved', patch: { failure_reason: null, review_findings: null } };
  return { to: 'twilio-rejected', patch: { failure_reason: decision.reason, review_findings: decision.findings }, note: decision.reason };
}

// ---- the resource ---------------------------------------------------------------------------------

const numberType = () => z.string().refine((v) => (NUMBER_TYPES as readonly string[]).includes(v), { message: `must be one of ${NUMBER_TYPES.join(', ')}`, params: { code: 22200 } });
const endUserType = () => z.string().refine((v) => (END_USER_TYPES_ENUM as readonly string[]).includes(v), { message: `must be one of ${END_USER_TYPES_ENUM.join(', ')}`, params: { code: 22200 } });

const createParams = z.object({
  FriendlyName: p.string({ max: 255 }),
  Email: p.email(),
  StatusCallback: p.url().optional(),
  RegulationSid: p.sid(SidPrefix.Policy).optional(),
  IsoCountry: z
    .string()
    .refine((v) => /^[A-Za-z]{2}$/.test(v), 'must be an ISO 3166-1 alpha-2 country code such as DE')
    .optional(),
  EndUserType: endUserType().optional(),
  NumberType: numberType().optional(),
  IsTest: p.bool().optional(),
});

/** A bundle is created for a regulation, named by SID or by (IsoCountry, NumberType, EndUserType) (seed 001). */
function resolveRegulation(q: z.output<typeof createParams>): Regulation {
  const triple = [
    ['IsoCountry', q.IsoCountry],
    ['NumberType', q.NumberType],
    ['EndUserType', q.EndUserType],
  ] as const;
  if (q.RegulationSid) {
    const reg = regulationBySid(q.RegulationSid);
    // https://www.twilio.com/docs/api/errors/22201
    if (!reg) throw TwilioError.rule(22201, `No regulation sid found for the given number group: ${q.RegulationSid} (see GET /v2/RegulatoryCompliance/Regulations)`);
    const expected = { IsoCountry: reg.iso_country, NumberType: reg.number_type, EndUserType: reg.end_user_type };
    for (const [name, value] of triple) {
      if (value !== undefined && value.toUpperCase() !== expected[name].toUpperCase()) throw TwilioError.invalidParam(name, `${value} does not match regulation ${reg.sid} (${reg.friendly_name})`);
    }
    return reg;
  }
  const given = triple.filter(([, v]) => v !== undefined);
  if (given.length === 0) throw new TwilioError(400, 20001, 'Missing required parameter RegulationSid (or IsoCountry, NumberType and EndUserType) in the post body');
  const missing = triple.find(([, v]) => v === undefined);
  if (missing) throw TwilioError.missingParam(missing[0]);
  const reg = findRegulation(q.IsoCountry!, q.NumberType!, q.EndUserType!);
  if (!reg) throw TwilioError.rule(22201, `No regulation sid found for the given number group: ${q.IsoCountry!.toUpperCase()} ${q.NumberType} ${q.EndUserType}`);
  return reg;
}

const updateParams = z.object({
  Status: bundleStatusParam(BUNDLE_STATUSES).optional(),
  StatusCallback: p.url().optional(),
  FriendlyName: p.string({ max: 255 }).optional(),
  Email: p.email().optional(),
});

const sortBy = ['valid-until', 'date-updated'] as const;
const listParams = z.object({
  Status: z.string().optional(),
  BundleSids: z.string().optional(),
  FriendlyName: z.string().optional(),
  RegulationSid: z.string().optional(),
  IsoCountry: z.string().optional(),
  NumberType: z.string().optional(),
  EndUserType: p.enum(END_USER_TYPES_ENUM).optional(),
  HasValidUntilDate: p.bool().optional(),
  SortBy: p.enum(sortBy).optional(),
  SortDirection: p.enum(['ASC', 'DESC'] as const).optional(),
  ValidUntilDate: p.date().optional(),
  'ValidUntilDate<': p.date().optional(),
  'ValidUntilDate>': p.date().optional(),
});

function listBundles(ctx: OpContext, q: z.output<typeof listParams>): RegulatoryBundleRecord[] {
  const sids = q.BundleSids ? new Set(q.BundleSids.split(',').map((s) => s.trim())) : undefined;
  const day = (ms: number) => Math.floor(ms / DAY);
  const found = ctx.world.table<RegulatoryBundleRecord>(Tables.bundles).filter((b) => {
    const reg = regulationBySid(b.regulation_sid);
    if (q.Status && b.status !== q.Status) return false;
    if (sids && !sids.has(b.sid)) return false;
    if (q.FriendlyName && b.friendly_name !== q.FriendlyName) return false;
    if (q.RegulationSid && b.regulation_sid !== q.RegulationSid) return false;
    if (q.IsoCountry && reg?.iso_country !== q.IsoCountry.toUpperCase()) return false;
    if (q.NumberType && reg?.number_type !== q.NumberType) return false;
    if (q.EndUserType && reg?.end_user_type !== q.EndUserType) return false;
    if (q.HasValidUntilDate !== undefined && (b.valid_until !== null) !== q.HasValidUntilDate) return false;
    if (q.ValidUntilDate !== undefined && (b.valid_until === null || day(b.valid_until) !== day(q.ValidUntilDate))) return false;
    if (q['ValidUntilDate<'] !== undefined && (b.valid_until === null || b.valid_until > q['ValidUntilDate<'])) return false;
    if (q['ValidUntilDate>'] !== undefined && (b.valid_until === null || b.valid_until < q['ValidUntilDate>'])) return false;
    return true;
  });
  if (!q.SortBy) return found;
  const key = (b: RegulatoryBundleRecord) => (q.SortBy === 'valid-until' ? (b.valid_until ?? Number.MAX_SAFE_INTEGER) : b.date_updated);
  const dir = q.SortDirection === 'DESC' ? -1 : 1;
  return found.sort((a, b) => dir * (key(a) - key(b)));
}

export const bundles: ResourceDef<RegulatoryBundleRecord> = resource<RegulatoryBundleRecord>()({
  name: 'Bundle',
  table: Tables.bundles,
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/Bundles',
  sidPrefix: SidPrefix.Bundle,
  listKey: 'results',
  create: {
    params: createParams,
    build: (_ctx, q) => ({
      regulation_sid: resolveRegulation(q).sid,
      friendly_name: q.FriendlyName,
      email: q.Email,
      status_callback: q.StatusCallback ?? null,
      status: 'draft',
      valid_until: null,
      failure_reason: null,
      review_findings: null,
      is_test: q.IsTest ?? false,
      copy_of: null,
    }),
  },
  list: { params: listParams, source: listBundles },
  update: {
    params: updateParams,
    apply: (_ctx, rec, q) => {
      // https://www.twilio.com/docs/api/errors/22204
      if (q.Status !== undefined && (q.FriendlyName !== undefined || q.Email !== undefined || q.StatusCallback !== undefined)) {
        throw TwilioError.rule(22204, 'Bundle status and properties cannot be updated in the same request');
      }
      if (q.Status !== undefined) assertClientStatus('Bundle', rec, q.Status, CLIENT_SETTABLE_FROM);
      return {
        ...(q.FriendlyName !== undefined ? { friendly_name: q.FriendlyName } : {}),
        ...(q.Email !== undefined ? { email: q.Email } : {}),
        ...(q.StatusCallback !== undefined ? { status_callback: q.StatusCallback } : {}),
      };
    },
    after: (ctx, rec, q) => {
      if (q.Status === 'pending-review' && rec.status !== 'pending-review') enterState(ctx.world, bundles, rec, { to: 'pending-review', patch: { failure_reason: null, review_findings: null } });
    },
  },
  remove: {
    check: (ctx, rec) => {
      if (UNDER_REVIEW.has(rec.status)) assertBundleEditable(rec, 'Bundle');
      const numbers = ctx.world.table<{ sid: string; bundle_sid?: string | null }>(Tables.incomingPhoneNumbers).filter((n) => n.bundle_sid === rec.sid);
      // https://www.twilio.com/docs/api/errors/21648
      if (numbers.length) throw TwilioError.rule(21648, `The Regulatory Bundle ${rec.sid} cannot be deleted due to an active number assignment (${numbers.map((n) => n.sid).join(', ')})`);
    },
    after: (ctx, rec) => {
      for (const table of [Tables.itemAssignments, Tables.evaluations]) {
        const t = ctx.world.table<ItemAssignmentRecord | RegulatoryEvaluationRecord>(table);
        for (const row of t.where('bundle_sid', rec.sid)) t.delete(row.sid);
      }
    },
  },
  serialize: (rec, ctx) => serializeBundle(rec, ctx.url(rec)),
  lifecycle: bundleReviewLifecycle<RegulatoryBundleRecord>({
    outcomes: ['twilio-approved', 'provisionally-approved', 'twilio-rejected'],
    decide: (rec, world) => toMove(decideReview(world, rec)),
    auto: {
      // The flowchart of seed 001 ends in the third party's acceptance or rejection: provisional approval waits on it.
      'provisionally-approved': {
        after: () => THIRD_PARTY_REVIEW,
        next: (rec, world) => {
          const decision = decideReview(world, rec, { magic: false });
          return decision.outcome === 'provisionally-approved' ? null : toMove(decision);
        },
      },
    },
    onEnter: (world, rec, _from, to) => {
      syncDocuments(world, rec, to);
      if (to === 'twilio-approved') scheduleExpiry(world, rec);
    },
    // FIDELITY §4: Numbers v2 names them AccountSID and BundleSID.
    callbackParams: (rec, to) => ({ AccountSID: rec.account_sid, BundleSID: rec.sid, Status: to, FailureReason: to === 'twilio-rejected' ? (rec.failure_reason ?? '') : '' }),
  }),
});

/**
 * ValidUntil reached: the compliance information was not updated in time (Copies + ReplaceItems),
 * so the bundle moves to twilio-rejected and its documents expire
 * (https://twilio.com/docs/phone-numbers/regulatory/getting-started/api-getting-started-compliance-information-update).
 */
export function expireBundle(world: World, t: Transition): void {
  const rec = world.table<RegulatoryBundleRecord>(Tables.bundles).get(String(t.data.sid));
  // Deleted, updated (ReplaceItems clears ValidUntil), or no longer approved: nothing to expire.
  if (rec?.status !== 'twilio-approved' || rec.valid_until === null || rec.valid_until > world.now()) return;
  const reason = `The compliance information of Bundle ${rec.sid} expired on ${isoDate(rec.valid_until)} (ValidUntil) without being updated through a Bundle Copy and ReplaceItems`;
  const findings = assignmentsOf(world, rec.sid)
    .filter((a) => world.table(Tables.supportingDocuments).get(a.object_sid))
    .map((a) => ({ sid: a.object_sid, code: 18003, message: reason, status: 'expired' as const }));
  enterState(world, bundles, rec, { to: 'twilio-rejected', patch: { failure_reason: reason, review_findings: findings }, note: reason });
}

/** Stores a bundle made by Copies or Clones in `world`, in `status`, without a status change to report. */
export function insertBundle(world: World, fields: Omit<RegulatoryBundleRecord, 'sid' | 'account_sid' | 'date_created' | 'date_updated'>): RegulatoryBundleRecord {
  const now = world.now();
  const rec: RegulatoryBundleRecord = { sid: world.newSid(SidPrefix.Bundle), account_sid: world.accountSid, date_created: now, date_updated: now, ...fields };
  world.table<RegulatoryBundleRecord>(Tables.bundles).insert(rec);
  world.record({ table: Tables.bundles, sid: rec.sid, field: 'status', from: null, to: rec.status });
  armLifecycle(world, bundles, rec);
  scheduleExpiry(world, rec);
  return rec;
}
