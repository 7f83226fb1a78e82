/**
 * The variables of CI systems that the tool acts on, left out of the test run's environment. Run in
 * CI (GitHub Actions sets GITHUB_ACTIONS and GITHUB_WORKSPACE, GitLab CI sets GITLAB_CI and
 * CI_PROJECT_DIR), every binary a test starts with the inherited environment turned its warnings
 * into `::warning` annotations and named files from the suite's own checkout, so tests passed on a
 * laptop and failed in CI. runBinary and runInProcess give a clean environment of their own; this
 * covers the tests that spawn the binary otherwise (setpriv, pipes, tmux). Vitest's workers inherit
 * this process's environment, as temp-root.ts relies on too. A test that wants a variable sets it.
 */
const CI_VARIABLES = ['GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITHUB_STEP_SUMMARY', 'GITLAB_CI', 'CI_PROJECT_DIR'] as const;

export function setup(): () => void {
  const previous = CI_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of CI_VARIABLES) delete process.env[name];
  return () => {
    for (const [name, value] of previous) if (value !== undefined) process.env[name] = value;
  };
}
