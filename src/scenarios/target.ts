import type { PartyKind } from './format.js';
import type { Generator } from './interpolate.js';

/**
 * Where a scenario's requests go, and what the target can do.
 *
 * - embedded: the runner started the simulator in-process; `/_sim` moves clocks and flushes deliveries.
 * - simulator: `--target URL` that answers `/_sim/health`: the same, over the network.
 * - live: any other `--target` (CloudFran staging, Twilio): clock steps do nothing and waits poll
 *   with timeouts (see `LIVE_DEFAULTS`); steps that force outcomes (`control`) cannot run.
 */
export type TargetKind = 'embedded' | 'simulator' | 'live';

export interface Target {
  kind: TargetKind;
  /** Base URL of the target (the simulator, or CloudFran's host). */
  url: string;
  /** Where Twilio-face requests go: a base URL serving `/<product>/…` paths, or `twilio` for the real hosts. */
  twilioBase: string;
  /** The `/_sim` control plane is there. */
  control: boolean;
}

/** Timeouts in real time. With `/_sim` nothing needs to wait long; against a live target reviews take real minutes. */
export interface Timeouts {
  /** How long `waitFor` waits for a webhook when deliveries can be flushed. */
  waitMs: number;
  /** Against a live target: how long `waitFor` and `assert` keep polling. */
  pollMs: number;
  /** Against a live target: time between two polls of an `assert`. */
  pollIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { waitMs: 10_000, pollMs: 10 * 60_000, pollIntervalMs: 5_000 };

/** `/trusthub/v1/X` → the URL to call on this target. */
export function twilioUrl(target: Target, path: string): string {
  if (target.twilioBase === 'twilio') {
    const m = /^\/([a-z0-9-]+)(\/.*)$/.exec(path);
    if (!m) throw new Error(`Failed to map ${path} to a Twilio host: it does not start with a product (/trusthub, /messaging, /numbers, /api, /events).`);
    return `https://${m[1]}.twilio.com${m[2]}`;
  }
  return target.twilioBase.replace(/\/$/, '') + path;
}

export const CLOUDFRAN_BASE_PATH = '/api/v1/twilio';

/** Where a simulator serves the Bird face (src/sim/bird); Bird itself serves the same paths at the root of api.bird.com. */
export const BIRD_BASE_PATH = '/bird';

/** The Bird base of a target: `<target>/bird` for a simulator, the root for Bird's own host. */
export function birdBase(target: Target): string {
  const base = target.url.replace(/\/$/, '');
  return /(^|\.)bird\.com$/i.test(new URL(base).hostname) ? base : `${base}${BIRD_BASE_PATH}`;
}

export function birdUrl(target: Target, path: string): string {
  return `${birdBase(target)}${path.startsWith('/') ? path : `/${path}`}`;
}

export function cloudfranUrl(target: Target, path: string): string {
  return `${target.url.replace(/\/$/, '')}${CLOUDFRAN_BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A `--target` that answers nothing at all (refused, unknown host, silent): no scenario can run there. */
export class TargetUnreachableError extends Error {
  constructor(readonly url: string) {
    super(`Failed to run scenarios: cannot connect to ${url}. Please start the simulator or check --target.`);
    this.name = 'TargetUnreachableError';
  }
}

/**
 * Asks `/_sim/health`: a simulator answers `{ok: true}`; any other HTTP answer is a live service.
 * A target that does not answer is reported here, before credentials are looked for, so a
 * simulator that is not running reads as that rather than as missing credentials.
 */
export async function probeControl(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  let res: Response;
  try {
    res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}/_sim/health`, { signal: AbortSignal.timeout(5000) });
  } catch {
    throw new TargetUnreachableError(baseUrl);
  }
  if (!res.ok) {
    await res.body?.cancel();
    return false;
  }
  try {
    const body = (await res.json()) as { ok?: unknown };
    return body.ok === true;
  } catch {
    return false;
  }
}

// ---- credentials -----------------------------------------------------------------------------

/** The key a simulator's CloudFran face accepts by default (src/sim/cloudfran/tenant.ts, documented in the README). */
export const SIMULATOR_CLOUDFRAN_API_KEY = 'cf_local_dev_key';

export interface TwilioCredentials {
  kind: 'twilio';
  name: string;
  sid: string;
  token: string;
}

export interface CloudFranCredentials {
  kind: 'cloudfran';
  name: string;
  apiKey: string;
  tenantId: string;
}

/** A Bird workspace: its access key and id; the organization is read from the workspace when the run sets it up. */
export interface BirdCredentials {
  kind: 'bird';
  name: string;
  accessKey: string;
  workspaceId: string;
  organizationId: string;
}

export type Credentials = TwilioCredentials | CloudFranCredentials | BirdCredentials;

/** The id a report shows for a party. */
export function partyId(c: Credentials): string {
  return c.kind === 'twilio' ? c.sid : c.kind === 'cloudfran' ? c.tenantId : c.workspaceId;
}

/**
 * Credentials of a scenario's parties. Against a simulator (embedded or `--target`) each scenario
 * gets fresh ones, so scenarios never see each other's data (a simulator provisions any well-formed
 * account on first use). Against a live target they come from the environment:
 *
 *   Twilio account "main" (the first):  A2P_SIM_ACCOUNT_SID / A2P_SIM_AUTH_TOKEN,
 *                                        else TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN
 *   Twilio account "isv":               A2P_SIM_ISV_ACCOUNT_SID / A2P_SIM_ISV_AUTH_TOKEN
 *   CloudFran tenant (the first):       CLOUDFRAN_API_KEY / CLOUDFRAN_TENANT_ID
 *   CloudFran tenant "shop":            CLOUDFRAN_SHOP_API_KEY / CLOUDFRAN_SHOP_TENANT_ID
 *   Bird workspace (the first):         BIRD_ACCESS_KEY / BIRD_WORKSPACE_ID
 *   Bird workspace "eu":                BIRD_EU_ACCESS_KEY / BIRD_EU_WORKSPACE_ID
 *
 * Against a simulator the same variables, when set, are used instead of fresh credentials.
 */
