import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-Twilio-Signature as twilio-node's getExpectedTwilioSignature computes it (FIDELITY §4):
 * HMAC-SHA1 keyed by the auth token over the URL followed by each POST parameter name+value,
 * names sorted, base64.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string | string[]>): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name]!;
    if (Array.isArray(value)) {
      for (const v of [...new Set(value)].sort()) data += name + v;
    } else {
      data += name + value;
    }
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

/** For JSON bodies (Event Streams) twilio-node's validateRequestWithBody checks `bodySHA256` in the URL. */
export function bodySha256(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function hmacSha256Hex(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) {
    // Compare anyway so the time taken does not reveal the length of the secret.
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}
