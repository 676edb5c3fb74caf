/**
 * Twilio products served by the simulator. The path prefix of each product is the first label of its
 * real host, so `https://trusthub.twilio.com/v1/X` is served at `/trusthub/v1/X`.
 */
export const PRODUCTS = ['trusthub', 'messaging', 'numbers', 'numbers-upload', 'api', 'events'] as const;
export type Product = (typeof PRODUCTS)[number];

const PRODUCT_SET = new Set<string>(PRODUCTS);

export function isProduct(label: string): label is Product {
  return PRODUCT_SET.has(label);
}

export function productHost(product: Product): string {
  return `${product}.twilio.com`;
}

/** The absolute URL a resource reports in `url`, `links` and `meta.*_url`: always the real Twilio host. */
export function twilioUrl(product: Product, path: string): string {
  return `https://${product}.twilio.com${path}`;
}

/**
 * The path a client asked Twilio for: the simulator's product prefix dropped
 * (`/trusthub/v1/Nope` → `/v1/Nope`); a path that came on a Twilio Host has none. Kept as sent
 * otherwise (`.json`/`.xml` included), so errors name Twilio's own path.
 */
export function twilioPathOf(pathname: string): string {
  const slash = pathname.indexOf('/', 1);
  const first = slash < 0 ? pathname.slice(1) : pathname.slice(1, slash);
  return slash > 0 && isProduct(first) ? pathname.slice(slash) : pathname;
}

/** `trusthub.twilio.com` (optionally with a port) → `trusthub`; anything else → undefined. */
export function productOfHost(host: string | undefined | null): Product | undefined {
  if (!host) return undefined;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (!name.endsWith('.twilio.com')) return undefined;
  const label = name.slice(0, -'.twilio.com'.length);
  return isProduct(label) ? label : undefined;
}
