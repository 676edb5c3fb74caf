import { performance } from 'node:perf_hooks';
import { loadBuiltinJourneys } from './journeys.js';
import { runScenarios } from './runner.js';

export interface ScenarioBench {
  /** Real time of the whole run: simulator start, every journey (in parallel), shut down. */
  ms: number;
  passed: boolean;
  scenarios: Array<{ name: string; ms: number; simulatedDays: number | null; steps: number; status: string }>;
  /** One line for the bench table. */
  detail: string;
}

/**
 * The hook `npm run bench` calls: every built-in journey against the embedded simulator, as
 * `a2p-sim scenario run all` runs them. Target: the whole suite, simulated months included, in
 * under 1 s of real time.
 */
export async function benchScenarios(opts: { seed?: string; concurrency?: number } = {}): Promise<ScenarioBench> {
  const journeys = loadBuiltinJourneys();
  const t0 = performance.now();
  const report = await runScenarios(journeys, opts);
  const ms = performance.now() - t0;
  const scenarios = report.scenarios.map((s) => ({
    name: s.name,
    ms: s.durationMs,
    simulatedDays: s.simulatedSeconds === null ? null : Math.round((s.simulatedSeconds / 86_400) * 10) / 10,
    steps: s.steps.length,
    status: s.status,
  }));
  const simulatedDays = scenarios.reduce((n, s) => n + (s.simulatedDays ?? 0), 0);
  const t = report.totals;
  return {
    ms,
    passed: t.failed === 0,
    scenarios,
    detail: `${t.scenarios} journeys, ${t.steps} steps, ${t.contractChecks} contract checks, ${simulatedDays.toFixed(1)} simulated days; ${t.passed} passed, ${t.failed} failed`,
  };
}
