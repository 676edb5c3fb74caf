import type { NumbersSchemas, TrustHubSchemas, Wire } from '../../contract/types.js';
import type { Product } from '../wire/hosts.js';
import { SidPrefix } from '../wire/sid.js';
import { resource, type ResourceDef, type SerializeContext } from './resource.js';
import type { BaseRecord } from './table.js';

/** A catalogue entry served as a record: the same in every account, never stored. */
export type CatalogRecord<T> = T & BaseRecord;

/**
 * A read-only catalogue served as a resource (TrustHub Policies and types, Numbers v2 types):
 * listed in catalogue order, fetched by SID or by machine name, since policies and regulations
 * link types by name (`…/EndUserTypes/business`).
 */
export function catalogResource<T extends { sid: string; machine_name?: string }>(opts: {
  name: string;
  table: string;
  product: Product;
  path: string;
  sidPrefix: string;
  listKey: string;
  items: readonly T[];
  serialize: (rec: CatalogRecord<T>, ctx: SerializeContext) => unknown;
}): ResourceDef<CatalogRecord<T>> {
  const { items, ...def } = opts;
  const asRecord = (x: T) => x as CatalogRecord<T>;
  return resource<CatalogRecord<T>>()({
    ...def,
    list: { source: () => items.map(asRecord) },
    lookup: (_ctx, id) => {
      const found = items.find((x) => x.sid === id || (x.machine_name !== undefined && x.machine_name === id));
      return found && asRecord(found);
    },
  });
}

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
