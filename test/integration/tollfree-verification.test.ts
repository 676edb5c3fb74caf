import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver, type Received } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const US_MOBILE = '+16175550142';
const HOUR = 3600;
const DAY = 24 * HOUR;
const EVENT = 'com.twilio.messaging.compliance.toll-free-verification';
const TYPES = ['requested', 'pending-review', 'request-approved', 'request-rejected', 'edit', 'expired', 'deleted'].map((t) => `${EVENT}.${t}`);

/** A submission Twilio's reviewers would approve (the spec's required fields, opt-out in the sample). */
function good(tollfreePhoneNumberSid: string) {
  return {
    businessName: 'Acme, Inc.',
    businessWebsite: 'https://www.acme-inc.com',
    notificationEmail: 'compliance@acme-inc.com',
    useCaseCategories: ['ACCOUNT_NOTIFICATIONS'],
    useCaseSummary: 'Acme texts appointment reminders and account notices to customers who opted in on acme-inc.com.',
    productionMessageSample: 'Acme: your appointment is confirmed for Tuesday at 2 PM. Reply STOP to opt out.',
    optInImageUrls: ['https://www.acme-inc.com/sms/opt-in.png'],
    optInType: 'WEB_FORM' as const,
    messageVolume: '1,000',
    tollfreePhoneNumberSid,
    businessContactEmail: 'jane.doe@acme-inc.com',
    externalReferenceId: 'acme-tfv-1',
  };
}

function events(receiver: Receiver, acct: TestAccount): Array<{ type: string; data: Record<string, unknown>; signed: boolean }> {
  return receiver.received
    .filter((r: Received) => r.path.startsWith(`/tfv/${acct.sid}`))
    .flatMap((r) => {
      const signed = twilio.validateRequestWithBody(acct.token, String(r.headers['x-twilio-signature']), r.url, r.body);
      return (JSON.parse(r.body) as Array<{ type: string; data: Record<string, unknown> }>).map((e) => ({ type: e.type, data: e.data, signed }));
    });
}

