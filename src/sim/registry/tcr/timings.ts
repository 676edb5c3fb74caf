import { DAY, HOUR, MINUTE } from '../../wire/dates.js';

/**
 * How long TCR, the vetting partners and the carriers take, in simulated time. Realistic in shape
 * (FIDELITY §7: brands take days and IN_REVIEW over two days is unusual; campaigns take days to
 * weeks; number registration takes hours; the sole proprietor's OTP is valid 24 h) but short at the
 * default clock speed (3600 simulated s per real s): a brand settles in ~24 real seconds, a campaign
 * in ~75, a number in ~4. Mock brands and their campaigns settle in minutes of simulated time.
 */
export const TcrTimings = {
  /** PENDING → IN_REVIEW: TCR picks the brand up. */
  brandPickup: 1 * HOUR,
  /** IN_REVIEW → APPROVED / FAILED, identity check and (standard brands) automatic secondary vetting. */
  brandReview: 23 * HOUR,
  /** When the review waits for the TrustHub bundles it depends on, it looks again this much later. */
  brandRecheck: 2 * HOUR,
  mockBrandPickup: 1 * MINUTE,
  mockBrandReview: 4 * MINUTE,
  /** The sole proprietor's OTP (error 30752: valid for 24 hours). */
  otpValidity: 24 * HOUR,
  /** A Campaign Verify token import. */
  vetting: 1 * HOUR,
  /** PENDING → IN_PROGRESS: the campaign is submitted to TCR and the DCA's manual vetting starts. */
  campaignPickup: 2 * HOUR,
  /** IN_PROGRESS → VERIFIED / FAILED. */
  campaignReview: 3 * DAY,
  mockCampaignPickup: 1 * MINUTE,
  mockCampaignReview: 9 * MINUTE,
  /** pending → successful / failed: the number is provisioned on the campaign with the carriers. */
  numberRegistration: 4 * HOUR,
  mockNumberRegistration: 5 * MINUTE,
  numberDeregistration: 1 * HOUR,
} as const;
