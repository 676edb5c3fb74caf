import type { Context } from 'hono';
import type { ClockState } from '../engine/clock.js';
import type { Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { TwilioError } from '../wire/errors.js';
import { constantTimeEqual } from '../wire/signature.js';
import { CloudFranError } from './http.js';

/** The documented key for local use; `--cloudfran-api-key` / `CLOUDFRAN_API_KEY` replaces it. */
export const DEFAULT_CLOUDFRAN_API_KEY = 'cf_local_dev_key';
export const TENANT_SCOPE = 'cloudfran-tenant';
const TENANT_ID_RE = /^[A-Za-z0-9_.:-]{1,128}$/;

export interface TenantSettings {
  tenantId: string;
  /** Tenant-level webhook URL: receives every event, besides the URL given with a request. */
  webhookUrl: string | null;
  /** Per-tenant HMAC-SHA256 secret for X-CloudFran-Signature. */
  webhookSecret: string;
}

/**
 * Each tenant owns a simulated Twilio account, made on its first request with a random Account SID
 * and Auth Token (reproducible under `--seed` only) and kept with the tenant across restarts
 * (Simulator.derivedAccount). Only the tenant (its X-API-Key and X-Tenant-Id) is told the token
 * (`GET /account`), so nobody can compute it from the tenant id or provision the account first.
 * `clock`: the account's clock when it is made (the demo seeder's sign-up time).
 */
export function tenantWorld(sim: Simulator, tenantId: string, clock?: ClockState): World {
  const world = sim.derivedAccount(TENANT_SCOPE, tenantId, clock, (w) => (w.settings.cloudfran as TenantSettings | undefined)?.tenantId === tenantId);
  if (!world.settings.cloudfran) {
    world.settings.cloudfran = { tenantId, webhookUrl: null, webhookSecret: `whsec_${world.entropy.hex32()}` } satisfies TenantSettings;
    world.friendlyName = `CloudFran tenant ${tenantId}`;
    world.touch();
  }
  return world;
}

export function tenantSettings(world: World): TenantSettings {
  return world.settings.cloudfran as TenantSettings;
}

/**
 * Seed 000 "Authentication": `X-API-Key` and `X-Tenant-Id` on every request. The key is compared
 * in constant time; any failure is 401 `{"error": "invalid_api_key"}` and creates nothing.
 */
export function tenantAuth(sim: Simulator, apiKey: string, header: (name: string) => string | undefined): { world: World; tenantId: string } {
  const key = header('x-api-key');
  if (!key || !constantTimeEqual(key, apiKey)) throw new CloudFranError(401, 'invalid_api_key', 'Invalid or missing API key');
  const tenantId = header('x-tenant-id');
  if (!tenantId || !TENANT_ID_RE.test(tenantId)) {
    throw new CloudFranError(401, 'invalid_tenant', 'Missing or malformed X-Tenant-Id header (1–128 letters, digits, _ . : -)');
  }
  try {
    return { world: tenantWorld(sim, tenantId), tenantId };
  } catch (e) {
    // The account cap, in CloudFran's shape.
    if (e instanceof TwilioError && e.code === 20403) throw new CloudFranError(403, 'account_limit', e.message);
    throw e;
  }
}

export function contextHeader(c: Context) {
  return (name: string) => c.req.header(name);
}

/** A `tenantId` in the body must match the header: one tenant cannot act for another. */
export function assertSameTenant(bodyTenantId: string | undefined, tenantId: string): void {
  if (bodyTenantId !== undefined && bodyTenantId !== tenantId) {
    throw new CloudFranError(400, 'tenant_mismatch', `tenantId: ${bodyTenantId} in the body does not match the X-Tenant-Id header (${tenantId})`, 'tenantId');
  }
}
