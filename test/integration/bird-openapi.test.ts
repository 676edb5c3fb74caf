import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRD_EVENTS } from '../../src/sim/bird/routes.js';
import { TestSim } from '../helpers/sim.js';

let sim: TestSim;
let doc: any;
beforeAll(async () => {
  sim = await TestSim.start();
  doc = await (await fetch(`${sim.url}/bird/openapi.json`)).json();
});
afterAll(() => sim.close());

describe('/bird/openapi.json', () => {
  it('names every operation once, declares every path parameter, the errors every route can answer, and a body for every event', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item as object).map(([method, op]) => ({ path, method, op })));
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = op.parameters
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name)
        .sort();
      expect(declared, `${method} ${path}`).toEqual(inPath);
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403', '422']));
      if (method === 'post' || method === 'patch') expect(op.requestBody, `${method} ${path}`).toBeDefined();
    }
    // The seed's routes the face serves (a sample that would catch a route dropped from the list).
    for (const route of [
      'get /organizations/{organizationId}/numbers-stock-items',
      'post /workspaces/{workspaceId}/numbers-long-code',
      'patch /organizations/{organizationId}/tcr-brands/{brandId}',
      'post /workspaces/{workspaceId}/tcr-brands/{brandId}/vettings',
      'get /workspaces/{workspaceId}/tcr-resellers',
      'delete /workspaces/{workspaceId}/tcr-brands/{brandId}/campaigns/{campaignId}',
    ]) {
      const [method, path] = route.split(' ');
      expect(doc.paths[path!]?.[method!], route).toBeDefined();
    }
    expect(Object.keys(doc.webhooks).sort()).toEqual([...BIRD_EVENTS].sort());
    for (const [event, item] of Object.entries(doc.webhooks)) {
      const schema = (item as { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, { const?: string }> } }> } } }).post.requestBody.content['application/json']!
        .schema;
      expect(schema.properties.event?.const, event).toBe(event);
      expect(Object.keys(schema.properties).sort()).toEqual(['createdAt', 'event', 'payload', 'service']);
    }
  });
});
