import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenarios/format.js';
import { BUILTIN_DIR, loadBuiltinJourneys } from '../../src/scenarios/journeys.js';
import { checkScenario, loadScenarioFile, ScenarioFileError } from '../../src/scenarios/load.js';

const dir = mkdtempSync(join(tmpdir(), 'a2p-scenarios-'));
mkdirSync(join(dir, 'fragments'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function loadError(path: string): ScenarioFileError {
  try {
    loadScenarioFile(path);
  } catch (e) {
    if (e instanceof ScenarioFileError) return e;
    throw e;
  }
  throw new Error(`${path} loaded without an error`);
}

const HEAD = `name: broken
title: A broken scenario
steps:
  - name: fine
    request:
      path: /trusthub/v1/CustomerProfiles
`;

describe('scenario files: errors name the file, the step and the field', () => {
  it('reports an unknown key with its line, step index, step name and the keys allowed there', () => {
    const path = file('unknown-key.yaml', `${HEAD}  - name: create a profile\n    request:\n      methd: POST\n      path: /trusthub/v1/CustomerProfiles\n`);
    const err = loadError(path);
    expect(err.file).toBe(relative(process.cwd(), path));
    expect(err.step).toMatchObject({ index: 2, name: 'create a profile' });
    expect(err.field).toBe('request.methd');
    expect(err.line).toBe(9);
    expect(err.message).toContain(`${relative(process.cwd(), path)}:9: step 2 "create a profile": request.methd: unknown key "methd" (allowed: method, path, operation`);
  });

  it('reports a value outside an enum with what is allowed', () => {
    const err = loadError(file('bad-method.yaml', `${HEAD}  - request:\n      method: PUT\n      path: /x/v1/Y\n`));
    expect(err.field).toBe('request.method');
    expect(err.step?.index).toBe(2);
    expect(err.message).toMatch(/must be one of "GET", "POST", "DELETE" \(got "PUT"\)/);
  });

  it('reports a malformed duration with what a duration looks like', () => {
    const err = loadError(file('bad-duration.yaml', `${HEAD}  - name: later\n    clock:\n      advance: two days\n`));
    expect(err.field).toBe('clock.advance');
    expect(err.message).toMatch(/"two days" is not valid: must be a duration: seconds as a number, or a string such as "90s"/);
  });

  it('refuses a step that does two things, or none', () => {
    expect(loadError(file('two-actions.yaml', `${HEAD}  - name: both\n    clock: { advance: 1d }\n    assert: { path: /trusthub/v1/CustomerProfiles }\n`)).message).toMatch(
      /step 2 "both": assert, clock: a step does exactly one thing/,
    );
    expect(loadError(file('no-action.yaml', `${HEAD}  - name: nothing\n    expect: { status: 200 }\n`)).message).toMatch(/step 2 "nothing": a step needs one of: request, cloudfran/);
  });

  it('refuses a variable that no earlier step defines, naming those that are', () => {
    const err = loadError(file('undefined-var.yaml', `${HEAD}    capture: { cp: sid }\n  - name: fetch\n    request:\n      path: /trusthub/v1/CustomerProfiles/\${profile}\n`));
    expect(err.step).toMatchObject({ index: 2, name: 'fetch' });
    expect(err.field).toBe('request');
    expect(err.message).toMatch(/\$\{profile\} uses "profile", which no earlier step defines \(defined so far: account, accounts, cp, receiver/);
  });

  it('refuses an operation that is not in the vendored specs, and an ambiguous one', () => {
    const unknown = loadError(file('bad-op.yaml', `${HEAD}  - request:\n      operation: CreateCustomerProfil\n`));
    expect(unknown.field).toBe('request.operation');
    expect(unknown.message).toMatch(/CreateCustomerProfil is not in the vendored specs/);
    const ambiguous = loadError(file('ambiguous-op.yaml', `${HEAD}  - request:\n      operation: CreateEndUser\n`));
    expect(ambiguous.message).toMatch(/qualify it: numbers\.CreateEndUser or trusthub\.CreateEndUser|qualify it: trusthub\.CreateEndUser or numbers\.CreateEndUser/);
  });

  it('refuses unknown matchers and misplaced expectations', () => {
    expect(loadError(file('bad-matcher.yaml', `${HEAD}    expect:\n      fields:\n        sid: { $regex: '^BU' }\n`)).message).toMatch(/expect: fields.sid: unknown matcher \$regex/);
    expect(loadError(file('expect-on-clock.yaml', `${HEAD}  - clock: { advance: 1d }\n    expect: { status: 200 }\n`)).message).toMatch(
      /only request, cloudfran, bird, assert, waitFor and control call steps have a response/,
    );
  });

  it('refuses an account the scenario does not declare', () => {
    const err = loadError(file('bad-account.yaml', `${HEAD}  - as: isv\n    clock: { advance: 1d }\n`));
    expect(err.field).toBe('as');
    expect(err.message).toMatch(/no account "isv" \(the scenario declares main\)/);
  });

  it("takes a Bird workspace as a party: bird steps and asserts act as it, other faces' requests do not", () => {
    const head = 'name: two\ntitle: t\naccounts:\n  customer: twilio\n  ws: bird\nsteps:\n';
    const ok = loadScenarioFile(
      file(
        'bird-ok.yaml',
        `${head}  - as: ws\n    bird: { path: '/workspaces/\${account.workspaceId}/tcr-brands', body: { displayName: Acme } }\n    capture: { brandId: id }\n  - as: ws\n    assert: { path: '/workspaces/\${account.workspaceId}/tcr-brands/\${brandId}' }\n    expect: { body: { status: APPROVED } }\n  - as: ws\n    waitFor: { path: /brand, verify: bird, secret: my-signing-key }\n`,
      ),
    );
    expect(ok.accounts).toEqual({ customer: 'twilio', ws: 'bird' });
    expect(ok.steps.map((s) => Object.keys(s.step).filter((k) => k !== 'as' && k !== 'expect' && k !== 'capture'))).toEqual([['bird'], ['assert'], ['waitFor']]);
    const asTwilio = loadError(file('bird-as-twilio.yaml', `${head}  - bird: { path: /workspaces }\n`));
    expect(asTwilio.field).toBe('bird');
    expect(asTwilio.message).toMatch(/account "customer" is a Twilio account: Bird requests need a bird account/);
    const twilioAsBird = loadError(file('twilio-as-bird.yaml', `${head}  - as: ws\n    request: { path: /trusthub/v1/CustomerProfiles }\n`));
    expect(twilioAsBird.message).toMatch(/account "ws" is a Bird workspace: Twilio requests need a twilio account/);
    const explicit = loadError(file('bird-assert-twilio.yaml', `${head}  - assert: { api: bird, path: /workspaces }\n    expect: { status: 200 }\n`));
    expect(explicit.message).toMatch(/account "customer" is a Twilio account: Bird requests/);
    const relative = loadError(file('bird-relative.yaml', `${head}  - as: ws\n    bird: { path: workspaces }\n`));
    expect(relative.field).toBe('bird.path');
    const unsigned = loadError(file('bird-no-key.yaml', `${head}  - as: ws\n    waitFor: { path: /brand, verify: bird }\n`));
    expect(unsigned.message).toMatch(/`verify: bird` needs the subscription's `signingKey` as `secret`/);
    const kind = loadError(file('bird-kind.yaml', 'name: k\ntitle: t\naccounts:\n  ws: birds\nsteps:\n  - clock: { advance: 1h }\n'));
    expect(kind.field).toBe('accounts.ws');
    expect(kind.message).toMatch(/must be twilio, cloudfran, bird or "subaccount of <account>"/);
  });

  it('takes "subaccount of <account>" only after a main Twilio account of that name', () => {
    const steps = 'steps:\n  - as: customer\n    clock: { advance: 1h }\n';
    const ok = loadScenarioFile(file('sub-ok.yaml', `name: sub\ntitle: t\naccounts:\n  isv: twilio\n  customer: subaccount of isv\n${steps}`));
    expect(ok.accounts).toEqual({ isv: 'twilio', customer: 'twilio' });
    expect(ok.subaccounts).toEqual({ customer: 'isv' });
    const before = loadError(file('sub-before.yaml', `name: sub\ntitle: t\naccounts:\n  customer: subaccount of isv\n  isv: twilio\n${steps}`));
    expect(before.field).toBe('accounts.customer');
    expect(before.message).toMatch(/"isv" must be a twilio account declared before "customer"/);
    const tenant = loadError(file('sub-tenant.yaml', `name: sub\ntitle: t\naccounts:\n  franchise: cloudfran\n  customer: subaccount of franchise\n${steps}`));
    expect(tenant.field).toBe('accounts.customer');
    const typo = loadError(file('sub-typo.yaml', `name: sub\ntitle: t\naccounts:\n  isv: twilio\n  customer: sub-account of isv\n${steps}`));
    expect(typo.message).toMatch(/subaccount of <account>/);
  });

  it('reports top-level problems without a step, and YAML syntax errors with their line', () => {
    const missing = loadError(file('no-title.yaml', 'name: x\nsteps:\n  - clock: { advance: 1d }\n'));
    expect(missing.step).toBeUndefined();
    expect(missing.field).toBe('title');
    expect(missing.message).toMatch(/no-title\.yaml:1: title: is required/);
    const badName = loadError(file('bad-name.yaml', 'name: Not Kebab\ntitle: t\nsteps:\n  - clock: { advance: 1d }\n'));
    expect(badName.field).toBe('name');
    const syntax = loadError(file('syntax.yaml', 'name: x\ntitle: [unclosed\nsteps: []\n'));
    expect(syntax.message).toMatch(/is not valid YAML/);
    expect(syntax.line).toBeGreaterThan(1);
  });

  it('reports a problem inside a fragment at the fragment’s file and line, with the including step', () => {
    writeFileSync(
      join(dir, 'fragments', 'make-profile.yaml'),
      'fragment: make-profile\nparams: [email]\nsteps:\n  - name: inner\n    request:\n      path: /trusthub/v1/CustomerProfiles\n      form:\n        Email: ${email}\n      verb: POST\n',
    );
    const err = loadError(file('uses-fragment.yaml', `${HEAD}  - name: outer\n    include: make-profile\n    with: { email: a@example.com }\n`));
    expect(err.file).toMatch(/fragments\/make-profile\.yaml$/);
    expect(err.field).toBe('request.verb');
    expect(err.line).toBe(9);
    expect(err.message).toMatch(/step 1 "inner" \(included from .*uses-fragment\.yaml:7 step 2 "outer"\)/);
    const missingParam = loadError(file('missing-param.yaml', `${HEAD}  - include: make-profile\n`));
    expect(missingParam.message).toMatch(/fragment "make-profile" needs email/);
    const noFragment = loadError(file('no-fragment.yaml', `${HEAD}  - include: nope\n`));
    expect(noFragment.message).toMatch(/no fragment "nope"/);
  });

  it('accepts the same scenario as a typed object, with fragments spliced into a flat list of steps', () => {
    const loaded = checkScenario(
      {
        name: 'typed',
        title: 'Typed object',
        vars: { policy: 'RNdfbf3fae0e1107f8aded0e7cead80bf5' },
        steps: [
          { name: 'create', request: { operation: 'CreateCustomerProfile', form: { FriendlyName: 'x', Email: 'x@example.com', PolicySid: '${policy}' } }, capture: { cp: 'sid' } },
          { assert: { operation: 'FetchCustomerProfile', pathParams: { Sid: '${cp}' } }, expect: { body: { status: 'draft' } } },
        ],
      },
      { file: 'typed.ts' },
    );
    expect(loaded.accounts).toEqual({ main: 'twilio' });
    expect(loaded.steps.map((s) => s.origin.index)).toEqual([1, 2]);
    expect(() => checkScenario({ name: 'typed', title: 't', steps: [{ request: { path: '/x', operation: 'CreateCustomerProfile' } }] }, { file: 'typed.ts' })).toThrow(
      /typed\.ts: step 1: request: give either `path` or `operation`/,
    );
  });
});

describe('fragments resolve from beside the file, then --fragments, then the built-in ones', () => {
  it('finds each in that order, and names every directory it looked in when none has it', () => {
    const home = mkdtempSync(join(tmpdir(), 'a2p-fragments-'));
    const extra = mkdtempSync(join(tmpdir(), 'a2p-fragments-extra-'));
    try {
      mkdirSync(join(home, 'fragments'));
      const fragment = (name: string, stepName: string) => `fragment: ${name}\nsteps:\n  - name: ${stepName}\n    clock: { advance: 1m }\n`;
      writeFileSync(join(home, 'fragments', 'shared.yaml'), fragment('shared', 'from beside the file'));
      writeFileSync(join(extra, 'shared.yaml'), fragment('shared', 'from --fragments'));
      writeFileSync(join(extra, 'only-extra.yaml'), fragment('only-extra', 'only in --fragments'));
      const scenario = (include: string) => {
        const path = join(home, `${include}.yaml`);
        writeFileSync(path, `name: uses-${include}\ntitle: t\nsteps:\n  - include: ${include}\n`);
        return path;
      };
      expect(loadScenarioFile(scenario('shared'), { fragments: [extra] }).steps[0]!.step.name).toBe('from beside the file');
      expect(loadScenarioFile(scenario('only-extra'), { fragments: [extra] }).steps[0]!.step.name).toBe('only in --fragments');
      // A scenario saved anywhere reaches the built-in fragments.
      const builtin = loadScenarioFile(scenario('isv-primary-profile'));
      expect(builtin.steps[0]!.origin.via?.file).toContain('isv-primary-profile');
      expect(builtin.steps.some((s) => s.origin.file.endsWith(join('fixtures', 'scenarios', 'fragments', 'fill-business-profile.yaml')))).toBe(true);
      const missing = loadError(scenario('only-extra'));
      expect(missing.field).toBe('include');
      expect(missing.message).toContain('no fragment "only-extra"');
      for (const looked of [join(home, 'fragments'), join('fixtures', 'scenarios', 'fragments')]) expect(missing.message).toContain(looked);
      expect(missing.message).not.toContain(extra);
      const missingEverywhere = (() => {
        try {
          loadScenarioFile(scenario('nowhere'), { fragments: [extra] });
        } catch (e) {
          return (e as Error).message;
        }
        return '';
      })();
      for (const looked of [join(home, 'fragments'), extra, join('fixtures', 'scenarios', 'fragments')]) expect(missingEverywhere).toContain(looked);
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(extra, { recursive: true, force: true });
    }
  });
});

describe('the built-in journeys and the published schema', () => {
  it('loads every built-in journey, and the committed JSON Schema is the one the format generates', () => {
    const journeys = loadBuiltinJourneys();
    expect(journeys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(journeys.map((j) => j.name)).size).toBe(journeys.length);
    for (const j of journeys) expect(j.requires.length).toBeGreaterThan(0);
    const committed = JSON.parse(readFileSync(join(BUILTIN_DIR, 'scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });
});
