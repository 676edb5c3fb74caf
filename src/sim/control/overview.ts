import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { LEDGER_TABLE, monthOf, type LedgerEntry } from '../cloudfran/ledger.js';
import { CfTables, type NumberService } from '../cloudfran/records.js';
import { A2pTables, type BrandRecord, type CampaignRecord, type ServicePhoneNumberRecord } from '../twilio/messaging/records.js';
import { Tables, type BundleRecord } from '../twilio/trusthub/records.js';

/**
 * Read models of where onboarding stands, for the dashboard: each account's current stage (the
 * sidebar's label) and, across accounts, the funnel, its failures with their reasons, the time to
 * approval in simulated time and CloudFran's revenue and numbers. Computed from the records as they
 * are now, never from how an account was seeded; read with `scan` (nothing handed out, so the
 * journaled store fingerprints nothing for a view).
 */

type Outcome = 'approved' | 'failed' | 'pending';

const PROFILE_OUTCOME: Record<string, Outcome> = { 'twilio-approved': 'approved', 'twilio-rejected': 'failed' };
const BRAND_OUTCOME: Record<string, Outcome> = { APPROVED: 'approved', FAILED: 'failed', SUSPENDED: 'failed', DELETION_FAILED: 'failed' };
const CAMPAIGN_OUTCOME: Record<string, Outcome> = { VERIFIED: 'approved', FAILED: 'failed' };
const NUMBER_OUTCOME: Record<string, Outcome> = { successful: 'approved', failed: 'failed' };

function last<T>(it: Iterable<T>): T | undefined {
  let out: T | undefined;
  for (const x of it) out = x;
  return out;
}

/** What the account's onboarding is at now: its furthest step and how that step stands. */
export function accountStage(world: World): string {
  const numbers = [...world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).scan()];
  const sending = numbers.filter((n) => n.registration_status === 'successful').length;
  if (sending) return `Sending from ${sending} registered number${sending > 1 ? 's' : ''}`;
  const failedNumber = numbers.find((n) => n.registration_status === 'failed');
  if (failedNumber) return 'Number registration failed';
  if (numbers.some((n) => n.registration_status === 'pending')) return 'Number registration pending';
  const campaign = last(world.table<CampaignRecord>(A2pTables.campaigns).scan());
  if (campaign) {
    if (campaign.campaign_status === 'VERIFIED') return 'Campaign verified — no number registered yet';
    if (campaign.campaign_status === 'FAILED') return 'Campaign FAILED';
    return `Campaign ${campaign.campaign_status} (vetting)`;
  }
  const brand = last(world.table<BrandRecord>(A2pTables.brands).scan());
  if (brand) {
    if (brand.status === 'APPROVED') return 'Brand APPROVED — no campaign yet';
    if (brand.status === 'PENDING' || brand.status === 'IN_REVIEW') return `Brand ${brand.status} (TCR review)`;
    return `Brand ${brand.status}`;
  }
  const profile = last(world.table<BundleRecord>(Tables.customer_profile).scan());
  if (profile) {
    if (profile.status === 'twilio-approved') return 'Business profile approved — no brand yet';
    if (profile.status === 'twilio-rejected') return 'Business profile rejected';
    return `Business profile ${profile.status}`;
  }
  return 'Nothing registered yet';
}

interface Stage {
  stage: string;
  total: number;
  approved: number;
  failed: number;
  pending: number;
}

interface Failure {
  stage: string;
  accountSid: string;
  account: string;
  sid: string;
  reason: string;
}

function reasonOf(rec: { failure_reason?: string | null; errors?: Array<{ description?: string; message?: string }> | null }): string {
  return rec.failure_reason || rec.errors?.[0]?.description || rec.errors?.[0]?.message || 'no reason given';
}

/** Buckets of the time to approval, in simulated hours (upper bounds; the last is open). */
const APPROVAL_BUCKETS_H = [1, 6, 24, 72, 168, 336];

function bucketLabels(): string[] {
  const label = (h: number) => (h < 24 ? `${h} h` : `${h / 24} d`);
  return [...APPROVAL_BUCKETS_H.map((h, i) => (i === 0 ? `≤ ${label(h)}` : `${label(APPROVAL_BUCKETS_H[i - 1]!)}–${label(h)}`)), `> ${label(APPROVAL_BUCKETS_H.at(-1)!)}`];
}

