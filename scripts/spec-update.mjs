#!/usr/bin/env node
// Replaces the vendored Twilio specs with those of a twilio-oai checkout and records where they came from.
//
//   npm run spec:update -- /path/to/twilio-oai/spec/json [--regenerated YYYY-MM-DD]
//   npm run spec:types
//
// The files are copied byte for byte (the specs are the judge, so they are never edited here), then
// fixtures/twilio-oai/PROVENANCE.md is rewritten with each file's sha256 and size. When the source is a
// git checkout its commit is recorded; `--regenerated` records the date twilio-oai gives for the specs.
// Passing fixtures/twilio-oai itself only rewrites PROVENANCE.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = ['twilio_trusthub_v1.json', 'twilio_messaging_v1.json', 'twilio_numbers_v2.json', 'twilio_api_v2010.json', 'twilio_events_v1.json'];
const REPO = 'https://github.com/twilio/twilio-oai';
const target = fileURLToPath(new URL('../fixtures/twilio-oai/', import.meta.url));

function fail(why, please) {
  console.error(`Failed to update the Twilio specs: ${why}. Please ${please}.`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flag = args.indexOf('--regenerated');
const regenerated = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
if (regenerated !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(regenerated)) fail(`--regenerated ${regenerated} is not a date`, 'write it as YYYY-MM-DD');
const [dir] = args;
if (!dir) fail('no source directory given', 'pass the spec/json directory of a twilio-oai checkout');
const source = resolve(dir);

for (const file of FILES) {
  const path = resolve(source, file);
  if (!existsSync(path)) fail(`${path} does not exist`, 'pass the spec/json directory of a twilio-oai checkout');
  let doc;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path} is not JSON (${e.message})`, 'check the checkout is complete');
  }
  if (typeof doc.openapi !== 'string' || !doc.paths) fail(`${path} is not an OpenAPI document`, 'pass the spec/json directory of a twilio-oai checkout');
}

const sameDir = source === resolve(target);
if (!sameDir) for (const file of FILES) copyFileSync(resolve(source, file), resolve(target, file));

function git(...gitArgs) {
  try {
    return execFileSync('git', ['-C', source, ...gitArgs], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
const commit = sameDir ? undefined : git('rev-parse', 'HEAD');
const commitDate = commit ? git('log', '-1', '--format=%cs') : undefined;

const rows = FILES.map((file) => {
  const bytes = readFileSync(resolve(target, file));
  const { info, openapi } = JSON.parse(bytes.toString('utf8'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return `| ${file} | ${bytes.length} | \`${sha256}\` | ${openapi} | ${info?.version ?? ''} |`;
});

const origin = [
  `- Source: Twilio's public repository ${REPO}, directory \`spec/json\`.`,
  commit ? `- Upstream commit: [\`${commit}\`](${REPO}/tree/${commit}/spec/json) (committed ${commitDate}).` : undefined,
  regenerated ? `- Regenerated upstream: ${regenerated}.` : undefined,
  '- Copied unchanged (byte for byte); the hashes below are of the files in this directory.',
  "- License: MIT, Twilio Inc. (LICENSE beside this file). The documents' own `info.license` field names Apache 2.0; the repository that publishes them is MIT-licensed.",
].filter(Boolean);

const text = `# Provenance of the vendored Twilio specs

Written by \`scripts/spec-update.mjs\`; do not edit by hand.

${origin.join('\n')}

| file | bytes | sha256 | openapi | info.version |
|---|---|---|---|---|
${rows.join('\n')}

## Updating

\`\`\`sh
git clone --depth 1 ${REPO} /path/to/twilio-oai
npm run spec:update -- /path/to/twilio-oai/spec/json && npm run spec:types
\`\`\`

\`spec:update\` copies the five files here and rewrites this page (add \`--regenerated YYYY-MM-DD\` to record the
date twilio-oai states for the specs); \`spec:types\` regenerates \`src/contract/generated/\`. Then run
\`npm test\`: the response validator judges the simulator by the new specs, so any drift shows up as violations.
`;

writeFileSync(resolve(target, 'PROVENANCE.md'), text);
console.log(`${sameDir ? 'kept' : `copied ${FILES.length} specs from ${source} into`} fixtures/twilio-oai/; wrote PROVENANCE.md`);
