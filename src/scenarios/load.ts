import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { packagePath } from '../paths.js';
import { ACTIONS, PATTERN_HINTS, type Fragment, type PartyKind, type Scenario, stepJsonSchemas, type Step, SUBACCOUNT_OF } from './format.js';
import { references } from './interpolate.js';
import { unknownOperators } from './match.js';
import { findOperation } from './operations.js';

/**
 * Reading scenario files: YAML or JSON, checked against the JSON Schema of the format (ajv), then
 * against the rules a schema cannot say (one action per step, known accounts, operations that
 * exist in the specs, variables defined before use). Fragments are spliced in, so a loaded
 * scenario is a flat list of steps, each remembering where it was written.
 */

/** Where a step was written: the file, its 1-based index there, its name, and the include chain. */
export interface StepOrigin {
  file: string;
  index: number;
  name: string | undefined;
  line?: number;
  via?: StepOrigin;
}

export interface LoadedStep {
  step: Step;
  origin: StepOrigin;
}

export interface LoadedScenario {
  name: string;
  title: string;
  description: string | undefined;
  source: string | undefined;
  tags: string[];
  requires: string[];
  accounts: Record<string, PartyKind>;
  /** Accounts that are subaccounts (name → parent's name): created by the parent at set-up. */
  subaccounts: Record<string, string>;
  vars: Record<string, unknown>;
  steps: LoadedStep[];
  file: string;
}

/** A problem in a scenario file, reported as `file:line: step N "name": field: message`. */
export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly step?: { index: number; name: string | undefined; via?: StepOrigin },
    readonly line?: number,
  ) {
    super(
      `${file}${line ? `:${line}` : ''}: ${step ? `step ${step.index}${step.name ? ` "${step.name}"` : ''}${step.via ? ` (included from ${describeOrigin(step.via)})` : ''}: ` : ''}${field ? `${field}: ` : ''}${problem}`,
    );
    this.name = 'ScenarioFileError';
  }
}

export function describeOrigin(o: StepOrigin): string {
  return `${o.file}${o.line ? `:${o.line}` : ''} step ${o.index}${o.name ? ` "${o.name}"` : ''}`;
}

/** The fragments shipped with the package, searched last so a scenario saved anywhere can include them. */
export const BUILTIN_FRAGMENTS_DIR = packagePath('fixtures', 'scenarios', 'fragments');

/**
 * Where `include: name` looks, in order: the `fragments/` beside the scenario file, each extra
 * directory (`--fragments DIR`), then the built-in fragments. The first match wins, so a project
 * can shadow a built-in fragment; a directory listed twice is searched once.
 */
export function fragmentSearchPath(scenarioFile: string | undefined, extra: readonly string[] = []): string[] {
  const dirs = [...(scenarioFile ? [join(dirname(resolve(scenarioFile)), 'fragments')] : []), ...extra.map((d) => resolve(d)), BUILTIN_FRAGMENTS_DIR];
  return [...new Set(dirs)];
}

/** A path as a reader would want it: relative when it is under the working directory, absolute otherwise. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Variables every scenario has (see the README's table). */
export const BUILTIN_VARS = ['account', 'accounts', 'receiver', 'scenario', 'target'];

// Compiled once per process: the schemas are pure functions of the format module.
let validators: { scenario: ValidateFunction; fragment: ValidateFunction; step: ValidateFunction } | undefined;

function getValidators() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    const s = stepJsonSchemas();
    validators = { scenario: ajv.compile(s.scenario), fragment: ajv.compile(s.fragment), step: ajv.compile(s.step) };
  }
  return validators;
}

interface Source {
  file: string;
  data: unknown;
  /** 1-based line of a JSON pointer's node, when the file is YAML. */
  lineOf: (pointer: (string | number)[]) => number | undefined;
}

