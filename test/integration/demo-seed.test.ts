import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorldState } from '../../src/sim/engine/world.js';
import type { PersistedState } from '../../src/sim/store/store.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp } from '../../src/sim/server.js';
import { generateTenants, STORIES } from '../../src/sim/seed/tenants.js';
import { assertValid, TestSim } from '../helpers/sim.js';

/** A simulator whose deliveries all succeed without a network, seeded through its own admin API. */
async function seeded(seed: string, tenants: number, simSeed = seed) {
  const sim = await Simulator.create({ faces: builtinFaces(), seed: simSeed, clock: { frozen: true }, fetch: (async () => new Response('ok')) as typeof fetch });
  const app = createApp(sim);
  const res = await app.request('/_sim/admin/seed', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenants, seed, baseUrl: 'http://127.0.0.1:4010' }) });
  expect(res.status).toBe(201);
  return { sim, app, result: (await res.json()) as { tenants: Array<{ tenantId: string; accountSid: string; story: string; skipped: boolean }> } };
}

/** Everything the simulator holds, minus what real time decides (when it was saved, how long a delivery took). */
function comparable(state: PersistedState<WorldState>) {
  return {
    shared: state.shared,
    accounts: [...state.accounts]
      .sort((a, b) => a.accountSid.localeCompare(b.accountSid))
      .map((a) => ({ ...a, deliveries: a.deliveries.map((d) => ({ ...d, attempts: d.attempts.map(({ durationMs: _ms, ...rest }) => rest) })) })),
  };
}

type Row = { sid: string } & Record<string, any>;
const rows = (sim: Simulator, accountSid: string, table: string) => sim.findWorld(accountSid)!.table<Row>(table).values();

describe('demo seeding: fake franchise tenants made through the faces', () => {
  it('is deterministic: the same seed gives the same tenants, SIDs, records, timelines and deliveries', async () => {
    const a = await seeded('acme-demo', 8);
    const b = await seeded('acme-demo', 8);
    expect(b.result).toEqual(a.result);
    expect(comparable(b.sim.snapshot())).toEqual(comparable(a.sim.snapshot()));
    // And a different seed gives different tenants.
    const c = await seeded('other-demo', 8);
    expect(c.result.tenants.map((t) => t.tenantId)).not.toEqual(a.result.tenants.map((t) => t.tenantId));
    await Promise.all([a.sim.close(), b.sim.close(), c.sim.close()]);
  });

  it('generates the first tenants of a seed the same whatever the count, and seeding again adds only the new ones', async () => {
    expect(generateTenants('grow', 3)).toEqual(generateTenants('grow', 10).slice(0, 3));
    const { sim, app, result } = await seeded('grow', 3);
    const before = comparable(sim.snapshot()).accounts.filter((x) => result.tenants.some((t) => t.accountSid === x.accountSid));
    const again = await app.request('/_sim/admin/seed', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenants: 5, seed: 'grow', baseUrl: 'http://127.0.0.1:4010' }),
    });
    const second = (await again.json()) as { tenants: Array<{ accountSid: string; skipped: boolean }> };
    expect(second.tenants.map((t) => t.skipped)).toEqual([true, true, true, false, false]);
    const after = comparable(sim.snapshot()).accounts.filter((x) => result.tenants.some((t) => t.accountSid === x.accountSid));
    expect(after).toEqual(before);
    await sim.close();
  });

  it('puts the first eight tenants at every stage: profile draft, in review, rejected; brand pending, failed; campaign pending, failed; live', async () => {
    const { sim, result } = await seeded('stages', 8);
    const by = Object.fromEntries(result.tenants.map((t) => [t.story, t.accountSid]));
    expect(Object.keys(by).sort()).toEqual([...STORIES].sort());
    const status = (story: string, table: string, field = 'status') => rows(sim, by[story]!, table).map((r) => r[field]);

    expect(status('profile-draft', 'trusthub.customer_profiles')).toEqual(['draft']);
    expect(status('profile-in-review', 'trusthub.customer_profiles')).toEqual(['in-review']);
    expect(status('profile-rejected', 'trusthub.customer_profiles')).toEqual(['twilio-rejected']);
    expect(rows(sim, by['profile-rejected']!, 'trusthub.customer_profiles')[0]!.errors).toBeTruthy();
    expect(status('brand-pending', 'messaging.brand_registrations')).toEqual(['PENDING']);
    expect(status('brand-failed', 'messaging.brand_registrations')).toEqual(['FAILED']);
    expect(rows(sim, by['brand-failed']!, 'messaging.brand_registrations')[0]!.errors[0].error_code).toBe(30799);
    expect(status('campaign-pending', 'messaging.us_app_to_person', 'campaign_status')).toEqual(['IN_PROGRESS']);
    expect(status('campaign-failed', 'messaging.us_app_to_person', 'campaign_status')).toEqual(['FAILED']);
    expect(status('live', 'messaging.us_app_to_person', 'campaign_status')).toEqual(['VERIFIED']);

    // The live tenant: a number at each stage of CloudFran's cancellation policy, traffic, and a ledger.
    expect(status('live', 'cloudfran.phone_numbers').sort()).toEqual(['active', 'cancelled_held', 'pending_cancellation', 'released']);
    const messages = rows(sim, by.live!, 'api.messages');
    expect(messages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(messages.map((m) => m.status))).toEqual(new Set(['delivered']));
    expect(rows(sim, by.live!, 'api.calls').map((c) => c.status)).toEqual(['completed', 'completed', 'completed']);
    const ledger = rows(sim, by.live!, 'cloudfran.ledger');
    expect(new Set(ledger.map((e) => e.category))).toEqual(new Set(['brand_registration', 'campaign_monthly', 'phone_number_annual']));
    expect(ledger.filter((e) => e.category === 'campaign_monthly').length).toBeGreaterThanOrEqual(3);
    // Every seeded account starts frozen so that each stays at its stage until someone moves it.
    for (const t of result.tenants) expect(sim.findWorld(t.accountSid)!.clock.frozen).toBe(true);
    // Webhooks went out signed, to the simulator's own demo inbox.
    const live = sim.findWorld(by.live!)!;
    expect(live.outbox.log.some((d) => d.channel === 'webhook' && d.event === 'phone_number.cancelled' && d.url.includes('/_sim/inbox/'))).toBe(true);
    expect(live.outbox.log.every((d) => d.state === 'delivered')).toBe(true);
    await sim.close();
  });
});

