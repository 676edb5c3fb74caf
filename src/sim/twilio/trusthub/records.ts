import type { BaseRecord } from '../../engine/table.js';
import { ADDRESSES_TABLE } from '../../registry/number-compliance.js';

/** Stored shapes of TrustHub resources. Serialisers turn them into the spec's JSON. */

export type BundleKind = 'customer_profile' | 'trust_product';

export interface BundleRecord extends BaseRecord {
  policy_sid: string;
  friendly_name: string;
  email: string;
  status_callback: string | null;
  status: string;
  valid_until: number | null;
  errors: Array<{ code: number; message: string }> | null;
  /** Reason of the last rejection, sent as FailureReason in callbacks. */
  failure_reason: string | null;
}

export interface EndUserRecord extends BaseRecord {
  friendly_name: string;
  type: string;
  attributes: Record<string, unknown>;
}

export interface SupportingDocumentRecord extends BaseRecord {
  friendly_name: string;
  type: string;
  attributes: Record<string, unknown>;
  status: string;
  mime_type: string | null;
}

export interface EntityAssignmentRecord extends BaseRecord {
  bundle_sid: string;
  object_sid: string;
}

export interface ChannelEndpointAssignmentRecord extends BaseRecord {
  bundle_sid: string;
  channel_endpoint_type: string;
  channel_endpoint_sid: string;
}

export interface EvaluationRecord extends BaseRecord {
  bundle_sid: string;
  policy_sid: string;
  status: 'compliant' | 'noncompliant';
  results: unknown[];
}

export const Tables = {
  customer_profile: 'trusthub.customer_profiles',
  trust_product: 'trusthub.trust_products',
  endUsers: 'trusthub.end_users',
  supportingDocuments: 'trusthub.supporting_documents',
  entityAssignments: (kind: BundleKind) => `trusthub.${kind}_entity_assignments`,
  channelEndpointAssignments: (kind: BundleKind) => `trusthub.${kind}_channel_endpoint_assignments`,
  evaluations: (kind: BundleKind) => `trusthub.${kind}_evaluations`,
  addresses: ADDRESSES_TABLE,
} as const;
