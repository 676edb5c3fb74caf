import type { BaseRecord } from '../../engine/table.js';
import { ADDRESSES_TABLE } from '../../registry/number-compliance.js';
import { INCOMING_PHONE_NUMBERS_TABLE } from '../../registry/numbers/purchase.js';
import { RegulatoryTables } from '../../registry/regulations.js';
import type { DocumentFinding } from '../../registry/regulatory-review.js';

/** Stored shapes of Numbers v2 RegulatoryCompliance resources. Serialisers turn them into the spec's JSON. */

export const Tables = {
  ...RegulatoryTables,
  /** API 2010 Addresses, which bundles hold as items or through their documents' address_sids. */
  addresses: ADDRESSES_TABLE,
  /** API 2010 IncomingPhoneNumbers, which may name a bundle (BundleSid). */
  incomingPhoneNumbers: INCOMING_PHONE_NUMBERS_TABLE,
} as const;

export interface RegulatoryBundleRecord extends BaseRecord {
  regulation_sid: string;
  friendly_name: string;
  email: string;
  status_callback: string | null;
  status: string;
  valid_until: number | null;
  /** Reason of the last rejection, sent as FailureReason in callbacks. */
  failure_reason: string | null;
  /** What the last review found wrong with each document (set on rejection, for the documents' own status). */
  review_findings: Array<DocumentFinding & { status?: 'rejected' | 'expired' }> | null;
  is_test: boolean;
  /** The bundle this one is a Copy of (GET …/Copies lists them). */
  copy_of: string | null;
}

export interface RegulatoryEndUserRecord extends BaseRecord {
  friendly_name: string;
  type: string;
  attributes: Record<string, unknown>;
}

export interface RegulatoryDocumentRecord extends BaseRecord {
  friendly_name: string;
  type: string;
  attributes: Record<string, unknown>;
  status: string;
  failure_reason: string | null;
  errors: Array<{ code: number }> | null;
  /** The uploaded file's type as sent (null without a file, or for an empty one). */
  mime_type: string | null;
  file_name: string | null;
  file_size: number | null;
}

export interface ItemAssignmentRecord extends BaseRecord {
  bundle_sid: string;
  object_sid: string;
}

export interface RegulatoryEvaluationRecord extends BaseRecord {
  bundle_sid: string;
  regulation_sid: string;
  status: 'compliant' | 'noncompliant';
  results: unknown[];
}

export interface AddressRecord extends BaseRecord {
  iso_country: string;
  [field: string]: unknown;
}
