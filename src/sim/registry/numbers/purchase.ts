import type { Simulator } from '../../engine/simulator.js';
import type { BaseRecord } from '../../engine/table.js';
import type { World } from '../../engine/world.js';
import { TwilioError } from '../../wire/errors.js';
import { SidPrefix } from '../../wire/sid.js';
import { ADDRESSES_TABLE, checkNumberCompliance } from '../number-compliance.js';
import { areaCode as areaCodeDef, describeNumber, isTollFreePrefix, isValidNpa, type AddressRequirement, type Capabilities, type NumberInfo, type NumberType } from './plan.js';
import { claim, isTaken, ownerOf, release } from './pool.js';
import { firstAvailableIn } from './search.js';

/**
 * Buying, configuring and releasing a phone number: the rules of API 2010 IncomingPhoneNumbers
 * (https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource), callable without
 * HTTP so the CloudFran face buys numbers by the same rules.
 */

/** The account's numbers (TrustHub ChannelEndpointAssignments and Messaging Services refer to them by PN SID). */
export const INCOMING_PHONE_NUMBERS_TABLE = 'api.incoming_phone_numbers';

export type HttpMethod = 'GET' | 'POST';

export interface IncomingPhoneNumberRecord extends BaseRecord {
  phone_number: string;
  friendly_name: string;
  iso_country: string;
  number_type: NumberType;
  capabilities: Capabilities;
  address_requirements: AddressRequirement;
  beta: boolean;
  /** Where the number is, from the number plan (not on the wire; CloudFran shows it). */
  locality: string | null;
  region: string | null;
  postal_code: string | null;
  rate_center: string | null;
  lata: string | null;
  address_sid: string | null;
  bundle_sid: string | null;
  identity_sid: string | null;
  emergency_address_sid: string | null;
  emergency_status: 'Active' | 'Inactive';
  trunk_sid: string | null;
  api_version: string;
  sms_application_sid: string | null;
  sms_url: string | null;
  sms_method: HttpMethod;
  sms_fallback_url: string | null;
  sms_fallback_method: HttpMethod;
  voice_application_sid: string | null;
  voice_url: string | null;
  voice_method: HttpMethod;
  voice_fallback_url: string | null;
  voice_fallback_method: HttpMethod;
  voice_caller_id_lookup: boolean;
  voice_receive_mode: 'voice' | 'fax';
  status_callback: string | null;
  status_callback_method: HttpMethod;
  origin: string;
  status: string;
}

/** What a client may set on a number, on purchase or later (the IncomingPhoneNumber parameters, camel-cased). */
export interface NumberConfig {
  friendlyName?: string;
  apiVersion?: string;
  smsApplicationSid?: string;
  smsUrl?: string;
  smsMethod?: HttpMethod;
  smsFallbackUrl?: string;
  smsFallbackMethod?: HttpMethod;
  voiceApplicationSid?: string;
  voiceUrl?: string;
  voiceMethod?: HttpMethod;
  voiceFallbackUrl?: string;
  voiceFallbackMethod?: HttpMethod;
  voiceCallerIdLookup?: boolean;
  voiceReceiveMode?: 'voice' | 'fax';
  statusCallback?: string;
  statusCallbackMethod?: HttpMethod;
  addressSid?: string;
  bundleSid?: string;
  identitySid?: string;
  emergencyAddressSid?: string;
  emergencyStatus?: 'Active' | 'Inactive';
  trunkSid?: string;
}

export interface PurchaseInput extends NumberConfig {
  phoneNumber?: string;
  areaCode?: string;
  /** Set when buying through IncomingPhoneNumbers/Local, /TollFree or /Mobile: the number must be of that type. */
  numberType?: NumberType;
}

export const NumberError = {
  /** https://www.twilio.com/docs/api/errors/21421 */
  Invalid: 21421,
  /** https://www.twilio.com/docs/api/errors/21422 — not Twilio's, or reserved for another account. */
  NotAvailable: 21422,
  /** https://www.twilio.com/docs/api/errors/21451 */
  InvalidAreaCode: 21451,
  /** Twilio's test credentials document AreaCode 533 → 21452 "no available phone numbers" (https://www.twilio.com/docs/iam/test-credentials). */
  NoneInAreaCode: 21452,
  /** https://www.twilio.com/docs/api/errors/21457 */
  AreaCodeNotSupported: 21457,
  /** https://www.twilio.com/docs/api/errors/21458 */
  TypeMismatch: 21458,
} as const;

const TYPE_RESOURCE: Record<NumberType, string> = { local: 'Local', 'toll-free': 'TollFree', mobile: 'Mobile', national: 'National' };

