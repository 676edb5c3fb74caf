import type { Entropy } from './sid.js';

/** A version-4 UUID drawn from the account's entropy (reproducible under a seed): CloudFran's and Bird's ids. */
export function uuid(world: { entropy: Entropy }): string {
  const h = world.entropy.hex32();
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
