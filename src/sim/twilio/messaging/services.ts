import { z } from 'zod';
import type { MessagingSchemas, Wire } from '../../../contract/types.js';
import { resource, type Operation, type ResourceDef } from '../../engine/resource.js';
import { SERVICE_USECASES } from './catalog.js';
import { A2pTables, type ServicePhoneNumberRecord, type ServiceRecord } from './records.js';
import { isoDate } from '../../wire/dates.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { numberLeavesService, serviceCampaign } from './service-phone-numbers.js';
import { sendersLeaveService } from './service-senders.js';
import { campaignDeleted } from './us-app-to-person.js';

/** Error 21713: not a Messaging Service use case. */
const INVALID_SERVICE_USECASE = 21713;
const SERVICE_USECASE_CODES = SERVICE_USECASES.map((u) => u.usecase);
const METHODS = ['GET', 'POST'] as const;
const SCAN = ['inherit', 'enable', 'disable'] as const;

const usecase = () =>
  z
    .string()
    .refine((v) => SERVICE_USECASE_CODES.includes(v), { message: `must be one of ${SERVICE_USECASE_CODES.join(', ')}`, params: { code: INVALID_SERVICE_USECASE } })
    .optional();

const settings = {
  InboundRequestUrl: p.url().optional(),
  InboundMethod: p.enum(METHODS).optional(),
  FallbackUrl: p.url().optional(),
  FallbackMethod: p.enum(METHODS).optional(),
  StatusCallback: p.url().optional(),
  StickySender: p.bool().optional(),
  MmsConverter: p.bool().optional(),
  SmartEncoding: p.bool().optional(),
  ScanMessageContent: p.enum(SCAN).optional(),
  FallbackToLongCode: p.bool().optional(),
  AreaCodeGeomatch: p.bool().optional(),
  // Spec: 1 to 36,000 seconds, default 36,000.
  ValidityPeriod: p.int({ min: 1, max: 36000 }).optional(),
  SynchronousValidation: p.bool().optional(),
  Usecase: usecase(),
  UseInboundWebhookOnNumber: p.bool().optional(),
};

type Settings = { [K in keyof typeof settings]?: z.output<(typeof settings)[K]> };

function applySettings(q: Settings): Partial<ServiceRecord> {
  const out: Partial<ServiceRecord> = {};
  if (q.InboundRequestUrl !== undefined) out.inbound_request_url = q.InboundRequestUrl;
  if (q.InboundMethod !== undefined) out.inbound_method = q.InboundMethod;
  if (q.FallbackUrl !== undefined) out.fallback_url = q.FallbackUrl;
  if (q.FallbackMethod !== undefined) out.fallback_method = q.FallbackMethod;
  if (q.StatusCallback !== undefined) out.status_callback = q.StatusCallback;
  if (q.StickySender !== undefined) out.sticky_sender = q.StickySender;
  if (q.MmsConverter !== undefined) out.mms_converter = q.MmsConverter;
  if (q.SmartEncoding !== undefined) out.smart_encoding = q.SmartEncoding;
  if (q.ScanMessageContent !== undefined) out.scan_message_content = q.ScanMessageContent;
  if (q.FallbackToLongCode !== undefined) out.fallback_to_long_code = q.FallbackToLongCode;
  if (q.AreaCodeGeomatch !== undefined) out.area_code_geomatch = q.AreaCodeGeomatch;
  if (q.ValidityPeriod !== undefined) out.validity_period = q.ValidityPeriod;
  if (q.SynchronousValidation !== undefined) out.synchronous_validation = q.SynchronousValidation;
  if (q.Usecase !== undefined) out.usecase = q.Usecase;
  if (q.UseInboundWebhookOnNumber !== undefined) out.use_inbound_webhook_on_number = q.UseInboundWebhookOnNumber;
  return out;
}

