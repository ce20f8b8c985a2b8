import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // The data pipeline's own package (scripts/data), installed on demand.
    globalSetup: ['tests/support/dataPipelineSetup.ts'],
    // The data checks (town tiling, mapshaper builds) take seconds on two busy cores.
    testTimeout: 30_000,
  },
});
