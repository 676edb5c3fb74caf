import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { enterState } from '../../engine/lifecycle.js';
import { resource, type ResourceDef } from '../../engine/resource.js';
import type { Transition, World } from '../../engine/world.js';
import { senderKind } from './a2p-sending.js';
import { magicOutcome } from '../../registry/magic.js';
import { linkNumber, TcrError, TcrTables, unlinkNumber, type TcrCampaign, type TcrChange, type TcrNumberLink } from '../../registry/tcr/api.js';
import { decideNumberRegistration, NUMBER_OUTCOMES } from '../../registry/tcr/campaign-review.js';
import { A2pEvent } from './catalog.js';
import { numberEventData, type NumberEventKind } from './event-data.js';
import { A2pTables, type BrandRecord, type CampaignRecord, type IncomingNumberView, type ServicePhoneNumberRecord, type ServiceRecord } from './records.js';
import { registrationErrorOf } from './registration-errors.js';
import { TcrTimings } from '../../registry/tcr/timings.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { publishA2pEvent } from './publish.js';

/** Transition kind: a deregistration completes (the number is out of the campaign with the carriers). */
export const NUMBER_DEREGISTERED = 'a2p.number-deregistered';

/** Error 21421: invalid PN SID added to a Messaging Service (FIDELITY §1). */
const INVALID_PHONE_NUMBER = 21421;
/** Error 21712: the number is in another Messaging Service. */
const IN_ANOTHER_SERVICE = 21712;
/** Warning 80104: "PhoneNumber has already been added to Service". */
const ALREADY_IN_SERVICE = 80104;
/** Error 21714: a Messaging Service holds at most 400 numbers and short codes. */
const POOL_FULL = 21714;
const POOL_LIMIT = 400;
/** Error 21715: a number needs SMS or MMS capability to join a Messaging Service. */
const NO_MESSAGING_CAPABILITY = 21715;

export function serviceCampaign(world: World, serviceSid: string): CampaignRecord | undefined {
  return world.table<CampaignRecord>(A2pTables.campaigns).firstWhere('messaging_service_sid', serviceSid);
}

function incoming(world: World, sid: string): IncomingNumberView | undefined {
  return world.table<IncomingNumberView>(A2pTables.incomingPhoneNumbers).get(sid);
}

function source(entry: Pick<ServicePhoneNumberRecord, 'sid' | 'service_sid'>): string {
  return `/v1/Services/${entry.service_sid}/PhoneNumbers/${entry.sid}`;
}

function campaignSidOf(world: World, qeSid: string | null): string | null {
  return qeSid ? (world.table<CampaignRecord>(A2pTables.campaigns).get(qeSid)?.campaign_sid ?? null) : null;
}

function publishNumber(world: World, entry: ServicePhoneNumberRecord, kind: Exclude<NumberEventKind, 'deregistration-successful'>, campaignSid: string | null): void {
  const type = { pending: A2pEvent.numberPending, successful: A2pEvent.numberSuccessful, failed: A2pEvent.numberFailed, 'deregistration-pending': A2pEvent.numberDeregistrationPending }[kind];
  publishA2pEvent(world, type, source(entry), entry.sid, numberEventData(entry, campaignSid, kind, world.now(), kind === 'failed' ? entry.registration_error : null));
}

/** A number leaves its campaign: deregistration pending now, successful once the carriers have it out. */
function announceDeregistration(world: World, entry: ServicePhoneNumberRecord, campaignSid: string | null): void {
  publishNumber(world, entry, 'deregistration-pending', campaignSid);
  const snapshot = { sid: entry.sid, account_sid: entry.account_sid, phone_number: entry.phone_number, service_sid: entry.service_sid, date_updated: entry.date_updated };
  world.schedule(world.now() + TcrTimings.numberDeregistration, NUMBER_DEREGISTERED, { entry: snapshot, campaignSid });
}

export const numberHandlers: Record<string, (world: World, t: Transition) => void> = {
  [NUMBER_DEREGISTERED]: (world, t) => {
    const entry = t.data.entry as Parameters<typeof numberEventData>[0];
    const campaignSid = (t.data.campaignSid as string | null) ?? null;
    publishA2pEvent(world, A2pEvent.numberDeregistrationSuccessful, source(entry), entry.sid, numberEventData(entry, campaignSid, 'deregistration-successful', world.now()));
  },
};

/**
 * A number entering registration joins its campaign in the neutral TCR, which decides on the carriers'
 * acknowledgement (`followLink`). A campaign registered elsewhere (PreregisteredUsa2p) has no record in
 * this TCR: Twilio then decides the number itself (the lifecycle's `pending` move).
 */
