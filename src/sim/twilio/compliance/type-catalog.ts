import type { NumbersSchemas, TrustHubSchemas, Wire } from '../../../contract/types.js';
import { catalogResource } from '../../engine/catalog.js';
import type { Product } from '../../wire/hosts.js';
import { SidPrefix } from '../../wire/sid.js';

/** An EndUserType or SupportingDocumentType (TrustHub and Numbers v2 share the shape). */
export interface TypeEntry {
  sid: string;
  machine_name: string;
  friendly_name: string;
  fields: Array<{ machine_name: string; friendly_name: string; constraint: string }>;
}

type TypeJson = Wire<TrustHubSchemas['trusthub.v1.end_user_type']>;
// Both specs define the same five fields for their type resources; one serialiser serves both.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: SameShape<TypeJson, Wire<NumbersSchemas['numbers.v2.regulatory_compliance.end_user_type']>> = true;
void typesAgree;

/** EndUserTypes / SupportingDocumentTypes of a product, from its catalogue. */
export function typeCatalogResource(product: Product, name: 'EndUserType' | 'SupportingDocumentType', path: string, listKey: string, types: readonly TypeEntry[]) {
  return catalogResource<TypeEntry>({
    name,
    table: `${product}.${listKey}`,
    product,
    path,
    sidPrefix: SidPrefix.Type,
    listKey,
    items: types,
    serialize: (rec, ctx): TypeJson => ({ sid: rec.sid, friendly_name: rec.friendly_name, machine_name: rec.machine_name, fields: rec.fields, url: ctx.url(rec) }),
  });
}
