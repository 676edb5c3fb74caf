import type { FuzzRequest, Identities } from './requests.js';
import { pathToken } from './pool.js';
import { BASE_TOKEN, PHONE_TOKEN, sidToken, TENANT_TOKEN } from './values.js';

/**
 * Valid requests sent once, in order, before the fuzzing: a few resources of every kind in the
 * first two accounts and the first tenant, so the SIDs the generator names exist and the handlers'
 * state checks (review in progress, already assigned, not approved…) are reached.
 */
export function setupRequests(ids: Identities): FuzzRequest[] {
  const v = ids.victim;
  const out: FuzzRequest[] = [
    // Provisions the account refused credentials are tried on (README "Wire protocol": the first request's token is the account's).
    {
      route: 'GET /api/2010-04-01/Accounts/{Sid}.json',
      variant: ['setup'],
      method: 'GET',
      path: `/api/2010-04-01/Accounts/${v.sid}.json`,
      headers: {
        authorization: `Basic ${Buffer.from(`${v.sid}:${v.token}`).toString('base64')}`,
      },
      identity: v.sid,
    },
  ];
  const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
  for (const a of ids.accounts.slice(0, 2)) {
    const auth = {
      authorization: `Basic ${Buffer.from(`${a.sid}:${a.token}`).toString('base64')}`,
    };
    // `route` names the collection the answer's `sid` belongs to (fuzz/pool.ts), parameters as in the spec.
    const post = (path: string, body: Record<string, string>, route = path): FuzzRequest => ({
      route: `POST ${route}`,
      variant: ['setup'],
      method: 'POST',
      path,
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: form(body),
      identity: a.sid,
    });
    const get = (path: string): FuzzRequest => ({
      route: `GET ${path}`,
      variant: ['setup'],
      method: 'GET',
      path,
      headers: auth,
      identity: a.sid,
    });
    const json = (path: string, body: unknown): FuzzRequest => ({
      route: `POST ${path}`,
      variant: ['setup'],
      method: 'POST',
      path,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      identity: a.sid,
    });
    const api = `/api/2010-04-01/Accounts/${a.sid}`;
    const cp = pathToken('/trusthub/v1/CustomerProfiles');
    const tp = pathToken('/trusthub/v1/TrustProducts');
    const bundle = `/numbers/v2/RegulatoryCompliance/Bundles/${pathToken('/numbers/v2/RegulatoryCompliance/Bundles')}`;
    out.push(
      json('/_sim/trusthub/primary-profile', {
        statusCallback: `${BASE_TOKEN}/_sim/inbox/primary`,
      }),
      post('/trusthub/v1/CustomerProfiles', {
        FriendlyName: 'Fuzz secondary',
        Email: 'ops@acme.com',
        PolicySid: 'RNdfbf3fae0e1107f8aded0e7cead80bf5',
        StatusCallback: `${BASE_TOKEN}/_sim/inbox/cp`,
      }),
      post('/trusthub/v1/TrustProducts', {
        FriendlyName: 'Fuzz A2P',
        Email: 'ops@acme.com',
        PolicySid: 'RNb0d4771c2c98518d916a3d4cd70a8f8b',
      }),
      post('/trusthub/v1/EndUsers', {
        FriendlyName: 'Fuzz info',
        Type: 'customer_profile_business_information',
        Attributes: JSON.stringify({
          business_name: 'Acme, Inc.',
          business_type: 'Partnership',
          business_registration_identifier: 'EIN',
          business_registration_number: '12-3456789',
          business_identity: 'direct_customer',
          business_industry: 'EDUCATION',
          business_regions_of_operation: 'USA_AND_CANADA',
          website_url: 'https://www.acme-inc.com',
        }),
      }),
      post(`${api}/Addresses.json`, {
        CustomerName: 'Acme',
        Street: '1 Main St',
        City: 'San Francisco',
        Region: 'CA',
        PostalCode: '94102',
        IsoCountry: 'US',
      }),
      post('/trusthub/v1/SupportingDocuments', {
        FriendlyName: 'Fuzz address',
        Type: 'customer_profile_address',
        Attributes: JSON.stringify({ address_sids: sidToken('AD') }),
      }),
      post(`/trusthub/v1/CustomerProfiles/${cp}/EntityAssignments`, { ObjectSid: sidToken('IT') }, '/trusthub/v1/CustomerProfiles/{CustomerProfileSid}/EntityAssignments'),
      post(`/trusthub/v1/CustomerProfiles/${cp}/Evaluations`, { PolicySid: 'RNdfbf3fae0e1107f8aded0e7cead80bf5' }, '/trusthub/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations'),
      post(`/trusthub/v1/TrustProducts/${tp}/EntityAssignments`, { ObjectSid: cp }, '/trusthub/v1/TrustProducts/{TrustProductSid}/EntityAssignments'),
      post('/messaging/v1/Services', {
        FriendlyName: 'Fuzz service',
        StatusCallback: `${BASE_TOKEN}/_sim/inbox/ms`,
      }),
      get(`${api}/AvailablePhoneNumbers/US/Local.json?PageSize=3`),
      post(`${api}/IncomingPhoneNumbers.json`, {
        PhoneNumber: PHONE_TOKEN,
        FriendlyName: 'Fuzz number',
      }),
      post(
        `/messaging/v1/Services/${pathToken('/messaging/v1/Services')}/PhoneNumbers`,
        { PhoneNumberSid: pathToken(`${api}/IncomingPhoneNumbers`) },
        '/messaging/v1/Services/{ServiceSid}/PhoneNumbers',
      ),
      post(`${api}/Messages.json`, {
        To: '+14155550100',
        From: PHONE_TOKEN,
        Body: 'fuzz hello',
        StatusCallback: `${BASE_TOKEN}/_sim/inbox/sm`,
      }),
      post(`${api}/Calls.json`, {
        To: '+14155550100',
        From: PHONE_TOKEN,
        Url: `${BASE_TOKEN}/_sim/inbox/twiml`,
      }),
      post(`${api}/Keys.json`, { FriendlyName: 'fuzz key' }),
      post('/events/v1/Sinks', {
        Description: 'fuzz sink',
        SinkType: 'webhook',
        SinkConfiguration: JSON.stringify({
          destination: `${BASE_TOKEN}/_sim/inbox/sink`,
          method: 'POST',
          batch_events: false,
        }),
      }),
      post('/events/v1/Subscriptions', {
        Description: 'fuzz subscription',
        SinkSid: pathToken('/events/v1/Sinks'),
        Types: JSON.stringify({
          type: 'com.twilio.messaging.compliance.brand-registration.brand-registered',
        }),
      }),
      post('/numbers/v2/RegulatoryCompliance/EndUsers', {
        FriendlyName: 'Fuzz DE',
        Type: 'business',
        Attributes: JSON.stringify({ business_name: 'Acme GmbH' }),
      }),
      post('/numbers/v2/RegulatoryCompliance/Bundles', {
        FriendlyName: 'Fuzz bundle',
        Email: 'ops@acme.com',
        IsoCountry: 'DE',
        NumberType: 'local',
        EndUserType: 'business',
      }),
      post(`${bundle}/ItemAssignments`, { ObjectSid: pathToken('/numbers/v2/RegulatoryCompliance/EndUsers') }, '/numbers/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments'),
      post(`${bundle}/Evaluations`, {}, '/numbers/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations'),
      post(
        `/trusthub/v1/CustomerProfiles/${cp}/ChannelEndpointAssignments`,
        {
          ChannelEndpointType: 'phone-number',
          ChannelEndpointSid: pathToken(`${api}/IncomingPhoneNumbers`),
        },
        '/trusthub/v1/CustomerProfiles/{CustomerProfileSid}/ChannelEndpointAssignments',
      ),
      json('/_sim/clock/advance', { until: 'settled' }),
    );
  }
  const t = ids.tenants[0]!;
  const cf = (method: string, path: string, body?: unknown): FuzzRequest => ({
    route: `${method} /api/v1/twilio${path}`,
    variant: ['setup'],
    method,
    path: `/api/v1/twilio${path}`,
    headers: {
      'x-api-key': ids.apiKey,
      'x-tenant-id': t,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    identity: `tenant:${t}`,
  });
  const settle: FuzzRequest = {
    ...cf('POST', '/x', { until: 'settled' }),
    route: 'POST /_sim/clock/advance',
    path: '/_sim/clock/advance',
  };
  out.push(
    cf('GET', '/account'),
    cf('PUT', '/webhooks', {
      tenantId: TENANT_TOKEN,
      url: `${BASE_TOKEN}/_sim/inbox/cf`,
    }),
    cf('POST', '/brands', {
      tenantId: TENANT_TOKEN,
      businessName: 'Acme Corporation',
      email: 'compliance@acme.com',
      phone: '+15551234567',
      ein: '12-3456789',
      businessType: 'LLC',
      website: 'https://acme.com',
      address: '123 Main St',
      city: 'San Francisco',
      state: 'CA',
      zipCode: '94102',
    }),
    settle,
    cf('POST', '/campaigns', {
      tenantId: TENANT_TOKEN,
      brandSid: sidToken('BN'),
      campaignName: 'Acme Deals',
      description: 'Weekly promotions and store news for Acme Corporation customers who signed up in store or online.',
      useCase: 'MARKETING',
      messageSamples: [
        'Acme Corporation: 20% off all garden tools this week only! Reply STOP to opt out.',
        'Acme Corporation: your loyalty points are about to expire, visit us soon. Reply STOP to unsubscribe.',
      ],
      hasEmbeddedLinks: false,
      hasEmbeddedPhone: false,
    }),
    cf('GET', '/phone-numbers/available?areaCode=415&type=local&limit=2'),
    cf('POST', '/phone-numbers', {
      tenantId: TENANT_TOKEN,
      phoneNumber: PHONE_TOKEN,
      webhookUrl: `${BASE_TOKEN}/_sim/inbox/cf-number`,
    }),
    settle,
  );
  return out;
}
