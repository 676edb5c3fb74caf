import type { World } from '../../engine/world.js';
// TrustHub's table names, record shapes and policy catalogue (data only; TrustHub's rules are not called from here).
import { policy } from '../trusthub/catalog.js';
import { Tables, type BundleKind, type BundleRecord, type EndUserRecord, type EntityAssignmentRecord, type SupportingDocumentRecord } from '../trusthub/records.js';
import type { BrandBundleView, BrandReviewAddress } from '../../registry/tcr/brand-review.js';
import type { TcrBrandIdentity, TcrEntityType } from '../../registry/tcr/api.js';

/**
 * What the TCR review reads from TrustHub: the two bundles a brand is registered with, the end users
 * attached to them and the addresses their documents point to (FIDELITY §5 ISV flow).
 */
export interface BrandSources {
  customerProfile: (BrandBundleView & { kind: BundleKind }) | undefined;
  trustProduct: (BrandBundleView & { kind: BundleKind }) | undefined;
  endUsers: Array<{ type: string; attributes: Record<string, unknown> }>;
  addresses: Array<{ sid: string; iso_country: string; postal_code: string; region: string }>;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The name TCR knows the brand by: the business name, or the sole proprietor's brand name. */
export function brandName(endUsers: BrandSources['endUsers']): string {
  for (const type of ['customer_profile_business_information', 'sole_proprietor_information']) {
    const a = endUsers.find((e) => e.type === type)?.attributes;
    const name = str(a?.business_name ?? a?.brand_name);
    if (name) return name;
  }
  const starter = endUsers.find((e) => e.type === 'starter_customer_profile_information')?.attributes;
  return `${str(starter?.first_name)} ${str(starter?.last_name)}`.trim();
}

/** Every address the bundles' documents point to, as the brand review checks them (named by their SID in a rejection). */
export function reviewAddresses(src: BrandSources): BrandReviewAddress[] {
  return src.addresses.map((a) => ({ ref: a.sid, country: a.iso_country, postalCode: a.postal_code, region: a.region }));
}

/** A bundle of this account (customer profile or trust product) with its policy's bundle type. */
export function bundleView(world: World, sid: string): (BrandBundleView & { kind: BundleKind }) | undefined {
  for (const kind of ['customer_profile', 'trust_product'] as BundleKind[]) {
    const rec = world.table<BundleRecord>(Tables[kind]).get(sid);
    if (rec) return { sid, kind, status: rec.status, bundleType: policy(rec.policy_sid)?.['x-sim'].bundle_type ?? 'unknown' };
  }
  return undefined;
}

function attached(world: World, kind: BundleKind, bundleSid: string): string[] {
  return world
    .table<EntityAssignmentRecord>(Tables.entityAssignments(kind))
    .filter((a) => a.bundle_sid === bundleSid)
    .map((a) => a.object_sid);
}

export function brandSources(world: World, customerProfileSid: string, trustProductSid: string): BrandSources {
  const customerProfile = bundleView(world, customerProfileSid);
  const trustProduct = bundleView(world, trustProductSid);
  const objects = [...(customerProfile ? attached(world, customerProfile.kind, customerProfileSid) : []), ...(trustProduct ? attached(world, trustProduct.kind, trustProductSid) : [])];
  const endUsers: BrandSources['endUsers'] = [];
  const addresses: BrandSources['addresses'] = [];
  const addressTable = world.table<{ sid: string; iso_country: string; postal_code: string; region: string }>(Tables.addresses);
  for (const sid of objects) {
    const eu = world.table<EndUserRecord>(Tables.endUsers).get(sid);
    if (eu) endUsers.push({ type: eu.type, attributes: eu.attributes });
    const doc = world.table<SupportingDocumentRecord>(Tables.supportingDocuments).get(sid);
    if (doc) {
      for (const a of String(doc.attributes.address_sids ?? '').split(',')) {
        const addr = addressTable.get(a.trim());
        if (addr && !addresses.some((x) => x.sid === addr.sid)) addresses.push({ sid: addr.sid, iso_country: addr.iso_country, postal_code: addr.postal_code, region: addr.region });
      }
    }
  }
  return { customerProfile, trustProduct, endUsers, addresses };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The brand's identity in TCR's terms, read from its bundles as Twilio sends it to TCR: what the
 * bundles hold, gaps included (the review reads the bundles themselves through `tcrEvidenceTopic`).
 */
export function brandIdentity(src: BrandSources, opts: { soleProprietor: boolean; mock: boolean; skipAutomaticSecVet: boolean }): TcrBrandIdentity {
  const of = (type: string) => src.endUsers.find((e) => e.type === type)?.attributes ?? {};
  const business = of('customer_profile_business_information');
  const messaging = of('us_a2p_messaging_profile_information');
  const sole = { ...of('starter_customer_profile_information'), ...of('sole_proprietor_information') };
  const companyType = text(messaging.company_type)?.toLowerCase();
  const entityType: TcrEntityType = opts.soleProprietor
    ? 'SOLE_PROPRIETOR'
    : companyType === 'public'
      ? 'PUBLIC_PROFIT'
      : companyType === 'non_profit'
        ? 'NON_PROFIT'
        : companyType === 'government'
          ? 'GOVERNMENT'
          : 'PRIVATE_PROFIT';
  const address = src.addresses[0];
  const identity: TcrBrandIdentity = { entityType, displayName: brandName(src.endUsers), country: address?.iso_country ?? 'US', mock: opts.mock, skipAutomaticSecVet: opts.skipAutomaticSecVet };
  const fields: Partial<Record<keyof TcrBrandIdentity, string | undefined>> = {
    companyName: text(business.business_name),
    ein: text(business.business_registration_number),
    altBusinessIdType: text(business.business_registration_identifier),
    website: text(business.website_url),
    vertical: text(business.business_industry),
    stockSymbol: text(messaging.stock_ticker),
    stockExchange: text(messaging.stock_exchange),
    email: text(messaging.brand_contact_email) ?? text(sole.email),
    firstName: text(sole.first_name),
    lastName: text(sole.last_name),
    mobilePhone: text(sole.mobile_phone_number),
    state: address?.region,
    postalCode: address?.postal_code,
  };
  for (const [key, value] of Object.entries(fields)) if (value) (identity as unknown as Record<string, unknown>)[key] = value;
  return identity;
}