function readSource(path: string, displayName: string): Source {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ScenarioFileError(displayName, '', `cannot be read (${(e as Error).message})`);
  }
  if (extname(path) === '.json') {
    try {
      return { file: displayName, data: JSON.parse(text), lineOf: () => undefined };
    } catch (e) {
      throw new ScenarioFileError(displayName, '', `is not valid JSON (${(e as Error).message})`);
    }
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    // `${…}` inside a `{ … }` flow mapping ends the mapping early: the most common slip in scenario files.
    const hint =
      /flow/i.test(err.message) && text.includes('${')
        ? '; a value with ${…} inside { … } must be quoted'
        : /nested mappings|compact mapping/i.test(err.message)
          ? '; a value containing ": " must be quoted'
          : '';
    throw new ScenarioFileError(displayName, '', `is not valid YAML (${err.message.split('\n')[0]}${hint})`, undefined, line);
  }
  return {
    file: displayName,
    data: doc.toJS(),
    lineOf: (pointer) => {
      // The deepest node that exists on the way down.
      for (let n = pointer.length; n >= 0; n--) {
        const node = doc.getIn(pointer.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
        if (n === 0) {
          const c = doc.contents as unknown;
          if ((isMap(c) || isSeq(c)) && c.range) return lineCounter.linePos(c.range[0]).line;
        }
      }
      return undefined;
    },
  };
}

function pointerOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldOf(pointer: (string | number)[]): string {
  return pointer.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** The one most useful ajv error: the deepest, and not the "must match a schema in anyOf" summary when a branch says more. */
function bestError(errors: ErrorObject[]): { pointer: (string | number)[]; message: string } {
  const depth = (e: ErrorObject) => e.instancePath.split('/').length + (e.keyword === 'additionalProperties' || e.keyword === 'required' ? 1 : 0);
  const sorted = [...errors].sort((a, b) => depth(b) - depth(a) || Number(a.keyword === 'anyOf') - Number(b.keyword === 'anyOf') || Number(a.keyword === 'type') - Number(b.keyword === 'type'));
  const e = sorted[0]!;
  const p = e.params as Record<string, unknown>;
  const pointer = pointerOf(e.instancePath);
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      return { pointer: [...pointer, String(p.additionalProperty)], message: `unknown key "${String(p.additionalProperty)}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}` };
    }
    case 'required':
      return { pointer: [...pointer, String(p.missingProperty)], message: 'is required' };
    case 'enum':
      return { pointer, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(e.data)})` };
    case 'pattern': {
      const hint = PATTERN_HINTS[String(p.pattern)];
      return { pointer, message: `${JSON.stringify(e.data)} is not valid: ${hint ?? `must match ${String(p.pattern)}`}` };
    }
    default:
      return {
        pointer,
        message: `${e.message ?? 'is invalid'}${e.keyword === 'type' || e.keyword === 'anyOf' ? ` (got ${JSON.stringify(e.data)?.slice(0, 60)})` : ''}${description && e.keyword === 'anyOf' ? `: ${description}` : ''}`,
      };
  }
}

export interface LoadOptions {
  /** More directories of fragments, searched after `<dir of the file>/fragments` and before the built-in ones (`--fragments DIR`). */
  fragments?: readonly string[];
  /** Name shown in errors (default: the path relative to the working directory). */
  displayName?: string;
}

export function loadScenarioFile(path: string, opts: LoadOptions = {}): LoadedScenario {
  const abs = resolve(path);
  const display = opts.displayName ?? (relative(process.cwd(), abs) || abs);
  const source = readSource(abs, display);
  return checkScenario(source.data, { file: display, lineOf: source.lineOf, fragmentDirs: fragmentSearchPath(abs, opts.fragments) });
}

/**
 * Checks a scenario given as data (parsed YAML/JSON, or a typed `Scenario` object) and returns it
 * with its fragments spliced in. Throws a ScenarioFileError naming the file, step and field.
 * `fragmentDirs` is the whole search path for `include:` (default: the built-in fragments only;
 * see `fragmentSearchPath`).
 */
export function checkScenario(data: unknown, ctx: { file: string; lineOf?: Source['lineOf']; fragmentDirs?: readonly string[] }): LoadedScenario {
  const lineOf = ctx.lineOf ?? (() => undefined);
  const v = getValidators();
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ScenarioFileError(ctx.file, '', 'must be a mapping with name, title and steps');
  if ('fragment' in data) throw new ScenarioFileError(ctx.file, 'fragment', 'this is a fragment: include it from a scenario with `include:`');
  if (!v.scenario(data)) {
    const { pointer, message } = bestError(v.scenario.errors ?? []);
    throw new ScenarioFileError(ctx.file, fieldOf(pointer), message, undefined, lineOf(pointer));
  }
  const raw = data as Scenario;
  const declared = raw.accounts && Object.keys(raw.accounts).length ? raw.accounts : { main: 'twilio' };
  const accounts: Record<string, PartyKind> = {};
  const subaccounts: Record<string, string> = {};
  for (const [name, kind] of Object.entries(declared)) {
    const parent = SUBACCOUNT_OF.exec(kind)?.[1];
    if (parent === undefined) {
      accounts[name] = kind as PartyKind;
      continue;
    }
    // The parent is set up first and must be a main Twilio account (a subaccount makes no subaccounts).
    if (accounts[parent] !== 'twilio' || Object.hasOwn(subaccounts, parent)) {
      throw new ScenarioFileError(ctx.file, `accounts.${name}`, `"${kind}": "${parent}" must be a twilio account declared before "${name}"`);
    }
    accounts[name] = 'twilio';
    subaccounts[name] = parent;
  }
  const scenario: LoadedScenario = {
    name: raw.name,
    title: raw.title,
    description: raw.description,
    source: raw.source,
    tags: raw.tags ?? [],
    requires: raw.requires ?? [],
    accounts,
    subaccounts,
    vars: raw.vars ?? {},
    steps: [],
    file: ctx.file,
  };
  const defined = new Set<string>([...BUILTIN_VARS, ...Object.keys(scenario.vars)]);
  expandSteps(raw.steps as unknown[], {
    file: ctx.file,
    lineOf,
    fragmentDirs: ctx.fragmentDirs ?? fragmentSearchPath(undefined),
    accounts,
    defined,
    out: scenario.steps,
    via: undefined,
    chain: [],
    fragments: new Map(),
  });
  return scenario;
}

/** Which face an assert asks: its `api`, else the acting account's own face (Twilio for a CloudFran tenant, which has its own `api: cloudfran`). */
export function assertApiOf(assert: { api?: PartyKind | undefined }, kind: PartyKind | undefined): PartyKind {
  return assert.api ?? (kind === 'bird' ? 'bird' : 'twilio');
}

interface ExpandCtx {
  file: string;
  lineOf: Source['lineOf'];
  fragmentDirs: readonly string[];
  accounts: Record<string, PartyKind>;
  defined: Set<string>;
  out: LoadedStep[];
  via: StepOrigin | undefined;
  chain: string[];
  /** Fragments read so far for this scenario (a fragment included twice is read once). */
  fragments: Map<string, { file: string; data: Fragment; lineOf: Source['lineOf'] }>;
}

function expandSteps(steps: unknown[], ctx: ExpandCtx): void {
  const v = getValidators();
  steps.forEach((rawStep, i) => {
    const stepName = rawStep && typeof rawStep === 'object' && typeof (rawStep as { name?: unknown }).name === 'string' ? (rawStep as { name: string }).name : undefined;
    const origin: StepOrigin = { file: ctx.file, index: i + 1, name: stepName, ...(ctx.via ? { via: ctx.via } : {}) };
    const line = ctx.lineOf(['steps', i]);
    if (line) origin.line = line;
    const fail = (field: string, message: string, pointer: (string | number)[] = []): never => {
      throw new ScenarioFileError(ctx.file, field, message, { index: i + 1, name: stepName, ...(ctx.via ? { via: ctx.via } : {}) }, ctx.lineOf(['steps', i, ...pointer]) ?? line);
    };
    if (!v.step(rawStep)) {
      const { pointer, message } = bestError(v.step.errors ?? []);
      fail(fieldOf(pointer), message, pointer);
    }
    const step = rawStep as Step;
    const actions = ACTIONS.filter((a) => step[a] !== undefined);
    if (actions.length !== 1)
      fail(actions.length ? actions.join(', ') : '', actions.length ? 'a step does exactly one thing: split it into one step per action' : `a step needs one of: ${ACTIONS.join(', ')}`);
    const action = actions[0]!;

    const hasResponse = ['request', 'cloudfran', 'bird', 'assert', 'waitFor'].includes(action) || step.control?.call !== undefined;
    if ((step.expect || step.capture) && !hasResponse)
      fail(step.expect ? 'expect' : 'capture', `only request, cloudfran, bird, assert, waitFor and control call steps have a response to check (this is a ${action} step)`);
    if (action === 'assert' && !step.expect) fail('expect', 'an assert step needs an expectation');
    if (step.with && action !== 'include') fail('with', '`with` gives parameters to an `include`');
    if (step.timeout !== undefined && action !== 'assert') fail('timeout', 'only assert steps take a step timeout (waitFor has its own)');
    if (step.as !== undefined && !Object.hasOwn(ctx.accounts, step.as)) fail('as', `no account "${step.as}" (the scenario declares ${Object.keys(ctx.accounts).join(', ')})`);
    const actor = step.as ?? Object.keys(ctx.accounts)[0]!;
    const kind = ctx.accounts[actor];
    const ownCredentials = typeof step.request?.auth === 'object';
    const assertApi = step.assert ? assertApiOf(step.assert, kind) : undefined;
    const what = (k: PartyKind | undefined) => (k === 'cloudfran' ? 'a CloudFran tenant' : k === 'bird' ? 'a Bird workspace' : 'a Twilio account');
    if ((action === 'request' || assertApi === 'twilio') && kind !== 'twilio' && !ownCredentials) {
      fail(action, `account "${actor}" is ${what(kind)}: Twilio requests need a twilio account (set \`as:\`) or their own \`auth: {username, password}\``);
    }
    if ((action === 'cloudfran' || assertApi === 'cloudfran') && kind !== 'cloudfran')
      fail(action, `account "${actor}" is ${what(kind)}: CloudFran requests need a cloudfran account (declare one in \`accounts\` and set \`as:\`)`);
    if ((action === 'bird' || assertApi === 'bird') && kind !== 'bird')
      fail(action, `account "${actor}" is ${what(kind)}: Bird requests need a bird account (declare one in \`accounts\` and set \`as:\`)`);
    if (step.bird && !step.bird.path.startsWith('/') && !step.bird.path.startsWith('${')) fail('bird.path', 'must start with /, e.g. /workspaces/${account.workspaceId}/tcr-brands', ['bird', 'path']);

    const req = step.request ?? (step.assert && assertApi === 'twilio' ? step.assert : undefined);
    if (req) {
      const key = step.request ? 'request' : 'assert';
      if ((req.path === undefined) === (req.operation === undefined)) fail(key, 'give either `path` or `operation`');
      if (req.operation !== undefined) {
        try {
          findOperation(req.operation);
        } catch (e) {
          fail(`${key}.operation`, (e as Error).message, [key, 'operation']);
        }
        if (step.request?.method) fail('request.method', 'an operation brings its own method', ['request', 'method']);
      }
      if (step.request?.form && step.request.multipart) fail('request.multipart', 'give either `form` or `multipart`, not both', ['request', 'multipart']);
      if (req.path !== undefined && !req.path.startsWith('/') && !req.path.startsWith('${'))
        fail(`${key}.path`, 'must start with / and the product, e.g. /trusthub/v1/CustomerProfiles', [key, 'path']);
    }
    if (assertApi && assertApi !== 'twilio' && step.assert?.path === undefined) fail('assert.path', `a ${assertApi === 'bird' ? 'Bird' : 'CloudFran'} assert needs a path`);
    if (assertApi === 'bird' && step.assert?.operation !== undefined) fail('assert.operation', 'operations name Twilio operations; a Bird assert takes a path', ['assert', 'operation']);
    if (step.clock && (step.clock.advance === undefined) === (step.clock.until === undefined)) fail('clock', 'give either `advance` or `until` (settled, next-day, next-month)');
    const keyed = step.waitFor?.verify === 'cloudfran' || step.waitFor?.verify === 'bird';
    if (step.waitFor && keyed !== (step.waitFor.secret !== undefined))
      fail(
        'waitFor.secret',
        step.waitFor.secret === undefined
          ? step.waitFor.verify === 'bird'
            ? "`verify: bird` needs the subscription's `signingKey` as `secret`"
            : '`verify: cloudfran` needs the tenant webhook `secret`'
          : '`secret` is only for `verify: cloudfran` or `verify: bird`',
        ['waitFor'],
      );
    if (step.control && Object.keys(step.control).length !== 1) fail('control', 'give exactly one of override, clearOverride, call');
    if (step.control?.call && !step.control.call.path.startsWith('/')) fail('control.call.path', 'must start with / (it is under /_sim)', ['control', 'call', 'path']);
    for (const [key, value] of [
      ['expect', step.expect],
      ['waitFor.where', step.waitFor?.where],
    ] as const) {
      const bad = unknownOperators(value);
      if (bad.length) fail(key, bad[0]!);
    }

    // Variables must be defined by an earlier step (or be built in).
    const { capture: _capture, set: _set, ...rest } = step;
    for (const [label, value] of [
      ['', rest],
      ['set', step.set],
    ] as const) {
      for (const ref of references(value)) {
        if (ref.startsWith('$')) continue;
        const root = ref.split(/[.[]/)[0]!;
        if (!ctx.defined.has(root)) fail(label || action, `\${${ref}} uses "${root}", which no earlier step defines (defined so far: ${[...ctx.defined].sort().join(', ')})`);
      }
    }

    if (action === 'include') {
      const fragment = loadFragment(step.include!, ctx, fail);
      const params = fragment.data.params ?? [];
      const given = Object.keys(step.with ?? {});
      const missing = params.filter((p) => !given.includes(p));
      if (missing.length) fail('with', `fragment "${step.include}" needs ${missing.join(', ')}`);
      const unknown = given.filter((g) => !params.includes(g));
      if (unknown.length) fail('with', `fragment "${step.include}" takes no parameter ${unknown.join(', ')} (it takes ${params.join(', ') || 'none'})`);
      if (step.with) {
        ctx.out.push({ step: { name: `${step.name ?? `include ${step.include}`}: parameters`, set: step.with, ...(step.as ? { as: step.as } : {}) }, origin });
        for (const p of given) ctx.defined.add(p);
      }
      const inner: ExpandCtx = { ...ctx, file: fragment.file, lineOf: fragment.lineOf, via: origin, chain: [...ctx.chain, step.include!] };
      // A fragment's steps act as the including step's account unless they say otherwise.
      const steps = (fragment.data.steps as Step[]).map((s) => (step.as && s.as === undefined ? { ...s, as: step.as } : s));
      expandSteps(steps, inner);
      return;
    }
    if (step.set) for (const k of Object.keys(step.set)) ctx.defined.add(k);
    if (step.capture) for (const k of Object.keys(step.capture)) ctx.defined.add(k);
    ctx.out.push({ step, origin });
  });
}