export function credentialsFor(accounts: Record<string, PartyKind>, opts: { target: Target; env: NodeJS.ProcessEnv; gen: Generator; subaccounts?: Record<string, string> }): Credentials[] {
  const names = Object.keys(accounts);
  const firstTwilio = names.find((n) => accounts[n] === 'twilio');
  const firstCloudFran = names.find((n) => accounts[n] === 'cloudfran');
  const firstBird = names.find((n) => accounts[n] === 'bird');
  const env = opts.env;
  return names.map((name): Credentials => {
    const upper = name.toUpperCase();
    // A subaccount's SID and token are the ones Twilio gives its parent when the run creates it.
    if (opts.subaccounts && Object.hasOwn(opts.subaccounts, name)) return { kind: 'twilio', name, sid: '', token: '' };
    if (accounts[name] === 'twilio') {
      const sid = env[`A2P_SIM_${upper}_ACCOUNT_SID`] ?? (name === firstTwilio ? (env.A2P_SIM_ACCOUNT_SID ?? env.TWILIO_ACCOUNT_SID) : undefined);
      const token = env[`A2P_SIM_${upper}_AUTH_TOKEN`] ?? (name === firstTwilio ? (env.A2P_SIM_AUTH_TOKEN ?? env.TWILIO_AUTH_TOKEN) : undefined);
      if (sid && token && opts.target.kind !== 'embedded') return { kind: 'twilio', name, sid, token };
      if (opts.target.kind === 'live') {
        throw new Error(
          `Failed to find credentials for Twilio account "${name}": a live target needs them from the environment. Please set ${name === firstTwilio ? 'A2P_SIM_ACCOUNT_SID and A2P_SIM_AUTH_TOKEN (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)' : `A2P_SIM_${upper}_ACCOUNT_SID and A2P_SIM_${upper}_AUTH_TOKEN`}.`,
        );
      }
      return { kind: 'twilio', name, sid: opts.gen.accountSid(), token: opts.gen.hex32() };
    }
    if (accounts[name] === 'bird') {
      const accessKey = env[`BIRD_${upper}_ACCESS_KEY`] ?? (name === firstBird ? env.BIRD_ACCESS_KEY : undefined);
      const workspaceId = env[`BIRD_${upper}_WORKSPACE_ID`] ?? (name === firstBird ? env.BIRD_WORKSPACE_ID : undefined);
      if (accessKey && workspaceId && opts.target.kind !== 'embedded') return { kind: 'bird', name, accessKey, workspaceId, organizationId: '' };
      if (opts.target.kind === 'live') {
        throw new Error(
          `Failed to find credentials for Bird workspace "${name}": a live target needs them from the environment. Please set ${name === firstBird ? 'BIRD_ACCESS_KEY and BIRD_WORKSPACE_ID' : `BIRD_${upper}_ACCESS_KEY and BIRD_${upper}_WORKSPACE_ID`}.`,
        );
      }
      // A simulator provisions a workspace (and its organization) on the first request of a key that names it.
      return { kind: 'bird', name, accessKey: `ak_${opts.gen.hex32()}`, workspaceId: opts.gen.uuid(), organizationId: '' };
    }
    const apiKey = env[`CLOUDFRAN_${upper}_API_KEY`] ?? (name === firstCloudFran ? env.CLOUDFRAN_API_KEY : undefined);
    const tenantId = env[`CLOUDFRAN_${upper}_TENANT_ID`] ?? (name === firstCloudFran ? env.CLOUDFRAN_TENANT_ID : undefined);
    if (apiKey && tenantId && opts.target.kind !== 'embedded') return { kind: 'cloudfran', name, apiKey, tenantId };
    if (opts.target.kind === 'live') {
      throw new Error(
        `Failed to find credentials for CloudFran tenant "${name}": a live target needs them from the environment. Please set ${name === firstCloudFran ? 'CLOUDFRAN_API_KEY and CLOUDFRAN_TENANT_ID' : `CLOUDFRAN_${upper}_API_KEY and CLOUDFRAN_${upper}_TENANT_ID`}.`,
      );
    }
    // A simulator takes one API key for every tenant (`cf_local_dev_key` unless it was started with
    // CLOUDFRAN_API_KEY); each scenario gets a tenant of its own.
    return { kind: 'cloudfran', name, apiKey: env.CLOUDFRAN_API_KEY ?? SIMULATOR_CLOUDFRAN_API_KEY, tenantId: `tenant_${opts.gen.unique()}` };
  });
}

/** Headers that authenticate a party on its own face. */
export function authHeaders(c: Credentials): Record<string, string> {
  if (c.kind === 'twilio') return { authorization: `Basic ${Buffer.from(`${c.sid}:${c.token}`).toString('base64')}` };
  if (c.kind === 'bird') return { authorization: `AccessKey ${c.accessKey}` };
  return { 'x-api-key': c.apiKey, 'x-tenant-id': c.tenantId };
}

/** Headers that address a party's account on `/_sim`: its own credentials, and for a Bird workspace which workspace the key means. */
export function controlHeaders(c: Credentials): Record<string, string> {
  return c.kind === 'bird' ? { ...authHeaders(c), 'x-bird-workspace-id': c.workspaceId } : authHeaders(c);
}
