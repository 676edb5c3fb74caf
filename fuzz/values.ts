import fc from 'fast-check';

/**
 * Values for one parameter: mostly plausible (so requests get past validation and deeper code runs),
 * sometimes hostile. Placeholders (`@@SID:BU@@`, `@@BASE@@`, `@@PHONE@@`) are filled when the request
 * is sent, from what the simulator has answered so far (fuzz/pool.ts): generation stays a pure
 * function of the seed.
 */

/** A JSON-Schema fragment as the specs write it (only what the generators read). */
export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
  const?: unknown;
}

/** `arb` once in `n` draws, `null` otherwise (fc.option's `freq` is the odds of null, not of the value). */
export function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

export const sidToken = (prefix: string) => `@@SID:${prefix}@@`;
export const BASE_TOKEN = '@@BASE@@';
export const PHONE_TOKEN = '@@PHONE@@';
/** A value the simulator answered under this JSON key (`serviceId`, `exportId`), for the same caller. */
export const valueToken = (key: string) => `@@VAL:${key}@@`;
/** The caller's own CloudFran tenant id. */
export const TENANT_TOKEN = '@@TENANT@@';

/** Hand-picked strings that have broken parsers, validators and serialisers elsewhere. */
const NASTY = [
  '',
  ' ',
  '\t\n',
  '0',
  '-0',
  '-1',
  '1.5',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '9007199254740993',
  '99999999999999999999999',
  '0x1F',
  '١٢٣',
  '1,000',
  'true',
  'false',
  'null',
  'undefined',
  '{',
  '[]',
  '{"a":',
  '{"__proto__":{"polluted":1}}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '%zz',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '😀👨‍👩‍👧‍👦',
  'İstanbul ß ǅ ﬁ',
  'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́Ǫ̵̹̻̝̳͂̌̌͘',
  '\ud800',
  '\udfff\ud800',
  '[sim:',
  '[sim:twilio-rejected:99999999999999999999]',
  '[sim:failed:-1]',
  '[sim:approved][sim:failed]',
  '[sim:unknown-outcome]',
  '2026-02-30T25:61:00Z',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-271821-04-20T00:00:00Z',
  'BU',
  'BU0000000000000000000000000000000',
  'BUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'XX00000000000000000000000000000000',
  'AC00000000000000000000000000000000',
  'http://',
  'http://[::1',
  'ftp://127.0.0.1/x',
  'javascript:alert(1)',
  'http://127.0.0.1:0/',
  'http://localhost:1/%zz',
  '+',
  '+1',
  '+15005550001',
  '+0000000000000',
  '+1555123456789012345',
  'a@b',
  '@',
  'EIN',
  'US',
  'XX',
];

/** A string that no validator should trust: hand-picked, random unicode, long, or control characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 12 }).map((s) => s.repeat(1 + Math.floor(3000 / Math.max(1, s.length || 1)))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 4000 }).map((n) => 'A'.repeat(n)),
  },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('BU', 'IT', 'RD', 'AD', 'BN', 'MG', 'QE', 'PN', 'SM', 'CA', 'DG', 'VT', 'RN', 'SK').chain((p) =>
      fc
        .string({
          unit: fc.constantFrom(...'0123456789abcdefABCDEFxyz'),
          minLength: 30,
          maxLength: 34,
        })
        .map((h) => p + h),
    ),
  },
);

/** A plausible E.164 number, Twilio's magic test numbers among them, or one the simulator sold. */
const phone = fc.oneof(
  { weight: 3, arbitrary: fc.constant(PHONE_TOKEN) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('+15005550006', '+15005550001', '+15005550009', '+15551234567', '+14155550100', '+447700900123', '+61491570156'),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }).map((n) => `+1${n}`),
  },
);

