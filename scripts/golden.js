// The golden reports: what `assess` prints for fixed inputs in each format, with the tool's
// version replaced so that a release does not change them. Shared by `npm run golden` and the tests.
import { readFileSync } from 'node:fs';

export const GOLDEN_VERSION = '0.0.0-golden';
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const EXAMPLE = ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];
const MINI = [
  'assess', '--questionnaire-dir', 'test/fixtures/valid', '--answers', 'test/fixtures/valid/mini.answers.yaml', '--today', '2026-11-23',
  '--min-score', '70', '--fail-on', 'high', '--profile', 'baseline', '--fail-on-stale',
];
const SYSTEMS = ['assess', '-q', 'test/fixtures/systems/sys.yaml', '--answers', 'test/fixtures/systems/sys.answers.yaml', '--today', '2026-11-23'];

// Critical systems (SPEC "v2: critical systems"): three systems, one in its own file, with a waiver,
// a "don't know", a stale answer and a profile that one system fails.
const SYSTEMS_GATED = [
  'assess', '-q', 'test/fixtures/systems/sys.yaml', '--answers', 'test/fixtures/systems/sys.answers.yaml', '--today', '2026-11-23', '--profile', 'baseline', '--fail-on', 'high',
];

export const goldenCases = [
  ...Object.entries({ json: 'assessment.json', text: 'txt', markdown: 'md', junit: 'junit.xml', sarif: 'sarif', gitlab: 'codequality.json', csv: 'csv', html: 'html' }).map(([format, ext]) => ({
    file: `test/golden/council-cyber-resilience.${ext}`,
    args: [...EXAMPLE, '--format', format],
  })),
  // The other bundled questionnaires' examples, so a change to their content shows in review.
  ...['cyber-essentials-readiness', 'caf-local-government'].flatMap((id) => [
    { file: `test/golden/${id}.assessment.json`, args: ['assess', '--answers', `examples/${id}.answers.yaml`, '--today', '2026-11-23', '--format', 'json'] },
    { file: `test/golden/${id}.md`, args: ['assess', '--answers', `examples/${id}.answers.yaml`, '--today', '2026-11-23', '--format', 'markdown'] },
  ]),
  // The Word report as mammoth reads its text (a .docx is a zip whose bytes say little in review).
  { file: 'test/golden/council-cyber-resilience.docx.txt', args: [...EXAMPLE, '--format', 'docx'], docx: true },
  { file: 'test/golden/mini-with-gates.assessment.json', args: [...MINI, '--format', 'json'] },
  { file: 'test/golden/mini-with-gates.md', args: [...MINI, '--format', 'markdown'] },
  { file: 'test/golden/mini-with-gates.junit.xml', args: [...MINI, '--format', 'junit'] },
  // The terminal report in full, and its summary with every kind of gate.
  { file: 'test/golden/council-cyber-resilience.detail.txt', args: [...EXAMPLE, '--format', 'text', '--detail'] },
  { file: 'test/golden/mini-with-gates.txt', args: [...MINI, '--format', 'text'] },
  { file: 'test/golden/systems.txt', args: [...SYSTEMS_GATED, '--format', 'text'] },
  { file: 'test/golden/systems.detail.txt', args: [...SYSTEMS_GATED, '--format', 'text', '--detail'] },
  { file: 'test/golden/systems.md', args: [...SYSTEMS_GATED, '--format', 'markdown'] },
  { file: 'test/golden/systems.docx.txt', args: [...SYSTEMS_GATED, '--format', 'docx'], docx: true },
  {
    file: 'test/golden/mini-diff.md',
    args: ['diff', '--questionnaire-dir', 'test/fixtures/valid', '--today', '2026-11-23', 'test/fixtures/valid/mini.answers.yaml', 'test/fixtures/valid/mini-good.answers.yaml', '--format', 'markdown'],
  },
  // Critical systems in the machine formats (one in its own file) and in diff (one added, one removed).
  ...Object.entries({ junit: 'junit.xml', sarif: 'sarif', gitlab: 'codequality.json', csv: 'csv' }).map(([format, ext]) => ({
    file: `test/golden/systems.${ext}`,
    args: [...SYSTEMS, '--fail-on', 'high', '--profile', 'baseline', '--format', format],
  })),
  { file: 'test/golden/systems-diff.md', args: ['diff', '-q', 'test/fixtures/systems/sys.yaml', '--today', '2026-11-23', 'test/fixtures/systems/sys.answers.yaml', 'test/fixtures/systems/next/sys.answers.yaml', '--format', 'markdown'] },
  // diff's Word paper as mammoth reads its text, as the assess Word paper's golden is.
  { file: 'test/golden/systems-diff.docx.txt', args: ['diff', '-q', 'test/fixtures/systems/sys.yaml', '--today', '2026-11-23', 'test/fixtures/systems/sys.answers.yaml', 'test/fixtures/systems/next/sys.answers.yaml', '--format', 'docx'], docx: true },
];

/** The output with the tool version made stable. */
export function sanitize(text) {
  return text
    .replaceAll(`"version": "${version}"`, `"version": "${GOLDEN_VERSION}"`)
    .replaceAll(`"semanticVersion": "${version}"`, `"semanticVersion": "${GOLDEN_VERSION}"`)
    .replaceAll(`cyber-ready ${version}`, `cyber-ready ${GOLDEN_VERSION}`);
}
