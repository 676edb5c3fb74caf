import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder, found by walking up from this module to the `package.json` named
 * a2p-sim. The same code runs from the sources (`src/sim/paths.ts` under tsx or vitest) and from
 * the built bundle (`dist/*.js`, where every module shares one file), so files shipped beside the
 * code (fixtures, dashboard assets) are found from the root rather than from a module's own depth.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf-8')) as { name?: string }).name === 'a2p-sim') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Failed to find a2p-sim's package.json above ${fileURLToPath(import.meta.url)}. Please reinstall the package.`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot();

/** A path inside the package: `packagePath('fixtures', 'numbers', 'us.json')`. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

export const PACKAGE_VERSION = (JSON.parse(readFileSync(packagePath('package.json'), 'utf-8')) as { version: string }).version;
