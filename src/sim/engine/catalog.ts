import type { Product } from '../wire/hosts.js';
import { resource, type ResourceDef, type SerializeContext } from './resource.js';
import type { BaseRecord } from './table.js';

/** A catalogue entry served as a record: the same in every account, never stored. */
export type CatalogRecord<T> = T & BaseRecord;

/**
 * A read-only catalogue served as a resource (e.g. a face's policies and type catalogues):
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
