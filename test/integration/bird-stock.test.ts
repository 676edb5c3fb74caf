import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, birdValidator } from '../helpers/bird.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let validator: Awaited<ReturnType<typeof birdValidator>>;
beforeAll(async () => {
  sim = await TestSim.start();
  validator = await birdValidator(sim);
});
afterAll(() => sim.close());

describe('Bird numbers-stock-items (seed 002 "List all available numbers in stock at organization level")', () => {
  it("lists the organization's stock by country and area code, pages it, and a number bought by one workspace leaves it for all", async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const sibling = await BirdWorkspace.open(sim, validator, { key: ws.key });
    const stock = `/organizations/${ws.organizationId}/numbers-stock-items`;
    const first = await ws.call('GET', `${stock}?countryCodes=US&prefix=%2B1415&limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.results).toHaveLength(3);
    for (const item of first.body.results) {
      expect(item).toMatchObject({ countryCode: 'US', type: 'local', backOrderRequired: false, monthlyPrice: { currencyCode: 'USD', exponent: -6 } });
      expect(item.numberString).toMatch(/^\+1415\d{7}$/);
    }
    // The same search answers the same items (ids included), and the next page follows on.
    expect((await sibling.call('GET', `${stock}?countryCodes=US&prefix=%2B1415&limit=3`)).body).toEqual(first.body);
    const next = await ws.call('GET', `${stock}?countryCodes=US&prefix=%2B1415&limit=3&pageToken=${first.body.nextPageToken}`);
    expect(next.body.results.map((i: { numberString: string }) => i.numberString)).not.toContain(first.body.results[0].numberString);
    expect((await ws.call('GET', `${stock}?countryCodes=NL`)).body.results).toEqual([]);
    expect((await ws.call('GET', `${stock}?prefix=%2B1415`)).body.details).toHaveProperty('prefix');
    expect((await ws.call('GET', `${stock}?countryCodes=usa`)).body.details).toHaveProperty('countryCodes');
    expect((await ws.call('GET', `${stock}?limit=100`)).body.details).toHaveProperty('limit');
    expect((await ws.call('GET', `/organizations/${randomUUID()}/numbers-stock-items`)).status).toBe(404);

    const wanted = first.body.results[0].numberString;
    const bought = await sibling.call('POST', `/workspaces/${sibling.id}/numbers`, { numbers: [{ number: wanted, country: 'US' }] });
    expect(bought.status).toBe(201);
    const after = await ws.call('GET', `${stock}?countryCodes=US&prefix=%2B1415&limit=99`);
    expect(after.body.results.map((i: { numberString: string }) => i.numberString)).not.toContain(wanted);
    const again = await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: wanted, country: 'US' }] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NumberAlreadyOwned');
    const another = after.body.results[0].numberString;
    expect((await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: another, country: 'US' }] })).status).toBe(201);
  });

  it('buys stock items by id (seed 002 "Buy Long Code Numbers"): unknown ids are 422 naming the item, a bought one 409, an empty wallet 402, and nothing changes on a refusal', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const items = (await ws.call('GET', `/organizations/${ws.organizationId}/numbers-stock-items?countryCodes=US&prefix=%2B1646&limit=3`)).body.results;
    const buy = (ids: string[]) => ws.call('POST', `/workspaces/${ws.id}/numbers-long-code`, { numberStockItemIds: ids });
    const unknown = await buy([items[0].id, randomUUID()]);
    expect(unknown.status).toBe(422);
    expect(unknown.body.details).toHaveProperty('numberStockItemIds.1');
    // An id whose number part was edited does not name a stock item either.
    const forged = `${items[0].id.slice(0, -10)}${items[1].numberString.slice(2)}`;
    expect((await buy([forged])).body.details).toHaveProperty('numberStockItemIds.0');
    expect((await buy([])).body.details).toHaveProperty('numberStockItemIds');
    expect((await buy(Array.from({ length: 26 }, () => items[0].id))).body.details).toHaveProperty('numberStockItemIds');
    expect((await buy([items[0].id, items[0].id])).status).toBe(409);
    expect((await ws.call('GET', `/workspaces/${ws.id}/numbers`)).body.results).toEqual([]);

    const bought = await buy([items[0].id, items[1].id]);
    expect(bought.status).toBe(201);
    expect(bought.body.results.map((n: { numberString: string }) => n.numberString)).toEqual([items[0].numberString, items[1].numberString]);
    expect(await ws.balance()).toBe(100_000_000 - 2 * 1_500_000);
    expect((await buy([items[0].id])).body.code).toBe('NumberAlreadyOwned');
    await ws.control('/bird/wallet', { amount: -100 });
    const broke = await buy([items[2].id]);
    expect(broke.status).toBe(402);
    expect(broke.body.code).toBe('InsufficientBalance');
    expect((await ws.call('GET', `/workspaces/${ws.id}/numbers`)).body.results).toHaveLength(2);
  });
});
