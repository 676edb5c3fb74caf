import { platformAccount } from '../cloudfran/registration.js';
import { DEFAULT_CLOUDFRAN_API_KEY, tenantWorld } from '../cloudfran/tenant.js';
import type { ClockState } from '../engine/clock.js';
import { SEEDED_EPOCH, type Simulator } from '../engine/simulator.js';
import type { World } from '../engine/world.js';
import { HOUR } from '../wire/dates.js';
import { AccountClient, TenantClient, type Requester } from './client.js';
import { generateTenants, STORY_TITLES, type Story, type Tenant } from './tenants.js';

/**
 * Fills a simulator with fake franchise tenants at every stage of A2P onboarding. Everything is
 * made through the faces — CloudFran's API for what a tenant does through CloudFran (brands,
 * campaigns, numbers, webhooks), the Twilio faces for the rest (a draft TrustHub profile, Event
 * Streams, messages and calls), served in process by the simulator's own app — and the clock:
 * each tenant's account starts frozen at its sign-up time and the seeder advances it to reach the
 * tenant's stage, forcing failures with the control plane's documented overrides. So every record
 * is valid and schema-conformant, with its timeline, events, webhooks and ledger.
 */

/** TrustHub's Secondary Customer Profile policy (seed 003 §1.1). */
const SECONDARY_POLICY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';

/** Event Streams types a tenant's account subscribes to (seed 003 §3). */
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
  /** The CloudFran face's X-API-Key, when it is not the default. */
  cloudfranApiKey?: string | undefined;
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
  /** CloudFran's platform account (its Primary Business Profile). */
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
}

/** Seeded accounts start frozen (each stays at its stage until someone moves it) at the simulator's speed. */
function frozenAt(sim: Simulator, ms: number): ClockState {
  return { now: ms, speed: sim.defaultSpeed, frozen: true };
}

export async function seedTenants(sim: Simulator, request: Requester, opts: SeedOptions): Promise<SeedResult> {
  const base = opts.baseUrl.replace(/\/$/, '');
  const inbox = (tenant: string, channel: string) => `${base}/_sim/inbox/${encodeURIComponent(tenant)}/${channel}`;
  const platform = preparePlatform(sim);
  const out: SeededTenant[] = [];
  for (const tenant of generateTenants(opts.seed, opts.tenants)) {
    const existing = sim.accounts().find((w) => (w.settings.demo as DemoSettings | undefined)?.tenantId === tenant.tenantId);
    // The tenant's account, the one the CloudFran face gives this tenant, frozen at its sign-up time.
    const world = existing ?? tenantWorld(sim, tenant.tenantId, frozenAt(sim, SEEDED_EPOCH + tenant.startOffsetHours * HOUR));
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
    const api = new AccountClient(request, world.accountSid, world.authToken, `tenant ${tenant.tenantId}`);
    const cf = new TenantClient(request, opts.cloudfranApiKey ?? DEFAULT_CLOUDFRAN_API_KEY, tenant.tenantId, () => api.flush());
    await runStory({ api, cf, t: tenant, inbox: (channel) => inbox(tenant.tenantId, channel) });
    out.push({ tenantId: tenant.tenantId, accountSid: world.accountSid, business: tenant.business, story: tenant.story, skipped: false });
  }
  await sim.flush();
  return { isvAccountSid: platform.accountSid, tenants: out };
}

/**
 * CloudFran's platform account (the ISV, holding its Primary Business Profile) is made by the
 * CloudFran face on first use; provisioned here first with a frozen clock so its dates are
 * reproducible too.
 */
function preparePlatform(sim: Simulator): World {
  const world = platformAccount(sim, frozenAt(sim, SEEDED_EPOCH - 30 * 24 * HOUR));
  if (!world.settings.demo) {
    world.settings.demo = { role: 'isv', business: 'CloudFran platform (ISV)' } satisfies DemoSettings;
    world.touch();
  }
  return world;
}

interface StoryContext {
  api: AccountClient;
  cf: TenantClient;
  t: Tenant;
  inbox: (channel: string) => string;
}

