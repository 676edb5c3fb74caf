import { LIFECYCLE } from '../engine/lifecycle.js';
import { OUTBOX_RETRY, type Delivery } from '../engine/outbox.js';
import type { ResourceDef } from '../engine/resource.js';
import { serializeContext } from '../engine/router.js';
import type { Simulator } from '../engine/simulator.js';
import type { Override, TimelineEntry, Transition, World } from '../engine/world.js';
import { Tables as TrustHubTables } from '../twilio/trusthub/records.js';
import { isoDate } from '../wire/dates.js';
import { accountStage } from './overview.js';
import { REQUESTS_TABLE } from './requests.js';
import { bodySha256, constantTimeEqual, hmacSha256Hex, twilioSignature } from '../wire/signature.js';

/**
 * Read models of the cross-account admin API (`/_sim/admin`) and the dashboard: what an account
 * holds, grouped by product, with statuses, timelines, scheduled transitions and the delivery log.
 * Nothing here changes a world.
 */

/** Human titles of the products, as the dashboard groups them. */
export const PRODUCT_TITLES: Record<string, string> = {
  cloudfran: 'CloudFran (brands, campaigns, numbers, billing)',
  trusthub: 'TrustHub — business profiles',
  messaging: 'Messaging — A2P 10DLC brands, campaigns, services',
  api: 'Phone numbers, messages and calls (API 2010)',
  numbers: 'Regulatory bundles (Numbers v2)',
  events: 'Event Streams',
  a2p: 'A2P registration fees',
};
const PRODUCT_ORDER = Object.keys(PRODUCT_TITLES);

/** Where a table's records come from: a Twilio declaration, a face model with a lifecycle, or a plain table. */
export interface TableInfo {
  table: string;
  name: string;
  product: string;
  /** The field holding the record's state, when it has one. */
  field: string | null;
  outcomes: readonly string[];
  def: ResourceDef | undefined;
}

const STATUS_FIELDS = ['status', 'campaign_status', 'registration_status', 'vetting_status', 'state'];

export function tableInfo(sim: Simulator, table: string): TableInfo {
  const def = sim.resources.get(table);
  if (def) return { table, name: def.name, product: def.product, field: def.lifecycle?.field ?? null, outcomes: def.lifecycle?.outcomes ?? [], def };
  const model = sim.models.get(table);
  const product = table.includes('.') ? table.slice(0, table.indexOf('.')) : table;
  if (model) return { table, name: model.name, product, field: model.lifecycle?.field ?? null, outcomes: model.lifecycle?.outcomes ?? [], def: undefined };
  return { table, name: humanise(table.slice(table.indexOf('.') + 1)), product, field: null, outcomes: [], def: undefined };
}

