import type { MiddlewareHandler } from 'hono';
import { DELIVERY_HOPS_HEADER, DELIVERY_MARKER_HEADER, isControlPath, MAX_HOPS } from '../engine/outbox.js';
import { rawHeader } from '../engine/router.js';
import type { Simulator } from '../engine/simulator.js';
import { ControlError } from './control-plane.js';

const MARKER = DELIVERY_MARKER_HEADER.toLowerCase();
const HOPS = DELIVERY_HOPS_HEADER.toLowerCase();

/**
 * Deliveries coming back to the simulator. The admin API trusts loopback clients and every callback
 * leaves from loopback, so a StatusCallback or sink pointed at `/_sim/admin/reset` would otherwise
 * drive it. Every delivery carries `X-A2P-Sim-Delivery` (engine/outbox.ts); a request bearing it:
 * - is refused with a 403 on any `/_sim` path, before any handler runs, except the demo inbox
 *   (`/_sim/inbox/*` only answers, it changes nothing). Any value is refused, not only this
 *   process's: another simulator's callbacks must not drive this one either;
 * - elsewhere (the Twilio faces) is served, and every delivery it causes counts one hop more, so a
 *   sink pointed at its own `/Test` stops after MAX_HOPS instead of looping.
 * Requests without the header (every client's) pass with one header lookup.
 */
export function deliveryGuard(sim: Simulator): MiddlewareHandler {
  return async (c, next) => {
    if (rawHeader(c, MARKER) === undefined) return next();
    if (isControlPath(new URL(c.req.url).pathname)) {
      throw new ControlError(
        403,
        `Failed to serve ${c.req.method} ${new URL(c.req.url).pathname}: the request is one of a simulator's own deliveries (${DELIVERY_MARKER_HEADER}), and deliveries never reach the control plane. Please point status callbacks, sinks and webhooks at your own receiver.`,
      );
    }
    const hops = Number(rawHeader(c, HOPS));
    // A marker without a readable count is treated as the deepest chain: it may not start a new one.
    return sim.delivery.runCausedBy(Number.isInteger(hops) && hops > 0 ? Math.min(hops, MAX_HOPS + 1) : MAX_HOPS, next);
  };
}
