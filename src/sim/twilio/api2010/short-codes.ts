import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import { resource } from '../../engine/resource.js';
import { SenderTables, type ShortCodeRecord } from '../../registry/service-senders.js';
import { rfc2822Date } from '../../wire/dates.js';
import { p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';

const METHODS = ['GET', 'POST'] as const;

/**
 * The account's short codes (`SMS/ShortCodes`): list, fetch and update. Twilio leases short codes
 * through an application reviewed by the carriers for weeks, not through this API, so the
 * simulator provisions them with `POST /_sim/a2p/short-codes` (twilio/messaging/service-senders.ts);
 * a Messaging Service takes them by SID (`Services/{MG}/ShortCodes`).
 */
export const shortCodes = resource<ShortCodeRecord>()({
  name: 'ShortCode',
  table: SenderTables.shortCodes,
  product: 'api',
  path: '/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes',
  sidPrefix: SidPrefix.ShortCode,
  listKey: 'short_codes',
  list: {
    params: z.object({ FriendlyName: z.string().optional(), ShortCode: z.string().optional() }),
    filter: (r, q) => (!q.FriendlyName || r.friendly_name === q.FriendlyName) && (!q.ShortCode || r.short_code === q.ShortCode),
  },
  update: {
    params: z.object({
      FriendlyName: p.string({ max: 64 }).optional(),
      ApiVersion: p.enum(['2010-04-01', '2008-08-01'] as const).optional(),
      SmsUrl: p.url().optional(),
      SmsMethod: p.enum(METHODS).optional(),
      SmsFallbackUrl: p.url().optional(),
      SmsFallbackMethod: p.enum(METHODS).optional(),
    }),
    apply: (_ctx, _rec, q) => {
      const patch: Partial<ShortCodeRecord> = {};
      if (q.FriendlyName !== undefined) patch.friendly_name = q.FriendlyName;
      if (q.SmsUrl !== undefined) patch.sms_url = q.SmsUrl;
      if (q.SmsMethod !== undefined) patch.sms_method = q.SmsMethod;
      if (q.SmsFallbackUrl !== undefined) patch.sms_fallback_url = q.SmsFallbackUrl;
      if (q.SmsFallbackMethod !== undefined) patch.sms_fallback_method = q.SmsFallbackMethod;
      return patch;
    },
  },
  serialize: (r, ctx) => {
    const json: Wire<Api2010Schemas['api.v2010.account.short_code']> = {
      account_sid: r.account_sid,
      api_version: '2010-04-01',
      date_created: rfc2822Date(r.date_created),
      date_updated: rfc2822Date(r.date_updated),
      friendly_name: r.friendly_name,
      short_code: r.short_code,
      sid: r.sid,
      sms_fallback_method: r.sms_fallback_method,
      sms_fallback_url: r.sms_fallback_url,
      sms_method: r.sms_method,
      sms_url: r.sms_url,
      uri: ctx.uri(r),
    };
    return json;
  },
});
