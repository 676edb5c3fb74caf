import { describe, expect, it } from 'vitest';
import { brandFindings, reviewBrand, type BrandReviewInput } from '../../src/sim/registry/tcr/brand-review.js';
import type { TcrBrandIdentity } from '../../src/sim/registry/tcr/records.js';
import { campaignFindings, decideNumberRegistration, nameWords, rateLimits, reviewCampaign, type CampaignReviewInput } from '../../src/sim/registry/tcr/campaign-review.js';
import { checkCampaignPrerequisites, validateCampaignFields, type CampaignFields } from '../../src/sim/twilio/messaging/campaign-rules.js';
import { usecasesFor } from '../../src/sim/registry/tcr/catalog.js';
import type { BrandRecord } from '../../src/sim/twilio/messaging/records.js';
import { registrationErrorOf, wireRateLimits } from '../../src/sim/twilio/messaging/registration-errors.js';
import { tcrRejection } from '../../src/sim/registry/tcr/errors.js';
import { TwilioError } from '../../src/sim/wire/errors.js';

const approvedBundle = (sid: string, bundleType: string) => ({ sid, status: 'twilio-approved', bundleType });

type Documents = NonNullable<BrandReviewInput['documents']>;

/** A standard brand whose TrustHub documents are approved; `identity` and `documents` replace their parts. */
function standard(over: Partial<BrandReviewInput> = {}, identity: Partial<TcrBrandIdentity> = {}, documents: Partial<Documents> = {}): BrandReviewInput {
  return {
    identity: {
      entityType: 'PRIVATE_PROFIT',
      displayName: 'Acme, Inc.',
      companyName: 'Acme, Inc.',
      altBusinessIdType: 'EIN',
      ein: '12-3456789',
      website: 'https://www.acme-inc.com',
      vertical: 'EDUCATION',
      country: 'US',
      ...identity,
    },
    addresses: [{ ref: 'AD1', country: 'US', postalCode: '94105', region: 'CA' }],
    documents: {
      customerProfile: approvedBundle('BU1', 'secondary_customer_profile_type_business'),
      trustProduct: approvedBundle('BU2', 'a2p_messaging_profile_type_business'),
      ...documents,
    },
    draw: 0.5,
    ...over,
  };
}

const codes = (input: BrandReviewInput) => brandFindings(input).errors.map((e) => [e.code, e.fields.join(',')]);

describe('TCR brand review (pure)', () => {
  it('finds nothing wrong with good data and approves with a vetting score in 40–89', () => {
    expect(brandFindings(standard()).errors).toEqual([]);
    const decision = reviewBrand(standard());
    expect(decision).toMatchObject({ outcome: 'APPROVED', identityStatus: 'VETTED_VERIFIED', brandScore: 65, vetting: { outcome: 'success', score: 65 }, taxExemptStatus: 'N/A' });
  });

  it('derives each failure from the data, with Twilio’s code and the field at fault', () => {
    expect(codes(standard({}, { ein: '07-1234567' }))).toEqual([[30799, 'business_registration_number']]);
    expect(codes(standard({}, { website: 'https://acme.invalid' }))).toEqual([[30799, 'website_url']]);
    expect(codes(standard({}, { altBusinessIdType: '' }))).toEqual([[30758, 'business_registration_identifier']]);
    expect(codes(standard({ addresses: [{ ref: 'AD1', country: 'US', postalCode: '9410', region: 'California' }] }))).toEqual([
      [30701, 'region'],
      [30701, 'postal_code'],
    ]);
    expect(codes(standard({ addresses: [{ ref: 'AD1', country: 'KP', postalCode: '1', region: 'X' }] }))).toEqual([[30729, 'iso_country']]);
    expect(codes(standard({}, { entityType: 'PUBLIC_PROFIT', stockExchange: 'NYSE', stockSymbol: 'A', email: 'ir@gmail.com' }))).toEqual([[21736, 'brand_contact_email']]);
    expect(codes(standard({}, { entityType: 'NON_PROFIT' }))).toEqual([[30798, 'company_type']]);
    expect(codes(standard({}, { entityType: 'NON_PROFIT', vertical: 'NOT_FOR_PROFIT' }))).toEqual([]);
    const soleProp: BrandReviewInput = {
      ...standard(),
      identity: { entityType: 'SOLE_PROPRIETOR', displayName: 'Jane', mobilePhone: '+18005550100', country: 'US' },
    };
    expect(codes(soleProp)).toEqual([[30751, 'mobile_phone_number']]);
    // A provider without documents (Bird) meets the same checks on its identity alone.
    const { documents: _documents, ...identityOnly } = standard({}, { ein: '07-1234567' });
    expect(codes(identityOnly)).toEqual([[30799, 'business_registration_number']]);
    expect(reviewBrand(identityOnly)).toMatchObject({ outcome: 'FAILED' });
  });

  it('waits while a bundle is in review, fails on a draft or rejected bundle, and lets forced outcomes win', () => {
    expect(reviewBrand(standard({}, {}, { trustProduct: { sid: 'BU2', status: 'in-review', bundleType: 'a2p_messaging_profile_type_business' } }))).toMatchObject({ outcome: 'wait' });
    expect(reviewBrand(standard({}, {}, { customerProfile: { sid: 'BU1', status: 'draft', bundleType: 'secondary_customer_profile_type_business' } }))).toMatchObject({
      outcome: 'FAILED',
      errors: [expect.objectContaining({ code: 30793, fields: ['customer_profile_bundle_sid'] })],
    });
    expect(reviewBrand(standard({ forced: { outcome: 'failed', code: 30701 } }))).toMatchObject({ outcome: 'FAILED', errors: [expect.objectContaining({ code: 30701, fields: ['region'] })] });
    expect(reviewBrand(standard({ forced: { outcome: 'APPROVED' } }, { ein: '00-0000000' }))).toMatchObject({ outcome: 'APPROVED' });
    expect(reviewBrand(standard({ forced: { outcome: 'vetting-failed' } }))).toMatchObject({ outcome: 'APPROVED', identityStatus: 'VERIFIED', vetting: { outcome: 'failure' } });
    expect(reviewBrand(standard({}, { skipAutomaticSecVet: true }))).toMatchObject({ outcome: 'APPROVED', identityStatus: 'VERIFIED', brandScore: null });
  });
});

