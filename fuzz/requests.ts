import fc from 'fast-check';
import { controlBody, controlQuery } from './control.js';
import type { Param, Target } from './targets.js';
import { itemToken, pathToken } from './pool.js';
import { anyJson, hostileString, jsonFor, paramValue, plausible, rarely, sidPrefixOf } from './values.js';

/**
 * One generated request, as data: what is sent and what a report needs to reproduce it. Values may
 * hold placeholders (`@@SID:BU@@`…) that fuzz/pool.ts fills at send time.
 */
export interface FuzzRequest {
  /** The route aimed at, `METHOD template` (a report groups 5xx by it). */
  route: string;
  /** Which mutations were applied (`form`, `broken-json`, `odd-method`…), for the report. */
  variant: string[];
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Whose pool the placeholders draw from: an Account SID or `tenant:<id>`. */
  identity: string;
}

export interface Identities {
  /** Twilio accounts: SID and token (the first is the busiest). */
  accounts: Array<{ sid: string; token: string }>;
  /** CloudFran tenants under the API key. */
  tenants: string[];
  apiKey: string;
  /** The account refused credentials name (provisioned by the set-up, used for nothing else). */
  victim: { sid: string; token: string };
  /** Bytes a body needs to be over the server's limit, when it has one. */
  oversizedBytes: number;
  /** The admin API's token (every network request to /_sim/admin needs it). */
  adminToken: string;
}

type Pairs = Array<[string, string]>;

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

/** Twilio credentials: valid most of the time, so requests reach the handlers; refused ones otherwise. */
function twilioAuth(
  ids: Identities,
  clean = false,
): fc.Arbitrary<{
  identity: string;
  headers: Record<string, string>;
  variant?: string;
}> {
  const valid = fc
    .oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      {
        weight: 2,
        arbitrary: fc.integer({ min: 0, max: ids.accounts.length - 1 }),
      },
    )
    .map((i) => {
      const a = ids.accounts[i]!;
      return {
        identity: a.sid,
        headers: { authorization: basic(a.sid, a.token) },
      };
    });
  // Refused credentials name an account of their own: after a reset, a wrong token would otherwise provision a busy account with it.
  const a0 = ids.victim;
  const bad = fc.oneof(
    fc.constant({ identity: a0.sid, headers: {}, variant: 'no-auth' }),
    fc.constant({
      identity: a0.sid,
      headers: { authorization: basic(a0.sid, 'wrong-token') },
      variant: 'wrong-token',
    }),
    fc
      .constantFrom(
        'Basic',
        'Basic ',
        'Basic !!!not-base64',
        'Bearer abc',
        `basic ${Buffer.from('AC:').toString('base64')}`,
        basic('ACnot-a-sid', 'x'),
        basic('SK00000000000000000000000000000000', 'secret'),
        basic(a0.sid, ''),
        `Basic ${Buffer.from([0xff, 0xfe, 0x3a, 0x00]).toString('base64')}`,
        basic(`${a0.sid}:${a0.token}`, 'extra'),
      )
      .map((h) => ({
        identity: a0.sid,
        headers: { authorization: h },
        variant: 'bad-auth',
      })),
    hostileString.map((s) => ({
      identity: a0.sid,
      headers: { authorization: basic(a0.sid, s) },
      variant: 'bad-auth',
    })),
  );
  return fc.oneof({ weight: 17, arbitrary: valid }, { weight: clean ? 0 : 3, arbitrary: bad });
}

