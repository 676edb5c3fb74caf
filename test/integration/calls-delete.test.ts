import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const CALLEE = '+13125550123';

describe('API 2010 DELETE Calls/{Sid}: a call record goes once the call has ended', () => {
  let sim: TestSim;
  let a: TestAccount;
  let caller: string;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'calls-delete' });
    a = await sim.account();
    caller = (await a.client.incomingPhoneNumbers.create({ areaCode: '646' })).phoneNumber;
  });

  afterAll(async () => {
    await sim.close();
  });

  it('refuses to delete a queued, ringing or answered call (409, 20009) and deletes an ended one (204), which is then gone', async () => {
    const call = await a.client.calls.create({ from: caller, to: CALLEE, url: 'https://example.com/twiml' });
    const refused = await a.client
      .calls(call.sid)
      .remove()
      .then(
        () => undefined,
        (e: { status: number; code: number; message: string }) => e,
      );
    expect(refused).toMatchObject({ status: 409, code: 20009 });
    expect(refused!.message).toContain('queued');
    await a.advance(1);
    expect((await a.client.calls(call.sid).fetch()).status).toBe('ringing');
    const ringing = await a.request('DELETE', `/api/2010-04-01/Accounts/${a.sid}/Calls/${call.sid}.json`, { validate: false });
    expect(ringing.status).toBe(409);
    expect(ringing.body.code).toBe(20009);

    await a.settle();
    expect((await a.client.calls(call.sid).fetch()).status).toBe('completed');
    expect(await a.client.calls(call.sid).remove()).toBe(true);
    const gone = await a.request('GET', `/api/2010-04-01/Accounts/${a.sid}/Calls/${call.sid}.json`, { validate: false });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe(20404);
    expect((await a.client.calls.list()).map((c) => c.sid)).not.toContain(call.sid);
  });

  it('deletes a call canceled before it was answered', async () => {
    const call = await a.client.calls.create({ from: caller, to: CALLEE, twiml: '<Response><Say>Hi</Say></Response>' });
    await a.client.calls(call.sid).update({ status: 'canceled' });
    expect((await a.client.calls(call.sid).fetch()).status).toBe('canceled');
    expect(await a.client.calls(call.sid).remove()).toBe(true);
  });
});
