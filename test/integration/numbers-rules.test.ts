import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentsOf, priceOf } from '../../src/sim/registry/number-messaging.js';
import { countryOfNumber, describeNumber, isValidNpa } from '../../src/sim/registry/numbers/plan.js';
import { containsPattern, matchesPattern, searchNumbers } from '../../src/sim/registry/numbers/search.js';
import { TestSim } from '../helpers/sim.js';

describe('number plan and search rules (registry/numbers)', () => {
  it('describes a number the same way whether it was found by a search or named directly', () => {
    for (const [iso, type] of [
      ['US', 'local'],
      ['US', 'toll-free'],
      ['CA', 'local'],
      ['GB', 'mobile'],
      ['DE', 'local'],
      ['FR', 'toll-free'],
      ['AU', 'mobile'],
    ] as const) {
      const found = searchNumbers({ seed: 's', isoCountry: iso, type, query: {}, limit: 20, isTaken: () => false });
      expect(found, `${iso} ${type}`).toHaveLength(20);
      for (const n of found) expect(describeNumber('s', n.phone_number)).toEqual(n);
    }
  });

  it('never returns a taken number, and fills the page from further down the same sequence', () => {
    const all = searchNumbers({ seed: 's', isoCountry: 'US', type: 'local', query: { areaCode: '212' }, limit: 6, isTaken: () => false });
    const taken = new Set([all[0]!.phone_number, all[3]!.phone_number]);
    const rest = searchNumbers({ seed: 's', isoCountry: 'US', type: 'local', query: { areaCode: '212' }, limit: 6, isTaken: (n) => taken.has(n) });
    expect(rest.slice(0, 4).map((n) => n.phone_number)).toEqual([all[1], all[2], all[4], all[5]].map((n) => n!.phone_number));
    expect(rest.some((n) => taken.has(n.phone_number))).toBe(false);
    expect(rest).toHaveLength(6);
  });

  it('turns letters into keypad digits and matches * as any digit', () => {
    expect(containsPattern('STORM')).toBe('78676');
    expect(containsPattern('+1415***TAXI')).toBe('1415***8294');
    expect(matchesPattern('14155558294', '555*294')).toBe(true);
    expect(matchesPattern('14155558294', '556*294')).toBe(false);
  });

  it('knows which area codes are North American and which country a destination is in', () => {
    expect(['415', '226', '800'].every(isValidNpa)).toBe(true);
    expect(['123', '911', '999', '370', '555'].some(isValidNpa)).toBe(false);
    expect(countryOfNumber('+14165550100')).toBe('CA');
    expect(countryOfNumber('+12265550100')).toBe('CA');
    expect(countryOfNumber('+18765550100')).toBe('JM');
    expect(countryOfNumber('+13125550100')).toBe('US');
    expect(countryOfNumber('+4930123456')).toBe('DE');
    expect(describeNumber('s', '+14155550123')).toBeUndefined();
    expect(describeNumber('s', '+15005550006')).toBeUndefined();
  });

  it('counts SMS segments as carriers do and prices them per destination', () => {
    expect(segmentsOf('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(segmentsOf('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(segmentsOf('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(segmentsOf('€'.repeat(81))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(segmentsOf('ü'.repeat(160)).encoding).toBe('GSM-7');
    expect(segmentsOf('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(segmentsOf('😀'.repeat(36))).toEqual({ encoding: 'UCS-2', segments: 2 });
    expect(priceOf('+13125550100', 3, false)).toBe('-0.02370');
    expect(priceOf('+13125550100', 3, true)).toBe('-0.02000');
    expect(priceOf('+4915112345678', 1, false)).toBe('-0.09430');
  });
});

describe('number ownership across a restart', () => {
  it('keeps bought numbers owned (and off sale) after the simulator restarts from its data file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'a2p-numbers-')), 'sim.json');
    const first = await TestSim.start({ seed: 'restart', dataFile: file });
    const a = await first.account();
    const bought = await a.client.incomingPhoneNumbers.create({ areaCode: '206' });
    await first.sim.flush();
    await first.close();

    const second = await TestSim.start({ seed: 'restart', dataFile: file });
    try {
      const b = await second.account();
      await expect(b.client.incomingPhoneNumbers.create({ phoneNumber: bought.phoneNumber })).rejects.toMatchObject({ code: 21422 });
      const search = await b.client.availablePhoneNumbers('US').local.list({ areaCode: 206 });
      expect(search.map((n) => n.phoneNumber)).not.toContain(bought.phoneNumber);
      const a2 = await second.account(a.sid, a.token);
      expect((await a2.client.incomingPhoneNumbers(bought.sid).fetch()).phoneNumber).toBe(bought.phoneNumber);
      await a2.client.incomingPhoneNumbers(bought.sid).remove();
      expect((await b.client.incomingPhoneNumbers.create({ phoneNumber: bought.phoneNumber })).accountSid).toBe(b.sid);
    } finally {
      await second.close();
    }
  });
});
