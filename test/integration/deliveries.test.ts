import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_MARKER_HEADER, MAX_HOPS, retryDelay, DELIVERY_DEFAULTS } from '../../src/sim/engine/outbox.js';
import { Receiver } from '../helpers/receiver.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/** TrustHub's secondary customer profile policy: a profile submitted with it sends a `pending-review` callback at once. */
const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const TEST_EVENT = 'com.twilio.eventstreams.test-event';

async function log(sim: TestSim, acct: TestAccount): Promise<any[]> {
  const res = await fetch(`${sim.url}/_sim/deliveries`, { headers: { authorization: acct.auth } });
  return ((await res.json()) as { deliveries: any[] }).deliveries;
}

/** Submits a customer profile whose StatusCallback is `url`: its `pending-review` callback leaves at once. */
async function submitProfile(acct: TestAccount, url: string): Promise<string> {
  const cp = await acct.client.trusthub.v1.customerProfiles.create({ email: 'ops@example.com', friendlyName: 'Callback target', policySid: SECONDARY, statusCallback: url });
  await acct.client.trusthub.v1.customerProfiles(cp.sid).update({ status: 'pending-review' });
  await acct.flush();
  return cp.sid;
}

async function sinkTest(acct: TestAccount, destination: string): Promise<string> {
  const sink = await acct.client.events.v1.sinks.create({ description: 'delivery test', sinkConfiguration: { destination, method: 'POST', batch_events: true }, sinkType: 'webhook' });
  await acct.client.events.v1.sinks(sink.sid).sinkTest.create();
  await acct.flush();
  return sink.sid;
}

/** A receiver whose behaviour the test writes: `handle` answers each request. */
async function server(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void, port = 0): Promise<{ server: Server; url: string; port: number; close: () => Promise<void> }> {
  const s = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf-8')));
  });
  await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', () => resolve()));
  const actual = (s.address() as AddressInfo).port;
  return {
    server: s,
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      }),
  };
}

