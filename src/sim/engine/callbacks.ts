import { twilioSignature } from '../wire/signature.js';
import { splitCredentials } from './outbox.js';
import type { World } from './world.js';

/**
 * A Twilio status callback: form-encoded POST signed with X-Twilio-Signature (HMAC-SHA1 of URL +
 * sorted params, keyed by the account's auth token), so the SDK's `validateRequest` accepts it.
 */
export function sendStatusCallback(world: World, input: { url: string; params: Record<string, string>; event: string; resourceSid: string }): void {
  const body = new URLSearchParams(input.params).toString();
  // `https://user:pass@host/…` (Twilio supports it for callbacks): the credentials go as Basic auth,
  // and the signature covers the URL the receiver sees, without them, so validateRequest accepts it.
  const { url, credentials } = splitCredentials(input.url);
  world.emit({
    channel: 'status-callback',
    event: input.event,
    resourceSid: input.resourceSid,
    url,
    credentials,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      'User-Agent': 'TwilioProxy/1.1',
      'X-Twilio-Signature': twilioSignature(world.authToken, url, input.params),
      'I-Twilio-Idempotency-Token': `${input.resourceSid}-${world.nextSeq()}`,
    },
    body,
  });
}
