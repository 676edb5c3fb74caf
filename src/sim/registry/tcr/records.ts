import type { BaseRecord } from '../../engine/table.js';

/**
 * The registry's rejection reasons and rate limits, and what its sending rules (registry/a2p-sending.ts,
 * tollfree-verification.ts) still read of the Messaging face's A2P tables: their names, campaigns and
 * service phone numbers. The face's own shapes (brands, vettings, services, fees) are in
 * twilio/messaging/records.ts; the neutral TCR's records are in api.ts.
 */
export const A2pTables = {
  brands: 'messaging.brand_registrations',
  vettings: 'messaging.brand_vettings',
  services: 'messaging.services',
  servicePhoneNumbers: 'messaging.service_phone_numbers',
  campaigns: 'messaging.us_app_to_person',
  /** Registration fees Twilio would charge (not a Twilio resource; read by CloudFran's ledger and `/_sim/a2p/fees`). */
  fees: 'a2p.fees',
  /** API 2010 IncomingPhoneNumbers (owned by the numbers face). */
  incomingPhoneNumbers: 'api.incoming_phone_numbers',
} as const;

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

export type CampaignStatus = 'PENDING' | 'IN_PROGRESS' | 'VERIFIED' | 'FAILED';

export interface RateLimits {
  att: { mps: number; msg_class: string };
  tmobile: { brand_tier: string };
}

export interface CampaignRecord extends BaseRecord {
  brand_registration_sid: string;
  messaging_service_sid: string;
  description: string;
  message_samples: string[];
  us_app_to_person_usecase: string;
  has_embedded_links: boolean;
  has_embedded_phone: boolean;
  subscriber_opt_in: boolean;
  age_gated: boolean;
  direct_lending: boolean;
  campaign_status: CampaignStatus;
  /** TCR's campaign ID (`C` + 6 characters), assigned on submission. */
  campaign_id: string;
  is_externally_registered: boolean;
  rate_limits: RateLimits | null;
  message_flow: string;
  opt_in_message: string | null;
  opt_out_message: string | null;
  help_message: string | null;
  opt_in_keywords: string[] | null;
  opt_out_keywords: string[] | null;
  help_keywords: string[] | null;
  privacy_policy_url: string | null;
  terms_and_conditions_url: string | null;
  mock: boolean;
  errors: RegistrationError[];
  /** The campaign's SID in Event Streams payloads and number registrations (FIDELITY §2: CM…). */
  campaign_sid: string;
  submissions: number;
}

/** 10DLC number registration of a number in a Messaging Service (FIDELITY §7; Event Streams number-registration). */
export type NumberRegistrationStatus = 'unregistered' | 'pending' | 'successful' | 'failed';

export interface ServicePhoneNumberRecord extends BaseRecord {
  /** The IncomingPhoneNumber's SID (PN…) is this resource's SID. */
  service_sid: string;
  phone_number: string;
  country_code: string;
  capabilities: string[];
  registration_status: NumberRegistrationStatus;
  /** The campaign (QE…) the number is (being) registered to. */
  registration_campaign: string | null;
  registration_error: RegistrationError | null;
  /** Its link to the campaign in the neutral TCR while it registers or is registered (none for a campaign registered elsewhere). */
  registry_link_id?: string | null;
}

/** What the simulator knows of an IncomingPhoneNumber (the numbers face owns the full record). */
export interface IncomingNumberView {
  sid: string;
  account_sid: string;
  phone_number: string;
  friendly_name?: string | null;
  iso_country?: string;
  capabilities?: { voice?: boolean; sms?: boolean; mms?: boolean; fax?: boolean };
  /** local | toll-free | mobile (the numbers face may name it `number_type` or `type`). */
  number_type?: string;
  type?: string;
}
