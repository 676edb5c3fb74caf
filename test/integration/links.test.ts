import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodCampaign, isvPrimaryProfile, standardBundles } from '../helpers/a2p.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * Every link a typical journey's responses emit (`url`, `uri`, each value of `links` and of
 * `subresource_uris`) resolves with a GET on the simulator, unless it is listed below with why:
 * an endpoint the spec serves only as POST, or a resource outside the simulated A2P onboarding
 * (fixtures/scope/README.md).
 */
const NOT_GETTABLE: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /\/Messages\/(SM|MM)\w+\/Feedback\.json$/, reason: 'POST-only: the spec has CreateMessageFeedback and no fetch' },
  { pattern: /\/v1\/a2p\/BrandRegistrations\/BN\w+\/SmsOtp$/, reason: 'POST-only: the spec has CreateBrandRegistrationOtp and no fetch' },
  { pattern: /\/v1\/Sinks\/DG\w+\/(Test|Validate)$/, reason: 'POST-only: the spec has CreateSinkTest and CreateSinkValidate' },
  { pattern: /\/v1\/Services\/MG\w+\/Messages$/, reason: 'Twilio emits this link, but the vendored spec has no such path' },
  {
    pattern: /\/v2\/RegulatoryCompliance\/DocumentTypes\/\w+$/,
    reason: "Twilio's regulation requirements name accepted documents by this URL (the spec's ListRegulation example), a path the spec does not have",
  },
  {
    pattern: /\/Accounts\/AC\w+\/(Conferences|Notifications|OutgoingCallerIds|Recordings|Transcriptions|SigningKeys|ConnectApps|SIP|AuthorizedConnectApps|Usage|Applications|Queues|Balance)\.json$/,
    reason: 'outside the simulated A2P onboarding (fixtures/scope/README.md)',
  },
  { pattern: /\/Calls\/CA\w+\/\w+\.json$/, reason: "a call's sub-resources (recordings, notifications, streams…) are outside the simulated A2P onboarding" },
];

/** Links in a response body: values of `url`/`uri` anywhere, and every string value of `links` and `subresource_uris`. */
function linksIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) linksIn(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'url' || k === 'uri') && typeof v === 'string') out.add(v);
    else if ((k === 'links' || k === 'subresource_uris') && v && typeof v === 'object') {
      for (const link of Object.values(v)) if (typeof link === 'string') out.add(link);
    } else linksIn(v, out);
  }
}

/** A Twilio link as a path on the simulator: `https://messaging.twilio.com/v1/…` → `/messaging/v1/…`; `/2010-04-01/…` → `/api/2010-04-01/…`. */
function simulatorPath(link: string): string {
  const absolute = /^https:\/\/([a-z-]+)\.twilio\.com(\/.*)$/.exec(link);
  if (absolute) return `/${absolute[1]}${absolute[2]}`;
  if (link.startsWith('/2010-04-01/')) return `/api${link}`;
  throw new Error(`${link} is neither an absolute Twilio URL nor an API 2010 path`);
}

