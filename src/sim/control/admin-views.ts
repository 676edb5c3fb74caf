import { LIFECYCLE } from '../engine/lifecycle.js';
import { OUTBOX_RETRY, type Delivery } from '../engine/outbox.js';
import type { ResourceDef } from '../engine/resource.js';
import { serializeContext } from '../engine/router.js';
import type { Simulator } from '../engine/simulator.js';
import type { Override, TimelineEntry, Transition, World } from '../engine/world.js';
import { Tables as TrustHubTables } from '../twilio/trusthub/records.js';
import { channelView } from '../bird/channels.js';
import type { WorkspaceSettings } from '../bird/workspace.js';
import { TcrTables, type TcrBrand, type TcrCampaign } from '../registry/tcr/api.js';
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
  bird: 'Bird — numbers, SMS channels, webhook subscriptions, wallet',
  tcr: 'Campaign Registry — 10DLC brands, vettings, campaigns, number links',
};

/** The registry's tables as the dashboard names them (registry/tcr/api.ts), whichever provider's records they hold. */
const TCR_NAMES: Record<string, string> = {
  [TcrTables.brands]: '10DLC brands',
  [TcrTables.vettings]: 'Brand vettings',
  [TcrTables.campaigns]: '10DLC campaigns',
  [TcrTables.resellers]: 'Resellers',
  [TcrTables.links]: 'Number–campaign links',
};

/**
 * What the registry's reviews can be forced to (registry/tcr/brand-review.ts, campaign-review.ts), so
 * the dashboard's "Force" buttons reach a brand or campaign whichever face submitted it: the review
 * takes the override by the registry's id as by the face's own.
 */
