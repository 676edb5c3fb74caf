import type { Override } from '../../engine/world.js';
import { einProblem, emailDomain, isDisposableEmail, REGISTRATION_IDENTIFIERS, usPostalCodeProblem, websiteProblem } from '../business-checks.js';
import { BrandErrorCode, tcrRejection } from './errors.js';
import type { BrandFeedback, BrandType, IdentityStatus, TcrBrandIdentity, TcrRejection } from './records.js';

/**
 * The Campaign Registry's review of a brand, as a pure decision over its identity (TCR's own fields,
 * whichever provider submitted it) and, when the face holds them, the documents it came from (Twilio's
 * TrustHub bundles; FIDELITY §3 BrandRegistration). Failures are derived from the data, as TCR's
 * identity checks would find them, or forced (control-plane override, magic value in the business name).
 * A rejection names the fields at fault as Twilio's documents do (`business_registration_number`,
 * `region`…), which is what Twilio's wire shows.
 */
export interface BrandBundleView {
  sid: string;
  status: string;
  /** `x-sim.bundle_type` of its policy (`secondary_customer_profile_type_business`, `sole_proprietor_a2p_profile`…). */
  bundleType: string;
}

/** A brand's address as the review checks it; `ref` names it in the rejection (TCR's brand, or the face's document). */
export interface BrandReviewAddress {
  ref: string;
  country: string;
  postalCode: string;
  region: string;
}

export interface BrandReviewInput {
  identity: TcrBrandIdentity;
  /** The identity's address, or every address the face's documents point to. */
  addresses: BrandReviewAddress[];
  /** The documents the identity came from, when the face holds them (Twilio's customer profile and A2P trust product). */
  documents?: { customerProfile: BrandBundleView; trustProduct: BrandBundleView };
  forced?: Override;
  /** A uniform draw in [0, 1) from the world's entropy, for the vetting score (deterministic under a seed). */
  draw: number;
}

export type SecondaryVetting = { outcome: 'skipped' } | { outcome: 'success'; score: number } | { outcome: 'failure'; errors: Array<{ errorcode: number; errordescription: string }> };

export type BrandDecision =
  | { outcome: 'wait'; reason: string }
  | {
      outcome: 'APPROVED';
      identityStatus: IdentityStatus;
      brandScore: number | null;
      russell3000: boolean | null;
      governmentEntity: boolean | null;
      taxExemptStatus: string | null;
      vetting: SecondaryVetting;
    }
  | { outcome: 'FAILED'; errors: TcrRejection[]; feedback: BrandFeedback[]; reason: string };

/** Bundle types a brand accepts, by brand type (FIDELITY §5 policies; ISV guide §1–3). */
export const BRAND_BUNDLES: Record<BrandType, { customerProfile: string[]; trustProduct: string[] }> = {
  STANDARD: {
    customerProfile: ['secondary_customer_profile_type_business', 'primary_customer_profile_type_business'],
    trustProduct: ['a2p_messaging_profile_type_business'],
  },
  SOLE_PROPRIETOR: {
    customerProfile: ['starter_customer_profile_type_business'],
    trustProduct: ['sole_proprietor_a2p_profile'],
  },
};

