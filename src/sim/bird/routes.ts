import { createHash } from 'node:crypto';
import { z } from 'zod';
import { uuid } from '../wire/uuid.js';
import { type BirdContext, BirdError, birdRoute, type BirdRoute } from './http.js';
import { linkConnectorNumber } from './channels.js';
import { emitBirdEvent } from './webhooks.js';
import { contextHeader, nowIso, organizationWorlds, workspaceSettings, type BirdMoney, type BirdNumber } from './workspace.js';

/** Seed 002: `limit` 1–99, default 10; `pageToken` up to 8000 characters; `nextPageToken` when more remain. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(99).default(10),
  pageToken: z.string().max(8000).optional(),
};
const WsParams = z.object({ workspaceId: z.string().uuid() });

export function page<T>(items: T[], limit: number, pageToken: string | undefined): { results: T[]; nextPageToken?: string } {
  let offset = 0;
  if (pageToken !== undefined) {
    offset = Number(Buffer.from(pageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0) throw BirdError.invalid('pageToken', 'is not a token this API returned');
  }
  const results = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString('base64url') : undefined;
  return { results, ...(next ? { nextPageToken: next } : {}) };
}

const Money = z.object({ currencyCode: z.string(), amount: z.number().int(), exponent: z.number().int() });
/** The simulator's monthly price of a US local number (USD 1.50), in Bird's money shape (seed 002 numbers-stock-items). */
const LOCAL_MONTHLY: BirdMoney = { currencyCode: 'USD', amount: 1_500_000, exponent: -6 };
const Capabilities = z.object({
  voice: z.object({ inbound: z.boolean(), outbound: z.boolean() }),
  sms: z.object({ inbound: z.boolean(), outbound: z.boolean() }),
  mms: z.object({ inbound: z.boolean(), outbound: z.boolean() }),
});
const ALL_CAPS = { voice: { inbound: true, outbound: true }, sms: { inbound: true, outbound: true }, mms: { inbound: true, outbound: true } };

const AvailableNumber = z.object({
  number: z.string(),
  country: z.string(),
  region: z.string().optional(),
  type: z.enum(['local', 'toll-free', 'mobile']),
  capabilities: Capabilities,
  monthlyPrice: Money,
});

/** A stable stock per workspace and area code: the same search answers the same numbers until bought. */
function stock(workspaceId: string, areaCode: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const h = createHash('sha256').update(`${workspaceId}|${areaCode}|${i}`).digest();
    const exchange = 200 + (h.readUInt16BE(0) % 800);
    const line = h.readUInt16BE(2) % 10_000;
    out.push(`+1${areaCode}${exchange}${String(line).padStart(4, '0')}`);
  }
  return out;
}

const NumberRecord = z.object({
  id: z.string().uuid(),
  number: z.string(),
  country: z.string(),
  type: z.literal('local'),
  status: z.enum(['active', 'cancelled']),
  monthlyPrice: Money,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const numbersAvailable = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/numbers-available',
  summary: 'Search available numbers (seed 002 "Find an available number")',
  tag: 'Numbers',
  params: WsParams,
  query: z.object({
    country: z.string().regex(/^[A-Z]{2}$/, 'a 2-letter ISO 3166-1 code'),
    type: z.enum(['local', 'toll-free', 'mobile']).default('local'),
    prefix: z
      .string()
      .regex(/^\+1[2-9]\d{2}$/, 'a full international area-code prefix such as +1212')
      .optional(),
    ...paging,
  }),
  response: { status: 200, schema: z.object({ results: z.array(AvailableNumber), nextPageToken: z.string().optional() }), description: 'Numbers in stock' },
  errors: [422],
  handler: ({ world, workspaceId }, { query }) => {
    if (query.country !== 'US') throw BirdError.invalid('country', `${query.country} has no numbers in the simulator's stock (US only)`);
    if (query.type !== 'local') throw BirdError.invalid('type', `${query.type} is not stocked by the simulator (10DLC needs local)`);
    const owned = new Set(workspaceSettings(world).numbers.map((n) => n.number));
    const area = query.prefix ? query.prefix.slice(2) : '212';
    const numbers = stock(workspaceId, area, 200).filter((n) => !owned.has(n));
    return page(
      numbers.map((number) => ({ number, country: 'US', type: 'local' as const, capabilities: ALL_CAPS, monthlyPrice: LOCAL_MONTHLY })),
      query.limit,
      query.pageToken,
    );
  },
});

