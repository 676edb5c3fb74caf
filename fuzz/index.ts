/**
 * `npm run fuzz` (`node --import tsx fuzz/index.ts`): hostile requests over every route of an
 * in-process simulator. Exit 0 when none got a 5xx or went unanswered and the simulator is healthy at
 * the end, 1 otherwise, 2 for bad arguments.
 *
 *   --runs N           requests to send (default 10000)
 *   --seconds S        stop after S seconds whatever --runs says (default 600)
 *   --seed S           fast-check seed: the same seed generates the same requests (default random, printed)
 *   --concurrency C    requests in flight (default 8; 1 replays a seed request for request)
 */
import { scriptArgs } from '../scripts/script-args.js';
import { formatReport, passed, runFuzz } from './run.js';

const USAGE = 'Usage: node --import tsx fuzz/index.ts [--runs N] [--seconds S] [--seed S] [--concurrency C]';

function positive(name: string, value: string | undefined, integer = true): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || (name !== 'seed' && n === 0)) {
    console.error(
      `Failed to read --${name}: "${value}" is not a ${integer ? 'whole' : ''} number${name === 'seed' ? '' : ' above 0'}. Please pass e.g. --${name} ${name === 'seconds' ? 60 : 100}.\n${USAGE}`,
    );
    process.exit(2);
  }
  return n;
}

const values = scriptArgs(USAGE, { runs: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' }, concurrency: { type: 'string' } });

const opts = {
  runs: positive('runs', values.runs as string | undefined),
  seconds: positive('seconds', values.seconds as string | undefined, false),
  seed: positive('seed', values.seed as string | undefined),
  concurrency: positive('concurrency', values.concurrency as string | undefined),
};
const report = await runFuzz({
  ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
  onProgress: (sent, ms) => console.error(`  ${sent} requests, ${(ms / 1000).toFixed(1)} s`),
});
console.log(formatReport(report));
process.exitCode = passed(report) ? 0 : 1;
