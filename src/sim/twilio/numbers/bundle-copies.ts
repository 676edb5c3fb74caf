import { z } from 'zod';
import type { NumbersSchemas, Wire } from '../../../contract/types.js';
import { assertBundleEditable } from '../compliance/bundle-review.js';
import type { OpContext, Operation } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { bundleFacts } from '../../registry/regulatory-purchase.js';
import { isoDate, isoDateOrNull } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { readPaging, slicePage, v1Envelope } from '../../wire/paging.js';
import { decodeParams, p } from '../../wire/params.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { bundleSummary, bundleUrl, insertBundle, type BUNDLE_STATUSES } from './bundles.js';
import { Tables, type AddressRecord, type ItemAssignmentRecord, type RegulatoryBundleRecord, type RegulatoryDocumentRecord, type RegulatoryEndUserRecord } from './records.js';
import { assignmentsOf } from './review.js';

/**
 * Bundle Copies, Clones and ReplaceItems: the operations that move compliance information between
 * bundles rather than create or change a bundle's own fields.
 */

const BASE = '/v2/RegulatoryCompliance/Bundles/{BundleSid}';

function sourceBundle(ctx: OpContext): RegulatoryBundleRecord {
  return ctx.world.table<RegulatoryBundleRecord>(Tables.bundles).require(ctx.pathParams.BundleSid!, ctx.path);
}

/**
 * Duplicates what `from` holds into bundle `toSid` of world `to`: end users and documents become new
 * objects there (so a copy can be edited without touching what was approved), Addresses are
 * re-used in the same account and duplicated into another.
 */
function copyItems(from: World, fromSid: string, to: World, toSid: string): void {
  const now = to.now();
  const addressMap = new Map<string, string>();
  const mapAddress = (sid: string): string => {
    if (from === to) return sid;
    const known = addressMap.get(sid);
    if (known) return known;
    const addr = from.table<AddressRecord>(Tables.addresses).get(sid);
    if (!addr) return sid;
    const copy = { ...addr, sid: to.newSid(SidPrefix.Address), account_sid: to.accountSid, date_created: now, date_updated: now };
    to.table<AddressRecord>(Tables.addresses).insert(copy);
    addressMap.set(sid, copy.sid);
    return copy.sid;
  };
  const mapAttributes = (attrs: Record<string, unknown>): Record<string, unknown> => {
    if (from === to || attrs.address_sids === undefined) return { ...attrs };
    const v = attrs.address_sids;
    const mapped = Array.isArray(v)
      ? v.map((s) => mapAddress(String(s)))
      : String(v)
          .split(',')
          .map((s) => mapAddress(s.trim()))
          .join(',');
    return { ...attrs, address_sids: mapped };
  };
  for (const a of assignmentsOf(from, fromSid)) {
    let objectSid: string | undefined;
    const eu = from.table<RegulatoryEndUserRecord>(Tables.endUsers).get(a.object_sid);
    const doc = from.table<RegulatoryDocumentRecord>(Tables.supportingDocuments).get(a.object_sid);
    if (eu) {
      objectSid = to.newSid(SidPrefix.EndUser);
      to.table<RegulatoryEndUserRecord>(Tables.endUsers).insert({ ...eu, sid: objectSid, account_sid: to.accountSid, attributes: mapAttributes(eu.attributes), date_created: now, date_updated: now });
    } else if (doc) {
      objectSid = to.newSid(SidPrefix.SupportingDocument);
      to.table<RegulatoryDocumentRecord>(Tables.supportingDocuments).insert({
        ...doc,
        sid: objectSid,
        account_sid: to.accountSid,
        attributes: mapAttributes(doc.attributes),
        status: 'draft',
        failure_reason: null,
        errors: null,
        date_created: now,
        date_updated: now,
      });
    } else if (isSid(a.object_sid, SidPrefix.Address)) {
      objectSid = mapAddress(a.object_sid);
    }
    if (objectSid)
      to.table<ItemAssignmentRecord>(Tables.itemAssignments).insert({
        sid: to.newSid(SidPrefix.Assignment),
        account_sid: to.accountSid,
        bundle_sid: toSid,
        object_sid: objectSid,
        date_created: now,
        date_updated: now,
      });
  }
}