function humanise(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Row = { sid: string } & Record<string, unknown>;

export function statusOf(info: TableInfo, rec: Row): string | null {
  if (info.field) return rec[info.field] == null ? null : String(rec[info.field]);
  for (const f of STATUS_FIELDS) if (typeof rec[f] === 'string') return rec[f] as string;
  return null;
}

/** Fields through which a face's own record follows a Twilio resource (a CloudFran brand follows its BrandRegistration). */
const FOLLOWS = ['campaign_sid', 'brand_sid', 'number_sid'];

/** The record's status, or that of the Twilio resource it stands for when it has none of its own. */
export function displayStatus(sim: Simulator, world: World, info: TableInfo, rec: Row): string | null {
  const own = statusOf(info, rec);
  if (own !== null) return own;
  for (const field of FOLLOWS) {
    if (typeof rec[field] !== 'string') continue;
    const target = locate(sim, world, rec[field] as string);
    const status = target ? statusOf(target.info, target.rec) : null;
    if (status !== null) return status;
  }
  return null;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function cut(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A short human label for a record: its name, number, or what it is about. */
export function labelOf(world: World, rec: Row): string {
  const direct = str(rec.friendly_name) ?? str(rec.business_name) ?? str(rec.campaign_name) ?? str(rec.customer_name);
  if (direct) return cut(direct);
  if (str(rec.from) && str(rec.to)) return `${String(rec.from)} → ${String(rec.to)}`;
  if (str(rec.sender) && str(rec.to)) return `${String(rec.sender)} → ${String(rec.to)}`;
  if (str(rec.phone_number)) return String(rec.phone_number);
  if (typeof rec.amount_cents === 'number') return `$${(rec.amount_cents / 100).toFixed(2)} ${str(rec.description) ?? ''}`.trim();
  if (str(rec.object_sid)) {
    // An entity or item assignment: named after what it assigns.
    for (const table of world.tableNames()) {
      const target = world.table<Row>(table).get(String(rec.object_sid));
      if (target && target !== rec) return `assigns ${labelOf(world, target)}`;
    }
    return `assigns ${String(rec.object_sid)}`;
  }
  if (str(rec.customer_profile_bundle_sid)) {
    const profile = world.table<Row>(TrustHubTables.customer_profile).get(String(rec.customer_profile_bundle_sid));
    if (profile && str(profile.friendly_name)) return cut(String(profile.friendly_name).replace(/ (Secondary Customer Profile|starter profile)$/i, ''));
  }
  if (str(rec.description)) return cut(String(rec.description));
  if (str(rec.type)) return String(rec.type);
  if (str(rec.kind)) return String(rec.kind);
  return rec.sid;
}

export function clockOf(world: World) {
  const now = world.clock.now();
  return { now: isoDate(now), nowMs: now, speed: world.clock.speed, frozen: world.clock.frozen };
}

/** The name the dashboard gives an account: its demo business, its CloudFran tenant id, or its friendly name. */
export function displayName(world: World): string {
  const demo = world.settings.demo as { business?: string } | undefined;
  const cf = world.settings.cloudfran as { tenantId?: string } | undefined;
  return demo?.business ?? cf?.tenantId ?? world.friendlyName;
}

/** What the dashboard shows of an account in the list, and a stamp that changes whenever anything visible does. */
export function accountSummary(world: World) {
  const cf = world.settings.cloudfran as { tenantId?: string } | undefined;
  const demo = (world.settings.demo as { business?: string; story?: string; stage?: string } | undefined) ?? null;
  let rows = 0;
  for (const name of world.tableNames()) rows += world.table(name).size;
  const log = world.outbox.log;
  let attempts = 0;
  let failed = 0;
  for (const d of log) {
    attempts += d.attempts.length;
    if (d.state === 'failed' || d.state === 'retrying') failed++;
  }
  const foreground = world.transitions.filter((t) => !t.background);
  const last = world.timeline[world.timeline.length - 1];
  const clock = clockOf(world);
  const standing = world.standing;
  return {
    sid: world.accountSid,
    friendlyName: world.friendlyName,
    // A subaccount's parent (the dashboard nests it under it) and its status (active, suspended, closed).
    parentSid: standing.owner === world.accountSid ? null : standing.owner,
    status: standing.status,
    // The sidebar's label: where the account's onboarding is now (not the story it was seeded with).
    stage: accountStage(world),
    requests: world.table(REQUESTS_TABLE).size,
    tenantId: cf?.tenantId ?? null,
    // Which provider the account stands for: a Bird workspace (src/sim/bird) is listed beside Twilio accounts and CloudFran tenants.
    provider: world.settings.bird ? 'bird' : cf ? 'cloudfran' : 'twilio',
    birdWorkspaceId: (world.settings.bird as { workspaceId?: string } | undefined)?.workspaceId ?? null,
    demo,
    clock,
    counts: { records: rows, scheduled: foreground.length, deliveries: log.length, failingDeliveries: failed, timeline: world.timeline.length },
    nextAt: foreground[0] ? isoDate(foreground[0].at) : null,
    stamp: [
      standing.status,
      world.table(REQUESTS_TABLE).size,
      clock.nowMs,
      clock.frozen,
      clock.speed,
      rows,
      world.timeline.length,
      last?.at ?? 0,
      log.length,
      attempts,
      world.transitions.length,
      world.overrides.size,
    ].join(':'),
  };
}

export interface ItemView {
  sid: string;
  label: string;
  status: string | null;
  dateCreated: string | null;
  dateUpdated: string | null;
  overrides: Override[];
}

/** The account's records grouped by product, then by resource, newest last (creation order). */
export function accountResources(sim: Simulator, world: World) {
  const groups = world.tableNames().map((table) => {
    const info = tableInfo(sim, table);
    const items: ItemView[] = world
      .table<Row>(table)
      .values()
      .map((rec) => ({
        sid: rec.sid,
        label: labelOf(world, rec),
        status: displayStatus(sim, world, info, rec),
        dateCreated: typeof rec.date_created === 'number' ? isoDate(rec.date_created) : null,
        dateUpdated: typeof rec.date_updated === 'number' ? isoDate(rec.date_updated) : null,
        overrides: world.overrides.get(rec.sid) ?? [],
      }));
    return { table, name: info.name, product: info.product, statusField: info.field, outcomes: info.outcomes, count: items.length, items };
  });
  const byProduct = new Map<string, typeof groups>();
  for (const g of groups) byProduct.set(g.product, [...(byProduct.get(g.product) ?? []), g]);
  const rank = (p: string) => (PRODUCT_ORDER.includes(p) ? PRODUCT_ORDER.indexOf(p) : PRODUCT_ORDER.length);
  return [...byProduct.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([product, gs]) => ({ product, title: PRODUCT_TITLES[product] ?? humanise(product), groups: gs.sort((a, b) => a.name.localeCompare(b.name)) }));
}

/** Finds a record by SID in any table of the account; with `outcome`, the table whose lifecycle can take it wins (a PN… lives in two). */
export function locate(sim: Simulator, world: World, sid: string, outcome?: string): { info: TableInfo; rec: Row } | undefined {
  let first: { info: TableInfo; rec: Row } | undefined;
  for (const table of world.tableNames()) {
    const rec = world.table<Row>(table).get(sid);
    if (!rec) continue;
    const info = tableInfo(sim, table);
    if (outcome === undefined ? info.def !== undefined : info.outcomes.includes(outcome)) return { info, rec };
    first ??= { info, rec };
  }
  return first;
}

export function timelineView(sim: Simulator, world: World, entries: readonly TimelineEntry[]) {
  return entries
    .map((e) => {
      const rec = world.table<Row>(e.table).get(e.sid);
      return {
        at: isoDate(e.at),
        atMs: e.at,
        table: e.table,
        name: tableInfo(sim, e.table).name,
        sid: e.sid,
        label: rec ? labelOf(world, rec) : e.sid,
        field: e.field,
        from: e.from,
        to: e.to,
        note: e.note ?? null,
      };
    })
    .reverse();
}

/** What a pending transition will do, in words, for the "Scheduled" list. */
export function transitionView(sim: Simulator, world: World, t: Transition) {
  const sid = typeof t.data.sid === 'string' ? t.data.sid : typeof t.data.brand === 'string' ? t.data.brand : typeof t.data.id === 'string' ? t.data.id : null;
  let what: string;
  let table: string | null = null;
  if (t.kind === LIFECYCLE) {
    table = String(t.data.table);
    const info = tableInfo(sim, table);
    const rec = world.table<Row>(table).get(String(t.data.sid));
    what = `${info.name} ${rec ? `“${labelOf(world, rec)}”` : String(t.data.sid)} moves on from ${String(t.data.from)}`;
  } else if (t.kind === OUTBOX_RETRY) {
    what = `Retry of delivery ${String(t.data.id)}`;
  } else {
    what = `${t.kind}${sid ? ` (${sid})` : ''}`;
  }
  return { id: t.id, at: isoDate(t.at), atMs: t.at, kind: t.kind, background: t.background === true, sid, table, what };
}

/** A delivery as the log shows it: its payload decoded, its signature named and checked by recomputing it. */
export function deliveryView(world: World, d: Delivery) {
  const contentType = d.headers['Content-Type'] ?? d.headers['content-type'] ?? '';
  let payload: unknown = d.body;
  if (contentType.startsWith('application/json')) {
    try {
      payload = JSON.parse(d.body);
    } catch {
      payload = d.body;
    }
  } else if (contentType.startsWith('application/x-www-form-urlencoded')) {
    payload = Object.fromEntries(new URLSearchParams(d.body));
  }
  const last = d.attempts[d.attempts.length - 1];
  return {
    id: d.id,
    channel: d.channel,
    event: d.event,
    resourceSid: d.resourceSid,
    url: d.url,
    method: d.method,
    headers: d.headers,
    body: d.body,
    payload,
    signature: signatureCheck(world, d, payload),
    state: d.state,
    createdAt: isoDate(d.createdAt),
    lastStatus: last?.status ?? null,
    lastError: last?.error ?? null,
    /** Why a failed delivery was given up or refused (engine/outbox.ts). */
    reason: d.reason ?? null,
    hops: d.hops ?? 1,
    attempts: d.attempts.map((a) => ({ ...a, at: isoDate(a.at) })),
    nextAttemptAt: d.nextAttemptAt === null ? null : isoDate(d.nextAttemptAt),
  };
}

/**
 * Which signature a delivery carries and whether it verifies, recomputed the way a receiver would:
 * X-Twilio-Signature over URL + sorted form params (status callbacks, FIDELITY §4), over the URL
 * with its `bodySHA256` for Event Streams, and X-CloudFran-Signature (HMAC-SHA256 of the body with
 * the tenant's secret, seed 000 "Webhooks").
 */
function signatureCheck(world: World, d: Delivery, payload: unknown): { header: string; value: string; scheme: string; valid: boolean } | null {
  const twilioSig = d.headers['X-Twilio-Signature'];
  if (twilioSig !== undefined) {
    if (d.channel === 'event-stream') {
      const url = new URL(d.url);
      const bodyOk = url.searchParams.get('bodySHA256') === bodySha256(d.body);
      return {
        header: 'X-Twilio-Signature',
        value: twilioSig,
        scheme: 'HMAC-SHA1 of the URL (with bodySHA256 of the JSON body), keyed by the auth token',
        valid: bodyOk && constantTimeEqual(twilioSig, twilioSignature(world.authToken, d.url, {})),
      };
    }
    const params = payload && typeof payload === 'object' ? (payload as Record<string, string>) : {};
    return {
      header: 'X-Twilio-Signature',
      value: twilioSig,
      scheme: 'HMAC-SHA1 of the URL and sorted form parameters, keyed by the auth token',
      valid: constantTimeEqual(twilioSig, twilioSignature(world.authToken, d.url, params)),
    };
  }
  const cfHeader = Object.keys(d.headers).find((h) => h.toLowerCase() === 'x-cloudfran-signature');
  if (cfHeader) {
    const value = d.headers[cfHeader]!;
    const secret = (world.settings.cloudfran as { webhookSecret?: string } | undefined)?.webhookSecret;
    return {
      header: cfHeader,
      value,
      scheme: "sha256= HMAC-SHA256 of the raw body, keyed by the tenant's webhook secret",
      valid: !!secret && constantTimeEqual(value, `sha256=${hmacSha256Hex(secret, d.body)}`),
    };
  }
  return null;
}

/** One record in full: its wire form (as the API serves it), raw record, history, deliveries and what is scheduled for it. */
export function resourceDetail(sim: Simulator, world: World, info: TableInfo, rec: Row) {
  let wire: unknown = null;
  if (info.def) {
    try {
      wire = info.def.serialize(rec, serializeContext(info.def, world));
    } catch (e) {
      wire = { error: `Failed to serialise: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const references: Array<{ field: string; sid: string; name: string; label: string }> = [];
  const referencedBy: Array<{ table: string; sid: string; name: string; label: string; status: string | null }> = [];
  for (const [field, value] of Object.entries(rec)) {
    if (field === 'sid' || field === 'account_sid' || typeof value !== 'string' || value === rec.sid) continue;
    const target = locate(sim, world, value);
    if (target) references.push({ field, sid: value, name: target.info.name, label: labelOf(world, target.rec) });
  }
  for (const table of world.tableNames()) {
    const other = tableInfo(sim, table);
    // scan: read only, so the journaled store does not fingerprint every record at commit.
    for (const r of world.table<Row>(table).scan()) {
      if (r.sid === rec.sid) continue;
      if (Object.values(r).some((v) => v === rec.sid || (Array.isArray(v) && v.includes(rec.sid)))) {
        referencedBy.push({ table, sid: r.sid, name: other.name, label: labelOf(world, r), status: statusOf(other, r) });
      }
    }
  }
  return {
    sid: rec.sid,
    table: info.table,
    name: info.name,
    product: info.product,
    productTitle: PRODUCT_TITLES[info.product] ?? info.product,
    label: labelOf(world, rec),
    status: displayStatus(sim, world, info, rec),
    statusField: info.field,
    outcomes: info.outcomes,
    overrides: world.overrides.get(rec.sid) ?? [],
    wire,
    record: rec,
    timeline: timelineView(
      sim,
      world,
      world.timeline.filter((e) => e.sid === rec.sid),
    ),
    scheduled: world.transitions.filter((t) => Object.values(t.data).includes(rec.sid)).map((t) => transitionView(sim, world, t)),
    deliveries: world.outbox.log
      .filter((d) => d.resourceSid === rec.sid)
      .map((d) => deliveryView(world, d))
      .reverse(),
    references,
    referencedBy,
  };
}

const PHONE_RE = /^\+?[\d\s().-]{4,}$/;

/** Search across every account: SIDs (records, accounts, deliveries), tenant ids, phone numbers, names. */
export function search(sim: Simulator, q: string, limit = 50) {
  const query = q.trim();
  const lower = query.toLowerCase();
  const digits = PHONE_RE.test(query) ? query.replace(/\D/g, '') : '';
  const results: Array<{
    kind: 'account' | 'resource' | 'delivery';
    accountSid: string;
    account: string;
    sid: string;
    name: string;
    table: string | null;
    label: string;
    status: string | null;
    match: string;
  }> = [];
  if (!query) return results;
  const push = (r: (typeof results)[number]) => results.length < limit && results.push(r);
  for (const world of sim.accounts()) {
    const summary = accountSummary(world);
    const accountName = displayName(world);
    if (world.accountSid.toLowerCase() === lower || summary.tenantId?.toLowerCase() === lower || (lower.length >= 3 && accountName.toLowerCase().includes(lower))) {
      push({
        kind: 'account',
        accountSid: world.accountSid,
        account: accountName,
        sid: world.accountSid,
        name: 'Account',
        table: null,
        label: accountName,
        status: null,
        match: world.accountSid.toLowerCase() === lower ? 'sid' : 'name',
      });
    }
    for (const table of world.tableNames()) {
      const info = tableInfo(sim, table);
      // scan: read only, so the journaled store does not fingerprint every record at commit.
      for (const rec of world.table<Row>(table).scan()) {
        let match: string | null = null;
        if (rec.sid.toLowerCase() === lower) match = 'sid';
        else if (digits.length >= 4 && Object.values(rec).some((v) => typeof v === 'string' && PHONE_RE.test(v) && v.replace(/\D/g, '').includes(digits))) match = 'phone number';
        else if (lower.length >= 3 && labelOf(world, rec).toLowerCase().includes(lower)) match = 'name';
        if (match) push({ kind: 'resource', accountSid: world.accountSid, account: accountName, sid: rec.sid, name: info.name, table, label: labelOf(world, rec), status: statusOf(info, rec), match });
      }
    }
    for (const d of world.outbox.log) {
      if (d.id.toLowerCase() === lower && query.length > 2)
        push({ kind: 'delivery', accountSid: world.accountSid, account: accountName, sid: d.id, name: 'Delivery', table: null, label: `${d.event} → ${d.url}`, status: d.state, match: 'sid' });
    }
  }
  return results;
}
