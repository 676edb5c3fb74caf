import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { enterState, LIFECYCLE } from '../../engine/lifecycle.js';
import { resource, type ResourceDef } from '../../engine/resource.js';
import type { Transition, World } from '../../engine/world.js';
import { magicOutcome } from '../../registry/magic.js';
import { bundleView } from './trusthub-view.js';
import { checkTollfreeNumber, editableNow, reviewTollfree, TOLLFREE_OUTCOMES, TollfreeTables, TollfreeTimings, type TollfreeVerificationRecord } from './tollfree-verification-rules.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { twilioUrl } from '../../wire/hosts.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { publishA2pEvent } from './publish.js';

type Schema = MessagingSchemas['messaging.v1.tollfree_verification'];

const PATH = '/v1/Tollfree/Verifications';

/** The spec's enums (twilio_messaging_v1.json, `tollfree_verification_enum_*`). */
const USE_CASE_CATEGORIES = [
  'TWO_FACTOR_AUTHENTICATION',
  'ACCOUNT_NOTIFICATIONS',
  'CUSTOMER_CARE',
  'CHARITY_NONPROFIT',
  'DELIVERY_NOTIFICATIONS',
  'FRAUD_ALERT_MESSAGING',
  'EVENTS',
  'HIGHER_EDUCATION',
  'K12',
  'MARKETING',
  'POLLING_AND_VOTING_NON_POLITICAL',
  'POLITICAL_ELECTION_CAMPAIGNS',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
] as const;
const OPT_IN_TYPES = ['VERBAL', 'WEB_FORM', 'PAPER_FORM', 'VIA_TEXT', 'MOBILE_QR_CODE', 'IMPORT', 'IMPORT_PLEASE_REPLACE'] as const;
const STATUSES = ['PENDING_REVIEW', 'IN_REVIEW', 'TWILIO_APPROVED', 'TWILIO_REJECTED'] as const;
const BUSINESS_TYPES = ['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'SOLE_PROPRIETOR', 'NON_PROFIT', 'GOVERNMENT'] as const;
const REGISTRATION_AUTHORITIES = ['EIN', 'CBN', 'CRN', 'PROVINCIAL_NUMBER', 'VAT', 'ACN', 'ABN', 'BRN', 'SIREN', 'SIRET', 'NZBN', 'USt-IdNr', 'CIF', 'NIF', 'CNPJ', 'UID', 'NEQ', 'OTHER'] as const;
const VETTING_PROVIDERS = ['CAMPAIGN_VERIFY'] as const;

/** The spec's examples give the website both with and without a scheme (`http://www.company.com`); a bare domain is accepted too. */
const website = () => z.string().refine((v) => /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(v), 'must be a website URL such as https://www.example-business.com');
const e164 = () => z.string().refine((v) => /^\+[1-9]\d{6,14}$/.test(v), 'must be an E.164 phone number such as +16175550142');

/** Fields create and update share; all optional here, create adds what it requires. */
const editable = {
  BusinessStreetAddress: z.string().optional(),
  BusinessStreetAddress2: z.string().optional(),
  BusinessCity: z.string().optional(),
  BusinessStateProvinceRegion: z.string().optional(),
  BusinessPostalCode: z.string().optional(),
  BusinessCountry: z.string().optional(),
  AdditionalInformation: z.string().optional(),
  BusinessContactFirstName: z.string().optional(),
  BusinessContactLastName: z.string().optional(),
  BusinessContactEmail: p.email().optional(),
  BusinessContactPhone: e164().optional(),
  BusinessRegistrationNumber: z.string().optional(),
  BusinessRegistrationAuthority: p.enum(REGISTRATION_AUTHORITIES).optional(),
  BusinessRegistrationCountry: z.string().optional(),
  BusinessType: p.enum(BUSINESS_TYPES).optional(),
  BusinessRegistrationPhoneNumber: e164().optional(),
  DoingBusinessAs: z.string().optional(),
  OptInConfirmationMessage: z.string().optional(),
  HelpMessageSample: z.string().optional(),
  PrivacyPolicyUrl: p.url().optional(),
  TermsAndConditionsUrl: p.url().optional(),
  AgeGatedContent: p.bool().optional(),
  OptInKeywords: z.array(z.string()).optional(),
  VettingProvider: p.enum(VETTING_PROVIDERS).optional(),
  VettingId: z.string().optional(),
};

const createParams = z.object({
  BusinessName: p.string({ max: 255 }),
  BusinessWebsite: website(),
  NotificationEmail: p.email(),
  UseCaseCategories: z.array(p.enum(USE_CASE_CATEGORIES)),
  UseCaseSummary: p.string(),
  ProductionMessageSample: p.string(),
  OptInImageUrls: z.array(p.url()),
  OptInType: p.enum(OPT_IN_TYPES),
  MessageVolume: p.string(),
  TollfreePhoneNumberSid: p.sid(SidPrefix.PhoneNumber),
  CustomerProfileSid: p.sid(SidPrefix.Bundle).optional(),
  ExternalReferenceId: z.string().optional(),
  ...editable,
});

const updateParams = z.object({
  BusinessName: p.string({ max: 255 }).optional(),
  BusinessWebsite: website().optional(),
  NotificationEmail: p.email().optional(),
  UseCaseCategories: z.array(p.enum(USE_CASE_CATEGORIES)).optional(),
  UseCaseSummary: z.string().optional(),
  ProductionMessageSample: z.string().optional(),
  OptInImageUrls: z.array(p.url()).optional(),
  OptInType: p.enum(OPT_IN_TYPES).optional(),
  MessageVolume: z.string().optional(),
  EditReason: z.string().optional(),
  ...editable,
});

type EditableInput = z.output<typeof updateParams>;

/**
 * The spec says BusinessRegistrationNumber and BusinessRegistrationCountry are "required for all
 * business types except SOLE_PROPRIETOR" (and the authority with them); enforced once BusinessType is given.
 */
function checkRegistration(type: string | null, number: string | null, authority: string | null, country: string | null): void {
  if (!type || type === 'SOLE_PROPRIETOR') return;
  if (!number) throw TwilioError.missingParam('BusinessRegistrationNumber');
  if (!authority) throw TwilioError.missingParam('BusinessRegistrationAuthority');
  if (!country) throw TwilioError.missingParam('BusinessRegistrationCountry');
}

/** The fields a request sets, as record fields (absent parameters are left out, so an update keeps them). */
function fieldsOf(q: EditableInput): Partial<TollfreeVerificationRecord> {
  const out: Partial<TollfreeVerificationRecord> = {};
  const set = <K extends keyof TollfreeVerificationRecord>(key: K, value: TollfreeVerificationRecord[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('business_name', q.BusinessName);
  set('business_website', q.BusinessWebsite);
  set('notification_email', q.NotificationEmail);
  set('use_case_categories', q.UseCaseCategories);
  set('use_case_summary', q.UseCaseSummary);
  set('production_message_sample', q.ProductionMessageSample);
  set('opt_in_image_urls', q.OptInImageUrls);
  set('opt_in_type', q.OptInType);
  set('message_volume', q.MessageVolume);
  set('business_street_address', q.BusinessStreetAddress);
  set('business_street_address2', q.BusinessStreetAddress2);
  set('business_city', q.BusinessCity);
  set('business_state_province_region', q.BusinessStateProvinceRegion);
  set('business_postal_code', q.BusinessPostalCode);
  set('business_country', q.BusinessCountry);
  set('additional_information', q.AdditionalInformation);
  set('business_contact_first_name', q.BusinessContactFirstName);
  set('business_contact_last_name', q.BusinessContactLastName);
  set('business_contact_email', q.BusinessContactEmail);
  set('business_contact_phone', q.BusinessContactPhone);
  set('business_registration_number', q.BusinessRegistrationNumber);
  set('business_registration_authority', q.BusinessRegistrationAuthority);
  set('business_registration_country', q.BusinessRegistrationCountry);
  set('business_type', q.BusinessType);
  set('business_registration_phone_number', q.BusinessRegistrationPhoneNumber);
  set('doing_business_as', q.DoingBusinessAs);
  set('opt_in_confirmation_message', q.OptInConfirmationMessage);
  set('help_message_sample', q.HelpMessageSample);
  set('privacy_policy_url', q.PrivacyPolicyUrl);
  set('terms_and_conditions_url', q.TermsAndConditionsUrl);
  set('age_gated_content', q.AgeGatedContent);
  set('opt_in_keywords', q.OptInKeywords);
  set('vetting_provider', q.VettingProvider);
  set('vetting_id', q.VettingId);
  set('edit_reason', q.EditReason);
  return out;
}

const NOT_REJECTED = { rejection_reason: null, error_code: null, rejection_reasons: null, edit_expiration: null, edit_allowed: null } as const;

function source(rec: TollfreeVerificationRecord): string {
  return `${PATH}/${rec.sid}`;
}

/**
 * Event Streams events of toll-free verification. The `data` fields are those of Twilio's event type
 * page (https://www.twilio.com/docs/events/event-types/toll-free/verification), with the number
 * itself (`phonenumber`, which Twilio added to its rejected event in April 2024:
 * https://www.twilio.com/en-us/changelog/improvements-to-toll-free-verification-rejection-experience)
 * and, on a rejection, the reasons and codes. There is no subaccount hierarchy: `parentaccountsid` is the account.
 */
const TollfreeEvent = {
  requested: 'com.twilio.messaging.compliance.toll-free-verification.requested',
  pendingReview: 'com.twilio.messaging.compliance.toll-free-verification.pending-review',
  approved: 'com.twilio.messaging.compliance.toll-free-verification.request-approved',
  rejected: 'com.twilio.messaging.compliance.toll-free-verification.request-rejected',
  edit: 'com.twilio.messaging.compliance.toll-free-verification.edit',
  expired: 'com.twilio.messaging.compliance.toll-free-verification.expired',
  deleted: 'com.twilio.messaging.compliance.toll-free-verification.deleted',
} as const satisfies Record<string, string>;

function publish(world: World, rec: TollfreeVerificationRecord, type: (typeof TollfreeEvent)[keyof typeof TollfreeEvent], status: string = rec.status): void {
  const data: Record<string, unknown> = {
    accountsid: rec.account_sid,
    parentaccountsid: rec.account_sid,
    tollfreeverificationsid: rec.sid,
    phonenumbersid: rec.tollfree_phone_number_sid,
    phonenumber: rec.tollfree_phone_number,
    customerprofilesid: rec.customer_profile_sid,
    regulateditemsid: rec.regulated_item_sid,
    trustproductsid: rec.trust_product_sid,
    externalreferenceid: rec.external_reference_id,
    processeddate: world.now(),
    verificationstatus: status.toLowerCase(),
  };
  if (rec.status === 'TWILIO_REJECTED') {
    data.rejectionreason = rec.rejection_reason;
    data.errorcode = rec.error_code;
    data.rejectionreasons = rec.rejection_reasons;
    data.editallowed = editableNow(rec, world.now());
    data.editexpiration = rec.edit_expiration === null ? null : isoDate(rec.edit_expiration);
  }
  publishA2pEvent(world, type, source(rec), rec.sid, data);
}

/** Transition kind: the edit window of a rejection closes. */
const EDIT_EXPIRY = 'tollfree.edit-expiry';

function serialize(rec: TollfreeVerificationRecord, world: World) {
  const json: Wire<Schema> = {
    sid: rec.sid,
    account_sid: rec.account_sid,
    customer_profile_sid: rec.customer_profile_sid,
    trust_product_sid: rec.trust_product_sid,
    date_created: isoDate(rec.date_created),
    date_updated: isoDate(rec.date_updated),
    regulated_item_sid: rec.regulated_item_sid,
    business_name: rec.business_name,
    business_street_address: rec.business_street_address,
    business_street_address2: rec.business_street_address2,
    business_city: rec.business_city,
    business_state_province_region: rec.business_state_province_region,
    business_postal_code: rec.business_postal_code,
    business_country: rec.business_country,
    business_website: rec.business_website,
    business_contact_first_name: rec.business_contact_first_name,
    business_contact_last_name: rec.business_contact_last_name,
    business_contact_email: rec.business_contact_email,
    business_contact_phone: rec.business_contact_phone,
    notification_email: rec.notification_email,
    use_case_categories: rec.use_case_categories as Wire<Schema>['use_case_categories'],
    use_case_summary: rec.use_case_summary,
    production_message_sample: rec.production_message_sample,
    opt_in_image_urls: rec.opt_in_image_urls,
    opt_in_type: rec.opt_in_type as NonNullable<Wire<Schema>['opt_in_type']>,
    message_volume: rec.message_volume,
    additional_information: rec.additional_information,
    tollfree_phone_number_sid: rec.tollfree_phone_number_sid,
    tollfree_phone_number: rec.tollfree_phone_number,
    status: rec.status,
    url: twilioUrl('messaging', source(rec)),
    rejection_reason: rec.rejection_reason,
    error_code: rec.error_code,
    edit_expiration: rec.edit_expiration === null ? null : isoDate(rec.edit_expiration),
    // Twilio's edit_allowed: the reason allows an edit and the window is still open (state from the deadline, not a timer).
    edit_allowed: rec.status === 'TWILIO_REJECTED' ? editableNow(rec, world.now()) : null,
    business_registration_number: rec.business_registration_number,
    business_registration_authority: rec.business_registration_authority as Wire<Schema>['business_registration_authority'],
    business_registration_country: rec.business_registration_country,
    business_type: rec.business_type as Wire<Schema>['business_type'],
    business_registration_phone_number: rec.business_registration_phone_number,
    doing_business_as: rec.doing_business_as,
    opt_in_confirmation_message: rec.opt_in_confirmation_message,
    help_message_sample: rec.help_message_sample,
    privacy_policy_url: rec.privacy_policy_url,
    terms_and_conditions_url: rec.terms_and_conditions_url,
    age_gated_content: rec.age_gated_content,
    opt_in_keywords: rec.opt_in_keywords,
    rejection_reasons: rec.rejection_reasons,
    resource_links: rec.customer_profile_sid ? { customer_profile: twilioUrl('trusthub', `/v1/CustomerProfiles/${rec.customer_profile_sid}`) } : null,
    external_reference_id: rec.external_reference_id,
    vetting_id: rec.vetting_id,
    vetting_provider: rec.vetting_provider as Wire<Schema>['vetting_provider'],
    vetting_id_expiration: null,
  };
  return json;
}

export const tollfreeVerifications: ResourceDef<TollfreeVerificationRecord> = resource<TollfreeVerificationRecord>()({
  name: 'TollfreeVerification',
  table: TollfreeTables.verifications,
  product: 'messaging',
  path: PATH,
  sidPrefix: SidPrefix.TollfreeVerification,
  listKey: 'verifications',
  create: {
    params: createParams,
    build: (ctx, q) => {
      const number = checkTollfreeNumber(ctx.world, q.TollfreePhoneNumberSid);
      if (q.CustomerProfileSid && bundleView(ctx.world, q.CustomerProfileSid)?.kind !== 'customer_profile') {
        throw TwilioError.invalidParam('CustomerProfileSid', `no CustomerProfile ${q.CustomerProfileSid} in this account`);
      }
      checkRegistration(q.BusinessType ?? null, q.BusinessRegistrationNumber ?? null, q.BusinessRegistrationAuthority ?? null, q.BusinessRegistrationCountry ?? null);
      return {
        customer_profile_sid: q.CustomerProfileSid ?? null,
        trust_product_sid: null,
        regulated_item_sid: null,
        business_name: q.BusinessName,
        business_street_address: null,
        business_street_address2: null,
        business_city: null,
        business_state_province_region: null,
        business_postal_code: null,
        business_country: null,
        business_website: q.BusinessWebsite,
        business_contact_first_name: null,
        business_contact_last_name: null,
        business_contact_email: null,
        business_contact_phone: null,
        notification_email: q.NotificationEmail,
        use_case_categories: q.UseCaseCategories,
        use_case_summary: q.UseCaseSummary,
        production_message_sample: q.ProductionMessageSample,
        opt_in_image_urls: q.OptInImageUrls,
        opt_in_type: q.OptInType,
        message_volume: q.MessageVolume,
        additional_information: null,
        tollfree_phone_number_sid: number.sid,
        tollfree_phone_number: number.phone_number,
        status: 'PENDING_REVIEW',
        ...NOT_REJECTED,
        business_registration_number: null,
        business_registration_authority: null,
        business_registration_country: null,
        business_type: null,
        business_registration_phone_number: null,
        doing_business_as: null,
        opt_in_confirmation_message: null,
        help_message_sample: null,
        privacy_policy_url: null,
        terms_and_conditions_url: null,
        age_gated_content: null,
        opt_in_keywords: null,
        external_reference_id: q.ExternalReferenceId ?? null,
        vetting_id: null,
        vetting_provider: null,
        edit_reason: null,
        submissions: 1,
        ...fieldsOf(q),
      };
    },
    after: (ctx, rec) => {
      ctx.hint(
        `The verification is reviewed on the account clock (${TollfreeTimings.pickup / 3_600_000} h to IN_REVIEW, then ${TollfreeTimings.review / 86_400_000} days); advance it with POST /_sim/clock/advance.`,
      );
      publish(ctx.world, rec, TollfreeEvent.requested);
    },
  },
  list: {
    params: z.object({
      TollfreePhoneNumberSid: p.sid(SidPrefix.PhoneNumber).optional(),
      Status: p.enum(STATUSES).optional(),
      ExternalReferenceId: z.string().optional(),
      IncludeSubAccounts: p.bool().optional(),
      TrustProductSid: z.array(z.string()).optional(),
    }),
    filter: (rec, q) =>
      (!q.TollfreePhoneNumberSid || rec.tollfree_phone_number_sid === q.TollfreePhoneNumberSid) &&
      (!q.Status || rec.status === q.Status) &&
      (!q.ExternalReferenceId || rec.external_reference_id === q.ExternalReferenceId) &&
      (!q.TrustProductSid?.length || (rec.trust_product_sid !== null && q.TrustProductSid.includes(rec.trust_product_sid))),
  },
  update: {
    params: updateParams,
    // The spec answers an update with 202: the edit is accepted and goes back to review.
    status: 202,
    apply: (ctx, rec, q) => {
      // Twilio lets a rejected verification be edited while its reason allows it and its window is open
      // (tollfree_verification.edit_allowed / edit_expiration); anything else is refused unchanged.
      if (rec.status !== 'TWILIO_REJECTED') {
        throw new TwilioError(409, 20409, `The Tollfree Verification ${rec.sid} is ${rec.status}; only a TWILIO_REJECTED verification can be edited and resubmitted`);
      }
      if (!editableNow(rec, ctx.world.now())) {
        const why = rec.edit_allowed ? `its edit window closed at ${isoDate(rec.edit_expiration ?? 0)}` : `its rejection (${rec.error_code}) does not allow edits`;
        throw new TwilioError(409, 20409, `The Tollfree Verification ${rec.sid} cannot be edited: ${why}. Delete it and submit a new verification`);
      }
      const changes = fieldsOf(q);
      const next = { ...rec, ...changes };
      checkRegistration(next.business_type, next.business_registration_number, next.business_registration_authority, next.business_registration_country);
      return changes;
    },
    after: (ctx, rec) => {
      ctx.world.unschedule((t) => t.kind === EDIT_EXPIRY && t.data.sid === rec.sid);
      enterState(ctx.world, tollfreeVerifications, rec, { to: 'PENDING_REVIEW', patch: { ...NOT_REJECTED, submissions: rec.submissions + 1 }, note: `resubmission ${rec.submissions + 1}` });
      publish(ctx.world, rec, TollfreeEvent.edit);
    },
  },
  remove: {
    after: (ctx, rec) => {
      ctx.world.unschedule((t) => (t.kind === EDIT_EXPIRY || t.kind === LIFECYCLE) && t.data.sid === rec.sid);
      ctx.world.record({ table: TollfreeTables.verifications, sid: rec.sid, field: 'status', from: rec.status, to: 'DELETED' });
      publish(ctx.world, rec, TollfreeEvent.deleted, 'deleted');
    },
  },
  serialize: (rec, ctx) => serialize(rec, ctx.world),
  lifecycle: {
    field: 'status',
    outcomes: TOLLFREE_OUTCOMES,
    auto: {
      PENDING_REVIEW: { after: () => TollfreeTimings.pickup, next: () => ({ to: 'IN_REVIEW' }) },
      IN_REVIEW: {
        after: () => TollfreeTimings.review,
        next: (rec, world) => {
          const forced = world.takeOverride(rec.sid) ?? magicOutcome(rec.business_name);
          const decision = reviewTollfree({
            businessName: rec.business_name,
            businessWebsite: rec.business_website,
            notificationEmail: rec.notification_email,
            businessContactEmail: rec.business_contact_email,
            useCaseCategories: rec.use_case_categories,
            useCaseSummary: rec.use_case_summary,
            productionMessageSample: rec.production_message_sample,
            optInImageUrls: rec.opt_in_image_urls,
            optInType: rec.opt_in_type,
            additionalInformation: rec.additional_information,
            vettingProvider: rec.vetting_provider,
            vettingId: rec.vetting_id,
            ...(forced ? { forced } : {}),
          });
          if (decision.outcome === 'TWILIO_APPROVED') return { to: 'TWILIO_APPROVED', patch: { ...NOT_REJECTED } };
          return {
            to: 'TWILIO_REJECTED',
            patch: {
              rejection_reason: decision.reason,
              error_code: decision.errorCode,
              rejection_reasons: decision.reasons,
              edit_allowed: decision.editAllowed,
              edit_expiration: world.now() + TollfreeTimings.editWindow,
            },
            note: decision.reasons.map((r) => `${r.code}: ${r.reason}`).join('; '),
          };
        },
      },
    },
    onEnter: (world, rec, _from, to) => {
      // Entering PENDING_REVIEW again is a resubmission, announced as an edit by the update itself.
      if (to === 'IN_REVIEW') publish(world, rec, TollfreeEvent.pendingReview);
      if (to === 'TWILIO_APPROVED') publish(world, rec, TollfreeEvent.approved);
      if (to === 'TWILIO_REJECTED') {
        publish(world, rec, TollfreeEvent.rejected);
        if (rec.edit_allowed && rec.edit_expiration !== null) world.schedule(rec.edit_expiration, EDIT_EXPIRY, { sid: rec.sid, submissions: rec.submissions });
      }
    },
  },
});

/** The edit window of a rejection closes: Twilio's `expired` event (the wire's edit_allowed already follows the deadline). */
export const tollfreeHandlers: Record<string, (world: World, t: Transition) => void> = {
  [EDIT_EXPIRY]: (world, t) => {
    const rec = world.table<TollfreeVerificationRecord>(TollfreeTables.verifications).get(String(t.data.sid));
    // Stale: deleted or resubmitted since.
    if (rec?.status !== 'TWILIO_REJECTED' || rec.submissions !== t.data.submissions) return;
    world.record({ table: TollfreeTables.verifications, sid: rec.sid, field: 'edit_allowed', from: 'true', to: 'false', note: 'edit window expired' });
    publish(world, rec, TollfreeEvent.expired);
  },
};
