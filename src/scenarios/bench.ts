import { performance } from 'node:perf_hooks';
import { loadBuiltinJourneys } from './journeys.js';
import { runScenarios } from './runner.js';

export interface ScenarioBench {
  /** Real time of the first run in this process: simulator start, every journey (in parallel), shut down. */
  ms: number;
  /**
   * The same suite run again in the same process. The first run also pays for compiling each
   * operation's response schema once (the contract validators are cached per process), which is
   * most of the difference.
   */
  warmMs: number;
  passed: boolean;
  scenarios: Array<{ name: string; ms: number; simulatedDays: number | null; steps: number; status: string }>;
  /** One line for the bench table. */
  detail: string;
}

/**
 * The hook `npm run bench` calls: every built-in journey against the embedded simulator, as
 * `a2p-sim scenario run all` runs them, twice. Target: the whole suite, simulated months included,
 * in under 1 s of real time.
 */
export async function benchScenarios(opts: { seed?: string; concurrency?: number } = {}): Promise<ScenarioBench> {
  const journeys = loadBuiltinJourneys();
  const t0 = performance.now();
  const report = await runScenarios(journeys, opts);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const again = await runScenarios(journeys, opts);
  const warmMs = performance.now() - t1;
  const scenarios = report.scenarios.map((s) => ({
    name: s.name,
    ms: s.durationMs,
    simulatedDays: s.simulatedSeconds === null ? null : Math.round((s.simulatedSeconds / 86_400) * 10) / 10,
    steps: s.steps.length,
    status: s.status,
  }));
  const simulatedDays = scenarios.reduce((n, s) => n + (s.simulatedDays ?? 0), 0);
  const t = report.totals;
  const passed = t.failed === 0 && again.totals.failed === 0;
  return {
    ms,
    warmMs,
    passed,
    scenarios,
    detail: `${t.scenarios} journeys, ${t.steps} steps, ${t.contractChecks} contract checks, ${simulatedDays.toFixed(1)} simulated days; ${passed ? 'all passed' : `${t.failed} failed`}; again in the same process: ${warmMs.toFixed(0)} ms`,
  };
}
