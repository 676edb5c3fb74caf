/**
 * The registry's rejection reasons and rate limits, and the brand attributes its rules decide. The
 * Twilio face's shapes (its tables, brands, campaigns, number registrations) are in
 * twilio/messaging/records.ts; the neutral TCR's records are in api.ts.
 */

export type BrandType = 'STANDARD' | 'SOLE_PROPRIETOR';
export type IdentityStatus = 'SELF_DECLARED' | 'UNVERIFIED' | 'VERIFIED' | 'VETTED_VERIFIED';
export type BrandFeedback = 'TAX_ID' | 'STOCK_SYMBOL' | 'NONPROFIT' | 'GOVERNMENT_ENTITY' | 'OTHERS';

/**
 * Why TCR rejected a brand, a campaign or a number's link: TCR's reason code (errors.ts), its
 * description and the fields at fault. Each face words it on its own wire: Twilio's `errors[]` item
 * adds its docs URL, Bird's `rejection` keeps the code and the description.
 */
export interface TcrRejection {
  code: number;
  description: string;
  fields: string[];
}

/** The carriers' limits for an approved campaign: AT&T's message class and throughput, T-Mobile's brand tier. */
export interface RateLimits {
  att: { mps: number; messageClass: string };
  tmobile: { brandTier: string };
}
