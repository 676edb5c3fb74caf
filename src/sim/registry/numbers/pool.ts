import type { Simulator } from '../../engine/simulator.js';

/**
 * Who owns which phone number, across every account of the simulator. Twilio's inventory is one
 * pool: a number bought by one account is not available to another (error 21422, "reserved for
 * another account"), and a released number goes back on sale. Kept in `sim.shared`, so it is
 * persisted with the simulator and dropped by a full reset.
 */
export const POOL_KEY = 'numbers.owned';

export interface Ownership {
  account_sid: string;
  /** The IncomingPhoneNumber (PN…) holding the number. */
  sid: string;
}

export function ownership(sim: Simulator): Record<string, Ownership> {
  let pool = sim.shared[POOL_KEY] as Record<string, Ownership> | undefined;
  if (!pool) {
    pool = {};
    sim.shared[POOL_KEY] = pool;
  }
  return pool;
}

export function ownerOf(sim: Simulator, e164: string): Ownership | undefined {
  return ownership(sim)[e164];
}

export function isTaken(sim: Simulator): (e164: string) => boolean {
  const pool = ownership(sim);
  return (e164) => Object.hasOwn(pool, e164);
}

export function claim(sim: Simulator, e164: string, owner: Ownership): void {
  ownership(sim)[e164] = owner;
  sim.store.markDirty();
}

/** Returns the number to the pool, if this IncomingPhoneNumber still holds it. */
export function release(sim: Simulator, e164: string, sid: string): void {
  const pool = ownership(sim);
  if (pool[e164]?.sid === sid) {
    delete pool[e164];
    sim.store.markDirty();
  }
}

/** Every number an account held goes back on sale (the account was removed or reset). */
export function releaseAccount(sim: Simulator, accountSid: string): number {
  const pool = ownership(sim);
  let released = 0;
  for (const [e164, owner] of Object.entries(pool)) {
    if (owner.account_sid === accountSid) {
      delete pool[e164];
      released++;
    }
  }
  if (released) sim.store.markDirty();
  return released;
}
