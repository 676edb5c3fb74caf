/**
 * The registry's rejection reasons and rate limits, and the brand attributes its rules decide. The
 * Twilio face's shapes (its tables, brands, campaigns, number registrations) are in
 * twilio/messaging/records.ts; the neutral TCR's records are in api.ts.
 */

export type BrandType = 'STANDARD' | 'SOLE_PROPRIETOR';
export type IdentityStatus = 'SELF_DECLARED' | 'UNVERIFIED' | 'VERIFIED' | 'VETTED_VERIFIED';
export type BrandFeedback = 'TAX_ID' | 'STOCK_SYMBOL' | 'NONPROFIT' | 'GOVERNMENT_ENTITY' | 'OTHERS';

/** One item of a brand's or campaign's `errors[]` (FIDELITY §3: `{url, error_code, description, fields[]}`). */
export interface RegistrationError {
  error_code: number;
  description: string;
  fields: string[];
  url: string;
}

export interface RateLimits {
  att: { mps: number; msg_class: string };
  tmobile: { brand_tier: string };
}
