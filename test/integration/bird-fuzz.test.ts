import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations } from '../../src/contract/twilio.js';
import { hostileString, jsonFor, type Schema } from '../../fuzz/values.js';
import { BirdWorkspace, birdValidator, BRAND, CAMPAIGN } from '../helpers/bird.js';
import { TestSim } from '../helpers/sim.js';

/**
 * The general fuzzer (test/integration/fuzz.test.ts) reaches every Bird route through the app's route
 * table but with Twilio credentials, so Bird's auth answers first. This one speaks AccessKey: every
 * operation of /bird/openapi.json, with path ids that exist, do not, or are hostile, and bodies and
 * queries from the operation's own schema with hostile leaves; no answer may be a 5xx, and every
 * answer must be one the document declares, in the shape it declares.
 */
let sim: TestSim;
let validator: Awaited<ReturnType<typeof birdValidator>>;
let doc: { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema?: Schema }>; requestBody?: { content: Record<string, { schema: Schema }> } }>> };
let ws: BirdWorkspace;
const ids: string[] = [];

beforeAll(async () => {
  sim = await TestSim.start();
  validator = await birdValidator(sim);
  doc = await (await fetch(`${sim.url}/bird/openapi.json`)).json();
  // A workspace with one of everything, so generated ids often name a real record and handlers run deep.
  ws = await BirdWorkspace.open(sim, validator);
  await ws.control('/bird/wallet', { amount: 10_000 });
  const item = (await ws.call('GET', `/organizations/${ws.organizationId}/numbers-stock-items?countryCodes=US&limit=1`)).body.results[0];
  const number = (await ws.call('POST', `/workspaces/${ws.id}/numbers-long-code`, { numberStockItemIds: [item.id] })).body.results[0];
  const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
  const reseller = (await ws.call('POST', `/workspaces/${ws.id}/tcr-resellers`, { companyName: 'Fuzz Agency' })).body;
  await ws.settle();
  const vetting = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/vettings`, { class: 'STANDARD' })).body;
  const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
  await ws.settle();
  const connector = (
    await ws.call('POST', `/workspaces/${ws.id}/connectors`, {
      connectorTemplateRef: 'sms-messagebird:1',
      name: 'Fuzz',
      arguments: { phoneNumberId: number.id, useCaseId: campaign.id, channelMessageType: 'transactional' },
    })
  ).body;
  ids.push(number.id, brand.id, reseller.id, vetting.id, campaign.id, connector.id, connector.channel.channelId, item.id);
});
afterAll(() => sim.close());

const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));

/** A path parameter: the workspace's own ids most of the time, else a stranger's or something hostile. */
function pathValue(name: string): fc.Arbitrary<string> {
  const own = name === 'workspaceId' ? fc.constant(ws.id) : name === 'organizationId' ? fc.constant(ws.organizationId) : fc.constantFrom(...ids);
  return fc.oneof({ weight: 12, arbitrary: own }, { weight: 1, arbitrary: fc.constant(randomUUID()) }, { weight: 2, arbitrary: hostileString });
}

/** A lone surrogate cannot be percent-encoded; UTF-8 round-trips it to U+FFFD as a client would send it. */
const encode = (v: string) => encodeURIComponent(Buffer.from(v, 'utf8').toString('utf8'));

function fill(text: string): string {
  return text
    .replaceAll('@@BASE@@', sim.url)
    .replaceAll('@@PHONE@@', '+14155550123')
    .replace(/@@[A-Z]+(:[^@]*)?@@/g, () => ids[0]!);
}

describe('Bird face under hostile input (every operation of /bird/openapi.json, AccessKey auth)', () => {
  it('never answers 5xx and always answers a declared status in the declared shape', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(35);
    const reached = new Set<string>();
    const succeeded = new Set<string>();
    const request = fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => {
      const { path, op } = ops[i]!;
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      const bodySchema = op.requestBody?.content['application/json']?.schema;
      return fc.record({
        i: fc.constant(i),
        params: fc.tuple(...names.map(pathValue)),
        query: fc.tuple(
          ...query.map((q) =>
            fc.option(
              fc.oneof(
                jsonFor(q.schema, q.name).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))),
                hostileString,
              ),
              { nil: undefined },
            ),
          ),
        ),
        body: bodySchema
          ? fc.oneof({ weight: 8, arbitrary: jsonFor(bodySchema).map((v) => JSON.stringify(v) ?? '') }, { weight: 1, arbitrary: fc.constantFrom('{', '[]', 'null', '', '{"a":') })
          : fc.constant(undefined),
      });
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ i, params, query, body }) => {
        const { path, method, op } = ops[i]!;
        let k = 0;
        const concrete = path.replace(/\{(\w+)\}/g, () => encode(params[k++]!));
        const qs = (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .flatMap((p, j) => (query[j] === undefined ? [] : [`${encode(p.name)}=${encode(fill(query[j]!))}`]))
          .join('&');
        const res = await fetch(`${sim.url}/bird${concrete}${qs ? `?${qs}` : ''}`, {
          method,
          headers: { ...ws.headers, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: fill(body) }),
        });
        const text = await res.text();
        const where = `${method} ${concrete.slice(0, 200)}${qs ? `?${qs.slice(0, 300)}` : ''} ${body === undefined ? '' : fill(body).slice(0, 300)} -> ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, where).toBeLessThan(500);
        // Node's HTTP server refuses an oversized URL (414/431) before any face sees it.
        if (res.status === 414 || res.status === 431) return;
        reached.add(`${method} ${path}`);
        if (res.status < 300) succeeded.add(`${method} ${path}`);
        const result = validator.validate({ method, path: concrete, status: res.status, body: text ? JSON.parse(text) : undefined });
        // A path no operation matches (an empty or slashed segment) is the face's 404, not this operation's answer.
        if (!result.matched) {
          expect(res.status, where).toBe(404);
          return;
        }
        if (!result.ok) throw new Error(`${where}\n${formatViolations(result)}`);
      }),
      { seed: Number(process.env.BIRD_FUZZ_SEED ?? 20261126), numRuns: Number(process.env.BIRD_FUZZ_RUNS ?? 600) },
    );
    expect(reached.size, [...reached].join('\n')).toBe(ops.length);
    // Many operations also succeed: the generated input gets past validation into the handlers.
    expect(succeeded.size, [...succeeded].join('\n')).toBeGreaterThan(ops.length / 3);
  }, 120_000);
});