/** Unseeded simulators still draw numbers deterministically, from a fixed seed. */
export function numberSeed(sim: Simulator): string {
  return sim.seed ?? 'a2p-sim';
}

function requireAddress(world: World, param: string, sid: string | undefined): void {
  if (sid && !world.table(ADDRESSES_TABLE).get(sid)) throw TwilioError.invalidParam(param, `Address ${sid} does not exist in this account`);
}

/** The number a purchase asks for, or Twilio's error for why it cannot have it. */
function chooseNumber(sim: Simulator, input: PurchaseInput): NumberInfo {
  const seed = numberSeed(sim);
  if (input.areaCode !== undefined && input.numberType) {
    throw new TwilioError(
      400,
      NumberError.AreaCodeNotSupported,
      `AreaCode Parameter not Supported: buy through IncomingPhoneNumbers/${TYPE_RESOURCE[input.numberType]} with a PhoneNumber, or through IncomingPhoneNumbers with AreaCode`,
    );
  }
  if (input.phoneNumber !== undefined) {
    const e164 = input.phoneNumber.trim();
    if (!/^\+[1-9]\d{6,14}$/.test(e164))
      throw new TwilioError(400, NumberError.Invalid, `Invalid parameter PhoneNumber: ${input.phoneNumber} is not a phone number in E.164 format (e.g. +14155550100)`);
    const info = describeNumber(seed, e164);
    if (!info || ownerOf(sim, e164)) throw new TwilioError(400, NumberError.NotAvailable, `PhoneNumber ${e164} is not available`);
    if (input.numberType && info.type !== input.numberType) {
      throw new TwilioError(
        400,
        NumberError.TypeMismatch,
        `PhoneNumber Provisioning Type Mismatch: ${e164} is a ${info.type} number and cannot be bought through IncomingPhoneNumbers/${TYPE_RESOURCE[input.numberType]}`,
      );
    }
    return info;
  }
  if (input.areaCode !== undefined) {
    const npa = input.areaCode.trim();
    if (!/^\d{3}$/.test(npa) || !isValidNpa(npa)) throw new TwilioError(400, NumberError.InvalidAreaCode, `Invalid parameter AreaCode: ${input.areaCode} is not a valid North American area code`);
    const taken = isTaken(sim);
    const found = isTollFreePrefix(npa)
      ? (firstAvailableIn({ seed, isoCountry: 'US', type: 'toll-free', areaCode: npa, isTaken: taken }) ??
        firstAvailableIn({ seed, isoCountry: 'CA', type: 'toll-free', areaCode: npa, isTaken: taken }))
      : areaCodeDef(npa) && firstAvailableIn({ seed, isoCountry: areaCodeDef(npa)!.country, type: 'local', areaCode: npa, isTaken: taken });
    if (!found) throw new TwilioError(400, NumberError.NoneInAreaCode, `No phone numbers found in area code ${npa}`);
    return found;
  }
  // Observed body: code 400, "did or area_code is required" (https://github.com/twilio/twilio-cli/issues/98).
  throw new TwilioError(400, 400, 'Missing required parameter PhoneNumber or AreaCode in the post body');
}

