import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { resource, type OpContext, type Operation, type ResourceDef, type SerializeContext } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import { rfc2822Date } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { readPaging } from '../../wire/paging.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { areaCode, countries, country as countryDef, describeNumber, isValidNpa, NUMBER_TYPES, type CountryDef, type NumberInfo, type NumberType } from '../../registry/numbers/plan.js';
import { isTaken } from '../../registry/numbers/pool.js';
import {
  claimNumber,
  INCOMING_PHONE_NUMBERS_TABLE,
  numberSeed,
  planPurchase,
  planUpdate,
  releaseNumber,
  type IncomingPhoneNumberRecord,
  type NumberConfig,
  type PurchaseInput,
} from '../../registry/numbers/purchase.js';
import { DEFAULT_RESULTS, searchNumbers, type NumberQuery } from '../../registry/numbers/search.js';

export const ACCOUNT_BASE = '/2010-04-01/Accounts';

/**
 * The types AvailablePhoneNumbers searches by (one path segment each). The number plan sells the
 * first four; no country on sale here has VoIP, shared-cost or machine-to-machine numbers, so their
 * searches answer 404 for every country, as Twilio does for a type a country lacks (README, differences).
 */
type SearchType = NumberType | 'voip' | 'shared-cost' | 'machine-to-machine';

/** Path segment of each number type, in AvailablePhoneNumbers and IncomingPhoneNumbers. */
const TYPE_SEGMENT: Record<SearchType, string> = {
  local: 'Local',
  'toll-free': 'TollFree',
  mobile: 'Mobile',
  national: 'National',
  voip: 'Voip',
  'shared-cost': 'SharedCost',
  'machine-to-machine': 'MachineToMachine',
};
/** Key in a country's `subresource_uris` (and suffix of the spec schema of its results). */
const SUBRESOURCE_KEY: Record<SearchType, string> = {
  local: 'local',
  'toll-free': 'toll_free',
  mobile: 'mobile',
  national: 'national',
  voip: 'voip',
  'shared-cost': 'shared_cost',
  'machine-to-machine': 'machine_to_machine',
};

function isNumberType(type: SearchType): type is NumberType {
  return (NUMBER_TYPES as readonly string[]).includes(type);
}

// ---- AvailablePhoneNumbers: countries ----------------------------------------------------

type CountryRecord = BaseRecord & { def: CountryDef };

function countryRecord(ctx: { world: { accountSid: string } }, def: CountryDef): CountryRecord {
  return { sid: def.iso_country, account_sid: ctx.world.accountSid, date_created: 0, date_updated: 0, def };
}

function serializeCountry(accountSid: string, def: CountryDef): Wire<Api2010Schemas['api.v2010.account.available_phone_number_country']> {
  const base = `${ACCOUNT_BASE}/${accountSid}/AvailablePhoneNumbers/${def.iso_country}`;
  return {
    country_code: def.iso_country,
    country: def.country,
    uri: `${base}.json`,
    beta: def.beta,
    subresource_uris: Object.fromEntries((Object.keys(def.types) as NumberType[]).map((t) => [SUBRESOURCE_KEY[t], `${base}/${TYPE_SEGMENT[t]}.json`])),
  };
}

