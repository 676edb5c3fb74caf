import { z } from 'zod';

/**
 * Request and response schemas of the CloudFran face (seed 000). They validate every request and
 * are the source of the OpenAPI document. Field names and meanings follow the seed; what it leaves
 * open (response shapes of most endpoints, polling endpoints) follows its style.
 */
const e164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be a phone number in E.164 format, e.g. +15551234567');
const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
const money = z.number().describe('US dollars');
const dateTime = z.iso.datetime().describe('ISO 8601, simulated time');
const tenantId = z.string().min(1).max(128).describe('Your tenant identifier; must match X-Tenant-Id');
const email = z.email({ error: 'must be an email address' });

export const NumberStatus = z.enum(['active', 'pending_cancellation', 'cancelled_held', 'released']);
export const NumberType = z.enum(['local', 'tollfree']);

// ---- brands --------------------------------------------------------------------------------

export const CreateBrandBody = z.object({
  tenantId,
  businessName: z.string().min(1).max(255).describe('Legal business name'),
  email: email.describe('Business email address'),
  phone: e164.describe('Business phone number'),
  ein: z
    .string()
    .regex(/^\d{2}-?\d{7}$/, 'must be an Employer Identification Number: 9 digits, XX-XXXXXXX')
    .describe('Employer Identification Number'),
  businessType: z.enum(['LLC', 'Corporation', 'Partnership', 'Sole Proprietorship', 'Non-profit Corporation', 'Co-operative']).describe('Business type (LLC, Corporation, etc.)'),
  website: url.describe('Business website URL'),
  address: z.string().min(1).max(255).describe('Business street address'),
  city: z.string().min(1).max(100).describe('City'),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a 2-letter state code such as CA')
    .describe('State (2-letter code)'),
  zipCode: z
    .string()
    .regex(/^\d{5}(-\d{4})?$/, 'must be a US ZIP code (12345 or 12345-6789)')
    .describe('ZIP code'),
  webhookUrl: url.optional().describe('Optional webhook URL for status updates'),
});

export const BrandStatus = z.enum(['pending', 'in_review', 'approved', 'failed']);

export const CreateBrandResponse = z.object({
  success: z.literal(true),
  brandSid: z.string().describe('BN… SID of the Twilio BrandRegistration'),
  serviceId: z.uuid().describe('CloudFran service id of this brand'),
  status: BrandStatus,
  fee: money,
  paymentIntentId: z.string(),
});

export const Brand = z.object({
  brandSid: z.string(),
  serviceId: z.uuid(),
  businessName: z.string(),
  status: BrandStatus,
  identityStatus: z.string().nullable().describe('TCR identity status once reviewed (VERIFIED, VETTED_VERIFIED, UNVERIFIED…)'),
  tcrId: z.string().nullable(),
  brandScore: z.number().nullable(),
  errors: z.array(z.object({ code: z.number(), description: z.string(), fields: z.array(z.string()) })),
  customerProfileSid: z.string(),
  customerProfileStatus: z.string(),
  trustProductSid: z.string(),
  trustProductStatus: z.string(),
  fee: money,
  createdAt: dateTime,
  updatedAt: dateTime,
});

// ---- campaigns -----------------------------------------------------------------------------

export const CreateCampaignBody = z.object({
  tenantId,
  brandSid: z
    .string()
    .regex(/^BN[0-9a-f]{32}$/, 'must be a brand SID (BN…) from brand registration')
    .describe('Brand SID from brand registration'),
  campaignName: z.string().min(1).max(100).describe('Campaign name'),
  description: z.string().min(40, 'must be at least 40 characters').max(4096, 'must be at most 4096 characters').describe('Campaign description'),
  useCase: z
    .string()
    .regex(/^[A-Z0-9_]+$/, 'must be a use case code such as MARKETING')
    .describe('MARKETING or other use case'),
  messageSamples: z
    .array(z.string().min(20, 'each sample must be at least 20 characters').max(1024, 'each sample must be at most 1024 characters'))
    .min(2, 'must have at least 2 samples')
    .max(5, 'must have at most 5 samples')
    .describe('Array of sample messages (at least 2)'),
  hasEmbeddedLinks: z.boolean().default(false).describe('Messages contain links'),
  hasEmbeddedPhone: z.boolean().default(false).describe('Messages contain phone numbers'),
  messageFlow: z
    .string()
    .min(40, 'must be at least 40 characters')
    .max(2048, 'must be at most 2048 characters')
    .optional()
    .describe("How end users opt in (simulator extension; derived from the brand's website when absent)"),
  webhookUrl: url.optional().describe('Webhook URL for campaign.registered (simulator extension)'),
});

export const CampaignStatus = z.enum(['pending', 'in_progress', 'verified', 'failed', 'deleted']);

export const CreateCampaignResponse = z.object({
  success: z.literal(true),
  campaignSid: z.string().describe('QE… SID of the Twilio UsAppToPerson'),
  campaignId: z.string().nullable().describe('TCR campaign id, once registered'),
  messagingServiceSid: z.string(),
  serviceId: z.uuid(),
  status: CampaignStatus,
  monthlyFee: money,
  paymentIntentId: z.string(),
});

