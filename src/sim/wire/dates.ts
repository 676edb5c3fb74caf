/** FIDELITY §1: v1/v2 dates are ISO-8601 UTC without milliseconds; 2010 dates are RFC 2822 with +0000. */
let lastIsoMs = NaN;
let lastIso = '';

export function isoDate(ms: number): string {
  // Records created in the same simulated second share their date: format it once.
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return lastIso;
}

export function isoDateOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : isoDate(ms);
}

export function rfc2822Date(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

export function rfc2822DateOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : rfc2822Date(ms);
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
