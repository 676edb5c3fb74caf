import type { Reporter, RunReport, ScenarioResult, StepResult } from './report.js';
import { failureText, painter } from './report-text.js';

/**
 * The console reporter: one line per step as it finishes (scenarios run in parallel, so each line
 * names its scenario), a failure's request, response and expectation side by side, and a summary
 * with timings at the end.
 */
export interface PrettyOptions {
  write?: (text: string) => void;
  color?: boolean;
  width?: number;
  /** Print passing steps too (default true). */
  steps?: boolean;
}

function ms(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
}

function simulated(seconds: number | null): string {
  if (seconds === null) return '';
  const unit = (n: number, whole: boolean, name: string) => `${n.toFixed(whole ? 0 : 1)} simulated ${name}${whole && n === 1 ? '' : 's'}`;
  if (seconds >= 86_400) return unit(seconds / 86_400, seconds % 86_400 === 0, 'day');
  if (seconds >= 3600) return unit(seconds / 3600, seconds % 3600 === 0, 'hour');
  return `${seconds} simulated s`;
}

export function prettyReporter(opts: PrettyOptions = {}): Reporter {
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  const color = opts.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const width = opts.width ?? (process.stdout.columns || 160);
  const paint = painter(color);
  const showSteps = opts.steps ?? true;

  const icon = (s: StepResult['status'] | ScenarioResult['status']) => (s === 'passed' ? paint('green', '✓') : s === 'failed' ? paint('red', '✗') : paint('yellow', '-'));

  return {
    name: 'pretty',
    start(info) {
      const where =
        info.target.kind === 'embedded' ? `the embedded simulator (${info.target.url})` : `${info.target.url} (${info.target.kind}${info.target.control ? ', /_sim' : ', no /_sim: clock steps poll'})`;
      write(`${paint('bold', `Running ${info.scenarios.length} scenario${info.scenarios.length === 1 ? '' : 's'}`)} against ${where}\n`);
    },
    step(scenario, step) {
      if (step.status === 'skipped') return;
      if (step.status === 'passed' && !showSteps) return;
      const line = `  ${icon(step.status)} ${paint('dim', `${scenario.name} ›`)} ${String(step.index).padStart(2)} ${step.name}${step.name !== step.label ? paint('dim', ` · ${step.label}`) : ''} ${paint('dim', `(${ms(step.durationMs)})`)}${step.note ? paint('dim', ` — ${step.note}`) : ''}\n`;
      if (step.status === 'passed') return write(line);
      const f = step.failure!;
      write(
        `${line}    ${paint('red', `${f.kind}: ${f.message}`)}\n    ${paint('dim', `at ${step.origin}`)}\n${failureText(step, { color, width: width - 4 })
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}\n`,
      );
    },
    scenarioEnd(result) {
      const sim = simulated(result.simulatedSeconds);
      write(
        `${icon(result.status)} ${paint('bold', result.name)} ${paint('dim', `— ${result.title}`)} ${paint('dim', `(${ms(result.durationMs)}${sim ? `, ${sim}` : ''})`)}${result.reason ? `\n    ${result.status === 'failed' ? paint('red', result.reason) : paint('yellow', `skipped: ${result.reason}`)}` : ''}\n`,
      );
    },
    end(report: RunReport) {
      const t = report.totals;
      const lines = ['', paint('bold', 'Summary')];
      const nameWidth = Math.max(8, ...report.scenarios.map((s) => s.name.length));
      for (const s of report.scenarios) {
        const steps = s.steps.filter((x) => x.status !== 'skipped').length;
        lines.push(`  ${icon(s.status)} ${s.name.padEnd(nameWidth)}  ${ms(s.durationMs).padStart(9)}  ${String(steps).padStart(3)} steps  ${simulated(s.simulatedSeconds)}`);
      }
      const verdict = t.failed ? paint('red', `${t.failed} failed`) : paint('green', 'all passed');
      lines.push(
        '',
        `${verdict}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped of ${t.scenarios} scenarios; ${t.steps} steps, ${t.contractChecks} responses checked against the contract (${t.contractViolations} violation${t.contractViolations === 1 ? '' : 's'}) in ${ms(report.durationMs)}`,
      );
      write(`${lines.join('\n')}\n`);
      return undefined;
    },
  };
}
