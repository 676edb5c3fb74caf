/**
 * The registry's rejection reasons and rate limits, a brand's identity and the attributes its rules
 * decide (api.ts re-exports them). The
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

export type TcrEntityType = 'PRIVATE_PROFIT' | 'PUBLIC_PROFIT' | 'NON_PROFIT' | 'GOVERNMENT' | 'SOLE_PROPRIETOR';

/** A brand's identity as TCR's CSP API takes it. */
export interface TcrBrandIdentity {
  entityType: TcrEntityType;
  displayName: string;
  companyName?: string;
  firstName?: string;
  lastName?: string;
  ein?: string;
  einIssuingCountry?: string;
  altBusinessId?: string;
  altBusinessIdType?: string;
  phone?: string;
  mobilePhone?: string;
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country: string;
  email?: string;
  website?: string;
  vertical?: string;
  stockSymbol?: string;
  stockExchange?: string;
  brandRelationship?: 'BASIC_ACCOUNT' | 'SMALL_ACCOUNT' | 'MEDIUM_ACCOUNT' | 'LARGE_ACCOUNT' | 'KEY_ACCOUNT';
  resellerId?: string;
  /** A test brand: reviewed in minutes and never sent to the carriers. */
  mock?: boolean;
  /** Leave out the automatic Aegis vetting (low-volume standard brands). */
  skipAutomaticSecVet?: boolean;
}