function linkToTcr(world: World, entry: ServicePhoneNumberRecord, campaign: CampaignRecord): void {
  unlinkFromTcr(world, entry);
  const tcr = campaign.is_externally_registered ? undefined : world.table<TcrCampaign>(TcrTables.campaigns).get(campaign.campaign_id);
  if (tcr?.ownerRef !== campaign.sid || tcr.status !== 'ACTIVE') return;
  const number = incoming(world, entry.sid);
  try {
    const link = linkNumber(world, entry.sid, tcr.sid, entry.phone_number, {
      senderKind: senderKind(number ?? { phone_number: entry.phone_number }),
      canMessage: entry.capabilities.includes('SMS') || entry.capabilities.includes('MMS'),
      ...(number?.friendly_name ? { label: number.friendly_name } : {}),
    });
    world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).update(entry, { registry_link_id: link.sid });
  } catch (e) {
    // TCR refuses a number it already has on a live link; Twilio's own rules (one service per number) keep
    // that from happening, and if it did, the lifecycle's `pending` move still decides the number.
    if (!(e instanceof TcrError)) throw e;
  }
}

/** The number leaves its campaign in TCR (taken out of the service, campaign deleted, number released). */
function unlinkFromTcr(world: World, entry: ServicePhoneNumberRecord): void {
  const link = entry.registry_link_id ? world.table<TcrNumberLink>(TcrTables.links).get(entry.registry_link_id) : undefined;
  if (link && (link.status === 'PENDING' || link.status === 'ACTIVE')) unlinkNumber(world, link.sid);
  if (entry.registry_link_id) entry.registry_link_id = null;
}

/** The number's registration follows the carriers' answer on its TCR link (FIDELITY §7). */
export function followLink(world: World, change: TcrChange): void {
  if (change.kind !== 'link' || change.from !== 'PENDING') return;
  const entry = world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).get(change.link.ownerRef);
  if (entry?.registry_link_id !== change.link.sid || entry.registration_status !== 'pending') return;
  if (change.link.status === 'ACTIVE') enterState(world, servicePhoneNumbers, entry, { to: 'successful', patch: { registration_error: null } });
  else if (change.link.status === 'FAILED' && change.link.error) {
    enterState(world, servicePhoneNumbers, entry, { to: 'failed', patch: { registration_error: registrationErrorOf(change.link.error) }, note: change.link.error.description });
  }
}

/** A campaign became VERIFIED: every number of its service not yet registered starts number registration (FIDELITY §7). */
export function startRegistrations(world: World, campaign: CampaignRecord): void {
  for (const entry of world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).where('service_sid', campaign.messaging_service_sid)) {
    if (entry.registration_status === 'unregistered' || entry.registration_status === 'failed') {
      enterState(world, servicePhoneNumbers, entry, { to: 'pending', patch: { registration_campaign: campaign.sid, registration_error: null } });
      linkToTcr(world, entry, campaign);
    }
  }
}

/** The service's campaign is deleted: its numbers leave it (deregistration events) and stop carrying A2P traffic. */
export function stopRegistrations(world: World, campaign: CampaignRecord): void {
  for (const entry of world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).where('service_sid', campaign.messaging_service_sid)) {
    if (entry.registration_status === 'unregistered') continue;
    const was = entry.registration_status;
    unlinkFromTcr(world, entry);
    enterState(world, servicePhoneNumbers, entry, { to: 'unregistered', patch: { registration_campaign: null, registration_error: null }, note: `campaign ${campaign.sid} deleted` });
    if (was !== 'failed') announceDeregistration(world, entry, campaign.campaign_sid);
  }
}

/** A number is taken out of its service (or the service is deleted). */
export function numberLeavesService(world: World, entry: ServicePhoneNumberRecord): void {
  unlinkFromTcr(world, entry);
  if (entry.registration_status === 'pending' || entry.registration_status === 'successful') announceDeregistration(world, entry, campaignSidOf(world, entry.registration_campaign));
}

const CAPABILITY_NAMES: Array<[keyof NonNullable<IncomingNumberView['capabilities']>, string]> = [
  ['voice', 'Voice'],
  ['sms', 'SMS'],
  ['mms', 'MMS'],
  ['fax', 'Fax'],
];