/** Callback URLs point at the simulator's own inbox or at a closed loopback port, never off the machine. */
const loopbackUrl = fc.oneof(
  { weight: 6, arbitrary: fc.constant(`${BASE_TOKEN}/_sim/inbox/fuzz`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(`${BASE_TOKEN}/_sim/inbox/fuzz?status=503`, 'http://127.0.0.1:9/callback', `${BASE_TOKEN}/_sim/clock`, `http://user:pass@127.0.0.1:9/auth`),
  },
);

const isoDate = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** Attributes of TrustHub and Numbers end users / documents: JSON with the keys the policies ask for. */
const attributesJson = fc
  .record(
    {
      business_name: fc.constantFrom('Acme, Inc.', 'Acme [sim:twilio-approved]', ''),
      business_type: fc.constantFrom('Partnership', 'Corporation', 'Limited Liability Corporation', 'Sole Proprietorship', 'nonsense'),
      business_registration_identifier: fc.constantFrom('EIN', 'DUNS', 'XYZ'),
      business_registration_number: fc.constantFrom('12-3456789', '00-0000000', '123456789', ''),
      business_identity: fc.constantFrom('direct_customer', 'isv_reseller_or_partner'),
      business_industry: fc.constantFrom('EDUCATION', 'TECHNOLOGY', 'NOPE'),
      business_regions_of_operation: fc.constantFrom('USA_AND_CANADA', 'EUROPE'),
      website_url: fc.constantFrom('https://www.acme-inc.com', 'https://acme.test', 'not a url'),
      first_name: fc.constantFrom('Ada', ''),
      last_name: fc.constantFrom('Lovelace', '😀'),
      email: fc.constantFrom('ada@acme.com', 'x@mailinator.com', 'nope'),
      phone_number: fc.constantFrom('+14155550100', '415'),
      business_title: fc.constantFrom('CEO'),
      job_position: fc.constantFrom('CEO', 'Director', 'Janitor'),
      address_sids: fc.constantFrom(sidToken('AD'), [sidToken('AD')], 42),
      extra: hostileString,
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

/** A string by what the parameter's name suggests, for the many spec parameters typed only `string`. */
function byName(name: string): fc.Arbitrary<string> | undefined {
  const n = name.toLowerCase();
  if (n === 'attributes') return fc.oneof(attributesJson, fc.constantFrom('{}', '[]', '{"a":', '"x"', '{"first_name":{"nested":[1,2,3]}}'));
  if (n.endsWith('email')) return fc.constantFrom('ops@acme.com', 'x@mailinator.com', 'not-an-email', 'a@b.c');
  if (n.includes('callback') || n.endsWith('url') || n === 'destination' || n.includes('sinkconfiguration')) {
    return n === 'sinkconfiguration'
      ? loopbackUrl.map((u) =>
          JSON.stringify({
            destination: u,
            method: 'POST',
            batch_events: false,
          }),
        )
      : loopbackUrl;
  }
  if (n.includes('phonenumber') || n === 'to' || n === 'from' || n === 'mobilephonenumber' || n === 'nearnumber') return phone;
  if (n === 'friendlyname' || n === 'description' || n === 'body' || n === 'businessname' || n === 'brandname') {
    return fc.constantFrom(
      'Acme',
      'Acme [sim:twilio-approved]',
      'Acme [sim:twilio-rejected:18606]',
      '[sim:failed]',
      '[sim:verified] Send order updates to customers who opted in. Reply STOP to opt out of messages.',
      'x',
    );
  }
  if (n === 'areacode') return fc.constantFrom('415', '212', '000', '99', '4155');
  if (n === 'countrycode' || n === 'isocountry') return fc.constantFrom('US', 'CA', 'GB', 'DE', 'FR', 'AU', 'XX', 'us', '');
  if (n === 'type' || n === 'types')
    return fc.constantFrom('customer_profile_business_information', 'authorized_representative_1', 'business', 'individual', 'com.twilio.messaging.compliance.brand-registration.brand-registered');
  if (n === 'messagesamples') return fc.constantFrom('Acme: your order shipped. Reply STOP to opt out.', 'hi');
  if (n === 'usecase' || n === 'usaapptopersonusecase') return fc.constantFrom('MARKETING', 'LOW_VOLUME', 'SOLE_PROPRIETOR', 'BOGUS');
  if (n === 'vettingid') return fc.constantFrom('cv|1.0|tcr|10dlc|abc', '[sim:failed]', '[sim:success]');
  return undefined;
}

/** A SID prefix from a spec pattern such as `^BU[0-9a-fA-F]{32}$`. */
export function sidPrefixOf(schema: Schema | undefined): string | undefined {
  const m = schema?.pattern ? /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/.exec(schema.pattern) : null;
  return m?.[1];
}

/** A plausible value for a schema, as the string a form or query would carry. */
export function plausible(name: string, schema: Schema | undefined): fc.Arbitrary<string> {
  const s = schema ?? {};
  if (s.enum?.length) return fc.constantFrom(...s.enum.map(String));
  const prefix = sidPrefixOf(s);
  if (prefix) return fc.constant(sidToken(prefix));
  const n = name.toLowerCase();
  if (n === 'brandsid' || n === 'campaignsid') return fc.constant(sidToken(n === 'brandsid' ? 'BN' : 'QE'));
  if (n === 'serviceid' || n === 'exportid') return fc.constant(valueToken(name));
  if (/sid$/i.test(name)) return fc.constant(sidToken('*'));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'integer' || type === 'number') {
    const min = s.minimum ?? 0;
    const max = Math.min(s.maximum ?? 1000, min + 1000);
    return fc.integer({ min, max: Math.max(min, max) }).map(String);
  }
  if (type === 'boolean') return fc.constantFrom('true', 'false');
  if (type === 'array') return plausible(name, s.items);
  if (s.format === 'uri') return loopbackUrl;
  if (s.format === 'phone-number') return phone;
  if (s.format === 'date-time') return isoDate;
  if (s.format === 'date') return isoDate.map((d) => d.slice(0, 10));
  if (s.format === 'iso-country-code') return fc.constantFrom('US', 'CA', 'GB', 'DE', 'FR', 'AU', 'XX');
  if (s.format === 'http-method') return fc.constantFrom('GET', 'POST', 'DELETE', 'BREW');
  return byName(name) ?? fc.string({ minLength: 1, maxLength: 16 });
}

/**
 * Plausible most of the time, hostile otherwise; `undefined` leaves the parameter out. `clean`: only
 * plausible values, required ones always present (requests meant to get past validation).
 */
export function paramValue(name: string, schema: Schema | undefined, required: boolean, clean = false): fc.Arbitrary<string | string[] | undefined> {
  const isArray = (Array.isArray(schema?.type) ? schema?.type[0] : schema?.type) === 'array';
  if (clean) {
    const v = plausible(name, schema);
    return fc.oneof(
      {
        weight: 3,
        arbitrary: isArray ? fc.array(v, { minLength: 1, maxLength: 2 }) : v,
      },
      { weight: required ? 0 : 2, arbitrary: fc.constant(undefined) },
    );
  }
  const one = fc.oneof({ weight: 7, arbitrary: plausible(name, schema) }, { weight: 3, arbitrary: hostileString });
  return fc.oneof(
    { weight: required ? 12 : 5, arbitrary: one },
    {
      weight: isArray ? 3 : 1,
      arbitrary: fc.array(one, { minLength: 0, maxLength: 4 }),
    },
    { weight: required ? 1 : 6, arbitrary: fc.constant(undefined) },
  );
}

/** Numbers a JSON body can carry that break naive arithmetic or date code. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, 59, 3600, 86_400, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** JSON values of any shape, for fields a control-plane handler expects to be one thing. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: edgeNumber },
  { weight: 3, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, true, false, [], {}, { __proto__: null }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/**
 * A JSON value for a JSON Schema (CloudFran's OpenAPI document): valid by the schema most of the
 * time, with hostile leaves and missing or extra keys otherwise.
 */
export function jsonFor(schema: Schema | undefined, name = '', depth = 0, clean = false): fc.Arbitrary<unknown> {
  const s = schema ?? {};
  const variant = s.anyOf ?? s.oneOf;
  if (variant?.length) return fc.oneof(...variant.map((v) => jsonFor(v, name, depth, clean)));
  const valid = jsonValid(s, name, depth, clean);
  return clean ? valid : fc.oneof({ weight: 8, arbitrary: valid }, { weight: 2, arbitrary: anyJson });
}

function jsonValid(s: Schema, name: string, depth: number, clean: boolean): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) fields[k] = jsonFor(v, k, depth + 1, clean);
      const rec = fc.record(fields, {
        requiredKeys: Object.keys(props).filter((k) => required.has(k)),
      });
      if (clean) return rec;
      return fc
        .tuple(rec, rarely(fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 2 }), 5), rarely(fc.constantFrom(...(Object.keys(props).length ? Object.keys(props) : ['x'])), 6))
        .map(([r, extra, drop]) => {
          const out: Record<string, unknown> = { ...(extra ?? {}), ...r };
          if (drop) delete out[drop];
          return out;
        });
    }
    case 'array':
      return fc.array(jsonFor(s.items, name, depth + 1, clean), {
        minLength: clean ? 1 : 0,
        maxLength: 4,
      });
    case 'integer':
      return clean
        ? fc.integer({
            min: s.minimum ?? 0,
            max: Math.min(s.maximum ?? 100, (s.minimum ?? 0) + 100),
          })
        : fc.oneof(fc.integer({ min: s.minimum ?? -10, max: s.maximum ?? 1000 }), edgeNumber);
    case 'number':
      return clean ? fc.integer({ min: 0, max: 100 }) : edgeNumber;
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringFor(s, name, clean);
    default:
      return clean ? fc.constant(null) : anyJson;
  }
}

