/**
 * What the simulator has handed out so far (SIDs, phone numbers, CloudFran ids), per caller, so
 * generated requests can name resources that exist and reach the handlers' deeper branches. The
 * generator writes placeholders; the pool fills them when the request is sent. Picks rotate through
 * a counter, so a run with one request in flight is reproducible from its seed.
 */

const SID_RE = /\b([A-Z]{2})([0-9a-f]{32})\b/g;
const PHONE_RE = /"(?:phone_number|phoneNumber)"\s*:\s*"(\+\d{8,15})"/g;
const VALUE_RE = /"(serviceId|exportId)"\s*:\s*"([^"\\]{1,64})"/g;
// Placeholders as written and as percent-encoded into a path, query or form (`@` is %40, `:` is %3A).
const TOKEN_RE = /@@([A-Z]+)(?::([A-Za-z0-9_*]+))?@@|%40%40([A-Z]+)(?:%3A([A-Za-z0-9_*]+))?%40%40/g;
const OWN_SID_RE = /"sid"\s*:\s*"([A-Z]{2}[0-9a-f]{32})"/g;

/** The collection a route's items live in: `/trusthub/v1/CustomerProfiles/{Sid}` and `/trusthub/v1/CustomerProfiles` are one. */
export function collectionOf(template: string): string {
  const t = template.replace(/\.json$/, '').replace(/\bAC[0-9a-f]{32}\b/g, '{AccountSid}');
  return t.endsWith('}') ? t.slice(0, t.lastIndexOf('/')) : t;
}

/** A short stable name for a collection, usable inside a placeholder. */
export function collectionKey(collection: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < collection.length; i++) h = Math.imul(h ^ collection.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A placeholder for an item of `collection` (a SID with `prefix` when none is known yet). */
export const itemToken = (collection: string, prefix: string) => `@@COL:${collectionKey(collection)}_${prefix}@@`;
const MAX_PER_KEY = 40;

export class Pool {
  private readonly values = new Map<string, string[]>();
  private counter = 0;

  constructor(
    private readonly base: string,
    private readonly tenantOf: (identity: string) => string | undefined,
  ) {}

  private add(key: string, value: string): void {
    let list = this.values.get(key);
    if (!list) this.values.set(key, (list = []));
    if (list.includes(value)) return;
    list.push(value);
    if (list.length > MAX_PER_KEY) list.shift();
  }

  private pick(key: string): string | undefined {
    const list = this.values.get(key);
    return list?.length ? list[this.counter++ % list.length] : undefined;
  }

  /** Learns from one response body of `identity`'s request; `template` (a 2xx's route) files its `sid`s under their collection. */
  learn(identity: string, text: string, template?: string): void {
    const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
    if (template) {
      const key = `${identity}|col:${collectionKey(collectionOf(template))}`;
      for (const m of sample.matchAll(OWN_SID_RE)) this.add(key, m[1]!);
    }
    for (const m of sample.matchAll(SID_RE)) {
      const sid = m[0];
      this.add(`${identity}|${m[1]}`, sid);
      this.add(`${identity}|*`, sid);
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

  /** Fills every placeholder of `text` for a request of `identity`. */
  fill(identity: string, text: string): string {
    if (!text.includes('@@') && !text.includes('%40%40')) return text;
    return text.replace(TOKEN_RE, (whole, kind1?: string, arg1?: string, kind2?: string, arg2?: string) => {
      const encoded = kind2 !== undefined;
      const kind = kind1 ?? kind2;
      const arg = arg1 ?? arg2 ?? '';
      let value: string;
      switch (kind) {
        case 'SID':
          value = this.pick(`${identity}|${arg}`) ?? `${arg === '*' ? 'BU' : arg}${(this.counter++ % 16).toString(16).repeat(32)}`;
          break;
        case 'COL': {
          const [key, prefix = '*'] = arg.split('_');
          value = this.pick(`${identity}|col:${key}`) ?? this.pick(`${identity}|${prefix}`) ?? `${prefix === '*' ? 'BU' : prefix}${(this.counter++ % 16).toString(16).repeat(32)}`;
          break;
        }
        case 'BASE':
          value = this.base;
          break;
        case 'PHONE':
          value = this.pick(`${identity}|phone`) ?? '+15005550006';
          break;
        case 'TENANT':
          value = this.tenantOf(identity) ?? 'no-tenant';
          break;
        case 'VAL':
          value = this.pick(`${identity}|val:${arg}`) ?? '00000000-0000-4000-8000-000000000000';
          break;
        default:
          return whole;
      }
      return encoded ? encodeURIComponent(value) : value;
    });
  }
}
