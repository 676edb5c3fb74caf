import { readFileSync } from 'node:fs';

/** Reads a JSON fixture shipped in `fixtures/` (resolved from this module, not the working directory). */
export function loadFixture<T>(relativePath: string): T {
  const url = new URL(`../../../fixtures/${relativePath}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf-8')) as T;
}
