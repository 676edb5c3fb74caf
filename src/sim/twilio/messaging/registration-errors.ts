import { tcrRejection } from '../../registry/tcr/errors.js';
import type { RateLimits, TcrRejection } from '../../registry/tcr/records.js';
import type { RegistrationError, WireRateLimits } from './records.js';

/**
 * The registry's rejections and rate limits in Twilio's wire casing, as BrandRegistration,
 * Usa2p and the number registration store and serialise them.
 */

/** Each code's page on Twilio's docs (the `url` of an `errors[]` item, FIDELITY §3). */
export function errorUrl(code: number): string {
  return `https://www.twilio.com/docs/api/errors/${code}`;
}

export function registrationErrorOf(rejection: TcrRejection): RegistrationError {
  return { error_code: rejection.code, description: rejection.description, fields: rejection.fields, url: errorUrl(rejection.code) };
}

/** A rejection the Messaging face decides itself (an expired OTP), in the registry's catalogue. */
export function registrationError(code: number, opts: { fields?: string[]; detail?: string } = {}): RegistrationError {
  return registrationErrorOf(tcrRejection(code, opts));
}

export function wireRateLimits(limits: RateLimits | null): WireRateLimits | null {
  return limits && { att: { mps: limits.att.mps, msg_class: limits.att.messageClass }, tmobile: { brand_tier: limits.tmobile.brandTier } };
}
