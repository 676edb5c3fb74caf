import type { Face } from '../../engine/resource.js';
import { bundleCopyOperations } from './bundle-copies.js';
import { evaluations, itemAssignments } from './bundle-items.js';
import { BUNDLE_EXPIRY, bundles, expireBundle } from './bundles.js';
import { endUserTypes, regulations, supportingDocumentTypes } from './catalog.js';
import { endUsers, supportingDocuments } from './end-users-and-documents.js';

/** Numbers v2 Regulatory Compliance (numbers.twilio.com, uploads on numbers-upload.twilio.com): seed 001. */
export const numbersFace: Face = {
  name: 'numbers',
  resources: [bundles, itemAssignments, evaluations, endUsers, supportingDocuments, regulations, endUserTypes, supportingDocumentTypes],
  operations: bundleCopyOperations,
  handlers: { [BUNDLE_EXPIRY]: expireBundle },
};
