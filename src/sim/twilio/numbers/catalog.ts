import { z } from 'zod';
import type { NumbersSchemas, Wire } from '../../../contract/types.js';
import { resource } from '../../engine/resource.js';
import type { CatalogRecord } from '../../engine/catalog.js';
import { typeCatalogResource } from '../compliance/type-catalog.js';
import { END_USER_TYPES_ENUM, filterRegulations, REGULATIONS, REGULATORY_DOCUMENT_TYPES, REGULATORY_END_USER_TYPES, servedRequirements, type Regulation } from '../../registry/regulations.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';

/** Read-only catalogue resources (fixtures/regulatory), the same in every account. */

const asRecord = <T extends { sid: string }>(x: T) => x as CatalogRecord<T>;

/** A regulation as served for one request: constraints only when asked for (IncludeConstraints=true). */
function served(reg: Regulation, includeConstraints: boolean): CatalogRecord<Regulation> {
  return asRecord({ ...reg, requirements: servedRequirements(reg, includeConstraints) });
}

const includeConstraints = (query: URLSearchParams) => /^true$/i.test(query.get('IncludeConstraints') ?? '');

export const regulations = resource<CatalogRecord<Regulation>>()({
  name: 'Regulation',
  table: 'numbers.regulations',
  product: 'numbers',
  path: '/v2/RegulatoryCompliance/Regulations',
  sidPrefix: SidPrefix.Policy,
  listKey: 'results',
  list: {
    params: z.object({
      // Seed 001 lists with isoCountry: 'au': the country code is matched without regard to case.
      IsoCountry: z.string().optional(),
      NumberType: z.string().optional(),
      EndUserType: p.enum(END_USER_TYPES_ENUM).optional(),
      IncludeConstraints: p.bool().optional(),
    }),
    source: (_ctx, q) =>
      filterRegulations({
        ...(q.IsoCountry ? { isoCountry: q.IsoCountry } : {}),
        ...(q.NumberType ? { numberType: q.NumberType } : {}),
        ...(q.EndUserType ? { endUserType: q.EndUserType } : {}),
      }).map((r) => served(r, q.IncludeConstraints === true)),
  },
  lookup: (ctx, sid) => {
    const found = REGULATIONS.find((r) => r.sid === sid);
    return found && served(found, includeConstraints(ctx.query));
  },
  serialize: (rec, ctx) => {
    const json: Wire<NumbersSchemas['numbers.v2.regulatory_compliance.regulation']> = {
      sid: rec.sid,
      friendly_name: rec.friendly_name,
      iso_country: rec.iso_country,
      number_type: rec.number_type,
      end_user_type: rec.end_user_type,
      requirements: rec.requirements,
      url: ctx.url(rec),
    };
    return json;
  },
});

export const endUserTypes = typeCatalogResource('numbers', 'EndUserType', '/v2/RegulatoryCompliance/EndUserTypes', 'end_user_types', REGULATORY_END_USER_TYPES);
export const supportingDocumentTypes = typeCatalogResource(
  'numbers',
  'SupportingDocumentType',
  '/v2/RegulatoryCompliance/SupportingDocumentTypes',
  'supporting_document_types',
  REGULATORY_DOCUMENT_TYPES,
);
