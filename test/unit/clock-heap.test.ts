import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDue, TransitionQueue } from '../../src/sim/engine/transition-queue.js';
import type { Transition } from '../../src/sim/engine/world.js';
import { unitWorld } from '../helpers/world.js';

type Step = { op: 'schedule'; at: number; background: boolean } | { op: 'fire'; n: number } | { op: 'unschedule'; mod: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('schedule' as const), at: fc.nat(50), background: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('fire' as const), n: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unschedule' as const), mod: fc.integer({ min: 2, max: 5 }) }) },
);

describe('TransitionQueue (binary heap keyed by (at, id))', () => {
  it('pops in the order of a sorted reference through random schedule, unschedule and fire', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 400 }), (steps) => {
        const queue = new TransitionQueue<{ id: number; at: number; background?: boolean }>();
        let reference: Array<{ id: number; at: number; background?: boolean }> = [];
        let id = 0;
        for (const s of steps) {
          if (s.op === 'schedule') {
            const t = { id: ++id, at: s.at, ...(s.background ? { background: true } : {}) };
            queue.push(t);
            reference.push(t);
            reference.sort(byDue);
          } else if (s.op === 'fire') {
            for (let i = 0; i < s.n; i++) expect(queue.pop()).toBe(reference.shift());
          } else {
            const pred = (t: { id: number }) => t.id % s.mod === 0;
            expect(queue.removeWhere(pred)).toBe(reference.filter(pred).length);
            reference = reference.filter((t) => !pred(t));
          }
          expect(queue.size).toBe(reference.length);
          expect(queue.peek()).toBe(reference[0]);
          expect(queue.foreground).toBe(reference.filter((t) => !t.background).length);
        }
        expect(queue.sorted()).toEqual(reference);
        const drained = [];
        for (let t = queue.pop(); t; t = queue.pop()) drained.push(t);
        expect(drained).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});

describe('World pending transitions on the heap', () => {
  it('fire in (at, id) order as the clock advances, after random schedules and unschedules, and list in that order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100), fc.boolean()), { minLength: 1, maxLength: 120 }), fc.integer({ min: 2, max: 4 }), (plan, mod) => {
        const fired: number[] = [];
        const world = unitWorld({ handlers: { tick: (_w, t) => void fired.push(t.id) } });
        const start = world.now();
        const scheduled: Transition[] = plan.map(([offset, background]) => world.schedule(start + offset * 1000, 'tick', {}, { background }));
        const dropped = world.unschedule((t) => t.id % mod === 0);
        const kept = scheduled.filter((t) => t.id % mod !== 0).sort(byDue);
        expect(dropped).toBe(scheduled.length - kept.length);
        expect(world.transitions.map((t) => t.id)).toEqual(kept.map((t) => t.id));
        expect(world.snapshot().transitions.map((t) => t.id)).toEqual(kept.map((t) => t.id));
        world.advance(50_000);
        expect(fired).toEqual(kept.filter((t) => t.at <= start + 50_000).map((t) => t.id));
        world.advance(100_000);
        expect(fired).toEqual(kept.map((t) => t.id));
        expect(world.pendingCount).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('a transition scheduled while firing runs in the same settle when it is due by then', () => {
    const order: string[] = [];
    const world = unitWorld({
      handlers: {
        a: (w, t) => {
          order.push(`a@${t.at - start}`);
          if (t.data.again) w.schedule(w.now() + 10, 'a', {});
        },
      },
    });
    const start = world.now();
    world.schedule(start + 100, 'a', { again: true });
    world.schedule(start + 105, 'a', {});
    world.advance(1000);
    expect(order).toEqual(['a@100', 'a@105', 'a@110']);
  });

  it('advanceInSlices fires the same transitions in the same order as advance, yielding between slices', async () => {
    const fired: number[] = [];
    const world = unitWorld({ handlers: { tick: (_w, t) => void fired.push(t.id) } });
    world.settleSliceMs = 0;
    const start = world.now();
    const ids = Array.from({ length: 1000 }, (_, i) => world.schedule(start + ((i * 7919) % 500) * 1000, 'tick').id);
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    let firedInSlices: number;
    try {
      firedInSlices = await world.advanceInSlices(400_000);
    } finally {
      clearInterval(counting);
    }
    const expected = world.snapshot().transitions.length;
    expect(firedInSlices + expected).toBe(ids.length);
    const reference = ids.map((id) => ({ id, at: start + (((id - ids[0]!) * 7919) % 500) * 1000 })).sort(byDue);
    expect(fired).toEqual(reference.filter((t) => t.at <= start + 400_000).map((t) => t.id));
    expect(world.clock.now()).toBe(start + 400_000);
    // 800 due transitions in slices of 64 leave the event loop free in between.
    expect(turns).toBeGreaterThan(0);
  });

  it('a synchronous settle in the middle of a sliced advance finishes it: the world is never seen half-settled', async () => {
    const fired: number[] = [];
    const world = unitWorld({ handlers: { tick: (_w, t) => void fired.push(t.id) } });
    world.settleSliceMs = 0;
    const start = world.now();
    for (let i = 0; i < 500; i++) world.schedule(start + i * 1000, 'tick');
    const advancing = world.advanceInSlices(10_000_000);
    // What a request for this account does first (router.openContext).
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.length).toBeLessThan(500);
    world.settle();
    expect(fired.length).toBe(500);
    await advancing;
    expect(fired.length).toBe(500);
  });

  it('advanceUntilSettledInSlices stops once no foreground transition is pending, like advanceUntilSettled', async () => {
    const build = () => {
      const fired: string[] = [];
      const world = unitWorld({
        handlers: {
          fg: (_w, t) => void fired.push(`fg${t.id}`),
          bg: (w, t) => {
            fired.push(`bg${t.id}`);
            w.schedule(w.now() + 3000, 'bg', {}, { background: true });
          },
        },
      });
      world.settleSliceMs = 0;
      const start = world.now();
      world.schedule(start + 1000, 'bg', {}, { background: true });
      for (let i = 1; i <= 200; i++) world.schedule(start + i * 500, 'fg');
      return { world, fired };
    };
    const sync = build();
    const sliced = build();
    const n1 = sync.world.advanceUntilSettled();
    const n2 = await sliced.world.advanceUntilSettledInSlices();
    expect(n2).toBe(n1);
    expect(sliced.fired).toEqual(sync.fired);
    expect(sliced.world.clock.now()).toBe(sync.world.clock.now());
    expect(sliced.world.transitions.filter((t) => !t.background)).toEqual([]);
    expect(sliced.world.transitions.length).toBe(1);
  });
});