/**
 * Buys US local numbers from the workspace's or its organization's stock, charging the first month to
 * the wallet (seed 002: "start a recurring monthly subscription"). Everything is checked before the
 * wallet or the workspace changes. The organization's stock is shared by its workspaces: a number one
 * of them bought is gone for the others.
 */
function purchase({ sim, c, world, workspaceId }: BirdContext, numbers: string[]): BirdNumber[] {
  const ws = workspaceSettings(world);
  const owned = new Set(organizationWorlds(sim, contextHeader(c), ws.organizationId).flatMap((w) => workspaceSettings(w).numbers.map((n) => n.number)));
  for (const number of numbers) {
    if (owned.has(number)) throw new BirdError(409, 'NumberAlreadyOwned', `Failed to buy ${number}: the organization already owns it. Please search numbers-available for another.`);
    const area = number.slice(2, 5);
    if (!stock(workspaceId, area, 200).includes(number) && !stock(ws.organizationId, area, 200).includes(number)) {
      throw new BirdError(409, 'NumberNotAvailable', `Failed to buy ${number}: it is not available. Please pick one from numbers-available.`);
    }
    owned.add(number);
  }
  const cost = LOCAL_MONTHLY.amount * numbers.length;
  if (ws.walletBalance < cost) {
    throw new BirdError(
      402,
      'InsufficientBalance',
      `Failed to buy ${numbers.length} number(s): the wallet holds ${ws.walletBalance / 1e6} USD and the first month costs ${cost / 1e6} USD. Please top up the workspace wallet.`,
    );
  }
  const at = nowIso(world);
  const bought: BirdNumber[] = numbers.map((number) => ({
    id: uuid(world),
    number,
    country: 'US',
    type: 'local',
    status: 'active',
    monthlyPrice: LOCAL_MONTHLY,
    createdAt: at,
    updatedAt: at,
  }));
  for (const n of bought) {
    ws.walletBalance -= n.monthlyPrice.amount;
    ws.ledger.push({ id: uuid(world), kind: 'number', description: `Number ${n.number}, first month`, amount: n.monthlyPrice.amount, createdAt: at });
  }
  ws.numbers.push(...bought);
  return bought;
}

