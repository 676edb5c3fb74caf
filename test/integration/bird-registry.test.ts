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

describe('Bird tcr-brands: update and delete (docs.bird.com "Update a brand", "Delete a brand")', () => {
  it("updates an APPROVED brand's details but not its legal identity, refuses a brand under review, and resubmits a FAILED one", async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const path = `/workspaces/${ws.id}/tcr-brands/${brand.id}`;
    const underReview = await ws.call('PATCH', path, { displayName: 'ABC Too Soon' });
    expect(underReview.status).toBe(409);
    expect(underReview.body.code).toBe('Conflict');
    await ws.settle();
    expect((await ws.call('GET', path)).body.status).toBe('APPROVED');

    const renamed = await ws.call('PATCH', path, { displayName: 'ABC Mobile Store', website: 'https://abc.example.com' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: brand.id, status: 'APPROVED', displayName: 'ABC Mobile Store', website: 'https://abc.example.com', ein: BRAND.ein });
    const locked = await ws.call('PATCH', path, { ein: '98-7654321' });
    expect(locked.status).toBe(422);
    expect(locked.body.details).toHaveProperty('ein');
    expect((await ws.call('GET', path)).body.ein).toBe(BRAND.ein);
    expect((await ws.call('PATCH', `/workspaces/${ws.id}/tcr-brands/${randomUUID()}`, { displayName: 'x' })).status).toBe(404);
    expect((await ws.call('PATCH', path, { entityType: 'LLC' })).status).toBe(422);

    // A placeholder EIN fails the registry's identity check; corrected, the brand is reviewed again and charged again.
    const bad = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Placeholder', ein: '99-9999999' })).body;
    await ws.settle();
    const failed = await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${bad.id}`);
    expect(failed.body.status).toBe('FAILED');
    expect(failed.body.rejection.description).toMatch(/\S/);
    const before = await ws.balance();
    const resubmitted = await ws.call('PATCH', `/workspaces/${ws.id}/tcr-brands/${bad.id}`, { ein: '12-3456780' });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({ status: 'PENDING', ein: '12-3456780' });
    expect(resubmitted.body).not.toHaveProperty('rejection');
    expect(before - (await ws.balance())).toBe(4_000_000);
    await ws.settle();
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${bad.id}`)).body.status).toBe('APPROVED');
  });

  it('deletes a brand without campaigns (204, then 404) and refuses one that still has a campaign (409)', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const lone = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const kept = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Kept' })).body;
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${kept.id}/campaigns`, CAMPAIGN)).body;
    const deleted = await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${lone.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${lone.id}`)).status).toBe(404);
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${lone.id}`)).status).toBe(404);
    const refused = await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${kept.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/^Failed to .*Please/);
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands`)).body.results.map((b: { id: string }) => b.id)).toEqual([kept.id]);
    // Once its campaign is deleted the brand can go.
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${kept.id}/campaigns/${campaign.id}`)).status).toBe(204);
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${kept.id}`)).status).toBe(204);
  });
});

