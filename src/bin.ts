#!/usr/bin/env node
/** The `a2p-sim` command (bundled to dist/bin.js; run from the sources with `node --import tsx src/bin.ts`). */
import { run } from './sim/cli.js';

// An exit status rather than process.exit(): `a2p-sim start` resolves once listening and the open server keeps the process alive.
process.exitCode = await run(process.argv.slice(2));
