// Where a section's new first answer goes among the comments a council wrote: under a comment line
// that names its section, under a removed answer's own comments, and otherwise above the comment
// lines over the next answer, unless the file writes headings over sections rather than comments
// over answers (entry-place.ts). Through AnswersDocument, as the walk saves, on the shipped files and
// on the layouts a review tried.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AnswersDocument, questionsOfFile } from '../../src/answers/save-answers.js';
import { repoRoot } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const questionnaire = (path: string) => loadQuestionnaireText(read(path)).questionnaire;
const CAF = questionnaire('questionnaires/caf-local-government.yaml');
const COUNCIL = questionnaire('questionnaires/council-cyber-resilience.yaml');
// Sections gov (Governance: owner, cloud), protect (Protection: patched, mfa, cloud-backup) and detect (Detection: logged).
const SYS = questionnaire('test/fixtures/systems/sys.yaml');

/** `text` with `id` answered `value`, as the walk saves it. */
function answered(text: string, q: typeof SYS, id: string, value: string): string {
  const doc = AnswersDocument.parse(text, questionsOfFile(q));
  doc.set(id, { status: 'answered', value });
  return doc.toString();
}
/** `text` without the entry `id` (its key line and the lines indented under it). */
const without = (text: string, id: string): string => text.replace(new RegExp(`\\n  ${id}:.*(\\n(    .*|))*?(?=\\n  \\S|\\n\\n)`), '');
const file = (...answers: string[]): string => `questionnaire: sys\nquestionnaireVersion: 1.0.0\nsystem: social-care\nanswers:\n${answers.map((l) => `  ${l}\n`).join('')}`;

it("a comment over each CAF outcome is that outcome's own: a system's new first answer goes above it", () => {
  // B1.a gone, with the comment and blank line over it: B1.b's answer is now the first.
  const text = without(read('examples/systems/waste-fleet.yaml'), 'caf-b1-a').replace('answers:\n  # B1.a Policy development\n\n', 'answers:\n');
  expect(text).toMatch(/answers:\n {2}# B1\.b Policy implementation\n {2}caf-b1-b:\n/);
  expect(answered(text, CAF, 'caf-b1-a', 'achieved')).toBe(text.replace('answers:\n', 'answers:\n  caf-b1-a: achieved\n'));
});

it("a heading over each section's first answer stays that section's: its new first answer goes under it", () => {
  const text = without(read('examples/council-cyber-resilience.answers.yaml'), 'gov-senior-owner');
  expect(text).toMatch(/answers:\n {2}# Leadership and political ownership\n {2}gov-/);
  const expected = text.replace('  # Leadership and political ownership\n', '  # Leadership and political ownership\n  gov-senior-owner: in-place\n');
  expect(answered(text, COUNCIL, 'gov-senior-owner', 'in-place')).toBe(expected);
  // Nor does a comment of one answer's own inside a section change that.
  const noted = text.replace('\n  share-threat-alerts:', '\n  # Alerts go to the service desk and the SIRO.\n  share-threat-alerts:');
  expect(noted).not.toBe(text);
  expect(answered(noted, COUNCIL, 'gov-senior-owner', 'in-place')).toBe(expected.replace('\n  share-threat-alerts:', '\n  # Alerts go to the service desk and the SIRO.\n  share-threat-alerts:'));
});

it("a heading that names its section is one, straight over the next answer's own comment or not", () => {
  const drawn = file('# == Protection ==', '# MFA: every administrator since June', 'mfa: yes', '# Backups: nightly to the second site', 'cloud-backup: yes', '# == Detection ==', 'logged: yes');
  expect(answered(drawn, SYS, 'patched', 'yes')).toBe(drawn.replace('  # == Protection ==\n', '  # == Protection ==\n  patched: yes\n'));
  // Only one answer that does not start its section, commented: still the heading, as it names it.
  const dated = file('# Protection (checked with the supplier, May 2026)', 'mfa: yes', '# Backups: nightly', 'cloud-backup: yes', '# Detection', 'logged: yes');
  expect(answered(dated, SYS, 'patched', 'yes')).toBe(dated.replace('May 2026)\n', 'May 2026)\n  patched: yes\n'));
});

it("with one answer to each section, each with a comment, the comments are the answers' own", () => {
  const text = file('# Backups: copied to the second data centre each night', 'cloud-backup: yes', '# Logs: sent to the SOC since March', 'logged: yes');
  const first = answered(text, SYS, 'patched', 'yes');
  expect(first).toBe(text.replace('answers:\n', 'answers:\n  patched: yes\n'));
  expect(answered(first, SYS, 'mfa', 'yes')).toBe(text.replace('answers:\n', 'answers:\n  patched: yes\n  mfa: yes\n'));
});

it("an init file whose answer line alone was deleted: the answer goes back under its own comments, not the section's heading", () => {
  const init = `questionnaire: sys\nanswers:\n\n  # 1. Governance\n\n  # Is there a named senior owner?\n  owner: yes\n\n  # Do you use cloud services?\n  cloud: yes\n\n  # 2. Protection\n\n  # Is the system patched within 14 days?\n\n  # Does the system need multi-factor sign-in?\n  mfa: no\n`;
  expect(answered(init, SYS, 'patched', 'yes')).toBe(init.replace('  # Is the system patched within 14 days?\n', '  # Is the system patched within 14 days?\n  patched: yes\n'));
});
