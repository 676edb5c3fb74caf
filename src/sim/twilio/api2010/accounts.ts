import { z } from 'zod';
import type { Api2010Schemas, Wire } from '../../../contract/types.js';
import type { OpContext, Operation } from '../../engine/resource.js';
import type { AccountStanding, World } from '../../engine/world.js';
import { rfc2822Date } from '../../wire/dates.js';
import { TwilioError } from '../../wire/errors.js';
import { readPaging, slicePage, v2010Envelope } from '../../wire/paging.js';
import { decodeParams, p } from '../../wire/params.js';
import { SidPrefix } from '../../wire/sid.js';
import { ACCOUNT_BASE } from './phone-numbers.js';

/**
 * The Account resource and subaccounts (https://www.twilio.com/docs/iam/api/account,
 * https://www.twilio.com/docs/iam/api/subaccounts). A subaccount is an account of its own (its own
 * world: tables, clock, outbox) whose standing names its parent; the engine lets the parent's Account
 * SID + Auth Token act on its 2010 resources (Simulator.actingOn) and refuses a suspended or closed one.
 */

/**
 * The Account's `subresource_uris`: the 20 keys of the spec's example (FetchAccount), in its order.
 * Those the simulator serves resolve (Addresses, AvailablePhoneNumbers, Calls, IncomingPhoneNumbers,
 * Keys, Messages, SMS/ShortCodes); the others (Conferences, Queues, SIP, Usage…) are outside the A2P
 * onboarding it simulates and answer 404, as README "Differences from Twilio" says.
 */
const SUBRESOURCE_PATH: Record<string, string> = {
  available_phone_numbers: 'AvailablePhoneNumbers',
  calls: 'Calls',
  conferences: 'Conferences',
  incoming_phone_numbers: 'IncomingPhoneNumbers',
  notifications: 'Notifications',
  outgoing_caller_ids: 'OutgoingCallerIds',
  recordings: 'Recordings',
  transcriptions: 'Transcriptions',
  addresses: 'Addresses',
  signing_keys: 'SigningKeys',
  connect_apps: 'ConnectApps',
  sip: 'SIP',
  authorized_connect_apps: 'AuthorizedConnectApps',
  usage: 'Usage',
  keys: 'Keys',
  applications: 'Applications',
  short_codes: 'SMS/ShortCodes',
  queues: 'Queues',
  messages: 'Messages',
  balance: 'Balance',
};

export function serializeAccount(world: World): Wire<Api2010Schemas['api.v2010.account']> {
  const uri = `${ACCOUNT_BASE}/${world.accountSid}.json`;
  const standing = world.standing;
  return {
    auth_token: world.authToken,
    date_created: rfc2822Date(world.dateCreated),
    date_updated: rfc2822Date(standing.updated),
    friendly_name: world.friendlyName,
    // A main account is its own owner (the Account resource's `owner_account_sid`).
    owner_account_sid: standing.owner,
    sid: world.accountSid,
    status: standing.status,
    subresource_uris: Object.fromEntries(Object.entries(SUBRESOURCE_PATH).map(([k, path]) => [k, `${ACCOUNT_BASE}/${world.accountSid}/${path}.json`])),
    type: 'Full',
    uri,
  };
}

/**
 * The account named by `{Sid}`: the caller's own, or one of its subaccounts whatever its status (the
 * parent still sees a suspended or closed one). Anything else is a 404, never a leak (FIDELITY §1).
 */
function addressedAccount(ctx: OpContext): World {
  const sid = ctx.pathParams.Sid;
  if (sid === ctx.world.accountSid) return ctx.world;
  const child = ctx.sim.findWorld(sid ?? '');
  if (child && child.standing.owner === ctx.world.accountSid && child !== ctx.world) return child;
  throw TwilioError.notFound(ctx.path);
}

/** Twilio's default name: "SubAccount Created at {YYYY-MM-DD HH:MM meridian}" (Account resource, FriendlyName). */
function defaultSubaccountName(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `SubAccount Created at ${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(h % 12 === 0 ? 12 : h % 12)}:${pad(d.getUTCMinutes())} ${h < 12 ? 'am' : 'pm'}`;
}

const STATUSES = ['active', 'suspended', 'closed'] as const;

