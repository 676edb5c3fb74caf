/**
 * Matching a response against an expectation. An expectation is data: a literal matches equal
 * values (objects partially — only the keys written are checked — and arrays item by item, same
 * length), and an object whose keys all start with `$` is a matcher:
 *
 *   $eq: v          exactly v (deep; objects must not have other keys)
 *   $matches: re    a string (or number) matching the regular expression
 *   $exists: bool   present (even null) or absent
 *   $any: true      present, any value
 *   $oneOf: [..]    matches one of the values
 *   $contains: m    an array with an item matching m, or a string containing m
 *   $unordered: [..] an array with the same items in any order
 *   $length: m      an array or string whose length matches m
 *   $gt/$gte/$lt/$lte: v   numbers, or strings in order (ISO dates compare as strings)
 *   $type: t        string, number, integer, boolean, null, array, object
 *   $not: m         anything that does not match m
 *   $all: [..]      every matcher holds
 */

export interface Mismatch {
  /** Where, as a path into the checked value (`body.status`, `fields["results.length"]`). */
  path: string;
  message: string;
  expected: unknown;
  actual: unknown;
  /** The actual value is absent (as opposed to present and null). */
  missing?: boolean;
}

const MISSING = Symbol('missing');
type Actual = unknown | typeof MISSING;

const OPERATORS = new Set(['$eq', '$matches', '$exists', '$any', '$oneOf', '$contains', '$unordered', '$length', '$gt', '$gte', '$lt', '$lte', '$type', '$not', '$all']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isMatcher(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/** Unknown `$` keys are a mistake in the scenario, not a mismatch: reported when the file is loaded. */
export function unknownOperators(v: unknown, at = ''): string[] {
  const out: string[] = [];
  if (isMatcher(v)) {
    for (const k of Object.keys(v)) if (!OPERATORS.has(k)) out.push(`${at || '(value)'}: unknown matcher ${k} (use one of ${[...OPERATORS].join(', ')})`);
  }
  if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) out.push(...unknownOperators(x, at ? `${at}.${k}` : k));
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) out.push(...unknownOperators(x, `${at}[${i}]`));
  return out;
}

function show(v: unknown): string {
  if (v === MISSING) return '(missing)';
  if (v === undefined) return 'undefined';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

function compare(op: string, actual: unknown, bound: unknown): boolean {
  if (typeof actual === 'number' && typeof bound === 'number') {
    return op === '$gt' ? actual > bound : op === '$gte' ? actual >= bound : op === '$lt' ? actual < bound : actual <= bound;
  }
  if (typeof actual === 'string' && typeof bound === 'string') {
    return op === '$gt' ? actual > bound : op === '$gte' ? actual >= bound : op === '$lt' ? actual < bound : actual <= bound;
  }
  return false;
}

function matchOperators(expected: Record<string, unknown>, actual: Actual, path: string): Mismatch[] {
  const out: Mismatch[] = [];
  const fail = (message: string) => out.push({ path, message, expected, actual: actual === MISSING ? undefined : actual, ...(actual === MISSING ? { missing: true } : {}) });
  for (const [op, arg] of Object.entries(expected)) {
    switch (op) {
      case '$exists':
        if ((actual !== MISSING) !== Boolean(arg)) fail(arg ? 'expected to be present' : `expected to be absent, got ${show(actual)}`);
        break;
      case '$any':
        if (actual === MISSING) fail('expected to be present');
        break;
      case '$eq':
        if (actual === MISSING || !deepEqual(actual, arg)) fail(`expected exactly ${show(arg)}, got ${show(actual)}`);
        break;
      case '$matches': {
        const ok = (typeof actual === 'string' || typeof actual === 'number') && new RegExp(String(arg)).test(String(actual));
        if (!ok) fail(`expected to match /${String(arg)}/, got ${show(actual)}`);
        break;
      }
      case '$oneOf':
        if (actual === MISSING || !Array.isArray(arg) || !arg.some((candidate) => match(candidate, actual).length === 0)) {
          fail(`expected one of ${show(arg)}, got ${show(actual)}`);
        }
        break;
      case '$contains':
        if (Array.isArray(actual)) {
          if (!actual.some((item) => match(arg, item).length === 0)) fail(`expected an item matching ${show(arg)}, got ${show(actual)}`);
        } else if (typeof actual === 'string') {
          if (!actual.includes(String(arg))) fail(`expected to contain ${show(arg)}, got ${show(actual)}`);
        } else fail(`expected an array or string containing ${show(arg)}, got ${show(actual)}`);
        break;
      case '$unordered': {
        const want = Array.isArray(arg) ? [...arg] : [];
        const ok =
          Array.isArray(actual) &&
          actual.length === want.length &&
          actual.every((item) => {
            const i = want.findIndex((w) => match(w, item).length === 0);
            if (i < 0) return false;
            want.splice(i, 1);
            return true;
          });
        if (!ok) fail(`expected the items ${show(arg)} in any order, got ${show(actual)}`);
        break;
      }
      case '$length': {
        const len = Array.isArray(actual) || typeof actual === 'string' ? actual.length : undefined;
        if (len === undefined || match(arg, len).length) fail(`expected a length matching ${show(arg)}, got ${len === undefined ? show(actual) : `${len} (${show(actual)})`}`);
        break;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        if (actual === MISSING || !compare(op, actual, arg)) fail(`expected ${op.slice(1)} ${show(arg)}, got ${show(actual)}`);
        break;
      case '$type': {
        const t = actual === MISSING ? 'missing' : typeOf(actual);
        const ok = t === arg || (arg === 'number' && t === 'integer');
        if (!ok) fail(`expected a value of type ${String(arg)}, got ${t} ${show(actual)}`);
        break;
      }
      case '$not':
        if (match(arg, actual === MISSING ? undefined : actual, path).length === 0 && actual !== MISSING) fail(`expected not to match ${show(arg)}, got ${show(actual)}`);
        break;
      case '$all':
        for (const m of Array.isArray(arg) ? arg : []) out.push(...matchAt(m, actual, path));
        break;
      default:
        fail(`unknown matcher ${op}`);
    }
  }
  return out;
}

function matchAt(expected: unknown, actual: Actual, path: string): Mismatch[] {
  if (isMatcher(expected)) return matchOperators(expected, actual, path);
  if (actual === MISSING) return [{ path, message: `expected ${show(expected)}, but it is missing`, expected, actual: undefined, missing: true }];
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [{ path, message: `expected an object, got ${show(actual)}`, expected, actual }];
    return Object.entries(expected).flatMap(([k, v]) => matchAt(v, Object.hasOwn(actual, k) ? actual[k] : MISSING, join(path, k)));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, message: `expected an array, got ${show(actual)}`, expected, actual }];
    if (actual.length !== expected.length) return [{ path, message: `expected ${expected.length} item${expected.length === 1 ? '' : 's'}, got ${actual.length}`, expected, actual }];
    return expected.flatMap((v, i) => matchAt(v, actual[i], join(path, i)));
  }
  if (actual === expected) return [];
  return [{ path, message: `expected ${show(expected)}, got ${show(actual)}`, expected, actual }];
}

