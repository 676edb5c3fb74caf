import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Reporter } from '../contract/report.js';
import { jsonReporter } from '../contract/report-json.js';
import { junitReporter } from '../contract/report-junit.js';
import { prettyReporter } from '../contract/report-pretty.js';
import { scenarioJsonSchema } from './format.js';
import { loadBuiltinJourneys, resolveScenarios, ScenarioSelectionError } from './journeys.js';
import { ScenarioFileError } from './load.js';
import { runScenarios } from './runner.js';
import { TargetUnreachableError } from './target.js';

const LIST_USAGE = `Usage: a2p-sim scenario list [--json]

Lists the built-in journeys (fixtures/scenarios/).

Options:
  --json                one JSON array: name, title, file, source, requires, tags, steps
`;

const FRAGMENTS_OPTION = `  --fragments DIR       another directory of fragments; repeatable. \`include: name\` looks in
                        <dir of the scenario file>/fragments, then each --fragments DIR in order,
                        then the built-in fixtures/scenarios/fragments`;

const RUN_USAGE = `Usage: a2p-sim scenario run <name|file|dir|all>... [options]

Runs scenarios: built-in journeys by name, \`all\` of them, scenario files or directories of them.

Options:
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
${FRAGMENTS_OPTION}
  --quiet               pretty: print failures and the summary only
  -h, --help            print this help

Credentials against a live target (a simulator target makes fresh ones unless these are set):
  A2P_SIM_ACCOUNT_SID / A2P_SIM_AUTH_TOKEN (or TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN) for the first account,
  A2P_SIM_<NAME>_ACCOUNT_SID / A2P_SIM_<NAME>_AUTH_TOKEN for another, CLOUDFRAN_API_KEY / CLOUDFRAN_TENANT_ID
  (CLOUDFRAN_<NAME>_API_KEY / CLOUDFRAN_<NAME>_TENANT_ID) for CloudFran tenants, BIRD_ACCESS_KEY / BIRD_WORKSPACE_ID
  (BIRD_<NAME>_ACCESS_KEY / BIRD_<NAME>_WORKSPACE_ID) for Bird workspaces.

Exit status: 0 all passed, 1 a scenario failed, 2 bad arguments, scenario files or an unreachable target.
`;

const CHECK_USAGE = `Usage: a2p-sim scenario check <file|dir|name>... [--fragments DIR]...

Validates scenario files (schema, steps, variables, operations, fragments) without running them.

Options:
${FRAGMENTS_OPTION}
  -h, --help            print this help

Exit status: 0 every file is valid, 2 one is not (file:line: step N "name": field: problem).
`;

const SCHEMA_USAGE = `Usage: a2p-sim scenario schema

Prints the JSON Schema of scenario files (for editors: yaml-language-server, VS Code).
`;

export const SCENARIO_USAGE = `a2p-sim scenario — replay journeys as contract tests

Usage:
  a2p-sim scenario list [--json]                          list the built-in journeys
  a2p-sim scenario run <name|file|dir|all>... [options]   run scenarios (options below)
  a2p-sim scenario check <file|dir>... [--fragments DIR]  validate scenario files without running them
  a2p-sim scenario schema                                 print the JSON Schema of scenario files
  a2p-sim scenario <command> --help                       the options of one command

Options of run:
${RUN_USAGE.slice(RUN_USAGE.indexOf('Options:\n') + 'Options:\n'.length)}`;

const USAGE_OF: Record<string, string> = { list: LIST_USAGE, run: RUN_USAGE, check: CHECK_USAGE, schema: SCHEMA_USAGE };

function positiveSeconds(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!(n > 0)) throw new UsageError(`Failed to read ${name}: "${raw}" is not a positive number of seconds. Please give e.g. ${name.startsWith('--') ? `${name} 30` : `${name}=30`}.`);
  return n * 1000;
}

/** An ordinary mistake on the command line: one line on stderr (and the usage, when it helps), exit 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * parseArgs with its errors turned into one line in the simulator's wording, and `-h`/`--help`
 * honoured wherever it appears (before `--`), even next to an unknown option.
 */
function parse<O extends Options>(command: string, argv: string[], options: O, allowPositionals: boolean) {
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h')) return 'help' as const;
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw e;
    const quoted = /'([^']+)'/.exec((e as Error).message)?.[1] ?? '';
    const why =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${quoted}`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument "${quoted}"`
          : /argument missing/.test((e as Error).message)
            ? `${quoted.split(' ')[0]} needs a value`
            : /does not take an argument/.test((e as Error).message)
              ? `${quoted} takes no value`
              : (e as Error).message;
    throw new UsageError(`Failed to read the arguments of "a2p-sim scenario ${command}": ${why}. Please see the usage below.`, USAGE_OF[command]);
  }
}

