import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packagePath } from '../paths.js';
import { loadScenarioFile, ScenarioFileError, type LoadedScenario } from './load.js';

/** The built-in journeys: every `*.yaml` in fixtures/scenarios/ (fragments live in its `fragments/`). */
export const BUILTIN_DIR = packagePath('fixtures', 'scenarios');

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(dir, f));
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

export function loadBuiltinJourneys(): LoadedScenario[] {
  return scenarioFiles(BUILTIN_DIR).map((f) => loadScenarioFile(f, { displayName: display(f) }));
}

/**
 * What `scenario run` was asked for: `all`, a built-in journey's name, a scenario file, or a
 * directory of them (several arguments add up).
 */
export function resolveScenarios(args: string[]): LoadedScenario[] {
  if (!args.length) throw new Error('Failed to pick scenarios: none given. Please name one (see `a2p-sim scenario list`), a file, a directory, or `all`.');
  const out: LoadedScenario[] = [];
  let builtins: LoadedScenario[] | undefined;
  for (const arg of args) {
    if (arg === 'all') {
      builtins ??= loadBuiltinJourneys();
      out.push(...builtins);
      continue;
    }
    if (existsSync(arg)) {
      const files = statSync(arg).isDirectory() ? scenarioFiles(arg) : [arg];
      for (const f of files) out.push(loadScenarioFile(f));
      continue;
    }
    builtins ??= loadBuiltinJourneys();
    const found = builtins.find((s) => s.name === arg);
    if (!found) {
      throw new Error(`Failed to find scenario "${arg}": it is neither a built-in journey nor a file. Please use one of: ${builtins.map((s) => s.name).join(', ')}, all, or a path.`);
    }
    out.push(found);
  }
  const byName = new Map<string, LoadedScenario>();
  for (const s of out) {
    const other = byName.get(s.name);
    if (other && other.file !== s.file) throw new ScenarioFileError(s.file, 'name', `"${s.name}" is also the name of ${other.file}; names must be unique in a run`);
    byName.set(s.name, s);
  }
  return [...byName.values()];
}
