import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeBlock {
  /** The fence's info string (`ts`, `sh`, `yaml`…; empty for a bare fence). */
  lang: string;
  code: string;
  /** The heading the block sits under, for messages. */
  section: string;
}

/** The fenced code blocks of the repository's README, in order. */
export function readmeBlocks(readme = readFileSync(join(process.cwd(), 'README.md'), 'utf-8')): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let section = '';
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of readme.split('\n')) {
    const fence = /^```(\S*)/.exec(line);
    if (open) {
      if (fence && line.trim() === '```') {
        blocks.push({ lang: open.lang, code: open.lines.join('\n'), section });
        open = undefined;
      } else open.lines.push(line);
    } else if (fence) open = { lang: fence[1]!, lines: [] };
    else if (line.startsWith('#')) section = line.replace(/^#+\s*/, '');
  }
  return blocks;
}

/** The README's SDK sample: the TypeScript block of "Using it with the official SDK". */
export function readmeSdkSample(): string {
  const block = readmeBlocks().find((b) => b.lang === 'ts' && b.section === 'Using it with the official SDK');
  if (!block) throw new Error('README.md has no ```ts block under "Using it with the official SDK": the SDK sample is what new users copy first.');
  return block.code;
}
