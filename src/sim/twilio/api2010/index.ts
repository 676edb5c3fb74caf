import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { resource, type Face } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import { rfc2822Date } from '../../wire/dates.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { ADDRESSES_TABLE } from '../../registry/number-compliance.js';
import { releaseAccount } from '../../registry/numbers/pool.js';
import { accountOperations } from './accounts.js';
import { calls } from './calls.js';
import { createMessageFeedback, messageMedia } from './message-media.js';
import { messages } from './messages.js';
import { ACCOUNT_BASE, listAvailableCountries, phoneNumberResources } from './phone-numbers.js';
import { shortCodes } from './short-codes.js';
import { INCOMING_PHONE_NUMBERS_TABLE, type IncomingPhoneNumberRecord } from '../../registry/numbers/purchase.js';

export { ADDRESSES_TABLE };

export interface AddressRecord extends BaseRecord {
  friendly_name: string | null;
  customer_name: string;
  street: string;
  street_secondary: string | null;
  city: string;
  region: string;
  postal_code: string;
  iso_country: string;
  emergency_enabled: boolean;
  validated: boolean;
  verified: boolean;
}

export interface ApiKeyRecord extends BaseRecord {
  friendly_name: string | null;
  secret: string;
}

const isoCountry = () => z.string().refine((v) => /^[A-Z]{2}$/.test(v), 'must be an ISO 3166-1 alpha-2 country code such as US');

export const addresses = resource<AddressRecord>()({
  name: 'Address',
  table: ADDRESSES_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Addresses`,
  sidPrefix: SidPrefix.Address,
  listKey: 'addresses',
  create: {
    params: z.object({
      CustomerName: p.string({ max: 255 }),
      Street: p.string({ max: 255 }),
      City: p.string({ max: 255 }),
      Region: p.string({ max: 255 }),
      PostalCode: p.string({ max: 32 }),
      IsoCountry: isoCountry(),
      FriendlyName: p.string({ max: 255 }).optional(),
      EmergencyEnabled: p.bool().optional(),
      AutoCorrectAddress: p.bool().optional(),
      StreetSecondary: p.string({ max: 255 }).optional(),
    }),
    build: (_ctx, q) => ({
      friendly_name: q.FriendlyName ?? null,
      customer_name: q.CustomerName,
      street: q.Street,
      street_secondary: q.StreetSecondary ?? null,
      city: q.City,
      region: q.Region,
      postal_code: q.PostalCode,
      iso_country: q.IsoCountry,
      emergency_enabled: q.EmergencyEnabled ?? false,
      // Twilio validates addresses asynchronously against postal data the simulator does not have.
      validated: false,
      verified: false,
    }),
  },
  list: {
    params: z.object({ CustomerName: z.string().optional(), FriendlyName: z.string().optional(), IsoCountry: z.string().optional(), EmergencyEnabled: p.bool().optional() }),
    filter: (r, q) =>
      (!q.CustomerName || r.customer_name === q.CustomerName) &&
      (!q.FriendlyName || r.friendly_name === q.FriendlyName) &&
      (!q.IsoCountry || r.iso_country === q.IsoCountry) &&
      (q.EmergencyEnabled === undefined || r.emergency_enabled === q.EmergencyEnabled),
  },
  update: {
    params: z.object({
      FriendlyName: p.string({ max: 255 }).optional(),
      CustomerName: p.string({ max: 255 }).optional(),
      Street: p.string({ max: 255 }).optional(),
      City: p.string({ max: 255 }).optional(),
      Region: p.string({ max: 255 }).optional(),
      PostalCode: p.string({ max: 32 }).optional(),
      EmergencyEnabled: p.bool().optional(),
      AutoCorrectAddress: p.bool().optional(),
      StreetSecondary: p.string({ max: 255 }).optional(),
    }),
    apply: (_ctx, _rec, q) => {
      const patch: Partial<AddressRecord> = {};
      if (q.FriendlyName !== undefined) patch.friendly_name = q.FriendlyName;
      if (q.CustomerName !== undefined) patch.customer_name = q.CustomerName;
      if (q.Street !== undefined) patch.street = q.Street;
      if (q.City !== undefined) patch.city = q.City;
      if (q.Region !== undefined) patch.region = q.Region;
      if (q.PostalCode !== undefined) patch.postal_code = q.PostalCode;
      if (q.EmergencyEnabled !== undefined) patch.emergency_enabled = q.EmergencyEnabled;
      if (q.StreetSecondary !== undefined) patch.street_secondary = q.StreetSecondary;
      return patch;
    },
  },
  remove: true,
  serialize: (r, ctx) => {
    const json: Wire<Api2010Schemas['api.v2010.account.address']> = {
      account_sid: r.account_sid,
      city: r.city,
      customer_name: r.customer_name,
      date_created: rfc2822Date(r.date_created),
      date_updated: rfc2822Date(r.date_updated),
      friendly_name: r.friendly_name,
      iso_country: r.iso_country,
      postal_code: r.postal_code,
      region: r.region,
      sid: r.sid,
      street: r.street,
      uri: ctx.uri(r),
      emergency_enabled: r.emergency_enabled,
      validated: r.validated,
      verified: r.verified,
      street_secondary: r.street_secondary,
    };
    return json;
  },
});

/**
 * `Addresses/{AddressSid}/DependentPhoneNumbers`: the account's numbers whose AddressSid is this
 * address (https://www.twilio.com/docs/usage/api/address#list-dependent-phone-numbers). Listed from the
 * IncomingPhoneNumbers table grouped by `address_sid`, which only changes through `table.update`
 * (the router's updates), so the group stays right.
 */
export const dependentPhoneNumbers = resource<IncomingPhoneNumberRecord>()({
  name: 'DependentPhoneNumber',
  table: INCOMING_PHONE_NUMBERS_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers`,
  sidPrefix: SidPrefix.PhoneNumber,
  listKey: 'dependent_phone_numbers',
  parent: { table: ADDRESSES_TABLE, param: 'AddressSid', field: 'address_sid', name: 'Address' },
  fetch: false,
  list: {},
  serialize: (r) => {
    const json: Wire<Api2010Schemas['api.v2010.account.address.dependent_phone_number']> = {
      sid: r.sid,
      account_sid: r.account_sid,
      friendly_name: r.friendly_name,
      phone_number: r.phone_number,
      voice_url: r.voice_url,
      voice_method: r.voice_method,
      voice_fallback_method: r.voice_fallback_method,
      voice_fallback_url: r.voice_fallback_url,
      voice_caller_id_lookup: r.voice_caller_id_lookup,
      date_created: rfc2822Date(r.date_created),
      date_updated: rfc2822Date(r.date_updated),
      sms_fallback_method: r.sms_fallback_method,
      sms_fallback_url: r.sms_fallback_url,
      sms_method: r.sms_method,
      sms_url: r.sms_url,
      address_requirements: r.address_requirements,
      // The spec's only example of this resource spells the capabilities Voice/SMS/MMS (unlike IncomingPhoneNumber's voice/sms/mms/fax).
      capabilities: { Voice: r.capabilities.voice, SMS: r.capabilities.sms, MMS: r.capabilities.mms },
      status_callback: r.status_callback,
      status_callback_method: r.status_callback_method,
      api_version: r.api_version,
      sms_application_sid: r.sms_application_sid,
      voice_application_sid: r.voice_application_sid,
      trunk_sid: r.trunk_sid,
      emergency_status: r.emergency_status,
      emergency_address_sid: r.emergency_address_sid,
      uri: `${ACCOUNT_BASE}/${r.account_sid}/IncomingPhoneNumbers/${r.sid}.json`,
    };
    return json;
  },
});