/** `valid` values only when clean, else both lists. */
const choose = (clean: boolean, valid: string[], invalid: string[]) => fc.constantFrom(...(clean ? valid : [...valid, ...invalid]));

function stringFor(s: Schema, name: string, clean: boolean): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n === 'tenantid') return clean ? fc.constant(TENANT_TOKEN) : fc.oneof({ weight: 6, arbitrary: fc.constant(TENANT_TOKEN) }, { weight: 1, arbitrary: fc.constantFrom('someone-else', '') });
  if (n === 'brandsid') return choose(clean, [sidToken('BN')], ['BN00000000000000000000000000000000']);
  if (n === 'campaignsid') return fc.constant(sidToken('QE'));
  if (n === 'serviceid') return choose(clean, [valueToken('serviceId')], ['00000000-0000-0000-0000-000000000000']);
  if (n === 'phonenumber' || n === 'phone') return clean ? fc.constant(PHONE_TOKEN) : phone;
  if (n === 'webhookurl' || n === 'url') return loopbackUrl;
  if (n === 'website') return choose(clean, ['https://acme.com'], ['https://acme.test']);
  if (n === 'ein') return choose(clean, ['12-3456789'], ['00-0000000', '123']);
  if (n === 'state') return choose(clean, ['CA', 'NY'], ['ca', 'ZZ']);
  if (n === 'zipcode') return choose(clean, ['94102', '94102-1234'], ['ABCDE']);
  if (n === 'email') return choose(clean, ['compliance@acme.com'], ['nope']);
  if (n === 'month') return choose(clean, ['2026-01', '2026-02'], ['2026-13', '1999-02', '2026-1']);
  if (n === 'description') return choose(clean, ['Order updates and shipping notifications for customers who opted in at checkout on our website.'], ['short']);
  if (n === 'usecase') return choose(clean, ['MARKETING', 'CUSTOMER_CARE', 'LOW_VOLUME'], ['lower']);
  if (n === 'areacode') return choose(clean, ['415', '212'], ['000', '99']);
  if (n === 'messagesamples' || n === 'samples') return fc.constant('Acme Corporation: your order has shipped and arrives Tuesday. Reply STOP to opt out.');
  if (n === 'businessname' || n === 'campaignname' || n === 'city' || n === 'address') return choose(clean, ['Acme Corporation', '1 Main St'], ['']);
  if (n === 'businesstype') return choose(clean, ['LLC', 'Corporation'], ['Nonsense']);
  if (s.format === 'uri' || s.format === 'url') return loopbackUrl;
  if (s.format === 'email') return choose(clean, ['a@acme.com'], ['bad']);
  if (s.format === 'date-time') return isoDate;
  if (s.format === 'uuid') return fc.constant(valueToken('serviceId'));
  const min = s.minLength ?? 0;
  return fc.string({
    minLength: clean ? Math.max(1, min) : min,
    maxLength: Math.max(min, Math.min(s.maxLength ?? 24, 60)),
  });
}
