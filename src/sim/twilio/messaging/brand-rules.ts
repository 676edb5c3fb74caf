import { TwilioError } from '../../wire/errors.js';
import { BRAND_BUNDLES, type BrandBundleView } from '../../registry/tcr/brand-review.js';
import { BrandErrorCode } from '../../registry/tcr/errors.js';
import type { BrandRecord, BrandType, VettingRecord } from './records.js';

/**
 * Synchronous rules of the Messaging v1 brand resources: a brand is registered on two bundles of
 * this account with the right policies (error 30793 "validation problems with connected bundles"),
 * resubmitted only when FAILED, vetted only in a compatible state (21721, 21723).
 */
export function checkBrandBundles(
  brandType: BrandType,
  customerProfile: BrandBundleView | undefined,
  trustProduct: BrandBundleView | undefined,
  sids: { customerProfile: string; trustProduct: string },
): void {
  const accepted = BRAND_BUNDLES[brandType];
  if (!customerProfile) {
    throw new TwilioError(400, BrandErrorCode.ConnectedBundles, `Invalid parameter CustomerProfileBundleSid: no Customer Profile ${sids.customerProfile} in this account`);
  }
  if (!accepted.customerProfile.includes(customerProfile.bundleType)) {
    throw new TwilioError(
      400,
      BrandErrorCode.ConnectedBundles,
      `Invalid parameter CustomerProfileBundleSid: ${sids.customerProfile} is a ${customerProfile.bundleType} bundle; a ${brandType} brand needs one of ${accepted.customerProfile.join(', ')}`,
    );
  }
  if (!trustProduct) {
    throw new TwilioError(400, BrandErrorCode.ConnectedBundles, `Invalid parameter A2PProfileBundleSid: no A2P Trust Product ${sids.trustProduct} in this account`);
  }
  if (!accepted.trustProduct.includes(trustProduct.bundleType)) {
    throw new TwilioError(
      400,
      BrandErrorCode.ConnectedBundles,
      `Invalid parameter A2PProfileBundleSid: ${sids.trustProduct} is a ${trustProduct.bundleType} bundle; a ${brandType} brand needs one of ${accepted.trustProduct.join(', ')}${brandType === 'STANDARD' && trustProduct.bundleType === 'sole_proprietor_a2p_profile' ? ' (send BrandType=SOLE_PROPRIETOR)' : ''}`,
    );
  }
}

/** `POST /v1/a2p/BrandRegistrations/{Sid}` resubmits a brand whose registration FAILED (ISV guide: fix the profile data, then resubmit). */
export function checkResubmission(brand: BrandRecord): void {
  if (brand.status !== 'FAILED') {
    throw new TwilioError(409, 20409, `The Brand Registration ${brand.sid} is ${brand.status}; only a FAILED brand can be resubmitted`);
  }
}

/** Error 21721: a vetting cannot be imported onto an incompatible brand. */
export const VETTING_INCOMPATIBLE_BRAND = 21721;
/** Error 21723: a vetting of the same provider is already in progress. */
export const VETTING_IN_PROGRESS = 21723;

export function checkVetting(brand: BrandRecord, provider: 'campaign-verify' | 'aegis', vettingId: string | undefined, existing: VettingRecord[]): void {
  if (provider === 'campaign-verify' && !vettingId) throw TwilioError.missingParam('VettingId');
  if (brand.brand_type !== 'STANDARD') {
    throw new TwilioError(400, VETTING_INCOMPATIBLE_BRAND, `Cannot import a vetting onto Brand Registration ${brand.sid}: it is a ${brand.brand_type} brand, not STANDARD`);
  }
  if (brand.status === 'FAILED') {
    throw new TwilioError(400, VETTING_INCOMPATIBLE_BRAND, `Cannot import a vetting onto Brand Registration ${brand.sid}: its registration FAILED`);
  }
  if (provider === 'aegis' && brand.status !== 'APPROVED') {
    throw new TwilioError(400, VETTING_INCOMPATIBLE_BRAND, `Cannot vet Brand Registration ${brand.sid} with Aegis while it is ${brand.status}; wait until it is APPROVED`);
  }
  const running = existing.find((v) => v.vetting_provider === provider && v.vetting_status === 'IN_PROGRESS');
  if (running) throw new TwilioError(400, VETTING_IN_PROGRESS, `A ${provider} vetting (${running.sid}) of Brand Registration ${brand.sid} is already IN_PROGRESS`);
}

/** The token rule is TCR's own (registry/tcr/api.ts); re-exported for the face's callers. */
export { campaignVerifyTokenProblem } from '../../registry/tcr/api.js';
