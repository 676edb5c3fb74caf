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

describe('outcome controls on Bird brands and campaigns (the registry applies them for every provider)', () => {
  it('a magic value in the brand name forces its review: [sim:failed:<code>] fails it with that code, a plain name is approved', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const failing = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Mobile [sim:failed:30794]' })).body;
    const plain = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const failed = (await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${failing.id}`)).body;
    expect(failed.status).toBe('FAILED');
    expect(failed.rejection.code).toBe('30794');
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${plain.id}`)).body.status).toBe('APPROVED');
  });

  it('a magic value forces a Bird campaign: [sim:failed:<code>] in its description rejects it with that code, [sim:verified] passes a weak one', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    // [sim:approved] approves a brand whose data would fail it (a placeholder EIN).
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Mobile [sim:approved]', ein: '99-9999999' })).body;
    await ws.settle();
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}`)).body.status).toBe('APPROVED');
    await ws.control('/bird/wallet', { amount: 100 });
    const campaigns = `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`;
    const failing = (await ws.call('POST', campaigns, { ...CAMPAIGN, description: `${CAMPAIGN.description} [sim:failed:30896]` })).body;
    const weak = (await ws.call('POST', campaigns, { ...CAMPAIGN, usecase: 'NOT_A_USECASE', description: `${CAMPAIGN.description} [sim:verified]` })).body;
    await ws.settle();
    expect((await ws.call('GET', `${campaigns}/${failing.id}`)).body).toMatchObject({ status: 'REJECTED', rejection: { code: '30896' } });
    expect((await ws.call('GET', `${campaigns}/${weak.id}`)).body.status).toBe('ACTIVE');
  });

  it("POST /_sim/overrides with the Bird brand's or campaign's own id forces the registry's next decision", async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const forced = await ws.control('/overrides', { sid: brand.id, outcome: 'FAILED', code: 30795, reason: 'Forced by the test: EIN does not match.' });
    expect(forced.status).toBe(201);
    expect((await ws.control('/overrides', { sid: brand.id, outcome: 'ACTIVE' })).status).toBe(400);
    await ws.settle();
    const failed = (await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}`)).body;
    expect(failed).toMatchObject({ status: 'FAILED', rejection: { code: '30795' } });
    expect(failed.rejection.description).toContain('Forced by the test: EIN does not match.');

    // Corrected and resubmitted, the brand is reviewed on its data again (the override was used up).
    expect((await ws.call('PATCH', `/workspaces/${ws.id}/tcr-brands/${brand.id}`, { website: 'https://abc.example.com' })).body.status).toBe('PENDING');
    await ws.settle();
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}`)).body.status).toBe('APPROVED');

    const campaigns = `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`;
    const campaign = (await ws.call('POST', campaigns, CAMPAIGN)).body;
    expect((await ws.control('/overrides', { sid: campaign.id, outcome: 'FAILED', code: 30896 })).status).toBe(201);
    expect((await ws.control('/overrides', { sid: campaign.id, outcome: 'APPROVED' })).status).toBe(400);
    await ws.settle();
    const rejected = (await ws.call('GET', `${campaigns}/${campaign.id}`)).body;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejection: { code: '30896' } });
    // A campaign that would be rejected on its data is forced through.
    const weak = (await ws.call('POST', campaigns, { ...CAMPAIGN, name: 'Unknown use case', usecase: 'NOT_A_USECASE' })).body;
    expect((await ws.control('/overrides', { sid: weak.id, outcome: 'VERIFIED' })).status).toBe(201);
    await ws.settle();
    expect((await ws.call('GET', `${campaigns}/${weak.id}`)).body.status).toBe('ACTIVE');
    expect((await ws.control('/overrides', { sid: '00000000-0000-4000-8000-000000000000', outcome: 'FAILED' })).status).toBe(404);
  });
});
