import { enterState, type Lifecycled } from '../engine/lifecycle.js';
import type { Transition, World } from '../engine/world.js';
import { isTollFreePrefix } from '../registry/numbers/plan.js';
import { DAY } from '../wire/dates.js';
import { storeExport } from './export.js';
import { CloudFranError } from './http.js';
import { charge, FEES_CENTS } from './ledger.js';
import { CfTables, type CampaignService, type NumberService } from './records.js';
import { TwilioCallError, type TwilioClient } from './twilio-client.js';
import { queueTwilioCall } from './twilio-jobs.js';
import { uuid } from '../wire/uuid.js';
import { sendWebhook } from './webhooks.js';

/** Seed 000 "60-Day Cancellation Policy" and "30-Day Hold Period". */
export const CANCELLATION_NOTICE = 60 * DAY;
export const EXPORT_LEAD = DAY;
export const HOLD_PERIOD = 30 * DAY;
/** Numbers are billed yearly ("$24/year"), on the anniversary of the purchase. */
export const BILLING_PERIOD = 365 * DAY;

export const CfKind = {
  preCancelExport: 'cloudfran.pre-cancel-export',
  numberRenewal: 'cloudfran.number-renewal',
} as const;

type Numbered = NumberService & { _lc?: number; renewal_chain?: number };

function feeOf(type: NumberService['number_type']): number {
  return type === 'tollfree' ? FEES_CENTS.numberTollFree : FEES_CENTS.numberLocal;
}

/** The Messaging Service of the tenant's live campaign (one Twilio still has): where its numbers are linked for A2P. */
export async function campaignServiceOf(world: World, client: TwilioClient): Promise<string | null> {
  for (const c of world.table<CampaignService>(CfTables.campaigns).filter((x) => x.billing)) {
    if (await client.find(`/messaging/v1/Services/${c.messaging_service_sid}`)) return c.messaging_service_sid;
  }
  return null;
}

/** Adds the number to the tenant's campaign service (Twilio: Services/{MG}/PhoneNumbers); a number Twilio refuses stays unlinked. */
export async function linkNumber(world: World, client: TwilioClient, rec: NumberService, serviceSid?: string | null): Promise<void> {
  if (rec.messaging_service_sid) return;
  const target = serviceSid === undefined ? await campaignServiceOf(world, client) : serviceSid;
  if (!target) return;
  try {
    await client.post(`/messaging/v1/Services/${target}/PhoneNumbers`, { PhoneNumberSid: rec.number_sid });
    rec.messaging_service_sid = target;
  } catch (e) {
    if (!(e instanceof TwilioCallError && e.isTenantInput)) throw e;
    world.record({ table: CfTables.numbers, sid: rec.sid, field: 'messaging_service_sid', from: null, to: 'unlinked', note: e.twilio.message });
  }
}

/** The number leaves the campaign's service when its cancellation takes effect: on CloudFran's clock, so through its worker. */
function unlinkNumber(world: World, rec: NumberService): void {
  const serviceSid = rec.messaging_service_sid;
  rec.messaging_service_sid = null;
  if (!serviceSid) return;
  queueTwilioCall(world, { method: 'DELETE', path: `/messaging/v1/Services/${serviceSid}/PhoneNumbers/${rec.number_sid}`, form: null, why: 'unlink', about: rec.sid });
}

function numberFields(rec: NumberService) {
  return { phoneNumber: rec.phone_number, serviceId: rec.sid, numberSid: rec.number_sid };
}

function scheduleRenewal(world: World, rec: Numbered, at: number): void {
  rec.renewal_chain = (rec.renewal_chain ?? 0) + 1;
  rec.next_billing_at = at;
  world.schedule(at, CfKind.numberRenewal, { sid: rec.sid, chain: rec.renewal_chain }, { background: true });
}

