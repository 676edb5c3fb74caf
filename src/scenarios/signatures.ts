import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks X-Twilio-Signature the way a customer's webhook handler does (twilio-node's
 * `validateRequest` / `validateRequestWithBody`, FIDELITY §4), written out here so that the harness
 * does not judge the simulator with the simulator's own signing code.
 */
function expected(token: string, url: string, params: Record<string, string | string[]>): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const v = params[name]!;
    if (Array.isArray(v)) for (const item of [...new Set(v)].sort()) data += name + item;
    else data += name + v;
  }
  return createHmac('sha1', token).update(Buffer.from(data, 'utf-8')).digest('base64');
}

function same(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** The URL as given, without its port, and with the scheme's default port: twilio-node accepts all three. */
function urlVariants(url: string): string[] {
  const u = new URL(url);
  const out = new Set([url]);
  const noPort = new URL(url);
  noPort.port = '';
  out.add(noPort.toString());
  if (!u.port) out.add(url.replace(`${u.protocol}//${u.host}`, `${u.protocol}//${u.hostname}:${u.protocol === 'https:' ? 443 : 80}`));
  return [...out];
}

/** A form-encoded Twilio webhook: signature over the URL plus the sorted POST parameters. */
export function validTwilioFormSignature(token: string, signature: string | undefined, url: string, body: string): boolean {
  if (!signature) return false;
  const params: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const prev = params[k];
    params[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return urlVariants(url).some((u) => same(expected(token, u, params), signature));
}

/** A JSON-bodied Twilio webhook (Event Streams): signature over the URL alone, and `bodySHA256` in the URL is the body's hash. */
export function validTwilioJsonSignature(token: string, signature: string | undefined, url: string, body: string): boolean {
  if (!signature) return false;
  const hash = new URL(url).searchParams.get('bodySHA256');
  if (!hash || !same(hash, createHash('sha256').update(body).digest('hex'))) return false;
  return urlVariants(url).some((u) => same(expected(token, u, {}), signature));
}

/** A CloudFran webhook: `X-CloudFran-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, keyed by the tenant's secret (`GET /webhooks`). */
export function validCloudFranSignature(secret: string, signature: string | undefined, body: string): boolean {
  if (!signature?.startsWith('sha256=')) return false;
  return same(signature.slice(7), createHmac('sha256', secret).update(body).digest('hex'));
}

/**
 * A Bird webhook, as Bird documents the check ("Verifying a webhook subscription", https://docs.bird.com/api):
 * `messagebird-signature` is the base64 HMAC-SHA256, keyed by the subscription's signingKey, of
 * `<messagebird-request-timestamp>\n<url>\n` followed by the raw SHA-256 of the body.
 */
export function validBirdSignature(signingKey: string, signature: string | undefined, timestamp: string | undefined, url: string, body: string): boolean {
  if (!signature || !timestamp) return false;
  const bodyHash = createHash('sha256').update(body).digest();
  return urlVariants(url).some((u) =>
    same(
      createHmac('sha256', signingKey)
        .update(Buffer.concat([Buffer.from(`${timestamp}\n${u}\n`), bodyHash]))
        .digest('base64'),
      signature,
    ),
  );
}
