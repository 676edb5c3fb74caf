import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExchangeRecord, Reporter, RunReport, ScenarioResult, StepFailure, StepResult } from '../contract/report.js';
import { totalsOf } from '../contract/report.js';
import { startSimulator, type RunningSimulator, type StartOptions } from '../sim/start.js';
import { BirdContract, CloudFranContract, parseBody } from './contract-check.js';
import { addContent, contractFailure, effectiveExpectation, expectationFailure, lookupResponse, receivedView, StepError } from './expectations.js';
import { durationSeconds, formatDuration, type Step } from './format.js';
import { encodeForm, encodeMultipart, exchange, inProcessFetch, withQuery, type ExchangeContext } from './http.js';
import { Generator, InterpolationError, Scope } from './interpolate.js';
import { assertApiOf, describeOrigin, type LoadedScenario, type LoadedStep } from './load.js';
import { expectationDiff, match, matchLookup } from './match.js';
import { findOperation, operationPath } from './operations.js';
import { lookup } from './paths.js';
import { ScenarioReceiver } from './receiver.js';
import { validBirdSignature, validCloudFranSignature, validTwilioFormSignature, validTwilioJsonSignature } from './signatures.js';
import { authHeaders, birdUrl, cloudfranUrl, controlHeaders, credentialsFor, DEFAULT_TIMEOUTS, partyId, probeControl, twilioUrl, type Credentials, type Target, type Timeouts } from './target.js';

export { durationSeconds } from './format.js';

/**
 * The scenario runner. Without a target it starts the simulator in-process on a free loopback port
 * (clocks frozen, moved only by clock steps) and gives every scenario fresh accounts, so scenarios
 * run in parallel without seeing each other. With a target the same steps run against another
 * server; what a live target cannot do (move its clock, flush deliveries) turns into polling.
 */

export interface RunOptions {
  /** Base URL of a running simulator or a live service; absent → embedded simulator. */
  target?: string;
  /** Where Twilio-face requests go: a URL serving `/<product>/…`, or `twilio` for the real hosts. Default: the target. */
  twilioBase?: string;
  /** Reproducible SIDs, accounts and generated values. */
  seed?: string;
  /** Scenarios run at once (default 4 with a simulator, 1 against a live target). */
  concurrency?: number;
  reporters?: Reporter[];
  /** Where credentials for live targets come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<Timeouts>;
  /** A public URL that forwards to the receivers (a tunnel), for live targets that cannot reach loopback. */
  receiverPublicUrl?: string;
  /** Options of the embedded simulator (e.g. other faces, in tests). */
  simulator?: Partial<StartOptions>;
  /** Embedded only: `in-process` (default) hands requests to the simulator's app directly; `http` sends them over its loopback port. */
  transport?: 'in-process' | 'http';
  fetch?: typeof fetch;
}

function stepLabel(step: Step): string {
  if (step.request) {
    const r = step.request;
    if (r.operation) return r.operation;
    return `${r.method ?? (r.form ? 'POST' : 'GET')} ${r.path}`;
  }
  if (step.cloudfran) return `CloudFran ${step.cloudfran.method ?? (step.cloudfran.body !== undefined ? 'POST' : 'GET')} ${step.cloudfran.path}`;
  if (step.bird) return `Bird ${step.bird.method ?? (step.bird.body !== undefined ? 'POST' : 'GET')} ${step.bird.path}`;
  if (step.assert) return `assert ${step.assert.operation ?? step.assert.path}`;
  if (step.clock) return step.clock.until ? `clock until ${step.clock.until.replace('-', ' ')}` : `clock +${formatDuration(durationSeconds(step.clock.advance!))}`;
  if (step.waitFor) return `wait for ${step.waitFor.count && step.waitFor.count > 1 ? `${step.waitFor.count} requests` : 'a request'}${step.waitFor.path ? ` to ${step.waitFor.path}` : ''}`;
  if (step.control)
    return step.control.override
      ? `force ${step.control.override.outcome}`
      : step.control.call
        ? `${step.control.call.method ?? (step.control.call.body !== undefined ? 'POST' : 'GET')} /_sim${step.control.call.path}`
        : 'clear overrides';
  if (step.set) return `set ${Object.keys(step.set).join(', ')}`;
  return 'step';
}

