import type { Reporter, RunReport, ScenarioResult } from './report.js';
import { failureText } from './report-text.js';

/**
 * JUnit XML for CI: one <testsuite> per scenario, one <testcase> per step (skipped after the first
 * failure), the failure's request, response, expectation, diff and contract violations in the body.
 */

/** Element text: only &, < and > need escaping there, so the failure body stays readable in CI. */
function escText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Characters XML 1.0 cannot carry at all (ANSI escapes among them).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters, so they are stripped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/** Attribute values: quotes and line breaks too. */
function esc(text: string): string {
  return escText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function suite(s: ScenarioResult, report: RunReport): string {
  const failures = s.steps.filter((x) => x.status === 'failed').length + (s.status === 'failed' && !s.steps.length ? 1 : 0);
  const skipped = s.steps.filter((x) => x.status === 'skipped').length + (s.status === 'skipped' && !s.steps.length ? 1 : 0);
  const tests = Math.max(1, s.steps.length);
  const props = [
    ['target', `${report.target.kind} ${report.target.url}`],
    ['title', s.title],
    ...(s.simulatedSeconds !== null ? [['simulatedSeconds', String(s.simulatedSeconds)]] : []),
    ...s.accounts.map((a) => [`account.${a.name}`, `${a.kind} ${a.id}`]),
    ...(report.seed !== null ? [['seed', report.seed]] : []),
  ];
  const lines = [
    `  <testsuite name="${esc(s.name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(s.durationMs)}" timestamp="${esc(report.startedAt)}" file="${esc(s.file)}">`,
    '    <properties>',
    ...props.map(([k, v]) => `      <property name="${esc(k!)}" value="${esc(v!)}"/>`),
    '    </properties>',
  ];
  if (!s.steps.length) {
    lines.push(`    <testcase classname="${esc(s.name)}" name="(scenario)" time="0.000" file="${esc(s.file)}">`);
    lines.push(s.status === 'skipped' ? `      <skipped message="${esc(s.reason ?? '')}"/>` : `      <failure message="${esc(s.reason ?? 'failed')}" type="setup"/>`);
    lines.push('    </testcase>');
  }
  for (const st of s.steps) {
    const name = `${String(st.index).padStart(2, '0')} ${st.name}`;
    const open = `    <testcase classname="${esc(s.name)}" name="${esc(name)}" time="${seconds(st.durationMs)}" file="${esc(s.file)}"`;
    if (st.status === 'passed') {
      lines.push(`${open}/>`);
    } else if (st.status === 'skipped') {
      lines.push(`${open}>`, '      <skipped message="an earlier step failed"/>', '    </testcase>');
    } else {
      const f = st.failure!;
      const body = `${f.kind}: ${f.message}\nat ${st.origin}\n\n${failureText(st, { color: false, width: 0 })}`;
      lines.push(`${open}>`, `      <failure message="${esc(f.message)}" type="${esc(f.kind)}">${escText(body)}</failure>`, '    </testcase>');
    }
  }
  lines.push('  </testsuite>');
  return lines.join('\n');
}

export function junitXml(report: RunReport): string {
  const t = report.totals;
  const failures = report.scenarios.reduce((n, s) => n + s.steps.filter((x) => x.status === 'failed').length + (s.status === 'failed' && !s.steps.length ? 1 : 0), 0);
  const skipped = report.scenarios.reduce((n, s) => n + s.steps.filter((x) => x.status === 'skipped').length + (s.status === 'skipped' && !s.steps.length ? 1 : 0), 0);
  const tests = report.scenarios.reduce((n, s) => n + Math.max(1, s.steps.length), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="a2p-sim scenarios" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}" timestamp="${esc(report.startedAt)}">`,
    ...report.scenarios.map((s) => suite(s, report)),
    '</testsuites>',
    `<!-- ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped of ${t.scenarios} scenarios; ${t.contractChecks} contract checks -->`,
    '',
  ].join('\n');
}

export function junitReporter(): Reporter {
  return { name: 'junit', end: junitXml };
}
