import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSim } from '../helpers/sim.js';
import type { Face } from '../../src/sim/engine/resource.js';
import { builtinFaces } from '../../src/sim/faces.js';
import { formatReport, passed, runFuzz } from '../../fuzz/run.js';

describe('fuzz (npm run fuzz at a small size)', () => {
  it('answers 600 hostile requests over every route without a 5xx and stays healthy', async () => {
    const report = await runFuzz({
      runs: 600,
      seed: 20260101,
      concurrency: 4,
      seconds: 50,
    });
    const summary = formatReport(report);
    expect(report.sent, summary).toBe(600);
    // The generator reaches the routes, not only the 404 path: most are answered by their handler and many succeed.
    expect(report.routes.reached, summary).toBeGreaterThan(report.routes.total * 0.8);
    expect(report.routes.succeeded, summary).toBeGreaterThan(50);
    expect(report.findings, summary).toEqual([]);
    expect(report.serverErrors, summary).toBe(0);
    expect(report.unanswered, summary).toBe(0);
    expect(report.crashes, summary).toBe(0);
    expect(report.healthy, summary).toBe(true);
    expect(passed(report)).toBe(true);
  }, 60_000);

  it('reports a route that answers 500, with the request that reproduces it, and fails', async () => {
    // A route the fuzzer discovers like any other (it reads the app's route table), broken on purpose.
    const broken: Face = {
      name: 'broken',
      resources: [],
      mount: (app) => {
        app.post('/_sim/fuzz-canary/:id', () => {
          throw new Error('canary reached');
        });
      },
    };
    const report = await runFuzz({
      // Enough runs to reach every one of the ~300 routes (Twilio, CloudFran, Bird, /_sim) at least once.
      runs: 2000,
      seed: 7,
      concurrency: 2,
      seconds: 50,
      faces: [...builtinFaces(), broken],
    });
    const summary = formatReport(report);
    const finding = report.findings.find((f) => f.route === 'POST /_sim/fuzz-canary/{id}');
    expect(finding, summary).toBeDefined();
    expect(finding!.status).toBe(500);
    expect(finding!.path).toMatch(/^\/_sim\/fuzz-canary\//);
    expect(finding!.response).toContain('canary reached');
    expect(report.serverErrors).toBeGreaterThanOrEqual(finding!.count);
    expect(passed(report)).toBe(false);
    expect(summary).toContain('FAIL');
  }, 60_000);
});

describe('what fuzzing found stays fixed', () => {
  let sim: TestSim;
  beforeAll(async () => {
    sim = await TestSim.start();
  });
  afterAll(() => sim.close());

  it('a docs asset named after an Object.prototype key is a 404, not a file read (500)', async () => {
    for (const file of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const res = await fetch(`${sim.url}/api/v1/twilio/docs/${file}`);
      expect(res.status, file).toBe(404);
      expect(await res.json()).toEqual({
        error: 'not_found',
        message: `No docs asset ${file}`,
      });
    }
  });
});