/** CloudFran credentials: the API key and a tenant id, or a broken pair. */
function tenantAuth(
  ids: Identities,
  clean = false,
): fc.Arbitrary<{
  identity: string;
  headers: Record<string, string>;
  variant?: string;
}> {
  const valid = fc.integer({ min: 0, max: ids.tenants.length - 1 }).map((i) => ({
    identity: `tenant:${ids.tenants[i]}`,
    headers: { 'x-api-key': ids.apiKey, 'x-tenant-id': ids.tenants[i]! },
  }));
  const t0 = ids.tenants[0]!;
  const bad = fc.oneof(
    fc.constant({
      identity: `tenant:${t0}`,
      headers: { 'x-tenant-id': t0 },
      variant: 'no-api-key',
    }),
    fc.constant({
      identity: `tenant:${t0}`,
      headers: { 'x-api-key': 'cf_wrong', 'x-tenant-id': t0 },
      variant: 'wrong-api-key',
    }),
    fc.constantFrom('', ' ', 'a'.repeat(129), 'bad tenant', '../x', 'ténant', '*').map((t) => ({
      identity: `tenant:${t0}`,
      headers: { 'x-api-key': ids.apiKey, 'x-tenant-id': t },
      variant: 'bad-tenant',
    })),
  );
  return fc.oneof({ weight: 17, arbitrary: valid }, { weight: clean ? 0 : 3, arbitrary: bad });
}

/** Control-plane credentials: either a Twilio account or a tenant, as the README allows. */
function controlAuth(ids: Identities, clean = false) {
  return fc.oneof({ weight: 3, arbitrary: twilioAuth(ids, clean) }, { weight: 1, arbitrary: tenantAuth(ids, clean) });
}

/** Percent-encoding that survives lone surrogates (encodeURIComponent throws on them). */
export function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
}

const BAD_ESCAPES = ['%', '%z', '%zz', '%E0%A4%A', '%C3%28', '%FF', '%00', '%2F..%2F', '%25%'];

/** A path parameter: the caller's own account, an item of the collection the path names, or junk. */
function pathValue(p: Param, identity: string, template: string, clean: boolean): fc.Arbitrary<{ raw: string; junk: boolean }> {
  const prefix = sidPrefixOf(p.schema);
  // The admin API names an account by its SID or its tenant id.
  const own = p.name === 'AccountSid' ? identity : p.name === 'sid' && template.startsWith('/_sim/admin/accounts/') ? identity.replace(/^tenant:/, '') : undefined;
  const plausibleValue =
    own !== undefined
      ? fc.constant(own)
      : template.startsWith('/_sim/a2p/brands/')
        ? fc.constant(pathToken('/messaging/v1/a2p/BrandRegistrations'))
        : prefix || /Sid$/.test(p.name)
          ? fc.constant(itemToken(prefix ?? '*'))
          : plausible(p.name, p.schema);
  return fc.oneof(
    {
      weight: 36,
      arbitrary: plausibleValue.map((v) => ({ raw: enc(v), junk: false })),
    },
    {
      weight: clean ? 0 : 2,
      arbitrary: hostileString.map((v) => ({ raw: enc(v), junk: true })),
    },
    {
      weight: clean ? 0 : 1,
      arbitrary: fc.constantFrom(...BAD_ESCAPES).map((v) => ({ raw: v, junk: true })),
    },
    {
      weight: clean ? 0 : 1,
      arbitrary: fc.constantFrom('', '.', '..', 'a/b', '%2e%2e', 'x'.repeat(3000)).map((v) => ({ raw: v, junk: true })),
    },
  );
}

function paramsPairs(params: Param[], clean = false): fc.Arbitrary<Pairs> {
  if (!params.length) return fc.constant([]);
  return fc
    .tuple(...params.map((p) => paramValue(p.name, p.schema, p.required, clean).map((v): Pairs => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [p.name, x])))))
    .map((xs) => xs.flat());
}

/** Paging at its edges, on every list (README "Wire protocol": PageSize above 1000 is 400/20007). */
const paging: fc.Arbitrary<Pairs> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Pairs>([]) },
  {
    weight: 2,
    arbitrary: fc
      .record(
        {
          PageSize: fc.constantFrom('1', '0', '-1', '1000', '1001', '99999999999999999999', '1e3', 'NaN', '2.5', ''),
          Page: fc.constantFrom('0', '1', '-1', '9007199254740993', '1e309', 'x', '999999'),
          PageToken: fc.oneof(fc.constantFrom('PT', 'PAabc', '', 'PT%zz'), hostileString),
        },
        { requiredKeys: [] },
      )
      .map((o) => Object.entries(o) as Pairs),
  },
);

