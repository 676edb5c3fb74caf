import { z } from 'zod';
import type { NumbersSchemas, Wire } from '../../../contract/types.js';
import { assertBundleEditable } from '../compliance/bundle-review.js';
import { resource } from '../../engine/resource.js';
import type { World } from '../../engine/world.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { p } from '../../wire/params.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { EDITABLE_STATUSES } from './bundles.js';
import { Tables, type ItemAssignmentRecord, type RegulatoryBundleRecord, type RegulatoryEvaluationRecord } from './records.js';
import { evaluateBundle } from './review.js';

const parent = { table: Tables.bundles, param: 'BundleSid', field: 'bundle_sid' as const, name: 'Bundle' };

/** End users, supporting documents and Addresses are what a bundle holds (seed 001: "End-User, Supporting Documents, and Addresses"). */
export function assignableObject(world: World, sid: string): boolean {
  if (isSid(sid, SidPrefix.EndUser)) return !!world.table(Tables.endUsers).get(sid);
  if (isSid(sid, SidPrefix.SupportingDocument)) return !!world.table(Tables.supportingDocuments).get(sid);
  if (isSid(sid, SidPrefix.Address)) return !!world.table(Tables.addresses).get(sid);
  return false;
}

export const itemAssignments = resource<ItemAssignmentRecord>()({
  name: 'ItemAssignment',
  table: Tables.itemAssignments,
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments',
  sidPrefix: SidPrefix.Assignment,
  listKey: 'results',
  parent,
  create: {
    params: z.object({ ObjectSid: p.anySid() }),
    build: (ctx, q, bundle) => {
      const b = bundle as RegulatoryBundleRecord;
      assertBundleEditable(b, 'Bundle', EDITABLE_STATUSES);
      // https://www.twilio.com/docs/api/errors/22205
      if (!assignableObject(ctx.world, q.ObjectSid)) {
        throw TwilioError.rule(22205, `Invalid parameter ObjectSid: ${q.ObjectSid} is not an EndUser, SupportingDocument or Address of this account`);
      }
      const dup = ctx.world
        .table<ItemAssignmentRecord>(Tables.itemAssignments)
        .where('bundle_sid', b.sid)
        .find((a) => a.object_sid === q.ObjectSid);
      if (dup) throw new TwilioError(409, 20409, `${q.ObjectSid} is already assigned to Bundle ${b.sid} (${dup.sid})`);
      return { bundle_sid: b.sid, object_sid: q.ObjectSid };
    },
  },
  remove: {
    check: (ctx, rec) => assertBundleEditable(ctx.world.table<RegulatoryBundleRecord>(Tables.bundles).get(rec.bundle_sid)!, 'Bundle', EDITABLE_STATUSES),
  },
  serialize: (rec, ctx) => {
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.bundle.item_assignment']> = {
      sid: rec.sid,
      bundle_sid: rec.bundle_sid,
      account_sid: rec.account_sid,
      object_sid: rec.object_sid,
      date_created: isoDate(rec.date_created),
      url: ctx.url(rec),
    };
    return json;
  },
});

export const evaluations = resource<RegulatoryEvaluationRecord>()({
  name: 'Evaluation',
  table: Tables.evaluations,
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations',
  sidPrefix: SidPrefix.Evaluation,
  listKey: 'results',
  parent,
  create: {
    params: z.object({}),
    // FIDELITY §3: evaluations are synchronous, against the bundle's regulation, from what is assigned right now.
    build: (ctx, _q, bundle) => {
      const b = bundle as RegulatoryBundleRecord;
      const result = evaluateBundle(ctx.world, b);
      return { bundle_sid: b.sid, regulation_sid: b.regulation_sid, status: result.status, results: result.results };
    },
  },
  serialize: (rec, ctx) => {
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.bundle.evaluation']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      regulation_sid: rec.regulation_sid,
      bundle_sid: rec.bundle_sid,
      status: rec.status,
      results: rec.results,
      date_created: isoDate(rec.date_created),
      url: ctx.url(rec),
    };
    return json;
  },
});
