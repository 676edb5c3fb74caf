import type { BrandRecord, CampaignRecord, RegistrationError, ServicePhoneNumberRecord } from './records.js';

/**
 * The `data` of A2P Event Streams events, built from the records (FIDELITY §4; field names as in
 * https://www.twilio.com/docs/messaging/compliance/a2p-10dlc/event-streams-setup and the event type
 * pages under https://www.twilio.com/docs/events/event-types/a2p/). Dates are epoch milliseconds.
 */
export type BrandEventKind = 'registered' | 'failure' | 'verified' | 'unverified' | 'vetted-verified' | 'secondary-vetting-failure';

const IDENTITY: Record<string, string> = { VERIFIED: 'verified', UNVERIFIED: 'unverified', VETTED_VERIFIED: 'vetted_verified', SELF_DECLARED: 'self_declared' };

export function brandEventData(
  brand: BrandRecord,
  kind: BrandEventKind,
  extra: { vettingScore?: number; vettingErrors?: Array<{ errorcode: number; errordescription: string }> } = {},
): Record<string, unknown> {
  const base: Record<string, unknown> = {
    accountsid: brand.account_sid,
    brandsid: brand.sid,
    brandstatus: brand.status === 'FAILED' ? 'registration_failed' : 'registered',
    identitystatus: kind === 'secondary-vetting-failure' ? 'vetting_failed' : (IDENTITY[brand.identity_status] ?? brand.identity_status.toLowerCase()),
    createddate: brand.date_created,
    updateddate: brand.date_updated,
  };
  if (kind === 'failure') {
    base.brandregistrationerrors = brand.errors.map((e) => ({
      registrationerrorcode: e.error_code,
      registrationerrordescription: e.description,
      registrationerrorurl: e.url,
      registrationerrorfields: e.fields,
    }));
    return base;
  }
  base.externalbrandid = brand.tcr_id;
  base.brandfeedback = (brand.brand_feedback ?? []).join(',');
  if (kind === 'vetted-verified') {
    base.brandvettingoutcome = 'success';
    base.vettingscore = extra.vettingScore ?? brand.brand_score;
    base.brandscore = brand.brand_score;
  }
  if (kind === 'secondary-vetting-failure') {
    base.brandvettingoutcome = 'failure';
    base.brandvettingerrors = extra.vettingErrors ?? [];
  }
  return base;
}

export type CampaignEventKind = 'submitted' | 'failure' | 'approved' | 'deleted';

const CAMPAIGN_STATUS: Record<CampaignEventKind, string> = { submitted: 'pending', failure: 'failure', approved: 'approved', deleted: 'deleted' };

export function campaignEventData(campaign: CampaignRecord, kind: CampaignEventKind, now: number): Record<string, unknown> {
  const data: Record<string, unknown> = {
    a2pusecase: campaign.us_app_to_person_usecase,
    accountsid: campaign.account_sid,
    brandsid: campaign.brand_registration_sid,
    campaignsid: campaign.campaign_sid,
    messagingservicesid: campaign.messaging_service_sid,
    campaignregistrationstatus: CAMPAIGN_STATUS[kind],
    externalcampaignid: campaign.campaign_id,
    createddate: campaign.date_created,
    updateddate: campaign.date_updated,
    timestamp: now,
  };
  if (kind === 'failure' && campaign.errors[0]) data.errorcode = campaign.errors[0].error_code;
  return data;
}

export type NumberEventKind = 'pending' | 'successful' | 'failed' | 'deregistration-pending' | 'deregistration-successful';

const EXTERNAL_STATUS: Record<NumberEventKind, string> = {
  pending: 'pending',
  successful: 'registered',
  failed: 'failure',
  'deregistration-pending': 'pending_deregistration',
  'deregistration-successful': 'unregistered',
};

export function numberEventData(
  entry: Pick<ServicePhoneNumberRecord, 'sid' | 'account_sid' | 'phone_number' | 'service_sid' | 'date_updated'>,
  campaignSid: string | null,
  kind: NumberEventKind,
  now: number,
  error: RegistrationError | null = null,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    accountsid: entry.account_sid,
    campaignsid: campaignSid,
    externalstatus: EXTERNAL_STATUS[kind],
    phonenumbersid: entry.sid,
    phonenumber: entry.phone_number,
    messagingservicesid: entry.service_sid,
    timestamp: now,
    updateddate: entry.date_updated,
  };
  if (error) data.failureReason = error.url;
  return data;
}