describe('Toll-free verification (Messaging v1 /Tollfree/Verifications)', () => {
  let sim: TestSim;
  let receiver: Receiver;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'tollfree-verification' });
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  async function setUp() {
    const acct = await sim.account();
    const tollFree = await acct.client.incomingPhoneNumbers.create({ areaCode: '833' });
    const sink = await acct.client.events.v1.sinks.create({
      description: 'tfv',
      sinkConfiguration: { destination: receiver.at(`/tfv/${acct.sid}`), method: 'POST', batch_events: true },
      sinkType: 'webhook',
    });
    await acct.client.events.v1.subscriptions.create({ description: 'toll-free', sinkSid: sink.sid, types: TYPES.map((type) => ({ type })) });
    return { acct, tollFree };
  }

  async function send(acct: TestAccount, from: string) {
    const msg = await acct.client.messages.create({ from, to: US_MOBILE, body: 'Acme: your appointment is confirmed. Reply STOP to opt out.' });
    await acct.advance(60);
    return acct.client.messages(msg.sid).fetch();
  }

  it('blocks the number (30032) until approved: rejected from the data, edited and resubmitted, approved, then delivers', async () => {
    const { acct, tollFree } = await setUp();
    expect(await send(acct, tollFree.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30032 });

    const tfv = acct.client.messaging.v1.tollfreeVerifications;
    const created = await tfv.create({
      ...good(tollFree.sid),
      optInImageUrls: ['https://example.com/opt-in.png'],
      productionMessageSample: 'Acme: your appointment is confirmed for Tuesday at 2 PM.',
    });
    expect(created).toMatchObject({ status: 'PENDING_REVIEW', tollfreePhoneNumber: tollFree.phoneNumber, rejectionReason: null, editAllowed: null, externalReferenceId: 'acme-tfv-1' });
    expect(created.sid).toMatch(/^HH[0-9a-f]{32}$/);

    await acct.advance(HOUR);
    expect((await tfv(created.sid).fetch()).status).toBe('IN_REVIEW');
    // Still blocked while under review.
    expect(await send(acct, tollFree.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30032 });

    await acct.advance(3 * DAY);
    const rejected = await tfv(created.sid).fetch();
    expect(rejected).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: 30509, editAllowed: true });
    expect(rejected.rejectionReason).toContain('https://example.com/opt-in.png');
    expect((rejected.rejectionReasons as Array<{ code: number }>).map((r) => r.code)).toEqual([30509, 30513]);
    expect(Date.parse(rejected.editExpiration as unknown as string) - Date.parse(rejected.dateUpdated as unknown as string)).toBe(7 * DAY * 1000);

    const edited = await tfv(created.sid).update({
      optInImageUrls: ['https://www.acme-inc.com/sms/opt-in.png'],
      productionMessageSample: 'Acme: your appointment is confirmed for Tuesday at 2 PM. Reply STOP to opt out.',
      editReason: 'Opt-in screenshot now hosted on our site; opt-out added to the sample.',
    });
    expect(edited).toMatchObject({ status: 'PENDING_REVIEW', errorCode: null, rejectionReason: null, rejectionReasons: null, editAllowed: null, editExpiration: null, businessName: 'Acme, Inc.' });

    await acct.settle();
    expect((await tfv(created.sid).fetch()).status).toBe('TWILIO_APPROVED');
    expect(await send(acct, tollFree.phoneNumber)).toMatchObject({ status: 'delivered', errorCode: null });

    await acct.flush();
    const seen = events(receiver, acct);
    expect(seen.map((e) => e.type.slice(EVENT.length + 1))).toEqual(['requested', 'pending-review', 'request-rejected', 'edit', 'pending-review', 'request-approved']);
    expect(seen.every((e) => e.signed)).toBe(true);
    expect(seen[2]!.data).toMatchObject({
      tollfreeverificationsid: created.sid,
      phonenumbersid: tollFree.sid,
      phonenumber: tollFree.phoneNumber,
      verificationstatus: 'twilio_rejected',
      errorcode: 30509,
    });
    expect(seen[5]!.data).toMatchObject({ verificationstatus: 'twilio_approved', accountsid: acct.sid });
  });

  it('lists with the spec filters, fetches, and deletes: the number is blocked again', async () => {
    const { acct, tollFree } = await setUp();
    const tfv = acct.client.messaging.v1.tollfreeVerifications;
    const v = await tfv.create(good(tollFree.sid));
    await acct.settle();
    expect((await tfv.list({ status: 'TWILIO_APPROVED' })).map((x) => x.sid)).toEqual([v.sid]);
    expect(await tfv.list({ status: 'IN_REVIEW' })).toEqual([]);
    expect((await tfv.list({ tollfreePhoneNumberSid: tollFree.sid })).map((x) => x.sid)).toEqual([v.sid]);
    expect((await tfv.list({ externalReferenceId: 'acme-tfv-1' })).map((x) => x.sid)).toEqual([v.sid]);
    expect(await tfv.list({ externalReferenceId: 'other' })).toEqual([]);
    const page = await acct.request('GET', '/messaging/v1/Tollfree/Verifications?PageSize=1');
    expect(page.body.meta.key).toBe('verifications');
    expect(await send(acct, tollFree.phoneNumber)).toMatchObject({ status: 'delivered' });

    expect(await tfv(v.sid).remove()).toBe(true);
    await expect(tfv(v.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    expect(await send(acct, tollFree.phoneNumber)).toMatchObject({ status: 'undelivered', errorCode: 30032 });
    await acct.flush();
    expect(events(receiver, acct).at(-1)).toMatchObject({ type: `${EVENT}.deleted`, data: { verificationstatus: 'deleted' } });
    // With the old one deleted, the number can be submitted again.
    expect((await tfv.create(good(tollFree.sid))).status).toBe('PENDING_REVIEW');
  });

  it('refuses bad input with a 400 naming the parameter and changes nothing', async () => {
    const { acct, tollFree } = await setUp();
    const [local] = await acct.client.availablePhoneNumbers('US').local.list({ areaCode: 617, limit: 1 });
    const localNumber = await acct.client.incomingPhoneNumbers.create({ phoneNumber: local!.phoneNumber });
    const form = (over: Record<string, string | string[] | undefined> = {}) => {
      const base: Record<string, string | string[] | undefined> = {
        BusinessName: 'Acme, Inc.',
        BusinessWebsite: 'https://www.acme-inc.com',
        NotificationEmail: 'compliance@acme-inc.com',
        UseCaseCategories: ['ACCOUNT_NOTIFICATIONS'],
        UseCaseSummary: 'Appointment reminders.',
        ProductionMessageSample: 'Acme: reminder. Reply STOP to opt out.',
        OptInImageUrls: ['https://www.acme-inc.com/opt-in.png'],
        OptInType: 'WEB_FORM',
        MessageVolume: '1,000',
        TollfreePhoneNumberSid: tollFree.sid,
        ...over,
      };
      return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>;
    };
    const post = (over: Record<string, string | string[] | undefined>) => acct.request('POST', '/messaging/v1/Tollfree/Verifications', { form: form(over) });

    for (const name of [
      'BusinessName',
      'BusinessWebsite',
      'NotificationEmail',
      'UseCaseCategories',
      'UseCaseSummary',
      'ProductionMessageSample',
      'OptInImageUrls',
      'OptInType',
      'MessageVolume',
      'TollfreePhoneNumberSid',
    ]) {
      const res = await post({ [name]: undefined });
      expect(res.status, name).toBe(400);
      expect(res.body).toMatchObject({ code: 20001, message: `Missing required parameter ${name} in the post body` });
    }
    const invalid: Array<[Record<string, string | string[]>, string]> = [
      [{ OptInType: 'SMOKE_SIGNAL' }, 'OptInType'],
      [{ UseCaseCategories: ['ACCOUNT_NOTIFICATIONS', 'GOSSIP'] }, 'UseCaseCategories'],
      [{ NotificationEmail: 'not-an-email' }, 'NotificationEmail'],
      [{ OptInImageUrls: ['opt-in.png'] }, 'OptInImageUrls'],
      [{ TollfreePhoneNumberSid: 'PN123' }, 'TollfreePhoneNumberSid'],
      [{ TollfreePhoneNumberSid: localNumber.sid }, 'TollfreePhoneNumberSid'],
      [{ TollfreePhoneNumberSid: `PN${'0'.repeat(32)}` }, 'TollfreePhoneNumberSid'],
      [{ CustomerProfileSid: `BU${'0'.repeat(32)}` }, 'CustomerProfileSid'],
      [{ BusinessContactPhone: '617-555-0142' }, 'BusinessContactPhone'],
      [{ BusinessType: 'PRIVATE_PROFIT' }, 'BusinessRegistrationNumber'],
    ];
    for (const [over, name] of invalid) {
      const res = await post(over);
      expect(res.status, name).toBe(400);
      expect(res.body.message, JSON.stringify(over)).toContain(name);
    }
    expect((await post({ TollfreePhoneNumberSid: localNumber.sid })).body.message).toContain('is not a toll-free number');
    expect(await acct.client.messaging.v1.tollfreeVerifications.list()).toEqual([]);

    // One verification per number.
    const first = await post({});
    expect(first.status).toBe(201);
    const second = await post({});
    expect(second.status).toBe(400);
    expect(second.body.message).toContain(first.body.sid);
  });

  it('edits only a rejection that allows it, within its 7-day window; the expired event closes it', async () => {
    const { acct, tollFree } = await setUp();
    const tfv = acct.client.messaging.v1.tollfreeVerifications;
    const v = await tfv.create({ ...good(tollFree.sid), productionMessageSample: 'Acme: your appointment is confirmed.' });
    await expect(tfv(v.sid).update({ productionMessageSample: 'x' })).rejects.toMatchObject({ status: 409, code: 20409 });
    await acct.advance(HOUR + 3 * DAY);
    expect(await tfv(v.sid).fetch()).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: 30513, editAllowed: true });
    // A refused edit (bad value) leaves the rejection as it was.
    await expect(tfv(v.sid).update({ optInType: 'SMOKE' as never })).rejects.toMatchObject({ status: 400 });
    expect((await tfv(v.sid).fetch()).status).toBe('TWILIO_REJECTED');

    await acct.advance(7 * DAY);
    expect(await tfv(v.sid).fetch()).toMatchObject({ status: 'TWILIO_REJECTED', editAllowed: false });
    await expect(tfv(v.sid).update({ productionMessageSample: 'Acme: confirmed. Reply STOP to opt out.' })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('edit window closed'),
    });
    await acct.flush();
    expect(events(receiver, acct).at(-1)).toMatchObject({ type: `${EVENT}.expired`, data: { tollfreeverificationsid: v.sid } });

    // A forbidden category cannot be edited at all.
    const { acct: other, tollFree: otherNumber } = await setUp();
    const crypto = await other.client.messaging.v1.tollfreeVerifications.create({ ...good(otherNumber.sid), useCaseSummary: 'Bitcoin price alerts for our trading customers.' });
    await other.settle();
    expect(await other.client.messaging.v1.tollfreeVerifications(crypto.sid).fetch()).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: 30464, editAllowed: false });
    await expect(other.client.messaging.v1.tollfreeVerifications(crypto.sid).update({ useCaseSummary: 'Appointment reminders.' })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('does not allow edits'),
    });
  });

  it('derives other rejections from the data: disposable contact email, verbal opt-in without a script, political use without Campaign Verify', async () => {
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ businessContactEmail: 'owner@mailinator.com' }, 30801],
      [{ optInType: 'VERBAL' }, 30511],
      [{ useCaseCategories: ['POLITICAL_ELECTION_CAMPAIGNS'] }, 30501],
    ];
    for (const [over, code] of cases) {
      const { acct, tollFree } = await setUp();
      const v = await acct.client.messaging.v1.tollfreeVerifications.create({ ...good(tollFree.sid), ...over });
      // Not until settled: that would also run out the 7-day edit window.
      await acct.advance(HOUR + 3 * DAY);
      expect(await acct.client.messaging.v1.tollfreeVerifications(v.sid).fetch(), String(code)).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: code, editAllowed: true });
    }
  });

  it('forces the review with a magic value in BusinessName or POST /_sim/overrides', async () => {
    const { acct, tollFree } = await setUp();
    const tfv = acct.client.messaging.v1.tollfreeVerifications;
    const v = await tfv.create({ ...good(tollFree.sid), businessName: 'Acme [sim:twilio-rejected:30509]' });
    await acct.settle();
    expect(await tfv(v.sid).fetch()).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: 30509, rejectionReason: 'Opt-in URL not accessible.' });

    // Approved whatever the data (the sample has no opt-out language).
    const { acct: a2, tollFree: n2 } = await setUp();
    const forced = await a2.client.messaging.v1.tollfreeVerifications.create({ ...good(n2.sid), businessName: 'Acme [sim:twilio-approved]', productionMessageSample: 'Acme: hello.' });
    await a2.settle();
    expect((await a2.client.messaging.v1.tollfreeVerifications(forced.sid).fetch()).status).toBe('TWILIO_APPROVED');

    const { acct: a3, tollFree: n3 } = await setUp();
    const overridden = await a3.client.messaging.v1.tollfreeVerifications.create(good(n3.sid));
    const control = (body: unknown) => fetch(`${sim.url}/_sim/overrides`, { method: 'POST', headers: { authorization: a3.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const refused = await control({ sid: overridden.sid, outcome: 'VERIFIED' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('TWILIO_APPROVED, TWILIO_REJECTED');
    expect((await control({ sid: overridden.sid, outcome: 'TWILIO_REJECTED', code: 30801, reason: 'Contact is a reseller.' })).status).toBe(201);
    await a3.settle();
    expect(await a3.client.messaging.v1.tollfreeVerifications(overridden.sid).fetch()).toMatchObject({ status: 'TWILIO_REJECTED', errorCode: 30801, rejectionReason: 'Contact is a reseller.' });
  });
});
