import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary, and much of a file's time is spent waiting: on the binaries it
    // runs, a terminal's redraw, chromium. On this two-core machine a third worker fills those waits:
    // the whole suite took 1,051 s with two and 939 s with three; with the command line's source loaded
    // only by the files that run it in-process (helpers/cli.ts), 914 s with three, 930 s with four.
    pool: 'forks',
    maxWorkers: 3,
    // Generous, since a limit only matters to a test that would otherwise fail: CI is a shared two-core
    // machine, where a test that takes 2 s idle has taken 14-19 s under load. Tests that run many
    // binaries, or a slow external tool, set larger limits of their own; runBinary kills at 45 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // One temporary folder for the run's files, removed at its end; no CI variable of the run's own (see the files).
    globalSetup: ['./test/temp-root.ts', './test/ci-env.ts', './test/ca-certs.ts'],
  },
});
