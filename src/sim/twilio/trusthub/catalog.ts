import type { EvaluationRules, WireRequirements } from '../../registry/evaluation.js';
import { loadFixture } from '../../registry/fixtures.js';

export interface TypeField {
  machine_name: string;
  friendly_name: string;
  constraint: string;
}

export interface CatalogType {
  sid: string;
  machine_name: string;
  friendly_name: string;
  fields: TypeField[];
}

export interface Policy {
  sid: string;
  friendly_name: string;
  requirements: WireRequirements;
  'x-sim': EvaluationRules & { bundle_type: string; kind: 'customer_profile' | 'trust_product' };
}

/** The TrustHub catalogue (fixtures/trusthub), immutable. */
export const POLICIES: readonly Policy[] = loadFixture<Policy[]>('trusthub/policies.json');
export const END_USER_TYPES: readonly CatalogType[] = loadFixture<CatalogType[]>('trusthub/end-user-types.json');
export const SUPPORTING_DOCUMENT_TYPES: readonly CatalogType[] = loadFixture<CatalogType[]>('trusthub/supporting-document-types.json');

export const PolicySid = {
  PrimaryBusiness: 'RN000000000000000000000000000000a1',
  SecondaryBusiness: 'RNdfbf3fae0e1107f8aded0e7cead80bf5',
  StarterBusiness: 'RN806dd6cd175f314e1f96a9727ee271f4',
  A2PMessagingBusiness: 'RNb0d4771c2c98518d916a3d4cd70a8f8b',
  SoleProprietor: 'RN670d5d2e282a6130ae063b234b6019c8',
} as const;

export function policy(sid: string): Policy | undefined {
  return POLICIES.find((p) => p.sid === sid);
}

/** EndUserTypes and SupportingDocumentTypes are fetched by SID or by machine name (policies link them by name). */
export function findType(types: readonly CatalogType[], sidOrName: string): CatalogType | undefined {
  return types.find((t) => t.sid === sidOrName || t.machine_name === sidOrName);
}

export function fieldFriendlyName(type: string, field: string): string {
  const t = findType(END_USER_TYPES, type) ?? findType(SUPPORTING_DOCUMENT_TYPES, type);
  return t?.fields.find((f) => f.machine_name === field)?.friendly_name ?? field.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}
