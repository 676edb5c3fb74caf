import { describe, expect, it } from 'vitest';
import { createResponseValidator, type ValidationResult } from '../../src/contract/openapi.js';
import { formatViolations, loadTwilioSpec, twilioTarget, validateTwilioResponse, type TwilioProduct } from '../../src/contract/twilio.js';

const AC = `AC${'a'.repeat(32)}`;
const BU = `BU${'a'.repeat(32)}`;
const BN = `BN${'0'.repeat(32)}`;

/** A copy of one of the spec's own response examples, e.g. `readFull` of `GET /v1/CustomerProfiles`. */
function example(product: TwilioProduct, path: string, method: string, status: number, name: string): any {
  const spec = loadTwilioSpec(product) as any;
  const value = spec.paths[path]?.[method]?.responses?.[status]?.content?.['application/json']?.examples?.[name]?.value;
  if (value === undefined) throw new Error(`no example ${name} for ${method.toUpperCase()} ${path} ${status}`);
  return structuredClone(value);
}

const trusthub = (method: string, path: string, status: number, body: unknown) => validateTwilioResponse({ method, url: `https://trusthub.twilio.com${path}`, status, body });
const api = (method: string, path: string, status: number, body: unknown) => validateTwilioResponse({ method, url: `https://api.twilio.com${path}`, status, body });

const profiles = () => example('trusthub', '/v1/CustomerProfiles', 'get', 200, 'readFull');
const addresses = () => example('api', '/2010-04-01/Accounts/{AccountSid}/Addresses.json', 'get', 200, 'readFull');

function expectViolation(result: ValidationResult, instancePath: string, message: string | RegExp) {
  expect(result.ok, formatViolations(result)).toBe(false);
  expect(result.violations, formatViolations(result)).toContainEqual(expect.objectContaining({ instancePath, message: typeof message === 'string' ? message : expect.stringMatching(message) }));
}

describe("Twilio's own examples validate strictly", () => {
  it('GET /v1/CustomerProfiles readFull', () => {
    const result = trusthub('GET', '/v1/CustomerProfiles?PageSize=50', 200, profiles());
    expect(result).toEqual({ matched: true, operationId: 'ListCustomerProfile', specPath: '/v1/CustomerProfiles', ok: true, violations: [] });
  });

  it('POST /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations, every example', () => {
    for (const name of ['create', 'createCompliantStarterCustomerProfile', 'createCompliantSoleProprietorA2PProfile']) {
      const body = example('trusthub', '/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations', 'post', 201, name);
      const result = trusthub('POST', `/v1/CustomerProfiles/${BU}/Evaluations`, 201, body);
      expect(result.ok, `${name}: ${formatViolations(result)}`).toBe(true);
      expect(result.operationId).toBe('CreateCustomerProfileEvaluation');
    }
  });

  it('GET /2010-04-01/Accounts/{AccountSid}/Addresses.json readFull (relative `uri`s, RFC 2822 dates)', () => {
    const result = api('GET', `/2010-04-01/Accounts/${AC}/Addresses.json`, 200, addresses());
    expect(result.ok, formatViolations(result)).toBe(true);
    expect(result.operationId).toBe('ListAddress');
  });

  it('GET /v1/a2p/BrandRegistrations/{Sid} fetch', () => {
    const body = example('messaging', '/v1/a2p/BrandRegistrations/{Sid}', 'get', 200, 'fetch');
    const result = validateTwilioResponse({ method: 'GET', url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${BN}`, status: 200, body });
    expect(result.ok, formatViolations(result)).toBe(true);
    expect(result.operationId).toBe('FetchBrandRegistrations');
  });

  it('known spec bug: fetchSoleProprietorPending sends identity_status null, which the spec does not allow', () => {
    // The example (and Twilio, for a pending sole-proprietor brand) has `identity_status: null`, but
    // brand_registrations_enum_identity_status is not nullable. The spec is the judge, so it fails.
    const body = example('messaging', '/v1/a2p/BrandRegistrations/{Sid}', 'get', 200, 'fetchSoleProprietorPending');
    const result = validateTwilioResponse({ method: 'GET', url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${BN}`, status: 200, body });
    expect(result.violations.map((v) => v.instancePath)).toEqual(['/identity_status', '/identity_status']);
    expectViolation(result, '/identity_status', /^must be one of "SELF_DECLARED", "UNVERIFIED", "VERIFIED", "VETTED_VERIFIED" \(got null\)$/);
  });
});

