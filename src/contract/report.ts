/**
 * What a scenario run produces, in one shape for every reporter (pretty, JUnit, JSON). Times are
 * real milliseconds; simulated time is reported separately per scenario.
 */

export interface ExchangeRecord {
  api: 'twilio' | 'cloudfran' | 'bird' | 'control';
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  status: number | null;
  responseHeaders: Record<string, string>;
  responseBody: string | null;
  durationMs: number;
  /** The contract check of the response (absent for the control plane). */
  contract?: ContractResult;
}

export interface ContractViolation {
  instancePath: string;
  schemaPath: string;
  message: string;
}

export interface ContractResult {
  /** twilio-oai spec file or the CloudFran OpenAPI document's URL. */
  spec: string;
  operationId: string | null;
  specPath: string | null;
  ok: boolean;
  violations: ContractViolation[];
}

export interface ExpectationMismatch {
  path: string;
  message: string;
  expected: unknown;
  actual: unknown;
  missing?: boolean;
}

export type FailureKind = 'expectation' | 'contract' | 'timeout' | 'error';

export interface StepFailure {
  kind: FailureKind;
  /** One line. */
  message: string;
  mismatches?: ExpectationMismatch[];
  /** The expectation against the actual value as a line diff (`- expected`, `+ actual`). */
  diff?: string;
  /** The expectation, interpolated, as the step checked it. */
  expected?: unknown;
  violations?: ContractViolation[];
}

export type StepStatus = 'passed' | 'failed' | 'skipped';

export interface StepResult {
  /** 1-based position in the expanded scenario. */
  index: number;
  name: string;
  /** What the step did, e.g. `POST /trusthub/v1/CustomerProfiles → 201`, `clock +60d`. */
  label: string;
  action: string;
  /** Where the step is written: `fixtures/scenarios/x.yaml:12 step 3` (and the include chain). */
  origin: string;
  status: StepStatus;
  durationMs: number;
  exchanges: ExchangeRecord[];
  failure?: StepFailure;
  /** E.g. "clock step on a live target: nothing to do, later waits poll". */
  note?: string;
}

export interface ScenarioResult {
  name: string;
  title: string;
  file: string;
  status: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  /** Simulated time the scenario's clock moved, in seconds (null when the target has no `/_sim`). */
  simulatedSeconds: number | null;
  accounts: Array<{ name: string; kind: 'twilio' | 'cloudfran' | 'bird'; id: string }>;
  steps: StepResult[];
  /** Why the scenario did not run (skipped) or could not start (failed before its first step). */
  reason?: string;
}

export interface RunReport {
  startedAt: string;
  durationMs: number;
  target: { kind: 'embedded' | 'simulator' | 'live'; url: string; twilioBase: string; control: boolean };
  seed: string | null;
  scenarios: ScenarioResult[];
  totals: { scenarios: number; passed: number; failed: number; skipped: number; steps: number; contractChecks: number; contractViolations: number };
}

/** Reporters see the run as it happens; `end` returns the report's text for file reporters. */
export interface Reporter {
  name: string;
  start?(info: { target: RunReport['target']; scenarios: Array<{ name: string; title: string; steps: number }> }): void;
  scenarioStart?(scenario: { name: string; title: string }): void;
  step?(scenario: { name: string }, step: StepResult): void;
  scenarioEnd?(result: ScenarioResult): void;
  end(report: RunReport): string | undefined;
}

export function totalsOf(scenarios: ScenarioResult[]): RunReport['totals'] {
  let steps = 0;
  let contractChecks = 0;
  let contractViolations = 0;
  for (const s of scenarios) {
    for (const st of s.steps) {
      steps++;
      for (const ex of st.exchanges) {
        if (!ex.contract) continue;
        contractChecks++;
        if (!ex.contract.ok) contractViolations++;
      }
    }
  }
  return {
    scenarios: scenarios.length,
    passed: scenarios.filter((s) => s.status === 'passed').length,
    failed: scenarios.filter((s) => s.status === 'failed').length,
    skipped: scenarios.filter((s) => s.status === 'skipped').length,
    steps,
    contractChecks,
    contractViolations,
  };
}
