import { createHash, createHmac } from 'node:crypto';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { Generator, InterpolationError, Scope } from '../../src/scenarios/interpolate.js';
import { expectationDiff, match } from '../../src/scenarios/match.js';
import { lookup } from '../../src/scenarios/paths.js';
import { durationSeconds } from '../../src/scenarios/runner.js';
import { validCloudFranSignature, validTwilioFormSignature, validTwilioJsonSignature } from '../../src/scenarios/signatures.js';
import { cloudfranUrl, credentialsFor, twilioUrl, type Target } from '../../src/scenarios/target.js';

const evaluation = {
  sid: 'EL0123',
  status: 'noncompliant',
  results: [
    { requirement_name: 'customer_profile_business_information', passed: false, error_code: 22214, invalid: [{ object_field: 'business_name' }] },
    { requirement_name: 'customer_profile_address', passed: true, error_code: null, invalid: [] },
  ],
};

describe('paths into responses', () => {
  it('reads fields, indexes (negative too), every item, the first item with a field value, and lengths', () => {
    expect(lookup(evaluation, 'sid')).toEqual({ found: true, value: 'EL0123' });
    expect(lookup(evaluation, '$.results[0].error_code').value).toBe(22214);
    expect(lookup(evaluation, 'results[-1].requirement_name').value).toBe('customer_profile_address');
    expect(lookup(evaluation, 'results[*].passed').value).toEqual([false, true]);
    expect(lookup(evaluation, 'results[requirement_name=customer_profile_address].passed').value).toBe(true);
    expect(lookup(evaluation, 'results[0].invalid[*].object_field').value).toEqual(['business_name']);
    expect(lookup(evaluation, 'results.length').value).toBe(2);
    expect(lookup({ 'a.b': 1 }, '["a.b"]').value).toBe(1);
  });

  it('tells a present null from an absent field', () => {
    expect(lookup(evaluation, 'results[1].error_code')).toEqual({ found: true, value: null });
    expect(lookup(evaluation, 'results[1].nope').found).toBe(false);
    expect(lookup(evaluation, 'results[5].sid').found).toBe(false);
    expect(lookup(evaluation, 'results[requirement_name=nope]').found).toBe(false);
  });
});

describe('matching expectations', () => {
  it('matches objects partially and arrays item by item', () => {
    expect(match({ status: 'noncompliant' }, evaluation)).toEqual([]);
    expect(match({ results: [{ passed: false }, { passed: true }] }, evaluation)).toEqual([]);
    const [m] = match({ results: [{ passed: false }] }, evaluation, 'body');
    expect(m).toMatchObject({ path: 'body.results', message: 'expected 1 item, got 2' });
    expect(match({ status: 'compliant', sid: 'EL0123' }, evaluation, 'body')).toEqual([
      { path: 'body.status', message: 'expected "compliant", got "noncompliant"', expected: 'compliant', actual: 'noncompliant' },
    ]);
  });

  it('knows null from missing', () => {
    expect(match({ errors: null }, { errors: null })).toEqual([]);
    expect(match({ errors: null }, {})[0]).toMatchObject({ path: 'errors', missing: true, message: 'expected null, but it is missing' });
    expect(match({ errors: { $exists: false } }, {})).toEqual([]);
    expect(match({ errors: { $exists: false } }, { errors: null })[0]!.message).toBe('expected to be absent, got null');
  });

  it('has operators for what literals cannot say', () => {
    expect(match({ $matches: '^BU[0-9a-f]{32}$' }, `BU${'a'.repeat(32)}`)).toEqual([]);
    expect(match({ $matches: '^BU' }, 'IT1')[0]!.message).toBe('expected to match /^BU/, got "IT1"');
    expect(match({ $oneOf: ['in-review', 'twilio-approved'] }, 'in-review')).toEqual([]);
    expect(match({ $oneOf: ['in-review'] }, 'draft')).toHaveLength(1);
    expect(match({ $contains: { error_code: 22214 } }, evaluation.results)).toEqual([]);
    expect(match({ $contains: 'Business ID' }, 'Business ID mismatch')).toEqual([]);
    expect(match({ $unordered: [true, false] }, [false, true])).toEqual([]);
    expect(match({ $unordered: [true, true] }, [false, true])).toHaveLength(1);
    expect(match({ $length: { $gte: 2 } }, [1, 2])).toEqual([]);
    expect(match({ $gt: 3, $lte: 5 }, 5)).toEqual([]);
    expect(match({ $lt: '2026-02-01T00:00:00Z' }, '2026-01-31T23:59:59Z')).toEqual([]);
    expect(match({ $type: 'integer' }, 3)).toEqual([]);
    expect(match({ $type: 'integer' }, 3.5)).toHaveLength(1);
    expect(match({ $not: { $contains: false } }, [true, true])).toEqual([]);
    expect(match({ $not: { $contains: false } }, [true, false])).toHaveLength(1);
    expect(match({ $eq: { a: 1 } }, { a: 1, b: 2 })).toHaveLength(1);
    expect(match({ $all: [{ $type: 'string' }, { $matches: '^a' }] }, 'abc')).toEqual([]);
  });

  it('shows a mismatch as a diff of the expectation against the actual value cut to its shape', () => {
    const diff = expectationDiff(
      { status: 201, body: { status: 'twilio-approved', sid: { $matches: '^BU' }, errors: null } },
      { status: 201, body: { status: 'draft', sid: 'BU1', errors: null, url: 'x' } },
    );
    expect(diff.split('\n')).toEqual([
      '  {',
      '    "status": 201,',
      '    "body": {',
      '-     "status": "twilio-approved",',
      '+     "status": "draft",',
      '      "sid": "BU1",',
      '      "errors": null',
      '    }',
      '  }',
    ]);
  });
});

