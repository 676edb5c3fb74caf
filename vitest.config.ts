import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration suites start their own simulator on a free loopback port; they run in parallel.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
