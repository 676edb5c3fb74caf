#!/usr/bin/env node
// Generates TypeScript types from the vendored Twilio specs (fixtures/twilio-oai/) with openapi-typescript
// into src/contract/generated/, which is never edited by hand. Run `npm run spec:types` after `npm run spec:update`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const SPECS = ['trusthub_v1', 'messaging_v1', 'numbers_v2', 'api_v2010', 'events_v1'];
const outDir = new URL('../src/contract/generated/', import.meta.url);
mkdirSync(outDir, { recursive: true });

for (const name of SPECS) {
  const source = `fixtures/twilio-oai/twilio_${name}.json`;
  const doc = JSON.parse(readFileSync(new URL(`../${source}`, import.meta.url), 'utf8'));
  // emptyObjectsUnknown: Twilio's property-less objects (`links`, format uri-map) are open maps, not `Record<string, never>`.
  const ast = await openapiTS(doc, { emptyObjectsUnknown: true, silent: true });
  const header = [
    `// GENERATED from ${source} by scripts/spec-types.mjs (openapi-typescript). Do not edit by hand:`,
    '// regenerate with `npm run spec:types` (after `npm run spec:update -- /path/to/twilio-oai/spec/json`).',
    '',
    '',
  ].join('\n');
  writeFileSync(new URL(`${name}.ts`, outDir), header + astToString(ast));
  console.log(`generated src/contract/generated/${name}.ts`);
}