const buyNumbers = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/numbers',
  summary: 'Buy numbers (seed 002 "Purchase a number"): starts a monthly subscription charged to the workspace wallet',
  tag: 'Numbers',
  params: WsParams,
  body: z.object({
    numbers: z
      .array(z.object({ number: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number'), country: z.string().regex(/^[A-Z]{2}$/, 'a 2-letter ISO code') }))
      .min(1)
      .max(10),
  }),
  response: { status: 201, schema: z.object({ results: z.array(NumberRecord) }), description: 'Numbers bought' },
  errors: [402, 409, 422],
  handler: (ctx, { body }) => ({
    results: purchase(
      ctx,
      body.numbers.map((n, i) => {
        if (n.country !== 'US' || !n.number.startsWith('+1')) throw BirdError.invalid(`numbers.${i}.country`, 'must be US with a +1 number');
        return n.number;
      }),
    ),
  }),
});

/**
 * A stock item's id: a UUID that carries its number (the last 10 hex digits are the number's digits after
 * +1) behind a hash of it, so any workspace of the organization can buy an item by id without the
 * simulator keeping a list of what it showed.
 */
function stockItemId(number: string): string {
  const h = createHash('sha256').update(`stock|${number}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-00${number.slice(2)}`;
}

function numberOfStockItem(id: string): string | undefined {
  const m = /-00(\d{10})$/.exec(id.toLowerCase());
  const number = m ? `+1${m[1]}` : undefined;
  return number && stockItemId(number) === id.toLowerCase() ? number : undefined;
}

const StockItem = z.object({
  id: z.string().uuid(),
  countryCode: z.string(),
  type: z.enum(['local', 'toll-free', 'mobile']),
  numberString: z.string(),
  capabilities: Capabilities,
  monthlyPrice: Money,
  backOrderRequired: z.boolean(),
});

const numbersStockItems = birdRoute({
  method: 'get',
  path: '/organizations/{organizationId}/numbers-stock-items',
  summary: 'List all available numbers in stock at organization level (seed 002); any workspace of the organization can buy them',
  tag: 'Numbers',
  params: z.object({ organizationId: z.string().uuid() }),
  query: z.object({
    ...paging,
    countryCodes: z
      .string()
      .regex(/^[A-Z]{2}(,[A-Z]{2})*$/, '2-letter ISO 3166-1 codes, comma-separated')
      .optional(),
    prefix: z
      .string()
      .min(1)
      .max(250)
      .regex(/^\+1[2-9]\d{2}$/, 'a full international area-code prefix such as +1212')
      .optional(),
    testing: z.enum(['true', 'false']).optional(),
  }),
  response: { status: 200, schema: z.object({ results: z.array(StockItem), nextPageToken: z.string().optional() }), description: 'Numbers in stock' },
  errors: [404, 422],
  handler: ({ sim, c, world }, { params, query }) => {
    // Seed 002: prefix "MUST be used in conjunction with the countryCodes filter".
    if (query.prefix && !query.countryCodes) throw BirdError.invalid('prefix', 'needs the countryCodes filter');
    const countries = query.countryCodes?.split(',') ?? ['US'];
    const org = workspaceSettings(world).organizationId;
    const owned = new Set(organizationWorlds(sim, contextHeader(c), params.organizationId).flatMap((w) => workspaceSettings(w).numbers.map((n) => n.number)));
    // The simulator stocks US local numbers only; another country's stock is empty.
    const numbers = countries.includes('US') ? stock(org, query.prefix ? query.prefix.slice(2) : '212', 200).filter((n) => !owned.has(n)) : [];
    return page(
      numbers.map((n) => ({ id: stockItemId(n), countryCode: 'US', type: 'local' as const, numberString: n, capabilities: ALL_CAPS, monthlyPrice: LOCAL_MONTHLY, backOrderRequired: false })),
      query.limit,
      query.pageToken,
    );
  },
});

const LongCodeNumber = z.object({
  id: z.string().uuid(),
  numberString: z.string(),
  countryCode: z.string(),
  type: z.literal('local'),
  capabilities: Capabilities,
  monthlyPrice: Money,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const buyLongCodeNumbers = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/numbers-long-code',
  summary: "Buy Long Code Numbers (seed 002): numbers-stock-items by id, charged to the workspace wallet; the results' ids are the connectors' phoneNumberId",
  tag: 'Numbers',
  params: WsParams,
  body: z.object({ numberStockItemIds: z.array(z.string().uuid()).min(1).max(25) }),
  response: { status: 201, schema: z.object({ results: z.array(LongCodeNumber) }), description: 'Created' },
  errors: [402, 409, 422],
  handler: (ctx, { body }) => {
    const numbers = body.numberStockItemIds.map((id, i) => {
      const number = numberOfStockItem(id);
      if (!number) throw BirdError.invalid(`numberStockItemIds.${i}`, `${id} is not an item of numbers-stock-items`);
      return number;
    });
    return {
      results: purchase(ctx, numbers).map((n) => ({
        id: n.id,
        numberString: n.number,
        countryCode: n.country,
        type: n.type,
        capabilities: ALL_CAPS,
        monthlyPrice: n.monthlyPrice,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
      })),
    };
  },
});

const listNumbers = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/numbers',
  summary: 'List your numbers',
  tag: 'Numbers',
  params: WsParams,
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(NumberRecord), nextPageToken: z.string().optional() }), description: 'Numbers of the workspace' },
  errors: [422],
  handler: ({ world }, { query }) => page(workspaceSettings(world).numbers, query.limit, query.pageToken),
});

const Wallet = z.object({
  balance: Money,
  ledger: z.array(z.object({ id: z.string(), kind: z.enum(['number', 'brand', 'vetting', 'campaign']), description: z.string(), amount: Money, createdAt: z.string() })),
});