describe('strict field set, types and nullability', () => {
  it('a missing field fails at its own path', () => {
    const body = profiles();
    delete body.results[0].errors;
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/results/0/errors', "must have required property 'errors'");
  });

  it('a missing paging field fails too', () => {
    const body = profiles();
    delete body.meta.key;
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/meta/key', "must have required property 'key'");
  });

  it('an extra field fails, naming it', () => {
    const body = profiles();
    body.results[0].foo = 1;
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/results/0/foo', "must NOT have additional property 'foo'");
  });

  it('a wrong type fails', () => {
    const body = profiles();
    body.meta.page_size = '50';
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/meta/page_size', 'must be integer (got "50")');
  });

  it('an enum value outside the spec fails', () => {
    const body = profiles();
    body.results[0].status = 'approved';
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/results/0/status', /^must be one of "draft", .* \(got "approved"\)$/);
  });

  it('null fails on a non-nullable field and passes on a nullable one', () => {
    const bad = profiles();
    bad.results[0].status = null;
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, bad), '/results/0/status', 'must be string (got null)');

    const good = profiles();
    good.results[0].friendly_name = null;
    good.results[0].links = null;
    good.meta.next_page_url = null;
    expect(trusthub('GET', '/v1/CustomerProfiles', 200, good).ok).toBe(true);
  });

  it('objects without declared properties stay open (links is a uri-map)', () => {
    const body = profiles();
    body.results[0].links.anything = 'https://trusthub.twilio.com/v1/x';
    expect(trusthub('GET', '/v1/CustomerProfiles', 200, body).ok).toBe(true);
  });

  it('strictFields: false judges only types', () => {
    const body = profiles();
    delete body.results[0].errors;
    body.results[0].foo = 1;
    const loose = createResponseValidator(loadTwilioSpec('trusthub'), { strictFields: false });
    expect(loose.validate({ method: 'GET', path: '/v1/CustomerProfiles', status: 200, body }).ok).toBe(true);
    body.results[0].sid = 42;
    expect(loose.validate({ method: 'GET', path: '/v1/CustomerProfiles', status: 200, body }).ok).toBe(false);
  });
});

describe('formats', () => {
  it('TrustHub dates are ISO 8601: RFC 2822 fails', () => {
    const body = profiles();
    body.results[0].date_created = 'Tue, 30 Jul 2019 22:29:24 +0000';
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/results/0/date_created', /^must match format "date-time"/);
  });

  it('2010 dates are RFC 2822 in GMT: ISO 8601 and other offsets fail', () => {
    const iso = addresses();
    iso.addresses[0].date_created = '2015-08-18T17:07:30Z';
    expectViolation(api('GET', `/2010-04-01/Accounts/${AC}/Addresses.json`, 200, iso), '/addresses/0/date_created', /^must match format "date-time-rfc-2822"/);

    const offset = addresses();
    offset.addresses[0].date_updated = 'Tue, 18 Aug 2015 17:07:30 +0100';
    expectViolation(api('GET', `/2010-04-01/Accounts/${AC}/Addresses.json`, 200, offset), '/addresses/0/date_updated', /^must match format "date-time-rfc-2822"/);
  });

  it('uri accepts relative references but not free text', () => {
    const body = profiles();
    body.results[0].url = 'not a url';
    expectViolation(trusthub('GET', '/v1/CustomerProfiles', 200, body), '/results/0/url', /^must match format "uri"/);
  });
});

