/**
 * How `npm run bench` prints: one table per section, each figure beside its target, and a final
 * summary of every target as met or not met. A target is a bound on a figure measured in the same run
 * (a ratio to a baseline, or a time a user waits); the bench reports, it never fails on a miss.
 */

export interface Target {
  /** What is bounded, e.g. `create ratio sim/bare`. */
  name: string;
  value: number;
  op: '<=' | '>=';
  limit: number;
  /** How the value and the limit print, e.g. `(v) => \`${v.toFixed(0)} ms\``. */
  format: (v: number) => string;
}

interface Checked extends Target {
  section: string;
  met: boolean;
}

export type Cell = string | number;

const checked: Checked[] = [];
let current = '';

/** Starts a section: its heading, and the name its targets carry in the summary. */
export function section(title: string, how?: string): void {
  current = title;
  console.log(`\n## ${title}${how ? `\n${how}` : ''}`);
}

/** Records a target for the summary; returns the two cells a table row shows for it. */
export function target(t: Target): { target: string; met: string } {
  const met = Number.isFinite(t.value) && (t.op === '<=' ? t.value <= t.limit : t.value >= t.limit);
  checked.push({ ...t, section: current, met });
  return { target: `${t.op === '<=' ? '≤' : '≥'} ${t.format(t.limit)}`, met: met ? 'met' : 'NOT MET' };
}

/** A text table (columns padded, numbers right-aligned) that reads the same in a terminal and a log. */
export function table(rows: Array<Record<string, Cell>>): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = (v: Cell | undefined) => (v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  const line = (cells: string[], numeric: boolean[]) => `  ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  const numericColumn = columns.map((c) => rows.every((r) => r[c] === undefined || typeof r[c] === 'number' || /^[\d.,\s×%µmsMBGiB<>()-]+$/.test(String(r[c]))));
  console.log(line(columns, numericColumn));
  console.log(
    line(
      widths.map((w) => '-'.repeat(w)),
      numericColumn,
    ),
  );
  for (const r of rows)
    console.log(
      line(
        columns.map((c) => text(r[c])),
        numericColumn,
      ),
    );
}

/** Every target of the run, met or not. */
export function summary(): void {
  const met = checked.filter((t) => t.met).length;
  console.log(`\n## Summary: ${met} of ${checked.length} targets met`);
  for (const t of checked) console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.section} — ${t.name}: ${t.format(t.value)} (target ${t.op === '<=' ? '≤' : '≥'} ${t.format(t.limit)})`);
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const ms = (v: number): string => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
export const ratio = (v: number): string => `${v.toFixed(2)}×`;
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