export const servicePhoneNumbers: ResourceDef<ServicePhoneNumberRecord> = resource<ServicePhoneNumberRecord>()({
  name: 'PhoneNumber',
  table: A2pTables.servicePhoneNumbers,
  product: 'messaging',
  path: '/v1/Services/{ServiceSid}/PhoneNumbers',
  sidPrefix: SidPrefix.PhoneNumber,
  listKey: 'phone_numbers',
  parent: { table: A2pTables.services, param: 'ServiceSid', field: 'service_sid', name: 'Service' },
  create: {
    params: z.object({ PhoneNumberSid: z.string() }),
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      const number = isSid(q.PhoneNumberSid, SidPrefix.PhoneNumber) ? incoming(ctx.world, q.PhoneNumberSid) : undefined;
      if (!number) throw new TwilioError(400, INVALID_PHONE_NUMBER, `Invalid parameter PhoneNumberSid: ${q.PhoneNumberSid} is not an IncomingPhoneNumber of this account`);
      const existing = ctx.world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).get(number.sid);
      if (existing?.service_sid === service.sid) throw new TwilioError(409, ALREADY_IN_SERVICE, `PhoneNumber ${number.sid} has already been added to Service ${service.sid}`);
      if (existing) throw new TwilioError(409, IN_ANOTHER_SERVICE, `Phone Number ${number.phone_number} (${number.sid}) is associated with another Messaging Service (${existing.service_sid})`);
      if (number.capabilities && !number.capabilities.sms && !number.capabilities.mms) {
        throw new TwilioError(400, NO_MESSAGING_CAPABILITY, `Invalid parameter PhoneNumberSid: ${number.phone_number} has neither SMS nor MMS capability`);
      }
      const inService = ctx.world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers).orderedWhere('service_sid', service.sid)?.size ?? 0;
      if (inService >= POOL_LIMIT) throw new TwilioError(400, POOL_FULL, `Messaging Service ${service.sid} already holds ${POOL_LIMIT} phone numbers`);
      const campaign = serviceCampaign(ctx.world, service.sid);
      const registering = campaign?.campaign_status === 'VERIFIED';
      return {
        sid: number.sid,
        service_sid: service.sid,
        phone_number: number.phone_number,
        country_code: number.iso_country ?? 'US',
        capabilities: CAPABILITY_NAMES.filter(([k]) => number.capabilities?.[k]).map(([, name]) => name),
        registration_status: registering ? 'pending' : 'unregistered',
        registration_campaign: registering ? campaign.sid : null,
        registration_error: null,
      };
    },
    after: (ctx, rec) => {
      if (rec.registration_status !== 'pending') return;
      publishNumber(ctx.world, rec, 'pending', campaignSidOf(ctx.world, rec.registration_campaign));
      const campaign = ctx.world.table<CampaignRecord>(A2pTables.campaigns).get(rec.registration_campaign ?? '');
      if (campaign) linkToTcr(ctx.world, rec, campaign);
    },
  },
  list: {},
  remove: { after: (ctx, rec) => numberLeavesService(ctx.world, rec) },
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.service.phone_number']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      service_sid: rec.service_sid,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      phone_number: rec.phone_number,
      country_code: rec.country_code,
      capabilities: rec.capabilities,
      url: ctx.url(rec),
    };
    return json;
  },
  lifecycle: {
    field: 'registration_status',
    outcomes: NUMBER_OUTCOMES,
    auto: {
      pending: {
        after: (rec, world) => (world.table<CampaignRecord>(A2pTables.campaigns).get(rec.registration_campaign ?? '')?.mock ? TcrTimings.mockNumberRegistration : TcrTimings.numberRegistration),
        next: (rec, world) => {
          // On a campaign of this TCR, the registry decides (`followLink`).
          if (rec.registry_link_id) return null;
          const campaign = world.table<CampaignRecord>(A2pTables.campaigns).get(rec.registration_campaign ?? '');
          // The campaign went away meanwhile: nothing to register to.
          if (campaign?.campaign_status !== 'VERIFIED') return { to: 'unregistered', patch: { registration_campaign: null } };
          const number = incoming(world, rec.sid);
          const brand = world.table<BrandRecord>(A2pTables.brands).get(campaign.brand_registration_sid);
          const others = world
            .table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers)
            .filter(
              (n) => n.service_sid === rec.service_sid && n.sid !== rec.sid && (n.registration_status === 'successful' || (n.registration_status === 'pending' && n.date_created < rec.date_created)),
            ).length;
          const forced = world.takeOverride(rec.sid) ?? magicOutcome(number?.friendly_name);
          const decision = decideNumberRegistration({
            phoneNumber: rec.phone_number,
            senderKind: senderKind(number ?? { phone_number: rec.phone_number }),
            canMessage: rec.capabilities.includes('SMS') || rec.capabilities.includes('MMS'),
            otherNumbers: others,
            soleProprietor: brand?.brand_type === 'SOLE_PROPRIETOR',
            ...(forced ? { forced } : {}),
          });
          if (decision.outcome === 'successful') return { to: 'successful', patch: { registration_error: null } };
          return { to: 'failed', patch: { registration_error: registrationErrorOf(decision.error) }, note: decision.error.description };
        },
      },
    },
    onEnter: (world, rec, _from, to) => {
      const campaignSid = campaignSidOf(world, rec.registration_campaign);
      if (to === 'pending' || to === 'successful' || to === 'failed') publishNumber(world, rec, to, campaignSid);
    },
  },
});