function bucketOf(ms: number): number {
  const h = ms / 3_600_000;
  const i = APPROVAL_BUCKETS_H.findIndex((b) => h <= b);
  return i < 0 ? APPROVAL_BUCKETS_H.length : i;
}

export function overview(sim: Simulator, nameOf: (world: World) => string) {
  const stages: Stage[] = ['Business profiles', 'Brands', 'Campaigns', 'Numbers registered'].map((stage) => ({ stage, total: 0, approved: 0, failed: 0, pending: 0 }));
  const failures: Failure[] = [];
  const reasons = new Map<string, { stage: string; reason: string; count: number }>();
  const approvalHours = { brands: new Array<number>(APPROVAL_BUCKETS_H.length + 1).fill(0), campaigns: new Array<number>(APPROVAL_BUCKETS_H.length + 1).fill(0) };
  const revenue = new Map<string, number>();
  const numbersByStatus: Record<string, number> = {};
  let tenants = 0;

  for (const world of sim.accounts()) {
    const account = nameOf(world);
    const count = <R>(index: number, rows: Iterable<R>, outcomeOf: (r: R) => Outcome, failure: (r: R) => { sid: string; reason: string } | undefined) => {
      const s = stages[index]!;
      for (const r of rows) {
        s.total++;
        const o = outcomeOf(r);
        s[o]++;
        if (o !== 'failed') continue;
        const f = failure(r);
        if (!f) continue;
        if (failures.length < 200) failures.push({ stage: s.stage, accountSid: world.accountSid, account, ...f });
        const key = `${s.stage}|${f.reason}`;
        const seen = reasons.get(key) ?? { stage: s.stage, reason: f.reason, count: 0 };
        seen.count++;
        reasons.set(key, seen);
      }
    };
    count(
      0,
      world.table<BundleRecord>(Tables.customer_profile).scan(),
      (p) => PROFILE_OUTCOME[p.status] ?? 'pending',
      (p) => ({ sid: p.sid, reason: reasonOf(p) }),
    );
    count(
      1,
      world.table<BrandRecord>(A2pTables.brands).scan(),
      (b) => BRAND_OUTCOME[b.status] ?? 'pending',
      (b) => ({ sid: b.sid, reason: reasonOf(b) }),
    );
    count(
      2,
      world.table<CampaignRecord>(A2pTables.campaigns).scan(),
      (c) => CAMPAIGN_OUTCOME[c.campaign_status] ?? 'pending',
      (c) => ({ sid: c.sid, reason: reasonOf(c) }),
    );
    count(
      3,
      world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).scan(),
      (n) => NUMBER_OUTCOME[n.registration_status] ?? 'pending',
      (n) => ({ sid: n.sid, reason: n.registration_error?.description ?? 'no reason given' }),
    );

    // Time to approval: from creation to the timeline's first APPROVED (brand) or VERIFIED (campaign).
    const brands = world.table<BrandRecord>(A2pTables.brands);
    const campaigns = world.table<CampaignRecord>(A2pTables.campaigns);
    const counted = new Set<string>();
    for (const e of world.timeline) {
      if (counted.has(e.sid)) continue;
      if (e.table === A2pTables.brands && e.to === 'APPROVED') {
        const b = brands.peek(e.sid);
        if (b) approvalHours.brands[bucketOf(e.at - b.date_created)]!++;
        counted.add(e.sid);
      } else if (e.table === A2pTables.campaigns && e.to === 'VERIFIED') {
        const c = campaigns.peek(e.sid);
        if (c) approvalHours.campaigns[bucketOf(e.at - c.date_created)]!++;
        counted.add(e.sid);
      }
    }

    if (world.settings.cloudfran) {
      tenants++;
      for (const entry of world.table<LedgerEntry>(LEDGER_TABLE).scan()) {
        const month = monthOf(entry.date_created);
        revenue.set(month, (revenue.get(month) ?? 0) + entry.amount_cents);
      }
      for (const n of world.table<NumberService>(CfTables.numbers).scan()) numbersByStatus[n.status] = (numbersByStatus[n.status] ?? 0) + 1;
    }
  }

  return {
    accounts: sim.accounts().length,
    funnel: stages,
    failures,
    failureReasons: [...reasons.values()].sort((a, b) => b.count - a.count),
    timeToApproval: { buckets: bucketLabels(), brands: approvalHours.brands, campaigns: approvalHours.campaigns },
    cloudfran: {
      tenants,
      revenueByMonth: [...revenue.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, cents]) => ({ month, cents })),
      numbersByStatus,
    },
  };
}
