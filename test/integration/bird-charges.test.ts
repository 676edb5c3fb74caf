import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, birdValidator, BRAND, CAMPAIGN } from '../helpers/bird.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let validator: Awaited<ReturnType<typeof birdValidator>>;
beforeAll(async () => {
  sim = await TestSim.start();
  validator = await birdValidator(sim);
});
afterAll(() => sim.close());

const USD = (amount: number) => ({ currencyCode: 'USD', amount, exponent: -6 });
const DAY = 24 * 3600;

describe('Bird charges on the workspace wallet (seed 002: brand fee, campaign fee and three-month minimum)', () => {
  it('charges the brand fee, the campaign fee with three months prepaid, then the monthly fee after the minimum until the campaign is deleted', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const wallet = `/workspaces/${ws.id}/wallet`;
    expect((await ws.call('GET', wallet)).body).toEqual({ balance: USD(100_000_000), ledger: [] });

    // A brand the registry refuses on the spot costs nothing.
    expect((await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, companyName: undefined })).status).toBe(422);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    const after = (await ws.call('GET', wallet)).body;
    expect(after.balance).toEqual(USD(100_000_000 - 4_000_000 - 15_000_000 - 3 * 10_000_000));
    expect(after.ledger.map((e: { kind: string; amount: unknown }) => [e.kind, e.amount])).toEqual([
      ['brand', USD(4_000_000)],
      ['campaign', USD(15_000_000)],
      ['campaign', USD(30_000_000)],
    ]);
    expect(after.ledger[2].description).toMatch(/CUSTOMER_CARE: 3-month minimum commitment/);

    // The campaign's review settles it; its monthly billing does not keep the workspace from settling.
    await ws.settle();
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).body.status).toBe('ACTIVE');
    expect(await ws.balance()).toBe(51_000_000);
    await ws.advance(85 * DAY);
    expect(await ws.balance()).toBe(51_000_000);
    await ws.advance(10 * DAY);
    expect(await ws.balance()).toBe(41_000_000);
    await ws.advance(30 * DAY);
    expect(await ws.balance()).toBe(31_000_000);
    expect((await ws.call('GET', wallet)).body.ledger.slice(-1)[0].description).toMatch(/monthly fee/);
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).status).toBe(204);
    await ws.advance(60 * DAY);
    expect(await ws.balance()).toBe(31_000_000);
  });

  it('refuses with 402 InsufficientBalance, before anything is registered, a brand, vetting or campaign the wallet cannot pay', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    // Leave 44.99 USD: less than a campaign's 45.
    expect((await ws.control('/bird/wallet', { amount: -(96 - 44.99) })).body.balance).toEqual(USD(44_990_000));
    const campaigns = `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`;
    const refused = await ws.call('POST', campaigns, CAMPAIGN);
    expect(refused.status).toBe(402);
    expect(refused.body.code).toBe('InsufficientBalance');
    expect(refused.body.message).toMatch(/^Failed to register the campaign: .*Please top up the workspace wallet\.$/);
    expect((await ws.call('GET', campaigns)).body.results).toEqual([]);
    // A low-volume campaign's minimum is smaller (3 x 1.50 USD).
    const low = await ws.call('POST', campaigns, { ...CAMPAIGN, usecase: 'LOW_VOLUME' });
    expect(low.status).toBe(201);
    expect(await ws.balance()).toBe(44_990_000 - 15_000_000 - 4_500_000);
    const vetting = await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`, { class: 'STANDARD' });
    expect(vetting.status).toBe(402);
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`)).body.results).toEqual([]);
    expect((await ws.control('/bird/wallet', { amount: -1000 })).body.balance).toEqual(USD(0));
    const noBrand = await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'Second' });
    expect(noBrand.status).toBe(402);
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands`)).body.results).toHaveLength(1);

    const bad = await ws.control('/bird/wallet', { amount: '10' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^Failed to change the wallet balance: .*Please/);
    expect((await ws.control('/bird/wallet', { amount: 50 })).body.balance).toEqual(USD(50_000_000));
    expect((await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'Second' })).status).toBe(201);
  });
});
