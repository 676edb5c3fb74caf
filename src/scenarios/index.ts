/** The scenario runner's public API (the CLI is `a2p-sim scenario`). */
export { Scenario, Step, Fragment, Expect, scenarioJsonSchema } from './format.js';
export { loadScenarioFile, checkScenario, fragmentSearchPath, BUILTIN_FRAGMENTS_DIR, ScenarioFileError, type LoadedScenario, type LoadedStep, type LoadOptions } from './load.js';
export { loadBuiltinJourneys, resolveScenarios, ScenarioSelectionError, BUILTIN_DIR } from './journeys.js';
export { runScenarios, runScenario, durationSeconds, type RunOptions } from './runner.js';
export { TargetUnreachableError } from './target.js';
export { benchScenarios, type ScenarioBench } from './bench.js';
export { scenarioMain } from './cli.js';
export type { RunReport, ScenarioResult, StepResult, Reporter } from '../contract/report.js';
export { prettyReporter } from '../contract/report-pretty.js';
export { junitReporter, junitXml } from '../contract/report-junit.js';
export { jsonReporter, jsonReport } from '../contract/report-json.js';