describe('statuses', () => {
  it('a 204 must have no body', () => {
    expect(trusthub('DELETE', `/v1/CustomerProfiles/${BU}`, 204, undefined).ok).toBe(true);
    expect(trusthub('DELETE', `/v1/CustomerProfiles/${BU}`, 204, '').ok).toBe(true);
    const result = trusthub('DELETE', `/v1/CustomerProfiles/${BU}`, 204, {});
    expectViolation(result, '', /^must be empty: status 204 of DeleteCustomerProfile/);
  });

  it("an error status is judged by Twilio's error body", () => {
    const notFound = { code: 20404, message: `The requested resource /v1/CustomerProfiles/${BU} was not found`, more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 };
    expect(trusthub('GET', `/v1/CustomerProfiles/${BU}`, 404, notFound)).toMatchObject({ matched: true, operationId: 'FetchCustomerProfile', ok: true });
    expect(trusthub('GET', `/v1/CustomerProfiles/${BU}`, 404, { ...notFound, details: {} }).ok).toBe(true);
    const { more_info: _, ...incomplete } = notFound;
    expectViolation(trusthub('GET', `/v1/CustomerProfiles/${BU}`, 404, incomplete), '/more_info', "must have required property 'more_info'");
  });

  it('a success status the operation does not declare fails', () => {
    const body = example('trusthub', '/v1/CustomerProfiles', 'post', 201, 'create');
    expect(trusthub('POST', '/v1/CustomerProfiles', 201, body).ok).toBe(true);
    expectViolation(trusthub('POST', '/v1/CustomerProfiles', 200, body), '', 'status 200 is not a response of CreateCustomerProfile; the spec declares 201');
  });
});

describe('routing', () => {
  it('the most literal template wins', () => {
    const messaging = createResponseValidator(loadTwilioSpec('messaging'));
    expect(messaging.findOperation('GET', '/v1/Services/Usecases')?.specPath).toBe('/v1/Services/Usecases');
    expect(messaging.findOperation('GET', `/v1/Services/MG${'a'.repeat(32)}`)?.specPath).toBe('/v1/Services/{Sid}');
    expect(messaging.findOperation('GET', '/v1/Services/MGx/Compliance/Usa2p/Usecases')?.specPath).toBe('/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases');
    const twenty10 = createResponseValidator(loadTwilioSpec('api'));
    expect(twenty10.findOperation('GET', `/2010-04-01/Accounts/${AC}/IncomingPhoneNumbers/Local.json`)?.operationId).toBe('ListIncomingPhoneNumberLocal');
    expect(twenty10.findOperation('GET', `/2010-04-01/Accounts/${AC}/IncomingPhoneNumbers/PN123.json`)?.operationId).toBe('FetchIncomingPhoneNumber');
  });

  it('an unknown path or method does not match', () => {
    const unknown = trusthub('GET', '/v1/Nothing', 200, {});
    expect(unknown).toMatchObject({ matched: false, operationId: null, specPath: null, ok: false });
    expect(unknown.violations).toHaveLength(1);
    const method = trusthub('PUT', '/v1/CustomerProfiles', 200, {});
    expect(method.matched).toBe(false);
    expect(method.violations[0]!.message).toMatch(/^PUT \/v1\/CustomerProfiles is not an operation of the spec \(it declares POST \/v1\/CustomerProfiles, GET \/v1\/CustomerProfiles\)$/);
  });

  it('a simulator-prefixed URL and a real Twilio URL resolve to the same operation', () => {
    const body = profiles();
    const real = validateTwilioResponse({ method: 'GET', url: 'https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=50', status: 200, body });
    const sim = validateTwilioResponse({ method: 'GET', url: 'http://127.0.0.1:4010/trusthub/v1/CustomerProfiles?PageSize=50', status: 200, body });
    expect(sim).toEqual(real);
    expect(real.ok).toBe(true);
    const sim2010 = validateTwilioResponse({ method: 'GET', url: `/api/2010-04-01/Accounts/${AC}/Addresses.json`, status: 200, body: addresses() });
    expect(sim2010).toMatchObject({ operationId: 'ListAddress', ok: true });
  });

  it('maps hosts and prefixes onto products', () => {
    expect(twilioTarget('https://numbers-upload.twilio.com/v2/RegulatoryCompliance/SupportingDocuments')).toEqual({ product: 'numbers-upload', path: '/v2/RegulatoryCompliance/SupportingDocuments' });
    expect(twilioTarget('http://localhost:4010/numbers-upload/v2/RegulatoryCompliance/SupportingDocuments?x=1')).toEqual({
      product: 'numbers-upload',
      path: '/v2/RegulatoryCompliance/SupportingDocuments?x=1',
    });
    expect(twilioTarget('https://trusthub.dublin.ie1.twilio.com/v1/CustomerProfiles')?.product).toBe('trusthub');
    expect(twilioTarget('https://video.twilio.com/v1/Rooms')).toBeUndefined();
    expect(twilioTarget('http://localhost:4010/_sim/clock')).toBeUndefined();
    const upload = validateTwilioResponse({ method: 'POST', url: 'http://localhost:4010/numbers-upload/v2/RegulatoryCompliance/SupportingDocuments', status: 201, body: {} });
    expect(upload).toMatchObject({ matched: true, operationId: 'CreateSupportingDocument', ok: false });
    expect(validateTwilioResponse({ method: 'GET', url: 'https://video.twilio.com/v1/Rooms', status: 200, body: {} })).toMatchObject({ matched: false, ok: false });
  });

  it('formats violations for assertion messages', () => {
    const body = profiles();
    delete body.results[0].errors;
    body.results[0].foo = 1;
    const text = formatViolations(trusthub('GET', '/v1/CustomerProfiles', 200, body));
    expect(text).toBe(
      ['ListCustomerProfile (/v1/CustomerProfiles): 2 violations', "  /results/0/errors: must have required property 'errors'", "  /results/0/foo: must NOT have additional property 'foo'"].join('\n'),
    );
  });
});

