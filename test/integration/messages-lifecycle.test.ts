import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver, type Received } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const GB_MOBILE = '+447700900123';
const US_MOBILE = '+14155550199';

function signed(acct: TestAccount, r: Received): boolean {
  return twilio.validateRequest(acct.token, String(r.headers['x-twilio-signature']), r.url, r.form);
}

async function control(sim: TestSim, acct: TestAccount, path: string, body: unknown) {
  const res = await fetch(`${sim.url}/_sim${path}`, { method: 'POST', headers: { authorization: acct.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBeLessThan(300);
}

describe('API 2010 Messages: queued on creation, then delivered or refused on the clock, with signed status callbacks', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let a: TestAccount;
  let sender: string;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'messages-suite' });
    receiver = await Receiver.start();
    a = await sim.account();
    const [n] = await a.client.availablePhoneNumbers('US').local.list({ areaCode: 415, smsEnabled: true, mmsEnabled: true, limit: 1 });
    sender = (await a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber })).phoneNumber;
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  const callbacksAt = (path: string) => receiver.received.filter((r) => r.path === path);

  it('accepts a US-bound SMS from an unregistered 10DLC number (201 queued), then marks it undelivered with 30034', async () => {
    const msg = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'Your code is 123456', statusCallback: receiver.at('/unregistered') });
    expect(msg.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(msg).toMatchObject({
      status: 'queued',
      direction: 'outbound-api',
      from: sender,
      to: US_MOBILE,
      body: 'Your code is 123456',
      numSegments: '1',
      numMedia: '0',
      price: null,
      priceUnit: null,
      errorCode: null,
      dateSent: null,
      messagingServiceSid: null,
      apiVersion: '2010-04-01',
      uri: `/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}.json`,
    });
    await a.flush();
    expect(callbacksAt('/unregistered')).toHaveLength(0);
    await a.advance(1);
    await a.flush();
    const after = await a.client.messages(msg.sid).fetch();
    expect(after).toMatchObject({ status: 'undelivered', errorCode: 30034, errorMessage: 'Message from an Unregistered Number', price: null, dateSent: null });
    const [cb, ...more] = callbacksAt('/unregistered');
    expect(more).toHaveLength(0);
    expect(signed(a, cb!)).toBe(true);
    expect(cb!.form).toMatchObject({
      AccountSid: a.sid,
      ApiVersion: '2010-04-01',
      From: sender,
      To: US_MOBILE,
      MessageSid: msg.sid,
      SmsSid: msg.sid,
      MessageStatus: 'undelivered',
      SmsStatus: 'undelivered',
      ErrorCode: '30034',
    });
    expect(cb!.form.RawDlrDoneDate).toMatch(/^\d{10}$/);
    expect(cb!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('delivers to a destination outside the US (not subject to 10DLC): queued → sent (priced) → delivered, a callback for each change', async () => {
    const msg = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: 'Hello from San Francisco', statusCallback: receiver.at('/abroad') });
    expect(msg.status).toBe('queued');
    await a.advance(1);
    const sent = await a.client.messages(msg.sid).fetch();
    expect(sent).toMatchObject({ status: 'sent', price: '-0.04630', priceUnit: 'USD', errorCode: null });
    expect(sent.dateSent).toBeInstanceOf(Date);
    await a.advance(2);
    await a.flush();
    expect((await a.client.messages(msg.sid).fetch()).status).toBe('delivered');
    const statuses = callbacksAt('/abroad').map((r) => r.form.MessageStatus);
    expect(statuses).toEqual(['sent', 'delivered']);
    expect(callbacksAt('/abroad').every((r) => signed(a, r) && r.form.ErrorCode === undefined)).toBe(true);
  });

  it('counts segments (GSM-7 153 per part, UCS-2 67) and prices each; media makes an MM… message', async () => {
    const long = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: 'x'.repeat(161) });
    expect(long.numSegments).toBe('2');
    const unicode = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: '你'.repeat(71) });
    expect(unicode.numSegments).toBe('2');
    const extended = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: '{}'.repeat(80) });
    expect(extended.numSegments).toBe('3');
    await a.advance(1);
    expect((await a.client.messages(long.sid).fetch()).price).toBe('-0.09260');
    const mms = await a.client.messages.create({ from: sender, to: '+12125550143', mediaUrl: ['https://example.com/cat.jpg'] });
    expect(mms.sid).toMatch(/^MM[0-9a-f]{32}$/);
    expect(mms).toMatchObject({ numMedia: '1', body: '' });
  });

  it('refuses bad messages with Twilio’s codes and creates nothing', async () => {
    const b = await sim.account();
    const [other] = await b.client.availablePhoneNumbers('US').local.list({ areaCode: 212, smsEnabled: true, limit: 1 });
    const othersNumber = (await b.client.incomingPhoneNumbers.create({ phoneNumber: other!.phoneNumber })).phoneNumber;
    const [voiceOnly] = await a.client.availablePhoneNumbers('US').local.list({ smsEnabled: false, limit: 1 });
    const voiceNumber = (await a.client.incomingPhoneNumbers.create({ phoneNumber: voiceOnly!.phoneNumber })).phoneNumber;
    const [noMms] = await a.client.availablePhoneNumbers('US').local.list({ smsEnabled: true, mmsEnabled: false, limit: 1 });
    const smsOnly = (await a.client.incomingPhoneNumbers.create({ phoneNumber: noMms!.phoneNumber })).phoneNumber;
    const before = (await a.client.messages.list()).length;
    const post = (form: Record<string, string | string[]>) => a.request('POST', `/api/2010-04-01/Accounts/${a.sid}/Messages.json`, { form });
    const cases: Array<[Record<string, string | string[]>, number]> = [
      [{ From: sender, Body: 'hi' }, 21604],
      [{ To: US_MOBILE, Body: 'hi' }, 21603],
      [{ To: US_MOBILE, From: sender }, 21602],
      [{ To: US_MOBILE, From: sender, Body: 'x'.repeat(1601) }, 21617],
      [{ To: '555-0100', From: sender, Body: 'hi' }, 21211],
      [{ To: US_MOBILE, From: 'ACME', Body: 'hi' }, 21212],
      [{ To: US_MOBILE, From: '+14155550100', Body: 'hi' }, 21659],
      [{ To: US_MOBILE, From: othersNumber, Body: 'hi' }, 21660],
      [{ To: US_MOBILE, From: voiceNumber, Body: 'hi' }, 21661],
      [{ To: sender, From: sender, Body: 'hi' }, 21266],
      [{ To: US_MOBILE, From: sender, MediaUrl: 'not a url' }, 21620],
      [{ To: US_MOBILE, From: sender, MediaUrl: Array.from({ length: 11 }, (_, i) => `https://example.com/${i}.png`) }, 21623],
      [{ To: US_MOBILE, From: smsOnly, MediaUrl: 'https://example.com/a.png' }, 21606],
      [{ To: '+15005550004', From: sender, Body: 'hi' }, 21610],
      [{ To: US_MOBILE, MessagingServiceSid: 'MG123', Body: 'hi' }, 21705],
      [{ To: US_MOBILE, MessagingServiceSid: 'MG00000000000000000000000000000000', Body: 'hi' }, 21701],
    ];
    for (const [form, code] of cases) {
      const res = await post(form);
      expect({ form, status: res.status, code: res.body.code }).toEqual({ form, status: 400, code });
      expect(res.body.more_info).toBe(`https://www.twilio.com/docs/errors/${code}`);
    }
    const scheduled = await post({ To: US_MOBILE, From: sender, Body: 'later', ScheduleType: 'fixed', SendAt: '2030-01-01T00:00:00Z' });
    expect(scheduled.body.message).toMatch(/ScheduleType/);
    expect((await a.client.messages.list()).length).toBe(before);
  });

  it('forces an outcome from the control plane or a [sim:…] token, with the error code given', async () => {
    const forced = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: 'carrier says no', statusCallback: receiver.at('/forced') });
    await control(sim, a, '/overrides', { sid: forced.sid, outcome: 'undelivered', code: 30007 });
    const magic = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: 'never leaves [sim:failed:30008]' });
    await a.settle();
    await a.flush();
    expect(await a.client.messages(forced.sid).fetch()).toMatchObject({ status: 'undelivered', errorCode: 30007, errorMessage: 'Message filtered', priceUnit: 'USD' });
    expect(callbacksAt('/forced').map((r) => [r.form.MessageStatus, r.form.ErrorCode])).toEqual([
      ['sent', undefined],
      ['undelivered', '30007'],
    ]);
    expect(await a.client.messages(magic.sid).fetch()).toMatchObject({ status: 'failed', errorCode: 30008, price: null });
  });

  it('lists messages newest first, per number and by the day they were sent', async () => {
    const c = await sim.account();
    const [n] = await c.client.availablePhoneNumbers('CA').local.list({ areaCode: 416, smsEnabled: true, limit: 1 });
    const from = (await c.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber })).phoneNumber;
    const first = await c.client.messages.create({ from, to: '+16475550101', body: 'one' });
    const second = await c.client.messages.create({ from, to: '+16475550102', body: 'two' });
    await c.advance(3600);
    const third = await c.client.messages.create({ from, to: '+16475550101', body: 'three' });
    expect((await c.client.messages.list()).map((m) => m.sid)).toEqual([third.sid, second.sid, first.sid]);
    expect((await c.client.messages.list({ to: '+16475550101' })).map((m) => m.sid)).toEqual([third.sid, first.sid]);
    expect((await c.client.messages.list({ from })).length).toBe(3);
    await c.advance(60);
    const sentFirst = (await c.client.messages(first.sid).fetch()).dateSent!;
    const sentThird = (await c.client.messages(third.sid).fetch()).dateSent!;
    expect(sentThird.getTime() - sentFirst.getTime()).toBe(3600_000);
    expect((await c.client.messages.list({ dateSentAfter: new Date(sentFirst.getTime() + 1000) })).map((m) => m.sid)).toEqual([third.sid]);
    expect((await c.client.messages.list({ dateSentBefore: sentFirst })).map((m) => m.sid).sort()).toEqual([first.sid, second.sid].sort());
    const paged = await c.request('GET', `/api/2010-04-01/Accounts/${c.sid}/Messages.json?PageSize=2`);
    expect(paged.body.messages.map((m: { sid: string }) => m.sid)).toEqual([third.sid, second.sid]);
    expect(paged.body.next_page_uri).toMatch(/PageToken=PA/);
    // Another account sees none of them.
    await expect(a.client.messages(first.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });
});
