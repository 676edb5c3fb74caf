import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering of docs/engine.md, checked on the import graph: the engine knows no product, the
 * provider-neutral registry knows no face, the store knows no engine, and CloudFran reaches Twilio
 * only over Twilio's API. A plain regex over the module specifiers is enough because every import in
 * src/ is a relative ESM specifier.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SIM = join(ROOT, 'src/sim');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Static `from '…'`, side-effect `import '…'` and type-position `import('…')` specifiers. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm;

function importsOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1] as string);
}

interface Rule {
  /** Importing layer, relative to src/sim. */
  from: string;
  /** Layers it must not import, relative to src/sim. */
  forbidden: string[];
}

const RULES: Rule[] = [
  { from: 'engine', forbidden: ['twilio', 'cloudfran', 'bird', 'registry'] },
  { from: 'registry', forbidden: ['twilio', 'cloudfran', 'bird'] },
  { from: 'store', forbidden: ['engine'] },
  // CloudFran reaches Twilio over Twilio's API (docs/decisions/0005-cloudfran-through-twilio.md): no Twilio module, nor the TCR's Twilio-shaped records or the operations that fed Twilio's declarations.
  { from: 'cloudfran', forbidden: ['twilio', 'registry/tcr/operations', 'registry/tcr/records'] },
];

/**
 * Edges that break a rule today because the work of issue #14 that removes them is under way. This list
 * may only shrink: an entry whose edge is gone fails the test so that it is deleted.
 */
const ALLOWED = new Set<string>([]);

function edges(): string[] {
  const out = new Set<string>();
  for (const file of tsFiles(SIM)) {
    const from = relative(SIM, file).split('\\').join('/');
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = relative(SIM, resolve(dirname(file), spec))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts');
      out.add(`${from} -> ${to}`);
    }
  }
  return [...out].sort();
}

function breaks(edge: string): boolean {
  const [from, to] = edge.split(' -> ') as [string, string];
  // A forbidden layer is a folder (`twilio`) or one module (`registry/tcr/records`).
  return RULES.some((r) => from.startsWith(`${r.from}/`) && r.forbidden.some((f) => to.startsWith(`${f}/`) || to === `${f}.ts`));
}

describe('layering', () => {
  const all = edges();

  it('reads the import graph (the regex sees relative imports, including import() types)', () => {
    expect(importsOf("import { a } from './a.js';\nimport type { B } from '../b.js';\ntype C = import('./c.js').C;\nimport './d.js';")).toEqual(['./a.js', '../b.js', './c.js', './d.js']);
    expect(all.some((e) => e.startsWith('engine/') && e.includes(' -> engine/'))).toBe(true);
  });

  it('forbids a single module as well as a folder', () => {
    expect(breaks('cloudfran/registration.ts -> registry/tcr/records.ts')).toBe(true);
    expect(breaks('cloudfran/registration.ts -> twilio/trusthub/records.ts')).toBe(true);
    expect(breaks('cloudfran/number-routes.ts -> registry/numbers/search.ts')).toBe(false);
    expect(breaks('bird/channels.ts -> registry/tcr/api.ts')).toBe(false);
  });

  it('no layer imports a layer it must not, outside the shrinking allowlist', () => {
    const offending = all.filter((e) => breaks(e) && !ALLOWED.has(e));
    expect(offending).toEqual([]);
  });

  it('every allowlist entry is still an edge that breaks a rule (remove the ones that are fixed)', () => {
    const stale = [...ALLOWED].filter((e) => !all.includes(e) || !breaks(e));
    expect(stale).toEqual([]);
  });
});

/** A store table's name (`product.table`) as a string literal: its owner exports it once and the others import it. */
const TABLE_LITERAL = /'((?:api|trusthub|numbers|messaging|events|cloudfran|a2p|tcr|bird)\.[a-z_]+)'/g;

/** Table names spelled more than once today, while their other owner's work is under way; may only shrink. */
const RESPELLED = new Set<string>([]);

describe('table names', () => {
  it('each table name is spelled once in src/sim (outside the shrinking list)', () => {
    const seen = new Map<string, string[]>();
    for (const file of tsFiles(SIM)) {
      for (const m of readFileSync(file, 'utf8').matchAll(TABLE_LITERAL)) {
        const name = m[1] as string;
        seen.set(name, [...(seen.get(name) ?? []), relative(SIM, file)]);
      }
    }
    const twice = [...seen].filter(([name, files]) => files.length > 1 && !RESPELLED.has(name));
    expect(twice).toEqual([]);
    const fixed = [...RESPELLED].filter((name) => (seen.get(name)?.length ?? 0) < 2);
    expect(fixed).toEqual([]);
  });

  it("the registry's TCR names no Twilio table: its records are its own (issue #14 item 1)", () => {
    const twilioTables = tsFiles(join(SIM, 'registry/tcr')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(TABLE_LITERAL)].map((m) => m[1] as string).filter((name) => /^(api|trusthub|messaging|events)\./.test(name)),
    );
    expect(twilioTables).toEqual([]);
    expect(readFileSync(join(SIM, 'registry/tcr/api.ts'), 'utf8').match(TABLE_LITERAL)?.length ?? 0).toBeGreaterThan(0);
  });
});