describe('interpolation', () => {
  const scope = new Scope({ cp: 'BU1', n: 3, profile: { sid: 'BU2', tags: ['a'] }, account: { sid: 'AC1' } }, new Generator('7', 'test'));

  it('keeps the type of a whole ${…} and writes text inside a longer string', () => {
    expect(scope.apply('${n}')).toBe(3);
    expect(scope.apply('${profile}')).toEqual({ sid: 'BU2', tags: ['a'] });
    expect(scope.apply('/v1/CustomerProfiles/${cp}/x?n=${n}')).toBe('/v1/CustomerProfiles/BU1/x?n=3');
    expect(scope.apply({ path: '${profile.sid}', list: ['${profile.tags[0]}'], 'results[object_sid=${cp}]': true })).toEqual({ path: 'BU2', list: ['a'], 'results[object_sid=BU1]': true });
    expect(scope.apply('cost $${n}')).toBe('cost ${n}');
  });

  it('names what is defined when a variable is not', () => {
    expect(() => scope.apply('${nope}')).toThrow(InterpolationError);
    expect(() => scope.apply('${nope}')).toThrow(/no variable "nope" is defined at this step \(defined: account, cp, n, profile\)/);
    expect(() => scope.apply('${profile.missing}')).toThrow(/variable "profile" has nothing at .missing/);
  });

  it('generates values that are reproducible under a seed and fresh without one', () => {
    const a = new Scope({}, new Generator('42', 'journey'));
    const b = new Scope({}, new Generator('42', 'journey'));
    const seq = (s: Scope) => [s.apply('${$unique}'), s.apply('${$accountSid}'), s.apply('${$uuid}')];
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(first[1]).toMatch(/^AC[0-9a-f]{32}$/);
    expect(first[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seq(a)).not.toEqual(first);
    const unseeded = new Scope({}, new Generator(undefined, 'journey'));
    expect(unseeded.apply('${$accountSid}')).not.toBe(unseeded.apply('${$accountSid}'));
  });

  it('derives values with filters: dates moved in the same format, months, slices', () => {
    const dates = new Scope({ at: '2026-01-31T10:00:00Z', ms: '2026-01-31T10:00:00.000Z', sid: 'BU123' }, new Generator('1', 'f'));
    expect(dates.apply('${at | addDays:60}')).toBe('2026-04-01T10:00:00Z');
    expect(dates.apply('${ms | addHours:1}')).toBe('2026-01-31T11:00:00.000Z');
    expect(dates.apply('${at | addSeconds:30}')).toBe('2026-01-31T10:00:30Z');
    expect(dates.apply('${at | addDays:1 | month}')).toBe('2026-02');
    expect(dates.apply('${sid | slice:0:2}')).toBe('BU');
    expect(dates.apply('${sid | lower}')).toBe('bu123');
    expect(dates.apply('${sid | length}')).toBe(5);
    expect(dates.apply('month ${at | month}')).toBe('month 2026-01');
    expect(() => dates.apply('${sid | addDays:1}')).toThrow(/addDays needs a date, got "BU123"/);
    expect(() => dates.apply('${at | frobnicate}')).toThrow(/no filter "frobnicate"/);
  });

  it('reads durations', () => {
    expect(durationSeconds(90)).toBe(90);
    expect(durationSeconds('5m')).toBe(300);
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('60d')).toBe(60 * 86_400);
    expect(durationSeconds('250ms')).toBe(0.25);
  });
});

