import { readFileSync } from 'node:fs';
import { packagePath } from '../../paths.js';

/** Reads a JSON fixture shipped in `fixtures/` (resolved from this module, not the working directory). */
export function loadFixture<T>(relativePath: string): T {
  return JSON.parse(readFileSync(packagePath('fixtures', relativePath), 'utf-8')) as T;
}
