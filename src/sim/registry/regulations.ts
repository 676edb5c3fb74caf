import type { DetailedField, EvaluationRules, WireRequirements } from './evaluation.js';
import { loadFixture } from './fixtures.js';

/**
 * The Numbers v2 regulatory catalogue (fixtures/regulatory, provenance in its README): which
 * regulation governs a (country, number type, end-user type), what it requires, and the rules the
 * wire shape cannot say. Read by the Numbers face and by phone-number purchases alike.
 */

export const NUMBER_TYPES = ['local', 'mobile', 'national', 'toll-free'] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];
export const END_USER_TYPES_ENUM = ['individual', 'business'] as const;
export type EndUserType = (typeof END_USER_TYPES_ENUM)[number];

/** Where a regulation wants the end user's address: the number's locality, its country, or anywhere. */
export type AddressScope = 'local' | 'domestic' | 'any';

export interface RegulationRules extends EvaluationRules {
  /** Whether buying a number of this country and type needs an approved bundle (false for US and Canada). */
  required_for_purchase: boolean;
  address: AddressScope;
  /** Approved bundles of this regulation carry a ValidUntil this many days after approval. */
  valid_for_days?: number;
}

export interface Regulation {
  sid: string;
  friendly_name: string;
  iso_country: string;
  number_type: NumberType;
  end_user_type: EndUserType;
  requirements: WireRequirements;
  'x-sim': RegulationRules;
}

export interface CatalogType {
  sid: string;
  machine_name: string;
  friendly_name: string;
  fields: Array<{ machine_name: string; friendly_name: string; constraint: string }>;
}

export const REGULATIONS: readonly Regulation[] = loadFixture<Regulation[]>('regulatory/regulations.json');
export const REGULATORY_END_USER_TYPES: readonly CatalogType[] = loadFixture<CatalogType[]>('regulatory/end-user-types.json');
export const REGULATORY_DOCUMENT_TYPES: readonly CatalogType[] = loadFixture<CatalogType[]>('regulatory/supporting-document-types.json');

/** Tables of the Numbers v2 RegulatoryCompliance resources, shared with the rules that read bundles (number purchases). */
export const RegulatoryTables = {
  bundles: 'numbers.bundles',
  endUsers: 'numbers.end_users',
  supportingDocuments: 'numbers.supporting_documents',
  itemAssignments: 'numbers.item_assignments',
  evaluations: 'numbers.evaluations',
} as const;

export function regulationBySid(sid: string): Regulation | undefined {
  return REGULATIONS.find((r) => r.sid === sid);
}

/** A Regulation instance is unique per IsoCountry, NumberType and EndUserType (seed 001). */
export function findRegulation(isoCountry: string, numberType: string, endUserType: string): Regulation | undefined {
  const iso = isoCountry.toUpperCase();
  return REGULATIONS.find((r) => r.iso_country === iso && r.number_type === numberType && r.end_user_type === endUserType);
}

export function filterRegulations(q: { isoCountry?: string; numberType?: string; endUserType?: string }): Regulation[] {
  const iso = q.isoCountry?.toUpperCase();
  return REGULATIONS.filter((r) => (!iso || r.iso_country === iso) && (!q.numberType || r.number_type === q.numberType) && (!q.endUserType || r.end_user_type === q.endUserType));
}

/** The regulations governing purchases of a country's numbers of a type (one per end-user type), if the purchase needs a bundle at all. */
export function purchaseRegulations(isoCountry: string, numberType: string): Regulation[] {
  return filterRegulations({ isoCountry, numberType }).filter((r) => r['x-sim'].required_for_purchase);
}

function stripConstraints(fields: DetailedField[] | undefined): DetailedField[] | undefined {
  return fields?.map(({ constraint: _constraint, ...rest }) => rest);
}

/** The requirements as served: `detailed_fields[].constraint` only when the client asked with IncludeConstraints=true. */
export function servedRequirements(reg: Regulation, includeConstraints: boolean): WireRequirements {
  if (includeConstraints) return reg.requirements;
  const r = reg.requirements;
  return {
    ...r,
    end_user: r.end_user.map((e) => ({ ...e, ...(e.detailed_fields ? { detailed_fields: stripConstraints(e.detailed_fields)! } : {}) })),
    supporting_document: r.supporting_document.map((group) =>
      group.map((req) => ({
        ...req,
        accepted_documents: req.accepted_documents.map((d) => ({ ...d, ...(d.detailed_fields ? { detailed_fields: stripConstraints(d.detailed_fields)! } : {}) })),
      })),
    ),
  };
}

/** EndUserTypes and SupportingDocumentTypes are fetched by SID or by machine name (regulations link them by name). */
export function findCatalogType(types: readonly CatalogType[], sidOrName: string): CatalogType | undefined {
  return types.find((t) => t.sid === sidOrName || t.machine_name === sidOrName);
}

export function regulatoryFieldName(type: string, field: string): string {
  const t = findCatalogType(REGULATORY_END_USER_TYPES, type) ?? findCatalogType(REGULATORY_DOCUMENT_TYPES, type);
  return t?.fields.find((f) => f.machine_name === field)?.friendly_name ?? field.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}
