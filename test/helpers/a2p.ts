import { expect } from 'vitest';
import type { TestAccount, TestSim } from './sim.js';

/**
 * Seed 003 §1–2 as reusable steps: an ISV's approved primary profile, then a customer's secondary
 * profile and A2P trust product (or a sole proprietor's starter profile and trust product), submitted
 * for review. The A2P tests (brands, campaigns, numbers) start from here.
 */
export const Policy = {
  primary: 'RN000000000000000000000000000000a1',
  secondary: 'RNdfbf3fae0e1107f8aded0e7cead80bf5',
  a2p: 'RNb0d4771c2c98518d916a3d4cd70a8f8b',
  starter: 'RN806dd6cd175f314e1f96a9727ee271f4',
  soleProprietor: 'RN670d5d2e282a6130ae063b234b6019c8',
} as const;

export const businessInfo = {
  business_name: 'Acme, Inc.',
  social_media_profile_urls: 'https://example.com/acme-social-media-profile',
  website_url: 'https://www.acme-inc.com',
  business_regions_of_operation: 'USA_AND_CANADA',
  business_type: 'Partnership',
  business_registration_identifier: 'EIN',
  business_identity: 'direct_customer',
  business_industry: 'EDUCATION',
  business_registration_number: '12-3456789',
};

export const representative = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@acme-inc.com', phone_number: '+14155550100', business_title: 'CEO', job_position: 'CEO' };
export const messagingProfile = { company_type: 'private' };
export const usAddress = { city: 'San Francisco', customerName: 'Acme, Inc.', isoCountry: 'US', postalCode: '94105', region: 'CA', street: '1234 Market St' };

async function fillBusiness(acct: TestAccount, profileSid: string, info: Record<string, unknown>, address: typeof usAddress) {
  const th = acct.client.trusthub.v1;
  const business = await th.endUsers.create({ attributes: info, friendlyName: `${String(info.business_name)} business information`, type: 'customer_profile_business_information' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: business.sid });
  const rep = await th.endUsers.create({ attributes: representative, friendlyName: 'Authorized representative 1', type: 'authorized_representative_1' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: rep.sid });
  const addr = await acct.client.addresses.create(address);
  const doc = await th.supportingDocuments.create({ attributes: { address_sids: addr.sid }, friendlyName: 'Business address', type: 'customer_profile_address' });
  await th.customerProfiles(profileSid).customerProfilesEntityAssignments.create({ objectSid: doc.sid });
  return { business, address: addr };
}

/** The ISV's Primary Business Profile, approved, in its own account (prerequisite of seed 003). */
export async function isvPrimaryProfile(sim: TestSim): Promise<string> {
  const isv = await sim.account();
  const primary = await isv.client.trusthub.v1.customerProfiles.create({ email: 'isv@acme-isv.com', friendlyName: 'ISV primary', policySid: Policy.primary });
  await fillBusiness(isv, primary.sid, { ...businessInfo, business_name: 'Acme ISV, Inc.' }, usAddress);
  await isv.client.trusthub.v1.customerProfiles(primary.sid).update({ status: 'pending-review' });
  await isv.settle();
  expect((await isv.client.trusthub.v1.customerProfiles(primary.sid).fetch()).status).toBe('twilio-approved');
  return primary.sid;
}

export interface StandardBundleOptions {
  business?: Record<string, unknown>;
  messaging?: Record<string, unknown>;
  address?: typeof usAddress;
  /** Submit the bundles for review (default true). */
  submit?: boolean;
}

