import type { Context } from 'hono';
import { recordAccount } from '../log.js';
import type { World } from './world.js';

/**
 * The steps every face's request pipeline shares once its own authentication has found the account
 * (the Twilio router, CloudFran's routes, the control plane; a new face such as Bird uses them too):
 *
 * 1. `enterWorld(c, world, label)`: the request is attributed to the account (its request-log entry and
 *    the commit of its changes, server.ts), then the world's clock is settled so whatever became due has
 *    happened before the handler looks. `attributeTo` is step 1 without the settle, for the control
 *    plane, whose clock endpoints move the clock themselves.
 * 2. The face's handler runs; bad input throws the face's own error before any change.
 * 3. `changed(world)` after a handler that may have changed state, so the store saves it.
 *
 * Authentication and the mapping of errors to a response stay the face's: each answers in its own shape.
 */
export function enterWorld(c: Context, world: World, label: string = world.accountSid): World {
  attributeTo(c, world, label);
  world.settle();
  return world;
}

/** Attributes the request to the account without settling its clock (see `enterWorld`). */
export function attributeTo(c: Context, world: World, label: string = world.accountSid): World {
  recordAccount(c, label, world);
  return world;
}

/** Marks the world changed by the request (step 3 of `enterWorld`'s pipeline). */
export function changed(world: World): void {
  world.touch();
}