function formText(pairs: Pairs): string {
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`.replace(/%20/g, '+')).join('&');
}

function multipart(pairs: Pairs, boundary: string, file: boolean): string {
  const parts = pairs.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/"/g, '%22')}"\r\n\r\n${v}\r\n`);
  if (file) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="excerpt.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 fuzz\r\n`);
  return `${parts.join('')}--${boundary}--\r\n`;
}

interface Body {
  variant: string;
  contentType?: string;
  body?: string | Uint8Array;
}

/** Encodings of the same fields, the right one most of the time. */
function bodies(pairs: Pairs, right: Body, oversizedBytes: number): fc.Arbitrary<Body> {
  const preferJson = right.variant === 'json';
  const jsonText = preferJson ? String(right.body) : JSON.stringify(Object.fromEntries(pairs));
  const cut = (s: string, n: number) => s.slice(0, Math.max(0, Math.min(s.length - 1, n)));
  return fc.oneof(
    { weight: 96, arbitrary: fc.constant(right) },
    {
      weight: 4,
      arbitrary: fc.constant({ variant: 'no-content-type', body: right.body }),
    },
    {
      weight: 8,
      arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...BAD_ESCAPES)).map(([at, bad]): Body => {
        const text = formText(pairs);
        const i = text.length ? at % (text.length + 1) : 0;
        return {
          variant: 'bad-percent',
          contentType: 'application/x-www-form-urlencoded',
          body: `${text.slice(0, i)}${bad}${text.slice(i)}`,
        };
      }),
    },
    {
      weight: 8,
      arbitrary: fc.boolean().map(
        (file): Body => ({
          variant: 'multipart',
          contentType: 'multipart/form-data; boundary=fuzzboundary42',
          body: multipart(pairs, 'fuzzboundary42', file),
        }),
      ),
    },
    {
      weight: 4,
      arbitrary: fc.constant({
        variant: 'multipart-no-boundary',
        contentType: 'multipart/form-data',
        body: multipart(pairs, 'x', false),
      }),
    },
    {
      weight: 8,
      arbitrary: fc
        .oneof(
          fc.constant(multipart(pairs, 'other', true)),
          fc.constant(cut(multipart(pairs, 'b', true), 40)),
          fc.constant('--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--'),
          fc.constant('--b\r\nContent-Disposition: form-data; name="A"\r\n\r\nunterminated'),
          fc.string({ unit: 'binary', maxLength: 200 }),
        )
        .map(
          (body): Body => ({
            variant: 'multipart-garbage',
            contentType: 'multipart/form-data; boundary=b',
            body,
          }),
        ),
    },
    {
      weight: 8,
      arbitrary: fc.constant(
        preferJson
          ? {
              variant: 'form-to-json',
              contentType: 'application/x-www-form-urlencoded',
              body: formText(pairs),
            }
          : {
              variant: 'json-to-form',
              contentType: 'application/json',
              body: jsonText,
            },
      ),
    },
    {
      weight: 12,
      arbitrary: fc
        .oneof(
          fc.nat().map((n) => cut(jsonText, n % (jsonText.length + 1))),
          fc.constantFrom('{', '{"a":1,}', "{'a':1}", '[1,2', 'nul', '{"a":"\\x"}', '\ufeff{}', '{"a":1}{"b":2}', '[]', '"str"', '12', 'null', `${'['.repeat(4000)}${']'.repeat(4000)}`),
        )
        .map(
          (body): Body => ({
            variant: 'broken-json',
            contentType: 'application/json',
            body,
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(
          'text/plain',
          'application/xml',
          'application/json; charset=latin1',
          'application/x-www-form-urlencoded; charset=utf-16',
          'multipart/mixed; boundary=x',
          'application/octet-stream',
          ';;;',
          'x/y; a="',
        )
        .map(
          (ct): Body => ({
            variant: 'wrong-content-type',
            contentType: ct,
            body: right.body,
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map(
        (b): Body => ({
          variant: 'invalid-utf8',
          contentType: right.contentType!,
          body: Uint8Array.from([0xff, 0xfe, 0xc3, ...b]),
        }),
      ),
    },
    {
      weight: 4,
      arbitrary: fc.constant({
        variant: 'empty-body',
        contentType: right.contentType!,
        body: '',
      }),
    },
    // Rare by design: it allocates a body just over the server's limit.
    {
      weight: oversizedBytes > 0 ? 1 : 0,
      arbitrary: fc.constant({
        variant: 'oversized',
        contentType: right.contentType!,
        body: `${right.body}&Pad=${'x'.repeat(oversizedBytes)}`,
      }),
    },
  );
}

const ODD_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'PURGE', 'SEARCH', 'LOCK'];

const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-twilio-api-version': fc.constantFrom('v1.2', 'v1.0', 'v9', '', 'v1.2, v1.2'),
    accept: fc.constantFrom('application/xml', 'text/html', '*/*', ''),
    'content-encoding': fc.constantFrom('gzip', 'br', 'identity'),
    'x-sim-admin-token': fc.constantFrom('guess', ''),
    'x-forwarded-for': fc.constantFrom('203.0.113.9', '::1'),
  },
  { requiredKeys: [] },
);

/**
 * A request aimed at one target: its path, query, credentials, headers and body. Clean requests
 * (two in five) carry only plausible values, so they get past validation and run the handlers;
 * the others mangle any part of the request.
 */
export function requestFor(t: Target, ids: Identities): fc.Arbitrary<FuzzRequest> {
  return fc.oneof({ weight: 2, arbitrary: requestOf(t, ids, true) }, { weight: 3, arbitrary: requestOf(t, ids, false) });
}

/** What a well-formed request to `t` looks like: numbers-upload takes the file as multipart (README "Numbers v2"). */
function rightBody(t: Target, pairs: Pairs, json: unknown): Body {
  if (t.product === 'numbers-upload')
    return {
      variant: 'multipart',
      contentType: 'multipart/form-data; boundary=fuzzboundary42',
      body: multipart(pairs, 'fuzzboundary42', true),
    };
  if (t.face !== 'twilio' || (!!t.json && !t.form))
    return {
      variant: 'json',
      contentType: 'application/json',
      body: JSON.stringify(json ?? {}),
    };
  return {
    variant: 'form',
    contentType: 'application/x-www-form-urlencoded',
    body: formText(pairs),
  };
}

function requestOf(t: Target, ids: Identities, clean: boolean): fc.Arbitrary<FuzzRequest> {
  const base = t.face === 'cloudfran' ? tenantAuth(ids, clean) : t.face === 'twilio' ? twilioAuth(ids, clean) : controlAuth(ids, clean);
  // The admin API: mostly with its token, so its handlers run; sometimes a wrong one or none.
  const auth =
    t.face === 'admin'
      ? base.chain((a) =>
          (clean ? fc.constant(ids.adminToken) : fc.constantFrom(ids.adminToken, ids.adminToken, ids.adminToken, 'guess', '')).map((token) => ({
            ...a,
            headers: { ...a.headers, ...(token ? { 'x-sim-admin-token': token } : {}) },
          })),
        )
      : base;
  const hasBody = t.method === 'POST' || t.method === 'PUT' || t.method === 'PATCH';
  const none = fc.constant(null);
  return auth.chain((a) => {
    const pathParts = fc.tuple(...t.pathParams.map((p) => pathValue(p, a.identity, t.template, clean)));
    const query =
      t.face === 'control' || t.face === 'admin'
        ? controlQuery(t.template)
        : fc.tuple(paramsPairs(t.query, clean), t.method === 'GET' && !clean ? paging : fc.constant([] as Pairs)).map(([q, p]) => [...q, ...p]);
    const fields = t.form ? paramsPairs(t.form, clean) : fc.constant([] as Pairs);
    const json = t.json ? jsonFor(t.json, '', 0, clean) : t.face === 'control' || t.face === 'admin' ? controlBody(t.template) : t.face === 'cloudfran' ? anyJson : fc.constant(undefined);
    return fc
      .record({
        parts: pathParts,
        query,
        junkQuery: clean ? none : rarely(fc.constantFrom('%zz=1', 'a=%E0%A4%A', '=', '&&&', 'PageSize=1&PageSize=2', `q=${'x'.repeat(3000)}`, '%'), 12),
        fields,
        json,
        method: clean ? fc.constant(t.method) : fc.oneof({ weight: 19, arbitrary: fc.constant(t.method) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_METHODS) }),
        extra: clean ? none : rarely(extraHeaders, 8),
        hostRoll: fc.nat(9),
        trailingSlash: clean ? none : rarely(fc.constantFrom('/', '//', '/.', '?'), 25),
        sendBody: hasBody ? fc.constant(true) : clean ? fc.constant(false) : fc.nat(19).map((n) => n === 0),
      })
      .chain((r) => {
        const right = rightBody(t, r.fields, r.json);
        const bodyArb = !r.sendBody ? fc.constant(undefined) : clean ? fc.constant(right) : bodies(r.fields, right, ids.oversizedBytes);
        return bodyArb.map((b): FuzzRequest => {
          const variant: string[] = [clean ? 'clean' : 'hostile'];
          if (a.variant) variant.push(a.variant);
          let i = 0;
          let path = t.template.replace(/\{(\w+)\}/g, () => {
            const part = r.parts[i++]!;
            if (part.junk) variant.push('junk-path-param');
            return part.raw;
          });
          const headers: Record<string, string> = { ...a.headers };
          // Twilio's hosts: the same route without the /<product> prefix, chosen by Host (README "Using it with the official SDK").
          if (r.hostRoll === 0 && t.face === 'twilio' && t.product) {
            path = path.slice(t.product.length + 1);
            headers.host = `${t.product}.twilio.com`;
            variant.push('twilio-host');
          }
          if (r.trailingSlash) {
            path += r.trailingSlash;
            variant.push('path-suffix');
          }
          const q = r.query.map(([k, v]) => `${enc(k)}=${enc(v)}`);
          if (r.junkQuery) {
            q.push(r.junkQuery);
            variant.push('junk-query');
          }
          if (q.length) path += (path.includes('?') ? '&' : '?') + q.join('&');
          if (r.method !== t.method) variant.push(`method-${r.method}`);
          if (r.extra) {
            Object.assign(headers, r.extra);
            variant.push('extra-headers');
          }
          const req: FuzzRequest = {
            route: `${t.method} ${t.template}`,
            variant,
            method: r.method,
            path,
            headers,
            identity: a.identity,
          };
          if (b) {
            variant.push(b.variant);
            if (b.contentType) headers['content-type'] = b.contentType;
            if (b.body !== undefined) req.body = b.body;
          }
          return req;
        });
      });
  });
}

