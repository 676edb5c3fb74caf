/**
 * Paths into JSON values, for captures, field expectations and webhook filters. A small subset of
 * JSONPath that reads like the data:
 *
 *   sid                                  a field
 *   links.customer_profiles_evaluations  nested fields
 *   results[0].sid  results[-1].sid      array items (negative counts from the end)
 *   results[*].status                    every item (an array of values)
 *   results[requirement_name=customer_profile_address].passed   the first item whose field equals the value
 *   results.length                       an array's (or string's) length
 *   ["odd.key"]                          a key with dots or brackets
 *   $.sid                                an optional leading `$`
 */
export type Segment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' } | { kind: 'find'; field: string; value: string };

export class PathError extends Error {}

const cache = new Map<string, Segment[]>();

export function parsePath(path: string): Segment[] {
  const hit = cache.get(path);
  if (hit) return hit;
  const segments: Segment[] = [];
  let i = 0;
  const src = path.trim();
  if (src.startsWith('$.')) i = 2;
  else if (src === '$') i = 1;
  else if (src.startsWith('$[')) i = 1;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      const close = findClose(src, i);
      const inner = src.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === '*') segments.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (/^(["']).*\1$/.test(inner)) segments.push({ kind: 'key', key: inner.slice(1, -1) });
      else {
        const eq = inner.indexOf('=');
        if (eq <= 0) throw new PathError(`Failed to read the path "${path}": "[${inner}]" is neither an index, *, "key" nor field=value.`);
        segments.push({ kind: 'find', field: inner.slice(0, eq).trim(), value: unquote(inner.slice(eq + 1).trim()) });
      }
      continue;
    }
    let j = i;
    while (j < src.length && src[j] !== '.' && src[j] !== '[') j++;
    segments.push({ kind: 'key', key: src.slice(i, j) });
    i = j;
  }
  cache.set(path, segments);
  return segments;
}

function findClose(src: string, open: number): number {
  let quote: string | null = null;
  for (let k = open + 1; k < src.length; k++) {
    const c = src[k]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ']') return k;
  }
  throw new PathError(`Failed to read the path "${src}": a "[" is not closed.`);
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

export interface Lookup {
  found: boolean;
  value: unknown;
}

function step(value: unknown, seg: Segment): Lookup {
  switch (seg.kind) {
    case 'key': {
      if ((Array.isArray(value) || typeof value === 'string') && seg.key === 'length') return { found: true, value: value.length };
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, seg.key)) return { found: true, value: (value as Record<string, unknown>)[seg.key] };
      return { found: false, value: undefined };
    }
    case 'index': {
      if (!Array.isArray(value)) return { found: false, value: undefined };
      const idx = seg.index < 0 ? value.length + seg.index : seg.index;
      return idx >= 0 && idx < value.length ? { found: true, value: value[idx] } : { found: false, value: undefined };
    }
    case 'find': {
      if (!Array.isArray(value)) return { found: false, value: undefined };
      const fieldPath = parsePath(seg.field);
      const item = value.find((v) => {
        const got = walk(v, fieldPath);
        return got.found && String(got.value) === seg.value;
      });
      return item === undefined ? { found: false, value: undefined } : { found: true, value: item };
    }
    case 'all':
      return Array.isArray(value) ? { found: true, value } : { found: false, value: undefined };
  }
}

function walk(root: unknown, segments: Segment[]): Lookup {
  let cur: Lookup = { found: true, value: root };
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    cur = step(cur.value, seg);
    if (!cur.found) return cur;
    if (seg.kind === 'all') {
      const rest = segments.slice(i + 1);
      const values = (cur.value as unknown[])
        .map((item) => walk(item, rest))
        .filter((l) => l.found)
        .map((l) => l.value);
      return { found: true, value: values };
    }
  }
  return cur;
}

/** The value at `path` in `root`, and whether it was there at all (a present `null` is found). */
export function lookup(root: unknown, path: string): Lookup {
  return walk(root, parsePath(path));
}
