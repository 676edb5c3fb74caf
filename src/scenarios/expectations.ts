import type { ExchangeRecord, StepFailure } from '../contract/report.js';
import type { Expect } from './format.js';
import { expectationDiff, type Mismatch } from './match.js';
import { lookup } from './paths.js';
import type { ReceivedRequest } from './receiver.js';

/** How a step's result is judged: the contract first, then the scenario's expectation. */

/** A step's failure, thrown by whatever part of the step found it. */
export class StepError extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

export function contractFailure(ex: ExchangeRecord): StepFailure | undefined {
  const c = ex.contract;
  if (!c || c.ok) return undefined;
  const first = c.violations[0];
  return {
    kind: 'contract',
    message: `response violates ${c.spec}${c.operationId ? ` ${c.operationId}` : ''}${c.specPath ? ` (${c.specPath})` : ''}: ${first ? `${first.instancePath || '(body)'} ${first.message}` : 'invalid'}`,
    violations: c.violations,
  };
}

/** The expectation as one value to match, with the default status rule made explicit. */
export function effectiveExpectation(expect: Expect | undefined, response: { status: number; headers: Record<string, string>; body: unknown }) {
  const expected: Record<string, unknown> = {};
  const actual: Record<string, unknown> = { status: response.status };
  const errorSpec = expect?.error === undefined ? undefined : typeof expect.error === 'number' ? { code: expect.error } : expect.error;
  if (expect?.status !== undefined) expected.status = Array.isArray(expect.status) ? { $oneOf: expect.status } : expect.status;
  else if (errorSpec) expected.status = errorSpec.status ?? { $gte: 400 };
  else expected.status = { $gte: 200, $lt: 300 };
  if (errorSpec) {
    const body = (response.body && typeof response.body === 'object' ? response.body : {}) as Record<string, unknown>;
    expected.error = Object.fromEntries(Object.entries(errorSpec).filter(([, v]) => v !== undefined));
    actual.error = { code: body.code, status: body.status, message: body.message };
  }
  if (expect) addContent(expect, { body: response.body, headers: response.headers, lookup: (path) => lookupResponse(response, path) }, expected, actual);
  return { expected, actual };
}

/**
 * The `body`, `fields` and `headers` parts of an expectation beside what was received (a response,
 * or the last webhook of a wait); `fields` are looked up by path in the subject.
 */
export function addContent(
  expect: Pick<Expect, 'body' | 'fields' | 'headers'>,
  subject: { body: unknown; headers: Record<string, unknown>; lookup: (path: string) => { found: boolean; value: unknown } },
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
): void {
  if (expect.body !== undefined) {
    expected.body = expect.body;
    actual.body = subject.body;
  }
  if (expect.fields) {
    expected.fields = expect.fields;
    const fields: Record<string, unknown> = {};
    for (const path of Object.keys(expect.fields)) {
      const got = subject.lookup(path);
      if (got.found) fields[path] = got.value;
    }
    actual.fields = fields;
  }
  if (expect.headers) {
    expected.headers = Object.fromEntries(Object.entries(expect.headers).map(([k, v]) => [k.toLowerCase(), v]));
    actual.headers = subject.headers;
  }
}

/** Paths into a response: into the body, or `$status` / `$headers.<name>`. */
export function lookupResponse(response: { status: number; headers: Record<string, string>; body: unknown }, path: string) {
  if (path === '$status') return { found: true, value: response.status };
  if (path.startsWith('$headers.')) {
    const name = path.slice(9).toLowerCase();
    return Object.hasOwn(response.headers, name) ? { found: true, value: response.headers[name] } : { found: false, value: undefined };
  }
  return lookup(response.body, path);
}

export function expectationFailure(expected: Record<string, unknown>, actual: Record<string, unknown>, mismatches: Mismatch[], prefix = ''): StepFailure {
  const first = mismatches[0]!;
  return {
    kind: 'expectation',
    message: `${prefix}${first.path}: ${first.message}${mismatches.length > 1 ? ` (and ${mismatches.length - 1} more)` : ''}`,
    mismatches,
    diff: expectationDiff(expected, actual),
    expected,
  };
}

export function receivedView(r: ReceivedRequest) {
  const q = r.path.indexOf('?');
  return {
    seq: r.seq,
    method: r.method,
    path: q < 0 ? r.path : r.path.slice(0, q),
    query: q < 0 ? {} : Object.fromEntries(new URLSearchParams(r.path.slice(q + 1))),
    url: r.url,
    headers: r.headers as Record<string, unknown>,
    form: r.form,
    json: r.json,
    body: r.body,
  };
}