export const Campaign = z.object({
  campaignSid: z.string(),
  campaignId: z.string().nullable(),
  serviceId: z.uuid(),
  brandSid: z.string(),
  messagingServiceSid: z.string(),
  campaignName: z.string(),
  useCase: z.string(),
  status: CampaignStatus,
  errors: z.array(z.object({ code: z.number(), description: z.string(), fields: z.array(z.string()) })),
  monthlyFee: money,
  phoneNumbers: z.array(z.string()),
  createdAt: dateTime,
  updatedAt: dateTime,
});

// ---- phone numbers -------------------------------------------------------------------------

export const AvailableQuery = z.object({
  areaCode: z
    .string()
    .regex(/^\d{3}$/, 'must be a 3-digit area code, e.g. 415')
    .describe('Desired area code (e.g., 415)'),
  type: NumberType.default('local').describe('Number type: "local" or "tollfree" (default: local)'),
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10').default(10).describe('Number of results (default: 10, max: 10)'),
});

export const AvailableNumber = z.object({
  phoneNumber: z.string(),
  friendlyName: z.string(),
  locality: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  isoCountry: z.string(),
  type: NumberType,
  capabilities: z.object({ voice: z.boolean(), sms: z.boolean(), mms: z.boolean() }),
  annualFee: money,
});

export const AvailableResponse = z.object({ success: z.literal(true), numbers: z.array(AvailableNumber) });

export const PurchaseBody = z.object({
  tenantId,
  phoneNumber: e164.describe('Phone number in E.164 format (e.g., +15551234567)'),
  email: email.optional().describe('Billing email address'),
  webhookUrl: url.optional().describe('Optional webhook URL for status updates'),
});

export const PhoneNumber = z.object({
  serviceId: z.uuid(),
  phoneNumber: z.string(),
  numberSid: z.string().describe('PN… SID of the Twilio IncomingPhoneNumber'),
  type: NumberType,
  status: NumberStatus,
  annualFee: money,
  email: z.string().nullable(),
  messagingServiceSid: z.string().nullable().describe('Messaging Service the number is linked to (its A2P campaign)'),
  purchasedAt: dateTime,
  nextBillingAt: dateTime.nullable(),
  cancellationRequestedAt: dateTime.nullable(),
  cancellationEffectiveAt: dateTime.nullable(),
  exportScheduledAt: dateTime.nullable(),
  holdEndsAt: dateTime.nullable(),
  releasedAt: dateTime.nullable(),
  exportId: z.string().nullable().describe('The automatic export taken 24 hours before cancellation took effect'),
});

export const PurchaseResponse = PhoneNumber.extend({ success: z.literal(true), paymentIntentId: z.string() });
export const PhoneNumberResponse = PhoneNumber.extend({ success: z.literal(true) });

export const ListNumbersQuery = z.object({
  status: z.enum(['active', 'pending_cancellation', 'cancelled_held', 'released', 'all']).default('all').describe('Filter by status (default: all)'),
});
export const ListNumbersResponse = z.object({ success: z.literal(true), phoneNumbers: z.array(PhoneNumber) });

export const ServiceIdParams = z.object({ serviceId: z.uuid({ error: 'must be a serviceId (UUID)' }) });

export const ReclaimBody = z.object({ email: email.optional().describe('Billing email for $25 reclaim fee') });
export const ReclaimResponse = PhoneNumber.extend({ success: z.literal(true), fee: money, paymentIntentId: z.string() });

export const ExportSummary = z.object({
  exportId: z.string(),
  trigger: z.enum(['manual', 'automatic']),
  createdAt: dateTime,
  smsCount: z.number().int(),
  callCount: z.number().int(),
});
export const ExportsResponse = z.object({ success: z.literal(true), exports: z.array(ExportSummary) });
export const ExportParams = ServiceIdParams.extend({ exportId: z.string().regex(/^ex_[0-9a-f]{20}$/, 'must be an export id (ex_…)') });
export const Csv = z.string().describe('CSV (RFC 4180): type,sid,date,direction,from,to,status,body,duration_seconds,error_code');

// ---- usage, webhooks, account ----------------------------------------------------------------

export const UsageQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM')
    .optional()
    .describe("Month as YYYY-MM (default: the current month on the tenant's simulated clock)"),
});

export const UsageResponse = z.object({
  success: z.literal(true),
  tenantId: z.string(),
  month: z.string(),
  currency: z.literal('USD'),
  total: money,
  byCategory: z.object({ brandRegistration: money, campaignMonthly: money, phoneNumberAnnual: money, reclaimFee: money }),
  charges: z.array(
    z.object({
      date: dateTime,
      category: z.enum(['brand_registration', 'campaign_monthly', 'phone_number_annual', 'reclaim_fee']),
      amount: money,
      description: z.string(),
      serviceId: z.string(),
      paymentIntentId: z.string(),
    }),
  ),
});

export const WebhookSettings = z.object({
  url: z.string().nullable().describe('Tenant-level webhook URL: receives every event'),
  secret: z.string().describe('HMAC-SHA256 key for X-CloudFran-Signature'),
  signatureHeader: z.literal('X-CloudFran-Signature'),
});
export const WebhookSettingsBody = z.object({ url: url.nullable().describe('Tenant-level webhook URL, or null to remove it') });

export const AccountResponse = z.object({
  tenantId: z.string(),
  accountSid: z.string().describe('The simulated Twilio account of this tenant'),
  authToken: z.string().describe('Its auth token: the same resources are visible through the Twilio faces with these credentials'),
});
