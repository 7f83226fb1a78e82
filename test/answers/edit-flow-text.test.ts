// Answers held in a flow collection are edited in it, in place: a value replaced, an item added or
// taken out; an answer changed there keeps what else its entry says (SPEC "v2: writing files
// safely"). The collection was once written again on one line, which lost the comments of one a
// council had spread over lines.
import { describe, expect, it } from 'vitest';
import { setAnswerInText, type AnswerUpdate, type QuestionPlace } from '../../src/answers/edit-answers-text.js';
import { addSystemInText } from '../../src/answers/edit-systems-text.js';

const places: QuestionPlace[] = [
  { id: 'owner', sectionId: 'gov' },
  { id: 'cloud', sectionId: 'gov' },
  { id: 'caf-a1', sectionId: 'gov', indicators: ['A.1', 'A.2'] },
];

const HEAD = `# Kept by hand.
questionnaire: sys      # aligned
organisation: >-
  Test
  Council
`;
const TAIL = `# after
waivers:
- question: cloud
  reason:   'Moving in May'
  approvedBy: Committee
  expires: 2027-01-01   # x
`;
const file = (answers: string): string => `${HEAD}answers: ${answers}   # flow\n${TAIL}`;
const set = (text: string, question: string, update: AnswerUpdate): string => setAnswerInText(text, question, update, places);

describe('answers written as a flow mapping', () => {
  it.each([
    { name: 'a new answer, with spaces inside the braces as written', before: '{ owner: yes }', question: 'cloud', update: { status: 'answered', value: 'no' }, after: '{ owner: yes, cloud: no }' },
    { name: 'a new answer before the others, in questionnaire order', before: '{cloud: no}', question: 'owner', update: { status: 'answered', value: 'yes' }, after: '{owner: yes, cloud: no}' },
    { name: 'a new answer', before: '{owner: yes}', question: 'cloud', update: { status: 'answered', value: 'no' }, after: '{owner: yes, cloud: no}' },
    {
      name: 'a changed answer keeps its owner and evidence',
      before: '{owner: {value: no, owner: Jo,  evidence: [Minutes]}, cloud: yes}',
      question: 'owner',
      update: { status: 'answered', value: 'yes' },
      after: '{owner: {value: yes, owner: Jo,  evidence: [Minutes]}, cloud: yes}',
    },
    { name: 'a long form with nothing else to keep becomes the short form', before: '{owner: {status: unknown}}', question: 'owner', update: { status: 'answered', value: 'yes' }, after: '{owner: yes}' },
    { name: "a don't know", before: '{owner: yes}', question: 'owner', update: { status: 'unknown' }, after: '{owner: {status: unknown}}' },
    {
      name: 'an indicator keeps the other indicators',
      before: '{caf-a1: {indicators: {A.1: true}, comments: {A.1: Seen}}}',
      question: 'caf-a1',
      update: { status: 'indicator', indicator: 'A.2', value: false },
      after: '{caf-a1: {indicators: {A.1: true, A.2: false}, comments: {A.1: Seen}}}',
    },
  ] as { name: string; before: string; question: string; update: AnswerUpdate; after: string }[])('$name: only that line changes', ({ before, question, update, after }) => {
    expect(set(file(before), question, update)).toBe(file(after));
  });

  it('leaves the text alone when the answer is already there, `true` for `yes` included', () => {
    const text = file('{owner:   true}');
    expect(set(text, 'owner', { status: 'answered', value: 'yes' })).toBe(text);
    const outcome = file('{caf-a1: {indicators: {A.1: yes}}}');
    expect(set(outcome, 'caf-a1', { status: 'indicator', indicator: 'A.1', value: true })).toBe(outcome);
  });

  it('a system written as a flow entry gets its answers in that entry alone', () => {
    const text = `${HEAD}systems:\n  - {id: pay,  title: Payroll}   # HR's\n${TAIL}`;
    expect(setAnswerInText(text, 'cloud', { status: 'answered', value: 'no' }, places, ['systems', 0, 'answers'])).toBe(`${HEAD}systems:\n  - {id: pay,  title: Payroll, answers: {cloud: no}}   # HR's\n${TAIL}`);
  });

  it('a new system in a flow list of systems changes that list alone', () => {
    const text = `${HEAD}systems: [{id: pay, title: Payroll}]   # two\n${TAIL}`;
    expect(addSystemInText(text, { id: 'waste', title: 'Waste' })).toBe(`${HEAD}systems: [{id: pay, title: Payroll}, {id: waste, title: Waste}]   # two\n${TAIL}`);
  });

  describe('spread over lines, with comments inside', () => {
    const block = (answers: string): string => `${HEAD}answers: ${answers}\n${TAIL}`;

    it('a new answer goes on a line of its own, in questionnaire order; the comments stay where they were', () => {
      const text = block('{\n  # the owner is the chief executive\n  owner: yes,  # since May\n  # cloud: for the board\n}');
      expect(set(text, 'cloud', { status: 'answered', value: 'no' })).toBe(block('{\n  # the owner is the chief executive\n  owner: yes,  # since May\n  cloud: no,\n  # cloud: for the board\n}'));
    });

    it('a changed answer changes its value alone, and a field that goes leaves its comment', () => {
      const text = block('{ owner: { status: not-applicable,  # agreed by the board\n           reason: Shared service,  # with the county\n           owner: Jo } }');
      expect(set(text, 'owner', { status: 'answered', value: 'yes' })).toBe(block('{ owner: { value: yes,  # agreed by the board\n           # with the county\n           owner: Jo } }'));
    });

    it("an outcome's indicator goes in among the others, in their order", () => {
      const text = block('{ caf-a1: { indicators: { A.2: true,  # minutes\n                         }, owner: Me } }');
      expect(set(text, 'caf-a1', { status: 'indicator', indicator: 'A.1', value: false })).toBe(block('{ caf-a1: { indicators: { A.1: false, A.2: true,  # minutes\n                         }, owner: Me } }'));
    });

    it('an entry in a block of answers is edited in its braces, and stays in them', () => {
      const text = block('\n  caf-a1: { status: unknown,  # asked IT\n            owner: Me }  # HR');
      expect(set(text, 'caf-a1', { status: 'indicator', indicator: 'A.2', value: true })).toBe(block('\n  caf-a1: { # asked IT\n            owner: Me, indicators: { A.2: true } }  # HR'));
    });

    it('a system in braces over lines gets its answer in its own answers', () => {
      const text = `${HEAD}systems:\n  - { id: pay, title: Payroll,  # HR's\n      answers: { owner: yes,  # Jo\n                 caf-a1: { status: unknown } } }\n${TAIL}`;
      expect(setAnswerInText(text, 'cloud', { status: 'answered', value: 'no' }, places, ['systems', 0, 'answers'])).toBe(text.replace('owner: yes,  # Jo', 'owner: yes,  # Jo\n                 cloud: no,'));
    });

    it('a new system in a list of systems one a line goes on a line of its own', () => {
      const text = `${HEAD}systems: [\n  # payroll first\n  {id: pay, title: Payroll},  # HR's\n]\n${TAIL}`;
      expect(addSystemInText(text, { id: 'waste', title: 'Waste' })).toBe(text.replace("# HR's\n", "# HR's\n  {id: waste, title: Waste},\n"));
    });
  });
});
