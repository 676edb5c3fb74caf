import type { BaseRecord } from '../engine/table.js';
import type { World } from '../engine/world.js';
import { isoDate } from '../wire/dates.js';

/**
 * Seed 000 "export": all SMS and call logs of a number as CSV, built from the messages and calls
 * the simulator actually carried for it (API 2010 Messages and Calls of the tenant's account).
 */
import { CALLS_TABLE } from '../registry/number-calls.js';
import { MESSAGES_TABLE } from '../registry/number-messaging.js';

export { CALLS_TABLE, MESSAGES_TABLE };
export const EXPORTS_TABLE = 'cloudfran.exports';

export interface ExportRecord extends BaseRecord {
  service_id: string;
  phone_number: string;
  trigger: 'manual' | 'automatic';
  sms_count: number;
  call_count: number;
  csv: string;
}

interface LogRow {
  at: number;
  cells: Array<string | number | null>;
}

export const CSV_HEADER = ['type', 'sid', 'date', 'direction', 'from', 'to', 'status', 'body', 'duration_seconds', 'error_code'];

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // RFC 4180: quote fields containing a comma, quote or line break; double the quotes.
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Rec = BaseRecord & Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function buildExport(world: World, phoneNumber: string): { csv: string; smsCount: number; callCount: number } {
  const involves = (r: Rec) => r.from === phoneNumber || r.to === phoneNumber;
  const sms: LogRow[] = world
    .table<Rec>(MESSAGES_TABLE)
    .filter(involves)
    .map((m) => ({
      at: m.date_created,
      cells: ['sms', m.sid, isoDate(m.date_created), str(m.direction), str(m.from), str(m.to), str(m.status), str(m.body), null, str(m.error_code)],
    }));
  const calls: LogRow[] = world
    .table<Rec>(CALLS_TABLE)
    .filter(involves)
    .map((c) => ({
      at: c.date_created,
      cells: ['call', c.sid, isoDate(c.date_created), str(c.direction), str(c.from), str(c.to), str(c.status), null, str(c.duration), null],
    }));
  const rows = [...sms, ...calls].sort((a, b) => a.at - b.at);
  const csv = `${[CSV_HEADER.join(','), ...rows.map((r) => r.cells.map(cell).join(','))].join('\r\n')}\r\n`;
  return { csv, smsCount: sms.length, callCount: calls.length };
}

export function storeExport(world: World, input: { serviceId: string; phoneNumber: string; trigger: 'manual' | 'automatic' }): ExportRecord {
  const { csv, smsCount, callCount } = buildExport(world, input.phoneNumber);
  const now = world.now();
  const rec: ExportRecord = {
    sid: `ex_${world.entropy.hex32().slice(0, 20)}`,
    account_sid: world.accountSid,
    date_created: now,
    date_updated: now,
    service_id: input.serviceId,
    phone_number: input.phoneNumber,
    trigger: input.trigger,
    sms_count: smsCount,
    call_count: callCount,
    csv,
  };
  world.table<ExportRecord>(EXPORTS_TABLE).insert(rec);
  return rec;
}
