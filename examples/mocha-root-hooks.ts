// Tested copy of the mocha recipe in docs/testing.md (there it imports from 'a2p-sim').
import { startSimulator, type RunningSimulator } from '../src/index.js';

let running: RunningSimulator | undefined;

/** The simulator the root hooks started, for the spec files: `simulator().client()`. */
export function simulator(): RunningSimulator {
  if (!running) throw new Error('Failed to find the simulator: the root hooks have not run. Please load this file with --require.');
  return running;
}

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    running = await startSimulator({ port: 0, frozen: true });
    process.env.A2P_SIM_URL = running.url;
  },
  async afterAll(): Promise<void> {
    await running?.close();
    running = undefined;
  },
};
