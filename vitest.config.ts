import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report feeds the one-line summary that scripts/test-summary.mjs prints after the run.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/results.json' },
  },
});