describe('deliveries never reach the simulator’s own /_sim', () => {
  let sim: TestSim;
  let receiver: Receiver;
  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('refuses a StatusCallback to /_sim/admin/reset or /_sim/reset without sending it: nothing is reset and the log says why', async () => {
    const acct = await sim.account();
    const bystander = await sim.account();
    const accountsBefore = sim.sim.accounts().length;
    const targets = [`${sim.url}/_sim/admin/reset`, `${sim.url}/_sim/reset`, `${sim.url.replace('127.0.0.1', 'localhost')}/_sim/admin/reset`, `${sim.url}//_SIM/reset`];
    const sids: string[] = [];
    for (const url of targets) sids.push(await submitProfile(acct, url));

    expect(sim.sim.accounts()).toHaveLength(accountsBefore);
    expect(sim.sim.findWorld(acct.sid)).toBe(acct.world);
    expect(sim.sim.findWorld(bystander.sid)).toBe(bystander.world);
    for (const sid of sids) expect((await acct.client.trusthub.v1.customerProfiles(sid).fetch()).status).toBe('pending-review');

    const refused = await log(sim, acct);
    expect(refused).toHaveLength(targets.length);
    for (const d of refused) {
      expect(d.state).toBe('failed');
      expect(d.attempts).toHaveLength(1);
      expect(d.attempts[0]).toMatchObject({ status: null, refused: true, error: expect.stringMatching(/^Failed to deliver: .*simulator's own control plane/) });
      expect(d.reason).toBe(d.attempts[0].error);
    }
  });

  it('refuses a sink pointed at /_sim/admin/seed: no tenant is seeded', async () => {
    const acct = await sim.account();
    const accountsBefore = sim.sim.accounts().length;
    await sinkTest(acct, `${sim.url}/_sim/admin/seed`);
    expect(sim.sim.accounts()).toHaveLength(accountsBefore);
    const [d] = await log(sim, acct);
    expect(d).toMatchObject({ channel: 'event-stream', state: 'failed', attempts: [{ refused: true }] });
  });

  it('marks every delivery, and the server refuses a marked request on /_sim with a 403 and no effect (whatever host it came through)', async () => {
    const acct = await sim.account();
    await submitProfile(acct, receiver.at('/marked'));
    const got = receiver.received.find((r) => r.path === '/marked')!;
    const marker = String(got.headers[DELIVERY_MARKER_HEADER.toLowerCase()]);
    expect(marker).toMatch(/^[\w-]{20,}$/);
    expect(got.headers['x-a2p-sim-hops']).toBe('1');
    // The marker is added on the wire only: the log (and so the data file and the dashboard) never shows it.
    expect(JSON.stringify(await log(sim, acct))).not.toContain(marker);

    const accountsBefore = sim.sim.accounts().length;
    for (const path of ['/_sim/reset', '/_sim/admin/reset', '/_sim/clock/advance']) {
      const res = await fetch(`${sim.url}${path}`, {
        method: 'POST',
        headers: { authorization: acct.auth, 'content-type': 'application/json', [DELIVERY_MARKER_HEADER]: marker },
        body: '{"seconds": 3600}',
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { message: string }).message).toMatch(/^Failed to serve POST \/_sim.*own deliveries.*Please /);
    }
    expect(sim.sim.accounts()).toHaveLength(accountsBefore);
    expect(sim.sim.findWorld(acct.sid)).toBe(acct.world);
    expect(acct.world.outbox.log).toHaveLength(1);
    // The demo inbox only answers, so the simulator's own demo tenants may deliver to it.
    const inbox = await fetch(`${sim.url}/_sim/inbox/demo/events`, { method: 'POST', headers: { [DELIVERY_MARKER_HEADER]: marker }, body: '{}' });
    expect(inbox.status).toBe(200);
  });

  it('stops a sink whose destination is its own /Test after the hop limit, and logs why', async () => {
    const seeded = await TestSim.start({ seed: 'delivery-hops' });
    try {
      const acct = await seeded.account(`AC${'5'.repeat(32)}`, 'hop-token-0123456789');
      // Under a seed a fresh account makes the same SIDs: learn the sink's SID, then make it again pointing at itself.
      const first = await acct.client.events.v1.sinks.create({ description: 'probe', sinkConfiguration: { destination: receiver.at('/probe'), method: 'POST' }, sinkType: 'webhook' });
      await fetch(`${seeded.url}/_sim/reset`, { method: 'POST', headers: { authorization: acct.auth } });
      const self = `http://${acct.sid}:${acct.token}@127.0.0.1:${new URL(seeded.url).port}/events/v1/Sinks/${first.sid}/Test`;
      const sink = await acct.client.events.v1.sinks.create({ description: 'loop', sinkConfiguration: { destination: self, method: 'POST' }, sinkType: 'webhook' });
      expect(sink.sid).toBe(first.sid);

      await acct.client.events.v1.sinks(sink.sid).sinkTest.create();
      await acct.flush();
      const world = seeded.sim.findWorld(acct.sid)!;
      await world.outbox.idle();
      const chain = world.outbox.log.filter((d) => d.event === TEST_EVENT);
      expect(chain.map((d) => d.hops)).toEqual([1, 2, 3, MAX_HOPS + 1]);
      expect(chain.slice(0, MAX_HOPS).map((d) => [d.state, d.attempts[0]!.status])).toEqual(Array(MAX_HOPS).fill(['delivered', 201]));
      expect(chain[MAX_HOPS]).toMatchObject({ state: 'failed', attempts: [{ refused: true, status: null }], reason: expect.stringMatching(/hops deep .* past the limit of 3/) });
      // The credentials went as Basic auth (the sink's Test answered 201) and are nowhere in the log.
      expect(JSON.stringify(world.outbox.log)).not.toContain(acct.token);
    } finally {
      await seeded.close();
    }
  });

  it('sends user:pass@ from a callback URL as Basic auth, signed over the URL the receiver sees, and redacts it in the log', async () => {
    const acct = await sim.account();
    const withCreds = receiver.at('/basic').replace('http://', 'http://alice:s3cr%40t@');
    await submitProfile(acct, withCreds);
    const got = receiver.received.find((r) => r.path === '/basic')!;
    expect(got.headers.authorization).toBe(`Basic ${Buffer.from('alice:s3cr@t').toString('base64')}`);
    expect(twilio.validateRequest(acct.token, String(got.headers['x-twilio-signature']), receiver.at('/basic'), got.form)).toBe(true);
    const [d] = await log(sim, acct);
    expect(d).toMatchObject({ state: 'delivered', url: receiver.at('/basic'), headers: { Authorization: 'Basic (redacted: alice:***)' } });
    expect(JSON.stringify(d)).not.toMatch(/s3cr/);
  });
});

describe('deliveries are never lost', () => {
  let sim: TestSim;
  let receiver: Receiver;
  beforeAll(async () => {
    sim = await TestSim.start();
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('keeps a delivery waiting for its retry while 2,100 later deliveries fill the log, then delivers it', async () => {
    const acct = await sim.account();
    receiver.respondWith(500);
    const cp = await submitProfile(acct, receiver.at('/waiting'));
    for (let i = 0; i < 2100; i++) acct.world.emit({ channel: 'webhook', event: 'filler', url: receiver.at('/filler'), headers: {}, body: String(i) });
    await acct.flush();
    expect(receiver.received.filter((r) => r.path === '/filler')).toHaveLength(2100);
    let entries = await log(sim, acct);
    expect(entries.length).toBeLessThanOrEqual(2001);
    expect(entries.filter((d) => d.resourceSid === cp)).toMatchObject([{ state: 'retrying', attempts: [{ status: 500 }] }]);

    await acct.advance(60);
    await acct.flush();
    entries = await log(sim, acct);
    expect(entries.filter((d) => d.resourceSid === cp)).toMatchObject([{ state: 'delivered', attempts: [{ status: 500 }, { status: 200 }] }]);
    expect(receiver.received.filter((r) => r.path === '/waiting')).toHaveLength(2);
  });

  it('marks a delivery given up after its last attempt, with the last error; a late answer is a timeout, sent once per attempt', async () => {
    const strict = await TestSim.start({ delivery: { minRetryDelayMs: 20, maxAttempts: 2, timeoutMs: 300 } });
    let hits = 0;
    const slow = await server((_req, res) => {
      hits++;
      setTimeout(() => res.end('too late'), 1000);
    });
    try {
      const acct = await strict.account();
      const cp = await submitProfile(acct, `${slow.url}/slow`);
      expect(hits).toBe(1);
      let [d] = await log(strict, acct);
      expect(d).toMatchObject({ resourceSid: cp, state: 'retrying', attempts: [{ status: null, error: 'Timed out after 300 ms without a complete answer.' }] });
      await acct.advance(60);
      await acct.flush();
      [d] = await log(strict, acct);
      expect(hits).toBe(2);
      expect(d).toMatchObject({ state: 'failed', nextAttemptAt: null, reason: 'Gave up after 2 attempts; the last one got Timed out after 300 ms without a complete answer.' });
      expect(acct.world.transitions.filter((t) => t.kind === 'outbox.retry')).toHaveLength(0);
    } finally {
      await strict.close();
      await slow.close();
    }
  });

  it('gets a delivery to a receiver that is down for longer than the simulated backoff takes at the default speed', async () => {
    // The default floors (5 s, 10 s, 20 s, 40 s) outlast a receiver down for 10 s; this test scales them down to 300 ms.
    expect([1, 2, 3, 4].reduce((sum, n) => sum + retryDelay(n, DELIVERY_DEFAULTS).realFloorMs, 0)).toBeGreaterThan(10_000);
    const running = await TestSim.start({ clock: { frozen: false }, delivery: { minRetryDelayMs: 300 } });
    // A port that refuses connections until the receiver comes up on it.
    const probe = await server((_q, res) => res.end());
    const port = probe.port;
    await probe.close();
    let up: Awaited<ReturnType<typeof server>> | undefined;
    try {
      const acct = await running.account();
      const arrived = new Promise<number>((resolve) => {
        const downFor = 3000; // longer than the whole simulated backoff at 3600× (2.6 s)
        const started = performance.now();
        setTimeout(() => {
          void server((_req, res) => {
            res.end('ok');
            resolve(performance.now() - started);
          }, port).then((s) => (up = s));
        }, downFor);
      });
      // A sink's test event: one delivery, whatever the running clock does meanwhile.
      await sinkTest(acct, `http://127.0.0.1:${port}/back-later`);
      const after = await Promise.race([arrived, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the delivery never arrived')), 15_000))]);
      expect(after).toBeGreaterThanOrEqual(3000);
      await acct.flush();
      const [d] = await log(running, acct);
      expect(d.state).toBe('delivered');
      expect(d.attempts.length).toBeGreaterThanOrEqual(2);
      expect(d.attempts.slice(0, -1).every((a: any) => a.status === null && /ECONNREFUSED|connect/i.test(a.error))).toBe(true);
    } finally {
      await running.close();
      await up?.close();
    }
  });
});

describe('destinations are independent and responses are read up to a cap', () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await TestSim.start();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('delivers to a fast receiver while a slow one (2 s) is still answering, and waits for the slow one without resending', async () => {
    const acct = await sim.account();
    let slowAnswered = false;
    let slowHits = 0;
    let fastSawSlowAnswered: boolean | undefined;
    const slow = await server((_req, res) => {
      slowHits++;
      setTimeout(() => {
        slowAnswered = true;
        res.end('slow ok');
      }, 2000);
    });
    const fast = await server((_req, res) => {
      fastSawSlowAnswered = slowAnswered;
      res.end('fast ok');
    });
    try {
      const slowSink = await acct.client.events.v1.sinks.create({ description: 'slow', sinkConfiguration: { destination: `${slow.url}/slow`, method: 'POST' }, sinkType: 'webhook' });
      const fastSink = await acct.client.events.v1.sinks.create({ description: 'fast', sinkConfiguration: { destination: `${fast.url}/fast`, method: 'POST' }, sinkType: 'webhook' });
      await acct.client.events.v1.sinks(slowSink.sid).sinkTest.create();
      await acct.client.events.v1.sinks(fastSink.sid).sinkTest.create();
      await acct.flush();
      expect(fastSawSlowAnswered).toBe(false);
      expect(slowAnswered).toBe(true);
      expect(slowHits).toBe(1);
      const entries = await log(sim, acct);
      expect(entries.map((d) => [d.resourceSid, d.state, d.attempts.length])).toEqual([
        [slowSink.sid, 'delivered', 1],
        [fastSink.sid, 'delivered', 1],
      ]);
      expect(entries[0].attempts[0].durationMs).toBeGreaterThanOrEqual(1900);
    } finally {
      await slow.close();
      await fast.close();
    }
  });

  it('keeps at most the configured part of a huge response body and stops reading the rest', async () => {
    const acct = await sim.account();
    const total = 64 * 1024 * 1024;
    let written = 0;
    const huge = await server((_req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      res.writeHead(200, { 'content-type': 'text/plain' });
      const pump = () => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    try {
      await submitProfile(acct, `${huge.url}/huge`);
      const [d] = await log(sim, acct);
      expect(d.state).toBe('delivered');
      expect(d.attempts[0].responseTruncated).toBe(true);
      expect(Buffer.byteLength(d.attempts[0].responseBody)).toBe(DELIVERY_DEFAULTS.responseBodyBytes);
      expect(written).toBeLessThan(total);
    } finally {
      await huge.close();
    }
  });
});