/** The number's lifecycle: cancellation takes effect on its date, the hold ends 30 days later. */
export const numberModel: Lifecycled<NumberService> = {
  name: 'CloudFranPhoneNumber',
  table: CfTables.numbers,
  lifecycle: {
    field: 'status',
    auto: {
      pending_cancellation: { after: (rec, world) => rec.cancellation_effective_at! - world.now(), next: () => ({ to: 'cancelled_held', patch: { next_billing_at: null } }) },
      cancelled_held: { after: (rec, world) => rec.hold_ends_at! - world.now(), next: (_rec, world) => ({ to: 'released', patch: { released_at: world.now() } }) },
    },
    onEnter: (world, rec, from, to) => {
      if (to === 'cancelled_held') {
        unlinkNumber(world, rec);
        sendWebhook(
          world,
          'phone_number.cancelled',
          { ...numberFields(rec), status: to, effectiveDate: new Date(rec.cancellation_effective_at!).toISOString(), holdEndsAt: new Date(rec.hold_ends_at!).toISOString(), exportId: rec.export_id },
          rec.webhook_url,
          rec.sid,
        );
      } else if (to === 'released') {
        // Back to the carrier's pool: the Twilio number is released and can be bought again by anyone.
        queueTwilioCall(world, { method: 'DELETE', path: `/api/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/${rec.number_sid}.json`, form: null, why: 'release', about: rec.sid });
      } else if (to === 'active' && from === 'cancelled_held') {
        // Reclaimed: billed again from today (reclaimNumber links it to the campaign again).
        scheduleRenewal(world, rec as Numbered, world.now() + BILLING_PERIOD);
      }
    },
  },
};

export const numberHandlers: Record<string, (world: World, t: Transition) => void> = {
  /** Seed 000: "SMS and call logs are auto-exported 24 hours before effective date". */
  [CfKind.preCancelExport]: (world, t) => {
    const rec = world.table<Numbered>(CfTables.numbers).get(String(t.data.sid));
    if (rec?.status !== 'pending_cancellation' || (rec._lc ?? 0) !== t.data.v) return;
    rec.export_id = storeExport(world, { serviceId: rec.sid, phoneNumber: rec.phone_number, trigger: 'automatic' }).sid;
    rec.date_updated = world.now();
  },
  /** Billing continues during the notice period and stops in the hold. */
  [CfKind.numberRenewal]: (world, t) => {
    const rec = world.table<Numbered>(CfTables.numbers).get(String(t.data.sid));
    if (!rec || rec.renewal_chain !== t.data.chain) return;
    if (rec.status !== 'active' && rec.status !== 'pending_cancellation') return;
    charge(world, { category: 'phone_number_annual', amountCents: rec.annual_fee_cents, description: `Annual fee for ${rec.phone_number} (renewal)`, serviceId: rec.sid, email: rec.email });
    scheduleRenewal(world, rec, world.now() + BILLING_PERIOD);
  },
};

/** The parts of Twilio's IncomingPhoneNumber JSON CloudFran reads. */
interface TwilioIncomingNumber {
  sid: string;
  phone_number: string;
}

