import fc from 'fast-check';
import { anyJson, BASE_TOKEN, edgeNumber, hostileString, sidToken } from './values.js';

/**
 * Bodies and query strings for `/_sim` and `/_sim/admin`, which no OpenAPI document describes: the
 * shapes the README documents, with the fields' values pushed to their edges (clock advances of
 * seconds to centuries, speeds from 0 to 1e308, forced outcomes for SIDs that do or do not exist).
 */

const seconds = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(1, 60, 300, 3600, 7200, 86_400, 30 * 86_400, 61 * 86_400),
  },
  { weight: 3, arbitrary: edgeNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(10 * 365 * 86_400, 10 * 365 * 86_400 + 1, 400 * 86_400, 1e12, -1, '3600', null, '1e3', true),
  },
);

const speed = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 60, 3600, 1_000_000, 1_000_001) }, { weight: 2, arbitrary: edgeNumber }, { weight: 1, arbitrary: anyJson });

const OUTCOMES = [
  'twilio-approved',
  'twilio-rejected',
  'provisionally-approved',
  'APPROVED',
  'FAILED',
  'VETTING_FAILED',
  'VERIFIED',
  'successful',
  'failed',
  'SUCCESS',
  'delivered',
  'undelivered',
  'completed',
  'busy',
  'no-answer',
  'nope',
];
const anySid = fc.constantFrom('BU', 'BN', 'QE', 'PN', 'SM', 'CA', 'VT', 'IT', '*').map(sidToken);

const override = fc.record(
  {
    sid: fc.oneof({ weight: 4, arbitrary: anySid }, { weight: 1, arbitrary: anyJson }),
    outcome: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OUTCOMES) }, { weight: 1, arbitrary: anyJson }),
    reason: fc.oneof(hostileString, anyJson),
    code: fc.oneof(fc.constantFrom(18601, 30799, 30126, 30034), edgeNumber, anyJson),
    fields: fc.oneof(fc.array(fc.oneof(hostileString, anyJson), { maxLength: 3 }), anyJson),
  },
  { requiredKeys: [] },
);

const primaryProfile = fc.record(
  {
    businessName: fc.oneof(fc.constantFrom('Acme ISV, Inc.', 'Acme [sim:twilio-rejected]'), hostileString, anyJson),
    friendlyName: fc.oneof(hostileString, anyJson),
    email: fc.oneof(fc.constantFrom('isv@acme.com', 'x@mailinator.com'), hostileString),
    statusCallback: fc.oneof(fc.constantFrom(`${BASE_TOKEN}/_sim/inbox/pp`, 'http://127.0.0.1:9/pp'), hostileString),
    websiteUrl: fc.oneof(fc.constantFrom('https://acme-isv.com', 'https://acme.test'), hostileString),
    businessRegistrationNumber: fc.oneof(fc.constantFrom('12-3456789', '00-1234567'), hostileString),
    representative: fc.oneof(
      fc.record(
        {
          firstName: hostileString,
          email: hostileString,
          phoneNumber: fc.constantFrom('+14155550100', '415', ''),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    address: fc.oneof(
      fc.record(
        {
          street: hostileString,
          postalCode: fc.constantFrom('94102', 'ABCDE'),
          isoCountry: fc.constantFrom('US', 'XX', ''),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    new: fc.oneof(fc.boolean(), anyJson),
    unknownOption: anyJson,
  },
  { requiredKeys: [] },
);

const advance = fc.oneof(
  { weight: 5, arbitrary: seconds.map((s) => ({ seconds: s })) },
  { weight: 2, arbitrary: fc.constant({ until: 'settled' }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        until: fc.oneof(fc.constantFrom('next-day', 'forever', ''), anyJson),
        seconds: fc.option(seconds),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Admin seeding is slow by design (a whole tenant life per tenant): valid sizes stay at one tenant. */
const seed = fc.record(
  {
    tenants: fc.oneof(
      { weight: 1, arbitrary: fc.constant(1) },
      {
        weight: 4,
        arbitrary: fc.constantFrom(0, -1, 201, 1.5, 1e9, '2', null),
      },
      {
        weight: 1,
        arbitrary: anyJson.filter((v) => typeof v !== 'number' || v < 1 || v > 200 || v !== Math.floor(v)),
      },
    ),
    seed: fc.oneof(fc.constantFrom('fuzz', ''), hostileString, anyJson),
    baseUrl: fc.oneof(fc.constant(BASE_TOKEN), fc.constantFrom('ftp://x', 'not a url', '')),
  },
  { requiredKeys: ['tenants'] },
);

/** The JSON body of a control-plane or admin route, by the route's template (anything else: any JSON). */
export function controlBody(template: string): fc.Arbitrary<unknown> {
  const route = template.replace(/^\/_sim(\/admin)?(\/accounts\/\{sid\})?/, '');
  switch (route) {
    case '/clock/advance':
      return advance;
    case '/clock/speed':
      return fc.oneof({ weight: 5, arbitrary: speed.map((s) => ({ speed: s })) }, { weight: 1, arbitrary: anyJson });
    case '/overrides':
      return override;
    case '/trusthub/primary-profile':
      return primaryProfile;
    case '/a2p/brands/{sid}/otp':
      return fc.record(
        {
          reply: fc.oneof(fc.constantFrom('YES', 'NO', 'yes', 'STOP'), hostileString, anyJson),
        },
        { requiredKeys: [] },
      );
    case '/seed':
      return seed;
    default:
      return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 3 }));
  }
}

/** Query strings of the control-plane and admin GETs. */
export function controlQuery(template: string): fc.Arbitrary<Array<[string, string]>> {
  const pair = (name: string, value: fc.Arbitrary<string>) =>
    fc.option(
      value.map((v): [string, string] => [name, v]),
      { freq: 2 },
    );
  const pairs = (...items: Array<fc.Arbitrary<[string, string] | null>>) => fc.tuple(...items).map((xs) => xs.filter((x): x is [string, string] => x !== null));
  if (template.endsWith('/timeline')) return pairs(pair('sid', fc.oneof(anySid, hostileString)), pair('limit', fc.oneof(fc.constantFrom('1', '0', '-5', '5000', '1e9', 'NaN'), hostileString)));
  if (template.endsWith('/deliveries')) return pairs(pair('channel', fc.oneof(fc.constantFrom('callback', 'event', 'webhook'), hostileString)), pair('sid', fc.oneof(anySid, hostileString)));
  if (template.endsWith('/search')) return pairs(pair('q', fc.oneof(anySid, fc.constantFrom('415', 'fuzz', '+1', '', '%', '.*', '('), hostileString)));
  if (template.endsWith('/resources/{rsid}'))
    return pairs(pair('table', fc.oneof(fc.constantFrom('customer_profiles', 'incoming_phone_numbers', 'services_phone_numbers', '__proto__', 'constructor', 'toString'), hostileString)));
  if (template.startsWith('/_sim/inbox')) return pairs(pair('status', fc.constantFrom('200', '204', '404', '503', '599', '600', '99', 'abc', '-1', '1e3')));
  return fc.constant([]);
}