describe('webhook signatures, checked independently of the simulator', () => {
  const token = '12345';

  it('agrees with twilio-node on form callbacks, with and without the port', () => {
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    const body = new URLSearchParams(params).toString();
    // FIDELITY §4 test vector.
    expect(validTwilioFormSignature(token, '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, body)).toBe(true);
    expect(validTwilioFormSignature(token, '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, body.replace('1234', '4321'))).toBe(false);
    const local = 'http://127.0.0.1:4567/cp';
    const sig = twilio.getExpectedTwilioSignature(token, local, { Status: 'twilio-approved', BundleSid: 'BU1' });
    expect(validTwilioFormSignature(token, sig, local, 'Status=twilio-approved&BundleSid=BU1')).toBe(true);
    expect(validTwilioFormSignature('other', sig, local, 'Status=twilio-approved&BundleSid=BU1')).toBe(false);
    expect(validTwilioFormSignature(token, undefined, local, '')).toBe(false);
  });

  it('agrees with twilio-node on JSON bodies signed with bodySHA256', () => {
    const body = JSON.stringify([{ specversion: '1.0', type: 'com.twilio.messaging.compliance.brand-registration.brand-registered' }]);
    const url = `http://127.0.0.1:4567/events?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
    const sig = twilio.getExpectedTwilioSignature(token, url, {});
    expect(twilio.validateRequestWithBody(token, sig, url, body)).toBe(true);
    expect(validTwilioJsonSignature(token, sig, url, body)).toBe(true);
    expect(validTwilioJsonSignature(token, sig, url, body.replace('1.0', '2.0'))).toBe(false);
  });
});

describe('CloudFran webhook signatures', () => {
  it('checks sha256= HMAC-SHA256 of the raw body with the tenant secret', () => {
    const body = '{"event":"phone_number.purchased","tenantId":"acme"}';
    const sig = `sha256=${createHmac('sha256', 'whsec_1').update(body).digest('hex')}`;
    expect(validCloudFranSignature('whsec_1', sig, body)).toBe(true);
    expect(validCloudFranSignature('whsec_2', sig, body)).toBe(false);
    expect(validCloudFranSignature('whsec_1', sig.slice(7), body)).toBe(false);
    expect(validCloudFranSignature('whsec_1', undefined, body)).toBe(false);
  });
});

describe('targets and credentials', () => {
  const sim: Target = { kind: 'simulator', url: 'http://127.0.0.1:4010', twilioBase: 'http://127.0.0.1:4010', control: true };
  const live: Target = { kind: 'live', url: 'https://staging.cloudfran.example', twilioBase: 'twilio', control: false };

  it('sends Twilio paths to the simulator prefix, or to the real product hosts', () => {
    expect(twilioUrl(sim, '/trusthub/v1/CustomerProfiles')).toBe('http://127.0.0.1:4010/trusthub/v1/CustomerProfiles');
    expect(twilioUrl(live, '/trusthub/v1/CustomerProfiles')).toBe('https://trusthub.twilio.com/v1/CustomerProfiles');
    expect(twilioUrl(live, '/api/2010-04-01/Accounts/AC1/Addresses.json')).toBe('https://api.twilio.com/2010-04-01/Accounts/AC1/Addresses.json');
    expect(twilioUrl(live, '/numbers-upload/v2/RegulatoryCompliance/SupportingDocuments')).toBe('https://numbers-upload.twilio.com/v2/RegulatoryCompliance/SupportingDocuments');
    expect(cloudfranUrl(live, '/phone-numbers')).toBe('https://staging.cloudfran.example/api/v1/twilio/phone-numbers');
  });

  it('makes fresh credentials against a simulator and reads them from the environment against a live target', () => {
    const gen = new Generator('1', 's');
    const fresh = credentialsFor({ main: 'twilio', shop: 'cloudfran' }, { target: sim, env: {}, gen });
    expect(fresh[0]).toMatchObject({ kind: 'twilio', name: 'main', sid: expect.stringMatching(/^AC[0-9a-f]{32}$/) });
    expect(fresh[1]).toMatchObject({ kind: 'cloudfran', name: 'shop', apiKey: 'cf_local_dev_key', tenantId: expect.stringMatching(/^tenant_/) });
    const env = {
      TWILIO_ACCOUNT_SID: 'AC'.padEnd(34, '1'),
      TWILIO_AUTH_TOKEN: 't',
      A2P_SIM_ISV_ACCOUNT_SID: 'AC'.padEnd(34, '2'),
      A2P_SIM_ISV_AUTH_TOKEN: 'u',
      CLOUDFRAN_API_KEY: 'k',
      CLOUDFRAN_TENANT_ID: 'acme',
    };
    const fromEnv = credentialsFor({ main: 'twilio', isv: 'twilio', shop: 'cloudfran' }, { target: live, env, gen });
    expect(fromEnv).toEqual([
      { kind: 'twilio', name: 'main', sid: env.TWILIO_ACCOUNT_SID, token: 't' },
      { kind: 'twilio', name: 'isv', sid: env.A2P_SIM_ISV_ACCOUNT_SID, token: 'u' },
      { kind: 'cloudfran', name: 'shop', apiKey: 'k', tenantId: 'acme' },
    ]);
    expect(() => credentialsFor({ main: 'twilio', isv: 'twilio' }, { target: live, env: { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't' }, gen })).toThrow(
      /Twilio account "isv".*A2P_SIM_ISV_ACCOUNT_SID and A2P_SIM_ISV_AUTH_TOKEN/,
    );
  });
});
