import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CLI } from '../helpers/cli.js';
import { readmeBlocks, type CodeBlock } from '../helpers/readme.js';
import { TestSim } from '../helpers/sim.js';

/**
 * The README's examples, run as a reader would copy them. Which fenced blocks run is decided by
 * rule, so a new example is picked up without touching this file:
 *
 * - ```yaml whose top level has `title` and `steps` (the scenario format's required keys): a
 *   scenario, saved alone in a temporary directory outside the repository and run with
 *   `a2p-sim scenario run <file>`; it must pass (exit 0). Other YAML (a CI workflow, say) is not a
 *   scenario and is left alone.
 * - ```ts under "Using it with the official SDK": the SDK sample, run with `node --import tsx`
 *   against a simulator this test starts; it must exit 0.
 * - ```sh: every command starting with `curl` (with its `\` continuation lines) is performed with
 *   fetch against that simulator (curl itself may be missing on a Node-only machine); it must
 *   answer 2xx. Other shell lines (`npm`, `npx`, `a2p-sim`…) install, start or wrap the simulator
 *   and are covered by the tests of those commands.
 * - A fence without a language (usage synopses, the project layout) is not code and never runs.
 *
 * Each kind must be present: deleting the README's examples fails here, not silently.
 */

const REPO = process.cwd();
const README_URL = /^https?:\/\/(127\.0\.0\.1|localhost):4010(?=\/|$)/;
const blocks = readmeBlocks();
const label = (b: CodeBlock) => `README "${b.section}"`;

function node(args: string[], cwd = REPO): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// ---- curl, as far as the README uses it ------------------------------------------------------

/** Shell words of one command line: quotes and backslashes as sh reads them; stops at a comment or an operator (`|`, `;`, `&`, `>`, `<`). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const noVariables = (at: number) => {
    if (line[at] === '$') throw new Error(`uses a shell variable (${line.slice(at, at + 20)}…): a README example must run as written, with literal values`);
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error('has an unclosed single quote');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) {
        noVariables(i);
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) i++;
        word += line[i];
      }
      if (i >= line.length) throw new Error('has an unclosed double quote');
      inWord = true;
      i++;
    } else if (c === '\\') {
      word += line[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if ((c === '#' && !inWord) || '|;&<>'.includes(c)) {
      break;
    } else {
      noVariables(i);
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A curl command line as the request curl would send (the flags the README uses: -u, -X, -H, -d, --json, the URL). */
function curlRequest(command: string): CurlRequest {
  const [curl, ...args] = shellWords(command);
  if (curl !== 'curl') throw new Error('is not a curl command');
  let method: string | undefined;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  const data: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`gives ${arg} without a value`);
      return v;
    };
    if (arg === '-u' || arg === '--user') headers.authorization = `Basic ${Buffer.from(value()).toString('base64')}`;
    else if (arg === '-X' || arg === '--request') method = value();
    else if (arg === '-H' || arg === '--header') {
      const h = value();
      const colon = h.indexOf(':');
      if (colon < 1) throw new Error(`has a header without a name: ${h}`);
      headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw' || arg === '--data-binary') {
      const d = value();
      if (d.startsWith('@') && arg !== '--data-raw') throw new Error(`reads its body from a file (${d}): inline it so the example runs as written`);
      data.push(d);
    } else if (arg === '--json') {
      data.push(value());
      headers['content-type'] ??= 'application/json';
      headers.accept ??= 'application/json';
    } else if (/^-[sSfiLv]+$/.test(arg) || ['--silent', '--show-error', '--fail', '--include', '--location', '--verbose'].includes(arg)) {
      // Output and redirect flags: they change what curl prints, not the request.
    } else if (arg.startsWith('-')) throw new Error(`uses ${arg}, which the README runner does not interpret: add it to curlRequest in test/integration/readme-examples.test.ts`);
    else if (url === undefined) url = arg;
    else throw new Error(`has a second URL ${arg}`);
  }
  if (!url) throw new Error('has no URL');
  // curl's defaults: -d makes it a POST with a form content type.
  if (data.length) headers['content-type'] ??= 'application/x-www-form-urlencoded';
  return { method: method ?? (data.length ? 'POST' : 'GET'), url, headers, body: data.length ? data.join('&') : undefined };
}

/** The `curl` commands of a shell block, continuation lines joined. */
function curlCommands(code: string): string[] {
  const commands: string[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*curl\s/.test(lines[i]!)) continue;
    let command = lines[i]!;
    while (command.trimEnd().endsWith('\\') && i + 1 < lines.length) command = `${command.trimEnd().slice(0, -1)} ${lines[++i]}`;
    commands.push(command.trim());
  }
  return commands;
}

// ---- the examples ----------------------------------------------------------------------------