/** Seed 000 POST /phone-numbers: buys the number in the tenant's account (Twilio's IncomingPhoneNumbers), charges the annual fee, links it to the campaign. */
export async function buyNumber(world: World, client: TwilioClient, input: { phoneNumber: string; email?: string; webhookUrl?: string }) {
  let incoming: TwilioIncomingNumber;
  try {
    incoming = await client.post<TwilioIncomingNumber>('/api/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json', { PhoneNumber: input.phoneNumber });
  } catch (e) {
    if (e instanceof TwilioCallError && e.isTenantInput) {
      throw new CloudFranError(400, 'number_unavailable', `phoneNumber: ${e.quoted}`, 'phoneNumber');
    }
    throw e;
  }
  // CloudFran sells US numbers only: toll-free by its NPA (800, 833, 844, …), local otherwise.
  const type: NumberService['number_type'] = isTollFreePrefix(incoming.phone_number.slice(2, 5)) ? 'tollfree' : 'local';
  const now = world.now();
  const rec: NumberService = {
    sid: uuid(world),
    account_sid: world.accountSid,
    date_created: now,
    date_updated: now,
    phone_number: incoming.phone_number,
    number_sid: incoming.sid,
    number_type: type,
    status: 'active',
    annual_fee_cents: feeOf(type),
    email: input.email ?? null,
    webhook_url: input.webhookUrl ?? null,
    messaging_service_sid: null,
    purchased_at: now,
    next_billing_at: null,
    cancellation_requested_at: null,
    cancellation_effective_at: null,
    export_scheduled_at: null,
    hold_ends_at: null,
    released_at: null,
    export_id: null,
  };
  world.table<NumberService>(CfTables.numbers).insert(rec);
  const entry = charge(world, { category: 'phone_number_annual', amountCents: rec.annual_fee_cents, description: `Annual fee for ${rec.phone_number}`, serviceId: rec.sid, email: rec.email });
  scheduleRenewal(world, rec, now + BILLING_PERIOD);
  await linkNumber(world, client, rec);
  sendWebhook(world, 'phone_number.purchased', { ...numberFields(rec), annualFee: rec.annual_fee_cents / 100 }, rec.webhook_url, rec.sid);
  return { rec, paymentIntentId: entry.payment_intent_id };
}

export function requireNumber(world: World, serviceId: string): NumberService {
  const rec = world.table<NumberService>(CfTables.numbers).get(serviceId);
  if (!rec) throw CloudFranError.notFound('Phone number service', serviceId);
  return rec;
}

export function cancelNumber(world: World, rec: NumberService): void {
  if (rec.status !== 'active') throw CloudFranError.invalidState(`Phone number ${rec.phone_number} is ${rec.status}; only an active number can be cancelled`);
  const now = world.now();
  const effective = now + CANCELLATION_NOTICE;
  enterState(world, numberModel, rec, {
    to: 'pending_cancellation',
    patch: { cancellation_requested_at: now, cancellation_effective_at: effective, export_scheduled_at: effective - EXPORT_LEAD, hold_ends_at: effective + HOLD_PERIOD, export_id: null },
  });
  world.schedule(effective - EXPORT_LEAD, CfKind.preCancelExport, { sid: rec.sid, v: (rec as Numbered)._lc ?? 0 });
}

export function undoCancel(world: World, rec: NumberService): void {
  if (rec.status !== 'pending_cancellation') throw CloudFranError.invalidState(`Phone number ${rec.phone_number} is ${rec.status}; only a pending cancellation can be undone`);
  enterState(world, numberModel, rec, { to: 'active', patch: { cancellation_requested_at: null, cancellation_effective_at: null, export_scheduled_at: null, hold_ends_at: null } });
}

export async function reclaimNumber(world: World, client: TwilioClient, rec: NumberService, email: string | undefined) {
  if (rec.status !== 'cancelled_held') {
    const why = rec.status === 'released' ? 'its 30-day hold period is over and it was released' : `it is ${rec.status}, not in its hold period`;
    throw CloudFranError.invalidState(`Phone number ${rec.phone_number} cannot be reclaimed: ${why}`);
  }
  const entry = charge(world, { category: 'reclaim_fee', amountCents: FEES_CENTS.reclaim, description: `Reclaim of ${rec.phone_number}`, serviceId: rec.sid, email: email ?? rec.email });
  enterState(world, numberModel, rec, {
    to: 'active',
    patch: { cancellation_requested_at: null, cancellation_effective_at: null, export_scheduled_at: null, hold_ends_at: null, ...(email ? { email } : {}) },
  });
  await linkNumber(world, client, rec);
  sendWebhook(world, 'number.reclaimed', { ...numberFields(rec), reclaimFee: FEES_CENTS.reclaim / 100, paymentIntentId: entry.payment_intent_id }, rec.webhook_url, rec.sid);
  return entry;
}
