import { loadBuiltinJourneys } from '../src/scenarios/journeys.js';
import { benchScenarios } from '../src/scenarios/bench.js';
import { runScenarios } from '../src/scenarios/runner.js';

/**
 * Whole journeys timed by `npm run bench` against an embedded simulator, each with the target its
 * issue sets: the seed 003 journey over a real loopback socket, the whole suite as
 * `a2p-sim scenario run all` runs it (requests handed to the app in process).
 */
export interface BenchJourney {
  name: string;
  targetMs: number;
  run: () => Promise<{ ms: number; detail?: string }>;
}

/** Best of a few runs: the first pays for JIT warm-up and spec loading. */
async function bestOf(runs: number, once: () => Promise<{ ms: number; detail?: string }>) {
  let best: { ms: number; detail?: string } | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await once();
    if (!best || r.ms < best.ms) best = r;
  }
  return best!;
}

export function journeys(): BenchJourney[] {
  return [
    {
      name: 'ISV journey over HTTP (seed 003 end to end: profiles, brand, campaign, number, delivered message)',
      targetMs: 500,
      run: () =>
        bestOf(3, async () => {
          const journey = loadBuiltinJourneys().filter((j) => j.name === 'isv-standard-brand');
          const t0 = performance.now();
          const report = await runScenarios(journey, { seed: 'bench', transport: 'http' });
          const ms = performance.now() - t0;
          const s = report.scenarios[0]!;
          return { ms, detail: `${s.status}, ${s.steps.length} steps, ${report.totals.contractChecks} contract checks` };
        }),
    },
    {
      name: 'Every built-in scenario (a2p-sim scenario run all, embedded, in parallel)',
      targetMs: 1000,
      run: async () => {
        // The first run in a process also compiles every response schema once: report it apart.
        const cold = await benchScenarios({ seed: 'bench' });
        const warm = await bestOf(2, async () => ({ ms: (await benchScenarios({ seed: 'bench' })).ms }));
        return { ms: warm.ms, detail: `${cold.detail}; first run in a fresh process ${cold.ms.toFixed(0)} ms` };
      },
    },
  ];
}
