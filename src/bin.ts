#!/usr/bin/env node
/** The `a2p-sim` command (bundled to dist/bin.js; run from the sources with `node --import tsx src/bin.ts`). */
import { main } from './sim/cli.js';

await main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
