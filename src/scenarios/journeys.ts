import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../paths.js';
import { loadScenarioFile, ScenarioFileError, shownPath, type LoadedScenario, type LoadOptions } from './load.js';

/** The built-in journeys: every `*.yaml` in fixtures/scenarios/ (fragments live in its `fragments/`). */
export const BUILTIN_DIR = packagePath('fixtures', 'scenarios');

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadBuiltinJourneys(): LoadedScenario[] {
  return scenarioFiles(BUILTIN_DIR).map((f) => loadScenarioFile(f, { displayName: shownPath(f) }));
}

/** A scenario argument that names nothing: not a file, not a built-in journey. */
export class ScenarioSelectionError extends Error {
  override name = 'ScenarioSelectionError';
}

/**
 * What `scenario run` was asked for: `all`, a built-in journey's name, a scenario file, or a
 * directory of them (several arguments add up). `fragments` are more fragment directories for the
 * files given (see `fragmentSearchPath`).
 */
export function resolveScenarios(args: string[], opts: Pick<LoadOptions, 'fragments'> = {}): LoadedScenario[] {
  if (!args.length) throw new ScenarioSelectionError('Failed to pick scenarios: none given. Please name one (see `a2p-sim scenario list`), a file, a directory, or `all`.');
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
      for (const f of files) out.push(loadScenarioFile(f, opts.fragments ? { fragments: opts.fragments } : {}));
      continue;
    }
    builtins ??= loadBuiltinJourneys();
    const found = builtins.find((s) => s.name === arg);
    if (!found) {
      throw new ScenarioSelectionError(`Failed to find scenario "${arg}": it is neither a built-in journey nor a file. Please use one of: ${builtins.map((s) => s.name).join(', ')}, all, or a path.`);
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
