import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitXml } from '../../src/contract/report-junit.js';
import { prettyReporter } from '../../src/contract/report-pretty.js';
import type { RunReport } from '../../src/contract/report.js';
import { loadBuiltinJourneys } from '../../src/scenarios/journeys.js';
import { loadScenarioFile } from '../../src/scenarios/load.js';
import { runScenarios } from '../../src/scenarios/runner.js';
import { startSimulator, type RunningSimulator } from '../../src/sim/start.js';
import { newAccountSid } from '../helpers/sim.js';
import { CLI } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'a2p-scenario-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, yaml: string) {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, yaml);
  return loadScenarioFile(path);
}

function failures(report: RunReport): string {
  return report.scenarios
    .filter((s) => s.status !== 'passed')
    .map(
      (s) =>
        `${s.name}: ${s.reason ?? ''} ${s.steps
          .filter((x) => x.failure)
          .map((x) => `${x.origin}: ${x.failure!.message}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** A proxy in front of a simulator that can rewrite what passes through (the test doubles). */
async function proxy(upstream: string, rewrite: (path: string, res: Response) => Promise<Response> | Response): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  app.all('*', async (c) => {
    const url = new URL(c.req.url);
    const res = await fetch(upstream + url.pathname + url.search, {
      method: c.req.method,
      headers: c.req.raw.headers,
      ...(c.req.method === 'GET' || c.req.method === 'HEAD' ? {} : { body: await c.req.text() }),
    });
    return rewrite(url.pathname, res);
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'scenario', ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const WRONG = `name: wrong-expectation
title: A draft profile expected to be approved
steps:
  - name: create a profile
    request:
      path: /trusthub/v1/CustomerProfiles
      form:
        FriendlyName: Wrong
        Email: wrong@example.com
        PolicySid: RNdfbf3fae0e1107f8aded0e7cead80bf5
    expect:
      status: 201
      body:
        status: twilio-approved
        errors: null
  - name: never reached
    clock: { advance: 1d }
`;

describe('built-in journeys against the embedded simulator', () => {
  let report: RunReport;
  let printed = '';

  beforeAll(async () => {
    const pretty = prettyReporter({ write: (t) => (printed += t), color: false });
    report = await runScenarios(loadBuiltinJourneys(), { reporters: [pretty] });
    pretty.end(report);
  });

  it('passes every journey, with every Twilio response checked against its operation in the spec', () => {
    expect(failures(report)).toBe('');
    expect(report.target.kind).toBe('embedded');
    expect(report.totals.failed).toBe(0);
    expect(report.totals.passed).toBe(report.scenarios.length);
    expect(report.totals.contractViolations).toBe(0);
    const exchanges = report.scenarios.flatMap((s) => s.steps.flatMap((st) => st.exchanges));
    const twilioExchanges = exchanges.filter((e) => e.api === 'twilio');
    const cloudfranExchanges = exchanges.filter((e) => e.api === 'cloudfran');
    const birdExchanges = exchanges.filter((e) => e.api === 'bird');
    expect(twilioExchanges.length + cloudfranExchanges.length + birdExchanges.length).toBe(report.totals.contractChecks);
    // CloudFran and Bird responses are judged by the OpenAPI documents the simulator publishes.
    expect(cloudfranExchanges.length).toBeGreaterThan(0);
    expect(cloudfranExchanges.every((e) => e.contract?.ok && e.contract.spec.endsWith('/api/v1/twilio/openapi.json') && e.contract.operationId)).toBe(true);
    expect(birdExchanges.length).toBeGreaterThan(0);
    expect(birdExchanges.every((e) => e.contract?.ok && e.contract.spec.endsWith('/bird/openapi.json') && e.contract.operationId)).toBe(true);
    expect(new Set(birdExchanges.map((e) => e.contract!.operationId))).toContain('postWorkspacesByWorkspaceIdConnectors');
    // The access key is not written into the report.
    expect(birdExchanges.every((e) => /^AccessKey ak_[0-9a-f]{3}\*\*\*$/.test(e.requestHeaders.authorization ?? ''))).toBe(true);
    expect(twilioExchanges.every((e) => e.contract?.ok && e.contract.operationId)).toBe(true);
    expect(new Set(twilioExchanges.map((e) => e.contract!.operationId))).toContain('CreateCustomerProfileEntityAssignment');
  });

  it('gives every scenario its own accounts and moves only their clocks', () => {
    const ids = report.scenarios.flatMap((s) => s.accounts.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    const isv = report.scenarios.find((s) => s.name === 'isv-secondary-profile-approved')!;
    // 5 minutes to the review's start, then the review itself: simulated hours, not real ones.
    expect(isv.simulatedSeconds).toBeGreaterThanOrEqual(2 * 3600);
    expect(isv.durationMs).toBeLessThan(10_000);
  });

  it('prints per-step progress and a summary with timings, and writes JUnit XML', () => {
    expect(printed).toMatch(/✓ isv-secondary-profile-approved › +\d+ secondary customer profile \(§1\.1\) · CreateCustomerProfile POST \/trusthub\/v1\/CustomerProfiles → 201 \(\d/);
    expect(printed).toMatch(/Summary\n/);
    expect(printed).toMatch(/all passed: \d+ passed, 0 failed, 0 skipped/);
    const xml = junitXml(report);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="a2p-sim scenarios"')).toBe(true);
    for (const s of report.scenarios) expect(xml).toContain(`<testsuite name="${s.name}" tests="${s.steps.length}" failures="0"`);
    expect(xml).not.toContain('<failure');
  });

  it('is reproducible under a seed: same accounts, same SIDs, same requests', async () => {
    const journey = loadBuiltinJourneys().filter((j) => j.name === 'customer-profile-rejected-then-fixed');
    const urls = (r: RunReport) =>
      r.scenarios[0]!.steps.flatMap((s) => s.exchanges.filter((e) => e.api === 'twilio').map((e) => `${e.method} ${new URL(e.url).pathname} ${e.responseBody?.match(/"sid": ?"(\w+)"/)?.[1] ?? ''}`));
    const a = await runScenarios(journey, { seed: '7' });
    const b = await runScenarios(journey, { seed: '7' });
    expect(failures(a)).toBe('');
    expect(a.scenarios[0]!.accounts).toEqual(b.scenarios[0]!.accounts);
    expect(urls(a)).toEqual(urls(b));
    expect(urls(a).some((u) => /BU[0-9a-f]{32}$/.test(u))).toBe(true);
  });
});

describe('failures are readable', () => {
  it('fails a wrong expectation with the request, response and expectation side by side and a diff', async () => {
    let printed = '';
    const pretty = prettyReporter({ write: (t) => (printed += t), color: false, width: 180 });
    const report = await runScenarios([scenarioFile('wrong', WRONG)], { reporters: [pretty] });
    pretty.end(report);
    const s = report.scenarios[0]!;
    expect(s.status).toBe('failed');
    expect(s.steps.map((x) => x.status)).toEqual(['failed', 'skipped']);
    const f = s.steps[0]!.failure!;
    expect(f.kind).toBe('expectation');
    expect(f.message).toBe('body.status: expected "twilio-approved", got "draft"');
    expect(f.diff!.split('\n')).toEqual(['  {', '    "status": 201,', '    "body": {', '-     "status": "twilio-approved",', '+     "status": "draft",', '      "errors": null', '    }', '  }']);
    expect(printed).toMatch(/REQUEST +│ RESPONSE +│ EXPECTED/);
    expect(printed).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/trusthub\/v1\/CustomerProfiles/);
    expect(printed).toMatch(/HTTP 201/);
    expect(printed).toContain('at ');
    expect(printed).toMatch(/wrong\.yaml:4 step 1 "create a profile"/);
    expect(printed).toMatch(/1 failed: 0 passed, 1 failed/);
    const xml = junitXml(report);
    expect(xml).toMatch(/<failure message="body.status: expected &quot;twilio-approved&quot;, got &quot;draft&quot;" type="expectation">/);
    expect(xml).toMatch(/<testcase classname="wrong-expectation" name="02 never reached" time="0.000" file="[^"]+">\n\s+<skipped/);
  });

  it('times out a wait with what was received, and forces outcomes through the control plane', async () => {
    const scenario = scenarioFile(
      'forced',
      `name: forced-rejection
title: A profile forced to be rejected
steps:
  - request:
      path: /trusthub/v1/CustomerProfiles
      form: { FriendlyName: Forced, Email: f@example.com, PolicySid: RNdfbf3fae0e1107f8aded0e7cead80bf5, StatusCallback: '\${receiver.url}/cp' }
    capture: { cp: sid }
  - control:
      override: { sid: '\${cp}', outcome: twilio-rejected, reason: forced by the scenario, code: 18601 }
  - request:
      path: /trusthub/v1/CustomerProfiles/\${cp}
      form: { Status: pending-review }
  - clock: { until: settled }
  - assert: { path: '/trusthub/v1/CustomerProfiles/\${cp}' }
    expect:
      body: { status: twilio-rejected }
      fields: { 'errors[0].code': 18601 }
  - name: a callback that never comes
    waitFor: { path: /cp, where: { form.Status: twilio-approved }, timeout: 0.3 }
`,
    );
    const report = await runScenarios([scenario]);
    const steps = report.scenarios[0]!.steps;
    expect(steps.map((s) => s.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'failed']);
    const f = steps[5]!.failure!;
    expect(f.kind).toBe('timeout');
    expect(f.message).toMatch(/waited 0.3s for 1 request to \/cp matching \{"form.Status":"twilio-approved"\}; 0 matched/);
    expect(f.mismatches![0]!.message).toMatch(/#1 POST \/cp .*Status=pending-review[\s\S]*#2 POST \/cp .*Status=twilio-rejected/);
  });
});

describe('contract checks catch a broken response', () => {
  let sim: RunningSimulator;
  let broken: Awaited<ReturnType<typeof proxy>>;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, clock: { frozen: true } });
    // The double: the real simulator, but CustomerProfile responses lose a field the spec requires.
    broken = await proxy(sim.url, async (path, res) => {
      if (!path.startsWith('/trusthub/v1/CustomerProfiles') || res.status >= 300) return res;
      const body = (await res.json()) as Record<string, unknown>;
      delete body.valid_until;
      return new Response(JSON.stringify(body), { status: res.status, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(async () => {
    await broken.close();
    await sim.close();
  });

  it('fails the step with the field and the schema path, however well the expectation matches', async () => {
    let printed = '';
    const report = await runScenarios(
      loadBuiltinJourneys().filter((j) => j.name === 'isv-secondary-profile-approved'),
      {
        target: broken.url,
        reporters: [prettyReporter({ write: (t) => (printed += t), color: false, width: 200 })],
      },
    );
    const s = report.scenarios[0]!;
    expect(report.target).toMatchObject({ kind: 'simulator', control: true });
    expect(s.status).toBe('failed');
    const failed = s.steps.find((x) => x.status === 'failed')!;
    expect(failed.name).toBe('ISV primary customer profile');
    expect(failed.failure!.kind).toBe('contract');
    expect(failed.failure!.message).toBe("response violates twilio-oai trusthub CreateCustomerProfile (/v1/CustomerProfiles): /valid_until must have required property 'valid_until'");
    expect(failed.failure!.violations).toEqual([{ instancePath: '/valid_until', schemaPath: '#/required', message: "must have required property 'valid_until'" }]);
    expect(failed.exchanges.at(-1)!.contract).toMatchObject({ ok: false, operationId: 'CreateCustomerProfile', specPath: '/v1/CustomerProfiles' });
    expect(printed).toMatch(
      /Contract violations \(twilio-oai trusthub CreateCustomerProfile \/v1\/CustomerProfiles\):\n\s+\/valid_until: must have required property 'valid_until'\s+\[schema #\/required\]/,
    );
    expect(report.totals.contractViolations).toBe(1);
  });
});

describe('contract checks of the CloudFran face use the OpenAPI document the target publishes', () => {
  let server: ServerType;
  let url = '';
  const doc = {
    openapi: '3.1.0',
    info: { title: 'CloudFran double', version: '1' },
    servers: [{ url: '/api/v1/twilio' }],
    paths: {
      '/phone-numbers': {
        get: {
          operationId: 'listPhoneNumbers',
          responses: {
            '200': {
              description: 'numbers',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['success', 'phoneNumbers'],
                    properties: {
                      success: { type: 'boolean' },
                      phoneNumbers: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['phoneNumber', 'status'],
                          additionalProperties: false,
                          properties: { phoneNumber: { type: 'string' }, status: { type: 'string', enum: ['active', 'pending_cancellation'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };

  beforeAll(async () => {
    // A deployed CloudFran stand-in: its document, and a list whose items lack `status`.
    const app = new Hono();
    app.get('/api/v1/twilio/openapi.json', (c) => c.json(doc));
    app.get('/api/v1/twilio/phone-numbers', (c) => {
      if (c.req.header('x-api-key') !== 'k' || c.req.header('x-tenant-id') !== 'acme') return c.json({ error: 'invalid_api_key', message: 'Invalid or missing API key' }, 401);
      return c.json({ success: true, phoneNumbers: [{ phoneNumber: '+15551234567', status: 'active' }, { phoneNumber: '+15557654321' }] });
    });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fails the step with the path of the missing field, credentials coming from CLOUDFRAN_API_KEY / CLOUDFRAN_TENANT_ID', async () => {
    const scenario = scenarioFile(
      'cloudfran-double',
      `name: cloudfran-double\ntitle: List numbers\naccounts: { shop: cloudfran }\nsteps:\n  - cloudfran: { path: /phone-numbers, query: { status: all } }\n    expect: { body: { success: true } }\n`,
    );
    const report = await runScenarios([scenario], { target: url, env: { CLOUDFRAN_API_KEY: 'k', CLOUDFRAN_TENANT_ID: 'acme' } });
    const step = report.scenarios[0]!.steps[0]!;
    expect(report.target.kind).toBe('live');
    expect(step.status).toBe('failed');
    expect(step.failure).toMatchObject({ kind: 'contract', violations: [{ instancePath: '/phoneNumbers/1/status', message: "must have required property 'status'" }] });
    expect(step.failure!.message).toContain(`response violates ${url}/api/v1/twilio/openapi.json listPhoneNumbers (/phone-numbers)`);
    expect(step.exchanges[0]!.requestHeaders).toMatchObject({ 'x-api-key': 'k***', 'x-tenant-id': 'acme' });
  });
});

const BIRD_SIGNED = (key: string) => `name: bird-signed
title: A Bird brand's events, signed
accounts: { ws: bird }
steps:
  - bird:
      path: /organizations/\${account.organizationId}/workspaces/\${account.workspaceId}/webhook-subscriptions
      body: { signingKey: right-key, event: 10dlc.brand, service: numbers, url: '\${receiver.url}/brand' }
    expect: { status: 201 }
  - bird:
      path: /workspaces/\${account.workspaceId}/tcr-brands
      body: { entityType: PRIVATE_PROFIT, displayName: Acme, companyName: Acme, ein: '12-3456789', einIssuingCountry: US, country: US, email: ops@acme.example, website: https://www.acme-inc.com, vertical: RETAIL, street: 1 Main St, city: Austin, state: TX, postalCode: '78701', phone: '+15125550100' }
    expect: { status: 201, body: { status: PENDING } }
  - clock: { until: settled }
  - waitFor: { path: /brand, where: { json.payload.status: APPROVED }, verify: bird, secret: ${key} }
`;

describe('a Bird workspace as a scenario party', () => {
  it("checks each Bird webhook's messagebird-signature with the subscription's signing key", async () => {
    const report = await runScenarios([
      scenarioFile('bird-signed', BIRD_SIGNED('right-key')),
      scenarioFile('bird-wrong-key', BIRD_SIGNED('wrong-key').replace('name: bird-signed', 'name: bird-wrong-key')),
    ]);
    const [signed, wrong] = report.scenarios;
    expect(signed!.status, failures(report)).toBe('passed');
    expect(signed!.accounts).toEqual([{ name: 'ws', kind: 'bird', id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) }]);
    expect(wrong!.status).toBe('failed');
    const failed = wrong!.steps.find((x) => x.status === 'failed')!;
    expect(failed.action).toBe('waitFor');
    expect(failed.failure!.message).toMatch(/^request #\d+ to \/brand: messagebird-signature "[A-Za-z0-9+/=]+" does not verify with the subscription's signingKey/);
  });

  it('judges Bird responses by the document the target publishes, with the workspace from BIRD_ACCESS_KEY / BIRD_WORKSPACE_ID against a live target', async () => {
    const sim = await startSimulator({ port: 0, clock: { speed: 40_000 } });
    // A deployed stand-in: no /_sim, and brands that lose their status on the way out.
    const live = await proxy(sim.url, async (path, res) => {
      if (path.startsWith('/_sim')) return new Response('not here', { status: 404 });
      if (!/\/tcr-brands$/.test(path) || res.status >= 300) return res;
      const body = (await res.json()) as Record<string, unknown>;
      delete body.status;
      return new Response(JSON.stringify(body), { status: res.status, headers: { 'content-type': 'application/json' } });
    });
    try {
      const scenario = scenarioFile('bird-live', BIRD_SIGNED('right-key').replace('name: bird-signed', 'name: bird-live'));
      const env = { BIRD_ACCESS_KEY: 'ak_live_key_0001', BIRD_WORKSPACE_ID: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b' };
      const report = await runScenarios([scenario], { target: live.url, env, timeouts: { pollMs: 5_000, pollIntervalMs: 20 } });
      const s = report.scenarios[0]!;
      expect(report.target.kind).toBe('live');
      expect(s.accounts).toEqual([{ name: 'ws', kind: 'bird', id: env.BIRD_WORKSPACE_ID }]);
      const failed = s.steps.find((x) => x.status === 'failed')!;
      expect(failed.index).toBe(2);
      expect(failed.failure).toMatchObject({ kind: 'contract', violations: [{ instancePath: '/status', message: "must have required property 'status'" }] });
      expect(failed.failure!.message).toContain(`response violates ${live.url}/bird/openapi.json postWorkspacesByWorkspaceIdTcrBrands (/workspaces/{workspaceId}/tcr-brands)`);
      expect(failed.exchanges[0]!.requestHeaders.authorization).toBe('AccessKey ak_liv***');
      const missing = await runScenarios([scenario], { target: live.url, env: {} });
      expect(missing.scenarios[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^Failed to find credentials for Bird workspace "ws".*BIRD_ACCESS_KEY and BIRD_WORKSPACE_ID/) });
    } finally {
      await live.close();
      await sim.close();
    }
  });
});

describe('--target: the same steps against a separately started simulator', () => {
  let sim: RunningSimulator;

  beforeAll(async () => {
    // Started as `a2p-sim start` would be: a running clock at the default speed.
    sim = await startSimulator({ port: 0 });
  });
  afterAll(() => sim.close());

  it('passes every journey, freezing each scenario account’s clock and moving it through /_sim', async () => {
    const report = await runScenarios(loadBuiltinJourneys(), { target: sim.url });
    expect(failures(report)).toBe('');
    expect(report.target).toEqual({ kind: 'simulator', url: sim.url, twilioBase: sim.url, control: true });
    for (const s of report.scenarios) for (const a of s.accounts.filter((x) => x.kind === 'twilio')) expect(sim.sim.findWorld(a.id)?.clock.frozen).toBe(true);
    const workspaces = report.scenarios.flatMap((s) => s.accounts.filter((x) => x.kind === 'bird'));
    expect(workspaces.length).toBeGreaterThan(0);
    for (const a of workspaces) expect(sim.sim.accounts().find((w) => (w.settings.bird as { workspaceId?: string } | undefined)?.workspaceId === a.id)?.clock.frozen).toBe(true);
  });

  it('works without /_sim: clock steps become polling, control steps skip the scenario, credentials come from the environment', async () => {
    const fast = await startSimulator({ port: 0, clock: { speed: 40_000 } });
    // A target that does not expose the control plane, like a deployed service.
    const live = await proxy(fast.url, (path, res) => (path.startsWith('/_sim') ? new Response('not here', { status: 404 }) : res));
    try {
      const journeys = loadBuiltinJourneys().filter((j) => j.name === 'isv-secondary-profile-approved');
      const forced = scenarioFile(
        'needs-control',
        `name: needs-control\ntitle: Forces an outcome\nsteps:\n  - control: { override: { sid: BU00000000000000000000000000000000, outcome: twilio-rejected } }\n`,
      );
      const env = { A2P_SIM_ACCOUNT_SID: newAccountSid(), A2P_SIM_AUTH_TOKEN: 'customer-token', A2P_SIM_ISV_ACCOUNT_SID: newAccountSid(), A2P_SIM_ISV_AUTH_TOKEN: 'isv-token' };
      const report = await runScenarios([...journeys, forced], { target: live.url, env, timeouts: { pollMs: 15_000, pollIntervalMs: 20 } });
      expect(report.target).toMatchObject({ kind: 'live', control: false });
      expect(failures(report).replace(/needs-control:.*\n?/, '')).toBe('');
      const [journey, skipped] = report.scenarios;
      expect(journey!.status).toBe('passed');
      expect(journey!.accounts.map((a) => a.id)).toEqual([env.A2P_SIM_ACCOUNT_SID, env.A2P_SIM_ISV_ACCOUNT_SID]);
      expect(journey!.simulatedSeconds).toBeNull();
      expect(journey!.steps.filter((s) => s.action === 'clock').every((s) => /its clock is real/.test(s.note ?? ''))).toBe(true);
      expect(skipped).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/need a simulator target/) });
      const missing = await runScenarios(journeys, { target: live.url, env: {} });
      expect(missing.scenarios[0]).toMatchObject({
        status: 'failed',
        reason: expect.stringMatching(/^Failed to find credentials for Twilio account "customer".*A2P_SIM_ACCOUNT_SID and A2P_SIM_AUTH_TOKEN/),
      });
    } finally {
      await live.close();
      await fast.close();
    }
  });
});

describe('the CLI', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
  });
  afterAll(() => sim.close());

  it('`scenario run all` passes embedded with a JUnit report, and the same against --target', async () => {
    const junit = join(dir, 'reports', 'junit.xml');
    const embedded = await cli(['run', 'all', '--reporter', 'pretty', '--reporter', `junit=${junit}`, '--quiet']);
    expect(embedded.stderr).toContain(`junit report written to ${junit}`);
    expect(embedded.code).toBe(0);
    expect(embedded.stdout).toMatch(/all passed: \d+ passed, 0 failed/);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuites name="a2p-sim scenarios" tests="\d+" failures="0"/);
    const targeted = await cli(['run', 'all', '--target', sim.url, '--reporter', 'json']);
    expect(targeted.code).toBe(0);
    const report = JSON.parse(targeted.stdout) as RunReport;
    expect(report.target.kind).toBe('simulator');
    expect(report.totals.failed).toBe(0);
  });

  it('exits 1 on a failed scenario and 2 on a malformed file, naming file, step and field', async () => {
    const wrong = join(dir, 'cli-wrong.yaml');
    writeFileSync(wrong, WRONG);
    const failed = await cli(['run', wrong, '--reporter', 'junit']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('<failure message="body.status: expected');
    const malformed = join(dir, 'cli-malformed.yaml');
    writeFileSync(malformed, WRONG.replace('      path: /trusthub/v1/CustomerProfiles', '      pth: /trusthub/v1/CustomerProfiles'));
    const bad = await cli(['run', malformed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cli-malformed\.yaml:6: step 1 "create a profile": request\.pth: unknown key "pth"/);
    const list = await cli(['list']);
    expect(list.stdout).toMatch(/isv-secondary-profile-approved +ISV secondary customer profile/);
  });

  it('prints usage on stdout for --help and -h, and a one-line error with the usage on stderr (exit 2) for an unknown command or option', async () => {
    const helps = [['--help'], ['run', '--help'], ['list', '--help'], ['check', '-h'], ['schema', '--help']];
    const outputs = await Promise.all(helps.map((args) => cli(args)));
    for (const [i, args] of helps.entries()) {
      const r = outputs[i]!;
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(r.stdout).toMatch(args[0] === '--help' ? /^a2p-sim scenario — .*\n\nUsage:\n/ : new RegExp(`^Usage: a2p-sim scenario ${args[0]}`));
      if (args[0] === 'run' || args[0] === 'check') expect(r.stdout).toContain('--fragments DIR');
    }
    for (const [args, first] of [
      [['bogus'], 'Failed to run "a2p-sim scenario bogus": it is not a scenario command. Please use list, run, check or schema.'],
      [['run', 'all', '--bogus'], 'Failed to read the arguments of "a2p-sim scenario run": unknown option --bogus. Please see the usage below.'],
      [['list', 'extra'], 'Failed to read the arguments of "a2p-sim scenario list": unexpected argument "extra". Please see the usage below.'],
    ] as const) {
      const r = await cli([...args]);
      expect({ code: r.code, stdout: r.stdout, first: r.stderr.split('\n')[0] }).toEqual({ code: 2, stdout: '', first });
      expect(r.stderr).toContain('Usage:');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  }, 90_000);

  it('says a --target that does not answer cannot be reached, before looking for credentials (exit 2)', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' }, () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const r = await cli(['run', 'isv-standard-brand', '--target', `http://127.0.0.1:${closed}`]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `Failed to run scenarios: cannot connect to http://127.0.0.1:${closed}. Please start the simulator or check --target.\n`,
    });
  });

  it('finds fragments in each --fragments DIR, after the file’s own fragments/ and before the built-in ones', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'a2p-cli-fragments-'));
    try {
      writeFileSync(join(elsewhere, 'tick.yaml'), 'fragment: tick\nsteps:\n  - clock: { advance: 1m }\n');
      const file = join(dir, 'cli-uses-tick.yaml');
      writeFileSync(file, 'name: uses-tick\ntitle: A fragment from elsewhere\nsteps:\n  - include: tick\n  - include: isv-primary-profile\n    as: main\n');
      const without = await cli(['check', file]);
      expect(without.code).toBe(2);
      expect(without.stderr).toContain('no fragment "tick"');
      const ok = await cli(['run', file, '--fragments', elsewhere, '--quiet']);
      expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
      const missingDir = await cli(['check', file, '--fragments', join(elsewhere, 'nope')]);
      expect({ code: missingDir.code, stderr: missingDir.stderr }).toEqual({
        code: 2,
        stderr: `Failed to read --fragments: "${join(elsewhere, 'nope')}" is not a directory. Please give a directory of fragment files.\n`,
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 60_000);
});