function fragmentDirs(dirs: string[] | undefined): string[] {
  for (const dir of dirs ?? []) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Failed to read --fragments: "${dir}" is not a directory. Please give a directory of fragment files.`);
  }
  return dirs ?? [];
}

function targetUrl(raw: string | undefined, from: string): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`Failed to read ${from}: "${raw}" is not an http(s) URL. Please give e.g. http://127.0.0.1:4010.`);
  return raw;
}

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
  const parsed = parse(
    'run',
    argv,
    {
      target: { type: 'string' },
      'twilio-base': { type: 'string' },
      reporter: { type: 'string', multiple: true },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      'wait-timeout': { type: 'string' },
      'poll-timeout': { type: 'string' },
      'poll-interval': { type: 'string' },
      'receiver-url': { type: 'string' },
      fragments: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
    },
    true,
  );
  if (parsed === 'help') return help('run');
  const { values, positionals } = parsed;
  const target = targetUrl(values.target ?? process.env.A2P_SIM_TARGET, values.target !== undefined ? '--target' : 'A2P_SIM_TARGET');
  const scenarios = resolveScenarios(positionals, { fragments: fragmentDirs(values.fragments) });
  const reporters = makeReporters(values.reporter ?? [], values.quiet ?? false);
  // A report written to stdout must be the only thing there: the pretty progress then goes to stderr.
  const stdoutTaken = reporters.some((r) => r.reporter.name !== 'pretty' && r.file === undefined);
  if (stdoutTaken) {
    for (const r of reporters)
      if (r.reporter.name === 'pretty') r.reporter = prettyReporter({ steps: !values.quiet, write: (t) => process.stderr.write(t), color: process.stderr.isTTY === true && !process.env.NO_COLOR });
  }
  const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0))
    throw new UsageError(`Failed to read --concurrency: "${values.concurrency}" is not a positive integer. Please give e.g. --concurrency 2.`);
  const waitMs = positiveSeconds('--wait-timeout', values['wait-timeout']);
  const pollMs = positiveSeconds(values['poll-timeout'] !== undefined ? '--poll-timeout' : 'A2P_SIM_POLL_TIMEOUT', values['poll-timeout'] ?? process.env.A2P_SIM_POLL_TIMEOUT);
  const pollIntervalMs = positiveSeconds(values['poll-interval'] !== undefined ? '--poll-interval' : 'A2P_SIM_POLL_INTERVAL', values['poll-interval'] ?? process.env.A2P_SIM_POLL_INTERVAL);
  const timeouts = { ...(waitMs !== undefined ? { waitMs } : {}), ...(pollMs !== undefined ? { pollMs } : {}), ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}) };
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
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      } catch (e) {
        throw new UsageError(`Failed to write the ${reporter.name} report to ${file}: ${(e as Error).message}. Please give a writable path.`);
      }
      process.stderr.write(`${reporter.name} report written to ${file}\n`);
    } else process.stdout.write(text);
  }
  return report.totals.failed ? 1 : 0;
}

function list(argv: string[]): number {
  const parsed = parse('list', argv, { json: { type: 'boolean' } }, false);
  if (parsed === 'help') return help('list');
  const journeys = loadBuiltinJourneys();
  if (parsed.values.json) {
    console.log(
      JSON.stringify(
        journeys.map((j) => ({ name: j.name, title: j.title, file: j.file, source: j.source ?? null, requires: j.requires, tags: j.tags, steps: j.steps.length })),
        null,
        2,
      ),
    );
    return 0;
  }
  const width = Math.max(...journeys.map((j) => j.name.length));
  console.log('Built-in journeys (a2p-sim scenario run <name> | all):\n');
  for (const j of journeys) console.log(`  ${j.name.padEnd(width)}  ${j.title}  (${j.steps.length} steps; ${j.requires.join(', ') || 'no face'})`);
  return 0;
}

function check(argv: string[]): number {
  const parsed = parse('check', argv, { fragments: { type: 'string', multiple: true } }, true);
  if (parsed === 'help') return help('check');
  const scenarios = resolveScenarios(parsed.positionals, { fragments: fragmentDirs(parsed.values.fragments) });
  for (const s of scenarios) console.log(`ok  ${s.file}: ${s.name} (${s.steps.length} steps)`);
  return 0;
}

function schema(argv: string[]): number {
  if (parse('schema', argv, {}, false) === 'help') return help('schema');
  console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
  return 0;
}

function help(command?: string): number {
  process.stdout.write(command ? USAGE_OF[command]! : SCENARIO_USAGE);
  return 0;
}

/** `a2p-sim scenario …`; returns the exit status (0 passed, 1 a scenario failed, 2 a mistake in the arguments, files or target). */
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
        return schema(rest);
      case undefined:
      case '--help':
      case '-h':
        return help();
      case 'help':
        // `scenario help run` reads like `scenario run --help`.
        if (rest[0] !== undefined && USAGE_OF[rest[0]] !== undefined) return help(rest[0]);
        if (rest[0] === undefined) return help();
        throw new UsageError(`Failed to find help on "${rest[0]}": it is not a scenario command. Please use list, run, check or schema.`, SCENARIO_USAGE);
      default:
        throw new UsageError(
          command.startsWith('-')
            ? `Failed to read the arguments of "a2p-sim scenario": unknown option ${command}. Please put a command first (list, run, check or schema).`
            : `Failed to run "a2p-sim scenario ${command}": it is not a scenario command. Please use list, run, check or schema.`,
          SCENARIO_USAGE,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${e.usage ? `\n${e.usage}` : ''}`);
      return 2;
    }
    if (e instanceof ScenarioFileError || e instanceof ScenarioSelectionError || e instanceof TargetUnreachableError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
