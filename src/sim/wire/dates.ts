/** FIDELITY §1: v1/v2 dates are ISO-8601 UTC without milliseconds; 2010 dates are RFC 2822 with +0000. */

/**
 * The latest date the wire can carry: the end of year 9999, the last one ISO 8601 and RFC 2822 write
 * with four digits (JavaScript's Date goes on to +275760 and then throws "Invalid time value").
 * Simulated clocks stop here (engine/clock.ts).
 */
export const LATEST_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A formatter must never throw: a date out of range (a corrupted clock, an old data file) is clamped to 1970…9999. */
export function clampDateMs(ms: number): number {
  if (ms >= 0 && ms <= LATEST_DATE_MS) return ms;
  return ms > LATEST_DATE_MS ? LATEST_DATE_MS : 0;
}

let lastIsoMs = NaN;
let lastIso = '';

export function isoDate(ms: number): string {
  // Records created in the same simulated second share their date: format it once.
  if (ms !== lastIsoMs) {
    lastIso = new Date(clampDateMs(ms)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    lastIsoMs = ms;
  }
  return lastIso;
}

export function isoDateOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : isoDate(ms);
}

export function rfc2822Date(ms: number): string {
  return new Date(clampDateMs(ms)).toUTCString().replace(/GMT$/, '+0000');
}

export function rfc2822DateOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : rfc2822Date(ms);
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