function loadFragment(name: string, ctx: ExpandCtx, fail: (field: string, message: string) => never): { file: string; data: Fragment; lineOf: Source['lineOf'] } {
  if (ctx.chain.includes(name)) fail('include', `fragment "${name}" includes itself (${[...ctx.chain, name].join(' → ')})`);
  const cached = ctx.fragments.get(name);
  if (cached) return cached;
  const extensions = ['.yaml', '.yml', '.json'];
  const path = ctx.fragmentDirs.flatMap((dir) => extensions.map((ext) => join(dir, `${name}${ext}`))).find((c) => existsSync(c));
  if (!path) {
    return fail(
      'include',
      `no fragment "${name}": looked for ${extensions.map((ext) => `${name}${ext}`).join(', ')} in ${ctx.fragmentDirs.map((d) => `${shownPath(d)}/`).join(', ')}. Please check the name, or add its directory with --fragments DIR`,
    );
  }
  const display = shownPath(path);
  const source = readSource(path, display);
  const v = getValidators();
  if (!v.fragment(source.data)) {
    const { pointer, message } = bestError(v.fragment.errors ?? []);
    throw new ScenarioFileError(display, fieldOf(pointer), message, undefined, source.lineOf(pointer));
  }
  const data = source.data as Fragment;
  if (data.fragment !== name) throw new ScenarioFileError(display, 'fragment', `is "${data.fragment}" but the file is named ${basename(path)}: they must agree`);
  const loaded = { file: display, data, lineOf: source.lineOf };
  ctx.fragments.set(name, loaded);
  return loaded;
}
