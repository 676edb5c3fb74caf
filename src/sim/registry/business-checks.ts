/**
 * What a reviewer finds wrong with a business's data, derived from the data itself (as Twilio's
 * and TCR's vetting would). Shared by the TrustHub profile review and the TCR brand review.
 */
export interface BusinessFinding {
  code: number;
  field: string;
  message: string;
}

/** IRS campus prefixes that are never assigned (https://www.irs.gov/businesses/small-businesses-self-employed/how-eins-are-assigned-and-valid-ein-prefixes). */
const INVALID_EIN_PREFIXES = new Set(['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']);

/** Disposable mail domains Twilio rejects on profile review. */
const DISPOSABLE_DOMAINS = new Set(['mailinator.com', '10minutemail.com', 'temp-mail.org', 'guerrillamail.com', 'yopmail.com', 'trashmail.com', 'sharklasers.com', 'getnada.com']);

export const REGISTRATION_IDENTIFIERS = ['EIN', 'DUNS', 'CCN', 'CBN', 'CN', 'ACN', 'CIN', 'VAT', 'VATRN', 'RN', 'Other'];

export function einProblem(raw: string): string | null {
  const digits = raw.replace(/-/g, '');
  if (!/^\d{9}$/.test(digits) || !/^\d{2}-?\d{7}$/.test(raw.trim())) return `EIN ${raw} is not 9 digits (XX-XXXXXXX)`;
  if (INVALID_EIN_PREFIXES.has(digits.slice(0, 2))) return `EIN ${raw} has prefix ${digits.slice(0, 2)}, which the IRS never assigns`;
  if (/^(\d)\1{8}$/.test(digits)) return `EIN ${raw} is a placeholder, not a registered number`;
  return null;
}

/** `.invalid`, `.test` and `.example` are reserved (RFC 2606) and never resolve: a website there cannot be verified. */
export function websiteProblem(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return `${url} is not a URL`;
  }
  if (/\.(invalid|test|example|localhost)$/.test(host) || host === 'localhost') return `${host} is a reserved domain that cannot be verified`;
  return null;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function isDisposableEmail(email: string): boolean {
  return DISPOSABLE_DOMAINS.has(emailDomain(email));
}

export function usPostalCodeProblem(code: string): string | null {
  return /^\d{5}(-\d{4})?$/.test(code.trim()) ? null : `postal code ${code} is not a US ZIP code`;
}
