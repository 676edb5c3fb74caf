import { DEFAULT_SPEED, type ClockState } from '../engine/clock.js';
import { SEEDED_EPOCH, type Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { HOUR } from '../wire/dates.js';
import { AccountClient, type Requester } from './client.js';
import { generateTenants, STORY_TITLES, type Story, type Tenant } from './tenants.js';

/**
 * Fills a simulator with fake franchise tenants at every stage of A2P onboarding. Everything is
 * made through the faces (HTTP requests served in process by the simulator's own app) and the
 * clock: each tenant's account starts frozen at a chosen simulated time, and the seeder advances
 * it to reach the tenant's stage, forcing failures with the control plane's documented overrides.
 * So every record is valid and schema-conformant, with its timeline, events and deliveries.
 */

/** Scope of the accounts derived from CloudFran tenant ids (the CloudFran face derives the same ones). */
export const TENANT_SCOPE = 'cloudfran-tenant';
const DEMO_SCOPE = 'a2p-sim-demo';

/** TrustHub policies (FIDELITY §5; seed 003). */
const Policy = {
  primary: 'RN000000000000000000000000000000a1',
  secondary: 'RNdfbf3fae0e1107f8aded0e7cead80bf5',
  a2p: 'RNb0d4771c2c98518d916a3d4cd70a8f8b',
} as const;

/** Event Streams types an ISV subscribes to for its customers' registrations. */
const A2P_EVENT_TYPES = [
  'com.twilio.messaging.compliance.brand-registration.brand-registered',
  'com.twilio.messaging.compliance.brand-registration.brand-failure',
  'com.twilio.messaging.compliance.campaign-registration.campaign-submitted',
  'com.twilio.messaging.compliance.campaign-registration.campaign-approved',
  'com.twilio.messaging.compliance.campaign-registration.campaign-failure',
  'com.twilio.messaging.compliance.number-registration.successful',
  'com.twilio.messaging.compliance.number-registration.failed',
];

export interface SeedOptions {
  /** How many tenants (the first N of the seed: growing N adds tenants, the first ones stay the same). */
  tenants: number;
  seed: string;
  /** Where the simulator is reachable: the tenants' callbacks and webhooks go to its demo inbox (`/_sim/inbox/…`). */
  baseUrl: string;
}

export interface SeededTenant {
  tenantId: string;
  accountSid: string;
  business: string;
  story: Story;
  /** True when the tenant's account already existed (seeded before): it is left as it is. */
  skipped: boolean;
}

export interface SeedResult {
  isvAccountSid: string;
  tenants: SeededTenant[];
}

/** What the dashboard shows about a seeded account (`world.settings.demo`). */
export interface DemoSettings {
  role: 'tenant' | 'isv';
  business: string;
  story?: Story;
  stage?: string;
  city?: string;
  tenantId?: string;
  primaryProfileSid?: string;
}

function frozenAt(ms: number): ClockState {
  return { now: ms, speed: DEFAULT_SPEED, frozen: true };
}

function client(request: Requester, world: World, who: string): AccountClient {
  return new AccountClient(request, world.accountSid, world.authToken, who);
}

export async function seedTenants(sim: Simulator, request: Requester, opts: SeedOptions): Promise<SeedResult> {
  const inbox = (tenant: string, channel: string) => `${opts.baseUrl.replace(/\/$/, '')}/_sim/inbox/${encodeURIComponent(tenant)}/${channel}`;
  const isv = await ensureIsv(sim, request, opts.seed);
  const out: SeededTenant[] = [];
  for (const tenant of generateTenants(opts.seed, opts.tenants)) {
    const start = SEEDED_EPOCH + tenant.startOffsetHours * HOUR;
    const existing = sim.accounts().find((w) => (w.settings.demo as DemoSettings | undefined)?.tenantId === tenant.tenantId);
    const world = existing ?? sim.derivedAccount(TENANT_SCOPE, tenant.tenantId, frozenAt(start));
    if (existing || world.settings.demo || world.tableNames().length > 0) {
      out.push({ tenantId: tenant.tenantId, accountSid: world.accountSid, business: tenant.business, story: tenant.story, skipped: true });
      continue;
    }
    world.settings.demo = {
      role: 'tenant',
      business: tenant.business,
      story: tenant.story,
      stage: STORY_TITLES[tenant.story],
      city: `${tenant.address.city}, ${tenant.address.region}`,
      tenantId: tenant.tenantId,
    } satisfies DemoSettings;
    world.touch();
    const api = client(request, world, `tenant ${tenant.tenantId}`);
    await api.twilio('POST', `/api/2010-04-01/Accounts/${world.accountSid}.json`, { FriendlyName: `${tenant.business} (${tenant.address.city})`.slice(0, 64) });
    await runStory(api, tenant, isv.primaryProfileSid, (channel) => inbox(tenant.tenantId, channel));
    out.push({ tenantId: tenant.tenantId, accountSid: world.accountSid, business: tenant.business, story: tenant.story, skipped: false });
  }
  await sim.flush();
  return { isvAccountSid: isv.world.accountSid, tenants: out };
}

/**
 * The ISV (CloudFran itself): its Primary Business Profile, approved, in its own account. Every
 * tenant's secondary profile points at it (seed 003 prerequisite).
 */
async function ensureIsv(sim: Simulator, request: Requester, seed: string): Promise<{ world: World; primaryProfileSid: string }> {
  const world = sim.derivedAccount(DEMO_SCOPE, `isv|${seed}`, frozenAt(SEEDED_EPOCH - 30 * 24 * HOUR));
  const known = (world.settings.demo as DemoSettings | undefined)?.primaryProfileSid;
  if (known && world.table('trusthub.customer_profiles').get(known)) return { world, primaryProfileSid: known };
  const api = client(request, world, 'the ISV account');
  await api.twilio('POST', `/api/2010-04-01/Accounts/${world.accountSid}.json`, { FriendlyName: 'CloudFran, Inc. (ISV)' });
  const primary = await api.twilio('POST', '/trusthub/v1/CustomerProfiles', { Email: 'compliance@cloudfran.com', FriendlyName: 'CloudFran, Inc. Primary Business Profile', PolicySid: Policy.primary });
  await businessProfile(api, primary.sid, {
    business: 'CloudFran, Inc.',
    businessType: 'Corporation',
    ein: '84-2918305',
    website: 'https://www.cloudfran.com',
    industry: 'TECHNOLOGY',
    identity: 'isv_reseller_or_partner',
    rep: { firstName: 'Morgan', lastName: 'Reyes', email: 'morgan.reyes@cloudfran.com', phone: '+14155550142', title: 'Head of Compliance' },
    address: { street: '500 Howard St', city: 'San Francisco', region: 'CA', postalCode: '94105' },
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${primary.sid}`, { Status: 'pending-review' });
  await api.settle();
  world.settings.demo = { role: 'isv', business: 'CloudFran, Inc. (ISV)', primaryProfileSid: primary.sid } satisfies DemoSettings;
  world.touch();
  return { world, primaryProfileSid: primary.sid };
}

interface BusinessData {
  business: string;
  businessType: string;
  ein: string;
  website: string;
  industry: string;
  identity: string;
  rep: { firstName: string; lastName: string; email: string; phone: string; title: string };
  address: { street: string; city: string; region: string; postalCode: string };
}

/** Seed 003 §1.2–1.8: business information, authorised representative, address document, assigned to the profile. */
async function businessProfile(api: AccountClient, profileSid: string, b: BusinessData): Promise<void> {
  const info = await api.twilio('POST', '/trusthub/v1/EndUsers', {
    FriendlyName: `${b.business} business information`,
    Type: 'customer_profile_business_information',
    Attributes: JSON.stringify({
      business_name: b.business,
      business_identity: b.identity,
      business_type: b.businessType,
      business_industry: b.industry,
      business_registration_identifier: 'EIN',
      business_registration_number: b.ein,
      business_regions_of_operation: 'USA_AND_CANADA',
      website_url: b.website,
      social_media_profile_urls: b.website,
    }),
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profileSid}/EntityAssignments`, { ObjectSid: info.sid });
  const rep = await api.twilio('POST', '/trusthub/v1/EndUsers', {
    FriendlyName: `${b.rep.firstName} ${b.rep.lastName}`,
    Type: 'authorized_representative_1',
    Attributes: JSON.stringify({ first_name: b.rep.firstName, last_name: b.rep.lastName, email: b.rep.email, phone_number: b.rep.phone, business_title: b.rep.title, job_position: 'Director' }),
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profileSid}/EntityAssignments`, { ObjectSid: rep.sid });
  const address = await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/Addresses.json', {
    CustomerName: b.business,
    Street: b.address.street,
    City: b.address.city,
    Region: b.address.region,
    PostalCode: b.address.postalCode,
    IsoCountry: 'US',
    FriendlyName: `${b.business} headquarters`,
  });
  const doc = await api.twilio('POST', '/trusthub/v1/SupportingDocuments', {
    FriendlyName: `${b.business} address`,
    Type: 'customer_profile_address',
    Attributes: JSON.stringify({ address_sids: address.sid }),
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profileSid}/EntityAssignments`, { ObjectSid: doc.sid });
}

/** Drives one tenant through the faces, as far as its story goes. */
async function runStory(api: AccountClient, t: Tenant, primaryProfileSid: string, inbox: (channel: string) => string): Promise<void> {
  // The ISV listens to its customers' A2P events (seed 003 §3 "Event Streams").
  const sink = await api.twilio('POST', '/events/v1/Sinks', {
    Description: `${t.business} A2P events`,
    SinkType: 'webhook',
    SinkConfiguration: JSON.stringify({ destination: inbox('events'), method: 'POST', batch_events: false }),
  });
  await api.twilio('POST', '/events/v1/Subscriptions', { Description: 'A2P registration events', SinkSid: sink.sid, Types: A2P_EVENT_TYPES.map((type) => JSON.stringify({ type })) });

  // Seed 003 §1: the secondary customer profile.
  const profile = await api.twilio('POST', '/trusthub/v1/CustomerProfiles', { Email: t.email, FriendlyName: t.business, PolicySid: Policy.secondary, StatusCallback: inbox('trusthub') });
  await businessProfile(api, profile.sid, {
    business: t.business,
    businessType: t.businessType,
    ein: t.ein,
    website: t.website,
    industry: t.concept.industry,
    identity: 'direct_customer',
    rep: t.owner,
    address: t.address,
  });
  if (t.story === 'profile-draft') return;
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profile.sid}/EntityAssignments`, { ObjectSid: primaryProfileSid });
  if (t.story === 'profile-rejected') {
    await api.force(profile.sid, 'twilio-rejected', { reason: `The address of ${t.business} could not be matched to the business registration. Please upload a utility bill or lease for ${t.address.street}.` });
  }
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profile.sid}`, { Status: 'pending-review' });
  if (t.story === 'profile-in-review') return api.advance(15 * 60);
  if (t.story === 'profile-rejected') return api.settle();

  // Seed 003 §2: the A2P trust product, then both reviewed.
  const product = await api.twilio('POST', '/trusthub/v1/TrustProducts', { Email: t.email, FriendlyName: `${t.business} A2P Trust Product`, PolicySid: Policy.a2p, StatusCallback: inbox('trusthub') });
  const messaging = await api.twilio('POST', '/trusthub/v1/EndUsers', { FriendlyName: `${t.business} messaging profile`, Type: 'us_a2p_messaging_profile_information', Attributes: JSON.stringify({ company_type: 'private' }) });
  await api.twilio('POST', `/trusthub/v1/TrustProducts/${product.sid}/EntityAssignments`, { ObjectSid: messaging.sid });
  await api.twilio('POST', `/trusthub/v1/TrustProducts/${product.sid}/EntityAssignments`, { ObjectSid: profile.sid });
  await api.twilio('POST', `/trusthub/v1/TrustProducts/${product.sid}`, { Status: 'pending-review' });
  await api.settle();

  // Seed 003 §3: the brand.
  const brand = await api.twilio('POST', '/messaging/v1/a2p/BrandRegistrations', { CustomerProfileBundleSid: profile.sid, A2PProfileBundleSid: product.sid });
  if (t.story === 'brand-pending') return api.advance(20 * 60);
  if (t.story === 'brand-failed') {
    await api.force(brand.sid, 'FAILED', { code: 30799, fields: ['business_registration_number'], reason: `TCR could not match EIN ${t.ein} to the legal name ${t.business}.` });
    return api.settle();
  }
  await api.settle();

  // Seed 003 §4: the Messaging Service and its campaign.
  const service = await api.twilio('POST', '/messaging/v1/Services', { FriendlyName: `${t.brand} texting`, StatusCallback: inbox('messages') });
  const campaign = await api.twilio('POST', `/messaging/v1/Services/${service.sid}/Compliance/Usa2p`, {
    BrandRegistrationSid: brand.sid,
    Description: `${t.brand} sends ${t.concept.about}.`,
    MessageFlow: `Customers opt in on ${t.website.replace('https://', '')}/text-alerts by entering their mobile number and ticking a box agreeing to receive texts from ${t.brand}.`,
    MessageSamples: t.concept.samples.map((s) => s.replaceAll('{brand}', t.brand)),
    UsAppToPersonUsecase: t.concept.usecase,
    HasEmbeddedLinks: false,
    HasEmbeddedPhone: false,
  });
  if (t.story === 'campaign-pending') return api.advance(3 * 3600);
  if (t.story === 'campaign-failed') {
    await api.force(campaign.sid, 'FAILED', { code: 30886, fields: ['DESCRIPTION'], reason: `The description does not say how ${t.brand} collects consent for marketing messages.` });
    return api.settle();
  }
  await api.settle();

  // Seed 003 §5: numbers in the service, registered to the campaign, then traffic.
  const numbers = await buyNumbers(api, t, 4);
  for (const n of numbers.slice(0, 3)) await api.twilio('POST', `/messaging/v1/Services/${service.sid}/PhoneNumbers`, { PhoneNumberSid: n.sid });
  await api.settle();
  for (const [i, to] of t.customers.entries()) {
    await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/Messages.json', { To: to, MessagingServiceSid: service.sid, Body: `${t.brand}: ${t.concept.customerMessages[i % t.concept.customerMessages.length]} Reply STOP to opt out.` });
    await api.advance(47 * 60);
  }
  for (const to of t.customers.slice(0, 3)) {
    await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/Calls.json', {
      To: to,
      From: numbers[0]!.phone_number,
      Twiml: `<Response><Say>Hello from ${t.brand}. This is a reminder about your appointment.</Say></Response>`,
      StatusCallback: inbox('calls'),
    });
    await api.advance(2 * 3600);
  }
  await api.settle();
  // The fourth number was never used: the tenant gave it back.
  await api.twilio('DELETE', `/api/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/${numbers[3]!.sid}.json`);
}

/** Local numbers in the tenant's own area code when there are enough, else anywhere in the US. */
async function buyNumbers(api: AccountClient, t: Tenant, count: number): Promise<Array<{ sid: string; phone_number: string }>> {
  let available = (await api.twilio('GET', `/api/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/US/Local.json?AreaCode=${t.address.areaCode}&SmsEnabled=true&PageSize=${count}`)).available_phone_numbers as Array<{ phone_number: string }>;
  if (available.length < count) available = (await api.twilio('GET', `/api/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/US/Local.json?SmsEnabled=true&PageSize=${count}`)).available_phone_numbers;
  const bought: Array<{ sid: string; phone_number: string }> = [];
  const names = ['Front desk', 'Reminders', 'Marketing', 'Spare line'];
  for (const [i, n] of available.slice(0, count).entries()) {
    bought.push(await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json', { PhoneNumber: n.phone_number, FriendlyName: `${t.brand} ${names[i] ?? `line ${i + 1}`}` }));
  }
  return bought;
}