/** Every way `actual` fails `expected`; empty when it matches. */
export function match(expected: unknown, actual: unknown, path = ''): Mismatch[] {
  return matchAt(expected, actual, path);
}

/** Like `match`, for a value that may be absent. */
export function matchLookup(expected: unknown, found: boolean, value: unknown, path: string): Mismatch[] {
  return matchAt(expected, found ? value : MISSING, path);
}

// ---- a readable diff ------------------------------------------------------------------------

/**
 * The expectation and the actual value side by side as a line diff: the actual value is cut down to
 * the shape of the expectation (only the keys the scenario wrote), and matchers that hold show the
 * actual value on both sides, so only real differences are marked.
 */
export function expectationDiff(expected: unknown, actual: unknown): string {
  const [e, a] = project(expected, actual);
  const el = pretty(e).split('\n');
  const al = pretty(a).split('\n');
  return lineDiff(el, al).join('\n');
}

const ABSENT = '(missing)';

function project(expected: unknown, actual: Actual): [unknown, unknown] {
  if (isMatcher(expected)) {
    const ok = matchOperators(expected, actual, '').length === 0;
    const act = actual === MISSING ? ABSENT : actual;
    return ok ? [act, act] : [describeMatcher(expected), act];
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const e: Record<string, unknown> = {};
    const a: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(expected)) {
      const [pe, pa] = project(v, Object.hasOwn(actual, k) ? actual[k] : MISSING);
      e[k] = pe;
      if (pa !== ABSENT) a[k] = pa;
    }
    return [e, a];
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    const pairs = expected.map((v, i) => project(v, actual[i]));
    return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
  }
  return [expected, actual === MISSING ? ABSENT : actual];
}

function describeMatcher(m: Record<string, unknown>): string {
  return Object.entries(m)
    .map(([op, arg]) => `${op} ${JSON.stringify(arg)}`)
    .join(', ');
}

function pretty(v: unknown): string {
  return JSON.stringify(v, null, 2) ?? 'undefined';
}

/** Longest-common-subsequence line diff: `- ` expected only, `+ ` actual only, `  ` both. */
export function lineDiff(a: string[], b: string[]): string[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 250_000) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  while (i < n) out.push(`- ${a[i++]}`);
  while (j < m) out.push(`+ ${b[j++]}`);
  return out;
}