describe('links in responses resolve', () => {
  let sim: TestSim;
  let acct: TestAccount;

  beforeAll(async () => {
    sim = await TestSim.start();
    const primarySid = await isvPrimaryProfile(sim);
    acct = await sim.account();
    const c = acct.client;
    // A typical journey, kept whole (nothing deleted) so that every link it saw still names something.
    const sink = await c.events.v1.sinks.create({ description: 'links', sinkConfiguration: { destination: 'https://example.com/events', method: 'POST', batch_events: false }, sinkType: 'webhook' });
    const subscription = await c.events.v1.subscriptions.create({ description: 'links', sinkSid: sink.sid, types: [{ type: 'com.twilio.messaging.compliance.brand-registration.brand-registered' }] });
    await c.events.v1.subscriptions(subscription.sid).subscribedEvents.list();
    const { customerProfileSid, trustProductSid } = await standardBundles(acct, primarySid);
    await acct.settle();
    await c.trusthub.v1.customerProfiles(customerProfileSid).customerProfilesEntityAssignments.list();
    await c.trusthub.v1.customerProfiles(customerProfileSid).customerProfilesEvaluations.create({ policySid: 'RNdfbf3fae0e1107f8aded0e7cead80bf5' });
    await c.trusthub.v1.trustProducts(trustProductSid).fetch();
    const brand = await c.messaging.v1.brandRegistrations.create({ customerProfileBundleSid: customerProfileSid, a2PProfileBundleSid: trustProductSid });
    await acct.settle();
    await c.messaging.v1.brandRegistrations(brand.sid).fetch();
    const service = await c.messaging.v1.services.create({ friendlyName: 'links' });
    await c.messaging.v1.services(service.sid).usAppToPerson.create(goodCampaign(brand.sid));
    const [available] = await c.availablePhoneNumbers('US').local.list({ smsEnabled: true, mmsEnabled: true, voiceEnabled: true, limit: 1 });
    const number = await c.incomingPhoneNumbers.create({ phoneNumber: available!.phoneNumber });
    await c.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
    await c.messaging.v1.services(service.sid).alphaSenders.create({ alphaSender: 'Links' });
    await acct.settle();
    await c.messaging.v1.services(service.sid).usAppToPerson.list();
    const message = await c.messages.create({ from: number.phoneNumber, to: '+14155550123', body: 'Acme: links', mediaUrl: ['https://example.com/a.png'] });
    await acct.settle();
    await c.messages(message.sid).media.list();
    await c.calls.create({ from: number.phoneNumber, to: '+14155550124', twiml: '<Response><Say>Hi</Say></Response>' });
    await acct.settle();
    await c.addresses.create({ customerName: 'Acme Inc', street: '1 Main St', city: 'San Francisco', region: 'CA', postalCode: '94105', isoCountry: 'US' });
    await c.numbers.v2.regulatoryCompliance.regulations.list({ isoCountry: 'US', limit: 1 });
    await c.api.v2010.accounts(acct.sid).fetch();
    for (const list of [c.messages.list(), c.calls.list(), c.incomingPhoneNumbers.list(), c.messaging.v1.services.list(), c.trusthub.v1.customerProfiles.list()]) await list;
  });
  afterAll(() => sim.close());

  it('resolves every url, uri, links and subresource_uris value with a GET (2xx), or lists why it cannot', async () => {
    const links = new Set<string>();
    for (const ex of acct.exchanges) linksIn(ex.body, links);
    expect(links.size).toBeGreaterThan(50);
    const skipped = new Map<string, number>();
    const broken: string[] = [];
    let resolved = 0;
    for (const link of links) {
      const path = simulatorPath(link);
      const excused = NOT_GETTABLE.find((e) => e.pattern.test(path.split('?')[0]!));
      if (excused) {
        skipped.set(excused.reason, (skipped.get(excused.reason) ?? 0) + 1);
        continue;
      }
      const res = await acct.request('GET', path, { validate: false });
      if (res.status >= 200 && res.status < 300) resolved++;
      else broken.push(`${link} → ${res.status} ${res.text.slice(0, 160)}`);
    }
    expect(broken).toEqual([]);
    // Each listed exception is met in the journey (a stale entry would excuse nothing).
    expect([...skipped.keys()].sort()).toEqual([...new Set(NOT_GETTABLE.map((e) => e.reason))].sort());
    expect(resolved).toBeGreaterThan(40);
  });

  it('gives the Account the 20 subresource_uris of the spec example, a Message its media and feedback, a Service its destination alpha senders', async () => {
    const account = (await acct.request('GET', `/api/2010-04-01/Accounts/${acct.sid}.json`)).body;
    expect(Object.keys(account.subresource_uris).sort()).toEqual(
      [
        'addresses',
        'applications',
        'authorized_connect_apps',
        'available_phone_numbers',
        'balance',
        'calls',
        'conferences',
        'connect_apps',
        'incoming_phone_numbers',
        'keys',
        'messages',
        'notifications',
        'outgoing_caller_ids',
        'queues',
        'recordings',
        'short_codes',
        'signing_keys',
        'sip',
        'transcriptions',
        'usage',
      ].sort(),
    );
    expect(account.subresource_uris.short_codes).toBe(`/2010-04-01/Accounts/${acct.sid}/SMS/ShortCodes.json`);
    const [message] = (await acct.request('GET', `/api/2010-04-01/Accounts/${acct.sid}/Messages.json`)).body.messages;
    expect(message.subresource_uris).toEqual({
      media: `/2010-04-01/Accounts/${acct.sid}/Messages/${message.sid}/Media.json`,
      feedback: `/2010-04-01/Accounts/${acct.sid}/Messages/${message.sid}/Feedback.json`,
    });
    const [service] = (await acct.request('GET', '/messaging/v1/Services')).body.services;
    expect(service.links.destination_alpha_senders).toBe(`https://messaging.twilio.com/v1/Services/${service.sid}/DestinationAlphaSenders`);
  });
});
