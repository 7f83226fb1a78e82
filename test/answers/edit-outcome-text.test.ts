// An outcome question is saved one indicator at a time, then confirmed (SPEC "v2: questions answered
// by indicators" and "v2: writing files safely"): each save is a minimal edit of the text, with the
// file's own indentation and line ends, and a save that changes nothing returns the same string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAnswerInText, type AnswerUpdate, type QuestionPlace } from '../../src/answers/edit-answers-text.js';
import { renderAnswersTemplate } from '../../src/answers/render-template.js';
import { repoRoot } from '../helpers/cli.js';
import { answersFromText, loadQuestionnaireText } from '../helpers/load.js';
import { lineDiff } from '../helpers/line-diff.js';

const questions: QuestionPlace[] = [
  { id: 'caf-a1-a', sectionId: 'a1', indicators: ['A1.a.NA.1', 'A1.a.A.1', 'A1.a.A.2', 'A1.a.A.3'] },
  { id: 'caf-a1-b', sectionId: 'a1', indicators: ['A1.b.NA.1', 'A1.b.A.1'] },
  { id: 'caf-a1-c', sectionId: 'a1', indicators: ['A1.c.NA.1', 'A1.c.A.1'] },
];
const A2: AnswerUpdate = { status: 'indicator', indicator: 'A1.a.A.2', value: true };
const set = (text: string, update: AnswerUpdate = A2, question = 'caf-a1-a'): string => setAnswerInText(text, question, update, questions);

