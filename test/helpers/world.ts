import { World, type TransitionHandler } from '../../src/sim/engine/world.js';

/** A world with no simulator around it, for unit tests of rules and engine parts (frozen clock, no network). */
export function unitWorld(
  opts: { handlers?: Record<string, TransitionHandler>; realNow?: () => number; speed?: number; notify?: (world: World, topic: string, payload: unknown) => void } = {},
): World {
  return new World(World.initialState(`AC${'0'.repeat(32)}`, 'tok', { now: Date.UTC(2026, 0, 1), speed: opts.speed ?? 100, frozen: true }), {
    seed: 's',
    realNow: opts.realNow ?? (() => 0),
    fetch: (() => Promise.reject(new Error('no network in unit tests'))) as never,
    handlers: new Map(Object.entries(opts.handlers ?? {})),
    dirty: () => {},
    onError: (_w, _t, e) => {
      throw e;
    },
    peers: () => [],
    observe: () => {},
    ...(opts.notify ? { notify: opts.notify } : {}),
    simulator: () => {
      throw new Error('no simulator in unit tests');
    },
  });
}
