import { createHash } from 'node:crypto';
import { loadFixture } from '../fixtures.js';

/**
 * The number plan the simulator sells from (fixtures/numbers/): which countries, which number
 * types, which prefixes, and what a number in each prefix looks like. Nothing here is random:
 * every attribute of a number (locality, postal code, capabilities) is a pure function of
 * (seed, number), so a number found by a search has the same attributes when it is bought.
 */

/** `national`: non-geographic numbers valid across a country (GB 03, DE 032, FR 09), sold outside North America. */
export type NumberType = 'local' | 'toll-free' | 'mobile' | 'national';
export const NUMBER_TYPES: readonly NumberType[] = ['local', 'toll-free', 'mobile', 'national'];
export type AddressRequirement = 'none' | 'any' | 'local' | 'foreign';

export interface Capabilities {
  voice: boolean;
  sms: boolean;
  mms: boolean;
  fax: boolean;
}

interface PrefixDef {
  prefix: string;
  subscriber_digits: number;
  locality?: string;
  region?: string;
}

interface TypeDef {
  plan?: 'nanp' | 'nanp-toll-free';
  address_requirements: AddressRequirement;
  /** Share of numbers having each capability (1 = all, 0 = none). */
  capabilities: Record<keyof Capabilities, number>;
  prefixes?: PrefixDef[];
}

export interface CountryDef {
  iso_country: string;
  country: string;
  dial_code: string;
  beta: boolean;
  /** Indicative USD list prices, unsigned, five decimals as Twilio prints them. */
  prices: { sms: string; mms: string | null; voice_per_minute: string };
  types: Partial<Record<NumberType, TypeDef>>;
}

export interface NanpLocality {
  locality: string;
  rate_center: string;
  lata: string | null;
  postal_codes: string[];
  latitude: number;
  longitude: number;
}

export interface AreaCode {
  npa: string;
  country: string;
  region: string;
  localities: NanpLocality[];
}

/** A phone number as the inventory describes it (the AvailablePhoneNumber fields, plus its type). */
export interface NumberInfo {
  phone_number: string;
  friendly_name: string;
  iso_country: string;
  type: NumberType;
  locality: string | null;
  region: string | null;
  postal_code: string | null;
  rate_center: string | null;
  lata: string | null;
  latitude: number | null;
  longitude: number | null;
  address_requirements: AddressRequirement;
  beta: boolean;
  capabilities: Capabilities;
}

const COUNTRIES = loadFixture<{ countries: CountryDef[] }>('numbers/countries.json').countries;
const NANP = loadFixture<{ toll_free_prefixes: string[]; non_us_area_codes: Record<string, string[]>; area_codes: AreaCode[] }>('numbers/nanp.json');
const AREA_BY_NPA = new Map(NANP.area_codes.map((a) => [a.npa, a]));
const NON_US_NPA = new Map(Object.entries(NANP.non_us_area_codes).flatMap(([iso, npas]) => npas.map((npa) => [npa, iso] as const)));
const TOLL_FREE = new Set(NANP.toll_free_prefixes);

export function countries(): readonly CountryDef[] {
  return COUNTRIES;
}

export function country(iso: string): CountryDef | undefined {
  return COUNTRIES.find((c) => c.iso_country === iso.toUpperCase());
}

export function areaCodes(): readonly AreaCode[] {
  return NANP.area_codes;
}

export function areaCode(npa: string): AreaCode | undefined {
  return AREA_BY_NPA.get(npa);
}

export function tollFreePrefixes(): readonly string[] {
  return NANP.toll_free_prefixes;
}

export function isTollFreePrefix(npa: string): boolean {
  return TOLL_FREE.has(npa);
}

export function addressRequirementOf(iso: string, type: NumberType): AddressRequirement | undefined {
  return country(iso)?.types[type]?.address_requirements;
}

// ---- hashing: every "random" attribute comes from here ------------------------------------

/** sha256 of the parts, the seed first: the simulator's only source of number-plan randomness. */
export function digest(seed: string, ...parts: Array<string | number>): Buffer {
  return createHash('sha256')
    .update([seed, ...parts].join('|'))
    .digest();
}

/** A uniform float in [0, 1) from four bytes of a digest. */
export function unit(h: Buffer, at: number): number {
  return h.readUInt32BE(at % 28) / 2 ** 32;
}

export function pickIndex(h: Buffer, at: number, n: number): number {
  return h.readUInt32BE(at % 28) % n;
}

// ---- NANP rules ---------------------------------------------------------------------------

/**
 * A central-office code (NXX) that can hold a number: first digit 2–9, not an N11 service code,
 * not 555 (directory/fictional). https://nationalnanpa.com/number_resource_info/co_codes.html
 */
export function isAssignableNxx(nxx: string): boolean {
  return /^[2-9]\d\d$/.test(nxx) && !/^[2-9]11$/.test(nxx) && nxx !== '555';
}

/**
 * A well-formed North American area code: first digit 2–9, second digit not 9 (N9X is the
 * expansion reserve), not an N11 service code, not 37X/96X (reserved) or 555.
 * https://nationalnanpa.com/area_codes/index.html
 */
