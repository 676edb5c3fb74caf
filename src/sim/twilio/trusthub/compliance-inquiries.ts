import { z } from 'zod';
import type { TrustHubSchemas, Wire } from '../../../contract/types.js';
import type { OpContext, Operation } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import { ownedNumber } from '../../registry/numbers/purchase.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { decodeParams, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { Tables } from './records.js';

/**
 * TrustHub ComplianceInquiries: the `Initialize` calls that start (201) or resume (200) Twilio's
 * embeddable compliance forms (https://www.twilio.com/docs/trust-hub/trusthub-rest-api/compliance-embeddable):
 * the customer profile form, the GB regulatory registration form and the toll-free verification form.
 * Twilio answers with an inquiry id and a session token for its front-end component, and the form
 * the end user fills in creates the profile, bundle or verification. The simulator has no such form:
 * it issues the identifiers (stored, so only an issued CustomerId or RegistrationId can be resumed)
 * and nothing else happens; profiles and verifications are made through the REST resources.
 */

export const COMPLIANCE_INQUIRIES_TABLE = 'trusthub.compliance_inquiries';

interface InquiryRecord extends BaseRecord {
  /** `customer`, `registration` or `tollfree`. */
  kind: string;
  /** The last inquiry opened on it. */
  inquiry_id: string;
}

const BASE = '/v1/ComplianceInquiries';

/** `inq_` and 24 characters, as in the spec's examples (`inq_aaaaaaaaaaaaaaaaaaaaaaaa`). */
function newInquiryId(ctx: OpContext): string {
  return `inq_${ctx.world.entropy.hex32().slice(0, 24)}`;
}

/** An opaque token for the embedded form's session (the spec's examples show `new.session.token`). */
function newSessionToken(ctx: OpContext): string {
  return `sim.${ctx.world.entropy.hex32()}.${ctx.world.entropy.hex32()}`;
}

/** The id Twilio's examples show: `tri1.us1.<scope>.<AccountSid>.<kind>.<SID>`. */
function newResourceId(ctx: OpContext, scope: 'trusthub' | 'account', kind: string, sid: string): string {
  return `tri1.us1.${scope}.${ctx.world.accountSid}.${kind}.${sid}`;
}

function open(ctx: OpContext, id: string, kind: string): string {
  const table = ctx.world.table<InquiryRecord>(COMPLIANCE_INQUIRIES_TABLE);
  const now = ctx.world.now();
  const inquiryId = newInquiryId(ctx);
  const existing = table.get(id);
  if (existing) table.update(existing, { inquiry_id: inquiryId, date_updated: now });
  else table.insert({ sid: id, account_sid: ctx.world.accountSid, date_created: now, date_updated: now, kind, inquiry_id: inquiryId });
  return inquiryId;
}

function issued(ctx: OpContext, param: string, kind: string): string {
  const id = ctx.pathParams[param]!;
  const rec = ctx.world.table<InquiryRecord>(COMPLIANCE_INQUIRIES_TABLE).get(id);
  if (!rec || rec.kind !== kind) throw TwilioError.notFound(ctx.path);
  return id;
}

/** A PrimaryProfileSid must be a customer profile of the account (the parent of the new one). */
function checkPrimaryProfile(ctx: OpContext, sid: string | undefined): void {
  if (sid !== undefined && !ctx.world.table(Tables.customer_profile).get(sid)) throw TwilioError.invalidParam('PrimaryProfileSid', `no Customer Profile ${sid} in this account`);
}

const CUSTOMER_PARAMS = z.object({ NotificationEmail: p.email().optional(), ThemeSetId: z.string().optional(), PrimaryProfileSid: p.sid(SidPrefix.Bundle).optional() });

function customerBody(customerId: string, inquiryId: string, ctx: OpContext): Wire<TrustHubSchemas['trusthub.v1.compliance_inquiry']> {
  return { inquiry_id: inquiryId, inquiry_session_token: newSessionToken(ctx), customer_id: customerId, url: twilioUrl('trusthub', `${BASE}/Customers/${customerId}/Initialize`) };
}

const createCustomerInquiry: Operation = {
  method: 'POST',
  product: 'trusthub',
  path: `${BASE}/Customers/Initialize`,
  handler: (ctx, { form }) => {
    const q = decodeParams(CUSTOMER_PARAMS, form);
    checkPrimaryProfile(ctx, q.PrimaryProfileSid);
    const customerId = newResourceId(ctx, 'trusthub', 'customer', ctx.world.newSid(SidPrefix.Bundle));
    return { status: 201, body: customerBody(customerId, open(ctx, customerId, 'customer'), ctx) };
  },
};

const resumeCustomerInquiry: Operation = {
  method: 'POST',
  product: 'trusthub',
  path: `${BASE}/Customers/{CustomerId}/Initialize`,
  handler: (ctx, { form }) => {
    const customerId = issued(ctx, 'CustomerId', 'customer');
    const q = decodeParams(z.object({ PrimaryProfileSid: p.sid(SidPrefix.Bundle), ThemeSetId: z.string().optional() }), form);
    checkPrimaryProfile(ctx, q.PrimaryProfileSid);
    return { status: 200, body: customerBody(customerId, open(ctx, customerId, 'customer'), ctx) };
  },
};