const cases: { name: string; before: string; update?: AnswerUpdate; question?: string; after: string }[] = [
  {
    name: '1. no entry: a new block in questionnaire order',
    before: 'answers:\n  caf-a1-b: { status: unknown }\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n  caf-a1-b: { status: unknown }\n',
  },
  {
    name: '1. no entry, after the one before it, in a file indented by four',
    before: 'answers:\n    caf-a1-a:\n        note: x\n    caf-a1-c: { status: unknown }\n',
    question: 'caf-a1-b',
    update: { status: 'indicator', indicator: 'A1.b.A.1', value: 'unknown' },
    after: 'answers:\n    caf-a1-a:\n        note: x\n    caf-a1-b:\n        indicators:\n            A1.b.A.1: unknown\n    caf-a1-c: { status: unknown }\n',
  },
  {
    name: '1. no answers yet',
    before: 'questionnaire: q\nanswers: {}\n',
    after: 'questionnaire: q\nanswers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n',
  },
  {
    name: '2. an empty entry, with a comment after it',
    before: 'answers:\n  caf-a1-a:   # board\n  caf-a1-b:\n',
    after: 'answers:\n  caf-a1-a:   # board\n    indicators:\n      A1.a.A.2: true\n  caf-a1-b:\n',
  },
  {
    name: '2. an empty entry at the end of a file without a last line break',
    before: 'answers:\n  caf-a1-a:',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n',
  },
  {
    name: '3. a block entry without indicators: added after its last field',
    before: 'answers:\n  caf-a1-a:\n    note: >-\n      Folded\n      note.\n    evidence: [a, b]   # kept\n    owner: Me\n\n  # next\n  caf-a1-b:\n',
    after: 'answers:\n  caf-a1-a:\n    note: >-\n      Folded\n      note.\n    evidence: [a, b]   # kept\n    owner: Me\n    indicators:\n      A1.a.A.2: true\n\n  # next\n  caf-a1-b:\n',
  },
  {
    name: '4. indicators: with nothing',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n    owner: Me\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n    owner: Me\n',
  },
  {
    name: '4. indicators: {}',
    before: 'answers:\n  caf-a1-a:\n    indicators: {}   # none yet\n    owner: Me\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:   # none yet\n      A1.a.A.2: true\n    owner: Me\n',
  },
  {
    name: '5. the key is there, empty, as init writes it: only its value',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      # one\n      A1.a.A.1:\n      # two\n      A1.a.A.2:\n\n  # next question\n  caf-a1-b:\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      # one\n      A1.a.A.1:\n      # two\n      A1.a.A.2: true\n\n  # next question\n  caf-a1-b:\n',
  },
  {
    name: '5. the key says something else',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: unknown   # ask IT\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true   # ask IT\n',
  },
  {
    name: '6. a new key after the nearest earlier indicator, comments staying above their keys',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      # Not achieved\n      A1.a.NA.1: false\n      # Achieved\n      A1.a.A.1: true\n      # third\n      A1.a.A.3: false\n    owner: Me\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      # Not achieved\n      A1.a.NA.1: false\n      # Achieved\n      A1.a.A.1: true\n      A1.a.A.2: true\n      # third\n      A1.a.A.3: false\n    owner: Me\n',
  },
  {
    name: '6. a new first key goes straight after indicators:',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      # Achieved\n      A1.a.A.3: false\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n      # Achieved\n      A1.a.A.3: false\n',
  },
  {
    name: '7. a flow mapping of indicators: the new one goes in among the others, in order, which keep their spacing',
    before: 'answers:\n  caf-a1-a:\n    indicators: {A1.a.A.1: yes,  A1.a.A.3: false}   # kept\n    owner: Me\n',
    after: 'answers:\n  caf-a1-a:\n    indicators: {A1.a.A.1: yes, A1.a.A.2: true,  A1.a.A.3: false}   # kept\n    owner: Me\n',
  },
  {
    name: '8. a "don\'t know" said first goes',
    before: 'answers:\n  caf-a1-a:\n    status: not-applicable\n    reason: Not ours\n    owner: Me\n',
    after: 'answers:\n  caf-a1-a:\n    owner: Me\n    indicators:\n      A1.a.A.2: true\n',
  },
  {
    name: '8. a status that was the only field',
    before: 'answers:\n  caf-a1-a:\n    status: unknown\n  caf-a1-b:\n',
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n  caf-a1-b:\n',
  },
  // README: an answer in braces is edited in them, an outcome's on one line too (it was written again as a block).
  {
    name: '9. a flow entry keeps its braces and its other fields; the indicators go in braces inside them',
    before: 'answers:\n  caf-a1-a: { status: unknown, owner: Me, evidence: [a, b] }   # asked\n  caf-a1-b:\n',
    after: 'answers:\n  caf-a1-a: { owner: Me, evidence: [a, b], indicators: { A1.a.A.2: true } }   # asked\n  caf-a1-b:\n',
  },
  {
    name: '9. a flow entry with flow indicators',
    before: 'answers:\n  caf-a1-a: { indicators: { A1.a.A.3: true }, owner: Me }\n',
    after: 'answers:\n  caf-a1-a: { indicators: { A1.a.A.2: true, A1.a.A.3: true }, owner: Me }\n',
  },
  {
    name: '9. a flow entry confirmed, the indicators after its fields',
    before: 'answers:\n  caf-a1-a: { confirmed: partially-achieved, justification: "Carried from 1.x" }  # carried\n',
    after: 'answers:\n  caf-a1-a: { confirmed: partially-achieved, justification: "Carried from 1.x", indicators: { A1.a.A.2: true } }  # carried\n',
  },
  {
    // Nothing in the braces outlives the answer, and one line would grow to every statement of the outcome.
    name: "9. a flow entry that said only \"don't know\" becomes a block of the statements",
    before: 'answers:\n  caf-a1-a: {status: unknown}  # ask\n  caf-a1-b: { status: unknown }\n',
    after: 'answers:\n  caf-a1-a:  # ask\n    indicators:\n      A1.a.A.2: true\n  caf-a1-b: { status: unknown }\n',
  },
  {
    // Inside `answers: { … }` no block can go: the emptied braces are filled, spaced as they were.
    name: "9. a flow entry that said only \"don't know\", in a flow mapping of answers",
    before: 'answers: { caf-a1-a: {status: unknown}, caf-a1-b: { status: unknown } }\n',
    after: 'answers: { caf-a1-a: {indicators: {A1.a.A.2: true}}, caf-a1-b: { status: unknown } }\n',
  },
  {
    name: 'confirmed: added after the last field',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2:\n\n  # next\n  caf-a1-b:\n',
    update: { status: 'confirmed', confirmed: 'achieved', justification: 'Seen the minutes.\nAll of them.' },
    after: 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2:\n    confirmed: achieved\n    justification: "Seen the minutes.\\nAll of them."\n\n  # next\n  caf-a1-b:\n',
  },
  {
    name: 'confirmed: replaced, and the justification removed',
    before: 'answers:\n  caf-a1-a:\n    confirmed: achieved   # by the board\n    justification: >-\n      Long\n      text.\n    owner: Me\n',
    update: { status: 'confirmed', confirmed: 'not-achieved' },
    after: 'answers:\n  caf-a1-a:\n    confirmed: not-achieved   # by the board\n    owner: Me\n',
  },
  {
    name: 'confirmed: both undefined removes both',
    before: 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: true }\n    confirmed: achieved\n    justification: x\n',
    update: { status: 'confirmed' },
    after: 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: true }\n',
  },
  {
    name: 'confirmed: an empty entry becomes a block',
    before: 'answers:\n  caf-a1-a:\n  caf-a1-b:\n',
    update: { status: 'confirmed', confirmed: 'partially-achieved', justification: 'Audit: see note' },
    after: 'answers:\n  caf-a1-a:\n    confirmed: partially-achieved\n    justification: "Audit: see note"\n  caf-a1-b:\n',
  },
  {
    name: 'confirmed: a missing entry, a "don\'t know" replaced',
    before: 'answers:\n  caf-a1-a:\n    status: unknown\n    note: asked\n',
    update: { status: 'confirmed', confirmed: 'achieved', justification: 'j' },
    after: 'answers:\n  caf-a1-a:\n    note: asked\n    confirmed: achieved\n    justification: j\n',
  },
  {
    name: 'confirmed: a new entry in questionnaire order',
    before: 'answers:\n  caf-a1-a: { status: unknown }\n  caf-a1-c: { status: unknown }\n',
    question: 'caf-a1-b',
    update: { status: 'confirmed', confirmed: 'achieved', justification: 'j' },
    after: 'answers:\n  caf-a1-a: { status: unknown }\n  caf-a1-b:\n    confirmed: achieved\n    justification: j\n  caf-a1-c: { status: unknown }\n',
  },
  {
    name: "don't know removes indicators, comments, confirmed and justification whole; other fields and the comments stay",
    before:
      'answers:\n  caf-a1-a:\n    indicators:\n      # one\n      A1.a.A.1: true\n      A1.a.A.2:\n    comments:\n      A1.a.A.1: >-\n        Folded\n        comment.\n    note: kept\n    confirmed: achieved\n    justification: x\n\n  # next\n  caf-a1-b:\n',
    update: { status: 'unknown' },
    after: 'answers:\n  caf-a1-a:\n    # one\n    note: kept\n    status: unknown\n\n  # next\n  caf-a1-b:\n',
  },
  {
    name: 'not applicable on an init entry: its comments and the next question\'s stay',
    before: 'answers:\n  caf-a1-a:\n    indicators:\n      # one\n      A1.a.A.1:\n\n  # next\n  caf-a1-b:\n',
    update: { status: 'not-applicable', reason: 'Not ours' },
    after: 'answers:\n  caf-a1-a:\n    # one\n    status: not-applicable\n    reason: Not ours\n\n  # next\n  caf-a1-b:\n',
  },
  {
    name: "don't know on a flow outcome entry",
    before: 'answers:\n  caf-a1-a: { indicators: { A1.a.A.1: true }, owner: Me }\n',
    update: { status: 'unknown' },
    after: 'answers:\n  caf-a1-a: { owner: Me, status: unknown }\n',
  },
  {
    name: 'a note alone (--notes after an outcome): replaced in place, nothing else touched',
    before: 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: true }\n    note: >-\n      Old\n      words.\n    owner: Me\n',
    update: { status: 'note', note: 'New words' },
    after: 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: true }\n    note: New words\n    owner: Me\n',
  },
  {
    name: 'a note alone on a flow outcome entry',
    before: 'answers:\n  caf-a1-a: { indicators: { A1.a.A.1: true }, owner: Me }\n',
    update: { status: 'note', note: 'yes' },
    after: 'answers:\n  caf-a1-a: { indicators: { A1.a.A.1: true }, owner: Me, note: "yes" }\n',
  },
];