export function isValidNpa(npa: string): boolean {
  return /^[2-9][0-8]\d$/.test(npa) && !/^[2-9]11$/.test(npa) && !/^(37|96)\d$/.test(npa) && npa !== '555';
}

/** Which of an area code's localities a central-office code serves (stable under the seed). */
export function localityIndexOf(seed: string, area: AreaCode, nxx: string): number {
  return area.localities.length === 1 ? 0 : pickIndex(digest(seed, 'nxx', area.npa, nxx), 0, area.localities.length);
}

/**
 * NANP toll-free numbers are one pool shared by the US and Canada; each number is listed under
 * one of the two (mostly the US), so a number found under CA/TollFree is Canadian when bought.
 */
export function tollFreeCountryOf(seed: string, digits: string): 'US' | 'CA' {
  return unit(digest(seed, 'tf-country', digits), 0) < 0.15 ? 'CA' : 'US';
}

function capabilitiesOf(seed: string, digits: string, rates: Record<keyof Capabilities, number>): Capabilities {
  const h = digest(seed, 'cap', digits);
  const voice = unit(h, 0) < rates.voice;
  const sms = unit(h, 4) < rates.sms;
  return { voice, sms, mms: sms && unit(h, 8) < rates.mms, fax: voice && unit(h, 12) < rates.fax };
}

export function formatNanp(digits: string): string {
  return `(${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`;
}

// ---- describing a number ------------------------------------------------------------------

interface Parsed {
  country: CountryDef;
  type: NumberType;
  digits: string;
  area?: AreaCode;
  locality?: NanpLocality;
  prefix?: PrefixDef;
}

function parseDigits(seed: string, digits: string): Parsed | undefined {
  if (digits.startsWith('1')) {
    if (digits.length !== 11) return undefined;
    const npa = digits.slice(1, 4);
    const nxx = digits.slice(4, 7);
    if (!isAssignableNxx(nxx)) return undefined;
    if (isTollFreePrefix(npa)) {
      const c = country(tollFreeCountryOf(seed, digits));
      return c?.types['toll-free'] ? { country: c, type: 'toll-free', digits } : undefined;
    }
    const area = areaCode(npa);
    const c = area && country(area.country);
    if (!area || !c?.types.local) return undefined;
    return { country: c, type: 'local', digits, area, locality: area.localities[localityIndexOf(seed, area, nxx)]! };
  }
  let best: Parsed | undefined;
  for (const c of COUNTRIES) {
    if (c.dial_code === '1' || !digits.startsWith(c.dial_code)) continue;
    const nsn = digits.slice(c.dial_code.length);
    for (const type of NUMBER_TYPES) {
      for (const p of c.types[type]?.prefixes ?? []) {
        if (!nsn.startsWith(p.prefix) || nsn.length !== p.prefix.length + p.subscriber_digits) continue;
        if (!best || p.prefix.length > best.prefix!.prefix.length) best = { country: c, type, digits, prefix: p };
      }
    }
  }
  return best;
}

/**
 * Everything the inventory knows about a number, or undefined when the number is not one the
 * simulator's Twilio could ever sell (unknown prefix, malformed, reserved exchange).
 */
export function describeNumber(seed: string, e164: string): NumberInfo | undefined {
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return undefined;
  const p = parseDigits(seed, e164.slice(1));
  if (!p) return undefined;
  const typeDef = p.country.types[p.type]!;
  const nanp = p.country.dial_code === '1';
  let postal: string | null = null;
  if (p.locality) {
    const codes = p.locality.postal_codes;
    postal = codes[pickIndex(digest(seed, 'zip', p.digits.slice(0, 7)), 0, codes.length)]!;
  }
  return {
    phone_number: e164,
    friendly_name: nanp ? formatNanp(p.digits) : e164,
    iso_country: p.country.iso_country,
    type: p.type,
    locality: p.locality?.locality ?? p.prefix?.locality ?? null,
    region: p.area?.region ?? p.prefix?.region ?? null,
    postal_code: postal,
    rate_center: p.locality?.rate_center ?? null,
    lata: p.locality?.lata ?? null,
    latitude: p.locality?.latitude ?? null,
    longitude: p.locality?.longitude ?? null,
    address_requirements: typeDef.address_requirements,
    beta: p.country.beta,
    capabilities: capabilitiesOf(seed, p.digits, typeDef.capabilities),
  };
}

/**
 * The country an E.164 number belongs to, for any destination, sold here or not: by dialling
 * code, and inside the NANP by area code (Canada and the Caribbean share +1 with the US).
 */
export function countryOfNumber(e164: string): string | undefined {
  const digits = e164.replace(/^\+/, '');
  if (digits.startsWith('1')) {
    const npa = digits.slice(1, 4);
    return NON_US_NPA.get(npa) ?? (isValidNpa(npa) || isTollFreePrefix(npa) ? 'US' : undefined);
  }
  return COUNTRIES.find((c) => c.dial_code !== '1' && digits.startsWith(c.dial_code))?.iso_country;
}
