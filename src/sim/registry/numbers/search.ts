import {
  areaCodes,
  country as countryDef,
  describeNumber,
  digest,
  isAssignableNxx,
  localityIndexOf,
  pickIndex,
  tollFreeCountryOf,
  tollFreePrefixes,
  type AreaCode,
  type NumberInfo,
  type NumberType,
} from './plan.js';

/**
 * The AvailablePhoneNumbers search (https://www.twilio.com/docs/phone-numbers/api/availablephonenumberlocal-resource),
 * as a pure function: the same (seed, country, type, query) always yields the same numbers, in the
 * same order, minus the numbers someone owns. Numbers are generated, never listed: a candidate
 * sequence is derived from the query's hash, each candidate is described by the number plan, and
 * kept when it passes every filter.
 */
export interface NumberQuery {
  areaCode?: string;
  /** Twilio's pattern: digits, letters (keypad) and `*` (any one digit). */
  contains?: string;
  smsEnabled?: boolean;
  mmsEnabled?: boolean;
  voiceEnabled?: boolean;
  faxEnabled?: boolean;
  excludeAllAddressRequired?: boolean;
  excludeLocalAddressRequired?: boolean;
  excludeForeignAddressRequired?: boolean;
  beta?: boolean;
  inPostalCode?: string;
  inRegion?: string;
  inRateCenter?: string;
  inLata?: string;
  inLocality?: string;
  /** Resolved by the caller from NearNumber or NearLatLong. */
  near?: { latitude: number; longitude: number; miles: number };
}

/** Twilio lists at most 30 available numbers unless asked for more (twilio-node#316, twilio-php#632), and never pages them. */
export const DEFAULT_RESULTS = 30;

const KEYPAD: Record<string, string> = {
  A: '2',
  B: '2',
  C: '2',
  D: '3',
  E: '3',
  F: '3',
  G: '4',
  H: '4',
  I: '4',
  J: '5',
  K: '5',
  L: '5',
  M: '6',
  N: '6',
  O: '6',
  P: '7',
  Q: '7',
  R: '7',
  S: '7',
  T: '8',
  U: '8',
  V: '8',
  W: '9',
  X: '9',
  Y: '9',
  Z: '9',
};

/** `STORM` → `78676`, `510555****` unchanged; a leading `+` is dropped (the pattern is matched against E.164 digits). */
export function containsPattern(raw: string): string {
  return raw
    .replace(/^\+/, '')
    .toUpperCase()
    .replace(/[A-Z]/g, (c) => KEYPAD[c]!);
}

export function matchesPattern(digits: string, pattern: string): boolean {
  outer: for (let o = 0; o + pattern.length <= digits.length; o++) {
    for (let j = 0; j < pattern.length; j++) if (pattern[j] !== '*' && pattern[j] !== digits[o + j]) continue outer;
    return true;
  }
  return false;
}

/** Great-circle distance in miles (Twilio's Distance is in miles). */
export function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** Whether a described number satisfies every filter of the query. */
export function matchesQuery(n: NumberInfo, q: NumberQuery, pattern: string | undefined): boolean {
  const digits = n.phone_number.slice(1);
  if (q.areaCode !== undefined && !nationalNumber(n).startsWith(q.areaCode)) return false;
  if (pattern !== undefined && !matchesPattern(digits, pattern)) return false;
  if (q.smsEnabled !== undefined && n.capabilities.sms !== q.smsEnabled) return false;
  if (q.mmsEnabled !== undefined && n.capabilities.mms !== q.mmsEnabled) return false;
  if (q.voiceEnabled !== undefined && n.capabilities.voice !== q.voiceEnabled) return false;
  if (q.faxEnabled !== undefined && n.capabilities.fax !== q.faxEnabled) return false;
  if (q.excludeAllAddressRequired && n.address_requirements !== 'none') return false;
  if (q.excludeLocalAddressRequired && n.address_requirements === 'local') return false;
  if (q.excludeForeignAddressRequired && n.address_requirements === 'foreign') return false;
  if (q.beta === false && n.beta) return false;
  if (q.inRegion !== undefined && norm(n.region ?? '') !== norm(q.inRegion)) return false;
  if (q.inLocality !== undefined && norm(n.locality ?? '') !== norm(q.inLocality)) return false;
  if (q.inRateCenter !== undefined && norm(n.rate_center ?? '') !== norm(q.inRateCenter)) return false;
  if (q.inLata !== undefined && n.lata !== q.inLata) return false;
  // A Canadian forward sortation area (`M5V`) selects its postal codes, as a ZIP selects itself.
  if (q.inPostalCode !== undefined && !(n.postal_code && norm(n.postal_code).startsWith(norm(q.inPostalCode)))) return false;
  if (q.near && !(n.latitude !== null && n.longitude !== null && milesBetween(q.near, { latitude: n.latitude, longitude: n.longitude }) <= q.near.miles)) return false;
  return true;
}

