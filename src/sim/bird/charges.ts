import { DAY } from '../wire/dates.js';

/**
 * What the workspace wallet pays (micro-USD), at TCR's published one-time fees (brand $4, external
 * vetting $40, campaign vetting $15) and a monthly campaign fee by use case; seed 002: registering a
 * campaign charges its fee "and a three month minimum commitment fee".
 */
export const BIRD_FEES = { brand: 4_000_000, vetting: 40_000_000, campaignVetting: 15_000_000 } as const;
export const CAMPAIGN_MINIMUM_MONTHS = 3;
export function campaignMonthlyFee(usecase: string): number {
  if (usecase === 'LOW_VOLUME') return 1_500_000;
  if (usecase === 'SOLE_PROPRIETOR') return 2_000_000;
  return 10_000_000;
}
export function campaignCharges(usecase: string, name: string) {
  const monthly = campaignMonthlyFee(usecase);
  return [
    { description: `Campaign "${name}" registration (vetting) fee`, amount: BIRD_FEES.campaignVetting },
    { description: `Campaign "${name}" ${usecase}: ${CAMPAIGN_MINIMUM_MONTHS}-month minimum commitment`, amount: monthly * CAMPAIGN_MINIMUM_MONTHS },
  ];
}
export const total = (items: Array<{ amount: number }>) => items.reduce((sum, i) => sum + i.amount, 0);

/** A billing month in simulated time. */
export const BILLING_MONTH_MS = 30 * DAY;
