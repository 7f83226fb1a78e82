// Whose are the comment lines straight above an answer: its section's heading in a file that writes
// one over each section's first answer, that answer's own in one that writes them over its answers
// one by one (entry-place.ts, commentsEachEntry). On the files the project ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { setAnswerInText, type QuestionPlace } from '../../src/answers/edit-answers-text.js';
import { repoRoot } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const placesOf = (path: string): QuestionPlace[] => [...loadQuestionnaireText(read(path)).questionnaire.questions.values()].map((q) => ({ id: q.id, sectionId: q.sectionId }));
/** `text` without the entry `id` (its key line and the lines indented under it). */
const without = (text: string, id: string): string => text.replace(new RegExp(`\\n  ${id}:.*(\\n(    .*|))*?(?=\\n  \\S|\\n\\n)`), '');

it("a comment over each CAF outcome is that outcome's own: a system's new first answer goes above it", () => {
  const places = placesOf('questionnaires/caf-local-government.yaml');
  const file = read('examples/systems/waste-fleet.yaml');
  // B1.a gone, with the comment and blank line over it: B1.b's answer is now the first.
  const text = without(file, 'caf-b1-a').replace('answers:\n  # B1.a Policy development\n\n', 'answers:\n');
  expect(text).toMatch(/answers:\n {2}# B1\.b Policy implementation\n {2}caf-b1-b:\n/);
  expect(setAnswerInText(text, 'caf-b1-a', { status: 'answered', value: 'achieved' }, places)).toBe(text.replace('answers:\n', 'answers:\n  caf-b1-a: achieved\n'));
});

it("a heading over each section's first answer stays that section's: its new first answer goes under it", () => {
  const places = placesOf('questionnaires/council-cyber-resilience.yaml');
  const text = without(read('examples/council-cyber-resilience.answers.yaml'), 'gov-senior-owner');
  expect(text).toMatch(/answers:\n {2}# Leadership and political ownership\n {2}gov-/);
  expect(setAnswerInText(text, 'gov-senior-owner', { status: 'answered', value: 'in-place' }, places)).toBe(
    text.replace('  # Leadership and political ownership\n', '  # Leadership and political ownership\n  gov-senior-owner: in-place\n'),
  );
});

it('one answer with a comment of its own inside a section does not make the headings answers\' own', () => {
  const places = placesOf('questionnaires/council-cyber-resilience.yaml');
  const file = without(read('examples/council-cyber-resilience.answers.yaml'), 'gov-senior-owner');
  const text = file.replace('\n  share-threat-alerts:', '\n  # Alerts go to the service desk and the SIRO.\n  share-threat-alerts:');
  expect(text).not.toBe(file);
  expect(setAnswerInText(text, 'gov-senior-owner', { status: 'answered', value: 'in-place' }, places)).toBe(
    text.replace('  # Leadership and political ownership\n', '  # Leadership and political ownership\n  gov-senior-owner: in-place\n'),
  );
});