describe('Bird tcr-brands at organization level (seed 002 "Brands - Organization")', () => {
  it("reaches the brands of every workspace of the organization and only with the organization's key", async () => {
    const first = await BirdWorkspace.open(sim, validator);
    const second = await BirdWorkspace.open(sim, validator, { key: first.key });
    expect(second.organizationId).toBe(first.organizationId);
    const org = `/organizations/${first.organizationId}/tcr-brands`;
    const inSecond = (await second.call('POST', `/workspaces/${second.id}/tcr-brands`, { ...BRAND, displayName: 'ABC Second' })).body;
    const atOrg = await first.call('POST', org, { ...BRAND, displayName: 'ABC Org' });
    expect(atOrg.status).toBe(201);
    // Kept in the organization's oldest workspace.
    expect(atOrg.body.workspaceIds).toEqual([first.id]);
    expect((await first.call('GET', `/workspaces/${first.id}/tcr-brands/${atOrg.body.id}`)).status).toBe(200);
    const listed = await first.call('GET', `${org}?limit=1`);
    expect(listed.body.results).toHaveLength(1);
    const rest = await first.call('GET', `${org}?limit=1&pageToken=${listed.body.nextPageToken}`);
    expect([...listed.body.results, ...rest.body.results].map((b: { id: string }) => b.id).sort()).toEqual([atOrg.body.id, inSecond.id].sort());

    const fetched = await first.call('GET', `${org}/${inSecond.id}`);
    expect(fetched.body).toMatchObject({ id: inSecond.id, workspaceIds: [second.id], status: 'PENDING' });
    // The other workspace's clock moves when it is asked; the organization route settles it before reading.
    await second.settle();
    const updated = await first.call('PATCH', `${org}/${inSecond.id}`, { displayName: 'ABC Second Renamed' });
    expect(updated.body).toMatchObject({ status: 'APPROVED', displayName: 'ABC Second Renamed' });
    expect((await second.call('GET', `/workspaces/${second.id}/tcr-brands/${inSecond.id}`)).body.displayName).toBe('ABC Second Renamed');
    const vetting = await first.call('POST', `${org}/${inSecond.id}/vettings`, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    expect(vetting.status).toBe(201);
    expect((await second.call('GET', `/workspaces/${second.id}/tcr-brands/${inSecond.id}/vettings`)).body.results.map((v: { id: string }) => v.id)).toEqual([vetting.body.id]);
    expect((await first.call('DELETE', `${org}/${inSecond.id}`)).status).toBe(204);
    expect((await second.call('GET', `/workspaces/${second.id}/tcr-brands/${inSecond.id}`)).status).toBe(404);
    expect((await first.call('GET', `${org}/${randomUUID()}`)).status).toBe(404);

    // Another key's organization, or an organization no workspace belongs to, is not found; no key at all is 401.
    const stranger = await BirdWorkspace.open(sim, validator);
    expect((await stranger.call('GET', org)).status).toBe(404);
    expect((await first.call('GET', `/organizations/${randomUUID()}/tcr-brands`)).status).toBe(404);
    expect((await fetch(`${sim.url}/bird${org}`)).status).toBe(401);
    expect((await first.call('GET', '/organizations/not-a-uuid/tcr-brands')).status).toBe(422);
  });
});

describe('Bird brand vettings (seed 002 "Create a brand vetting", AEGIS)', () => {
  it('vets an APPROVED brand on the clock: the vetting turns ACTIVE with a score, the brand VETTED_VERIFIED; refuses a pending brand and a second running vetting', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    const vettings = `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`;
    const early = await ws.call('POST', vettings, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    expect(early.status).toBe(422);
    expect((await ws.call('POST', vettings, { class: 'ENHANCED', vettingProviderId: 'AEGIS' })).body.details).toHaveProperty('class');
    expect((await ws.call('POST', vettings, { vettingProviderId: 'AEGIS' })).body.details).toHaveProperty('class');
    await ws.settle();
    const before = await ws.balance();
    const created = await ws.call('POST', vettings, { class: 'STANDARD', vettingProviderId: 'AEGIS' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ brandId: brand.id, status: 'PENDING', class: 'STANDARD', vettingProviderId: 'AEGIS', reasons: [] });
    expect(created.body).not.toHaveProperty('score');
    expect(before - (await ws.balance())).toBe(40_000_000);
    expect((await ws.call('POST', vettings, { class: 'STANDARD' })).status).toBe(422);
    await ws.settle();
    const done = await ws.call('GET', `${vettings}/${created.body.id}`);
    expect(done.body.status).toBe('ACTIVE');
    expect(Number(done.body.score)).toBeGreaterThanOrEqual(0);
    expect(Number(done.body.score)).toBeLessThanOrEqual(100);
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}`)).body.identityStatus).toBe('VETTED_VERIFIED');
    expect((await ws.call('GET', vettings)).body.results).toEqual([done.body]);
    expect((await ws.call('GET', `${vettings}/${randomUUID()}`)).status).toBe(404);
  });
});

describe('Bird campaigns: get, update, delete (seed 002 "Campaigns")', () => {
  it('reads a campaign, renames it any time, corrects and resubmits a REJECTED one, refuses registry fields otherwise, and deletes it (EXPIRED)', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const campaigns = `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`;
    const rejected = (await ws.call('POST', campaigns, { ...CAMPAIGN, name: 'Unknown use case', usecase: 'NOT_A_USECASE' })).body;
    const good = (await ws.call('POST', campaigns, CAMPAIGN)).body;
    expect((await ws.call('GET', `${campaigns}/${good.id}`)).body).toEqual(good);
    expect(good.resellerId).toBeNull();
    const early = await ws.call('PATCH', `${campaigns}/${good.id}`, { description: `${CAMPAIGN.description} Now with more detail.` });
    expect(early.status).toBe(409);
    await ws.settle();
    // Two campaigns' fees and minimums leave too little for a resubmission in the starting wallet.
    expect((await ws.control('/bird/wallet', { amount: 100 })).status).toBe(200);

    const failed = await ws.call('GET', `${campaigns}/${rejected.id}`);
    expect(failed.body.status).toBe('REJECTED');
    expect(failed.body.rejection.code).toMatch(/\d+/);
    const before = await ws.balance();
    const fixed = await ws.call('PATCH', `${campaigns}/${rejected.id}`, { usecase: 'CUSTOMER_CARE', name: 'Care' });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'PENDING', usecase: 'CUSTOMER_CARE', name: 'Care' });
    expect(fixed.body).not.toHaveProperty('rejection');
    expect(before - (await ws.balance())).toBe(15_000_000);
    await ws.settle();
    expect((await ws.call('GET', `${campaigns}/${rejected.id}`)).body.status).toBe('ACTIVE');

    const renamed = await ws.call('PATCH', `${campaigns}/${good.id}`, { name: 'Shipping updates' });
    expect(renamed.body).toMatchObject({ status: 'ACTIVE', name: 'Shipping updates', usecase: 'CUSTOMER_CARE' });
    const activeChange = await ws.call('PATCH', `${campaigns}/${good.id}`, { samples: ['one sample that is long enough to count'] });
    expect(activeChange.status).toBe(409);
    expect((await ws.call('PATCH', `${campaigns}/${good.id}`, { samples: [] })).status).toBe(422);
    expect((await ws.call('GET', `${campaigns}/${randomUUID()}`)).status).toBe(404);
    expect((await ws.call('GET', `/workspaces/${ws.id}/tcr-brands/${randomUUID()}/campaigns/${good.id}`)).status).toBe(404);

    expect((await ws.call('DELETE', `${campaigns}/${good.id}`)).status).toBe(204);
    expect((await ws.call('GET', `${campaigns}/${good.id}`)).body.status).toBe('EXPIRED');
    expect((await ws.call('DELETE', `${campaigns}/${good.id}`)).status).toBe(409);
    const listed = await ws.call('GET', `${campaigns}?limit=1`);
    expect(listed.body.results).toHaveLength(1);
    expect(listed.body.nextPageToken).toEqual(expect.any(String));
    expect((await ws.call('GET', `${campaigns}?status=EXPIRED`)).body.results.map((c: { id: string }) => c.id)).toEqual([good.id]);
    expect((await ws.call('GET', `${campaigns}?reverse=true&limit=1`)).body.results.map((c: { id: string }) => c.id)).toEqual([good.id]);
    expect((await ws.call('GET', `${campaigns}?status=DONE`)).body.details).toHaveProperty('status');
  });
});

describe('a channel outlives its campaign and brand', () => {
  it('reads not ready (campaign EXPIRED, brand unknown) once both are deleted, instead of failing', async () => {
    const ws = await BirdWorkspace.open(sim, validator);
    const available = (await ws.call('GET', `/workspaces/${ws.id}/numbers-available?country=US&limit=1`)).body.results[0].number;
    const number = (await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: available, country: 'US' }] })).body.results[0];
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    await ws.settle();
    const connector = (
      await ws.call('POST', `/workspaces/${ws.id}/connectors`, {
        connectorTemplateRef: 'sms-messagebird:1',
        name: 'SMS',
        arguments: { phoneNumberId: number.id, useCaseId: campaign.id, channelMessageType: 'transactional' },
      })
    ).body;
    await ws.settle();
    const channel = `/workspaces/${ws.id}/channels/${connector.channel.channelId}`;
    expect((await ws.call('GET', channel)).body.useCaseStatus.status).toBe('ok');
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).status).toBe(204);
    expect((await ws.call('DELETE', `/workspaces/${ws.id}/tcr-brands/${brand.id}`)).status).toBe(204);
    const after = await ws.call('GET', channel);
    expect(after.status).toBe(200);
    expect(after.body.useCaseStatus.status).toBe('warning');
    expect(after.body.useCaseStatus.assertions.map((a: { message?: string }) => a.message)).toEqual(['Brand status is UNKNOWN', 'Campaign status is EXPIRED', 'Number status is INACTIVE']);
  });
});