/** `GET …/AvailablePhoneNumbers/{CountryCode}.json`: one country on sale (404 for any other). */
export const availablePhoneNumberCountries = resource<CountryRecord>()({
  name: 'AvailablePhoneNumberCountry',
  table: 'api.available_phone_number_countries',
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/AvailablePhoneNumbers`,
  itemParam: 'CountryCode',
  sidPrefix: '',
  listKey: 'countries',
  // The list is not paged: its body is just `{countries, uri}` (ListAvailablePhoneNumberCountryResponse), served below.
  list: false,
  lookup: (ctx, code) => {
    const def = countryDef(code);
    return def && def.iso_country === code ? countryRecord(ctx, def) : undefined;
  },
  serialize: (r, ctx) => serializeCountry(ctx.world.accountSid, r.def),
});

/** `GET …/AvailablePhoneNumbers.json`: every country on sale, in one unpaged list. */
export const listAvailableCountries: Operation = {
  method: 'GET',
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/AvailablePhoneNumbers`,
  handler: (ctx) => ({
    status: 200,
    body: { countries: countries().map((c) => serializeCountry(ctx.world.accountSid, c)), uri: `${ACCOUNT_BASE}/${ctx.world.accountSid}/AvailablePhoneNumbers.json` },
  }),
};

// ---- AvailablePhoneNumbers/{CountryCode}/{Local|TollFree|Mobile} ----------------------------

type AvailableRecord = BaseRecord & NumberInfo;

const SEARCH_PARAMS = z.object({
  AreaCode: z
    .string()
    .refine((v) => /^\d{1,5}$/.test(v), 'must be digits (a North American area code such as 415, or a national prefix)')
    .optional(),
  Contains: z
    .string()
    .refine((v) => /^\+?[0-9a-zA-Z*]{2,}$/.test(v), 'must be at least two characters, each a digit, a letter or * (any one digit)')
    .optional(),
  SmsEnabled: p.bool().optional(),
  MmsEnabled: p.bool().optional(),
  VoiceEnabled: p.bool().optional(),
  FaxEnabled: p.bool().optional(),
  ExcludeAllAddressRequired: p.bool().optional(),
  ExcludeLocalAddressRequired: p.bool().optional(),
  ExcludeForeignAddressRequired: p.bool().optional(),
  Beta: p.bool().optional(),
  NearNumber: z.string().optional(),
  NearLatLong: z
    .string()
    .refine((v) => /^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/.test(v), 'must be "latitude,longitude" in decimal degrees')
    .optional(),
  Distance: p.int({ min: 0, max: 500 }).optional(),
  InPostalCode: z.string().optional(),
  InRegion: z.string().optional(),
  InRateCenter: z.string().optional(),
  InLata: z.string().optional(),
  InLocality: z.string().optional(),
});

/** The query in registry terms; NearNumber / NearLatLong become a centre and a radius (Distance, default 25 miles). */
function toQuery(ctx: OpContext, iso: string, q: z.output<typeof SEARCH_PARAMS>): NumberQuery {
  const c = countryDef(iso)!;
  if (q.AreaCode !== undefined && c.dial_code === '1' && !isValidNpa(q.AreaCode)) {
    throw new TwilioError(400, 21451, `Invalid parameter AreaCode: ${q.AreaCode} is not a valid North American area code`);
  }
  let near: NumberQuery['near'];
  const miles = q.Distance ?? 25;
  if (q.NearLatLong !== undefined) {
    const [lat, lon] = q.NearLatLong.split(',').map((s) => Number(s.trim())) as [number, number];
    near = { latitude: lat, longitude: lon, miles };
  } else if (q.NearNumber !== undefined) {
    const e164 = q.NearNumber.trim();
    const info = describeNumber(numberSeed(ctx.sim), e164);
    // A number the plan cannot place (e.g. a 555 exchange) is located by its area code's main locality.
    const place =
      info?.latitude != null && info.longitude != null ? { latitude: info.latitude, longitude: info.longitude } : /^\+1\d{10}$/.test(e164) ? areaCode(e164.slice(2, 5))?.localities[0] : undefined;
    if (!place) throw TwilioError.invalidParam('NearNumber', `no location is known for ${q.NearNumber} (only US and Canadian local numbers have one)`);
    near = { latitude: place.latitude, longitude: place.longitude, miles };
  }
  return {
    areaCode: q.AreaCode,
    contains: q.Contains,
    smsEnabled: q.SmsEnabled,
    mmsEnabled: q.MmsEnabled,
    voiceEnabled: q.VoiceEnabled,
    faxEnabled: q.FaxEnabled,
    excludeAllAddressRequired: q.ExcludeAllAddressRequired,
    excludeLocalAddressRequired: q.ExcludeLocalAddressRequired,
    excludeForeignAddressRequired: q.ExcludeForeignAddressRequired,
    beta: q.Beta,
    inPostalCode: q.InPostalCode,
    inRegion: q.InRegion,
    inRateCenter: q.InRateCenter,
    inLata: q.InLata,
    inLocality: q.InLocality,
    near,
  };
}

function serializeAvailable(r: AvailableRecord) {
  const json: Wire<Api2010Schemas['api.v2010.account.available_phone_number_country.available_phone_number_local']> = {
    friendly_name: r.friendly_name,
    phone_number: r.phone_number,
    lata: r.lata,
    locality: r.locality,
    rate_center: r.rate_center,
    latitude: r.latitude,
    longitude: r.longitude,
    region: r.region,
    postal_code: r.postal_code,
    iso_country: r.iso_country,
    address_requirements: r.address_requirements,
    beta: r.beta,
    capabilities: { ...r.capabilities },
  };
  return json;
}

/**
 * One number type's search. Results are generated from the number plan (registry/numbers), the
 * same for the same query under the same seed, never a number any account owns; Twilio does not
 * page them, so `PageSize` (default 30) is how many come back.
 */
function availableNumbers(type: SearchType): ResourceDef<AvailableRecord> {
  return resource<AvailableRecord>()({
    name: `AvailablePhoneNumber${TYPE_SEGMENT[type]}`,
    table: `api.available_phone_numbers_${SUBRESOURCE_KEY[type]}`,
    product: 'api',
    path: `${ACCOUNT_BASE}/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/${TYPE_SEGMENT[type]}`,
    sidPrefix: '',
    listKey: 'available_phone_numbers',
    fetch: false,
    list: {
      params: SEARCH_PARAMS,
      source: (ctx, q) => {
        const iso = ctx.pathParams.CountryCode!;
        const def = countryDef(iso);
        if (!def || def.iso_country !== iso || !isNumberType(type) || !def.types[type]) throw TwilioError.notFound(ctx.path);
        const paging = readPaging(ctx.query);
        const limit = ctx.query.get('PageSize') ? paging.pageSize : DEFAULT_RESULTS;
        const found = searchNumbers({ seed: numberSeed(ctx.sim), isoCountry: iso, type, query: toQuery(ctx, iso, q), limit, isTaken: isTaken(ctx.sim) });
        return found.map((n) => ({ ...n, sid: n.phone_number, account_sid: ctx.world.accountSid, date_created: 0, date_updated: 0 }));
      },
    },
    serialize: (r) => serializeAvailable(r),
  });
}

export const availableLocal = availableNumbers('local');
export const availableTollFree = availableNumbers('toll-free');
export const availableMobile = availableNumbers('mobile');
export const availableNational = availableNumbers('national');
export const availableVoip = availableNumbers('voip');
export const availableSharedCost = availableNumbers('shared-cost');
export const availableMachineToMachine = availableNumbers('machine-to-machine');

// ---- IncomingPhoneNumbers ------------------------------------------------------------------

const method = () => p.enum(['GET', 'POST'] as const);

/** The parameters every purchase and update takes (IncomingPhoneNumber create/update bodies). */
const CONFIG_PARAMS = {
  FriendlyName: p.string({ max: 64 }).optional(),
  ApiVersion: p.enum(['2010-04-01', '2008-08-01'] as const).optional(),
  SmsApplicationSid: p.sid('AP').optional(),
  SmsFallbackMethod: method().optional(),
  SmsFallbackUrl: p.url().optional(),
  SmsMethod: method().optional(),
  SmsUrl: p.url().optional(),
  StatusCallback: p.url().optional(),
  StatusCallbackMethod: method().optional(),
  VoiceApplicationSid: p.sid('AP').optional(),
  VoiceCallerIdLookup: p.bool().optional(),
  VoiceFallbackMethod: method().optional(),
  VoiceFallbackUrl: p.url().optional(),
  VoiceMethod: method().optional(),
  VoiceUrl: p.url().optional(),
  EmergencyStatus: p.enum(['Active', 'Inactive'] as const).optional(),
  EmergencyAddressSid: p.sid(SidPrefix.Address).optional(),
  TrunkSid: p.sid('TK').optional(),
  IdentitySid: p.sid('RI').optional(),
  AddressSid: p.sid(SidPrefix.Address).optional(),
  VoiceReceiveMode: p.enum(['voice', 'fax'] as const).optional(),
  BundleSid: p.sid(SidPrefix.Bundle).optional(),
};

const PURCHASE_PARAMS = z.object({ PhoneNumber: z.string().optional(), AreaCode: z.string().optional(), ...CONFIG_PARAMS });
const UPDATE_PARAMS = z.object({ AccountSid: p.sid(SidPrefix.Account).optional(), ...CONFIG_PARAMS });

type ConfigParams = Partial<z.output<z.ZodObject<typeof CONFIG_PARAMS>>>;

function toConfig(q: ConfigParams): NumberConfig {
  return {
    friendlyName: q.FriendlyName,
    apiVersion: q.ApiVersion,
    smsApplicationSid: q.SmsApplicationSid,
    smsUrl: q.SmsUrl,
    smsMethod: q.SmsMethod,
    smsFallbackUrl: q.SmsFallbackUrl,
    smsFallbackMethod: q.SmsFallbackMethod,
    voiceApplicationSid: q.VoiceApplicationSid,
    voiceUrl: q.VoiceUrl,
    voiceMethod: q.VoiceMethod,
    voiceFallbackUrl: q.VoiceFallbackUrl,
    voiceFallbackMethod: q.VoiceFallbackMethod,
    voiceCallerIdLookup: q.VoiceCallerIdLookup,
    voiceReceiveMode: q.VoiceReceiveMode,
    statusCallback: q.StatusCallback,
    statusCallbackMethod: q.StatusCallbackMethod,
    addressSid: q.AddressSid,
    bundleSid: q.BundleSid,
    identitySid: q.IdentitySid,
    emergencyAddressSid: q.EmergencyAddressSid,
    emergencyStatus: q.EmergencyStatus,
    trunkSid: q.TrunkSid,
  };
}

const LIST_PARAMS = z.object({ Beta: p.bool().optional(), FriendlyName: z.string().optional(), PhoneNumber: z.string().optional(), Origin: z.string().optional() });

/** PhoneNumber filters match part of the number, `*` standing for any digit (Twilio's list filter). */
function phoneNumberMatches(e164: string, filter: string): boolean {
  const wanted = filter.replace(/[^0-9*]/g, '');
  if (!wanted) return true;
  const re = new RegExp(wanted.replace(/\*/g, '\\d'));
  return re.test(e164.slice(1));
}

function listFilter(r: IncomingPhoneNumberRecord, q: z.output<typeof LIST_PARAMS>): boolean {
  return (
    (q.Beta === undefined || q.Beta || !r.beta) &&
    (q.FriendlyName === undefined || r.friendly_name === q.FriendlyName) &&
    (q.PhoneNumber === undefined || phoneNumberMatches(r.phone_number, q.PhoneNumber)) &&
    (q.Origin === undefined || r.origin === q.Origin)
  );
}

function incomingUri(r: BaseRecord): string {
  return `${ACCOUNT_BASE}/${r.account_sid}/IncomingPhoneNumbers/${r.sid}.json`;
}

/** The fields shared by IncomingPhoneNumber and its Local/TollFree/Mobile views (which lack `type`). */
function serializeTyped(r: IncomingPhoneNumberRecord) {
  const json: Wire<Api2010Schemas['api.v2010.account.incoming_phone_number.incoming_phone_number_local']> = {
    account_sid: r.account_sid,
    address_sid: r.address_sid,
    address_requirements: r.address_requirements,
    api_version: r.api_version,
    beta: r.beta,
    capabilities: { ...r.capabilities },
    date_created: rfc2822Date(r.date_created),
    date_updated: rfc2822Date(r.date_updated),
    friendly_name: r.friendly_name,
    identity_sid: r.identity_sid,
    phone_number: r.phone_number,
    origin: r.origin,
    sid: r.sid,
    sms_application_sid: r.sms_application_sid,
    sms_fallback_method: r.sms_fallback_method,
    sms_fallback_url: r.sms_fallback_url,
    sms_method: r.sms_method,
    sms_url: r.sms_url,
    status_callback: r.status_callback,
    status_callback_method: r.status_callback_method,
    trunk_sid: r.trunk_sid,
    uri: incomingUri(r),
    voice_receive_mode: r.voice_receive_mode,
    voice_application_sid: r.voice_application_sid,
    voice_caller_id_lookup: r.voice_caller_id_lookup,
    voice_fallback_method: r.voice_fallback_method,
    voice_fallback_url: r.voice_fallback_url,
    voice_method: r.voice_method,
    voice_url: r.voice_url,
    emergency_status: r.emergency_status,
    emergency_address_sid: r.emergency_address_sid,
    // Emergency registration is not simulated: an emergency address is registered as soon as it is set.
    emergency_address_status: r.emergency_address_sid ? 'registered' : 'unregistered',
    bundle_sid: r.bundle_sid,
    status: r.status,
  };
  return json;
}

/** Twilio's phone-number `type` values: `local`, `mobile`, `tollfree` (the Global Catalog's `Type=tollfree`, preview.twilio.com/Numbers/AvailableNumbers). */
const WIRE_TYPE: Record<NumberType, string> = { local: 'local', 'toll-free': 'tollfree', mobile: 'mobile', national: 'national' };

export function serializeIncomingPhoneNumber(r: IncomingPhoneNumberRecord, _ctx?: SerializeContext): Wire<Api2010Schemas['api.v2010.account.incoming_phone_number']> {
  return { ...serializeTyped(r), type: WIRE_TYPE[r.number_type] };
}

function purchaseInput(q: z.output<typeof PURCHASE_PARAMS>, numberType?: NumberType): PurchaseInput {
  return { ...toConfig(q), phoneNumber: q.PhoneNumber, areaCode: q.AreaCode, ...(numberType ? { numberType } : {}) };
}

/** `IncomingPhoneNumbers`: buy (by PhoneNumber or AreaCode), list, fetch, configure, release. */
export const incomingPhoneNumbers = resource<IncomingPhoneNumberRecord>()({
  name: 'IncomingPhoneNumber',
  table: INCOMING_PHONE_NUMBERS_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/IncomingPhoneNumbers`,
  sidPrefix: SidPrefix.PhoneNumber,
  listKey: 'incoming_phone_numbers',
  create: {
    params: PURCHASE_PARAMS,
    build: (ctx, q) => planPurchase(ctx.sim, ctx.world, purchaseInput(q)),
    after: (ctx, rec) => claimNumber(ctx.sim, rec),
  },
  list: { params: LIST_PARAMS, filter: (r, q) => listFilter(r, q) },
  update: {
    params: UPDATE_PARAMS,
    apply: (ctx, rec, q) => {
      // Moving a number to another account is a subaccount feature; the simulator has no subaccounts.
      if (q.AccountSid !== undefined && q.AccountSid !== rec.account_sid) {
        throw TwilioError.invalidParam('AccountSid', `${q.AccountSid} is not a subaccount of ${rec.account_sid}; numbers can only move between an account and its subaccounts`);
      }
      return planUpdate(ctx.world, rec, toConfig(q));
    },
  },
  remove: { after: (ctx, rec) => releaseNumber(ctx.sim, rec) },
  serialize: (r) => serializeIncomingPhoneNumber(r),
});

/**
 * `IncomingPhoneNumbers/Local`, `/TollFree`, `/Mobile`: the account's numbers of one type, and
 * buying one (PhoneNumber required; AreaCode → 21457; a number of another type → 21458). Mounted
 * before the main resource so that `…/IncomingPhoneNumbers/Local` is not read as a PN SID.
 */
function typedIncoming(type: NumberType): ResourceDef<IncomingPhoneNumberRecord> {
  return resource<IncomingPhoneNumberRecord>()({
    name: `IncomingPhoneNumber${TYPE_SEGMENT[type]}`,
    table: INCOMING_PHONE_NUMBERS_TABLE,
    product: 'api',
    path: `${ACCOUNT_BASE}/{AccountSid}/IncomingPhoneNumbers/${TYPE_SEGMENT[type]}`,
    sidPrefix: SidPrefix.PhoneNumber,
    listKey: 'incoming_phone_numbers',
    fetch: false,
    create: {
      params: PURCHASE_PARAMS,
      build: (ctx, q) => {
        if (q.PhoneNumber === undefined && q.AreaCode === undefined) throw TwilioError.missingParam('PhoneNumber');
        return planPurchase(ctx.sim, ctx.world, purchaseInput(q, type));
      },
      after: (ctx, rec) => claimNumber(ctx.sim, rec),
    },
    list: { params: LIST_PARAMS, filter: (r, q) => r.number_type === type && listFilter(r, q) },
    serialize: (r) => serializeTyped(r),
  });
}

export const incomingLocal = typedIncoming('local');
export const incomingTollFree = typedIncoming('toll-free');
export const incomingMobile = typedIncoming('mobile');

/** In mount order: the typed views first (see typedIncoming). */
export const phoneNumberResources: ResourceDef[] = [
  availablePhoneNumberCountries,
  availableLocal,
  availableTollFree,
  availableMobile,
  availableNational,
  availableVoip,
  availableSharedCost,
  availableMachineToMachine,
  incomingLocal,
  incomingTollFree,
  incomingMobile,
  incomingPhoneNumbers,
];
