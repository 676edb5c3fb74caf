import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulator } from '../../src/sim/engine/simulator.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { createApp, simPath } from '../../src/sim/server.js';
import { newAccountSid } from '../helpers/sim.js';

/**
 * Every in-scope operation (fixtures/scope/in-scope-operations.json) is served: a request to its
 * method and path reaches the handler mounted for that very path (not the 404 route, and not a
 * sibling route with a parameter where the spec has a literal, as `POST /v1/Services/{Sid}` once
 * shadowed `POST /v1/Services/PreregisteredUsa2p`). The scope's `notYetServed` list may only
 * shrink: an operation on it that is served fails the test until it is taken off.
 */

interface ScopeOperation {
  spec: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  operationId: string;
}
interface Scope {
  operations: ScopeOperation[];
  notYetServed: Array<{ spec: string; operationId: string; reason: string }>;
}

const scope = JSON.parse(readFileSync(new URL('../../fixtures/scope/in-scope-operations.json', import.meta.url), 'utf8')) as Scope;

const PRODUCT_OF_SPEC: Record<string, string> = {
  'twilio_trusthub_v1.json': 'trusthub',
  'twilio_messaging_v1.json': 'messaging',
  'twilio_numbers_v2.json': 'numbers',
  'twilio_api_v2010.json': 'api',
  'twilio_events_v1.json': 'events',
};

const key = (op: { spec: string; operationId: string }) => `${op.spec}#${op.operationId}`;
/** Marks the answers of the 404 route, so a request that reached no handler is told apart from a handler's own 404. */
const UNROUTED = 'x-coverage-unrouted';
const DUMMY = `ZZ${'0'.repeat(32)}`;

describe('in-scope operations (fixtures/scope/in-scope-operations.json)', () => {
  let sim: Simulator;
  let app: Hono;
  const accountSid = newAccountSid();
  const auth = `Basic ${Buffer.from(`${accountSid}:${'a'.repeat(32)}`).toString('base64')}`;

  beforeAll(async () => {
    sim = await Simulator.create({ faces: builtinFaces(), clock: { frozen: true } });
    app = createApp(sim);
    app.notFound((c) => c.json({ unrouted: true }, 404, { [UNROUTED]: '1' }));
    // The first authenticated request provisions the account.
    expect((await app.request(`/api/2010-04-01/Accounts/${accountSid}.json`, { headers: { authorization: auth } })).status).toBe(200);
  });
  afterAll(() => sim.close());

  /** The request path for an operation on the simulator (`/<product>` prefix), with its parameters filled. */
  function requestPath(op: ScopeOperation): string {
    const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'AccountSid' ? accountSid : name === 'CountryCode' ? 'US' : DUMMY));
    return `/${PRODUCT_OF_SPEC[op.spec]}${filled}`;
  }

  /** The route Hono picks first for the request (middleware paths end in `*`), or undefined. */
  function routeOf(op: ScopeOperation, path: string): string | undefined {
    const [matches] = (app.router as unknown as { match: (m: string, p: string) => [Array<[[unknown, { path: string }], unknown]>] }).match(op.method, simPath(new Request(`http://127.0.0.1${path}`)));
    return matches.map(([[, route]]) => route.path).find((p) => !p.endsWith('*'));
  }

  /** The route a declaration or operation for this spec path is mounted at (engine/router.ts routePath, `.json` dropped). */
  function expectedRoute(op: ScopeOperation): string {
    return `/${PRODUCT_OF_SPEC[op.spec]}${op.path.replace(/\.json$/, '').replace(/\{(\w+)\}/g, ':$1')}`;
  }

  async function served(op: ScopeOperation): Promise<{ served: boolean; why: string }> {
    const path = requestPath(op);
    const route = routeOf(op, path);
    if (route !== expectedRoute(op)) return { served: false, why: route ? `answered by ${route}` : 'no route' };
    const init: RequestInit = { method: op.method, headers: { authorization: auth, ...(op.method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) } };
    if (op.method === 'POST') init.body = '';
    const res = await app.request(path, init);
    if (res.headers.get(UNROUTED)) return { served: false, why: 'the 404 route answered' };
    // A handler reached with made-up SIDs answers 4xx; a 5xx would be a bug whatever the input.
    if (res.status >= 500) return { served: false, why: `${res.status} ${await res.text()}` };
    return { served: true, why: `${res.status}` };
  }

  it('lists 202 operations, each once, and only known ones as not yet served', () => {
    expect(scope.operations).toHaveLength(202);
    const keys = scope.operations.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const op of scope.notYetServed) {
      expect(keys, `${key(op)} is listed as not yet served but is not in scope`).toContain(key(op));
      expect(op.reason.length).toBeGreaterThan(10);
    }
  });

  it('serves every in-scope operation but those listed as not yet served, and none of those', async () => {
    const pending = new Set(scope.notYetServed.map(key));
    const missing: string[] = [];
    const nowServed: string[] = [];
    let count = 0;
    for (const op of scope.operations) {
      const result = await served(op);
      if (result.served) count++;
      if (!result.served && !pending.has(key(op))) missing.push(`${op.method} ${op.path} (${key(op)}): ${result.why}`);
      if (result.served && pending.has(key(op))) nowServed.push(`${key(op)}: served now, take it off notYetServed`);
    }
    console.log(`In-scope operations served: ${count} of ${scope.operations.length} (${scope.notYetServed.length} listed as not yet served)`);
    expect(missing).toEqual([]);
    expect(nowServed).toEqual([]);
    expect(count).toBe(scope.operations.length - pending.size);
  });
});
