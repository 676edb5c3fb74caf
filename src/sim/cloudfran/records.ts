import type { BaseRecord } from '../engine/table.js';

/** CloudFran's own records in a tenant's account (its Twilio resources live in the Twilio tables). */
export const CfTables = {
  brands: 'cloudfran.brands',
  campaigns: 'cloudfran.campaigns',
  numbers: 'cloudfran.phone_numbers',
} as const;

export interface BrandService extends BaseRecord {
  /** serviceId (UUID) */
  sid: string;
  brand_sid: string;
  customer_profile_sid: string;
  trust_product_sid: string;
  business_name: string;
  webhook_url: string | null;
  fee_cents: number;
  /** The last brand status announced by webhook, so each decision is announced once. */
  announced: string | null;
}

export interface CampaignService extends BaseRecord {
  sid: string;
  campaign_sid: string;
  messaging_service_sid: string;
  brand_sid: string;
  campaign_name: string;
  use_case: string;
  monthly_fee_cents: number;
  webhook_url: string | null;
  announced: string | null;
  /** Billing stops once the campaign failed or was deleted. */
  billing: boolean;
}

export type NumberStatus = 'active' | 'pending_cancellation' | 'cancelled_held' | 'released';

export interface NumberService extends BaseRecord {
  sid: string;
  phone_number: string;
  number_sid: string;
  number_type: 'local' | 'tollfree';
  status: NumberStatus;
  annual_fee_cents: number;
  email: string | null;
  webhook_url: string | null;
  messaging_service_sid: string | null;
  purchased_at: number;
  next_billing_at: number | null;
  cancellation_requested_at: number | null;
  cancellation_effective_at: number | null;
  export_scheduled_at: number | null;
  hold_ends_at: number | null;
  released_at: number | null;
  export_id: string | null;
}