const TCR_OUTCOMES: Record<string, readonly string[]> = {
  [TcrTables.brands]: ['APPROVED', 'FAILED', 'VETTING_FAILED'],
  [TcrTables.campaigns]: ['VERIFIED', 'FAILED'],
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

const STATUS_FIELDS = ['status', 'campaign_status', 'registration_status', 'vetting_status', 'vettingStatus', 'state'];

export function tableInfo(sim: Simulator, table: string): TableInfo {
  const def = sim.resources.get(table);
  if (def) return { table, name: def.name, product: def.product, field: def.lifecycle?.field ?? null, outcomes: def.lifecycle?.outcomes ?? [], def };
  const model = sim.models.get(table);
  const product = table.includes('.') ? table.slice(0, table.indexOf('.')) : table;
  if (TCR_NAMES[table]) return { table, name: TCR_NAMES[table], product, field: table === TcrTables.vettings ? 'vettingStatus' : 'status', outcomes: TCR_OUTCOMES[table] ?? [], def: undefined };
  const bird = BIRD_GROUPS.find((g) => g.table === table);
  if (bird) return { table, name: bird.name, product: 'bird', field: null, outcomes: [], def: undefined };
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
  const direct = str(rec.friendly_name) ?? str(rec.business_name) ?? str(rec.campaign_name) ?? str(rec.customer_name) ?? str(rec.displayName) ?? str(rec.label);
  if (direct) return cut(direct);
  if (str(rec.from) && str(rec.to)) return `${String(rec.from)} → ${String(rec.to)}`;
  if (str(rec.sender) && str(rec.to)) return `${String(rec.sender)} → ${String(rec.to)}`;
  if (str(rec.phone_number)) return String(rec.phone_number);
  if (str(rec.phoneNumber)) return String(rec.phoneNumber);
  // The registry's records: a vetting by its provider, a campaign by its use case and brand.
  if (str(rec.vettingProvider)) return `${String(rec.vettingProvider)} ${String(rec.vettingClass ?? '')} vetting`.trim();
  if (str(rec.usecase) && str(rec.brandId)) {
    const brand = world.table<TcrBrand>(TcrTables.brands).get(String(rec.brandId));
    return cut(`${String(rec.usecase)}${brand ? ` · ${brand.displayName}` : ''}`);
  }
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

// ---- Bird workspaces ---------------------------------------------------------------------------

function birdSettings(world: World): WorkspaceSettings | undefined {
  return world.settings.bird as WorkspaceSettings | undefined;
}

const isoMs = (iso: string) => Date.parse(iso);

/**
 * A Bird workspace's resources that live in its settings rather than in tables (bird/workspace.ts),
 * shown as groups of their own, each record in the dashboard's row shape: `sid` is the Bird id,
 * `label` what the row is called, dates as epoch ms. A channel's status is its readiness
 * (`useCaseStatus`) read from the registry now; a subscription's signing key is left out.
 */
const BIRD_GROUPS: ReadonlyArray<{ table: string; name: string; records: (world: World, ws: WorkspaceSettings) => Row[] }> = [
  {
    table: 'bird.numbers',
    name: 'Numbers',
    records: (_world, ws) => ws.numbers.map((n) => ({ ...n, sid: n.id, label: n.number, date_created: isoMs(n.createdAt), date_updated: isoMs(n.updatedAt) })),
  },
  {
    table: 'bird.channels',
    name: 'SMS channels (connectors)',
    records: (world, ws) =>
      (ws.connectors ?? []).map((k) => {
        const channel = channelView(world, k);
        return {
          sid: k.channel.channelId,
          label: `${k.name} · ${k.number.phoneNumber}`,
          status: channel.useCaseStatus.status,
          connectorId: k.id,
          phoneNumberId: k.arguments.phoneNumberId,
          useCaseId: k.arguments.useCaseId,
          channelMessageType: k.arguments.channelMessageType,
          useCaseStatus: channel.useCaseStatus,
          date_created: isoMs(k.createdAt),
          date_updated: isoMs(k.updatedAt),
        };
      }),
  },
  {
    table: 'bird.webhook_subscriptions',
    name: 'Webhook subscriptions',
    records: (_world, ws) =>
      ws.subscriptions.map(({ signingKey: _key, ...sub }) => ({ ...sub, sid: sub.id, label: `${sub.event} → ${sub.url}`, date_created: isoMs(sub.createdAt), date_updated: isoMs(sub.updatedAt) })),
  },
  {
    table: 'bird.ledger',
    name: 'Wallet ledger',
    records: (_world, ws) =>
      ws.ledger.map((e) => ({ ...e, sid: e.id, label: `${(e.amount / 1e6).toFixed(2)} USD · ${e.description}`, date_created: isoMs(e.createdAt), date_updated: isoMs(e.createdAt) })),
  },
];

function birdRecords(world: World, group: (typeof BIRD_GROUPS)[number]): Row[] {
  const ws = birdSettings(world);
  return ws ? group.records(world, ws) : [];
}

/** What a Bird world is, for the list and the header: its workspace, organization and wallet. */
export function birdWorkspace(world: World) {
  const ws = birdSettings(world);
  if (!ws) return null;
  return { workspaceId: ws.workspaceId, organizationId: ws.organizationId, wallet: { currencyCode: 'USD', amount: ws.walletBalance, exponent: -6 } };
}

/** Where a Bird workspace's 10DLC installation stands (seed 002's order: brand, campaign, connector, readiness). */
function birdStage(world: World): string {
  const ws = birdSettings(world)!;
  const channels = (ws.connectors ?? []).map((k) => channelView(world, k));
  if (channels.some((c) => c.useCaseStatus.status === 'ok')) return 'Channel ready — sending';
  if (channels.length) return 'Channel waiting for carrier acknowledgement';
  const campaign = last(world.table<TcrCampaign>(TcrTables.campaigns).scan());
  if (campaign) return campaign.status === 'ACTIVE' ? 'Campaign ACTIVE — no channel yet' : `Campaign ${campaign.status}`;
  const brand = last(world.table<TcrBrand>(TcrTables.brands).scan());
  if (brand) return brand.status === 'APPROVED' ? 'Brand APPROVED — no campaign yet' : `Brand ${brand.status}`;
  return ws.numbers.length ? 'Number bought — no brand yet' : 'Nothing registered yet';
}

function last<T>(it: Iterable<T>): T | undefined {
  let out: T | undefined;
  for (const v of it) out = v;
  return out;
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
    stage: world.settings.bird ? birdStage(world) : accountStage(world),
    requests: world.table(REQUESTS_TABLE).size,
    tenantId: cf?.tenantId ?? null,
    // Which provider the account stands for: a Bird workspace (src/sim/bird) is listed beside Twilio accounts and CloudFran tenants.
    provider: world.settings.bird ? 'bird' : cf ? 'cloudfran' : 'twilio',
    birdWorkspaceId: (world.settings.bird as { workspaceId?: string } | undefined)?.workspaceId ?? null,
    // A Bird workspace's organization (its access key's), so the list can show which workspaces belong together.
    birdOrganizationId: birdSettings(world)?.organizationId ?? null,
    bird: birdWorkspace(world),
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
      birdStamp(world),
    ].join(':'),
  };
}

/** What changes in a Bird workspace's settings without a table row changing (a number bought, a subscription, a charge). */
function birdStamp(world: World): string {
  const ws = birdSettings(world);
  return ws ? `${ws.numbers.length}/${(ws.connectors ?? []).length}/${ws.subscriptions.length}/${ws.ledger.length}/${ws.walletBalance}` : '';
}

