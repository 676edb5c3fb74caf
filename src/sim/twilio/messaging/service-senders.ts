import type { Hono } from 'hono';
import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { ControlError, controlWorld, jsonBody } from '../../control/control-plane.js';
import { resource, type ResourceDef } from '../../engine/resource.js';
import { serializeContext } from '../../engine/router.js';
import type { Simulator } from '../../engine/simulator.js';
import type { World } from '../../engine/world.js';
import { countryOfNumber } from '../../registry/numbers/plan.js';
import {
  alphaSenderProblem,
  SenderTables,
  type ChannelSenderRecord,
  type ServiceAlphaSenderRecord,
  type ServiceChannelSenderRecord,
  type ServiceDestinationAlphaSenderRecord,
  type ServiceShortCodeRecord,
  type ShortCodeRecord,
} from '../../registry/service-senders.js';
import { A2pTables, type ServiceRecord } from './records.js';
import { isoDate } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { isSid, SidPrefix } from '../../wire/sid.js';
import { shortCodes } from '../api2010/short-codes.js';

/** Error 21712: "Phone Number or Short Code is associated with another Messaging Service" (https://www.twilio.com/docs/api/errors/21712). */
const IN_ANOTHER_SERVICE = 21712;
/** Warning 80105: "ShortCode has already been added to Service" (https://www.twilio.com/docs/api/errors/80105). */
const SHORT_CODE_ALREADY_IN_SERVICE = 80105;
/** Warning 80303: "Short Code Sid is not associated with your Account" (https://www.twilio.com/docs/api/errors/80303). */
const SHORT_CODE_NOT_FOUND = 80303;
/**
 * 20409 (Conflict): Twilio documents "Each Messaging Service may only have one alpha sender" (AlphaSenders
 * resource) but no code for breaking it; the simulator answers 409 with 20409, as for a duplicate
 * destination alpha sender or channel sender (README "Differences from Twilio").
 */
const CONFLICT = 20409;

const SERVICE_PARENT = { table: A2pTables.services, param: 'ServiceSid', field: 'service_sid', name: 'Service' } as const;

/**
 * An alpha sender ID already used by another service of the account is refused like a number or a
 * short code in another service (21712): Twilio documents that rule for numbers and short codes; for
 * alpha senders the simulator applies it by analogy (README "Differences from Twilio").
 */
function checkAlphaInOtherService(world: World, alpha: string, serviceSid: string): void {
  for (const table of [SenderTables.serviceAlphaSenders, SenderTables.serviceDestinationAlphaSenders]) {
    const other = world
      .table<ServiceAlphaSenderRecord>(table)
      .where('alpha_sender', alpha)
      .find((a) => a.service_sid !== serviceSid);
    if (other) throw new TwilioError(409, IN_ANOTHER_SERVICE, `Alpha Sender ${alpha} is associated with another Messaging Service (${other.service_sid})`);
  }
}

function checkAlphaSender(value: string): void {
  const problem = alphaSenderProblem(value);
  if (problem) throw TwilioError.invalidParam('AlphaSender', `${value} ${problem}`);
}