/** The number without its country code: `4155550123` for +14155550123. */
export function nationalNumber(n: Pick<NumberInfo, 'phone_number' | 'iso_country'>): string {
  const dial = countryDef(n.iso_country)?.dial_code ?? '';
  return n.phone_number.slice(1 + dial.length);
}

/** A range numbers are drawn from: an area code's locality, a toll-free prefix, or a national prefix. */
interface Block {
  /** E.164 digits every number of the block starts with. */
  lead: string;
  /** E.164 digit count. */
  length: number;
  area?: AreaCode;
  localityIndex?: number;
  tollFree?: boolean;
}

function blocksFor(seedCountry: string, type: NumberType, q: NumberQuery): Block[] {
  const c = countryDef(seedCountry);
  const def = c?.types[type];
  if (!c || !def) return [];
  const blocks: Block[] = [];
  if (def.plan === 'nanp') {
    for (const area of areaCodes()) {
      if (area.country !== c.iso_country || (q.areaCode !== undefined && area.npa !== q.areaCode)) continue;
      for (let i = 0; i < area.localities.length; i++) blocks.push({ lead: `1${area.npa}`, length: 11, area, localityIndex: i });
    }
  } else if (def.plan === 'nanp-toll-free') {
    for (const npa of tollFreePrefixes()) if (q.areaCode === undefined || npa === q.areaCode) blocks.push({ lead: `1${npa}`, length: 11, tollFree: true });
  } else {
    for (const p of def.prefixes ?? []) {
      // Outside North America an AreaCode selects national prefixes that begin with it (Berlin: 30).
      if (q.areaCode !== undefined && !(p.prefix.startsWith(q.areaCode) || q.areaCode.startsWith(p.prefix))) continue;
      blocks.push({ lead: c.dial_code + p.prefix, length: c.dial_code.length + p.prefix.length + p.subscriber_digits });
    }
  }
  // Blocks that cannot satisfy a geographic filter are dropped before drawing, so narrow searches stay cheap.
  return blocks.filter((b) => {
    const loc = b.area?.localities[b.localityIndex!];
    if (!loc) return true;
    if (q.inRegion !== undefined && norm(b.area!.region) !== norm(q.inRegion)) return false;
    if (q.inLocality !== undefined && norm(loc.locality) !== norm(q.inLocality)) return false;
    if (q.inRateCenter !== undefined && norm(loc.rate_center) !== norm(q.inRateCenter)) return false;
    if (q.inLata !== undefined && loc.lata !== q.inLata) return false;
    if (q.inPostalCode !== undefined && !loc.postal_codes.some((z) => norm(z).startsWith(norm(q.inPostalCode!)))) return false;
    if (q.near && milesBetween(q.near, loc) > q.near.miles) return false;
    return true;
  });
}

function digitsFrom(h: Buffer, at: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(h[(at + i) % 32]! % 10);
  return out;
}