function copyResponse(rec: RegulatoryBundleRecord): Wire<NumbersSchemas['numbers.v2.regulatory_compliance.bundle.bundle_copy']> {
  return bundleSummary(rec);
}

// ---- Copies ----------------------------------------------------------------------------------

/**
 * A Copy is a draft with the same regulation and items (and, as the spec's example shows, the
 * source's ValidUntil), to update compliance information while the original keeps serving numbers
 * (https://www.twilio.com/docs/phone-numbers/regulatory/api/copies-resource).
 */
const createCopy: Operation = {
  method: 'POST',
  product: 'numbers',
  path: `${BASE}/Copies`,
  handler: (ctx, { form }) => {
    const source = sourceBundle(ctx);
    const q = decodeParams(z.object({ FriendlyName: p.string({ max: 255 }).optional() }), form);
    const copy = insertBundle(ctx.world, {
      regulation_sid: source.regulation_sid,
      friendly_name: q.FriendlyName ?? source.friendly_name,
      email: source.email,
      status_callback: source.status_callback,
      status: 'draft',
      valid_until: source.valid_until,
      failure_reason: null,
      review_findings: null,
      is_test: source.is_test,
      copy_of: source.sid,
    });
    copyItems(ctx.world, source.sid, ctx.world, copy.sid);
    return { status: 201, body: copyResponse(copy) };
  },
};

const listCopies: Operation = {
  method: 'GET',
  product: 'numbers',
  path: `${BASE}/Copies`,
  handler: (ctx) => {
    const source = sourceBundle(ctx);
    const paging = readPaging(ctx.query);
    const all = ctx.world.table<RegulatoryBundleRecord>(Tables.bundles).where('copy_of', source.sid);
    const slice = slicePage(all, paging);
    const body = v1Envelope('numbers', `/v2/RegulatoryCompliance/Bundles/${source.sid}/Copies`, ctx.query, 'results', paging, slice, slice.items.map(copyResponse));
    return { status: 200, body };
  },
};

// ---- Clones ----------------------------------------------------------------------------------

/**
 * A Clone puts a twilio-approved bundle into another account "within the same organization", where
 * it is twilio-approved at once unless MoveToDraft=true (FIDELITY §3,
 * https://www.twilio.com/docs/phone-numbers/regulatory/api/clones-resource). The simulator has no
 * organizations: the target is any account it knows, i.e. one that has authenticated once.
 */
const createClone: Operation = {
  method: 'POST',
  product: 'numbers',
  path: `${BASE}/Clones`,
  handler: (ctx, { form }) => {
    const source = sourceBundle(ctx);
    const q = decodeParams(z.object({ TargetAccountSid: p.sid(SidPrefix.Account), MoveToDraft: p.bool().optional(), FriendlyName: p.string({ max: 255 }).optional() }), form);
    const target = ctx.sim.findWorld(q.TargetAccountSid);
    if (!target) {
      throw TwilioError.invalidParam('TargetAccountSid', `${q.TargetAccountSid} is not an account of this simulator; an account exists once it has made one authenticated request`);
    }
    if (source.status !== 'twilio-approved') throw TwilioError.rule(21649, `Bundle ${source.sid} status is not twilio-approved (it is ${source.status}); only an approved Bundle can be cloned`);
    target.settle();
    const clone = insertBundle(target, {
      regulation_sid: source.regulation_sid,
      friendly_name: q.FriendlyName ?? source.friendly_name,
      email: source.email,
      status_callback: source.status_callback,
      status: q.MoveToDraft ? 'draft' : 'twilio-approved',
      valid_until: q.MoveToDraft ? null : source.valid_until,
      failure_reason: null,
      review_findings: null,
      is_test: source.is_test,
      copy_of: null,
    });
    copyItems(ctx.world, source.sid, target, clone.sid);
    if (!q.MoveToDraft) {
      for (const a of assignmentsOf(target, clone.sid)) {
        const doc = target.table<RegulatoryDocumentRecord>(Tables.supportingDocuments).get(a.object_sid);
        if (doc) doc.status = 'approved';
      }
    }
    target.touch();
    const json: Wire<NumbersSchemas['numbers.v2.bundle_clone']> = {
      // The Clone response names the new bundle bundle_sid, not sid (FIDELITY §2).
      bundle_sid: clone.sid,
      account_sid: clone.account_sid,
      regulation_sid: clone.regulation_sid,
      friendly_name: clone.friendly_name,
      status: clone.status as (typeof BUNDLE_STATUSES)[number],
      valid_until: isoDateOrNull(clone.valid_until),
      email: clone.email,
      status_callback: clone.status_callback,
      date_created: isoDate(clone.date_created),
      date_updated: isoDate(clone.date_updated),
      url: `${bundleUrl(clone.sid)}/Clones`,
    };
    return { status: 201, body: json };
  },
};

