import { isoDate } from '../wire/dates.js';
import type { World } from '../engine/world.js';
import { isTaken } from '../registry/numbers/pool.js';
import { numberSeed } from '../registry/numbers/purchase.js';
import { searchNumbers } from '../registry/numbers/search.js';
import { EXPORTS_TABLE, storeExport, type ExportRecord } from './export.js';
import { cfRoute, CloudFranError } from './http.js';
import { FEES_CENTS, dollars } from './ledger.js';
import { buyNumber, cancelNumber, reclaimNumber, requireNumber, undoCancel } from './phone-numbers.js';
import { CfTables, type NumberService } from './records.js';
import * as S from './schemas.js';
import { assertSameTenant } from './tenant.js';

const iso = (ms: number | null) => (ms === null ? null : isoDate(ms));

export function numberView(rec: NumberService) {
  return {
    serviceId: rec.sid,
    phoneNumber: rec.phone_number,
    numberSid: rec.number_sid,
    type: rec.number_type,
    status: rec.status,
    annualFee: dollars(rec.annual_fee_cents),
    email: rec.email,
    messagingServiceSid: rec.messaging_service_sid,
    purchasedAt: isoDate(rec.purchased_at),
    nextBillingAt: iso(rec.next_billing_at),
    cancellationRequestedAt: iso(rec.cancellation_requested_at),
    cancellationEffectiveAt: iso(rec.cancellation_effective_at),
    exportScheduledAt: iso(rec.export_scheduled_at),
    holdEndsAt: iso(rec.hold_ends_at),
    releasedAt: iso(rec.released_at),
    exportId: rec.export_id,
  };
}