const CF_BUSINESS_TYPE: Record<Tenant['businessType'], string> = { 'Limited Liability Corporation': 'LLC', Corporation: 'Corporation', Partnership: 'Partnership' };

/** Drives one tenant through the faces, as far as its story goes. */
async function runStory({ api, cf, t, inbox }: StoryContext): Promise<void> {
  // The tenant's account: named after the business; its Twilio events (seed 003 §3 Event Streams) and CloudFran webhooks go to the demo inbox.
  await cf.call('PUT', '/webhooks', { url: inbox('cloudfran') });
  await api.twilio('POST', `/api/2010-04-01/Accounts/${api.accountSid}.json`, { FriendlyName: `${t.business} (${t.address.city})`.slice(0, 64) });
  const sink = await api.twilio('POST', '/events/v1/Sinks', {
    Description: `${t.business} A2P events`,
    SinkType: 'webhook',
    SinkConfiguration: JSON.stringify({ destination: inbox('events'), method: 'POST', batch_events: false }),
  });
  await api.twilio('POST', '/events/v1/Subscriptions', { Description: 'A2P registration events', SinkSid: sink.sid, Types: A2P_EVENT_TYPES.map((type) => JSON.stringify({ type })) });

  if (t.story === 'profile-draft') return draftProfile(api, t);

  // Seed 000 POST /brands: CloudFran submits the tenant's TrustHub profile and trust product and registers the brand.
  const brand = await cf.call('POST', '/brands', {
    tenantId: t.tenantId,
    businessName: t.business,
    email: t.email,
    phone: t.owner.phone,
    ein: t.ein,
    businessType: CF_BUSINESS_TYPE[t.businessType],
    website: t.website,
    address: t.address.street,
    city: t.address.city,
    state: t.address.region,
    zipCode: t.address.postalCode,
  });
  const detail = await cf.call('GET', `/brands/${brand.brandSid}`);
  if (t.story === 'profile-in-review') return api.advance(15 * 60);
  if (t.story === 'profile-rejected') {
    await api.force(detail.customerProfileSid, 'twilio-rejected', {
      reason: `The address of ${t.business} could not be matched to its business registration. Please upload a utility bill or lease for ${t.address.street}.`,
    });
    return api.advance(3 * 3600);
  }
  if (t.story === 'brand-pending') return api.advance(20 * 60);
  if (t.story === 'brand-failed') {
    await api.force(brand.brandSid, 'FAILED', { code: 30799, fields: ['business_registration_number'], reason: `TCR could not match EIN ${t.ein} to the legal name ${t.business}.` });
    return api.settle();
  }
  await api.settle();

  // Seed 000 POST /campaigns: a Messaging Service and its A2P campaign.
  const campaign = await cf.call('POST', '/campaigns', {
    tenantId: t.tenantId,
    brandSid: brand.brandSid,
    campaignName: `${t.brand} customer texts`,
    description: `${t.brand} sends ${t.concept.about}.`,
    useCase: t.concept.usecase,
    messageSamples: t.concept.samples.map((s) => s.replaceAll('{brand}', t.brand)),
    hasEmbeddedLinks: false,
    hasEmbeddedPhone: false,
    messageFlow: `Customers opt in on ${t.website.replace('https://', '')}/text-alerts by entering their mobile number and ticking a box agreeing to receive texts from ${t.brand}.`,
  });
  if (t.story === 'campaign-pending') return api.advance(3 * 3600);
  if (t.story === 'campaign-failed') {
    await api.force(campaign.campaignSid, 'FAILED', { code: 30886, fields: ['DESCRIPTION'], reason: `The description does not say how ${t.brand} collects consent for its messages.` });
    return api.settle();
  }
  await api.settle();
  await liveNumbers({ api, cf, t, inbox }, campaign.messagingServiceSid as string);
}