function serializeKey(r: ApiKeyRecord): Wire<Api2010Schemas['api.v2010.account.key']> {
  return { sid: r.sid, friendly_name: r.friendly_name, date_created: rfc2822Date(r.date_created), date_updated: rfc2822Date(r.date_updated) };
}

/** The table of API keys; the simulator authenticates their SID + secret (Face.keyTables). */
export const API_KEYS_TABLE = 'api.keys';

/** API Keys (SK…): created here, then usable as Basic credentials with their secret (FIDELITY §1). */
export const keys = resource<ApiKeyRecord>()({
  name: 'Key',
  table: API_KEYS_TABLE,
  product: 'api',
  path: `${ACCOUNT_BASE}/{AccountSid}/Keys`,
  sidPrefix: SidPrefix.ApiKey,
  listKey: 'keys',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 64 }).optional() }),
    build: (ctx, q) => ({ friendly_name: q.FriendlyName ?? null, secret: ctx.world.entropy.hex32() }),
    after: (ctx, rec) => ctx.sim.apiKeys.set(rec.sid, ctx.world.accountSid),
    // The secret is returned once, on creation (api.v2010.account.new_key).
    respond: (r) => {
      const json: Wire<Api2010Schemas['api.v2010.account.new_key']> = { ...serializeKey(r), secret: r.secret };
      return json;
    },
  },
  update: {
    params: z.object({ FriendlyName: p.string({ max: 64 }).optional() }),
    apply: (_ctx, _rec, q) => (q.FriendlyName !== undefined ? { friendly_name: q.FriendlyName } : {}),
  },
  remove: { after: (ctx, rec) => ctx.sim.apiKeys.delete(rec.sid) },
  serialize: (r) => serializeKey(r),
});

// ---- the Account itself ------------------------------------------------------------------

/** API 2010 (api.twilio.com): the account, its API keys and addresses, phone numbers, messages and calls. */
export const api2010Face: Face = {
  name: 'api2010',
  resources: [addresses, dependentPhoneNumbers, keys, ...phoneNumberResources, messages, messageMedia, calls, shortCodes],
  operations: [...accountOperations, listAvailableCountries, createMessageFeedback],
  keyTables: [API_KEYS_TABLE],
  // Numbers are one pool across accounts: a removed account's numbers go back on sale.
  onAccountRemoved: (sim, accountSid) => void releaseAccount(sim, accountSid),
};
