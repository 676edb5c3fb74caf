import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { constantTimeEqual } from '../wire/signature.js';
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
  kind: 'number' | 'brand' | 'campaign';
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
export function workspaceAuth(sim: Simulator, header: (name: string) => string | undefined, workspaceId: string): World {
  const auth = header('authorization') ?? '';
  const m = /^AccessKey\s+(\S{1,256})$/.exec(auth);
  if (!m) throw new BirdError(401, 'Unauthorized', 'Failed to authenticate: the Authorization header is missing or not "AccessKey <key>". Please send your workspace access key.');
  if (!UUID_RE.test(workspaceId)) throw BirdError.invalid('workspaceId', 'is not a UUID');
  const keyHash = hashKey(m[1]!);
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
