import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/server.ts'],
    // One browser at a time: the machine has two cores and SwiftShader renders on the CPU.
    fileParallelism: false,
    // The files run one after another in one worker, so they share one browser (each test gets
    // a fresh context of its own, see tests/e2e/support/playwright-helper.ts) instead of
    // launching one per test. Specs keep no state at module level that another file could see.
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
