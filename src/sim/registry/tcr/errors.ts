import type { TcrRejection } from './records.js';

/**
 * TCR's rejection catalogue: the reason codes the registry decides (numbered as Twilio documents
 * them, https://www.twilio.com/docs/api/errors/<code>, the most complete public list), with their
 * description and the fields at fault by default (a forced failure with only a code gets these).
 */
interface CodeInfo {
  description: string;
  fields: string[];
}

export const BrandErrorCode = {
  /** Invalid input parameters; the spec's own example: region not a 2-letter US code. */
  InvalidInput: 30701,
  CountryNotAllowed: 30729,
  UnsupportedMobileNumber: 30751,
  /** Sole proprietor OTP not confirmed within 24 hours. */
  OtpExpired: 30752,
  RegistrationAuthorityMissing: 30758,
  ConnectedBundles: 30793,
  NoTaxExemptStatus: 30798,
  UnverifiedData: 30799,
  /** Brand contact email invalid (Event Streams brand-failure example). */
  ContactEmail: 21736,
} as const;

export const CampaignErrorCode = {
  HighRisk: 30885,
  InvalidDescription: 30886,
  EmbeddedPhone: 30889,
  SampleUsecaseMismatch: 30893,
  DisallowedContent: 30897,
  CarrierRejection: 30899,
  UsecaseIneligible: 30900,
} as const;

/** Number registration failure (the failureReason URL in Twilio's number-registration event example, FIDELITY §4). */
export const NUMBER_REGISTRATION_FAILED = 30126;

const CODES: Record<number, CodeInfo> = {
  30701: { description: 'Brand registration request contained one or more invalid inputs.', fields: ['region'] },
  30729: { description: 'Brand Registration Failure: Country code not allowed.', fields: ['iso_country'] },
  30751: {
    description: 'You have provided an unsupported mobile phone number for brand registration. Please use a valid US Wireless mobile phone number which is capable of receiving verification SMS.',
    fields: ['mobile_phone_number'],
  },
  30752: { description: 'Brand Registration Failure: Invalid or expired OTP. The OTP is valid for 24 hours; request a new one and reply YES.', fields: ['mobile_phone_number'] },
  30758: { description: 'Registration Authority was not provided for brand registration to complete.', fields: ['business_registration_identifier'] },
  30793: { description: 'Brand Registration Failure: Validation problems with connected bundles.', fields: ['a2p_profile_bundle_sid'] },
  30798: { description: 'Brand Registration Feedback: No IRS 501c tax-exempt status found.', fields: ['company_type'] },
  30799: { description: 'Brand Registration Feedback: We were unable to verify the details of the registration data.', fields: ['business_registration_number'] },
  21736: { description: 'The Brand contact email is invalid.', fields: ['brand_contact_email'] },
  30885: { description: 'The campaign submission has been reviewed and it was rejected because it is considered High Risk.', fields: ['DESCRIPTION'] },
  30886: { description: 'The campaign submission has been reviewed and it was rejected because of invalid campaign description.', fields: ['DESCRIPTION'] },
  30889: { description: 'The campaign submission has been reviewed and it was rejected because Embedded Phone Number selection.', fields: ['HAS_EMBEDDED_PHONE', 'MESSAGE_SAMPLES'] },
  30893: {
    description: 'The campaign submission has been reviewed and rejected due to inconsistencies between the sample message and the intended use-case of the campaign.',
    fields: ['MESSAGE_SAMPLES'],
  },
  30897: { description: 'The campaign submission has been reviewed and it was rejected due to Disallowed Content.', fields: ['MESSAGE_FLOW'] },
  30899: { description: 'The campaign registration failed because of carrier rejection(s).', fields: [] },
  30900: { description: 'The campaign use case provided as part of registration request is ineligible for registration.', fields: ['US_APP_TO_PERSON_USECASE'] },
  30126: { description: 'The phone number could not be registered to the campaign.', fields: ['phone_number'] },
};

/** A rejection for a code: its description (or `detail` after it) and the fields at fault. */
export function tcrRejection(code: number, opts: { fields?: string[]; detail?: string } = {}): TcrRejection {
  const info = CODES[code];
  const base = info?.description ?? `Registration failed (error ${code}).`;
  return { code, description: opts.detail ? `${base} ${opts.detail}` : base, fields: opts.fields ?? info?.fields ?? [] };
}