const scenarios = blocks.filter((b) => {
  if (b.lang !== 'yaml' && b.lang !== 'yml') return false;
  const data = parseYaml(b.code) as unknown;
  return !!data && typeof data === 'object' && 'title' in data && 'steps' in data;
});
const sdkSamples = blocks.filter((b) => b.lang === 'ts' && b.section === 'Using it with the official SDK');
const curls = blocks.filter((b) => b.lang === 'sh').flatMap((b) => curlCommands(b.code).map((command) => ({ block: b, command })));

describe('the README has the examples this test runs', () => {
  it('has a scenario, the SDK sample and curl commands', () => {
    expect(scenarios.length, 'README.md has no ```yaml scenario (top-level title and steps): the "Scenario format" example is gone').toBeGreaterThan(0);
    expect(sdkSamples.length, 'README.md has no ```ts block under "Using it with the official SDK"').toBe(1);
    expect(curls.length, 'README.md has no ```sh block with a curl command').toBeGreaterThan(0);
  });
});

describe('the README scenario, saved outside the repository, passes with `a2p-sim scenario run`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'a2p-readme-scenario-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(scenarios.map((b, i) => [`${label(b)} #${i + 1}`, b] as const))('%s', async (_name, block) => {
    const file = join(dir, `readme-scenario-${scenarios.indexOf(block) + 1}.yaml`);
    expect(resolve(file).startsWith(REPO)).toBe(false);
    writeFileSync(file, block.code);
    const run = await node([...CLI, 'scenario', 'run', file, '--quiet']);
    expect({ code: run.code, stderr: run.stderr }, `${label(block)} scenario failed:\n${run.stdout}${run.stderr}`).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/all passed: 1 passed, 0 failed/);
  });
});

describe('the README against a running simulator', () => {
  let sim: TestSim;
  let work: string;
  beforeAll(async () => {
    sim = await TestSim.start();
    // Inside the repository, so the sample's `import twilio from 'twilio'` resolves as a user's would.
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    work = mkdtempSync(join(REPO, 'test-results', 'readme-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await sim.close();
  });

  it.each(sdkSamples.map((b) => [label(b), b] as const))('runs the SDK sample of %s', async (_name, block) => {
    expect(block.code, 'the SDK sample no longer talks to http://127.0.0.1:4010').toContain('http://127.0.0.1:4010');
    expect(block.code, "the SDK sample no longer imports 'a2p-sim'").toContain("from 'a2p-sim'");
    const file = join(work, 'sdk-sample.mts');
    writeFileSync(file, block.code.replaceAll('http://127.0.0.1:4010', sim.url).replaceAll("from 'a2p-sim'", `from ${JSON.stringify(join(REPO, 'src', 'index.ts'))}`));
    const run = await node(['--import', 'tsx', file]);
    expect({ code: run.code, stderr: run.stderr }, `the SDK sample failed:\n${run.stderr}`).toEqual({ code: 0, stderr: '' });
    // The sample created a profile in the account it names (and printed its SID when it prints one).
    const [, account, token] = /twilio\(\s*'(AC[0-9a-f]{32})',\s*'([^']+)'/.exec(block.code) ?? [];
    expect(account, 'the SDK sample no longer calls twilio(<Account SID>, <token>, …)').toBeDefined();
    const res = await fetch(`${sim.url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: `Basic ${Buffer.from(`${account}:${token}`).toString('base64')}` } });
    const profiles = ((await res.json()) as { results: Array<{ sid: string; status: string }> }).results;
    expect(profiles.length).toBeGreaterThan(0);
    const printed = /\bBU[0-9a-f]{32}\b/.exec(run.stdout)?.[0];
    if (printed) expect(profiles.map((p) => p.sid)).toContain(printed);
  });

  it.each(curls.map(({ block, command }) => [`${label(block)}: ${command.replace(/\s+/g, ' ').slice(0, 100)}`, command] as const))('%s', async (_name, command) => {
    let req: CurlRequest;
    try {
      req = curlRequest(command);
    } catch (e) {
      throw new Error(`The README's curl command ${(e as Error).message}:\n${command}`);
    }
    if (!README_URL.test(req.url)) throw new Error(`The README's curl command calls ${req.url}, not the simulator at http://127.0.0.1:4010:\n${command}`);
    const url = req.url.replace(README_URL, sim.url);
    const res = await fetch(url, { method: req.method, headers: req.headers, ...(req.body !== undefined ? { body: req.body } : {}) });
    const text = await res.text();
    expect(res.status, `${req.method} ${url} answered ${res.status}:\n${text.slice(0, 1000)}\n(README: ${command})`).toBeGreaterThanOrEqual(200);
    expect(res.status, `${req.method} ${url} answered ${res.status}:\n${text.slice(0, 1000)}\n(README: ${command})`).toBeLessThan(300);
  });
});