describe('seeded resources are schema-conformant on the wire', () => {
  let sim: TestSim;
  let tenants: Array<{ tenantId: string; accountSid: string; story: string }>;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'wire' });
    const res = await fetch(`${sim.url}/_sim/admin/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sim.adminHeaders },
      body: JSON.stringify({ tenants: 8, seed: 'wire', baseUrl: sim.url }),
    });
    tenants = ((await res.json()) as { tenants: typeof tenants }).tenants;
  });
  afterAll(() => sim.close());

  it('every list of every tenant validates against the vendored spec, field set included', async () => {
    const lists = [
      '/trusthub/v1/CustomerProfiles',
      '/trusthub/v1/TrustProducts',
      '/trusthub/v1/EndUsers',
      '/trusthub/v1/SupportingDocuments',
      '/messaging/v1/a2p/BrandRegistrations',
      '/messaging/v1/Services',
      '/events/v1/Sinks',
      '/events/v1/Subscriptions',
    ];
    let checked = 0;
    for (const t of tenants) {
      const world = sim.sim.findWorld(t.accountSid)!;
      const acct = await sim.account(t.accountSid, world.authToken);
      const v2010 = ['Messages', 'Calls', 'IncomingPhoneNumbers', 'Addresses'].map((r) => `/api/2010-04-01/Accounts/${t.accountSid}/${r}.json`);
      for (const path of [...lists, ...v2010]) {
        const res = await acct.request('GET', path);
        expect(res.status).toBe(200);
        checked++;
      }
      for (const service of world.table('messaging.services').values()) {
        const res = await acct.request('GET', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p`);
        expect(res.status).toBe(200);
        assertValid({ method: 'GET', url: `${sim.url}/messaging/v1/Services/${service.sid}/Compliance/Usa2p`, status: res.status, body: res.body });
      }
    }
    expect(checked).toBe(tenants.length * 12);
  });

  it('CloudFran sees the same tenants through its own API', async () => {
    const live = tenants.find((t) => t.story === 'live')!;
    const res = await fetch(`${sim.url}/api/v1/twilio/phone-numbers`, { headers: { 'x-api-key': 'cf_local_dev_key', 'x-tenant-id': live.tenantId } });
    const body = (await res.json()) as { phoneNumbers: Array<{ status: string }> };
    expect(body.phoneNumbers.map((n) => n.status).sort()).toEqual(['active', 'cancelled_held', 'pending_cancellation', 'released']);
  });
});
