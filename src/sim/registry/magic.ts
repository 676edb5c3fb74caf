import type { Override } from '../engine/world.js';

/**
 * Magic values, like Twilio's test phone numbers: a token `[sim:<outcome>]` or
 * `[sim:<outcome>:<code>]` in a resource's friendly name (or the business name of a brand) forces
 * the outcome of its next review, e.g. `Acme [sim:twilio-rejected:18602]`. Listed in the README.
 */
const MAGIC_RE = /\[sim:([a-z_-]+)(?::(\d+))?\]/i;

export function magicOutcome(...texts: Array<string | null | undefined>): Override | undefined {
  for (const text of texts) {
    const m = text ? MAGIC_RE.exec(text) : null;
    if (m) return { outcome: m[1]!.toLowerCase(), ...(m[2] ? { code: Number(m[2]) } : {}) };
  }
  return undefined;
}