/** `/v1/Services/{MG}/ShortCodes`: the account's short codes (SC…) in the service; a short code is in one service at most. */
export const serviceShortCodes: ResourceDef<ServiceShortCodeRecord> = resource<ServiceShortCodeRecord>()({
  name: 'ShortCode',
  table: SenderTables.serviceShortCodes,
  product: 'messaging',
  path: '/v1/Services/{ServiceSid}/ShortCodes',
  sidPrefix: SidPrefix.ShortCode,
  listKey: 'short_codes',
  parent: SERVICE_PARENT,
  create: {
    params: z.object({ ShortCodeSid: z.string() }),
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      const shortCode = isSid(q.ShortCodeSid, SidPrefix.ShortCode) ? ctx.world.table<ShortCodeRecord>(SenderTables.shortCodes).get(q.ShortCodeSid) : undefined;
      if (!shortCode) throw new TwilioError(400, SHORT_CODE_NOT_FOUND, `Short Code Sid ${q.ShortCodeSid} is not associated with your Account`);
      const existing = ctx.world.table<ServiceShortCodeRecord>(SenderTables.serviceShortCodes).get(shortCode.sid);
      if (existing?.service_sid === service.sid) throw new TwilioError(409, SHORT_CODE_ALREADY_IN_SERVICE, `ShortCode ${shortCode.sid} has already been added to Service ${service.sid}`);
      if (existing) throw new TwilioError(409, IN_ANOTHER_SERVICE, `Short Code ${shortCode.short_code} (${shortCode.sid}) is associated with another Messaging Service (${existing.service_sid})`);
      return {
        sid: shortCode.sid,
        service_sid: service.sid,
        short_code: shortCode.short_code,
        country_code: shortCode.iso_country,
        capabilities: shortCode.mms ? ['SMS', 'MMS'] : ['SMS'],
      };
    },
  },
  list: {},
  remove: true,
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.service.short_code']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      service_sid: rec.service_sid,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      short_code: rec.short_code,
      country_code: rec.country_code,
      capabilities: rec.capabilities,
      url: ctx.url(rec),
    };
    return json;
  },
});

/** `/v1/Services/{MG}/AlphaSenders`: the service's one alphanumeric sender ID (AlphaSenders resource docs). */
export const serviceAlphaSenders: ResourceDef<ServiceAlphaSenderRecord> = resource<ServiceAlphaSenderRecord>()({
  name: 'AlphaSender',
  table: SenderTables.serviceAlphaSenders,
  product: 'messaging',
  path: '/v1/Services/{ServiceSid}/AlphaSenders',
  sidPrefix: SidPrefix.AlphaSender,
  listKey: 'alpha_senders',
  parent: SERVICE_PARENT,
  create: {
    params: z.object({ AlphaSender: z.string() }),
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      checkAlphaSender(q.AlphaSender);
      const current = ctx.world.table<ServiceAlphaSenderRecord>(SenderTables.serviceAlphaSenders).firstWhere('service_sid', service.sid);
      if (current) {
        throw new TwilioError(409, CONFLICT, `Messaging Service ${service.sid} already has an alpha sender (${current.alpha_sender}, ${current.sid}); delete it before adding another`);
      }
      checkAlphaInOtherService(ctx.world, q.AlphaSender, service.sid);
      return { service_sid: service.sid, alpha_sender: q.AlphaSender };
    },
  },
  list: {},
  remove: true,
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.service.alpha_sender']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      service_sid: rec.service_sid,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      alpha_sender: rec.alpha_sender,
      // Spec: an alpha sender can only send SMS.
      capabilities: ['SMS'],
      url: ctx.url(rec),
    };
    return json;
  },
});

const isoCountry = () => z.string().refine((v) => /^[A-Z]{2}$/.test(v), 'must be an ISO 3166-1 alpha-2 country code such as FR');

/** `/v1/Services/{MG}/DestinationAlphaSenders`: alpha senders for one destination country, or for all (no IsoCountryCode). */
export const serviceDestinationAlphaSenders: ResourceDef<ServiceDestinationAlphaSenderRecord> = resource<ServiceDestinationAlphaSenderRecord>()({
  name: 'DestinationAlphaSender',
  table: SenderTables.serviceDestinationAlphaSenders,
  product: 'messaging',
  path: '/v1/Services/{ServiceSid}/DestinationAlphaSenders',
  sidPrefix: SidPrefix.AlphaSender,
  listKey: 'alpha_senders',
  parent: SERVICE_PARENT,
  create: {
    params: z.object({ AlphaSender: z.string(), IsoCountryCode: isoCountry().optional() }),
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      checkAlphaSender(q.AlphaSender);
      const country = q.IsoCountryCode ?? '';
      const taken = ctx.world
        .table<ServiceDestinationAlphaSenderRecord>(SenderTables.serviceDestinationAlphaSenders)
        .where('service_sid', service.sid)
        .find((a) => a.iso_country_code === country);
      if (taken) {
        const which = country ? `for ${country}` : 'for all countries (default)';
        throw new TwilioError(409, CONFLICT, `Messaging Service ${service.sid} already has an alpha sender ${which} (${taken.alpha_sender}, ${taken.sid}); delete it before adding another`);
      }
      checkAlphaInOtherService(ctx.world, q.AlphaSender, service.sid);
      return { service_sid: service.sid, alpha_sender: q.AlphaSender, iso_country_code: country };
    },
  },
  list: {
    params: z.object({ IsoCountryCode: z.string().optional() }),
    filter: (rec, q) => q.IsoCountryCode === undefined || rec.iso_country_code === q.IsoCountryCode,
  },
  remove: true,
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.service.destination_alpha_sender']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      service_sid: rec.service_sid,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      alpha_sender: rec.alpha_sender,
      capabilities: ['SMS'],
      url: ctx.url(rec),
      iso_country_code: rec.iso_country_code,
    };
    return json;
  },
});

