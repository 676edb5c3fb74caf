import { randomUUID } from 'node:crypto';
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

describe('Bird tcr-resellers (seed 002 "Optional: acting as Reseller")', () => {
  it('creates a reseller PENDING that turns ACTIVE on the clock; a campaign naming it is refused until then, and names it after', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const resellers = `/workspaces/${ws.id}/tcr-resellers`;
    expect((await ws.call('GET', resellers)).body).toEqual({ results: [] });
    expect((await ws.call('POST', resellers, { phone: '+12024567890' })).body.details).toHaveProperty('companyName');
    expect((await ws.call('POST', resellers, { companyName: 'Agency', phone: '2024567890' })).body.details).toHaveProperty('phone');
    const created = await ws.call('POST', resellers, { companyName: 'ABC Agency LLC', phone: '+12024567890', email: 'ops@agency.example.com' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ organizationId: ws.organizationId, status: 'PENDING', companyName: 'ABC Agency LLC', phone: '+12024567890', email: 'ops@agency.example.com' });
    const second = (await ws.call('POST', resellers, { companyName: 'Second Agency' })).body;
    const campaigns = `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`;
    const balance = await ws.balance();
    const tooEarly = await ws.call('POST', campaigns, { ...CAMPAIGN, resellerId: created.body.id });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.details).toHaveProperty('resellerId');
    expect(tooEarly.body.message).toMatch(/PENDING/);
    const unknown = await ws.call('POST', campaigns, { ...CAMPAIGN, resellerId: randomUUID() });
    expect(unknown.status).toBe(422);
    expect(unknown.body.details).toHaveProperty('resellerId');
    // A refused campaign changes nothing: no campaign, no charge.
    expect((await ws.call('GET', campaigns)).body.results).toEqual([]);
    expect(await ws.balance()).toBe(balance);

    // TCR accepts a reseller an hour later (simulated).
    await ws.advance(60 * 60);
    const active = await ws.call('GET', `${resellers}/${created.body.id}`);
    expect(active.body.status).toBe('ACTIVE');
    const named = await ws.call('POST', campaigns, { ...CAMPAIGN, resellerId: created.body.id });
    expect(named.status).toBe(201);
    expect(named.body.resellerId).toBe(created.body.id);
    expect((await ws.call('GET', `${campaigns}/${named.body.id}`)).body.resellerId).toBe(created.body.id);
    const withoutReseller = await ws.call('POST', campaigns, { ...CAMPAIGN, resellerId: null });
    expect(withoutReseller.body.resellerId).toBeNull();

    expect((await ws.call('GET', resellers)).body.results.map((r: { id: string }) => r.id)).toEqual([created.body.id, second.id]);
    expect((await ws.call('GET', `${resellers}?reverse=true&limit=1`)).body).toMatchObject({ results: [{ id: second.id }], nextPageToken: expect.any(String) });
    expect((await ws.call('GET', `${resellers}/${randomUUID()}`)).status).toBe(404);
    // Another workspace does not see them.
    const other = await BirdWorkspace.open(sim, validator);
    expect((await other.call('GET', `/workspaces/${other.id}/tcr-resellers`)).body.results).toEqual([]);
  });
});
