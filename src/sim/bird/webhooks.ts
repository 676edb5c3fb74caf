import { createHash, createHmac } from 'node:crypto';
import { splitCredentials } from '../engine/outbox.js';
import type { World } from '../engine/world.js';
import { nowIso, workspaceSettings, type BirdSubscription } from './workspace.js';

/**
 * Bird's webhook signature (https://docs.bird.com/api/notifications-api/api-reference/webhooks/verifying-a-webhook):
 * `messagebird-signature` = base64 HMAC-SHA256, keyed by the subscription's signingKey, of
 * `<messagebird-request-timestamp>\n<url>\n<raw SHA-256 of the body>`.
 */
export function birdSignature(signingKey: string, timestamp: string, url: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest();
  const payload = Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`), bodyHash]);
  return createHmac('sha256', signingKey).update(payload).digest('base64');
}

function matches(sub: BirdSubscription, filters: Record<string, string>): boolean {
  // Event filters are ANDed (seed 002): every one must name a value the event carries.
  return sub.eventFilters.every((f) => filters[f.key] === f.value);
}

/**
 * Sends `event` to every active subscription of the workspace whose filters all match, through the
 * world's outbox (retried on the simulated clock, logged in /_sim/deliveries).
 */
export function emitBirdEvent(world: World, event: string, payload: Record<string, unknown>, filters: Record<string, string>, resourceId: string): void {
  const ws = workspaceSettings(world);
  for (const sub of ws.subscriptions) {
    if (sub.event !== event || sub.status !== 'active' || !matches(sub, filters)) continue;
    const body = JSON.stringify({ service: sub.service, event, payload, createdAt: nowIso(world) });
    const { url, credentials } = splitCredentials(sub.url);
    const timestamp = String(Math.floor(world.clock.now() / 1000));
    world.emit({
      channel: 'webhook',
      event,
      resourceSid: resourceId,
      url,
      credentials,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Bird-Webhooks/1.0 (a2p-sim)',
        'messagebird-request-timestamp': timestamp,
        'messagebird-signature': birdSignature(sub.signingKey, timestamp, url, body),
      },
      body,
    });
  }
}