export interface ItemView {
  sid: string;
  label: string;
  status: string | null;
  dateCreated: string | null;
  dateUpdated: string | null;
  overrides: Override[];
}

/** When a record was created and last changed: Twilio's `date_created`/`date_updated`, or the registry's `createdAt`/`updatedAt`. */
function datesOf(rec: Row): { dateCreated: string | null; dateUpdated: string | null } {
  const created = typeof rec.date_created === 'number' ? rec.date_created : typeof rec.createdAt === 'number' ? rec.createdAt : null;
  const updated = typeof rec.date_updated === 'number' ? rec.date_updated : typeof rec.updatedAt === 'number' ? rec.updatedAt : null;
  return { dateCreated: created === null ? null : isoDate(created), dateUpdated: updated === null ? null : isoDate(updated) };
}

/** The account's records grouped by product, then by resource, newest last (creation order). */
export function accountResources(sim: Simulator, world: World) {
  const item = (info: TableInfo, rec: Row): ItemView => ({
    sid: rec.sid,
    label: labelOf(world, rec),
    status: displayStatus(sim, world, info, rec),
    ...datesOf(rec),
    overrides: world.overrides.get(rec.sid) ?? [],
  });
  const groups: Array<{ table: string; name: string; product: string; statusField: string | null; outcomes: readonly string[]; count: number; items: ItemView[]; virtual?: true }> = world
    .tableNames()
    .map((table) => {
      const info = tableInfo(sim, table);
      const items = world
        .table<Row>(table)
        .values()
        .map((rec) => item(info, rec));
      return { table, name: info.name, product: info.product, statusField: info.field, outcomes: info.outcomes, count: items.length, items };
    });
  // A Bird workspace's numbers, channels and subscriptions live in its settings: `virtual` tells the
  // dashboard to open them by id alone (no table to name).
  for (const g of BIRD_GROUPS) {
    const info = tableInfo(sim, g.table);
    const items = birdRecords(world, g).map((rec) => item(info, rec));
    if (items.length) groups.push({ table: g.table, name: g.name, product: 'bird', statusField: null, outcomes: [], count: items.length, items, virtual: true });
  }
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
  if (first || !world.settings.bird || outcome !== undefined) return first;
  // A Bird id: a number, channel, subscription or charge of the workspace, or the Bird id of a registry record (its ownerRef).
  for (const g of BIRD_GROUPS) {
    const rec = birdRecords(world, g).find((r) => r.sid === sid);
    if (rec) return { info: tableInfo(sim, g.table), rec };
  }
  for (const table of Object.values(TcrTables)) {
    // scan: read only, so the journaled store does not fingerprint every record at commit.
    for (const rec of world.table<Row>(table).scan()) if (rec.ownerRef === sid) return { info: tableInfo(sim, table), rec };
  }
  return undefined;
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
    // A registry record's deliveries carry the submitting face's id of it (a Bird brand's UUID).
    deliveries: world.outbox.log
      .filter((d) => d.resourceSid === rec.sid || (typeof rec.ownerRef === 'string' && d.resourceSid === rec.ownerRef))
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
    if (
      world.accountSid.toLowerCase() === lower ||
      summary.tenantId?.toLowerCase() === lower ||
      summary.birdWorkspaceId === lower ||
      summary.birdOrganizationId === lower ||
      (lower.length >= 3 && accountName.toLowerCase().includes(lower))
    ) {
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
    for (const g of world.settings.bird ? BIRD_GROUPS : []) {
      const info = tableInfo(sim, g.table);
      for (const rec of birdRecords(world, g)) {
        const label = labelOf(world, rec);
        const match =
          rec.sid.toLowerCase() === lower
            ? 'sid'
            : digits.length >= 4 && label.replace(/\D/g, '').includes(digits)
              ? 'phone number'
              : lower.length >= 3 && label.toLowerCase().includes(lower)
                ? 'name'
                : null;
        // No table: these live in the workspace's settings, and the dashboard opens them by id.
        if (match) push({ kind: 'resource', accountSid: world.accountSid, account: accountName, sid: rec.sid, name: info.name, table: null, label, status: statusOf(info, rec), match });
      }
    }
    for (const d of world.outbox.log) {
      if (d.id.toLowerCase() === lower && query.length > 2)
        push({ kind: 'delivery', accountSid: world.accountSid, account: accountName, sid: d.id, name: 'Delivery', table: null, label: `${d.event} → ${d.url}`, status: d.state, match: 'sid' });
    }
  }
  return results;
}