/** One candidate number of a block from a digest; undefined when the draw cannot fit the block. */
function draw(seed: string, block: Block, h: Buffer): string | undefined {
  if (block.area) {
    // The exchange decides the locality (plan.ts), so draw exchanges until one serves this block's locality.
    for (let k = 0; k < 64; k++) {
      const nxx = String(200 + ((h.readUInt32BE(4) + k * 7919) % 800));
      if (isAssignableNxx(nxx) && localityIndexOf(seed, block.area, nxx) === block.localityIndex) return `${block.lead}${nxx}${digitsFrom(h, 8, 4)}`;
    }
    return undefined;
  }
  if (block.tollFree) {
    const nxx = String(200 + (h.readUInt32BE(4) % 800));
    return isAssignableNxx(nxx) ? `${block.lead}${nxx}${digitsFrom(h, 8, 4)}` : undefined;
  }
  return block.lead + digitsFrom(h, 8, block.length - block.lead.length);
}

/** Where a pattern can sit in a block's numbers without contradicting the block's fixed lead. */
function patternOffsets(lead: string, length: number, pattern: string): number[] {
  const offsets: number[] = [];
  for (let o = 0; o + pattern.length <= length; o++) {
    let ok = true;
    for (let j = 0; j < pattern.length && ok; j++) if (o + j < lead.length && pattern[j] !== '*' && pattern[j] !== lead[o + j]) ok = false;
    if (ok) offsets.push(o);
  }
  return offsets;
}

/** Writes the pattern over the candidate where it agrees with the block's fixed lead; undefined when it never can. */
function overlay(candidate: string, lead: string, pattern: string, h: Buffer): string | undefined {
  const offsets = patternOffsets(lead, candidate.length, pattern);
  if (!offsets.length) return undefined;
  const o = offsets[pickIndex(h, 20, offsets.length)]!;
  const chars = candidate.split('');
  for (let j = 0; j < pattern.length; j++) if (pattern[j] !== '*') chars[o + j] = pattern[j]!;
  return chars.join('');
}

/** The query as a stable string: the same filters in any order draw the same numbers. */
export function queryKey(q: NumberQuery): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(q)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
}

/**
 * Up to `limit` available numbers for a query, in a stable order. `isTaken` says whether a number
 * is owned by any account (the pool is global: a number bought by one account is gone for all).
 */
export function searchNumbers(input: { seed: string; isoCountry: string; type: NumberType; query: NumberQuery; limit: number; isTaken: (e164: string) => boolean }): NumberInfo[] {
  const { seed, isoCountry, type, query, limit, isTaken } = input;
  const pattern = query.contains !== undefined ? containsPattern(query.contains) : undefined;
  // Only blocks the pattern can fit in are drawn from: `Contains=510***77` draws from area code 510 alone.
  const blocks = blocksFor(isoCountry, type, query).filter((b) => pattern === undefined || patternOffsets(b.lead, b.length, pattern).length > 0);
  if (!blocks.length || limit <= 0) return [];
  const key = queryKey(query);
  const found: NumberInfo[] = [];
  const seen = new Set<string>();
  const attempts = limit * 40 + 400;
  for (let i = 0; i < attempts && found.length < limit; i++) {
    const h = digest(seed, 'search', isoCountry, type, key, i);
    const block = blocks[pickIndex(h, 0, blocks.length)]!;
    let candidate = draw(seed, block, h);
    if (candidate && pattern) candidate = overlay(candidate, block.lead, pattern, h);
    if (!candidate || seen.has(candidate)) continue;
    seen.add(candidate);
    if (block.tollFree && tollFreeCountryOf(seed, candidate) !== isoCountry) continue;
    const e164 = `+${candidate}`;
    if (isTaken(e164)) continue;
    const info = describeNumber(seed, e164);
    if (!info || info.iso_country !== isoCountry || info.type !== type || !matchesQuery(info, query, pattern)) continue;
    found.push(info);
  }
  return found;
}

/** The first available number of an area code (buying with AreaCode instead of PhoneNumber). */
export function firstAvailableIn(input: { seed: string; isoCountry: string; type: NumberType; areaCode: string; isTaken: (e164: string) => boolean }): NumberInfo | undefined {
  return searchNumbers({ seed: input.seed, isoCountry: input.isoCountry, type: input.type, query: { areaCode: input.areaCode }, limit: 1, isTaken: input.isTaken })[0];
}
