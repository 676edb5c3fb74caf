import { z } from 'zod';
import { HOUR, MINUTE } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { sendStatusCallback } from '../../engine/callbacks.js';
import type { AutoMove, Lifecycle, Move } from '../../engine/resource.js';
import type { BaseRecord } from '../../engine/table.js';
import type { World } from '../../engine/world.js';

/**
 * The review of a compliance bundle, shared by TrustHub (CustomerProfiles, TrustProducts) and
 * Numbers v2 (regulatory Bundles): the customer submits (`pending-review`), Twilio picks it up
 * (`in-review`), then decides; every status change but pending-review → in-review is reported to
 * the bundle's StatusCallback (FIDELITY §3, §4). What each product decides, which statuses it has
 * beyond these and how it names the callback fields are its own.
 */

/** Simulated review times: Twilio says bundles are reviewed within hours to days; short enough to settle in ~2 real seconds at the default speed. */
export const REVIEW_START_DELAY = 5 * MINUTE;
export const REVIEW_DURATION = 2 * HOUR;
/** When a review waits on something else (a trust product on its customer profile), it looks again this much later. */
export const REVIEW_RECHECK = 1 * HOUR;

export const UNDER_REVIEW: ReadonlySet<string> = new Set(['pending-review', 'in-review']);

export interface ReviewedBundle extends BaseRecord {
  status: string;
  status_callback: string | null;
}

export interface BundleReviewOptions<R extends ReviewedBundle> {
  /** Outcomes `/_sim/overrides` may force on the decision. */
  outcomes: readonly string[];
  /** The decision when the review ends, from the data as it is then (`retryAfter` to look again later). */
  decide: (rec: R, world: World) => Move<R> | { retryAfter: number };
  /** Moves of the product's own statuses (Numbers v2: provisionally-approved → the third party's decision). */
  auto?: Partial<Record<string, AutoMove<R>>>;
  /** The callback's form fields on entering `to` (their casing differs by product, FIDELITY §4). */
  callbackParams: (rec: R, to: string) => Record<string, string>;
  /** Runs on every status change before the callback (documents follow their bundle). */
  onEnter?: (world: World, rec: R, from: string | null, to: string) => void;
}

export function bundleReviewLifecycle<R extends ReviewedBundle>(opts: BundleReviewOptions<R>): Lifecycle<R> {
  return {
    field: 'status' as keyof R & string,
    outcomes: opts.outcomes,
    auto: {
      'pending-review': { after: () => REVIEW_START_DELAY, next: () => ({ to: 'in-review' }) },
      'in-review': { after: () => REVIEW_DURATION, next: (rec, world) => opts.decide(rec, world) },
      ...opts.auto,
    },
    onEnter: (world, rec, from, to) => {
      opts.onEnter?.(world, rec, from, to);
      // FIDELITY §4: a callback on every status change except pending-review → in-review.
      if (!rec.status_callback || (from === 'pending-review' && to === 'in-review')) return;
      sendStatusCallback(world, { url: rec.status_callback, event: to, resourceSid: rec.sid, params: opts.callbackParams(rec, to) });
    },
  };
}

/** `Status` on update: one of the product's bundle statuses, else 22203 "Unable to parse bundle status" (https://twilio.com/fr/docs/api/errors/22203). */
export function bundleStatusParam(statuses: readonly string[]) {
  return z.string().refine((v) => statuses.includes(v), { message: `must be one of ${statuses.join(', ')}`, params: { code: 22203 } });
}

/**
 * Refuses a status a client may not set: every status is Twilio's to set except those in
 * `allowedFrom` (to → the statuses it may be set from). 22203 for a status that is not the
 * client's, 409 for one that is but not from where the bundle is.
 */
export function assertClientStatus(name: string, rec: ReviewedBundle, requested: string, allowedFrom: Record<string, readonly string[]>): void {
  if (requested === rec.status) return;
  const from = allowedFrom[requested];
  if (!from) throw TwilioError.invalidParam('Status', `${requested} is set by Twilio; a client may only set ${Object.keys(allowedFrom).join(' or ')}`, 22203);
  if (!from.includes(rec.status)) throw new TwilioError(409, 20409, `The ${name} ${rec.sid} is ${rec.status}; Status ${requested} can only be set from ${from.join(' or ')}`);
}

/** Refuses changes to what a bundle contains unless it is in one of `editable` (default: anything but under review). */
export function assertBundleEditable(rec: ReviewedBundle, name: string, editable?: readonly string[]): void {
  const ok = editable ? editable.includes(rec.status) : !UNDER_REVIEW.has(rec.status);
  if (!ok)
    throw new TwilioError(409, 20409, `The ${name} ${rec.sid} is ${rec.status} and cannot be modified${editable ? ` (only a ${editable.join(' or ')} one can)` : ' until its review is complete'}`);
}