// ---- ReplaceItems ----------------------------------------------------------------------------

/**
 * The last step of updating compliance information: the approved Copy's items replace the
 * bundle's, so the numbers on it need not move, and the ValidUntil is lifted
 * (https://twilio.com/docs/phone-numbers/regulatory/getting-started/api-getting-started-compliance-information-update;
 * errors 22225, 22226, 22228, 22229).
 */
const replaceItems: Operation = {
  method: 'POST',
  product: 'numbers',
  path: `${BASE}/ReplaceItems`,
  handler: (ctx, { form }) => {
    const dest = sourceBundle(ctx);
    const q = decodeParams(z.object({ FromBundleSid: p.sid(SidPrefix.Bundle) }), form);
    if (q.FromBundleSid === dest.sid) throw TwilioError.rule(22226, `FromBundleSid cannot be the same Bundle as in the request URI (${dest.sid})`);
    const from = ctx.world.table<RegulatoryBundleRecord>(Tables.bundles).get(q.FromBundleSid);
    if (!from) throw TwilioError.rule(22225, `The FromBundleSid ${q.FromBundleSid} does not exist in account ${ctx.world.accountSid}`);
    if (from.regulation_sid !== dest.regulation_sid) {
      throw TwilioError.rule(
        22228,
        `The from Bundle ${from.sid} (regulation ${from.regulation_sid}) does not have the Regulation requirements of the destination Bundle ${dest.sid} (regulation ${dest.regulation_sid})`,
      );
    }
    if (from.status !== 'twilio-approved') throw new TwilioError(409, 20409, `The from Bundle ${from.sid} is ${from.status}; only a twilio-approved Bundle's items can replace another Bundle's`);
    assertBundleEditable(dest, 'Bundle');
    const destAddresses = new Set(bundleFacts(ctx.world, dest.sid)?.address_sids ?? []);
    const fromAddresses = new Set(bundleFacts(ctx.world, from.sid)?.address_sids ?? []);
    if (destAddresses.size && (destAddresses.size !== fromAddresses.size || [...destAddresses].some((a) => !fromAddresses.has(a)))) {
      throw TwilioError.rule(
        22229,
        `The destination Bundle ${dest.sid} must have the same address as the Bundle Copy ${from.sid} (${[...destAddresses].join(', ')} vs ${[...fromAddresses].join(', ') || 'none'})`,
      );
    }
    const table = ctx.world.table<ItemAssignmentRecord>(Tables.itemAssignments);
    for (const a of assignmentsOf(ctx.world, dest.sid)) table.delete(a.sid);
    const now = ctx.world.now();
    for (const a of assignmentsOf(ctx.world, from.sid)) {
      table.insert({ sid: ctx.world.newSid(SidPrefix.Assignment), account_sid: ctx.world.accountSid, bundle_sid: dest.sid, object_sid: a.object_sid, date_created: now, date_updated: now });
    }
    dest.valid_until = null;
    dest.date_updated = now;
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.bundle.replace_items']> = bundleSummary(dest);
    return { status: 201, body: json };
  },
};

export const bundleCopyOperations: Operation[] = [createCopy, listCopies, createClone, replaceItems];
