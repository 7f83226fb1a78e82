import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary, and much of a file's time is spent waiting: on the binaries it
    // runs, a terminal's redraw, chromium. On this two-core machine a third worker fills those waits:
    // the whole suite took 1,051 s with two and 939 s with three; with the command line's source loaded
    // only by the files that run it in-process (helpers/cli.ts), 914 s with three, 930 s with four.
    // Keys that wait for the redraw (helpers/tmux.ts) and workers that start without the host's
    // NODE_EXTRA_CA_CERTS (ca-certs.ts) made it 907 s on a fresh clone's empty cache (992-1,029 s
    // before); four workers then 1,035 s (with process accounting on). Letting the files that only
    // start binaries share workers (isolate: false, by project) saved nothing measurable on top
    // (915 s), so every file keeps a process of its own. Six workers then: 885 s in a clone and 909 s
    // on a fresh clone's CI (967 s with three), every test passing; the tmux files also passed twelve
    // at once (load 17). A pool of threads was slower (1,277 s): each binary a test starts is then
    // forked from the one large vitest process, and a fork costs more the larger its parent.
    pool: 'forks',
    maxWorkers: 6,
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