// Twilio's code for reopening a closed subaccount (https://www.twilio.com/docs/api/errors/21479).
const SUBACCOUNT_CLOSED = 21479;
// Twilio's code for a subaccount asking for a subaccount: only a main account has them (https://www.twilio.com/docs/api/errors/21101).
const NESTED_SUBACCOUNT = 21101;
// Twilio's code once a main account has its quota of subaccounts (https://www.twilio.com/docs/api/errors/21480).
const SUBACCOUNT_LIMIT = 21480;
/** Twilio's default quota of subaccounts per main account, closed ones included while Twilio still lists them. */
export const MAX_SUBACCOUNTS = 1000;

const createParams = z.object({ FriendlyName: p.string({ max: 64 }).optional() });
const updateParams = z.object({ FriendlyName: p.string({ max: 64 }).optional(), Status: p.enum(STATUSES).optional() });
const listParams = z.object({ FriendlyName: p.string({ max: 64 }).optional(), Status: p.enum(STATUSES).optional() });

function createSubaccount(ctx: OpContext, form: URLSearchParams): World {
  const q = decodeParams(createParams, form);
  const parent = ctx.world;
  // Subaccounts belong to a main account: a subaccount's credentials make none (its owner is not itself).
  if (parent.standing.owner !== parent.accountSid) throw TwilioError.rule(NESTED_SUBACCOUNT, 'Subaccounts cannot contain subaccounts');
  const existing = (parent.settings.subaccounts as string[] | undefined) ?? [];
  if (existing.length >= MAX_SUBACCOUNTS) {
    throw TwilioError.rule(SUBACCOUNT_LIMIT, 'Reached maximum number of subaccounts, please contact Twilio if you want to create more subaccounts.');
  }
  const now = parent.now();
  const child = ctx.sim.provision(parent.entropy.sid(SidPrefix.Account), parent.entropy.hex32(), { now, speed: parent.clock.speed, frozen: parent.clock.frozen });
  child.friendlyName = q.FriendlyName ?? defaultSubaccountName(now);
  child.standing = { owner: parent.accountSid, status: 'active', updated: now };
  parent.settings.subaccounts = [...existing, child.accountSid];
  return child;
}

function updateAccount(ctx: OpContext, form: URLSearchParams): World {
  const world = addressedAccount(ctx);
  const q = decodeParams(updateParams, form);
  const standing = world.standing;
  const isSubaccount = standing.owner !== world.accountSid;
  if (q.Status !== undefined && q.Status !== standing.status) {
    if (!isSubaccount) throw TwilioError.invalidParam('Status', 'of a main account can only be active in the simulator');
    if (standing.status === 'closed') throw TwilioError.rule(SUBACCOUNT_CLOSED, 'Unable to update Status for subaccount, subaccount is closed and can not be re-opened.');
  }
  const now = ctx.world.now();
  if (q.FriendlyName !== undefined) world.friendlyName = q.FriendlyName;
  if (isSubaccount && (q.Status !== undefined || q.FriendlyName !== undefined)) {
    world.standing = { ...standing, status: q.Status ?? standing.status, updated: now } satisfies AccountStanding;
  }
  return world;
}

function listAccounts(ctx: OpContext) {
  const q = decodeParams(listParams, ctx.query, 'query');
  // A main account's credentials see it and its subaccounts; a subaccount's see only itself.
  const all = [ctx.world, ...ctx.sim.subaccountsOf(ctx.world)].filter(
    (w) => (q.FriendlyName === undefined || w.friendlyName === q.FriendlyName) && (q.Status === undefined || w.standing.status === q.Status),
  );
  const req = readPaging(ctx.query);
  const slice = slicePage(
    all.map((w) => ({ sid: w.accountSid, w })),
    req,
  );
  const items = slice.items.map((x) => serializeAccount(x.w));
  return v2010Envelope(ACCOUNT_BASE, ctx.query, 'accounts', req, slice, items);
}

export const accountOperations: Operation[] = [
  { method: 'GET', product: 'api', path: `${ACCOUNT_BASE}/{Sid}`, handler: (ctx) => ({ status: 200, body: serializeAccount(addressedAccount(ctx)) }) },
  { method: 'POST', product: 'api', path: `${ACCOUNT_BASE}/{Sid}`, handler: (ctx, { form }) => ({ status: 200, body: serializeAccount(updateAccount(ctx, form)) }) },
  { method: 'GET', product: 'api', path: ACCOUNT_BASE, handler: (ctx) => ({ status: 200, body: listAccounts(ctx) }) },
  { method: 'POST', product: 'api', path: ACCOUNT_BASE, handler: (ctx, { form }) => ({ status: 201, body: serializeAccount(createSubaccount(ctx, form)) }) },
];
