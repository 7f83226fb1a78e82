// The golden assessments: what `assess --format json` prints for fixed inputs, with the tool's
// version replaced so that a release does not change them. Shared by `npm run golden` and the tests.
export const GOLDEN_VERSION = '0.0.0-golden';

export const goldenCases = [
  {
    file: 'test/golden/council-cyber-resilience.assessment.json',
    args: ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--format', 'json'],
  },
  {
    file: 'test/golden/mini-with-gates.assessment.json',
    args: [
      'assess', '--questionnaire-dir', 'test/fixtures/valid', '--answers', 'test/fixtures/valid/mini.answers.yaml', '--today', '2026-11-23',
      '--min-score', '70', '--fail-on', 'high', '--profile', 'baseline', '--fail-on-stale', '--format', 'json',
    ],
  },
];

/** The report with the tool version made stable. */
export function sanitize(json) {
  const report = JSON.parse(json);
  report.tool.version = GOLDEN_VERSION;
  return `${JSON.stringify(report, null, 2)}\n`;
}
