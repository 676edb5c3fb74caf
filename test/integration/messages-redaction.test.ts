import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim, type TestAccount } from '../helpers/sim.js';

const US_MOBILE = '+14155550199';
const GB_MOBILE = '+447700900123';

/** The Twilio error an SDK call was refused with. */
async function refusal(p: Promise<unknown>): Promise<{ status: number; code: number; message: string }> {
  const err = (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as { status: number; code: number; message: string } | undefined;
  if (!err) throw new Error('expected the call to be refused');
  return { status: err.status, code: err.code, message: err.message };
}

describe('API 2010 message lifecycle: redaction, deletion, media and feedback', () => {
  let sim: TestSim;
  let a: TestAccount;
  let sender: string;

  beforeAll(async () => {
    sim = await TestSim.start({ seed: 'messages-redaction' });
    a = await sim.account();
    const [n] = await a.client.availablePhoneNumbers('US').local.list({ areaCode: 415, smsEnabled: true, mmsEnabled: true, limit: 1 });
    sender = (await a.client.incomingPhoneNumbers.create({ phoneNumber: n!.phoneNumber })).phoneNumber;
  });

  afterAll(async () => {
    await sim.close();
  });

  it('redacts the body of a message in a final state with an empty Body, and refuses it while the message is in flight', async () => {
    const msg = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'Your code is 123456' });
    const early = await refusal(a.client.messages(msg.sid).update({ body: '' }));
    expect(early).toMatchObject({ status: 400, code: 30400 });
    expect(early.message).toContain('queued');
    expect((await a.client.messages(msg.sid).fetch()).body).toBe('Your code is 123456');

    await a.advance(5);
    const final = await a.client.messages(msg.sid).fetch();
    expect(final.status).toBe('undelivered');
    const redacted = await a.client.messages(msg.sid).update({ body: '' });
    expect(redacted).toMatchObject({ sid: msg.sid, body: '', status: 'undelivered', to: US_MOBILE, from: sender });
    expect((await a.client.messages(msg.sid).fetch()).body).toBe('');
    // Redacting again is harmless: the body is already empty.
    expect((await a.client.messages(msg.sid).update({ body: '' })).body).toBe('');
  });

  it('refuses a non-empty Body, Body with Status, no parameter at all, and any cancelation (nothing is scheduled), changing nothing', async () => {
    const msg = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'keep me' });
    await a.advance(5);
    expect(await refusal(a.client.messages(msg.sid).update({ body: 'replaced' }))).toMatchObject({ status: 400, code: 30400 });
    expect(await refusal(a.client.messages(msg.sid).update({ body: '', status: 'canceled' }))).toMatchObject({ status: 400, code: 30400 });
    expect(await refusal(a.client.messages(msg.sid).update({}))).toMatchObject({ status: 400, code: 30400 });
    expect(await refusal(a.client.messages(msg.sid).update({ status: 'canceled' }))).toMatchObject({ status: 400, code: 30409 });
    const raw = await a.request('POST', `/api/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}.json`, { form: { Status: 'sent' } });
    expect(raw.status).toBe(400);
    expect(raw.body.code).toBe(30400);
    expect((await a.client.messages(msg.sid).fetch()).body).toBe('keep me');
  });

  it('deletes a message only in a final state (20009 before: even `sent` awaits its receipt), with a 204 and its media', async () => {
    const msg = await a.client.messages.create({ from: sender, to: GB_MOBILE, body: 'Photo', mediaUrl: ['https://example.com/cat.jpg'] });
    expect(await refusal(a.client.messages(msg.sid).remove())).toMatchObject({ status: 409, code: 20009 });
    await a.advance(1);
    const inFlight = await a.client.messages(msg.sid).fetch();
    expect(inFlight.status).toBe('sent');
    expect(await refusal(a.client.messages(msg.sid).remove())).toMatchObject({ status: 409, code: 20009 });
    await a.advance(5);
    expect(['delivered', 'undelivered', 'failed']).toContain((await a.client.messages(msg.sid).fetch()).status);
    const [media] = await a.client.messages(msg.sid).media.list();
    expect(await a.client.messages(msg.sid).remove()).toBe(true);
    expect(await refusal(a.client.messages(msg.sid).fetch())).toMatchObject({ status: 404, code: 20404 });
    expect(await refusal(a.client.messages(msg.sid).media(media!.sid).fetch())).toMatchObject({ status: 404, code: 20404 });
    const raw = await a.request('DELETE', `/api/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}.json`, { validate: false });
    expect(raw.status).toBe(404);
  });

  it('gives every MediaUrl a Media record under the message: listed, fetched, deleted, and reached from subresource_uris.media', async () => {
    const urls = ['https://example.com/a.png', 'https://example.com/clip.mp4?size=large', 'https://example.com/no-extension'];
    const msg = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'Pictures', mediaUrl: urls });
    expect(msg.sid).toMatch(/^MM[0-9a-f]{32}$/);
    expect(msg.numMedia).toBe('3');
    const listed = await a.request('GET', `/api${msg.subresourceUris.media}`);
    expect(listed.status).toBe(200);
    expect(listed.body.media_list.map((m: { content_type: string }) => m.content_type)).toEqual(['image/png', 'video/mp4', 'application/octet-stream']);
    const media = await a.client.messages(msg.sid).media.list();
    expect(media).toHaveLength(3);
    for (const m of media) {
      expect(m.sid).toMatch(/^ME[0-9a-f]{32}$/);
      expect(m).toMatchObject({ accountSid: a.sid, parentSid: msg.sid, uri: `/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}/Media/${m.sid}.json` });
    }
    expect((await a.client.messages(msg.sid).media(media[0]!.sid).fetch()).contentType).toBe('image/png');
    expect(await a.client.messages(msg.sid).media(media[0]!.sid).remove()).toBe(true);
    expect((await a.client.messages(msg.sid).media.list()).map((m) => m.sid)).toEqual([media[1]!.sid, media[2]!.sid]);
    // A Media SID under another message is not found.
    const other = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'text only' });
    expect(await a.client.messages(other.sid).media.list()).toEqual([]);
    expect(await refusal(a.client.messages(other.sid).media(media[1]!.sid).fetch())).toMatchObject({ status: 404, code: 20404 });
  });

  it('records Feedback (confirmed by default, unconfirmed on request) on the message; an unknown message is a 404', async () => {
    const msg = await a.client.messages.create({ from: sender, to: US_MOBILE, body: 'Tap the link', provideFeedback: true });
    const fb = await a.client.messages(msg.sid).feedback.create({ outcome: 'unconfirmed' });
    expect(fb).toMatchObject({ accountSid: a.sid, messageSid: msg.sid, outcome: 'unconfirmed', uri: `/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}/Feedback.json` });
    const again = await a.client.messages(msg.sid).feedback.create();
    expect(again.outcome).toBe('confirmed');
    const bad = await a.request('POST', `/api/2010-04-01/Accounts/${a.sid}/Messages/${msg.sid}/Feedback.json`, { form: { Outcome: 'maybe' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Outcome');
    const missing = `SM${'0'.repeat(32)}`;
    expect(await refusal(a.client.messages(missing).feedback.create({ outcome: 'confirmed' }))).toMatchObject({ status: 404, code: 20404 });
  });
});