/** Stock exchanges TCR accepts for public companies (error 30793's list). */
export const STOCK_EXCHANGES = [
  'NONE',
  'NASDAQ',
  'NYSE',
  'AMEX',
  'AMX',
  'ASX',
  'B3',
  'BME',
  'BSE',
  'FRA',
  'ICEX',
  'JPX',
  'JSE',
  'KRX',
  'LON',
  'NSE',
  'OMX',
  'SEHK',
  'SGX',
  'SSE',
  'STO',
  'SWX',
  'SZSE',
  'TSX',
  'TWSE',
  'VSE',
  'OTHER',
];
/** Russell 3000 members trade on these US exchanges; the simulator treats every public US-listed brand there as a member. */
const RUSSELL_EXCHANGES = new Set(['NYSE', 'NASDAQ']);
/** Countries US A2P brand registration does not accept (comprehensively sanctioned; error 30729). */
const NOT_ALLOWED_COUNTRIES = new Set(['CU', 'IR', 'KP', 'SY']);
/** USPS state, district and territory codes. */
const US_REGIONS = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI'.split(' '),
);
/** Authentication+ refuses free-mail domains for the brand contact email of public companies (error 21740 family). */
const FREE_MAIL = new Set(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com']);
const TOLL_FREE_NPA = new Set(['800', '833', '844', '855', '866', '877', '888']);

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function brandTypeOf(identity: TcrBrandIdentity): BrandType {
  return identity.entityType === 'SOLE_PROPRIETOR' ? 'SOLE_PROPRIETOR' : 'STANDARD';
}

/** TCR's entity type in the company-type words the rules speak (public, non_profit, government, private). */
const COMPANY_TYPE: Record<TcrBrandIdentity['entityType'], string> = {
  PRIVATE_PROFIT: 'private',
  PUBLIC_PROFIT: 'public',
  NON_PROFIT: 'non_profit',
  GOVERNMENT: 'government',
  SOLE_PROPRIETOR: 'private',
};

function failure(errors: TcrRejection[], feedback: BrandFeedback[]): BrandDecision {
  return { outcome: 'FAILED', errors, feedback: [...new Set(feedback)], reason: errors.map((e) => `${e.code}: ${e.description}`).join('; ') };
}

/** What TCR's identity checks find wrong with the data; empty when it checks out. */
export function brandFindings(input: BrandReviewInput): { errors: TcrRejection[]; feedback: BrandFeedback[] } {
  const errors: TcrRejection[] = [];
  const feedback: BrandFeedback[] = [];

  const id = input.identity;
  if (brandTypeOf(id) === 'SOLE_PROPRIETOR') {
    const mobile = str(id.mobilePhone);
    // FIDELITY §6: the OTP goes to a US or Canadian mobile; a toll-free or foreign number cannot receive it.
    if (!/^\+1\d{10}$/.test(mobile) || TOLL_FREE_NPA.has(mobile.slice(2, 5))) {
      errors.push(tcrRejection(BrandErrorCode.UnsupportedMobileNumber, { detail: `${mobile || '(none)'} is not a US or Canadian mobile number.` }));
    }
    return { errors, feedback };
  }

  const identifier = str(id.altBusinessIdType);
  if (!identifier || !REGISTRATION_IDENTIFIERS.includes(identifier)) {
    errors.push(tcrRejection(BrandErrorCode.RegistrationAuthorityMissing, { detail: identifier ? `${identifier} is not a registration authority.` : '' }));
  } else if (identifier === 'EIN') {
    const problem = einProblem(str(id.ein));
    if (problem) {
      errors.push(tcrRejection(BrandErrorCode.UnverifiedData, { fields: ['business_registration_number'], detail: `The submitted US EIN is invalid: ${problem}.` }));
      feedback.push('TAX_ID');
    }
  }
  const site = str(id.website);
  const siteProblem = site ? websiteProblem(site) : null;
  if (siteProblem) {
    errors.push(tcrRejection(BrandErrorCode.UnverifiedData, { fields: ['website_url'], detail: `The website could not be verified: ${siteProblem}.` }));
    feedback.push('OTHERS');
  }

  for (const addr of input.addresses) {
    const country = addr.country.toUpperCase();
    if (NOT_ALLOWED_COUNTRIES.has(country)) {
      errors.push(tcrRejection(BrandErrorCode.CountryNotAllowed, { detail: `${country} (address ${addr.ref}) is not allowed for US A2P brands.` }));
      continue;
    }
    if (country !== 'US') continue;
    // The spec's own failed-brand example: "Invalid State/Region/Province … please use 2 character codes".
    if (!US_REGIONS.has(addr.region.trim())) {
      errors.push(
        tcrRejection(BrandErrorCode.InvalidInput, {
          fields: ['region'],
          detail: `Invalid State/Region/Province "${addr.region}" (address ${addr.ref}): for the United States, please use 2 character codes, e.g. 'CA' for California.`,
        }),
      );
    }
    const zip = usPostalCodeProblem(addr.postalCode);
    if (zip) errors.push(tcrRejection(BrandErrorCode.InvalidInput, { fields: ['postal_code'], detail: `Invalid postal code (address ${addr.ref}): ${zip}.` }));
  }

  const companyType = COMPANY_TYPE[id.entityType];
  if (companyType === 'public') {
    const exchange = str(id.stockExchange).toUpperCase();
    if (!STOCK_EXCHANGES.includes(exchange)) {
      errors.push(tcrRejection(BrandErrorCode.ConnectedBundles, { fields: ['stock_exchange'], detail: `Unsupported stock exchange "${str(id.stockExchange)}".` }));
      feedback.push('STOCK_SYMBOL');
    }
    // Authentication+ (public for-profit brands) sends its 2FA to the brand contact email.
    const email = str(id.email);
    if (!email || isDisposableEmail(email) || FREE_MAIL.has(emailDomain(email))) {
      errors.push(
        tcrRejection(BrandErrorCode.ContactEmail, {
          detail: email ? `${email} cannot receive Authentication+ verification for a public company.` : 'Public companies need a brand contact email for Authentication+.',
        }),
      );
    }
  }
  const industry = str(id.vertical);
  if (companyType === 'non_profit' && industry.toUpperCase() !== 'NOT_FOR_PROFIT') {
    errors.push(tcrRejection(BrandErrorCode.NoTaxExemptStatus, { detail: `A non-profit brand must be in the NOT_FOR_PROFIT industry (got ${industry || 'none'}).` }));
    feedback.push('NONPROFIT');
  }
  if (companyType === 'government' && industry.toUpperCase() !== 'GOVERNMENT') {
    errors.push(tcrRejection(BrandErrorCode.UnverifiedData, { fields: ['company_type'], detail: 'A government brand must be in the GOVERNMENT industry.' }));
    feedback.push('GOVERNMENT_ENTITY');
  }
  return { errors, feedback };
}

function approved(input: BrandReviewInput, vetting: 'auto' | 'fail'): BrandDecision {
  const id = input.identity;
  if (brandTypeOf(id) === 'SOLE_PROPRIETOR') {
    // Error 30752: the OTP goes out once the brand is APPROVED; it stays UNVERIFIED until the owner replies YES.
    return { outcome: 'APPROVED', identityStatus: 'UNVERIFIED', brandScore: null, russell3000: null, governmentEntity: null, taxExemptStatus: null, vetting: { outcome: 'skipped' } };
  }
  const companyType = COMPANY_TYPE[id.entityType];
  const russell3000 = companyType === 'public' && RUSSELL_EXCHANGES.has(str(id.stockExchange).toUpperCase());
  const common = {
    russell3000,
    governmentEntity: companyType === 'government',
    // https://twilio.com/en-us/changelog/additional-optional-information-available-on-a2p-10dlc-brand-reg : N/A unless a verified US nonprofit.
    taxExemptStatus: companyType === 'non_profit' ? '501c3' : 'N/A',
  };
  // Standard brands get Aegis secondary vetting automatically unless SkipAutomaticSecVet (Low-Volume Standard, ISV guide §3); mock brands skip it.
  if (id.skipAutomaticSecVet || id.mock) return { outcome: 'APPROVED', identityStatus: 'VERIFIED', brandScore: null, ...common, vetting: { outcome: 'skipped' } };
  if (vetting === 'fail') {
    return {
      outcome: 'APPROVED',
      identityStatus: 'VERIFIED',
      brandScore: null,
      ...common,
      vetting: { outcome: 'failure', errors: [{ errorcode: BrandErrorCode.UnverifiedData, errordescription: 'Secondary vetting could not verify the brand.' }] },
    };
  }
  // A score in TCR's 1–100 range: large public companies score at the top, everyone else spreads over 40–89.
  const score = russell3000 ? 90 + Math.floor(input.draw * 10) : 40 + Math.floor(input.draw * 50);
  return { outcome: 'APPROVED', identityStatus: 'VETTED_VERIFIED', brandScore: score, ...common, vetting: { outcome: 'success', score } };
}

/** Outcomes `/_sim/overrides` may force on a brand, and the magic values (lower case) that do the same. */
export const BRAND_OUTCOMES = ['APPROVED', 'FAILED', 'VETTING_FAILED'] as const;

export function reviewBrand(input: BrandReviewInput): BrandDecision {
  const forced = input.forced?.outcome.toUpperCase().replace(/-/g, '_');
  if (forced === 'APPROVED') return approved(input, 'auto');
  if (forced === 'VETTING_FAILED') return approved(input, 'fail');
  if (forced === 'FAILED') {
    const code = input.forced!.code ?? BrandErrorCode.UnverifiedData;
    return failure(
      [tcrRejection(code, { ...(input.forced!.fields ? { fields: input.forced!.fields } : {}), ...(input.forced!.reason ? { detail: input.forced!.reason } : {}) })],
      code === BrandErrorCode.UnverifiedData ? ['OTHERS'] : [],
    );
  }

  // The brand is registered on the strength of its TrustHub bundles: they may still be in review (ISV guide §2.6), but not abandoned.
  const bundles = input.documents
    ? [
        { view: input.documents.customerProfile, field: 'customer_profile_bundle_sid' },
        { view: input.documents.trustProduct, field: 'a2p_profile_bundle_sid' },
      ]
    : [];
  for (const { view, field } of bundles) {
    if (view.status === 'twilio-rejected' || view.status === 'draft') {
      return failure([tcrRejection(BrandErrorCode.ConnectedBundles, { fields: [field], detail: `The bundle ${view.sid} is ${view.status}; it must be submitted and approved.` })], []);
    }
  }
  if (input.identity.mock) return approved(input, 'auto');
  const waiting = bundles.find((b) => b.view.status !== 'twilio-approved');
  if (waiting) return { outcome: 'wait', reason: `waiting for the bundle ${waiting.view.sid} (${waiting.view.status})` };

  const { errors, feedback } = brandFindings(input);
  if (errors.length) return failure(errors, feedback);
  return approved(input, 'auto');
}
