import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, BRAND, birdValidator, CAMPAIGN } from '../helpers/bird.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let validator: Awaited<ReturnType<typeof birdValidator>>;

beforeAll(async () => {
  sim = await TestSim.start();
  validator = await birdValidator(sim);
});
afterAll(() => sim.close());

describe('GET /_sim/tcr: the registry’s own records of the calling account', () => {
  it('lists a Bird workspace’s brand, vetting and campaign in the registry’s vocabulary, with provider, status and score', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const pending = await ws.control('/tcr', undefined, 'GET');
    expect(pending.status).toBe(200);
    expect(pending.body.brands).toEqual([expect.objectContaining({ provider: 'bird', ownerRef: brand.id, status: 'PENDING', score: null })]);
    expect(pending.body).toMatchObject({ vettings: [], campaigns: [], resellers: [], numberLinks: [] });

    await ws.settle();
    await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    await ws.settle();
    const { body } = await ws.control('/tcr', undefined, 'GET');
    const [record] = body.brands;
    expect(record).toMatchObject({
      id: expect.stringMatching(/^B[0-9A-Z]{6}$/),
      provider: 'bird',
      ownerRef: brand.id,
      status: 'APPROVED',
      identity: { entityType: 'PRIVATE_PROFIT', companyName: BRAND.companyName, ein: BRAND.ein, website: BRAND.website, vertical: BRAND.vertical },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(record.score).toBeGreaterThanOrEqual(1);
    expect(body.vettings).toEqual([expect.objectContaining({ provider: 'bird', brandId: record.id, vettingProvider: 'AEGIS', status: 'ACTIVE' })]);
    expect(body.campaigns).toEqual([expect.objectContaining({ provider: 'bird', ownerRef: campaign.id, brandId: record.id, usecase: 'CUSTOMER_CARE', status: 'ACTIVE' })]);
    expect((await ws.control('/tcr?provider=twilio', undefined, 'GET')).body.brands).toEqual([]);
    expect((await ws.control('/tcr?provider=bird', undefined, 'GET')).body.brands).toHaveLength(1);
  });

  it('shows each account only its own records', async () => {
    const a = await BirdWorkspace.open(sim, validator);
    const b = await BirdWorkspace.open(sim, validator);
    await a.call('POST', `/workspaces/${a.id}/tcr-brands`, BRAND);
    expect((await a.control('/tcr', undefined, 'GET')).body.brands).toHaveLength(1);
    expect((await b.control('/tcr', undefined, 'GET')).body.brands).toEqual([]);
    const twilio = await sim.account();
    const res = await fetch(`${sim.url}/_sim/tcr`, { headers: { authorization: `Basic ${Buffer.from(`${twilio.sid}:${twilio.token}`).toString('base64')}` } });
    expect(await res.json()).toEqual({ accountSid: twilio.sid, brands: [], vettings: [], campaigns: [], resellers: [], numberLinks: [] });
  });

  it('refuses an unknown provider and a caller without credentials, in the control plane’s words, changing nothing', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const bad = await ws.control('/tcr?provider=cloudfran', undefined, 'GET');
    expect(bad).toEqual({
      status: 400,
      body: { status: 400, message: 'Failed to list the registry\'s records: provider "cloudfran" is not one the registry knows. Please use twilio or bird, or leave it out.' },
    });
    const anonymous = await fetch(`${sim.url}/_sim/tcr`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { message: string }).message).toMatch(/^Failed to identify the account/);
    const accounts = sim.sim.accounts().length;
    expect((await fetch(`${sim.url}/_sim/tcr`, { method: 'POST', headers: ws.headers })).status).toBe(404);
    expect(sim.sim.accounts().length).toBe(accounts);
  });
});
