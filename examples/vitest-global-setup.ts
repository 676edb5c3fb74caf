// Tested copy of the vitest recipe in docs/testing.md (there it imports from 'a2p-sim').
import type { TestProject } from 'vitest/node';
import { startSimulator, type RunningSimulator } from '../src/index.js';

let running: RunningSimulator | undefined;

// Once per run, before any test file: one simulator on a free port, its clock frozen.
export async function setup(project: Pick<TestProject, 'provide'>): Promise<void> {
  running = await startSimulator({ port: 0, frozen: true, seed: 'ci' });
  project.provide('simUrl', running.url);
}

export async function teardown(): Promise<void> {
  await running?.close();
  running = undefined;
}

// Types `inject('simUrl')` in the test files.
declare module 'vitest' {
  export interface ProvidedContext {
    simUrl: string;
  }
}