/** Seed 003 §1.1–1.10 and §2.1–2.6: secondary customer profile and A2P trust product, submitted. */
export async function standardBundles(acct: TestAccount, primarySid: string, opts: StandardBundleOptions = {}) {
  const th = acct.client.trusthub.v1;
  const info = opts.business ?? businessInfo;
  const cp = await th.customerProfiles.create({ email: 'compliance@acme-inc.com', friendlyName: `${String(info.business_name)} Secondary Customer Profile`, policySid: Policy.secondary });
  const { business } = await fillBusiness(acct, cp.sid, info, opts.address ?? usAddress);
  await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primarySid });
  const tp = await th.trustProducts.create({ email: 'compliance@acme-inc.com', friendlyName: `${String(info.business_name)} A2P Trust Product`, policySid: Policy.a2p });
  const messaging = await th.endUsers.create({ attributes: opts.messaging ?? messagingProfile, friendlyName: 'Messaging profile', type: 'us_a2p_messaging_profile_information' });
  await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: messaging.sid });
  await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: cp.sid });
  if (opts.submit !== false) {
    await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
    await th.trustProducts(tp.sid).update({ status: 'pending-review' });
  }
  return { customerProfileSid: cp.sid, trustProductSid: tp.sid, businessEndUserSid: business.sid, messagingEndUserSid: messaging.sid };
}

export const soleProprietorInfo = { brand_name: 'Jane Doe Tutoring', mobile_phone_number: '+14155550123', vertical: 'EDUCATION' };

/** A sole proprietor's starter profile and Sole Proprietor trust product (FIDELITY §5), submitted. */
export async function soleProprietorBundles(acct: TestAccount, primarySid: string, info: Record<string, unknown> = soleProprietorInfo) {
  const th = acct.client.trusthub.v1;
  const cp = await th.customerProfiles.create({ email: 'jane@janedoe-tutoring.com', friendlyName: 'Jane Doe starter profile', policySid: Policy.starter });
  const person = await th.endUsers.create({
    attributes: { first_name: 'Jane', last_name: 'Doe', email: 'jane@janedoe-tutoring.com', phone_number: '+14155550123' },
    friendlyName: 'Jane Doe',
    type: 'starter_customer_profile_information',
  });
  await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: person.sid });
  const addr = await acct.client.addresses.create({ ...usAddress, customerName: 'Jane Doe' });
  const doc = await th.supportingDocuments.create({ attributes: { address_sids: addr.sid }, friendlyName: 'Home address', type: 'starter_customer_profile_address' });
  await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: doc.sid });
  await th.customerProfiles(cp.sid).customerProfilesEntityAssignments.create({ objectSid: primarySid });
  const tp = await th.trustProducts.create({ email: 'jane@janedoe-tutoring.com', friendlyName: 'Jane Doe sole proprietor', policySid: Policy.soleProprietor });
  const sp = await th.endUsers.create({ attributes: info, friendlyName: 'Sole proprietor information', type: 'sole_proprietor_information' });
  await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: sp.sid });
  await th.trustProducts(tp.sid).trustProductsEntityAssignments.create({ objectSid: cp.sid });
  await th.customerProfiles(cp.sid).update({ status: 'pending-review' });
  await th.trustProducts(tp.sid).update({ status: 'pending-review' });
  return { customerProfileSid: cp.sid, trustProductSid: tp.sid, soleProprietorEndUserSid: sp.sid };
}

/** A campaign that passes vetting for `brandName` (samples name the brand and carry opt-out language). */
export function goodCampaign(brandRegistrationSid: string, brandName = 'Acme') {
  return {
    brandRegistrationSid,
    description: `${brandName} sends appointment reminders and account notifications to customers who signed up on its website.`,
    messageFlow: `Customers opt in on ${brandName.toLowerCase()}-inc.com/signup by entering their number and checking a box agreeing to receive text messages.`,
    messageSamples: [`${brandName}: your appointment is confirmed for Tuesday at 2 PM. Reply STOP to unsubscribe.`, `${brandName}: your account statement is ready in the app. Reply HELP for help.`],
    usAppToPersonUsecase: 'ACCOUNT_NOTIFICATION',
    hasEmbeddedLinks: false,
    hasEmbeddedPhone: false,
  };
}
