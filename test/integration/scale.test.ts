import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, internalContext, updateRecord } from '../../src/sim/engine/operations.js';
import type { BaseRecord } from '../../src/sim/engine/table.js';
import type { World } from '../../src/sim/engine/world.js';
import { Tables } from '../../src/sim/twilio/trusthub/records.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

/**
 * `count` submitted Secondary Customer Profiles, each with a business-information EndUser attached,
 * made through the declarations in process (the same validation and lifecycles as the HTTP routes,
 * without 15,000 round trips).
 */
function submitProfiles(sim: TestSim, world: World, count: number): string[] {
  const def = (table: string) => sim.sim.resources.get(table)!;
  const ctx = internalContext(sim.sim, world);
  const sids: string[] = [];
  for (let i = 0; i < count; i++) {
    const profile = createRecord(ctx, def(Tables.customer_profile), { FriendlyName: `Scale ${i}`, Email: 'scale@example.com', PolicySid: SECONDARY });
    const eu = createRecord(ctx, def(Tables.endUsers), { FriendlyName: `EU ${i}`, Type: 'customer_profile_business_information', Attributes: JSON.stringify({ business_name: `Scale ${i}` }) });
    createRecord(internalContext(sim.sim, world, { CustomerProfileSid: profile.sid }), def(Tables.entityAssignments('customer_profile')), { ObjectSid: eu.sid });
    updateRecord(ctx, def(Tables.customer_profile), profile.sid, { Status: 'pending-review' });
    sids.push(profile.sid);
  }
  return sids;
}

describe('flat costs at scale', () => {
  let sim: TestSim;
  let busy: TestAccount;
  let other: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    busy = await sim.account();
    other = await sim.account();
  });
  afterAll(() => sim.close());

  it("settles 5,000 submitted profiles in slices: another account's requests are answered before the settle finishes", async () => {
    const sids = submitProfiles(sim, busy.world, 5000);
    // Slices of 64 transitions (no real-time budget), so the interleaving does not depend on the machine's speed.
    busy.world.settleSliceMs = 0;
    const created = await other.request('POST', '/trusthub/v1/EndUsers', { form: { FriendlyName: 'other', Type: 'authorized_representative_1', Attributes: '{}' } });
    expect(created.status).toBe(201);

    let settled = false;
    const settle = busy.settle().then(() => (settled = true));
    const answeredDuringSettle: number[] = [];
    for (let i = 0; i < 200 && !settled; i++) {
      const res = await other.request('GET', `/trusthub/v1/EndUsers/${created.body.sid}`);
      expect(res.status).toBe(200);
      if (!settled) answeredDuringSettle.push(i);
    }
    await settle;
    expect(answeredDuringSettle.length).toBeGreaterThan(0);

    // The settle itself is complete: every profile got a decision, and its review ran in order.
    const profiles = busy.world.table<BaseRecord & { status: string }>(Tables.customer_profile);
    const statuses = new Set(sids.map((sid) => profiles.get(sid)!.status));
    expect([...statuses].every((s) => s === 'twilio-approved' || s === 'twilio-rejected')).toBe(true);
    expect(busy.world.transitions.filter((t) => !t.background)).toEqual([]);
  });

  it('a request for the account being settled sees it settled at the clock it reads', async () => {
    const sids = submitProfiles(sim, busy.world, 2000);
    busy.world.settleSliceMs = 0;
    const pending = busy.world.pendingCount;
    const advance = busy.advance(3 * 3600);
    // Wait until the advance is under way (some transitions fired, most not yet), then ask: the router settles the rest before answering.
    while (busy.world.pendingCount === pending) await new Promise<void>((resolve) => setImmediate(resolve));
    expect(busy.world.pendingCount).toBeGreaterThan(0);
    const res = await busy.request('GET', `/trusthub/v1/CustomerProfiles/${sids[sids.length - 1]}`);
    expect(['twilio-approved', 'twilio-rejected']).toContain(res.body.status);
    await advance;
    const profiles = busy.world.table<BaseRecord & { status: string }>(Tables.customer_profile);
    expect(sids.filter((sid) => !['twilio-approved', 'twilio-rejected'].includes(profiles.get(sid)!.status))).toEqual([]);
  });

  it('deep pages by PageToken and by Page equal the pages of a scan, across deletes', async () => {
    const acct = await sim.account();
    const ctx = internalContext(sim.sim, acct.world);
    const def = sim.sim.resources.get(Tables.endUsers)!;
    for (let i = 0; i < 700; i++) createRecord(ctx, def, { FriendlyName: `EU ${i}`, Type: 'authorized_representative_1', Attributes: '{}' });
    const table = acct.world.table<BaseRecord>(Tables.endUsers);
    // Holes in the order, one run longer than a page.
    for (const rec of table.values().filter((_, i) => i % 5 === 0 || (i > 300 && i < 420))) table.delete(rec.sid);
    const scan = table.values().map((r) => r.sid);

    const paged: string[] = [];
    let next: string | null = '/trusthub/v1/EndUsers?PageSize=37';
    let pageNo = 0;
    while (next) {
      const res = await acct.request('GET', next);
      expect(res.status).toBe(200);
      expect(res.body.meta.page).toBe(pageNo);
      const sidsOnPage = res.body.results.map((r: { sid: string }) => r.sid);
      expect(sidsOnPage).toEqual(scan.slice(pageNo * 37, pageNo * 37 + 37));
      paged.push(...sidsOnPage);
      next = res.body.meta.next_page_url ? new URL(res.body.meta.next_page_url).pathname.replace(/^\/v1/, '/trusthub/v1') + new URL(res.body.meta.next_page_url).search : null;
      pageNo++;
    }
    expect(paged).toEqual(scan);
    const deep = await acct.request('GET', '/trusthub/v1/EndUsers?PageSize=37&Page=9');
    expect(deep.body.results.map((r: { sid: string }) => r.sid)).toEqual(scan.slice(9 * 37, 10 * 37));
  });
});