function actionOf(step: Step): string {
  for (const k of ['request', 'cloudfran', 'bird', 'assert', 'clock', 'waitFor', 'control', 'set'] as const) if (step[k] !== undefined) return k;
  return 'unknown';
}

/** What one scenario needs from the run. */
interface RunContext extends ExchangeContext {
  timeouts: Timeouts;
  seed: string | undefined;
  env: NodeJS.ProcessEnv;
  receiverPublicUrl: string | undefined;
  faces: string[] | undefined;
  reporters: Reporter[];
}

/** Runs one scenario against a target that is already up. */
export async function runScenario(scenario: LoadedScenario, ctx: RunContext): Promise<ScenarioResult> {
  const started = performance.now();
  const result: ScenarioResult = { name: scenario.name, title: scenario.title, file: scenario.file, status: 'passed', durationMs: 0, simulatedSeconds: null, accounts: [], steps: [] };
  const finish = (status: ScenarioResult['status'], reason?: string) => {
    result.status = status;
    if (reason) result.reason = reason;
    result.durationMs = Math.round(performance.now() - started);
    for (const r of ctx.reporters) r.scenarioEnd?.(result);
    return result;
  };
  for (const r of ctx.reporters) r.scenarioStart?.({ name: scenario.name, title: scenario.title });

  const usesControl = scenario.steps.some((s) => s.step.control !== undefined);
  if (usesControl && !ctx.target.control) {
    return finish('skipped', 'it forces outcomes with `control` steps, which need a simulator target (one that serves /_sim)');
  }
  if (ctx.faces) {
    const missing = scenario.requires.filter((f) => !ctx.faces!.includes(f));
    if (missing.length) return finish('failed', `it requires the ${missing.join(', ')} face${missing.length > 1 ? 's' : ''}, which this simulator does not serve (it serves ${ctx.faces.join(', ')})`);
  }

  const gen = new Generator(ctx.seed, scenario.name);
  let creds: Credentials[];
  try {
    creds = credentialsFor(scenario.accounts, { target: ctx.target, env: ctx.env, gen, subaccounts: scenario.subaccounts });
  } catch (e) {
    return finish('failed', (e as Error).message);
  }
  result.accounts = creds.map((c) => ({ name: c.name, kind: c.kind, id: partyId(c) }));
  const byName = new Map(creds.map((c) => [c.name, c]));
  const receiver = await ScenarioReceiver.start(ctx.receiverPublicUrl ? { publicUrl: ctx.receiverPublicUrl } : {});
  const run = new ScenarioRun(scenario, ctx, gen, byName, receiver);
  try {
    try {
      await run.setUp();
    } catch (e) {
      return finish('failed', `setting up its accounts failed: ${(e as Error).message}`);
    }
    result.accounts = [...byName.values()].map((c) => ({ name: c.name, kind: c.kind, id: partyId(c) }));
    const clockBefore = await run.simulatedNow();
    let failed = false;
    for (let i = 0; i < scenario.steps.length; i++) {
      const loaded = scenario.steps[i]!;
      const base = {
        index: i + 1,
        name: loaded.step.name ?? stepLabel(loaded.step),
        label: stepLabel(loaded.step),
        action: actionOf(loaded.step),
        origin: describeOrigin(loaded.origin),
        exchanges: [] as ExchangeRecord[],
      };
      let stepResult: StepResult;
      if (failed) {
        stepResult = { ...base, status: 'skipped', durationMs: 0 };
      } else {
        const t0 = performance.now();
        try {
          const note = await run.execute(loaded, base.exchanges, (label) => (base.label = label));
          stepResult = { ...base, status: 'passed', durationMs: round(performance.now() - t0), ...(note ? { note } : {}) };
        } catch (e) {
          const failure: StepFailure =
            e instanceof StepError ? e.failure : e instanceof InterpolationError ? { kind: 'error', message: e.message } : { kind: 'error', message: `${(e as Error).message ?? String(e)}` };
          stepResult = { ...base, status: 'failed', durationMs: round(performance.now() - t0), failure };
          failed = true;
        }
      }
      result.steps.push(stepResult);
      for (const r of ctx.reporters) r.step?.({ name: scenario.name }, stepResult);
    }
    const clockAfter = await run.simulatedNow();
    if (clockBefore !== null && clockAfter !== null) result.simulatedSeconds = Math.round((clockAfter - clockBefore) / 1000);
    return finish(failed ? 'failed' : 'passed');
  } finally {
    await receiver.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

class ScenarioRun {
  readonly vars: Record<string, unknown>;
  private readonly firstAccount: string;

  constructor(
    readonly scenario: LoadedScenario,
    readonly ctx: RunContext,
    readonly gen: Generator,
    readonly creds: Map<string, Credentials>,
    readonly receiver: ScenarioReceiver,
  ) {
    this.firstAccount = Object.keys(scenario.accounts)[0]!;
    const accounts = Object.fromEntries([...creds].map(([name, c]) => [name, { ...c }]));
    this.vars = {
      accounts,
      account: accounts[this.firstAccount],
      receiver: { url: receiver.url },
      scenario: { name: scenario.name },
      target: { kind: ctx.target.kind, url: ctx.target.url, control: ctx.target.control },
    };
    const scope = new Scope(this.vars, gen);
    for (const [k, v] of Object.entries(scenario.vars)) this.vars[k] = scope.apply(v);
  }

  private control(c: Credentials, method: string, path: string, body?: unknown): Promise<Response> {
    return this.ctx.fetch(`${this.ctx.target.url.replace(/\/$/, '')}/_sim${path}`, {
      method,
      headers: { ...controlHeaders(c), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  }

  private async controlJson(c: Credentials, method: string, path: string, body?: unknown, exchanges?: ExchangeRecord[]): Promise<Record<string, unknown>> {
    const url = `${this.ctx.target.url.replace(/\/$/, '')}/_sim${path}`;
    const headers = { ...controlHeaders(c), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) };
    const ex = await exchange(this.ctx, 'control', method, url, headers, body !== undefined ? JSON.stringify(body) : undefined);
    exchanges?.push(ex);
    const parsed = parseBody(ex.responseBody);
    if (ex.status === null || ex.status >= 300) {
      const message = parsed && typeof parsed === 'object' && 'message' in parsed ? String((parsed as { message: unknown }).message) : (ex.responseBody ?? '');
      throw new StepError({ kind: 'error', message: `${method} /_sim${path} → ${ex.status}: ${message}` });
    }
    return (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  }

  /** Provisions the scenario's accounts and freezes their clocks, so only clock steps move time. */
  async setUp(): Promise<void> {
    for (const c of this.creds.values()) {
      const parent = this.scenario.subaccounts[c.name];
      if (parent !== undefined) await this.createSubaccount(c.name, this.creds.get(parent)!);
      if (c.kind === 'bird') await this.openWorkspace(c);
      if (!this.ctx.target.control) continue;
      if (c.kind === 'twilio' && parent === undefined) {
        // First use provisions the account with this token (the simulator's rule for any AC SID).
        const url = twilioUrl(this.ctx.target, `/api/2010-04-01/Accounts/${c.sid}.json`);
        const ex = await exchange(this.ctx, 'twilio', 'GET', url, authHeaders(c), undefined);
        if (ex.status !== 200) throw new Error(`GET ${url} → ${ex.status}: ${ex.responseBody}`);
        const bad = contractFailure(ex);
        if (bad) throw new Error(bad.message);
      }
      await this.controlJson(this.creds.get(c.name)!, 'POST', '/clock/freeze');
    }
  }

  /**
   * A Bird workspace's first request provisions it (and its organization) on a simulator; its
   * organizationId, which the organization-level routes need, is read from the workspace.
   */
  private async openWorkspace(c: Extract<Credentials, { kind: 'bird' }>): Promise<void> {
    const url = birdUrl(this.ctx.target, `/workspaces/${encodeURIComponent(c.workspaceId)}`);
    const ex = await exchange(this.ctx, 'bird', 'GET', url, { accept: 'application/json', ...authHeaders(c) }, undefined);
    if (ex.status !== 200) throw new Error(`GET ${url} → ${ex.status}: ${ex.responseBody}`);
    const bad = contractFailure(ex);
    if (bad) throw new Error(bad.message);
    c.organizationId = String((parseBody(ex.responseBody) as { organizationId?: unknown }).organizationId ?? '');
    const accounts = this.vars.accounts as Record<string, Record<string, unknown>>;
    accounts[c.name]!.organizationId = c.organizationId;
  }

  /**
   * `accounts: {customer: subaccount of isv}`: the parent creates the subaccount
   * (`POST /2010-04-01/Accounts.json`), and the run acts as it with the SID and token Twilio returned.
   */
  private async createSubaccount(name: string, parent: Credentials): Promise<void> {
    const url = twilioUrl(this.ctx.target, '/api/2010-04-01/Accounts.json');
    const form = new URLSearchParams({ FriendlyName: `${this.scenario.name}: ${name}` }).toString();
    const ex = await exchange(this.ctx, 'twilio', 'POST', url, { ...authHeaders(parent), 'content-type': 'application/x-www-form-urlencoded' }, form);
    if (ex.status !== 201) throw new Error(`POST ${url} → ${ex.status}: ${ex.responseBody}`);
    const bad = contractFailure(ex);
    if (bad) throw new Error(bad.message);
    const body = parseBody(ex.responseBody) as { sid: string; auth_token: string };
    const creds: Credentials = { kind: 'twilio', name, sid: body.sid, token: body.auth_token };
    this.creds.set(name, creds);
    const accounts = this.vars.accounts as Record<string, unknown>;
    accounts[name] = { ...creds };
    if (name === this.firstAccount) this.vars.account = accounts[name];
  }

  /** Simulated now of the first account, in epoch ms (null without `/_sim`). */
  async simulatedNow(): Promise<number | null> {
    if (!this.ctx.target.control) return null;
    try {
      const res = await this.control(this.creds.get(this.firstAccount)!, 'GET', '/clock');
      if (!res.ok) return null;
      const body = (await res.json()) as { now?: string };
      return body.now ? Date.parse(body.now) : null;
    } catch {
      return null;
    }
  }

  private actor(step: Step): Credentials {
    return this.creds.get(step.as ?? this.firstAccount)!;
  }

  /** Runs one step; returns a note for the report, throws a StepError when it fails. */
  async execute(loaded: LoadedStep, exchanges: ExchangeRecord[], setLabel: (label: string) => void): Promise<string | undefined> {
    const step = loaded.step;
    const actor = this.actor(step);
    this.vars.account = (this.vars.accounts as Record<string, unknown>)[actor.name];
    const scope = new Scope(this.vars, this.gen);

    if (step.set) {
      for (const [k, v] of Object.entries(step.set)) this.vars[k] = scope.apply(v);
      return undefined;
    }
    if (step.request || step.cloudfran || step.bird || step.assert || step.control?.call) return this.http(step, scope, actor, exchanges, setLabel);
    if (step.clock) return this.clock(step, actor, exchanges, setLabel);
    if (step.waitFor) return this.waitFor(step, scope, actor, exchanges);
    if (step.control) {
      const control = scope.apply(step.control);
      if (control.override) await this.controlJson(actor, 'POST', '/overrides', control.override, exchanges);
      else await this.controlJson(actor, 'DELETE', `/overrides/${encodeURIComponent(control.clearOverride!)}`, undefined, exchanges);
      return undefined;
    }
    throw new StepError({ kind: 'error', message: 'the step has no action' });
  }

  private buildRequest(
    step: Step,
    scope: Scope,
    actor: Credentials,
  ): { api: ExchangeRecord['api']; method: string; url: string; headers: Record<string, string>; body: string | undefined; shown: string } {
    const auth = authHeaders(actor);
    if (step.control?.call) {
      const call = scope.apply(step.control.call);
      const body = call.body !== undefined ? JSON.stringify(call.body) : undefined;
      const method = call.method ?? (body !== undefined ? 'POST' : 'GET');
      const url = `${this.ctx.target.url.replace(/\/$/, '')}/_sim${call.path}`;
      return {
        api: 'control',
        method,
        url,
        headers: { accept: 'application/json', ...controlHeaders(actor), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body,
        shown: `${method} /_sim${call.path}`,
      };
    }
    const assertApi = step.assert ? assertApiOf(step.assert, actor.kind) : undefined;
    if (step.bird || assertApi === 'bird') {
      const r = scope.apply(step.bird ?? { ...step.assert!, method: 'GET' as const, path: step.assert!.path! });
      const body = 'body' in r && r.body !== undefined ? JSON.stringify(r.body) : undefined;
      const method = r.method ?? (body !== undefined ? 'POST' : 'GET');
      const url = withQuery(birdUrl(this.ctx.target, r.path), r.query);
      const headers = {
        accept: 'application/json',
        ...('auth' in r && r.auth === false ? {} : auth),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(r.headers ?? {}),
      };
      return { api: 'bird', method, url, headers, body, shown: `${method} ${new URL(url).pathname}` };
    }
    if (step.cloudfran || assertApi === 'cloudfran') {
      const r = scope.apply(step.cloudfran ?? { ...step.assert!, method: 'GET' as const, path: step.assert!.path! });
      const body = 'body' in r && r.body !== undefined ? JSON.stringify(r.body) : undefined;
      const method = r.method ?? (body !== undefined ? 'POST' : 'GET');
      const url = withQuery(cloudfranUrl(this.ctx.target, r.path), r.query);
      const headers = {
        accept: 'application/json',
        ...('auth' in r && r.auth === false ? {} : auth),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(r.headers ?? {}),
      };
      return { api: 'cloudfran', method, url, headers, body, shown: `${method} ${new URL(url).pathname}` };
    }
    const r = scope.apply(step.request ?? { ...step.assert!, method: 'GET' as const });
    let path: string;
    let method: string;
    let opName = '';
    if (r.operation) {
      const op = findOperation(r.operation);
      // `{AccountSid}` is the account whose credentials the request carries.
      const accountSid = 'auth' in r && typeof r.auth === 'object' ? r.auth.username : actor.kind === 'twilio' ? actor.sid : undefined;
      const params: Record<string, string> = accountSid ? { AccountSid: accountSid } : {};
      for (const [k, v] of Object.entries(r.pathParams ?? {})) params[k] = String(v);
      try {
        path = operationPath(op, params);
      } catch (e) {
        throw new StepError({ kind: 'error', message: (e as Error).message });
      }
      method = op.method;
      opName = `${op.operationId} `;
    } else {
      path = r.path!;
      method = r.method ?? (('form' in r && r.form) || ('multipart' in r && r.multipart) ? 'POST' : 'GET');
    }
    const multipart = 'multipart' in r && r.multipart ? encodeMultipart(r.multipart) : undefined;
    const form = 'form' in r && r.form ? encodeForm(r.form).toString() : undefined;
    const body = method === 'GET' || method === 'DELETE' ? undefined : (multipart?.body ?? form ?? '');
    const url = withQuery(twilioUrl(this.ctx.target, path), r.query);
    const credentials =
      'auth' in r && typeof r.auth === 'object' ? { authorization: `Basic ${Buffer.from(`${r.auth.username}:${r.auth.password}`).toString('base64')}` } : 'auth' in r && r.auth === false ? {} : auth;
    const headers = {
      accept: 'application/json',
      ...credentials,
      ...(body !== undefined ? { 'content-type': multipart ? multipart.contentType : 'application/x-www-form-urlencoded' } : {}),
      ...(r.headers ?? {}),
    };
    return { api: 'twilio', method, url, headers, body, shown: `${opName}${method} ${path}` };
  }

  private async http(step: Step, scope: Scope, actor: Credentials, exchanges: ExchangeRecord[], setLabel: (label: string) => void): Promise<string | undefined> {
    const req = this.buildRequest(step, scope, actor);
    const expect = step.expect ? scope.apply(step.expect) : undefined;
    // Only an assert against a target whose clock we cannot move needs to wait for the state to come.
    const poll = step.assert !== undefined && !this.ctx.target.control;
    const deadline = performance.now() + (step.timeout !== undefined ? durationSeconds(step.timeout) * 1000 : this.ctx.timeouts.pollMs);
    let attempts = 0;
    for (;;) {
      attempts++;
      const ex = await exchange(this.ctx, req.api, req.method, req.url, req.headers, req.body);
      if (poll && exchanges.length) exchanges.splice(0, exchanges.length);
      exchanges.push(ex);
      setLabel(`${req.shown} → ${ex.status}`);
      const bad = contractFailure(ex);
      const response = { status: ex.status!, headers: ex.responseHeaders, body: parseBody(ex.responseBody) };
      const { expected, actual } = effectiveExpectation(expect, response);
      const mismatches = match(expected, actual);
      if (bad) {
        if (mismatches.length) Object.assign(bad, { mismatches, diff: expectationDiff(expected, actual), expected });
        throw new StepError(bad);
      }
      if (!mismatches.length) {
        this.capture(step, response);
        return poll && attempts > 1 ? `held after ${attempts} polls` : undefined;
      }
      if (!poll || performance.now() >= deadline) {
        const failure = expectationFailure(expected, actual, mismatches);
        if (poll) {
          failure.kind = 'timeout';
          failure.message = `still not as expected after ${attempts} polls: ${failure.message}`;
        }
        throw new StepError(failure);
      }
      await sleep(Math.min(this.ctx.timeouts.pollIntervalMs, Math.max(0, deadline - performance.now())));
    }
  }

  private capture(step: Step, response: { status: number; headers: Record<string, string>; body: unknown }, view?: unknown): void {
    for (const [name, path] of Object.entries(step.capture ?? {})) {
      const got = view !== undefined ? lookup(view, path) : lookupResponse(response, path);
      if (!got.found) throw new StepError({ kind: 'expectation', message: `capture ${name}: nothing at "${path}" in the ${view !== undefined ? 'received request' : 'response'}` });
      this.vars[name] = got.value;
    }
  }

  private scopeAccounts(step: Step): Credentials[] {
    return step.as ? [this.actor(step)] : [...this.creds.values()];
  }

  private async clock(step: Step, _actor: Credentials, exchanges: ExchangeRecord[], setLabel: (label: string) => void): Promise<string | undefined> {
    const clock = step.clock!;
    if (!this.ctx.target.control) return 'the target has no /_sim: its clock is real, so later waits and asserts poll instead';
    let fired = 0;
    for (const c of this.scopeAccounts(step)) {
      let body: Record<string, unknown>;
      if (clock.until === 'settled') body = { until: 'settled' };
      else if (clock.until) {
        const now = Date.parse(String((await this.controlJson(c, 'GET', '/clock', undefined, exchanges)).now));
        const d = new Date(now);
        const next = clock.until === 'next-day' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        body = { seconds: (next - now) / 1000 };
      } else body = { seconds: durationSeconds(clock.advance!) };
      const res = await this.controlJson(c, 'POST', '/clock/advance', body, exchanges);
      fired += Number(res.fired ?? 0);
    }
    setLabel(`${stepLabel(step)} (${fired} transition${fired === 1 ? '' : 's'} fired)`);
    return undefined;
  }

  private async waitFor(step: Step, scope: Scope, actor: Credentials, exchanges: ExchangeRecord[]): Promise<string | undefined> {
    const w = scope.apply(step.waitFor!);
    const expect = step.expect ? scope.apply(step.expect) : undefined;
    const count = w.count ?? 1;
    const timeoutMs = w.timeout !== undefined ? durationSeconds(w.timeout) * 1000 : this.ctx.target.control ? this.ctx.timeouts.waitMs : this.ctx.timeouts.pollMs;
    const matching = () =>
      this.receiver.received.map(receivedView).filter(
        (v) =>
          (w.path === undefined || v.path === w.path) &&
          Object.entries(w.where ?? {}).every(([path, m]) => {
            const got = lookup(v, path);
            return matchLookup(m, got.found, got.value, path).length === 0;
          }),
      );
    // Deliveries leave through the outbox asynchronously: with /_sim, wait until it has sent everything due.
    if (this.ctx.target.control) for (const c of this.creds.values()) await this.controlJson(c, 'POST', '/deliveries/flush', {}, exchanges);
    const ok = await this.receiver.waitFor(() => matching().length >= count, timeoutMs);
    const found = matching();
    if (!ok) {
      const seen = this.receiver.received.map((r) => `#${r.seq} ${r.method} ${r.path} ${r.body.slice(0, 160)}`);
      throw new StepError({
        kind: 'timeout',
        message: `waited ${timeoutMs / 1000}s for ${count} request${count > 1 ? 's' : ''}${w.path ? ` to ${w.path}` : ''}${w.where ? ` matching ${JSON.stringify(w.where)}` : ''}; ${found.length} matched`,
        expected: { path: w.path, where: w.where, count },
        mismatches: [{ path: 'received', message: seen.length ? `received:\n${seen.join('\n')}` : 'nothing was received', expected: count, actual: found.length }],
      });
    }
    // Signatures: what a customer's handler checks before trusting a webhook.
    for (const v of found) {
      if (w.verify === 'bird') {
        const sig = v.headers['messagebird-signature'] as string | undefined;
        const ts = v.headers['messagebird-request-timestamp'] as string | undefined;
        if (!validBirdSignature(w.secret!, sig, ts, v.url, v.body)) {
          throw new StepError({
            kind: 'expectation',
            message: `request #${v.seq} to ${v.path}: messagebird-signature ${sig ? `"${sig}" does not verify` : 'is missing'} with the subscription's signingKey (base64 HMAC-SHA256 of timestamp, URL and the body's SHA-256)`,
          });
        }
        continue;
      }
      if (w.verify === 'cloudfran') {
        const sig = v.headers['x-cloudfran-signature'] as string | undefined;
        if (!w.secret) throw new StepError({ kind: 'error', message: 'verify: cloudfran needs `secret` (the tenant webhook secret from GET /webhooks)' });
        if (!validCloudFranSignature(w.secret, sig, v.body)) {
          throw new StepError({
            kind: 'expectation',
            message: `request #${v.seq} to ${v.path}: X-CloudFran-Signature ${sig ? `"${sig}" does not verify` : 'is missing'} with the tenant's webhook secret (sha256= HMAC-SHA256 of the body)`,
          });
        }
        continue;
      }
      const signature = v.headers['x-twilio-signature'] as string | undefined;
      const isForm = String(v.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      const mode = w.verify ?? (signature ? (isForm ? 'twilio' : 'twilio-json') : 'none');
      if (mode === 'none') continue;
      if (actor.kind !== 'twilio')
        throw new StepError({
          kind: 'error',
          message: `verify: ${mode} needs a Twilio account's auth token; account "${actor.name}" is a ${actor.kind === 'bird' ? 'Bird workspace' : 'CloudFran tenant'}`,
        });
      const valid = mode === 'twilio' ? validTwilioFormSignature(actor.token, signature, v.url, v.body) : validTwilioJsonSignature(actor.token, signature, v.url, v.body);
      if (!valid) {
        throw new StepError({
          kind: 'expectation',
          message: `request #${v.seq} to ${v.path}: X-Twilio-Signature ${signature ? `"${signature}" does not verify` : 'is missing'} with account "${actor.name}"'s auth token (${mode === 'twilio' ? 'URL + sorted form parameters' : 'URL with bodySHA256'})`,
        });
      }
    }
    const last = found[found.length - 1]!;
    const view = { count: found.length, requests: found, last, form: last.form, json: last.json, headers: last.headers, path: last.path, body: last.body };
    if (expect) {
      const expected: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      addContent(expect, { body: last.json ?? last.form, headers: last.headers, lookup: (path) => lookup(view, path) }, expected, actual);
      const mismatches = match(expected, actual);
      if (mismatches.length) throw new StepError(expectationFailure(expected, actual, mismatches, `request #${last.seq} to ${last.path}: `));
    }
    this.capture(step, { status: 0, headers: {}, body: undefined }, view);
    return `${found.length} request${found.length === 1 ? '' : 's'} received`;
  }
}

/** Runs scenarios: starts the embedded simulator (or probes the target), runs them in parallel, reports. */
export async function runScenarios(scenarios: LoadedScenario[], opts: RunOptions = {}): Promise<RunReport> {
  const startedAt = new Date();
  const t0 = performance.now();
  let fetchImpl = opts.fetch ?? fetch;
  const reporters = opts.reporters ?? [];
  let running: RunningSimulator | undefined;
  let target: Target;
  let faces: string[] | undefined;
  if (opts.target) {
    const url = opts.target.replace(/\/$/, '');
    const control = await probeControl(url, fetchImpl);
    const liveTwilio = /(^|\.)twilio\.com$/i.test(new URL(url).hostname);
    target = { kind: control ? 'simulator' : 'live', url, twilioBase: opts.twilioBase ?? (liveTwilio ? 'twilio' : url), control };
  } else {
    running = await startSimulator({ port: 0, host: '127.0.0.1', clock: { frozen: true }, ...(opts.seed !== undefined ? { seed: opts.seed } : {}), ...opts.simulator });
    target = { kind: 'embedded', url: running.url, twilioBase: opts.twilioBase ?? running.url, control: true };
    faces = running.sim.faces.map((f) => f.name);
    if (opts.transport !== 'http') fetchImpl = inProcessFetch(running, fetchImpl);
  }
  const ctx: RunContext = {
    target,
    timeouts: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
    seed: opts.seed,
    env: opts.env ?? process.env,
    fetch: fetchImpl,
    cloudfran: new CloudFranContract(fetchImpl),
    bird: new BirdContract(fetchImpl),
    receiverPublicUrl: opts.receiverPublicUrl,
    faces,
    reporters,
  };
  for (const r of reporters) r.start?.({ target: { ...target }, scenarios: scenarios.map((s) => ({ name: s.name, title: s.title, steps: s.steps.length })) });
  const results: ScenarioResult[] = new Array(scenarios.length);
  try {
    const concurrency = Math.max(1, opts.concurrency ?? (target.kind === 'live' ? 1 : 4));
    let next = 0;
    const worker = async () => {
      while (next < scenarios.length) {
        const i = next++;
        results[i] = await runScenario(scenarios[i]!, ctx);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, scenarios.length) }, worker));
  } finally {
    await running?.close();
  }
  return {
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    target: { kind: target.kind, url: target.url, twilioBase: target.twilioBase, control: target.control },
    seed: opts.seed ?? null,
    scenarios: results,
    totals: totalsOf(results),
  };
}
