import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';

/**
 * CloudFran's billing, from seed 000: brand $12 one-time; campaign $30/month marketing, $20/month
 * otherwise; local number $24/year, toll-free $48/year; reclaim $25. Every charge is a ledger
 * entry dated on the account's simulated clock, with a payment intent id.
 */
export const FEES_CENTS = {
  brand: 1200,
  campaignMarketing: 3000,
  campaignOther: 2000,
  numberLocal: 2400,
  numberTollFree: 4800,
  reclaim: 2500,
} as const;

export type ChargeCategory = 'brand_registration' | 'campaign_monthly' | 'phone_number_annual' | 'reclaim_fee';

export interface LedgerEntry extends BaseRecord {
  category: ChargeCategory;
  amount_cents: number;
  description: string;
  service_id: string;
  payment_intent_id: string;
  email: string | null;
}

export const LEDGER_TABLE = 'cloudfran.ledger';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `pi_` + 24 base62 characters, like a Stripe PaymentIntent id, drawn from the account's entropy. */
export function paymentIntentId(world: World): string {
  let id = 'pi_';
  while (id.length < 27) {
    for (const ch of world.entropy.hex32().match(/../g)!) {
      if (id.length >= 27) break;
      id += ALPHABET[parseInt(ch, 16) % 62];
    }
  }
  return id;
}

export function charge(world: World, input: { category: ChargeCategory; amountCents: number; description: string; serviceId: string; email?: string | null }): LedgerEntry {
  const now = world.now();
  const entry: LedgerEntry = {
    sid: `le_${world.entropy.hex32().slice(0, 20)}`,
    account_sid: world.accountSid,
    date_created: now,
    date_updated: now,
    category: input.category,
    amount_cents: input.amountCents,
    description: input.description,
    service_id: input.serviceId,
    payment_intent_id: paymentIntentId(world),
    email: input.email ?? null,
  };
  world.table<LedgerEntry>(LEDGER_TABLE).insert(entry);
  return entry;
}

export function dollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** `YYYY-MM` of a simulated time, in UTC. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function monthlyUsage(world: World, month: string) {
  const entries = world.table<LedgerEntry>(LEDGER_TABLE).filter((e) => monthOf(e.date_created) === month);
  const byCategory: Record<ChargeCategory, number> = { brand_registration: 0, campaign_monthly: 0, phone_number_annual: 0, reclaim_fee: 0 };
  for (const e of entries) byCategory[e.category] += e.amount_cents;
  return { entries, byCategory, totalCents: entries.reduce((sum, e) => sum + e.amount_cents, 0) };
}
