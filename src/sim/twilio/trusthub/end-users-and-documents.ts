import { z } from 'zod';
import type { TrustHubSchemas, Wire } from '../../../contract/types.js';
import { catalogResource } from '../../engine/catalog.js';
import { typeCatalogResource } from '../compliance/type-catalog.js';
import { resource, type OpContext, type RemoveOp, type UpdateOp } from '../../engine/resource.js';
import { isoDate } from '../../wire/dates.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { END_USER_TYPES, findType, POLICIES, SUPPORTING_DOCUMENT_TYPES, type CatalogType, type Policy } from './catalog.js';
import { attachmentEdit, attachmentEditParams } from '../compliance/attachments.js';
import { assertEditable } from './bundles.js';
import { Tables, type BundleKind, type BundleRecord, type EndUserRecord, type EntityAssignmentRecord, type SupportingDocumentRecord } from './records.js';

/** An end user or document attached to a profile under review cannot change (its review would be meaningless). */
function assertNotUnderReview(ctx: OpContext, objectSid: string, name: string): void {
  for (const kind of ['customer_profile', 'trust_product'] as BundleKind[]) {
    for (const a of ctx.world.table<EntityAssignmentRecord>(Tables.entityAssignments(kind)).where('object_sid', objectSid)) {
      const bundle = ctx.world.table<BundleRecord>(Tables[kind]).get(a.bundle_sid);
      if (bundle) assertEditable(bundle, `${name} ${objectSid} is attached to ${kind === 'customer_profile' ? 'CustomerProfile' : 'TrustProduct'}, which`);
    }
  }
}

function knownType(types: readonly CatalogType[], what: string) {
  return p
    .string()
    .refine((v) => !!findType(types, v) && !v.startsWith('OY'), { message: `must be a ${what} type machine name (see GET /v1/${what === 'EndUser' ? 'EndUserTypes' : 'SupportingDocumentTypes'})` });
}

/** End users and documents change the same way: name and attributes, never while a profile they are attached to is under review. */
function editedLikeAnAttachment<R extends EndUserRecord | SupportingDocumentRecord>(name: string): { update: UpdateOp<R, typeof attachmentEditParams>; remove: RemoveOp<R> } {
  return {
    update: {
      params: attachmentEditParams,
      apply: (ctx, rec, q) => {
        assertNotUnderReview(ctx, rec.sid, name);
        return attachmentEdit(q) as Partial<R>;
      },
    },
    remove: { check: (ctx, rec) => assertNotUnderReview(ctx, rec.sid, name) },
  };
}

export const endUsers = resource<EndUserRecord>()({
  name: 'EndUser',
  table: Tables.endUsers,
  product: 'trusthub',
  path: '/v1/EndUsers',
  sidPrefix: SidPrefix.EndUser,
  listKey: 'results',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 255 }), Type: knownType(END_USER_TYPES, 'EndUser'), Attributes: p.jsonObject().optional() }),
    build: (_ctx, q) => ({ friendly_name: q.FriendlyName, type: q.Type, attributes: q.Attributes ?? {} }),
  },
  ...editedLikeAnAttachment<EndUserRecord>('EndUser'),
  serialize: (rec, ctx) => {
    const json: Wire<TrustHubSchemas['trusthub.v1.end_user']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      friendly_name: rec.friendly_name,
      type: rec.type,
      attributes: rec.attributes,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      url: ctx.url(rec),
    };
    return json;
  },
});

export const supportingDocuments = resource<SupportingDocumentRecord>()({
  name: 'SupportingDocument',
  table: Tables.supportingDocuments,
  product: 'trusthub',
  path: '/v1/SupportingDocuments',
  sidPrefix: SidPrefix.SupportingDocument,
  listKey: 'results',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 255 }), Type: knownType(SUPPORTING_DOCUMENT_TYPES, 'SupportingDocument'), Attributes: p.jsonObject().optional() }),
    // FIDELITY §3: new TrustHub documents are DRAFT with mime_type null.
    build: (_ctx, q) => ({ friendly_name: q.FriendlyName, type: q.Type, attributes: q.Attributes ?? {}, status: 'DRAFT', mime_type: null }),
  },
  ...editedLikeAnAttachment<SupportingDocumentRecord>('SupportingDocument'),
  serialize: (rec, ctx) => {
    const json: Wire<TrustHubSchemas['trusthub.v1.supporting_document']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      friendly_name: rec.friendly_name,
      mime_type: rec.mime_type,
      status: rec.status as Wire<TrustHubSchemas['trusthub.v1.supporting_document']>['status'],
      type: rec.type,
      attributes: rec.attributes,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      url: ctx.url(rec),
    };
    return json;
  },
});

// ---- catalogue resources: read-only, the same in every account ----------------------------

export const policies = catalogResource<Policy>({
  name: 'Policy',
  table: 'trusthub.policies',
  product: 'trusthub',
  path: '/v1/Policies',
  sidPrefix: SidPrefix.Policy,
  listKey: 'results',
  items: POLICIES,
  serialize: (rec, ctx) => {
    const json: Wire<TrustHubSchemas['trusthub.v1.policies']> = { sid: rec.sid, friendly_name: rec.friendly_name, requirements: rec.requirements, url: ctx.url(rec) };
    return json;
  },
});

export const endUserTypes = typeCatalogResource('trusthub', 'EndUserType', '/v1/EndUserTypes', 'end_user_types', END_USER_TYPES);
export const supportingDocumentTypes = typeCatalogResource('trusthub', 'SupportingDocumentType', '/v1/SupportingDocumentTypes', 'supporting_document_types', SUPPORTING_DOCUMENT_TYPES);
