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
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';

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

if (!jsOnly) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
