import { z } from 'zod';
import type { World } from '../../engine/world.js';
import type { AttachedItem } from '../../registry/evaluation.js';
import { p } from '../../wire/params.js';

/**
 * End users and supporting documents as TrustHub and Numbers v2 both hold them: the same fields, edited
 * the same way, read into the evaluator's items the same way. Each face keeps its own guards (which
 * bundle statuses freeze an attached object) and its own wire shapes.
 */
export interface AttachmentRecord {
  sid: string;
  type: string;
  attributes: Record<string, unknown>;
}

/** The tables a face keeps its end users and documents in. */
export interface AttachmentTables {
  endUsers: string;
  supportingDocuments: string;
}

/** Update parameters of an end user or a document: its name and attributes, nothing else. */
export const attachmentEditParams = z.object({ FriendlyName: p.string({ max: 255 }).optional(), Attributes: p.jsonObject().optional() });

/** The fields an update changes (only those sent). */
export function attachmentEdit(q: z.infer<typeof attachmentEditParams>): { friendly_name?: string; attributes?: Record<string, unknown> } {
  return { ...(q.FriendlyName !== undefined ? { friendly_name: q.FriendlyName } : {}), ...(q.Attributes ? { attributes: q.Attributes } : {}) };
}

/**
 * What a bundle holds, in the evaluator's terms: each assigned object SID is an end user, a document,
 * or whatever `other` makes of it (a supporting bundle in TrustHub, an Address in Numbers v2).
 */
export function attachedItems(world: World, tables: AttachmentTables, objectSids: Iterable<string>, other: (sid: string) => AttachedItem | undefined): AttachedItem[] {
  const items: AttachedItem[] = [];
  for (const sid of objectSids) {
    const eu = world.table<AttachmentRecord>(tables.endUsers).get(sid);
    if (eu) {
      items.push({ kind: 'end_user', sid: eu.sid, type: eu.type, attributes: eu.attributes });
      continue;
    }
    const doc = world.table<AttachmentRecord>(tables.supportingDocuments).get(sid);
    if (doc) {
      items.push({ kind: 'document', sid: doc.sid, type: doc.type, attributes: doc.attributes });
      continue;
    }
    const item = other(sid);
    if (item) items.push(item);
  }
  return items;
}
