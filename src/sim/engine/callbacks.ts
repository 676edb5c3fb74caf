import { twilioSignature } from '../wire/signature.js';
import type { World } from './world.js';

/**
 * A Twilio status callback: form-encoded POST signed with X-Twilio-Signature (HMAC-SHA1 of URL +
 * sorted params, keyed by the account's auth token), so the SDK's `validateRequest` accepts it.
 */
export function sendStatusCallback(world: World, input: { url: string; params: Record<string, string>; event: string; resourceSid: string }): void {
  const body = new URLSearchParams(input.params).toString();
  world.emit({
    channel: 'status-callback',
    event: input.event,
    resourceSid: input.resourceSid,
    url: input.url,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      'User-Agent': 'TwilioProxy/1.1',
      'X-Twilio-Signature': twilioSignature(world.authToken, input.url, input.params),
      'I-Twilio-Idempotency-Token': `${input.resourceSid}-${world.nextSeq()}`,
    },
    body,
  });
}