/** Paths no route serves: the spec's unserved operations, products that do not exist, traversal. */
export function strayRequest(ids: Identities): fc.Arbitrary<FuzzRequest> {
  const a = ids.accounts[0]!;
  return fc
    .tuple(
      fc.constantFrom(
        '/',
        '/trusthub',
        '/trusthub/v2/CustomerProfiles',
        `/api/2010-04-01/Accounts/${a.sid}/Recordings.json`,
        `/api/2010-04-01/Accounts/${a.sid}/Messages/SM0/Media.json`,
        '/numbers/v1/PortingPortIns',
        '/_sim',
        '/_sim/',
        '/_sim/admin',
        '/_sim/ui/../../package.json',
        '/api/v1/twilio',
        '/api/v1/twilio/',
        '/api/v1/twilio/docs/..%2F..%2Fpackage.json',
        '/api/v1/twilio/docs/%zz',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/events/v1/Types/%E0%A4%A',
        '/messaging/v1/Services/%00',
        '//trusthub//v1//Policies',
      ),
      fc.constantFrom('GET', 'POST', 'DELETE', 'OPTIONS', 'PUT'),
    )
    .map(([path, method]) => ({
      route: 'stray',
      variant: ['stray-path'],
      method,
      path,
      headers: { authorization: basic(a.sid, a.token) },
      identity: a.sid,
    }));
}