describe('OpenAPI documents beyond Twilio', () => {
  it('3.0: nullable enums, nullable $refs and allOf', () => {
    const doc = {
      openapi: '3.0.3',
      paths: { '/things/{Id}': { get: { operationId: 'GetThing', responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } } } },
      components: {
        schemas: {
          Kind: { type: 'string', enum: ['a', 'b'] },
          Owner: { type: 'object', properties: { name: { type: 'string' } } },
          Thing: {
            allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { size: { type: 'integer', minimum: 0, exclusiveMinimum: true } } }],
          },
          Base: {
            type: 'object',
            properties: {
              kind: { type: 'string', enum: ['a', 'b'], nullable: true, example: 'a' },
              owner: { $ref: '#/components/schemas/Owner', nullable: true },
              tag: { allOf: [{ $ref: '#/components/schemas/Kind' }], nullable: true },
            },
          },
        },
      },
    };
    const v = createResponseValidator(doc);
    const check = (body: unknown) => v.validate({ method: 'get', path: '/things/1', status: 200, body });
    expect(check({ kind: null, owner: null, tag: null, size: 1 }).ok).toBe(true);
    expect(check({ kind: 'a', owner: { name: 'x' }, tag: 'b', size: 1 }).ok).toBe(true);
    expectViolation(check({ kind: 'c', owner: null, tag: null, size: 1 }), '/kind', /^must be one of "a", "b", null/);
    expectViolation(check({ kind: 'a', owner: null, tag: null, size: 0 }), '/size', /^must be > 0/);
    // allOf spreads the field set over its members; an extra field is still caught, a member's field is not "extra".
    expectViolation(check({ kind: 'a', owner: null, tag: null, size: 1, extra: true }), '/extra', "must NOT have additional property 'extra'");
    expectViolation(check({ kind: 'a', owner: null, tag: null }), '/size', "must have required property 'size'");
  });

  it('3.1: type arrays with null, const, and a recursive schema', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/v1/Nodes/{Sid}': { get: { operationId: 'FetchNode', responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } } } },
        '/v1/Nodes/Root': { get: { operationId: 'FetchRoot', responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { object: { const: 'root' } } } } } } } } },
      },
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: {
              sid: { type: 'string', pattern: '^ND[0-9a-f]{32}$' },
              label: { type: ['string', 'null'], examples: ['x'] },
              children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
            },
          },
        },
      },
    };
    const v = createResponseValidator(doc);
    const sid = `ND${'0'.repeat(32)}`;
    const leaf = { sid, label: null, children: [] };
    const check = (body: unknown) => v.validate({ method: 'GET', path: `/v1/Nodes/${sid}`, status: 200, body });
    expect(check({ sid, label: 'top', children: [leaf, { ...leaf, children: [leaf] }] }).ok).toBe(true);
    expectViolation(check({ sid, label: 1, children: [] }), '/label', 'must be string,null (got 1)');
    expectViolation(check({ sid, label: 'x', children: [{ ...leaf, children: [{ sid, label: null }] }] }), '/children/0/children/0/children', "must have required property 'children'");
    expect(v.validate({ method: 'GET', path: '/v1/Nodes/Root', status: 200, body: { object: 'root' } })).toMatchObject({ operationId: 'FetchRoot', ok: true });
    expectViolation(v.validate({ method: 'GET', path: '/v1/Nodes/Root', status: 200, body: { object: 'node' } }), '/object', /^must be equal to constant/);
  });
});
