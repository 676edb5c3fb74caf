import type { Reporter, RunReport } from './report.js';

/** The whole run as JSON (RunReport in src/contract/report.ts): every step, exchange, contract check and failure. */
export function jsonReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function jsonReporter(): Reporter {
  return { name: 'json', end: jsonReport };
}