export const services: ResourceDef<ServiceRecord> = resource<ServiceRecord>()({
  name: 'Service',
  table: A2pTables.services,
  product: 'messaging',
  path: '/v1/Services',
  sidPrefix: SidPrefix.MessagingService,
  listKey: 'services',
  create: {
    params: z.object({ FriendlyName: p.string({ max: 64 }), ...settings }),
    build: (_ctx, q) => ({
      friendly_name: q.FriendlyName,
      inbound_request_url: null,
      // Defaults as documented per parameter in the spec (inbound POST, validity 36,000 s) and seen in seed 003's example.
      inbound_method: 'POST',
      fallback_url: null,
      fallback_method: 'POST',
      status_callback: null,
      sticky_sender: true,
      mms_converter: true,
      smart_encoding: true,
      scan_message_content: 'inherit',
      fallback_to_long_code: true,
      area_code_geomatch: true,
      synchronous_validation: false,
      validity_period: 36000,
      usecase: 'undeclared',
      use_inbound_webhook_on_number: false,
      ...applySettings(q),
    }),
  },
  list: {},
  update: {
    params: z.object({ FriendlyName: p.string({ max: 64 }).optional(), ...settings }),
    apply: (_ctx, _rec, q) => ({ ...(q.FriendlyName !== undefined ? { friendly_name: q.FriendlyName } : {}), ...applySettings(q) }),
  },
  remove: {
    // The service's campaign, numbers and senders go with it (the campaign is deleted; numbers, short codes and channel senders stay in the account).
    after: (ctx, rec) => {
      const campaign = serviceCampaign(ctx.world, rec.sid);
      if (campaign) {
        ctx.world.table(A2pTables.campaigns).delete(campaign.sid);
        campaignDeleted(ctx.world, campaign);
      }
      const numbers = ctx.world.table<ServicePhoneNumberRecord>(A2pTables.servicePhoneNumbers);
      for (const entry of numbers.filter((n) => n.service_sid === rec.sid)) {
        numbers.delete(entry.sid);
        numberLeavesService(ctx.world, entry);
      }
      sendersLeaveService(ctx.world, rec.sid);
    },
  },
  serialize: (rec, ctx) => {
    const url = ctx.url(rec);
    const json: Wire<MessagingSchemas['messaging.v1.service']> = {
      sid: rec.sid,
      account_sid: rec.account_sid,
      friendly_name: rec.friendly_name,
      date_created: isoDate(rec.date_created),
      date_updated: isoDate(rec.date_updated),
      inbound_request_url: rec.inbound_request_url,
      inbound_method: rec.inbound_method,
      fallback_url: rec.fallback_url,
      fallback_method: rec.fallback_method,
      status_callback: rec.status_callback,
      sticky_sender: rec.sticky_sender,
      mms_converter: rec.mms_converter,
      smart_encoding: rec.smart_encoding,
      scan_message_content: rec.scan_message_content,
      fallback_to_long_code: rec.fallback_to_long_code,
      area_code_geomatch: rec.area_code_geomatch,
      synchronous_validation: rec.synchronous_validation,
      validity_period: rec.validity_period,
      url,
      links: {
        phone_numbers: `${url}/PhoneNumbers`,
        short_codes: `${url}/ShortCodes`,
        alpha_senders: `${url}/AlphaSenders`,
        messages: `${url}/Messages`,
        us_app_to_person: `${url}/Compliance/Usa2p`,
        us_app_to_person_usecases: `${url}/Compliance/Usa2p/Usecases`,
        channel_senders: `${url}/ChannelSenders`,
        // The spec's example lists it too (twilio_messaging_v1.json, FetchService).
        destination_alpha_senders: `${url}/DestinationAlphaSenders`,
      },
      usecase: rec.usecase,
      // "Whether US A2P campaign is registered for this Service": its campaign is VERIFIED.
      us_app_to_person_registered: serviceCampaign(ctx.world, rec.sid)?.campaign_status === 'VERIFIED',
      use_inbound_webhook_on_number: rec.use_inbound_webhook_on_number,
    };
    return json;
  },
});

/** `GET /v1/Services/Usecases`: the Messaging Service use cases. */
export const serviceUsecases: Operation = {
  method: 'GET',
  product: 'messaging',
  path: '/v1/Services/Usecases',
  handler: () => {
    const json: Wire<MessagingSchemas['messaging.v1.usecase']> = { usecases: [...SERVICE_USECASES] };
    return { status: 200, body: json };
  },
};