const REGISTRATION_PARAMS = z.object({
  EndUserType: p.enum(['Individual', 'Business'] as const),
  PhoneNumberType: p.enum(['local', 'national', 'mobile', 'toll-free'] as const),
  BusinessIdentityType: p.enum(['direct_customer', 'isv_reseller_or_partner', 'unknown'] as const).optional(),
  BusinessRegistrationAuthority: p.enum(['UK:CRN', 'US:EIN', 'CA:CBN', 'AU:ACN', 'Other'] as const).optional(),
  NotificationEmail: p.email().optional(),
  AcceptedNotificationReceipt: p.bool().optional(),
  BusinessWebsiteUrl: p.url().optional(),
  AuthorizedRepresentative1Email: p.email().optional(),
  IndividualEmail: p.email().optional(),
  UseAddressAsEmergencyAddress: p.bool().optional(),
  IsIsvEmbed: p.bool().optional(),
  StatusCallbackUrl: p.url().optional(),
  ThemeSetId: z.string().optional(),
});

function registrationBody(registrationId: string, inquiryId: string, ctx: OpContext): Wire<TrustHubSchemas['trusthub.v1.compliance_registration']> {
  return {
    inquiry_id: inquiryId,
    inquiry_session_token: newSessionToken(ctx),
    registration_id: registrationId,
    url: twilioUrl('trusthub', `${BASE}/Registration/${registrationId}/RegulatoryCompliance/GB/Initialize`),
  };
}

const createRegistrationInquiry: Operation = {
  method: 'POST',
  product: 'trusthub',
  path: `${BASE}/Registration/RegulatoryCompliance/GB/Initialize`,
  handler: (ctx, { form }) => {
    decodeParams(REGISTRATION_PARAMS, form);
    const registrationId = newResourceId(ctx, 'account', 'registration', ctx.world.newSid(SidPrefix.Bundle));
    return { status: 201, body: registrationBody(registrationId, open(ctx, registrationId, 'registration'), ctx) };
  },
};

const resumeRegistrationInquiry: Operation = {
  method: 'POST',
  product: 'trusthub',
  path: `${BASE}/Registration/{RegistrationId}/RegulatoryCompliance/GB/Initialize`,
  handler: (ctx, { form }) => {
    const registrationId = issued(ctx, 'RegistrationId', 'registration');
    decodeParams(z.object({ IsIsvEmbed: p.bool().optional(), ThemeSetId: z.string().optional() }), form);
    return { status: 200, body: registrationBody(registrationId, open(ctx, registrationId, 'registration'), ctx) };
  },
};

const TOLLFREE_PARAMS = z.object({
  TollfreePhoneNumber: z.string(),
  NotificationEmail: p.email(),
  CustomerProfileSid: p.sid(SidPrefix.Bundle).optional(),
  BusinessWebsite: p.url().optional(),
  UseCaseCategories: z.array(z.string()).optional(),
  OptInImageUrls: z.array(p.url()).optional(),
  OptInType: p.enum(['VERBAL', 'WEB_FORM', 'PAPER_FORM', 'VIA_TEXT', 'MOBILE_QR_CODE'] as const).optional(),
  BusinessType: p.enum(['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'SOLE_PROPRIETOR', 'GOVERNMENT'] as const).optional(),
  BusinessContactEmail: p.email().optional(),
  PrivacyPolicyUrl: p.url().optional(),
  TermsAndConditionsUrl: p.url().optional(),
  SkipMessagingUseCase: p.bool().optional(),
  AgeGatedContent: p.bool().optional(),
  OptInKeywords: z.array(z.string()).optional(),
  ThemeSetId: z.string().optional(),
});

/**
 * The toll-free form verifies one of the account's toll-free numbers: the registration id names its
 * PN SID (as the spec's example does). A number the account does not own is refused, since no
 * verification of it could follow.
 */
const createTollfreeInquiry: Operation = {
  method: 'POST',
  product: 'trusthub',
  path: `${BASE}/Tollfree/Initialize`,
  handler: (ctx, { form }) => {
    const q = decodeParams(TOLLFREE_PARAMS, form);
    const number = ownedNumber(ctx.world, q.TollfreePhoneNumber.trim());
    if (!number) throw TwilioError.invalidParam('TollfreePhoneNumber', `${q.TollfreePhoneNumber} is not a phone number of this account`);
    if (number.number_type !== 'toll-free') throw TwilioError.invalidParam('TollfreePhoneNumber', `${number.phone_number} is a ${number.number_type} number, not a toll-free one`);
    if (q.CustomerProfileSid !== undefined && !ctx.world.table(Tables.customer_profile).get(q.CustomerProfileSid))
      throw TwilioError.invalidParam('CustomerProfileSid', `no Customer Profile ${q.CustomerProfileSid} in this account`);
    const registrationId = newResourceId(ctx, 'trusthub', 'tollfree', number.sid);
    const json: Wire<TrustHubSchemas['trusthub.v1.compliance_tollfree_inquiry']> = {
      inquiry_id: open(ctx, registrationId, 'tollfree'),
      inquiry_session_token: newSessionToken(ctx),
      registration_id: registrationId,
      url: twilioUrl('trusthub', `${BASE}/Tollfree/Initialize`),
    };
    return { status: 201, body: json };
  },
};

export const complianceInquiryOperations: Operation[] = [createCustomerInquiry, resumeCustomerInquiry, createRegistrationInquiry, resumeRegistrationInquiry, createTollfreeInquiry];