const wallet = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/wallet',
  summary: "The workspace wallet's balance and its charges (a simulator view: Bird shows these in its billing pages)",
  tag: 'Wallet',
  params: WsParams,
  response: { status: 200, schema: Wallet, description: 'Balance and ledger' },
  errors: [],
  handler: ({ world }) => {
    const ws = workspaceSettings(world);
    const usd = (amount: number): BirdMoney => ({ currencyCode: 'USD', amount, exponent: -6 });
    return { balance: usd(ws.walletBalance), ledger: ws.ledger.map((e) => ({ ...e, amount: usd(e.amount) })) };
  },
});

/** Events a subscription may name (seed 002's 10DLC journey). */
export const BIRD_EVENTS = ['10dlc.brand', '10dlc.campaign', '10dlc.vetting', 'channel.created', 'channel.updated', 'sms.inbound', 'sms.outbound'] as const;
const Subscription = z.object({
  id: z.string().uuid(),
  organizationId: z.string(),
  workspaceId: z.string(),
  service: z.string(),
  event: z.enum(BIRD_EVENTS),
  eventFilters: z.array(z.object({ key: z.string(), value: z.string() })),
  template: z.string(),
  url: z.string(),
  signingKey: z.string(),
  status: z.literal('active'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const createSubscription = birdRoute({
  method: 'post',
  path: '/organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions',
  summary: 'Create a webhook subscription (seed 002)',
  tag: 'Webhooks',
  params: z.object({ organizationId: z.string().uuid(), workspaceId: z.string().uuid() }),
  body: z.object({
    service: z.enum(['numbers', 'channels']),
    event: z.enum(BIRD_EVENTS),
    eventFilters: z
      .array(z.object({ key: z.string().min(1), value: z.string().min(1) }))
      .max(10)
      .default([]),
    template: z.string().max(100).optional(),
    url: z
      .string()
      .url()
      .refine((u) => /^https?:/.test(u), 'an http(s) URL'),
    signingKey: z.string().min(1).max(256).optional(),
  }),
  response: { status: 201, schema: Subscription, description: 'The webhook subscription was created successfully.' },
  errors: [404, 422],
  handler: ({ world }, { params, body }) => {
    const ws = workspaceSettings(world);
    if (params.organizationId.toLowerCase() !== ws.organizationId) throw BirdError.notFound('organization', params.organizationId);
    const expected = body.event.startsWith('10dlc.') ? 'numbers' : 'channels';
    if (body.service !== expected) throw BirdError.invalid('service', `must be ${expected} for event ${body.event}`);
    const at = nowIso(world);
    const sub = {
      id: uuid(world),
      organizationId: ws.organizationId,
      workspaceId: ws.workspaceId,
      service: body.service,
      event: body.event,
      eventFilters: body.eventFilters,
      template: body.template ?? '',
      url: body.url,
      signingKey: body.signingKey ?? Buffer.from(world.entropy.hex32(), 'hex').toString('base64'),
      status: 'active' as const,
      createdAt: at,
      updatedAt: at,
    };
    ws.subscriptions.push(sub);
    return sub;
  },
});

const listSubscriptions = birdRoute({
  method: 'get',
  path: '/organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions',
  summary: 'List webhook subscriptions',
  tag: 'Webhooks',
  params: z.object({ organizationId: z.string().uuid(), workspaceId: z.string().uuid() }),
  query: z.object(paging),
  response: { status: 200, schema: z.object({ results: z.array(Subscription), nextPageToken: z.string().optional() }), description: 'Subscriptions' },
  errors: [404, 422],
  handler: ({ world }, { params, query }) => {
    const ws = workspaceSettings(world);
    if (params.organizationId.toLowerCase() !== ws.organizationId) throw BirdError.notFound('organization', params.organizationId);
    return page(ws.subscriptions, query.limit, query.pageToken);
  },
});

const getWorkspace = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}',
  summary: 'Get a workspace: its organizationId, which the organization-level routes need',
  tag: 'Workspaces',
  params: WsParams,
  response: { status: 200, schema: z.object({ id: z.string().uuid(), organizationId: z.string().uuid(), name: z.string(), createdAt: z.string() }), description: 'The workspace' },
  errors: [],
  handler: ({ world }) => {
    const ws = workspaceSettings(world);
    return { id: ws.workspaceId, organizationId: ws.organizationId, name: world.friendlyName, createdAt: new Date(world.dateCreated).toISOString() };
  },
});

