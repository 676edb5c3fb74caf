import type { ExchangeRecord, StepResult } from './report.js';

/**
 * A failed step as text: the request, the response and the expectation (side by side when there is
 * room, stacked otherwise), then the mismatches, the diff and any contract violations.
 */

export interface TextStyle {
  color: boolean;
  /** Terminal width; 0 stacks the columns. */
  width: number;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', cyan: '\x1b[36m', reset: '\x1b[0m' };
export type Paint = (code: keyof typeof ANSI, text: string) => string;

export function painter(color: boolean): Paint {
  return (code, text) => (color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
}

function prettyBody(text: string | null, contentType: string | undefined): string[] {
  if (text === null || text === '') return ['(empty)'];
  if (contentType?.includes('x-www-form-urlencoded')) {
    return [...new URLSearchParams(text)].map(([k, v]) => `${k}=${v}`);
  }
  try {
    return JSON.stringify(JSON.parse(text), null, 2).split('\n');
  } catch {
    return text.split('\n');
  }
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

export function requestLines(ex: ExchangeRecord): string[] {
  const lines = [`${ex.method} ${ex.url}`];
  for (const [k, v] of Object.entries(ex.requestHeaders)) if (/^(authorization|x-api-key|x-tenant-id|x-twilio-api-version)$/i.test(k)) lines.push(`${k}: ${v}`);
  if (ex.requestBody !== null) lines.push('', ...prettyBody(ex.requestBody, header(ex.requestHeaders, 'content-type')));
  return lines;
}

export function responseLines(ex: ExchangeRecord): string[] {
  return [`HTTP ${ex.status ?? '(no response)'} (${ex.durationMs} ms)`, '', ...prettyBody(ex.responseBody, header(ex.responseHeaders, 'content-type'))];
}

function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out;
}

/** Long bodies are cut in the console (the JSON report keeps them whole). */
const MAX_COLUMN_LINES = 60;

function cut(lines: string[]): string[] {
  return lines.length <= MAX_COLUMN_LINES ? lines : [...lines.slice(0, MAX_COLUMN_LINES), `… ${lines.length - MAX_COLUMN_LINES} more lines (see --reporter json)`];
}

/** Columns next to each other, each wrapped to its share of the width. */
export function sideBySide(columns: Array<{ title: string; lines: string[] }>, width: number): string[] {
  const gap = ' │ ';
  const colWidth = Math.max(20, Math.floor((width - gap.length * (columns.length - 1)) / columns.length));
  const wrapped = columns.map((c) => [c.title, '─'.repeat(Math.min(colWidth, Math.max(c.title.length, 8))), ...cut(c.lines.flatMap((l) => wrap(l, colWidth)))]);
  const rows = Math.max(...wrapped.map((w) => w.length));
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    out.push(
      wrapped
        .map((w) => (w[r] ?? '').padEnd(colWidth))
        .join(gap)
        .trimEnd(),
    );
  return out;
}

/** The exchange a failure is about: the last one with the face (not the control plane). */
export function mainExchange(step: StepResult): ExchangeRecord | undefined {
  return [...step.exchanges].reverse().find((e) => e.api !== 'control') ?? step.exchanges.at(-1);
}

export function failureText(step: StepResult, style: TextStyle): string {
  const paint = painter(style.color);
  const f = step.failure;
  if (!f) return '';
  const out: string[] = [];
  const ex = mainExchange(step);
  const expected = f.expected !== undefined ? JSON.stringify(f.expected, null, 2).split('\n') : ['(none)'];
  if (ex) {
    const columns = [
      { title: 'REQUEST', lines: requestLines(ex) },
      { title: 'RESPONSE', lines: responseLines(ex) },
      { title: 'EXPECTED', lines: expected },
    ];
    if (style.width >= 120) out.push(...sideBySide(columns, style.width));
    else for (const c of columns) out.push(paint('bold', c.title), ...c.lines, '');
  } else if (f.expected !== undefined) {
    out.push(paint('bold', 'EXPECTED'), ...expected);
  }
  if (f.violations?.length) {
    out.push('', paint('bold', `Contract violations (${ex?.contract?.spec ?? 'spec'} ${ex?.contract?.operationId ?? ''} ${ex?.contract?.specPath ?? ''}):`.replace(/\s+\)/, ')')));
    for (const v of f.violations) out.push(paint('red', `  ${v.instancePath || '(body)'}: ${v.message}`) + paint('dim', `  [schema ${v.schemaPath}]`));
  }
  if (f.mismatches?.length) {
    out.push('', paint('bold', 'Mismatches:'));
    for (const m of f.mismatches) out.push(...`  ${m.path}: ${m.message}`.split('\n').map((l) => paint('red', l)));
  }
  if (f.diff) {
    out.push('', paint('bold', 'Diff (- expected, + actual):'));
    for (const line of f.diff.split('\n')) out.push(line.startsWith('- ') ? paint('green', line) : line.startsWith('+ ') ? paint('red', line) : paint('dim', line));
  }
  return out.join('\n');
}
