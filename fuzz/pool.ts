/**
 * What the simulator has handed out so far (SIDs, phone numbers, CloudFran ids), per caller, so
 * generated requests can name resources that exist and reach the handlers' deeper branches. The
 * generator writes placeholders; the pool fills them when the request is sent. Picks rotate through
 * a counter, so a run with one request in flight is reproducible from its seed.
 *
 * Placeholders:
 * - `@@ITEM:BU@@` in a path: an item of the collection the path names up to there
 *   (`/trusthub/v1/TrustProducts/BU…/EntityAssignments/@@ITEM:BV@@` picks one of that product's
 *   assignments), else any SID with that prefix the caller was given;
 * - `@@PATH:/trusthub/v1/CustomerProfiles@@`: an item of that collection;
 * - `@@SID:BU@@` (`*`: any prefix), `@@PHONE@@`, `@@VAL:serviceId@@`, `@@TENANT@@`, `@@BASE@@`.
 */

const SID_RE = /\b([A-Z]{2})([0-9a-f]{32})\b/g;
const OWN_SID_RE = /"sid"\s*:\s*"([A-Z]{2}[0-9a-f]{32})"/g;
const PHONE_RE = /"(?:phone_number|phoneNumber)"\s*:\s*"(\+\d{8,15})"/g;
const VALUE_RE = /"(serviceId|exportId)"\s*:\s*"([^"\\]{1,64})"/g;
// As written, and as percent-encoded into a path, query or form (`@` is %40, `:` is %3A, `/` is %2F).
const TOKEN_RE = /@@([A-Z]+)(?::([A-Za-z0-9_*/{}.-]+))?@@|%40%40([A-Z]+)(?:%3A([A-Za-z0-9_*%.-]+))?%40%40/g;
const MAX_PER_KEY = 40;

export const itemToken = (prefix: string) => `@@ITEM:${prefix}@@`;
export const pathToken = (collection: string) => `@@PATH:${collection}@@`;

/** A collection as a key: no query, no `.json`, no trailing slash. */
function collectionKey(path: string): string {
  const q = path.indexOf('?');
  return (q < 0 ? path : path.slice(0, q)).replace(/\.json$/, '').replace(/\/+$/, '');
}

export class Pool {
  private readonly values = new Map<string, string[]>();
  private counter = 0;

  constructor(
    private readonly base: string,
    private readonly tenantOf: (identity: string) => string | undefined,
  ) {}

  private add(key: string, value: string): void {
    let list = this.values.get(key);
    if (!list) {
      list = [];
      this.values.set(key, list);
    }
    if (list.includes(value)) return;
    list.push(value);
    if (list.length > MAX_PER_KEY) list.shift();
  }

  private pick(key: string): string | undefined {
    const list = this.values.get(key);
    return list?.length ? list[this.counter++ % list.length] : undefined;
  }

  /**
   * Learns from one response body of `identity`'s request. `collection` (the path a 2xx answered,
   * without its item segment) files the body's own `sid`s under it.
   */
  learn(identity: string, text: string, collection?: string): void {
    const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
    if (collection) {
      const key = `${identity}|path:${collectionKey(collection)}`;
      for (const m of sample.matchAll(OWN_SID_RE)) this.add(key, m[1]!);
    }
    for (const m of sample.matchAll(SID_RE)) {
      this.add(`${identity}|${m[1]}`, m[0]);
      this.add(`${identity}|*`, m[0]);
    }
    for (const m of sample.matchAll(PHONE_RE)) this.add(`${identity}|phone`, m[1]!);
    for (const m of sample.matchAll(VALUE_RE)) this.add(`${identity}|val:${m[1]}`, m[2]!);
  }

  /** Forgets a SID the simulator deleted, so later requests aim at what still exists. */
  forget(identity: string, sid: string): void {
    for (const [key, list] of this.values) {
      if (!key.startsWith(`${identity}|`)) continue;
      const i = list.indexOf(sid);
      if (i >= 0) list.splice(i, 1);
    }
  }

  private fallbackSid(identity: string, prefix: string): string {
    return this.pick(`${identity}|${prefix}`) ?? `${prefix === '*' ? 'BU' : prefix}${(this.counter++ % 16).toString(16).repeat(32)}`;
  }

  /** Fills every placeholder of `text` (a path, query or body) for a request of `identity`. */
  fill(identity: string, text: string): string {
    if (!text.includes('@@') && !text.includes('%40%40')) return text;
    let out = '';
    let last = 0;
    for (const m of text.matchAll(TOKEN_RE)) {
      out += text.slice(last, m.index);
      last = m.index + m[0].length;
      const encoded = m[3] !== undefined;
      const kind = m[1] ?? m[3];
      let arg = m[2] ?? '';
      if (encoded) {
        try {
          arg = decodeURIComponent(m[4] ?? '');
        } catch {
          // A mangled escape landed inside the placeholder: the request keeps it as it is.
          out += m[0];
          continue;
        }
      }
      const value = this.value(identity, kind!, arg, out);
      out += value === undefined ? m[0] : encoded ? encodeURIComponent(value) : value;
    }
    return out + text.slice(last);
  }

  private value(identity: string, kind: string, arg: string, before: string): string | undefined {
    switch (kind) {
      case 'ITEM': {
        // The collection is the path written so far (placeholders before it already filled).
        const collection = collectionKey(before.slice(before.startsWith('/') ? 0 : before.length));
        return this.pick(`${identity}|path:${collection}`) ?? this.fallbackSid(identity, arg || '*');
      }
      case 'PATH':
        return this.pick(`${identity}|path:${collectionKey(arg)}`) ?? this.fallbackSid(identity, '*');
      case 'SID':
        return this.fallbackSid(identity, arg || '*');
      case 'BASE':
        return this.base;
      case 'PHONE':
        return this.pick(`${identity}|phone`) ?? '+15005550006';
      case 'TENANT':
        return this.tenantOf(identity) ?? 'no-tenant';
      case 'VAL':
        return this.pick(`${identity}|val:${arg}`) ?? '00000000-0000-4000-8000-000000000000';
      default:
        return undefined;
    }
  }
}
