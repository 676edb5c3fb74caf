import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { constantTimeEqual } from '../wire/signature.js';
import { uuid } from '../wire/uuid.js';
import { BirdError } from './http.js';

export const WORKSPACE_SCOPE = 'bird-workspace';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BirdMoney {
  currencyCode: string;
  amount: number;
  exponent: number;
}

export interface BirdNumber {
  id: string;
  number: string;
  country: string;
  type: 'local';
  status: 'active' | 'cancelled';
  monthlyPrice: BirdMoney;
  createdAt: string;
  updatedAt: string;
}

export interface BirdSubscription {
  id: string;
  organizationId: string;
  workspaceId: string;
  service: string;
  event: string;
  eventFilters: Array<{ key: string; value: string }>;
  template: string;
  url: string;
  signingKey: string;
  status: 'active';
  createdAt: string;
  updatedAt: string;
}

export interface LedgerEntry {
  id: string;
  kind: 'number' | 'brand' | 'vetting' | 'campaign';
  description: string;
  amount: number;
  createdAt: string;
}

/** A Bird workspace's state, kept in its world's settings so it is saved with the data file. */
export interface WorkspaceSettings {
  workspaceId: string;
  organizationId: string;
  /** SHA-256 of the access key that provisioned the workspace: the key itself is never stored. */
  accessKeyHash: string;
  /** Wallet balance in micro-units of USD (exponent -6), as Bird's money objects count. */
  walletBalance: number;
  ledger: LedgerEntry[];
  numbers: BirdNumber[];
  subscriptions: BirdSubscription[];
  /** Absent in data files written before connectors existed. */
  connectors?: BirdConnector[];
}

export interface BirdConnector {
  id: string;
  workspaceId: string;
  name: string;
  connectorTemplateRef: string;
  arguments: { phoneNumberId: string; useCaseId: string; channelMessageType: string };
  channel: { channelId: string; platform: string };
  number: { numberId: string; phoneNumber: string; numberType: 'local'; country: string };
  channelConversationalStatusEnabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The simulator's starting wallet (USD 100.00): enough for a number, a brand and a campaign; /_sim can be used to drain it in tests. */
export const STARTING_BALANCE = 100_000_000;

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function workspaceSettings(world: World): WorkspaceSettings {
  return world.settings.bird as WorkspaceSettings;
}

export function nowIso(world: World): string {
  return new Date(world.clock.now()).toISOString();
}

/**
 * `Authorization: AccessKey <key>`: a workspace is provisioned on first use by the key that names
 * it (its own simulated account and clock, like a Twilio account); another key is then refused.
 */
function accessKeyHash(header: (name: string) => string | undefined): string {
  const m = /^AccessKey\s+(\S{1,256})$/.exec(header('authorization') ?? '');
  if (!m) throw new BirdError(401, 'Unauthorized', 'Failed to authenticate: the Authorization header is missing or not "AccessKey <key>". Please send your workspace access key.');
  return hashKey(m[1]!);
}

export function workspaceAuth(sim: Simulator, header: (name: string) => string | undefined, workspaceId: string): World {
  const keyHash = accessKeyHash(header);
  if (!UUID_RE.test(workspaceId)) throw BirdError.invalid('workspaceId', 'is not a UUID');
  const world = sim.derivedAccount(WORKSPACE_SCOPE, workspaceId.toLowerCase(), undefined, (w) => (w.settings.bird as WorkspaceSettings | undefined)?.workspaceId === workspaceId.toLowerCase());
  if (!world.settings.bird) {
    const organizationId = `${keyHash.slice(0, 8)}-${keyHash.slice(8, 12)}-4${keyHash.slice(13, 16)}-8${keyHash.slice(17, 20)}-${keyHash.slice(20, 32)}`;
    world.settings.bird = {
      workspaceId: workspaceId.toLowerCase(),
      organizationId,
      accessKeyHash: keyHash,
      walletBalance: STARTING_BALANCE,
      ledger: [],
      numbers: [],
      subscriptions: [],
    } satisfies WorkspaceSettings;
    world.friendlyName = `Bird workspace ${workspaceId.toLowerCase()}`;
    world.touch();
  }
  if (!constantTimeEqual(workspaceSettings(world).accessKeyHash, keyHash)) {
    throw new BirdError(403, 'Forbidden', `Failed to authorize: this access key has no access to workspace ${workspaceId}. Please use the key of the workspace's organization.`);
  }
  return world;
}

export function contextHeader(c: Context) {
  return (name: string) => c.req.header(name);
}

/**
 * The workspaces of an organization this access key reaches (oldest first), for the organization-level
 * routes: an organization is known through the workspaces its key provisioned, so it has at least one.
 */
export function organizationWorlds(sim: Simulator, header: (name: string) => string | undefined, organizationId: string): World[] {
  const keyHash = accessKeyHash(header);
  if (!UUID_RE.test(organizationId)) throw BirdError.invalid('organizationId', 'is not a UUID');
  const org = organizationId.toLowerCase();
  const worlds = sim
    .accounts()
    .filter((w) => {
      const s = w.settings.bird as WorkspaceSettings | undefined;
      return s?.organizationId === org && constantTimeEqual(s.accessKeyHash, keyHash);
    })
    .sort((a, b) => a.dateCreated - b.dateCreated);
  if (!worlds.length) {
    throw new BirdError(
      404,
      'NotFound',
      `Failed to find organization ${organizationId}: no workspace of this access key belongs to it. Please use the organizationId that GET /workspaces/{workspaceId} returns.`,
    );
  }
  return worlds;
}

/**
 * Takes a charge from the workspace wallet and writes it on the ledger (seed 002: registering a brand
 * or a campaign charges a fee; a campaign also its three-month minimum). Refused with 402 before
 * anything changes when the wallet cannot pay.
 */
export function charge(world: World, kind: LedgerEntry['kind'], what: string, items: Array<{ description: string; amount: number }>): void {
  const ws = workspaceSettings(world);
  canPay(
    world,
    items.reduce((sum, i) => sum + i.amount, 0),
    what,
  );
  for (const i of items) {
    ws.walletBalance -= i.amount;
    ws.ledger.push({ id: uuid(world), kind, description: i.description, amount: i.amount, createdAt: nowIso(world) });
  }
}

/** Checks the wallet can pay `amount` without taking it (a charge whose registry call may still refuse). */
export function canPay(world: World, amount: number, what: string): void {
  const ws = workspaceSettings(world);
  if (ws.walletBalance < amount) {
    throw new BirdError(402, 'InsufficientBalance', `Failed to ${what}: the wallet holds ${ws.walletBalance / 1e6} USD and the charge is ${amount / 1e6} USD. Please top up the workspace wallet.`);
  }
}
