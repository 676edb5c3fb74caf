import type { BaseRecord } from '../../engine/table.js';
import { INCOMING_PHONE_NUMBERS_TABLE } from '../../registry/numbers/purchase.js';
import type { BrandFeedback, BrandType, IdentityStatus } from '../../registry/tcr/records.js';

/**
 * Stored shapes of the Messaging face's A2P resources (brand registrations, vettings, services,
 * campaigns, number registrations, fees) and their table names, in Twilio's wire casing. TCR's own
 * records are the registry's (registry/tcr/api.ts); the brand attributes its rules decide are
 * re-exported here so the face imports its records from one place.
 */
export type { BrandFeedback, BrandType, IdentityStatus } from '../../registry/tcr/records.js';

/** One item of a brand's or campaign's `errors[]` (FIDELITY §3: `{url, error_code, description, fields[]}`); registration-errors.ts words the registry's rejection so. */
export interface RegistrationError {
  error_code: number;
  description: string;
  fields: string[];
  url: string;
}

/** A campaign's `rate_limits` (FIDELITY §3: `att: {mps, msg_class}, tmobile: {brand_tier}`). */
export interface WireRateLimits {
  att: { mps: number; msg_class: string };
  tmobile: { brand_tier: string };
}

export const A2pTables = {
  brands: 'messaging.brand_registrations',
  vettings: 'messaging.brand_vettings',
  services: 'messaging.services',
  servicePhoneNumbers: 'messaging.service_phone_numbers',
  campaigns: 'messaging.us_app_to_person',
  /** Registration fees Twilio would charge (not a Twilio resource; read by CloudFran's ledger and `/_sim/a2p/fees`). */
  fees: 'a2p.fees',
  /** API 2010 IncomingPhoneNumbers (the numbers face's table, named by the registry's number purchase). */
  incomingPhoneNumbers: INCOMING_PHONE_NUMBERS_TABLE,
} as const;

export type CampaignStatus = 'PENDING' | 'IN_PROGRESS' | 'VERIFIED' | 'FAILED';

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
  rate_limits: WireRateLimits | null;
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

export type BrandStatus = 'PENDING' | 'IN_REVIEW' | 'APPROVED' | 'FAILED' | 'DELETION_PENDING' | 'DELETION_FAILED' | 'SUSPENDED';
/** The sole proprietor's one-time password (FIDELITY §6; error 30752: valid 24 h, confirmed by replying YES). */
export interface OtpState {
  status: 'none' | 'sent' | 'confirmed' | 'expired';
  sent_at: number | null;
  expires_at: number | null;
  /** How many OTP messages were sent (the first on approval, then one per SmsOtp request). */
  sends: number;
}

export interface BrandRecord extends BaseRecord {
  customer_profile_bundle_sid: string;
  a2p_profile_bundle_sid: string;
  brand_type: BrandType;
  status: BrandStatus;
  tcr_id: string | null;
  failure_reason: string | null;
  errors: RegistrationError[];
  brand_score: number | null;
  brand_feedback: BrandFeedback[] | null;
  identity_status: IdentityStatus;
  russell_3000: boolean | null;
  government_entity: boolean | null;
  tax_exempt_status: string | null;
  skip_automatic_sec_vet: boolean;
  mock: boolean;
  otp: OtpState;
  /** Outcome of the automatic secondary vetting of the last review (not on the wire; announced by events). */
  secondary_vetting: { outcome: 'skipped' } | { outcome: 'success'; score: number } | { outcome: 'failure'; errors: Array<{ errorcode: number; errordescription: string }> } | null;
  /** 1 on creation, +1 per resubmission (update). */
  submissions: number;
  /** The brand's record in the neutral TCR (registry/tcr/api.ts), which reviews it; not on the wire until approved (`tcr_id`). */
  registry_brand_id?: string;
}

export type VettingStatus = 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';

export interface VettingRecord extends BaseRecord {
  brand_sid: string;
  vetting_id: string;
  vetting_class: 'STANDARD' | 'POLITICAL';
  vetting_status: VettingStatus;
  vetting_provider: 'campaign-verify' | 'aegis';
  /** Aegis' score once vetted (becomes the brand's score). */
  vetting_score: number | null;
}

export interface ServiceRecord extends BaseRecord {
  friendly_name: string;
  inbound_request_url: string | null;
  inbound_method: 'GET' | 'POST';
  fallback_url: string | null;
  fallback_method: 'GET' | 'POST';
  status_callback: string | null;
  sticky_sender: boolean;
  mms_converter: boolean;
  smart_encoding: boolean;
  scan_message_content: 'inherit' | 'enable' | 'disable';
  fallback_to_long_code: boolean;
  area_code_geomatch: boolean;
  synchronous_validation: boolean;
  validity_period: number;
  usecase: string;
  use_inbound_webhook_on_number: boolean;
}

export interface FeeRecord extends BaseRecord {
  kind: 'brand_registration' | 'secondary_vetting' | 'campaign_vetting';
  resource_sid: string;
  /** USD, as a decimal string (Twilio's prices are strings). */
  amount: string;
  description: string;
}