/** `/v1/Services/{MG}/ChannelSenders`: the account's channel senders (XE…) in the service, each in one service at most. */
export const serviceChannelSenders: ResourceDef<ServiceChannelSenderRecord> = resource<ServiceChannelSenderRecord>()({
  name: 'ChannelSender',
  table: SenderTables.serviceChannelSenders,
  product: 'messaging',
  path: '/v1/Services/{MessagingServiceSid}/ChannelSenders',
  sidPrefix: SidPrefix.ChannelSender,
  listKey: 'senders',
  parent: { table: A2pTables.services, param: 'MessagingServiceSid', field: 'service_sid', name: 'Service' },
  create: {
    params: z.object({ Sid: z.string() }),
    build: (ctx, q, parent) => {
      const service = parent as ServiceRecord;
      const sender = isSid(q.Sid, SidPrefix.ChannelSender) ? ctx.world.table<ChannelSenderRecord>(SenderTables.channelSenders).get(q.Sid) : undefined;
      if (!sender) throw TwilioError.invalidParam('Sid', `${q.Sid} is not a channel sender (XE…) of this account`);
      const existing = ctx.world.table<ServiceChannelSenderRecord>(SenderTables.serviceChannelSenders).get(sender.sid);
      if (existing?.service_sid === service.sid) throw new TwilioError(409, CONFLICT, `Channel sender ${sender.sid} has already been added to Service ${service.sid}`);
      // A channel sender is a number on another channel: Twilio's 21712 for a number in another service.
      if (existing) throw new TwilioError(409, IN_ANOTHER_SERVICE, `Channel sender ${sender.sender} (${sender.sid}) is associated with another Messaging Service (${existing.service_sid})`);
      return { sid: sender.sid, service_sid: service.sid, sender: sender.sender, sender_type: sender.sender_type, country_code: sender.country_code };
    },
  },
  list: {},
  remove: true,
  serialize: (rec, ctx) => {
    const json: Wire<MessagingSchemas['messaging.v1.service.channel_sender']> = {
      account_sid: rec.account_sid,
      messaging_service_sid: rec.service_sid,
      sid: rec.sid,
      sender: rec.sender,
      sender_type: rec.sender_type,
      country_code: rec.country_code,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      url: ctx.url(rec),
    };
    return json;
  },
});

export const serviceSenderResources = [serviceShortCodes, serviceAlphaSenders, serviceDestinationAlphaSenders, serviceChannelSenders];

/** A deleted service takes its senders with it (the short codes and channel senders stay in the account). */
export function sendersLeaveService(world: World, serviceSid: string): void {
  for (const def of serviceSenderResources) {
    const table = world.table<{ sid: string; account_sid: string; date_created: number; date_updated: number; service_sid: string }>(def.table);
    for (const rec of table.where('service_sid', serviceSid)) table.delete(rec.sid);
  }
}

/** `whatsapp:+1…` → WhatsApp; Messenger and RCS likewise (spec: channel_sender.sender_type). */
const SENDER_TYPES: Record<string, string> = { whatsapp: 'WhatsApp', messenger: 'Messenger', rcs: 'RCS' };