describe('setting an outcome answer in the text', () => {
  it.each(cases)('$name', ({ before, update, question, after }) => {
    expect(set(before, update, question)).toBe(after);
  });

  it.each(cases)('keeps CRLF line ends: $name', ({ before, update, question, after }) => {
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
    expect(set(crlf(before), update, question)).toBe(crlf(after));
  });

  it.each([
    ['the same value', 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: true\n', A2],
    ['yes for true', 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: yes\n', A2],
    ['True for true', 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: True }\n', A2],
    ['no for false', 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: no\n', { status: 'indicator', indicator: 'A1.a.A.2', value: false }],
    ['unknown', 'answers:\n  caf-a1-a:\n    indicators:\n      A1.a.A.2: unknown\n', { status: 'indicator', indicator: 'A1.a.A.2', value: 'unknown' }],
    ['the same confirmation', 'answers:\n  caf-a1-a:\n    confirmed: achieved\n    justification: j\n', { status: 'confirmed', confirmed: 'achieved', justification: 'j' }],
    ['no confirmation to remove', 'answers:\n  caf-a1-a:\n    indicators: { A1.a.A.2: true }\n', { status: 'confirmed' }],
    ['no confirmation to remove from an empty entry', 'answers:\n  caf-a1-a:\n', { status: 'confirmed' }],
    ['no confirmation for a missing entry', 'answers:\n  caf-a1-b:\n', { status: 'confirmed' }],
  ] as [string, string, AnswerUpdate][])('changes nothing when the file already says so: %s', (_name, text, update) => {
    expect(set(text, update)).toBe(text);
  });
});


describe('the CAF for local government', () => {
  const loaded = loadQuestionnaireText(readFileSync(join(repoRoot, 'questionnaires/caf-local-government.yaml'), 'utf8'));
  const { questionnaire } = loaded;
  const places: QuestionPlace[] = [...questionnaire.questions.values()].map((q) => ({ id: q.id, sectionId: q.sectionId, ...(q.indicators ? { indicators: q.indicators.map((i) => i.id) } : {}) }));
  const indicatorsOf = (id: string): string[] => questionnaire.questions.get(id)!.indicators!.map((i) => i.id);

  it('an init template: each indicator of caf-a1-a set in turn changes exactly its own line', () => {
    let text = renderAnswersTemplate(questionnaire, { schemaRef: 'schemas/answers.schema.json', today: '2026-11-23', toolVersion: 'test' });
    const ids = indicatorsOf('caf-a1-a');
    expect(ids.length).toBeGreaterThan(3);
    ids.forEach((id, n) => {
      const value = n % 3 === 0 ? true : n % 3 === 1 ? false : 'unknown';
      const next = setAnswerInText(text, 'caf-a1-a', { status: 'indicator', indicator: id, value }, places);
      expect(lineDiff(text, next)).toEqual({ removed: [`      ${id}:`], added: [`      ${id}: ${String(value)}`] });
      expect(setAnswerInText(next, 'caf-a1-a', { status: 'indicator', indicator: id, value }, places)).toBe(next);
      text = next;
    });
  });

  it('the example with caf-a2-b removed: its indicators and confirmation given again come back as added lines that validate', () => {
    const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
    const entry = /^ {2}caf-a2-b:\n(?: {4}.*\n| {6}.*\n)*/m.exec(example)![0];
    const without = example.replace(entry, '');
    expect(without).not.toContain('caf-a2-b');
    let text = without;
    const ids = indicatorsOf('caf-a2-b');
    for (const [n, id] of ids.entries()) text = setAnswerInText(text, 'caf-a2-b', { status: 'indicator', indicator: id, value: n % 2 === 0 }, places);
    text = setAnswerInText(text, 'caf-a2-b', { status: 'confirmed', confirmed: 'not-achieved', justification: 'Checked with:\nInternal Audit' }, places);
    const { added, removed } = lineDiff(without, text);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  caf-a2-b:',
      '    indicators:',
      ...ids.map((id, n) => `      ${id}: ${n % 2 === 0}`),
      '    confirmed: not-achieved',
      '    justification: "Checked with:\\nInternal Audit"',
    ]);
    // In questionnaire order: after caf-a2-a's entry, before caf-a2-c's heading.
    expect(text.indexOf('caf-a2-b:')).toBeGreaterThan(text.indexOf('caf-a2-a:'));
    expect(text.indexOf('caf-a2-b:')).toBeLessThan(text.indexOf('# A2.c'));
    const { answers, diagnostics } = answersFromText(text, loaded);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(answers?.answers.get('caf-a2-b')).toMatchObject({ status: 'answered' });
  });
});
