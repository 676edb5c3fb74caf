import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim } from '../helpers/sim.js';

/**
 * The dashboard's read models of where onboarding stands: each account's stage from its current
 * records (the sidebar's label) and the cross-account overview (funnel, failures with reasons, time
 * to approval, CloudFran revenue and numbers), on a seeded demo.
 */
interface Summary {
  sid: string;
  stage: string;
  demo: { story?: string } | null;
}

describe('onboarding overview and account stages', () => {
  let sim: TestSim;
  let seeded: Array<{ accountSid: string; story: string }>;
  const admin = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${sim.url}/_sim/admin${path}`, { ...init, headers: { 'content-type': 'application/json', ...sim.adminHeaders, ...(init.headers ?? {}) } });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'overview' });
    const res = await admin('/seed', { method: 'POST', body: JSON.stringify({ tenants: 8, seed: 'demo', baseUrl: sim.url }) });
    expect(res.status).toBe(201);
    seeded = res.body.tenants;
  }, 60_000);
  afterAll(() => sim.close());

  it('counts every stage of the funnel, with the failures and their reasons', async () => {
    const { status, body } = await admin('/overview');
    expect(status).toBe(200);
    expect(body.funnel.map((s: { stage: string }) => s.stage)).toEqual(['Business profiles', 'Brands', 'Campaigns', 'Numbers registered']);
    for (const s of body.funnel) expect(s.total).toBe(s.approved + s.failed + s.pending);
    const brands = body.funnel[1];
    expect(brands.total).toBeGreaterThan(0);
    expect(brands.approved).toBeGreaterThan(0);
    const failed = body.funnel.reduce((n: number, s: { failed: number }) => n + s.failed, 0);
    expect(body.failures).toHaveLength(failed);
    for (const f of body.failures) expect(f.reason).not.toBe('');
    expect(body.failureReasons.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(failed);
    expect(body.timeToApproval.buckets).toHaveLength(body.timeToApproval.brands.length);
    expect(body.timeToApproval.brands.reduce((a: number, b: number) => a + b, 0)).toBe(brands.approved);
    expect(body.cloudfran.tenants).toBe(8);
    expect(body.cloudfran.revenueByMonth.length).toBeGreaterThan(0);
    expect(body.cloudfran.revenueByMonth.every((m: { month: string; cents: number }) => /^\d{4}-\d{2}$/.test(m.month) && m.cents > 0)).toBe(true);
    expect(Object.values(body.cloudfran.numbersByStatus).reduce((a: number, b) => a + (b as number), 0)).toBeGreaterThan(0);
  });

  it("labels each account by its current state, and the label follows the account's clock", async () => {
    const pending = seeded.find((t) => t.story === 'brand-pending')!;
    const stageOf = async () => ((await admin('/accounts')).body.accounts as Summary[]).find((a) => a.sid === pending.accountSid)!.stage;
    expect(await stageOf()).toBe('Brand PENDING (TCR review)');
    const advanced = await admin(`/accounts/${pending.accountSid}/clock/advance`, { method: 'POST', body: JSON.stringify({ until: 'settled' }) });
    expect(advanced.status).toBe(200);
    expect(await stageOf()).not.toMatch(/^Brand PENDING/);
    expect(await stageOf()).toMatch(/^(Brand APPROVED|Brand FAILED|Campaign|Sending|Number)/);
  });
});
