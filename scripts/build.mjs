#!/usr/bin/env node
// Builds the package: dist/index.js (the library) and dist/bin.js (the `a2p-sim` command) as ESM
// bundles with esbuild, and dist/types/ (declarations) with tsc. `--js-only` skips the declarations
// (what `npm start` uses to stay quick).
//
// Why a bundle and not tsc's per-file output: the command's time to first response is what users
// feel. Measured on the 2-core dev machine, `a2p-sim start` answered its first request after
// ~580 ms from tsc's output (Node resolves and links ~150 module files) and ~330 ms from a bundle.
// Dependencies are bundled too, except those loaded only on demand or by path: faker (demo
// seeding), swagger-ui-dist and chart.js (served as files) and twilio (the application's own, optional peer).
// pino is bundled: the request log writes through a stream in process, never through pino's
// transports (worker threads that load files by path, which a bundle would break).
// Code splitting keeps dynamic imports lazy (the seeder, the scenario runner, each command).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const jsOnly = process.argv.includes('--js-only');
// --js-only keeps the declarations of the last full build.
if (!jsOnly) rmSync('dist', { recursive: true, force: true });
else if (existsSync('dist')) for (const name of readdirSync('dist')) if (name !== 'types') rmSync(`dist/${name}`, { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts', bin: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['@faker-js/faker', 'chart.js', 'swagger-ui-dist', 'twilio'],
  // Bundled CommonJS dependencies call require() for Node's built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __a2pSimCreateRequire } from 'node:module'; const require = __a2pSimCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
chmodSync('dist/bin.js', 0o755);

// esbuild escapes every non-ASCII character of the code (its default charset) but keeps comments as
// written; one em dash in a comment makes V8 hold the whole file's source as two-byte characters (twice
// the memory: 1.2 MB more heap for the zod and simulator chunks). Comments are the only place such a
// character can be left, so spelling it as \u{…} text changes no code.
for (const dir of ['dist', 'dist/chunks']) {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every non-ASCII character
    const ascii = text.replace(/[^\x00-\x7f]/gu, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
    if (ascii !== text) writeFileSync(file, ascii);
  }
}

if (!jsOnly) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