function configFields(c: NumberConfig): Partial<IncomingPhoneNumberRecord> {
  const out: Partial<IncomingPhoneNumberRecord> = {};
  const set = <K extends keyof IncomingPhoneNumberRecord>(k: K, v: IncomingPhoneNumberRecord[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('friendly_name', c.friendlyName);
  set('api_version', c.apiVersion);
  set('sms_application_sid', c.smsApplicationSid);
  set('sms_url', c.smsUrl);
  set('sms_method', c.smsMethod);
  set('sms_fallback_url', c.smsFallbackUrl);
  set('sms_fallback_method', c.smsFallbackMethod);
  set('voice_application_sid', c.voiceApplicationSid);
  set('voice_url', c.voiceUrl);
  set('voice_method', c.voiceMethod);
  set('voice_fallback_url', c.voiceFallbackUrl);
  set('voice_fallback_method', c.voiceFallbackMethod);
  set('voice_caller_id_lookup', c.voiceCallerIdLookup);
  set('voice_receive_mode', c.voiceReceiveMode);
  set('status_callback', c.statusCallback);
  set('status_callback_method', c.statusCallbackMethod);
  set('address_sid', c.addressSid);
  set('bundle_sid', c.bundleSid);
  set('identity_sid', c.identitySid);
  set('emergency_address_sid', c.emergencyAddressSid);
  set('emergency_status', c.emergencyStatus);
  set('trunk_sid', c.trunkSid);
  return out;
}

/**
 * Validates a purchase and returns the new number's fields; changes nothing. Throws Twilio's
 * error: 400 (neither PhoneNumber nor AreaCode), 21421 (malformed), 21422 (not Twilio's, or
 * owned by any account), 21451 (invalid area code), 21452 (none left in the area code),
 * 21457/21458 (type sub-resources), 21631 (address requirement).
 */
export function planPurchase(sim: Simulator, world: World, input: PurchaseInput): Omit<IncomingPhoneNumberRecord, keyof BaseRecord> {
  const info = chooseNumber(sim, input);
  requireAddress(world, 'EmergencyAddressSid', input.emergencyAddressSid);
  checkNumberCompliance(world, { isoCountry: info.iso_country, numberType: info.type, phoneNumber: info.phone_number, addressSid: input.addressSid ?? null, bundleSid: input.bundleSid ?? null });
  return {
    phone_number: info.phone_number,
    friendly_name: info.friendly_name,
    iso_country: info.iso_country,
    number_type: info.type,
    capabilities: info.capabilities,
    address_requirements: info.address_requirements,
    beta: info.beta,
    locality: info.locality,
    region: info.region,
    postal_code: info.postal_code,
    rate_center: info.rate_center,
    lata: info.lata,
    address_sid: null,
    bundle_sid: null,
    identity_sid: null,
    emergency_address_sid: null,
    emergency_status: 'Inactive',
    trunk_sid: null,
    api_version: '2010-04-01',
    sms_application_sid: null,
    sms_url: null,
    sms_method: 'POST',
    sms_fallback_url: null,
    sms_fallback_method: 'POST',
    voice_application_sid: null,
    voice_url: null,
    voice_method: 'POST',
    voice_fallback_url: null,
    voice_fallback_method: 'POST',
    voice_caller_id_lookup: false,
    voice_receive_mode: 'voice',
    status_callback: null,
    status_callback_method: 'POST',
    origin: 'twilio',
    status: 'in-use',
    ...configFields(input),
  };
}

/** Marks a stored number as owned (after `planPurchase`, once the record is in the account's table). */
export function claimNumber(sim: Simulator, rec: IncomingPhoneNumberRecord): void {
  claim(sim, rec.phone_number, { account_sid: rec.account_sid, sid: rec.sid });
}

/** Buys a number without HTTP (the CloudFran face): same rules, same record, same pool. */
export function purchaseNumber(sim: Simulator, world: World, input: PurchaseInput): IncomingPhoneNumberRecord {
  const fields = planPurchase(sim, world, input);
  const now = world.now();
  const rec: IncomingPhoneNumberRecord = { sid: world.newSid(SidPrefix.PhoneNumber), account_sid: world.accountSid, date_created: now, date_updated: now, ...fields };
  world.table<IncomingPhoneNumberRecord>(INCOMING_PHONE_NUMBERS_TABLE).insert(rec);
  claimNumber(sim, rec);
  world.touch();
  return rec;
}

/** Validates a configuration change of an owned number and returns the patch; changes nothing. */
export function planUpdate(world: World, rec: IncomingPhoneNumberRecord, input: NumberConfig): Partial<IncomingPhoneNumberRecord> {
  requireAddress(world, 'EmergencyAddressSid', input.emergencyAddressSid);
  if (input.addressSid !== undefined || input.bundleSid !== undefined) {
    checkNumberCompliance(world, {
      isoCountry: rec.iso_country,
      numberType: rec.number_type,
      phoneNumber: rec.phone_number,
      addressSid: input.addressSid ?? rec.address_sid,
      bundleSid: input.bundleSid ?? rec.bundle_sid,
    });
  }
  return configFields(input);
}

/** The number goes back on sale when the account releases it (DELETE) or is removed. */
export function releaseNumber(sim: Simulator, rec: IncomingPhoneNumberRecord): void {
  release(sim, rec.phone_number, rec.sid);
}

/** Releases a number without HTTP (CloudFran): removes it from the account and returns it to the pool. */
export function releaseNumberOf(sim: Simulator, world: World, sid: string): IncomingPhoneNumberRecord | undefined {
  const table = world.table<IncomingPhoneNumberRecord>(INCOMING_PHONE_NUMBERS_TABLE);
  const rec = table.get(sid);
  if (!rec) return undefined;
  table.delete(sid);
  releaseNumber(sim, rec);
  world.touch();
  return rec;
}

/** The account's number with this E.164 value, if it owns it. */
export function ownedNumber(world: World, e164: string): IncomingPhoneNumberRecord | undefined {
  return world.table<IncomingPhoneNumberRecord>(INCOMING_PHONE_NUMBERS_TABLE).firstWhere('phone_number', e164);
}
