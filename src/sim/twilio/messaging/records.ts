import type { BaseRecord } from '../../engine/table.js';
import type { BrandFeedback, BrandType, IdentityStatus, RegistrationError } from '../../registry/tcr/records.js';

/**
 * Stored shapes of the Messaging face's A2P resources (brand registrations, vettings, services, fees),
 * in Twilio's wire casing. TCR's own records are the registry's (registry/tcr/api.ts); the shapes the
 * registry's sending rules read (campaigns, service phone numbers, table names) are re-exported here so
 * the face imports its records from one place.
 */
export * from '../../registry/tcr/records.js';

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
