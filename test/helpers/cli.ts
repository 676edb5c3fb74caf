/**
 * How tests run the `a2p-sim` command: from the sources through tsx, so a test sees the code as it
 * is now (the built `dist/bin.js` is what test/integration/package.test.ts installs and runs).
 * `spawn(process.execPath, [...CLI, 'scenario', 'list'])`.
 */
export const CLI = ['--import', 'tsx', 'src/bin.ts'];
