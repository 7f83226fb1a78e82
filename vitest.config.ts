import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary; two cores here, so keep the pool small and steady.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // One temporary folder for the run's files, removed at its end; no CI variable of the run's own (see the files).
    globalSetup: ['./test/temp-root.ts', './test/ci-env.ts'],
  },
});
