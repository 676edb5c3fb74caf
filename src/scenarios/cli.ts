import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Reporter } from '../contract/report.js';
import { jsonReporter } from '../contract/report-json.js';
import { junitReporter } from '../contract/report-junit.js';
import { prettyReporter } from '../contract/report-pretty.js';
import { scenarioJsonSchema } from './format.js';
import { loadBuiltinJourneys, resolveScenarios } from './journeys.js';
import { ScenarioFileError } from './load.js';
import { runScenarios } from './runner.js';

export const SCENARIO_USAGE = `a2p-sim scenario — replay journeys as contract tests

Usage:
  a2p-sim scenario list [--json]
  a2p-sim scenario run <name|file|dir|all>... [options]
  a2p-sim scenario check <file>...        validate scenario files without running them
  a2p-sim scenario schema                 print the JSON Schema of scenario files

Options of run:
  --target URL          run against a running simulator or a live service (env A2P_SIM_TARGET);
                        default: an embedded simulator on a free port, a fresh account per scenario
  --twilio-base URL     where Twilio-face requests go (default: the target; "twilio" = the real hosts)
  --reporter R[=FILE]   pretty | junit | json; repeatable; FILE writes the report there (default: pretty)
  --seed N              reproducible accounts, SIDs and generated values
  --concurrency N       scenarios at once (default 4; 1 against a live target)
  --wait-timeout S      seconds a waitFor waits for a webhook when /_sim can flush deliveries (default 10)
  --poll-timeout S      against a target without /_sim: seconds waits and asserts keep polling (env A2P_SIM_POLL_TIMEOUT, default 600)
  --poll-interval S     seconds between polls (env A2P_SIM_POLL_INTERVAL, default 5)
  --receiver-url URL    public URL forwarding to the local webhook receiver (a tunnel), for live targets
  --quiet               pretty: print failures and the summary only

Credentials against a live target (a simulator target makes fresh ones unless these are set):
  A2P_SIM_ACCOUNT_SID / A2P_SIM_AUTH_TOKEN (or TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN) for the first account,
  A2P_SIM_<NAME>_ACCOUNT_SID / A2P_SIM_<NAME>_AUTH_TOKEN for another, CLOUDFRAN_API_KEY / CLOUDFRAN_TENANT_ID
  (CLOUDFRAN_<NAME>_API_KEY / CLOUDFRAN_<NAME>_TENANT_ID) for CloudFran tenants.

Exit status: 0 all passed, 1 a scenario failed, 2 bad arguments or scenario files.
`;

function positiveSeconds(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!(n > 0)) throw new UsageError(`Failed to read ${name}: "${raw}" is not a positive number of seconds. Please give e.g. ${name} 30.`);
  return n * 1000;
}

class UsageError extends Error {}

function makeReporters(specs: string[], quiet: boolean): Array<{ reporter: Reporter; file: string | undefined }> {
  const list = specs.length ? specs : ['pretty'];
  return list.map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const file = eq < 0 ? undefined : spec.slice(eq + 1);
    switch (name) {
      case 'pretty':
        return { reporter: prettyReporter({ steps: !quiet }), file };
      case 'junit':
        return { reporter: junitReporter(), file };
      case 'json':
        return { reporter: jsonReporter(), file };
      default:
        throw new UsageError(`Failed to pick a reporter: "${name}" is not one. Please use pretty, junit or json (optionally =FILE).`);
    }
  });
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      'twilio-base': { type: 'string' },
      reporter: { type: 'string', multiple: true },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      'wait-timeout': { type: 'string' },
      'poll-timeout': { type: 'string' },
      'poll-interval': { type: 'string' },
      'receiver-url': { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  const scenarios = resolveScenarios(positionals);
  const reporters = makeReporters(values.reporter ?? [], values.quiet ?? false);
  // A report written to stdout must be the only thing there: the pretty progress then goes to stderr.
  const stdoutTaken = reporters.some((r) => r.reporter.name !== 'pretty' && r.file === undefined);
  if (stdoutTaken) {
    for (const r of reporters) if (r.reporter.name === 'pretty') r.reporter = prettyReporter({ steps: !values.quiet, write: (t) => process.stderr.write(t), color: process.stderr.isTTY === true && !process.env.NO_COLOR });
  }
  const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) throw new UsageError(`Failed to read --concurrency: "${values.concurrency}" is not a positive integer.`);
  const timeouts = {
    ...(positiveSeconds('--wait-timeout', values['wait-timeout']) !== undefined ? { waitMs: positiveSeconds('--wait-timeout', values['wait-timeout'])! } : {}),
    ...(positiveSeconds('--poll-timeout', values['poll-timeout'] ?? process.env.A2P_SIM_POLL_TIMEOUT) !== undefined ? { pollMs: positiveSeconds('--poll-timeout', values['poll-timeout'] ?? process.env.A2P_SIM_POLL_TIMEOUT)! } : {}),
    ...(positiveSeconds('--poll-interval', values['poll-interval'] ?? process.env.A2P_SIM_POLL_INTERVAL) !== undefined
      ? { pollIntervalMs: positiveSeconds('--poll-interval', values['poll-interval'] ?? process.env.A2P_SIM_POLL_INTERVAL)! }
      : {}),
  };
  const target = values.target ?? process.env.A2P_SIM_TARGET;
  const report = await runScenarios(scenarios, {
    ...(target ? { target } : {}),
    ...(values['twilio-base'] ? { twilioBase: values['twilio-base'] } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(values['receiver-url'] ? { receiverPublicUrl: values['receiver-url'] } : {}),
    timeouts,
    reporters: reporters.map((r) => r.reporter),
  });
  for (const { reporter, file } of reporters) {
    const text = reporter.end(report);
    if (text === undefined) continue;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      process.stderr.write(`${reporter.name} report written to ${file}\n`);
    } else process.stdout.write(text);
  }
  return report.totals.failed ? 1 : 0;
}

function list(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
  const journeys = loadBuiltinJourneys();
  if (values.json) {
    console.log(JSON.stringify(journeys.map((j) => ({ name: j.name, title: j.title, file: j.file, source: j.source ?? null, requires: j.requires, tags: j.tags, steps: j.steps.length })), null, 2));
    return 0;
  }
  const width = Math.max(...journeys.map((j) => j.name.length));
  console.log('Built-in journeys (a2p-sim scenario run <name> | all):\n');
  for (const j of journeys) console.log(`  ${j.name.padEnd(width)}  ${j.title}  (${j.steps.length} steps; ${j.requires.join(', ') || 'no face'})`);
  return 0;
}

function check(argv: string[]): number {
  const scenarios = resolveScenarios(argv);
  for (const s of scenarios) console.log(`ok  ${s.file}: ${s.name} (${s.steps.length} steps)`);
  return 0;
}

/** `a2p-sim scenario …`; returns the exit status. */
export async function scenarioMain(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return list(rest);
      case 'run':
        return await run(rest);
      case 'check':
        return check(rest);
      case 'schema':
        console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(SCENARIO_USAGE);
        return 0;
      default:
        console.error(`Unknown scenario command "${command}".\n\n${SCENARIO_USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof ScenarioFileError || e instanceof UsageError || (e instanceof Error && /^Failed to (pick|find)/.test(e.message))) {
      console.error(e.message);
      return 2;
    }
    if (e instanceof Error && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${e.message}\n\n${SCENARIO_USAGE}`);
      return 2;
    }
    throw e;
  }
}
