import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponseValidator } from '../../src/contract/openapi.js';
import { formatViolations } from '../../src/contract/twilio.js';
import { BRAND, CAMPAIGN } from '../helpers/bird.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let validator: ReturnType<typeof createResponseValidator>;
beforeAll(async () => {
  sim = await TestSim.start();
  validator = createResponseValidator(await (await fetch(`${sim.url}/bird/openapi.json`)).json(), { strictFields: false });
});
afterAll(() => sim.close());

describe('Bird tcr-brands over the neutral TCR', () => {
  it('creates a brand PENDING, refuses a bad one naming the field, and the registry approves it on the workspace clock', async () => {
    const key = `ak_${randomUUID()}`;
    const ws = randomUUID();
    const headers = { Authorization: `AccessKey ${key}`, 'content-type': 'application/json' };
    async function call(method: string, path: string, body?: unknown) {
      const res = await fetch(`${sim.url}/bird${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const json = await res.json();
      const result = validator.validate({ method, path, status: res.status, body: json });
      if (!result.ok) throw new Error(formatViolations(result));
      return { status: res.status, body: json };
    }
    const brand = BRAND;
    const missing = await call('POST', `/workspaces/${ws}/tcr-brands`, { ...brand, ein: undefined });
    expect(missing.status).toBe(422);
    expect(missing.body.details).toHaveProperty('ein');
    const badType = await call('POST', `/workspaces/${ws}/tcr-brands`, { ...brand, entityType: 'LLC' });
    expect(badType.status).toBe(422);
    expect(badType.body.details).toHaveProperty('entityType');
    expect((await call('GET', `/workspaces/${ws}/tcr-brands`)).body.results).toEqual([]);

    const receiver = await Receiver.start();
    const { organizationId } = (await call('GET', `/workspaces/${ws}`)).body;
    const subs = `/organizations/${organizationId}/workspaces/${ws}/webhook-subscriptions`;
    expect((await call('POST', subs, { service: 'numbers', event: '10dlc.brand', url: `${receiver.url}/brand` })).status).toBe(201);
    const created = await call('POST', `/workspaces/${ws}/tcr-brands`, brand);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'PENDING', displayName: 'ABC Mobile', workspaceIds: [ws] });
    const advance = await fetch(`${sim.url}/_sim/clock/advance`, { method: 'POST', headers: { ...headers, 'X-Bird-Workspace-Id': ws }, body: JSON.stringify({ until: 'settled' }) });
    expect(advance.status).toBe(200);
    const fetched = await call('GET', `/workspaces/${ws}/tcr-brands/${created.body.id}`);
    expect(fetched.body.status).toBe('APPROVED');
    expect((await call('GET', `/workspaces/${ws}/tcr-brands/${randomUUID()}`)).status).toBe(404);
    await fetch(`${sim.url}/_sim/deliveries/flush`, { method: 'POST', headers: { ...headers, 'X-Bird-Workspace-Id': ws }, body: '{}' });
    const statuses = receiver.received
      .map((r) => JSON.parse(r.body))
      .filter((e) => e.payload.id === created.body.id)
      .map((e) => e.payload.status);
    await receiver.close();
    expect(statuses[0]).toBe('PENDING');
    expect(statuses.at(-1)).toBe('APPROVED');

    // Campaigns: only under an approved brand; the registry reviews them on the same clock.
    const campaign = CAMPAIGN;
    const campaigns = `/workspaces/${ws}/tcr-brands/${created.body.id}/campaigns`;
    const noSamples = await call('POST', campaigns, { ...campaign, samples: [] });
    expect(noSamples.status).toBe(422);
    expect(noSamples.body.details).toHaveProperty('samples');
    const unknownBrand = await call('POST', `/workspaces/${ws}/tcr-brands/${randomUUID()}/campaigns`, campaign);
    expect(unknownBrand.status).toBe(404);
    const pendingBrand = await call('POST', `/workspaces/${ws}/tcr-brands`, { ...brand, displayName: 'ABC Two' });
    const tooEarly = await call('POST', `/workspaces/${ws}/tcr-brands/${pendingBrand.body.id}/campaigns`, campaign);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.details).toHaveProperty('brandId');
    const madeCampaign = await call('POST', campaigns, campaign);
    expect(madeCampaign.status).toBe(201);
    expect(madeCampaign.body).toMatchObject({ brandId: created.body.id, name: 'Order updates', optoutKeywords: 'STOP,UNSUBSCRIBE' });
    await fetch(`${sim.url}/_sim/clock/advance`, { method: 'POST', headers: { ...headers, 'X-Bird-Workspace-Id': ws }, body: JSON.stringify({ until: 'settled' }) });
    const listedCampaigns = await call('GET', campaigns);
    expect(listedCampaigns.body.results.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([[madeCampaign.body.id, 'ACTIVE']]);
  });
});