const fields = (over: CampaignFields = {}): CampaignFields => ({
  BrandRegistrationSid: 'BN1',
  Description: 'd'.repeat(40),
  MessageFlow: 'f'.repeat(40),
  MessageSamples: ['s'.repeat(20), 't'.repeat(20)],
  UsAppToPersonUsecase: 'MARKETING',
  HasEmbeddedLinks: false,
  HasEmbeddedPhone: false,
  ...over,
});

function thrown(fn: () => void): TwilioError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TwilioError) return e;
    throw e;
  }
  throw new Error('expected a TwilioError');
}

describe('campaign rules (pure)', () => {
  it('accepts the exact length bounds and refuses one past them, naming the field', () => {
    expect(() =>
      validateCampaignFields(
        fields({ Description: 'd'.repeat(4096), MessageFlow: 'f'.repeat(2048), MessageSamples: ['s'.repeat(1024), 's'.repeat(20), 's'.repeat(20), 's'.repeat(20), 's'.repeat(20)] }),
        'create',
      ),
    ).not.toThrow();
    expect(thrown(() => validateCampaignFields(fields({ Description: 'd'.repeat(39) }), 'create'))).toMatchObject({ code: 21728, message: expect.stringMatching(/Description/) });
    expect(thrown(() => validateCampaignFields(fields({ MessageSamples: ['s'.repeat(19), 's'.repeat(20)] }), 'create'))).toMatchObject({
      code: 21728,
      message: expect.stringMatching(/MessageSamples\[0\]/),
    });
    expect(thrown(() => validateCampaignFields(fields({ OptOutMessage: 'o'.repeat(321), OptOutKeywords: ['STOP'], HelpMessage: 'h'.repeat(20), HelpKeywords: ['HELP'] }), 'create'))).toMatchObject({
      code: 21728,
      message: expect.stringMatching(/OptOutMessage/),
    });
    expect(thrown(() => validateCampaignFields({ HasEmbeddedLinks: true }, 'update'))).toMatchObject({ code: 21727, message: expect.stringMatching(/HasEmbeddedPhone/) });
  });

  it('checks the brand and the use case before a campaign is created', () => {
    const brand = { sid: 'BN1', status: 'APPROVED', identity_status: 'VERIFIED', brand_type: 'STANDARD' } as BrandRecord;
    const base = { serviceSid: 'MG1', brand, brandSid: 'BN1', usecase: 'MARKETING', serviceCampaign: undefined, brandCampaigns: [] };
    expect(() => checkCampaignPrerequisites(base)).not.toThrow();
    expect(thrown(() => checkCampaignPrerequisites({ ...base, brand: { ...brand, status: 'IN_REVIEW' } }))).toMatchObject({ code: 21717 });
    expect(thrown(() => checkCampaignPrerequisites({ ...base, usecase: 'marketing' }))).toMatchObject({ code: 21720 });
    expect(thrown(() => checkCampaignPrerequisites({ ...base, brandCampaigns: Array(5).fill({ sid: 'QE' }) }))).toMatchObject({ code: 30930 });
    expect(usecasesFor('SOLE_PROPRIETOR').map((u) => u.code)).toEqual(['SOLE_PROPRIETOR']);
  });

  const review = (over: Partial<CampaignReviewInput> = {}): CampaignReviewInput => ({
    usecase: 'MARKETING',
    description: 'Acme sends weekly offers to customers who joined its loyalty club online.',
    messageFlow: 'Customers join the loyalty club at acme-inc.com and tick a box to receive texts.',
    messageSamples: ['Acme: 20% off this weekend! Reply STOP to opt out.', 'Acme: your points balance is 120.'],
    hasEmbeddedLinks: false,
    hasEmbeddedPhone: false,
    brand: { name: 'Acme, Inc. [sim:approved]', type: 'STANDARD', score: 80, skipAutomaticSecVet: false, mock: false },
    ...over,
  });

  it('matches the brand name without legal suffixes or magic tokens, and checks embedded links and phones against the samples', () => {
    expect(nameWords('Acme, Inc. [sim:failed:30799]')).toEqual(['acme']);
    expect(campaignFindings(review())).toEqual([]);
    expect(campaignFindings(review({ hasEmbeddedLinks: true })).map((e) => e.code)).toEqual([30893]);
    expect(campaignFindings(review({ messageSamples: ['Acme: call (415) 555-0100 today. Reply STOP to opt out.', 'Acme: see you soon at the store.'] })).map((e) => e.code)).toEqual([30889]);
    expect(reviewCampaign(review())).toEqual({ outcome: 'VERIFIED', rateLimits: { att: { mps: 600, messageClass: 'A' }, tmobile: { brandTier: 'TOP' } } });
  });

  it('sets carrier throughput by brand score and type', () => {
    const brand = { name: 'x', type: 'STANDARD' as const, skipAutomaticSecVet: false, mock: false };
    expect(rateLimits({ ...brand, score: 60 }, 'MARKETING').tmobile.brandTier).toBe('HIGH');
    expect(rateLimits({ ...brand, score: 30 }, 'MARKETING').tmobile.brandTier).toBe('LOW_MID');
    expect(rateLimits({ ...brand, score: null }, 'MARKETING').att.messageClass).toBe('T');
    expect(rateLimits({ ...brand, type: 'SOLE_PROPRIETOR', score: null }, 'SOLE_PROPRIETOR')).toEqual({ att: { mps: 0.25, messageClass: 'A' }, tmobile: { brandTier: 'LOW' } });
  });

  it("keeps TCR's rejection and rate limits in its own casing, which the Twilio face words as its wire (errors[] with the docs url, rate_limits in snake_case)", () => {
    const rejection = tcrRejection(30886, { detail: 'Too short.' });
    expect(rejection).toEqual({ code: 30886, description: expect.stringMatching(/invalid campaign description\. Too short\.$/), fields: ['DESCRIPTION'] });
    expect(registrationErrorOf(rejection)).toEqual({ error_code: 30886, description: rejection.description, fields: ['DESCRIPTION'], url: 'https://www.twilio.com/docs/api/errors/30886' });
    expect(wireRateLimits({ att: { mps: 240, messageClass: 'B' }, tmobile: { brandTier: 'HIGH' } })).toEqual({ att: { mps: 240, msg_class: 'B' }, tmobile: { brand_tier: 'HIGH' } });
    expect(wireRateLimits(null)).toBeNull();
  });

  it('registers only US 10DLC numbers that can text, one per sole proprietor campaign', () => {
    const base = { phoneNumber: '+14155550100', senderKind: 'us-10dlc' as const, canMessage: true, otherNumbers: 0, soleProprietor: false };
    expect(decideNumberRegistration(base)).toEqual({ outcome: 'successful' });
    expect(decideNumberRegistration({ ...base, senderKind: 'us-toll-free' })).toMatchObject({ outcome: 'failed', error: { code: 30126 } });
    expect(decideNumberRegistration({ ...base, soleProprietor: true, otherNumbers: 1 })).toMatchObject({ outcome: 'failed' });
    expect(decideNumberRegistration({ ...base, canMessage: false, forced: { outcome: 'successful' } })).toEqual({ outcome: 'successful' });
  });
});
