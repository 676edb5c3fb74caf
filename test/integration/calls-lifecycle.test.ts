import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver, type Received } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const CALLEE = '+13125550123';

function signed(acct: TestAccount, r: Received): boolean {
  return twilio.validateRequest(acct.token, String(r.headers['x-twilio-signature']), r.url, r.form);
}

describe('API 2010 Calls: queued → ringing → in-progress → completed on the clock, with signed progress callbacks', () => {
  let sim: TestSim;
  let receiver: Receiver;
  let a: TestAccount;
  let caller: string;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'calls-suite' });
    receiver = await Receiver.start();
    a = await sim.account();
    caller = (await a.client.incomingPhoneNumbers.create({ areaCode: '646' })).phoneNumber;
  });

  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  const callbacksAt = (path: string) => receiver.received.filter((r) => r.path === path);

  it('places a call that rings, is answered and hangs up by itself, reporting every requested event', async () => {
    const call = await a.client.calls.create({
      from: caller,
      to: CALLEE,
      url: 'https://example.com/twiml',
      statusCallback: receiver.at('/all'),
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    });
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call).toMatchObject({ status: 'queued', direction: 'outbound-api', from: caller, to: CALLEE, toFormatted: '(312) 555-0123', duration: null, price: null, startTime: null, endTime: null });
    await a.advance(1);
    const ringing = await a.client.calls(call.sid).fetch();
    expect(ringing.status).toBe('ringing');
    expect(ringing.startTime).toBeInstanceOf(Date);
    await a.advance(12);
    expect((await a.client.calls(call.sid).fetch()).status).toBe('in-progress');
    await a.settle();
    await a.flush();
    const done = await a.client.calls(call.sid).fetch();
    expect(done.status).toBe('completed');
    const seconds = Number(done.duration);
    expect(seconds).toBeGreaterThanOrEqual(15);
    expect(seconds).toBeLessThanOrEqual(240);
    expect(done.price).toBe((-Math.ceil(seconds / 60) * 0.014).toFixed(5));
    expect(done.endTime!.getTime() - done.startTime!.getTime()).toBeGreaterThanOrEqual(seconds * 1000);
    const cbs = callbacksAt('/all');
    expect(cbs.map((r) => r.form.CallStatus)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect(cbs.map((r) => r.form.SequenceNumber)).toEqual(['0', '1', '2', '3']);
    expect(cbs.every((r) => signed(a, r))).toBe(true);
    expect(cbs[3]!.form).toMatchObject({
      CallSid: call.sid,
      AccountSid: a.sid,
      From: caller,
      To: CALLEE,
      Direction: 'outbound-api',
      CallbackSource: 'call-progress-events',
      CallDuration: String(seconds),
      SipResponseCode: '200',
      ApiVersion: '2010-04-01',
    });
    expect(cbs[0]!.form.CallDuration).toBeUndefined();
  });

  it('calls back on completion only when no events are requested, and replays the same call under the same seed', async () => {
    const call = await a.client.calls.create({ from: caller, to: CALLEE, twiml: '<Response><Say>Hi</Say></Response>', statusCallback: receiver.at('/default') });
    await a.settle();
    await a.flush();
    expect(callbacksAt('/default').map((r) => r.form.CallStatus)).toEqual(['completed']);
    const twin = await TestSim.start({ seed: 'calls-suite' });
    try {
      const t = await twin.account(a.sid, a.token);
      const number = await t.client.incomingPhoneNumbers.create({ areaCode: '646' });
      expect(number.phoneNumber).toBe(caller);
      const first = await t.client.calls.create({ from: caller, to: CALLEE, url: 'https://example.com/twiml' });
      await t.settle();
      const replay = await t.client.calls(first.sid).fetch();
      const original = (await a.client.calls.list({ status: 'completed' })).at(-1)!;
      expect(replay.sid).toBe(original.sid);
      expect(replay.duration).toBe(original.duration);
    } finally {
      await twin.close();
    }
    expect((await a.client.calls(call.sid).fetch()).status).toBe('completed');
  });

  it('hangs up an answered call, cancels a ringing one, and refuses to change a finished call (21220)', async () => {
    const talking = await a.client.calls.create({ from: caller, to: CALLEE, url: 'https://example.com/twiml', statusCallback: receiver.at('/hangup') });
    await a.advance(13);
    expect((await a.client.calls(talking.sid).fetch()).status).toBe('in-progress');
    // Answered 4–13 s after creation and talking at least 15 s: 5 s later it is still on, for 5–14 s so far.
    await a.advance(5);
    const hungUp = await a.client.calls(talking.sid).update({ status: 'completed' });
    expect(hungUp.status).toBe('completed');
    expect(Number(hungUp.duration)).toBeGreaterThanOrEqual(5);
    expect(Number(hungUp.duration)).toBeLessThanOrEqual(14);
    await expect(a.client.calls(talking.sid).update({ url: 'https://example.com/other' })).rejects.toMatchObject({ status: 400, code: 21220 });

    const ringingCall = await a.client.calls.create({ from: caller, to: CALLEE, url: 'https://example.com/twiml', statusCallback: receiver.at('/cancel') });
    await a.advance(1);
    const canceled = await a.client.calls(ringingCall.sid).update({ status: 'canceled' });
    expect(canceled).toMatchObject({ status: 'canceled', duration: null, price: null });
    await a.settle();
    await a.flush();
    expect((await a.client.calls(ringingCall.sid).fetch()).status).toBe('canceled');
    expect(callbacksAt('/cancel').map((r) => [r.form.CallStatus, r.form.SipResponseCode])).toEqual([['canceled', '487']]);
    expect(callbacksAt('/hangup').map((r) => r.form.CallStatus)).toEqual(['completed']);
  });

  it('ends as busy when the control plane forces it', async () => {
    const call = await a.client.calls.create({ from: caller, to: CALLEE, url: 'https://example.com/twiml', statusCallback: receiver.at('/busy') });
    const res = await fetch(`${sim.url}/_sim/overrides`, {
      method: 'POST',
      headers: { authorization: a.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ sid: call.sid, outcome: 'busy' }),
    });
    expect(res.status).toBe(201);
    await a.settle();
    await a.flush();
    expect(await a.client.calls(call.sid).fetch()).toMatchObject({ status: 'busy', duration: null, price: null });
    expect(callbacksAt('/busy').map((r) => [r.form.CallStatus, r.form.CallDuration, r.form.SipResponseCode])).toEqual([['busy', '0', '486']]);
  });

  it('refuses calls Twilio refuses, naming what is wrong', async () => {
    const other = await sim.account();
    const foreign = (await other.client.incomingPhoneNumbers.create({ areaCode: '305' })).phoneNumber;
    const before = (await a.client.calls.list()).length;
    const post = (form: Record<string, string>) => a.request('POST', `/api/2010-04-01/Accounts/${a.sid}/Calls.json`, { form });
    const cases: Array<[Record<string, string>, number]> = [
      [{ From: caller, Url: 'https://example.com/t' }, 21201],
      [{ To: CALLEE, Url: 'https://example.com/t' }, 21213],
      [{ To: 'nobody', From: caller, Url: 'https://example.com/t' }, 21211],
      [{ To: CALLEE, From: 'client:alice', Url: 'https://example.com/t' }, 21212],
      [{ To: CALLEE, From: caller }, 21200],
      [{ To: CALLEE, From: caller, Url: 'example.com/t' }, 21205],
      [{ To: CALLEE, From: foreign, Url: 'https://example.com/t' }, 21210],
      [{ To: CALLEE, From: '+13125550100', Url: 'https://example.com/t' }, 21210],
    ];
    for (const [form, code] of cases) {
      const res = await post(form);
      expect({ form, status: res.status, code: res.body.code }).toEqual({ form, status: 400, code });
    }
    const badEvent = await post({ To: CALLEE, From: caller, Url: 'https://example.com/t', StatusCallbackEvent: 'hungup' });
    expect(badEvent.body.message).toMatch(/StatusCallbackEvent/);
    expect((await a.client.calls.list()).length).toBe(before);
  });

  it('lists calls newest first, per number and by status', async () => {
    const c = await sim.account();
    const mine = (await c.client.incomingPhoneNumbers.create({ areaCode: '702' })).phoneNumber;
    const first = await c.client.calls.create({ from: mine, to: CALLEE, url: 'https://example.com/t' });
    const second = await c.client.calls.create({ from: mine, to: '+17025550188', url: 'https://example.com/t' });
    await c.settle();
    const third = await c.client.calls.create({ from: mine, to: CALLEE, url: 'https://example.com/t' });
    expect((await c.client.calls.list()).map((x) => x.sid)).toEqual([third.sid, second.sid, first.sid]);
    expect((await c.client.calls.list({ to: CALLEE })).map((x) => x.sid)).toEqual([third.sid, first.sid]);
    expect((await c.client.calls.list({ status: 'completed' })).map((x) => x.sid)).toEqual([second.sid, first.sid]);
    expect((await c.client.calls.list({ status: 'queued', from: mine })).map((x) => x.sid)).toEqual([third.sid]);
    const started = (await c.client.calls(first.sid).fetch()).startTime!;
    expect((await c.client.calls.list({ startTimeAfter: new Date(started.getTime() - 1000) })).map((x) => x.sid).sort()).toEqual([first.sid, second.sid].sort());
  });
});
