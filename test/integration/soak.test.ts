import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * `npm run soak`, small: a simulator with --data killed with SIGKILL three times under concurrent
 * creates, restarted each time; every create it acknowledged is served afterwards.
 */
describe('soak: kill -9 under load', () => {
  it('loses no acknowledged create across three kills', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'soak/index.ts', '--kills', '3', '--seconds', '4', '--clients', '8']);
    expect(stdout).toMatch(/^kills: 3$/m);
    const acknowledged = Number(/^acknowledged: (\d+)$/m.exec(stdout)![1]);
    expect(acknowledged).toBeGreaterThan(100);
    expect(stdout).toMatch(/^lost: 0$/m);
  }, 120_000);
});
