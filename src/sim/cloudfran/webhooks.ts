import { splitCredentials } from '../engine/outbox.js';
import type { World } from '../engine/world.js';
import { isoDate } from '../wire/dates.js';
import { hmacSha256Hex } from '../wire/signature.js';
import { tenantSettings } from './tenant.js';

/** Seed 000 "Webhooks": the five events CloudFran sends. */
export type CloudFranEvent = 'brand.registered' | 'campaign.registered' | 'phone_number.purchased' | 'phone_number.cancelled' | 'number.reclaimed';

/** Header carrying `sha256=<hex HMAC-SHA256 of the raw body>` keyed by the tenant's webhook secret. */
export const SIGNATURE_HEADER = 'X-CloudFran-Signature';

/**
 * Sends an event to the URL given with the request that created the resource and to the tenant's
 * webhook URL (once if they are the same), signed, through the account's outbox (retried on the
 * simulated clock, logged in `/_sim/deliveries`).
 */
export function sendWebhook(world: World, event: CloudFranEvent, fields: Record<string, unknown>, requestUrl: string | null, resourceSid: string): void {
  const settings = tenantSettings(world);
  const payload = { event, tenantId: settings.tenantId, ...fields, timestamp: isoDate(world.now()) };
  const body = JSON.stringify(payload);
  const urls = [...new Set([requestUrl, settings.webhookUrl].filter((u): u is string => !!u))];
  for (const raw of urls) {
    // Credentials in the URL go as Basic auth and never into the delivery log (engine/outbox.ts).
    const { url, credentials } = splitCredentials(raw);
    world.emit({
      channel: 'webhook',
      event,
      resourceSid,
      url,
      credentials,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'CloudFran-Webhooks/1.0 (a2p-sim)',
        'X-CloudFran-Event': event,
        [SIGNATURE_HEADER]: `sha256=${hmacSha256Hex(settings.webhookSecret, body)}`,
      },
      body,
    });
  }
}