function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` } });
}

function exportOf(world: World, rec: NumberService, exportId: string): ExportRecord {
  const ex = world.table<ExportRecord>(EXPORTS_TABLE).get(exportId);
  if (!ex || ex.service_id !== rec.sid) throw CloudFranError.notFound('Export', exportId);
  return ex;
}

export const numberRoutes = [
  cfRoute({
    method: 'get',
    path: '/phone-numbers/available',
    tag: 'Phone numbers',
    summary: 'Search for available phone numbers to purchase',
    query: S.AvailableQuery,
    response: { status: 200, schema: S.AvailableResponse, description: 'Numbers on sale now (never one owned by anyone)' },
    errors: [400],
    handler: ({ sim }, { query }) => {
      const type = query.type === 'tollfree' ? 'toll-free' : 'local';
      const numbers = searchNumbers({ seed: numberSeed(sim), isoCountry: 'US', type, query: { areaCode: query.areaCode }, limit: query.limit, isTaken: isTaken(sim) });
      return {
        success: true as const,
        numbers: numbers.map((n) => ({
          phoneNumber: n.phone_number,
          friendlyName: n.friendly_name,
          locality: n.locality,
          region: n.region,
          postalCode: n.postal_code,
          isoCountry: n.iso_country,
          type: query.type,
          capabilities: { voice: n.capabilities.voice, sms: n.capabilities.sms, mms: n.capabilities.mms },
          annualFee: dollars(query.type === 'tollfree' ? FEES_CENTS.numberTollFree : FEES_CENTS.numberLocal),
        })),
      };
    },
  }),
  cfRoute({
    method: 'post',
    path: '/phone-numbers',
    tag: 'Phone numbers',
    summary: 'Purchase and provision a phone number',
    description: "Local: $24/year, toll-free: $48/year, charged now and on each anniversary. The number is linked to the tenant's A2P campaign when there is one.",
    body: S.PurchaseBody,
    response: { status: 200, schema: S.PurchaseResponse, description: 'The number is active' },
    errors: [400],
    handler: async ({ world, tenantId, twilio }, { body }) => {
      assertSameTenant(body.tenantId, tenantId);
      const { rec, paymentIntentId } = await buyNumber(world, twilio, body);
      return { success: true as const, ...numberView(rec), paymentIntentId };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/phone-numbers',
    tag: 'Phone numbers',
    summary: 'Get all phone numbers for your account',
    query: S.ListNumbersQuery,
    response: { status: 200, schema: S.ListNumbersResponse, description: "The tenant's numbers" },
    errors: [400],
    handler: ({ world }, { query }) => ({
      success: true as const,
      phoneNumbers: world
        .table<NumberService>(CfTables.numbers)
        .filter((r) => query.status === 'all' || r.status === query.status)
        .map(numberView),
    }),
  }),
  cfRoute({
    method: 'get',
    path: '/phone-numbers/{serviceId}',
    tag: 'Phone numbers',
    summary: 'Get one phone number (poll its cancellation)',
    params: S.ServiceIdParams,
    response: { status: 200, schema: S.PhoneNumberResponse, description: 'The number' },
    errors: [400, 404],
    handler: ({ world }, { params }) => ({ success: true as const, ...numberView(requireNumber(world, params.serviceId)) }),
  }),
  cfRoute({
    method: 'post',
    path: '/phone-numbers/{serviceId}/cancel',
    tag: 'Phone numbers',
    summary: 'Request cancellation of a phone number (60-day notice)',
    description: 'Takes effect 60 days later; billing continues meanwhile; SMS and call logs are exported 24 hours before; then a 30-day hold during which the number can be reclaimed for $25.',
    params: S.ServiceIdParams,
    response: { status: 200, schema: S.PhoneNumberResponse, description: 'Now pending_cancellation' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const rec = requireNumber(world, params.serviceId);
      cancelNumber(world, rec);
      return { success: true as const, ...numberView(rec) };
    },
  }),
  cfRoute({
    method: 'post',
    path: '/phone-numbers/{serviceId}/undo-cancel',
    tag: 'Phone numbers',
    summary: 'Undo a pending cancellation before its effective date',
    params: S.ServiceIdParams,
    response: { status: 200, schema: S.PhoneNumberResponse, description: 'Active again' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const rec = requireNumber(world, params.serviceId);
      undoCancel(world, rec);
      return { success: true as const, ...numberView(rec) };
    },
  }),
  cfRoute({
    method: 'post',
    path: '/phone-numbers/{serviceId}/reclaim',
    tag: 'Phone numbers',
    summary: 'Reclaim a cancelled number within the 30-day hold period ($25)',
    params: S.ServiceIdParams,
    body: S.ReclaimBody,
    response: { status: 200, schema: S.ReclaimResponse, description: 'Active again' },
    errors: [400, 404],
    handler: async ({ world, twilio }, { params, body }) => {
      const rec = requireNumber(world, params.serviceId);
      const entry = await reclaimNumber(world, twilio, rec, body.email);
      return { success: true as const, ...numberView(rec), fee: dollars(entry.amount_cents), paymentIntentId: entry.payment_intent_id };
    },
  }),
  cfRoute({
    method: 'post',
    path: '/phone-numbers/{serviceId}/export',
    tag: 'Phone numbers',
    summary: 'Export all SMS and call logs for a phone number to CSV',
    params: S.ServiceIdParams,
    response: { status: 200, schema: S.Csv, description: 'The logs as CSV', contentType: 'text/csv' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const rec = requireNumber(world, params.serviceId);
      const ex = storeExport(world, { serviceId: rec.sid, phoneNumber: rec.phone_number, trigger: 'manual' });
      world.touch();
      return csvResponse(ex.csv, `${rec.phone_number.slice(1)}-${ex.sid}.csv`);
    },
  }),
  cfRoute({
    method: 'get',
    path: '/phone-numbers/{serviceId}/exports',
    tag: 'Phone numbers',
    summary: 'List the exports of a phone number (manual and the automatic pre-cancellation one)',
    params: S.ServiceIdParams,
    response: { status: 200, schema: S.ExportsResponse, description: 'Exports, oldest first' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const rec = requireNumber(world, params.serviceId);
      return {
        success: true as const,
        exports: world
          .table<ExportRecord>(EXPORTS_TABLE)
          .filter((e) => e.service_id === rec.sid)
          .map((e) => ({ exportId: e.sid, trigger: e.trigger, createdAt: isoDate(e.date_created), smsCount: e.sms_count, callCount: e.call_count })),
      };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/phone-numbers/{serviceId}/exports/{exportId}',
    tag: 'Phone numbers',
    summary: 'Download one export as CSV',
    params: S.ExportParams,
    response: { status: 200, schema: S.Csv, description: 'The export', contentType: 'text/csv' },
    errors: [400, 404],
    handler: ({ world }, { params }) => {
      const rec = requireNumber(world, params.serviceId);
      const ex = exportOf(world, rec, params.exportId);
      return csvResponse(ex.csv, `${rec.phone_number.slice(1)}-${ex.sid}.csv`);
    },
  }),
];