/** A tenant that started its business profile in TrustHub and has not submitted it (seed 003 §1.1–1.8). */
async function draftProfile(api: AccountClient, t: Tenant): Promise<void> {
  const profile = await api.twilio('POST', '/trusthub/v1/CustomerProfiles', { Email: t.email, FriendlyName: `${t.business} Secondary Customer Profile`, PolicySid: SECONDARY_POLICY });
  const info = await api.twilio('POST', '/trusthub/v1/EndUsers', {
    FriendlyName: `${t.business} - Business Information`,
    Type: 'customer_profile_business_information',
    Attributes: JSON.stringify({
      business_name: t.business,
      business_identity: 'direct_customer',
      business_type: t.businessType,
      business_industry: t.concept.industry,
      business_registration_identifier: 'EIN',
      business_registration_number: t.ein,
      business_regions_of_operation: 'USA_AND_CANADA',
      website_url: t.website,
    }),
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profile.sid}/EntityAssignments`, { ObjectSid: info.sid });
  const rep = await api.twilio('POST', '/trusthub/v1/EndUsers', {
    FriendlyName: `${t.owner.firstName} ${t.owner.lastName}`,
    Type: 'authorized_representative_1',
    Attributes: JSON.stringify({
      first_name: t.owner.firstName,
      last_name: t.owner.lastName,
      email: t.owner.email,
      phone_number: t.owner.phone,
      business_title: t.owner.title,
      job_position: 'Director',
    }),
  });
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profile.sid}/EntityAssignments`, { ObjectSid: rep.sid });
  // The address is still missing: the profile's evaluation says so.
  await api.twilio('POST', `/trusthub/v1/CustomerProfiles/${profile.sid}/Evaluations`, { PolicySid: SECONDARY_POLICY });
}

/**
 * A live tenant: four numbers bought through CloudFran (linked to its campaign, registered on the
 * clock), texts and calls to its customers over three months with monthly campaign charges, and
 * one number at each later stage of seed 000's cancellation policy: pending cancellation (60-day
 * notice), held (30-day hold) and released.
 */
async function liveNumbers({ api, cf, t, inbox }: StoryContext, serviceSid: string): Promise<void> {
  let available = (await cf.call('GET', `/phone-numbers/available?areaCode=${t.address.areaCode}&limit=4`)).numbers as Array<{ phoneNumber: string }>;
  if (available.length < 4) available = (await cf.call('GET', '/phone-numbers/available?areaCode=415&limit=4')).numbers;
  const numbers: Array<{ serviceId: string; phoneNumber: string }> = [];
  for (const n of available.slice(0, 4)) numbers.push(await cf.call('POST', '/phone-numbers', { tenantId: t.tenantId, phoneNumber: n.phoneNumber, email: t.email }));
  await api.settle();
  const [main, pending, held, released] = numbers as [(typeof numbers)[0], (typeof numbers)[0], (typeof numbers)[0], (typeof numbers)[0]];
  const text = async (i: number) => {
    await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/Messages.json', {
      To: t.customers[i % t.customers.length]!,
      MessagingServiceSid: serviceSid,
      Body: `${t.brand}: ${t.concept.customerMessages[i % t.concept.customerMessages.length]} Reply STOP to opt out.`,
    });
    await api.advance(47 * 60);
  };
  const call = async (i: number) => {
    await api.twilio('POST', '/api/2010-04-01/Accounts/{AccountSid}/Calls.json', {
      To: t.customers[i % t.customers.length]!,
      From: main.phoneNumber,
      Twiml: `<Response><Say>Hello from ${t.brand}. This is a reminder about your appointment.</Say></Response>`,
      StatusCallback: inbox('calls'),
    });
    await api.advance(2 * 3600);
  };
  for (let i = 0; i < 4; i++) await text(i);
  await call(0);
  // Day 0: the fourth number is given notice; a month later the third.
  await cf.call('POST', `/phone-numbers/${released.serviceId}/cancel`);
  await api.advance(31 * 24 * 3600);
  for (let i = 4; i < 7; i++) await text(i);
  await call(1);
  await cf.call('POST', `/phone-numbers/${held.serviceId}/cancel`);
  // Day 91: the fourth number's notice and hold are over (released), the third's notice just took effect (held).
  await api.advance(60 * 24 * 3600);
  for (let i = 7; i < 10; i++) await text(i);
  await call(2);
  await cf.call('POST', `/phone-numbers/${pending.serviceId}/cancel`);
  // Not "until settled": that would run the new notice period out too.
  await api.advance(3600);
}