function newRecordBase(world: World, prefix: string) {
  const now = world.now();
  return { sid: world.newSid(prefix), account_sid: world.accountSid, date_created: now, date_updated: now };
}

/**
 * The simulator's own controls for senders Twilio provisions outside the vendored APIs (README "Messaging Service senders"):
 * - `POST /_sim/a2p/short-codes` `{"short_code"?: "12345", "friendly_name"?: "…", "mms"?: true}`: a short code leased to
 *   the account (Twilio leases them after a carrier review of weeks), listed under API 2010 `SMS/ShortCodes`.
 * - `POST /_sim/a2p/channel-senders` `{"sender": "whatsapp:+14155550100"}`: a channel sender (XE…) such as the Senders API makes.
 */
export function mountSenderControls(app: Hono, sim: Simulator): void {
  app.post('/_sim/a2p/short-codes', async (c) => {
    const world = controlWorld(sim, c);
    const body = await jsonBody(c);
    world.settle();
    const table = world.table<ShortCodeRecord>(SenderTables.shortCodes);
    const asked = body.short_code;
    if (asked !== undefined && (typeof asked !== 'string' || !/^\d{5,6}$/.test(asked))) {
      throw new ControlError(400, 'Failed to provision the short code: short_code must be a string of 5 or 6 digits (US short codes). Please send e.g. {"short_code": "12345"}.');
    }
    let code = asked as string | undefined;
    if (code !== undefined && table.firstWhere('short_code', code))
      throw new ControlError(409, `Failed to provision the short code: ${code} is already leased to account ${world.accountSid}. Please choose another.`);
    if (body.friendly_name !== undefined && typeof body.friendly_name !== 'string')
      throw new ControlError(400, 'Failed to provision the short code: friendly_name must be a string. Please send text.');
    if (body.mms !== undefined && typeof body.mms !== 'boolean') throw new ControlError(400, 'Failed to provision the short code: mms must be true or false. Please send a boolean.');
    while (code === undefined || table.firstWhere('short_code', code)) code = String(20000 + Math.floor(world.entropy.float() * 80000));
    const rec: ShortCodeRecord = {
      ...newRecordBase(world, SidPrefix.ShortCode),
      short_code: code,
      // Twilio's default friendly name is the short code itself (spec: UpdateShortCodeRequest.FriendlyName).
      friendly_name: (body.friendly_name as string | undefined) ?? code,
      iso_country: 'US',
      mms: (body.mms as boolean | undefined) ?? false,
      sms_url: null,
      sms_method: 'POST',
      sms_fallback_url: null,
      sms_fallback_method: 'POST',
    };
    table.insert(rec);
    world.touch();
    return c.json(shortCodes.serialize(rec, serializeContext(shortCodes, world)) as object, 201);
  });

  app.post('/_sim/a2p/channel-senders', async (c) => {
    const world = controlWorld(sim, c);
    const body = await jsonBody(c);
    world.settle();
    const sender = body.sender;
    const match = typeof sender === 'string' ? /^(whatsapp|messenger|rcs):(.+)$/.exec(sender) : null;
    if (!match)
      throw new ControlError(
        400,
        'Failed to provision the channel sender: sender must be "whatsapp:+E164", "messenger:<page id>" or "rcs:<agent id>". Please send e.g. {"sender": "whatsapp:+14155550100"}.',
      );
    const table = world.table<ChannelSenderRecord>(SenderTables.channelSenders);
    if (table.firstWhere('sender', sender as string))
      throw new ControlError(409, `Failed to provision the channel sender: ${sender} already exists in account ${world.accountSid}. Please use its SID.`);
    const rec: ChannelSenderRecord = {
      ...newRecordBase(world, SidPrefix.ChannelSender),
      sender: sender as string,
      sender_type: SENDER_TYPES[match[1]!]!,
      country_code: match[1] === 'whatsapp' ? (countryOfNumber(match[2]!) ?? null) : null,
    };
    table.insert(rec);
    world.touch();
    return c.json({ sid: rec.sid, sender: rec.sender, sender_type: rec.sender_type, country_code: rec.country_code }, 201);
  });
}
