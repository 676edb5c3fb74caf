import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, birdValidator, BRAND, CAMPAIGN } from '../helpers/bird.js';
import { TestSim } from '../helpers/sim.js';

const dir = mkdtempSync(join(tmpdir(), 'a2p-sim-bird-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Bird workspace survives a restart with its data file', () => {
  it('keeps its wallet and ledger, brand, vetting, reseller, campaign with its Bird fields, and the pending reviews and monthly billing', async () => {
    const file = join(dir, 'bird.json');
    const first = await TestSim.start({ dataFile: file });
    const ws = await BirdWorkspace.open(first, await birdValidator(first));
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const vetting = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`, { class: 'STANDARD' })).body;
    const reseller = (await ws.call('POST', `/workspaces/${ws.id}/tcr-resellers`, { companyName: 'Agency' })).body;
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, { ...CAMPAIGN, name: 'Kept name' })).body;
    const wallet = (await ws.call('GET', `/workspaces/${ws.id}/wallet`)).body;
    await first.close();

    const second = await TestSim.start({ dataFile: file });
    try {
      const again = await BirdWorkspace.open(second, await birdValidator(second), { id: ws.id, key: ws.key });
      expect((await again.call('GET', `/workspaces/${ws.id}/wallet`)).body).toEqual(wallet);
      // Still under review: the reviews scheduled before the restart run on the restored clock.
      expect((await again.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).body).toMatchObject({ name: 'Kept name', status: 'PENDING' });
      expect((await again.call('GET', `/workspaces/${ws.id}/tcr-resellers/${reseller.id}`)).body.status).toBe('PENDING');
      await again.settle();
      expect((await again.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns/${campaign.id}`)).body.status).toBe('ACTIVE');
      expect((await again.call('GET', `/workspaces/${ws.id}/tcr-resellers/${reseller.id}`)).body.status).toBe('ACTIVE');
      expect((await again.call('GET', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings/${vetting.id}`)).body.status).toBe('ACTIVE');
      // The campaign's monthly billing, scheduled at its creation, still comes due after the three-month minimum.
      const before = await again.balance();
      await again.advance(100 * 24 * 3600);
      expect(before - (await again.balance())).toBe(10_000_000);
      // The key that provisioned the workspace is still the only one it accepts.
      expect((await fetch(`${second.url}/bird/workspaces/${ws.id}`, { headers: { Authorization: 'AccessKey another-key' } })).status).toBe(403);
    } finally {
      await second.close();
    }
  });
});
