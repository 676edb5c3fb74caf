import { describe, expect, it } from 'vitest';
import { SimClock } from '../../src/sim/engine/clock.js';
import { World, type TransitionHandler } from '../../src/sim/engine/world.js';
import { unitWorld } from '../helpers/world.js';
import { readForm, decodeParams, p } from '../../src/sim/wire/params.js';
import { twilioSignature } from '../../src/sim/wire/signature.js';
import { Entropy } from '../../src/sim/wire/sid.js';
import { isoDate, rfc2822Date } from '../../src/sim/wire/dates.js';
import { TwilioError } from '../../src/sim/wire/errors.js';
import { z } from 'zod';

function fakeTime(start = 1_000_000) {
  let t = start;
  return { now: () => t, tick: (ms: number) => (t += ms) };
}

function world(handlers: Record<string, TransitionHandler>, real = fakeTime()) {
  return unitWorld({ handlers, realNow: real.now });
}

describe('SimClock', () => {
  it('derives simulated time from an anchor and a speed, and does not move while frozen', () => {
    const real = fakeTime();
    const clock = new SimClock({ now: 0, speed: 3600, frozen: false }, real.now);
    real.tick(1000);
    expect(clock.now()).toBe(3_600_000);
    clock.freeze();
    real.tick(5000);
    expect(clock.now()).toBe(3_600_000);
    clock.jumpTo(7_200_000);
    expect(clock.now()).toBe(7_200_000);
    clock.resume();
    clock.setSpeed(1);
    real.tick(10);
    expect(clock.now()).toBe(7_200_010);
    expect(clock.realDelayUntil(7_200_110)).toBe(100);
    clock.freeze();
    expect(clock.realDelayUntil(9e12)).toBe(Infinity);
  });
});

describe('World.defer', () => {
  it('an async settle stops after the transition that deferred work, runs it at that due time, then goes on', async () => {
    const log: string[] = [];
    const w = world({
      call: (wd, t) => {
        log.push(`fire ${t.data.name} at ${wd.now() - t0}`);
        wd.defer(async () => {
          await new Promise((r) => setImmediate(r));
          // Meanwhile nothing else fires, and a request for the account would see the transition's time.
          expect(wd.settle()).toBe(0);
          log.push(`work ${t.data.name} at ${wd.now() - t0}`);
        });
      },
      mark: (wd, t) => log.push(`fire ${t.data.name} at ${wd.now() - t0}`),
    });
    const t0 = w.now();
    w.schedule(t0 + 1000, 'call', { name: 'a' });
    w.schedule(t0 + 2000, 'mark', { name: 'b' });
    await w.advanceInSlices(5000);
    expect(log).toEqual(['fire a at 1000', 'work a at 1000', 'fire b at 2000']);
    expect(w.now()).toBe(t0 + 5000);
  });

  it('a synchronous settle cannot wait: the work runs once the turn is over, at the time it then is', async () => {
    const log: string[] = [];
    const w = world({
      call: (wd) => {
        wd.defer(async () => {
          log.push(`work at ${wd.now() - t0}`);
        });
      },
    });
    const t0 = w.now();
    w.schedule(t0 + 1000, 'call');
    w.advance(5000);
    expect(log).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['work at 5000']);
  });
});

describe('World transitions', () => {
  it('fires due transitions in simulated-time order, dated at their due time, and only when the clock passes them', () => {
    const fired: Array<[string, number]> = [];
    const w = world({ mark: (wd, t) => fired.push([String(t.data.name), wd.now()]) });
    const t0 = w.now();
    w.schedule(t0 + 3000, 'mark', { name: 'c' });
    w.schedule(t0 + 1000, 'mark', { name: 'a' });
    w.schedule(t0 + 1000, 'mark', { name: 'b' });
    expect(w.settle()).toBe(0);
    expect(w.advance(1000)).toBe(2);
    expect(fired).toEqual([
      ['a', t0 + 1000],
      ['b', t0 + 1000],
    ]);
    w.advance(5000);
    expect(fired.at(-1)).toEqual(['c', t0 + 3000]);
    expect(w.now()).toBe(t0 + 6000);
  });

  it('advances until settled, leaving background transitions for later', () => {
    const fired: string[] = [];
    const w = world({
      chain: (wd, t) => {
        fired.push(`chain${t.data.n}`);
        if (Number(t.data.n) < 3) wd.schedule(wd.now() + 60_000, 'chain', { n: Number(t.data.n) + 1 });
      },
      bill: () => fired.push('bill'),
    });
    const t0 = w.now();
    w.schedule(t0 + 30 * 86_400_000, 'bill', {}, { background: true });
    w.schedule(t0 + 1000, 'chain', { n: 1 });
    w.advanceUntilSettled();
    expect(fired).toEqual(['chain1', 'chain2', 'chain3']);
    expect(w.now()).toBe(t0 + 1000 + 120_000);
    expect(w.transitions).toHaveLength(1);
  });

  it('survives a snapshot round trip with its pending transitions, tables and entropy', () => {
    const w = world({});
    w.table('things').insert({ sid: 'XX1' });
    w.schedule(w.now() + 10, 'k', { a: 1 });
    const sid = w.newSid('BU');
    const restored = new World(JSON.parse(JSON.stringify(w.snapshot())), w.services);
    expect(restored.table('things').get('XX1')).toEqual({ sid: 'XX1' });
    expect(restored.transitions).toEqual(w.transitions);
    expect(restored.newSid('BU')).toBe(w.newSid('BU'));
    expect(sid).toMatch(/^BU[0-9a-f]{32}$/);
  });
});

describe('wire', () => {
  it('decodes + and %20 to spaces, repeated keys to arrays, booleans, and reports the parameter at fault', () => {
    const schema = z.object({ Name: p.string(), Samples: p.array(p.string(), { min: 2 }), Flag: p.bool().optional() });
    expect(decodeParams(schema, readForm('Name=a+b%20c&Samples=x&Samples=y+z&Flag=True&Unknown=1'))).toEqual({ Name: 'a b c', Samples: ['x', 'y z'], Flag: true });
    expect(() => decodeParams(schema, readForm('Samples=x&Samples=y'))).toThrow('Missing required parameter Name in the post body');
    const err = (() => {
      try {
        decodeParams(schema, readForm('Name=a&Samples=x'));
      } catch (e) {
        return e as TwilioError;
      }
    })();
    expect(err).toBeInstanceOf(TwilioError);
    expect(err!.message).toBe('Invalid parameter Samples: must have at least 2 items');
    expect(() => decodeParams(schema, readForm('Name=a&Samples=x&Samples=y&Flag=yes'))).toThrow(/Flag: must be true or false/);
  });

  it('signs like twilio-node (FIDELITY §4 test vector)', () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('formats dates as Twilio does', () => {
    const t = Date.UTC(2015, 6, 30, 23, 19, 4, 567);
    expect(isoDate(t)).toBe('2015-07-30T23:19:04Z');
    expect(rfc2822Date(t)).toBe('Thu, 30 Jul 2015 23:19:04 +0000');
  });

  it('draws the same values for the same seed and scope, whatever other scopes do', () => {
    const a = new Entropy('seed', 'AC1');
    const b = new Entropy('seed', 'AC1');
    new Entropy('seed', 'AC2').hex32();
    expect([a.sid('BU'), a.int(1, 6)]).toEqual([b.sid('BU'), b.int(1, 6)]);
    expect(new Entropy('other', 'AC1').hex32()).not.toBe(new Entropy('seed', 'AC1').hex32());
  });
});
