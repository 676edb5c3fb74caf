import { afterEach, describe, expect, it } from 'vitest';
import { builtinFaces } from '../../src/sim/faces.js';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { createApp } from '../../src/sim/server.js';

/**
 * Opt-in traffic conditions for testing clients: `--rate-limit` answers Twilio's 429 (20429) with
 * Retry-After, registration creates are held to one a second, and `/_sim/faults` makes a share of a
 * route's requests fail or wait. Real time is injected, so nothing here sleeps.
 */
const ACCOUNT = `AC${'7a'.repeat(16)}`;
const OTHER = `AC${'7b'.repeat(16)}`;
const basic = (sid: string) => `Basic ${Buffer.from(`${sid}:token-${sid.slice(-4)}`).toString('base64')}`;
const END_USER = 'FriendlyName=Rep&Type=authorized_representative_1';

let sims: Simulator[] = [];
afterEach(async () => {
  for (const s of sims) await s.close();
  sims = [];
});

async function app(rateLimit?: number) {
  let now = Date.UTC(2026, 0, 1);
  const sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true }, realNow: () => now });
  sims.push(sim);
  const a = createApp(sim, { rateLimit });
  const call = (method: string, path: string, opts: { sid?: string; body?: string; json?: unknown } = {}) =>
    Promise.resolve(
      a.request(path, {
        method,
        headers: {
          authorization: basic(opts.sid ?? ACCOUNT),
          'content-type': opts.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded',
        },
        ...(opts.json !== undefined ? { body: JSON.stringify(opts.json) } : opts.body !== undefined ? { body: opts.body } : {}),
      }),
    );
  return { sim, call, tick: (ms: number) => (now += ms) };
}

async function endUsers(call: Awaited<ReturnType<typeof app>>['call'], sid = ACCOUNT): Promise<number> {
  const res = await call('GET', '/trusthub/v1/EndUsers', { sid });
  return ((await res.json()) as { results: unknown[] }).results.length;
}

describe('--rate-limit', () => {
  it("answers 429 with Twilio's 20429 and Retry-After past the limit, per client, and lets requests through again once tokens refill", async () => {
    const { call, tick } = await app(3);
    for (let i = 0; i < 3; i++) expect((await call('POST', '/trusthub/v1/EndUsers', { body: END_USER })).status).toBe(201);
    const refused = await call('POST', '/trusthub/v1/EndUsers', { body: END_USER });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { code: number; status: number; more_info: string; message: string };
    expect(body).toMatchObject({ code: 20429, status: 429, more_info: 'https://www.twilio.com/docs/errors/20429' });
    expect(body.message).toContain('rate limit');
    // Another account has its own bucket; the refused create changed nothing.
    expect((await call('POST', '/trusthub/v1/EndUsers', { sid: OTHER, body: END_USER })).status).toBe(201);
    tick(1000);
    expect(await endUsers(call)).toBe(3);
  });

  it('holds brand registrations to one a second even under a higher limit', async () => {
    const { call, tick } = await app(100);
    const first = await call('POST', '/messaging/v1/a2p/BrandRegistrations', {
      body: 'CustomerProfileBundleSid=BU00000000000000000000000000000000&A2PProfileBundleSid=BU00000000000000000000000000000001',
    });
    expect(first.status).not.toBe(429);
    const second = await call('POST', '/messaging/v1/a2p/BrandRegistrations', {
      body: 'CustomerProfileBundleSid=BU00000000000000000000000000000000&A2PProfileBundleSid=BU00000000000000000000000000000001',
    });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    // Other routes are not held to it.
    expect((await call('POST', '/trusthub/v1/EndUsers', { body: END_USER })).status).toBe(201);
    tick(1000);
    expect((await call('POST', '/messaging/v1/a2p/BrandRegistrations', { body: 'CustomerProfileBundleSid=BU00000000000000000000000000000000' })).status).not.toBe(429);
  });

  it('never limits the control plane', async () => {
    const { call } = await app(1);
    for (let i = 0; i < 5; i++) expect((await call('GET', '/_sim/clock')).status).toBe(200);
  });
});

describe('/_sim/faults', () => {
  it('fails the given share of a route evenly, in the face shape, only for the client that asked, and changes nothing', async () => {
    const { call } = await app();
    const added = await call('POST', '/_sim/faults', { json: { method: 'POST', path: '/trusthub/v1/EndUsers', status: 503, share: 0.5 } });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ method: 'POST', path: '/trusthub/v1/EndUsers', status: 503, share: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call('POST', '/trusthub/v1/EndUsers', { body: END_USER })).status);
    expect(statuses).toEqual([503, 201, 503, 201, 503, 201]);
    expect(await endUsers(call)).toBe(3);
    // Reads are not matched, nor another account's requests.
    expect((await call('POST', '/trusthub/v1/EndUsers', { sid: OTHER, body: END_USER })).status).toBe(201);
    const listed = (await (await call('GET', '/_sim/faults')).json()) as { faults: Array<{ seen: number; applied: number }> };
    expect(listed.faults[0]).toMatchObject({ seen: 6, applied: 3 });
  });

  it('answers 429 with Retry-After and stops after `times`; wildcards match path segments', async () => {
    const { call } = await app();
    await call('POST', '/_sim/faults', { json: { path: '/trusthub/v1/*', status: 429, times: 2 } });
    const first = await call('GET', '/trusthub/v1/EndUsers');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(((await first.json()) as { code: number }).code).toBe(20429);
    expect((await call('GET', '/trusthub/v1/Policies')).status).toBe(429);
    expect((await call('GET', '/trusthub/v1/EndUsers')).status).toBe(200);
  });

  it('refuses bad faults with a 400 naming the field, and removes them one by one or all', async () => {
    const { call } = await app();
    for (const bad of [{ path: '/_sim/reset', status: 500 }, { path: '/x', status: 418 }, { path: '/x', status: 500, share: 2 }, { path: '/x' }, { path: 'x', status: 500 }]) {
      const res = await call('POST', '/_sim/faults', { json: bad });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/^Failed to add the fault: .+\. Please /);
    }
    const { id } = (await (await call('POST', '/_sim/faults', { json: { path: '/x', status: 500 } })).json()) as { id: number };
    await call('POST', '/_sim/faults', { json: { path: '/y', status: 500 } });
    expect((await call('DELETE', `/_sim/faults/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/_sim/faults/${id}`)).status).toBe(404);
    expect(((await (await call('GET', '/_sim/faults')).json()) as { faults: unknown[] }).faults).toHaveLength(1);
    expect((await call('DELETE', '/_sim/faults')).status).toBe(204);
    expect(((await (await call('GET', '/_sim/faults')).json()) as { faults: unknown[] }).faults).toHaveLength(0);
  });

  it('delays a request by delayMs and then serves it', async () => {
    const { call } = await app();
    await call('POST', '/_sim/faults', { json: { path: '/trusthub/v1/EndUsers', delayMs: 30 } });
    const started = performance.now();
    expect((await call('GET', '/trusthub/v1/EndUsers')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
