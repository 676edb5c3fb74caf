import { z } from 'zod';
import type { NumbersSchemas, Wire } from '../../../contract/types.js';
import { attachmentEdit, attachmentEditParams } from '../compliance/attachments.js';
import { UNDER_REVIEW } from '../compliance/bundle-review.js';
import { resource, type OpContext } from '../../engine/resource.js';
import { END_USER_TYPES_ENUM, findCatalogType, REGULATORY_DOCUMENT_TYPES } from '../../registry/regulations.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { EDITABLE_STATUSES } from './bundles.js';
import { Tables, type ItemAssignmentRecord, type RegulatoryBundleRecord, type RegulatoryDocumentRecord, type RegulatoryEndUserRecord } from './records.js';

/**
 * End users and supporting documents are reusable objects: one may be assigned to many bundles
 * (Twilio blog "Phone Number Compliance is Easier with Reusable Objects", 2020-08-06).
 */

function bundlesHolding(ctx: OpContext, objectSid: string): RegulatoryBundleRecord[] {
  const bundles = ctx.world.table<RegulatoryBundleRecord>(Tables.bundles);
  return ctx.world
    .table<ItemAssignmentRecord>(Tables.itemAssignments)
    .filter((a) => a.object_sid === objectSid)
    .map((a) => bundles.get(a.bundle_sid))
    .filter((b): b is RegulatoryBundleRecord => !!b);
}

/**
 * An object in a bundle under review cannot change (its review would be meaningless); one in a
 * bundle that is under review or approved cannot be deleted (an approved bundle keeps what it was
 * judged on; it changes through Copies and ReplaceItems).
 */
function assertChangeable(ctx: OpContext, objectSid: string, name: string, change: 'modified' | 'deleted'): void {
  const allowed: readonly string[] | undefined = change === 'deleted' ? EDITABLE_STATUSES : undefined;
  for (const b of bundlesHolding(ctx, objectSid)) {
    if (allowed ? allowed.includes(b.status) : !UNDER_REVIEW.has(b.status)) continue;
    const when = allowed ? `while that Bundle is ${b.status} (only from a ${allowed.join(' or ')} one)` : 'until its review is complete';
    throw new TwilioError(409, 20409, `The ${name} ${objectSid} is assigned to Bundle ${b.sid}, which is ${b.status}; it cannot be ${change} ${when}`);
  }
}

function dropAssignments(ctx: OpContext, objectSid: string): void {
  const t = ctx.world.table<ItemAssignmentRecord>(Tables.itemAssignments);
  for (const a of t.filter((x) => x.object_sid === objectSid)) t.delete(a.sid);
}

export const endUsers = resource<RegulatoryEndUserRecord>()({
  name: 'EndUser',
  table: Tables.endUsers,
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/EndUsers',
  sidPrefix: SidPrefix.EndUser,
  listKey: 'results',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 255 }), Type: p.enum(END_USER_TYPES_ENUM), Attributes: p.jsonObject().optional() }),
    build: (_ctx, q) => ({ friendly_name: q.FriendlyName, type: q.Type, attributes: q.Attributes ?? {} }),
  },
  update: {
    params: attachmentEditParams,
    apply: (ctx, rec, q) => {
      assertChangeable(ctx, rec.sid, 'EndUser', 'modified');
      return attachmentEdit(q);
    },
  },
  remove: {
    check: (ctx, rec) => assertChangeable(ctx, rec.sid, 'EndUser', 'deleted'),
    after: (ctx, rec) => dropAssignments(ctx, rec.sid),
  },
  serialize: (rec, ctx) => {
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.end_user']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      friendly_name: rec.friendly_name,
      type: rec.type as (typeof END_USER_TYPES_ENUM)[number],
      attributes: rec.attributes,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      url: ctx.url(rec),
    };
    return json;
  },
});

/** numbers-upload.twilio.com takes "an image or PDF document"; "the maximum size allowed is 10MB" (https://www.twilio.com/docs/phone-numbers/document-apis). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function uploadedFile(ctx: OpContext): { mime_type: string | null; file_name: string | null; file_size: number | null } {
  const file = ctx.files?.get('File');
  if (!file) return { mime_type: null, file_name: null, file_size: null };
  if (file.size > MAX_UPLOAD_BYTES) throw TwilioError.invalidParam('File', `is ${file.size} bytes; the maximum size allowed is 10MB`);
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  if (file.size > 0 && !(type.startsWith('image/') || type === 'application/pdf')) throw TwilioError.invalidParam('File', `is ${type || 'of no declared type'}; it must be an image or a PDF document`);
  // An empty upload has no content, and Twilio then reports no mime_type (same page).
  return { mime_type: file.size > 0 ? type : null, file_name: file.filename, file_size: file.size };
}

const documentType = () =>
  p.string().refine((v) => !!findCatalogType(REGULATORY_DOCUMENT_TYPES, v) && !v.startsWith(SidPrefix.Type), {
    message: 'must be a supporting document type machine name (see GET /v2/RegulatoryCompliance/SupportingDocumentTypes)',
  });

export const supportingDocuments = resource<RegulatoryDocumentRecord>()({
  name: 'SupportingDocument',
  table: Tables.supportingDocuments,
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/SupportingDocuments',
  sidPrefix: SidPrefix.SupportingDocument,
  listKey: 'results',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 255 }), Type: documentType(), Attributes: p.jsonObject().optional() }),
    // Seed 001: a document with a file goes to https://numbers-upload.twilio.com as multipart, with the same parameters.
    alsoAt: ['numbers-upload'],
    build: (ctx, q) => ({ friendly_name: q.FriendlyName, type: q.Type, attributes: q.Attributes ?? {}, status: 'draft', failure_reason: null, errors: null, ...uploadedFile(ctx) }),
  },
  update: {
    params: attachmentEditParams,
    apply: (ctx, rec, q) => {
      assertChangeable(ctx, rec.sid, 'SupportingDocument', 'modified');
      return attachmentEdit(q);
    },
  },
  remove: {
    check: (ctx, rec) => assertChangeable(ctx, rec.sid, 'SupportingDocument', 'deleted'),
    after: (ctx, rec) => dropAssignments(ctx, rec.sid),
  },
  serialize: (rec, ctx) => {
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.supporting_document']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      friendly_name: rec.friendly_name,
      mime_type: rec.mime_type,
      status: rec.status as Wire<NumbersSchemas['numbers.v2.regulatory_compliance.supporting_document']>['status'],
      failure_reason: rec.failure_reason,
      errors: rec.errors,
      type: rec.type,
      attributes: rec.attributes,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      url: ctx.url(rec),
    };
    return json;
  },
});