const Connector = z.object({
  id: z.string().uuid(),
  workspaceId: z.string().uuid(),
  name: z.string(),
  connectorTemplateRef: z.string(),
  arguments: z.object({ phoneNumberId: z.string(), useCaseId: z.string(), channelMessageType: z.string() }),
  channel: z.object({ channelId: z.string().uuid(), platform: z.string() }),
  number: z.object({ numberId: z.string().uuid(), phoneNumber: z.string(), numberType: z.string(), country: z.string() }),
  channelConversationalStatusEnabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const ConnectorParams = z.object({ workspaceId: z.string().uuid(), connectorId: z.string().uuid() });

/** The `channel.created` event's payload: the new channel as the connector made it. */
export const ChannelCreated = z.object({
  id: z.string().uuid(),
  platform: z.string(),
  name: z.string(),
  connectorId: z.string().uuid(),
  identifier: z.string(),
  createdAt: z.string(),
});

const createConnector = birdRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/connectors',
  summary: 'Install a channel connector (seed 002): sms-messagebird:1 on a bought US number creates an SMS channel',
  tag: 'Connectors',
  params: WsParams,
  body: z.object({
    connectorTemplateRef: z.literal('sms-messagebird:1'),
    name: z.string().min(1).max(255),
    arguments: z.object({ phoneNumberId: z.string().uuid(), useCaseId: z.string().uuid(), channelMessageType: z.string().min(1).max(64) }),
    channelConversationalStatusEnabled: z.boolean().default(false),
  }),
  response: { status: 201, schema: Connector, description: 'The connector and its channel' },
  errors: [404, 422],
  handler: ({ world }, { body }) => {
    const ws = workspaceSettings(world);
    const number = ws.numbers.find((n) => n.id === body.arguments.phoneNumberId.toLowerCase() && n.status === 'active');
    if (!number) throw BirdError.invalid('arguments.phoneNumberId', `${body.arguments.phoneNumberId} is not an active number of this workspace`);
    // The number joins the campaign in the registry; carriers acknowledge it on the clock (the channel's readiness).
    const id = linkConnectorNumber(world, body.arguments.useCaseId, number.number);
    const at = nowIso(world);
    const connector = {
      id,
      workspaceId: ws.workspaceId,
      name: body.name,
      connectorTemplateRef: body.connectorTemplateRef,
      arguments: body.arguments,
      channel: { channelId: uuid(world), platform: 'sms-messagebird' },
      number: { numberId: number.id, phoneNumber: number.number, numberType: 'local' as const, country: number.country },
      channelConversationalStatusEnabled: body.channelConversationalStatusEnabled,
      createdAt: at,
      updatedAt: at,
    };
    ws.connectors ??= [];
    ws.connectors.push(connector);
    const channel = { id: connector.channel.channelId, platform: connector.channel.platform, name: body.name, connectorId: connector.id, identifier: number.number, createdAt: at };
    emitBirdEvent(world, 'channel.created', channel, { channelId: channel.id, platform: channel.platform }, channel.id);
    return connector;
  },
});

const getConnector = birdRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/connectors/{connectorId}',
  summary: 'Show the details of a specific connector (seed 002): channel.channelId is the new channel',
  tag: 'Connectors',
  params: ConnectorParams,
  response: { status: 200, schema: Connector, description: 'The connector' },
  errors: [404, 422],
  handler: ({ world }, { params }) => {
    const found = (workspaceSettings(world).connectors ?? []).find((k) => k.id === params.connectorId.toLowerCase());
    if (!found) throw BirdError.notFound('connector', params.connectorId);
    return found;
  },
});

export const birdRoutes: BirdRoute<any, any, any>[] = [
  getWorkspace,
  createConnector,
  getConnector,
  numbersAvailable,
  numbersStockItems,
  buyNumbers,
  buyLongCodeNumbers,
  listNumbers,
  wallet,
  createSubscription,
  listSubscriptions,
];
