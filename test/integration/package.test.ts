import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeSdkSample } from '../helpers/readme.js';

/**
 * The package as a user gets it: `npm pack` (which runs the build through `prepare`), the tarball
 * installed into an empty project outside the repository next to the `twilio` SDK and TypeScript,
 * `npx a2p-sim start` from there, and the README's SDK sample run with plain `node` as ESM and as
 * CommonJS and compiled with `tsc --strict`. Nothing in that project has tsx.
 */
const run = promisify(execFile);
const REPO = process.cwd();
const version = (pkg: string) => (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf-8')) as { version: string }).version;
// Same versions as the repository's lockfile, so the install is served from npm's cache.
const USER_DEPS = [`twilio@${version('twilio')}`, `typescript@${version('typescript')}`, `@types/node@${version('@types/node')}`];
const ACCOUNT = 'AC00000000000000000000000000000001';

/** The README sample with its URL pointed at `url`. */
function sampleFor(url: string): string {
  const sample = readmeSdkSample();
  expect(sample).toContain('http://127.0.0.1:4010');
  return sample.replaceAll('http://127.0.0.1:4010', url);
}

/** ESM → CommonJS by hand (imports to requires, top-level await in an async function): what a CJS user writes. */
function asCommonJs(esm: string): string {
  const requires = esm.replace(/^import (\w+) from '([^']+)';$/gm, "const $1 = require('$2');").replace(/^import \{([^}]+)\} from '([^']+)';$/gm, "const {$1} = require('$2');");
  const lines = requires.split('\n');
  const body = lines.findLastIndex((l) => /= require\('/.test(l)) + 1;
  return [...lines.slice(0, body), '(async () => {', ...lines.slice(body), '})().catch((e) => { console.error(e); process.exit(1); });'].join('\n');
}

describe('the packed package in a fresh project', () => {
  let project: string;
  let server: ChildProcess | undefined;
  let url: string;

  beforeAll(async () => {
    const packDir = mkdtempSync(join(tmpdir(), 'a2p-sim-pack-'));
    const { stdout } = await run('npm', ['pack', '--pack-destination', packDir, '--json'], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
    const tarball = join(packDir, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
    project = mkdtempSync(join(tmpdir(), 'a2p-sim-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...USER_DEPS], { cwd: project, maxBuffer: 16 * 1024 * 1024 });

    // Its own process group: npx runs the command as a child, which a signal to npx alone would leave running.
    server = spawn('npx', ['--no-install', 'a2p-sim', 'start', '--port', '0', '--frozen'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) resolve(m[0]);
      });
      server!.stderr!.on('data', (chunk: Buffer) => (out += chunk));
      server!.on('exit', (code) => reject(new Error(`npx a2p-sim start exited with ${code}:\n${out}`)));
    });
  }, 240_000);

  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  async function profiles(): Promise<number> {
    const res = await fetch(`${url}/trusthub/v1/CustomerProfiles`, { headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT}:my-local-token`).toString('base64')}` } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: unknown[] }).results.length;
  }

  it('holds the built code, the fixtures and the docs, not the tests or the sources', () => {
    const root = join(project, 'node_modules', 'a2p-sim');
    for (const file of ['dist/index.js', 'dist/bin.js', 'dist/types/index.d.ts', 'fixtures/twilio-oai/twilio_trusthub_v1.json', 'src/sim/control/dashboard/assets/app.js', 'README.md']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(readdirSync(root).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'fixtures', 'package.json', 'src'].sort());
    expect(existsSync(join(project, 'node_modules', 'tsx'))).toBe(false);
  });

  it('runs the README sample as an ES module with plain node', async () => {
    const before = await profiles();
    writeFileSync(join(project, 'sample.mjs'), sampleFor(url));
    await run(process.execPath, ['sample.mjs'], { cwd: project });
    expect(await profiles()).toBe(before + 1);
  });

  it('runs the README sample as CommonJS with plain node (require("a2p-sim"))', async () => {
    const before = await profiles();
    writeFileSync(join(project, 'sample.cjs'), asCommonJs(sampleFor(url)));
    await run(process.execPath, ['sample.cjs'], { cwd: project });
    expect(await profiles()).toBe(before + 1);
  });

  it('compiles the README sample with tsc --strict against the installed twilio types, no cast', async () => {
    writeFileSync(join(project, 'sample.mts'), sampleFor(url));
    // skipLibCheck as in most projects: twilio's own declarations import jsonwebtoken, whose types it does not ship.
    const tsconfig = {
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: true, types: ['node'] },
      files: ['sample.mts'],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = await run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project }).catch((e: { stdout: string }) => e);
    expect(tsc.stdout).toBe('');
  });

  it('answers --version and --help from the installed command', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf-8')) as { version: string };
    expect((await run('npx', ['--no-install', 'a2p-sim', '--version'], { cwd: project })).stdout.trim()).toContain(pkg.version);
    expect((await run('npx', ['--no-install', 'a2p-sim', 'start', '--help'], { cwd: project })).stdout).toMatch(/Usage/);
  });
});
