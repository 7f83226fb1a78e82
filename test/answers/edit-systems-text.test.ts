// Saving a critical system's answers is a minimal edit too (SPEC "v2: writing files safely"): into
// its inline `answers:` under its entry in `systems:`, or into its own file; a new system is appended
// to `systems:`. Every other byte of the file stays as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAnswerInText, type QuestionPlace } from '../../src/answers/edit-answers-text.js';
import { addSystemInText } from '../../src/answers/edit-systems-text.js';
import { AnswersDocument } from '../../src/answers/save-answers.js';
import { repoRoot } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

const sys = loadQuestionnaireText(readFileSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), 'utf8')).questionnaire;
const places: QuestionPlace[] = [...sys.questions.values()].map((q) => ({ id: q.id, sectionId: q.sectionId }));

const FILE = `# Kept by the ICT team.
questionnaire: sys
answers:
  owner: yes   # the chief executive
  cloud: yes
systems:
  - id: revenues
    title: Revenues and benefits
    answers:
      patched: yes      # monthly cycle
      logged: { value: no, note: "Logs stay on the server" }
  # Social care keeps its own file.
  - id: social-care
    title: Social care case management
    file: systems/social-care.yaml
  - id: waste
    title: Waste collection
waivers:
  - { question: patched, system: waste, reason: Replacement system goes live in March., expires: 2027-03-31 }
`;

/** `text` with `from` replaced by `to`, checking `from` is there exactly once. */
const swap = (text: string, from: string, to: string): string => {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
};

describe('a system answer saved inline', () => {
  it('changes only the value of an existing entry', () => {
    const out = setAnswerInText(FILE, 'patched', { status: 'answered', value: 'no' }, places, ['systems', 0, 'answers']);
    expect(out).toBe(swap(FILE, '      patched: yes      # monthly', '      patched: no      # monthly'));
  });

  it('puts a new answer in questionnaire order within the system, leaving the flow entry after it alone', () => {
    const out = setAnswerInText(FILE, 'mfa', { status: 'answered', value: 'yes' }, places, ['systems', 0, 'answers']);
    expect(out).toBe(swap(FILE, '      patched: yes      # monthly cycle\n', '      patched: yes      # monthly cycle\n      mfa: yes\n'));
  });

  it("gives a system without answers its `answers:` after its last field, before the next system's comment", () => {
    const out = setAnswerInText(FILE, 'patched', { status: 'unknown' }, places, ['systems', 2, 'answers']);
    expect(out).toBe(swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n    answers:\n      patched: { status: unknown }\n'));
    // The next answer of that system goes after it, before the top-level waivers.
    const next = setAnswerInText(out, 'logged', { status: 'answered', value: 'yes' }, places, ['systems', 2, 'answers']);
    expect(next).toBe(swap(out, '      patched: { status: unknown }\n', '      patched: { status: unknown }\n      logged: yes\n'));
  });

  it("goes under a system in the middle of the list, before the comment above the next system", () => {
    const middle = swap(FILE, '    title: Revenues and benefits\n    answers:\n      patched: yes      # monthly cycle\n      logged: { value: no, note: "Logs stay on the server" }\n', '    title: Revenues and benefits\n');
    const out = setAnswerInText(middle, 'logged', { status: 'answered', value: 'yes' }, places, ['systems', 0, 'answers']);
    expect(out).toBe(swap(middle, '    title: Revenues and benefits\n', '    title: Revenues and benefits\n    answers:\n      logged: yes\n'));
    const more = setAnswerInText(out, 'mfa', { status: 'answered', value: 'yes' }, places, ['systems', 0, 'answers']);
    expect(more).toBe(swap(out, '      logged: yes\n', '      mfa: yes\n      logged: yes\n'));
  });

  it('fills `answers: {}` and `answers:` under a system at its indentation', () => {
    const braces = swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n    answers: {}\n');
    expect(setAnswerInText(braces, 'mfa', { status: 'answered', value: 'no' }, places, ['systems', 2, 'answers'])).toBe(swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n    answers:\n      mfa: no\n'));
    const bare = swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n    answers:\n');
    expect(setAnswerInText(bare, 'mfa', { status: 'answered', value: 'no' }, places, ['systems', 2, 'answers'])).toBe(swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n    answers:\n      mfa: no\n'));
  });

  it("leaves the organisation's answers and other systems byte for byte, and keeps CRLF line ends", () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const out = setAnswerInText(crlf, 'cloud-backup', { status: 'not-applicable', reason: 'No cloud data' }, places, ['systems', 2, 'answers']);
    expect(out).toBe(swap(crlf, '    title: Waste collection\r\n', '    title: Waste collection\r\n    answers:\r\n      cloud-backup: { status: not-applicable, reason: No cloud data }\r\n'));
  });

  it('finds a system by its id, and says nothing changed when the answer is the same', () => {
    const doc = AnswersDocument.parse(FILE, sys.questions.values());
    doc.set('patched', { status: 'answered', value: 'yes' }, 'revenues');
    expect(doc.toString()).toBe(FILE);
    expect(doc.noteOf('logged', 'revenues')).toBe('Logs stay on the server');
    expect(doc.noteOf('logged')).toBeUndefined();
    doc.set('owner', { status: 'answered', value: 'no' });
    expect(doc.toString()).toBe(swap(FILE, '  owner: yes   #', '  owner: no   #'));
  });
});

describe("an outcome's indicators under a system", () => {
  const withOutcome = loadQuestionnaireText(readFileSync(join(repoRoot, 'test/fixtures/systems/sys-outcome.yaml'), 'utf8')).questionnaire;

  it('go statement by statement into the system\'s answers, at its depth, then the confirmation', () => {
    const doc = AnswersDocument.parse('questionnaire: sys-outcome\nanswers:\n  owner: yes\nsystems:\n  - id: waste\n    title: Waste\n  - id: parking\n    title: Parking\n', withOutcome.questions.values());
    doc.set('backups', { status: 'indicator', indicator: 'BK.A.1', value: true }, 'waste');
    doc.set('backups', { status: 'indicator', indicator: 'BK.NA.1', value: false }, 'waste');
    doc.set('backups', { status: 'confirmed', confirmed: 'not-achieved', justification: 'Restore failed in May' }, 'waste');
    expect(doc.toString()).toBe(
      'questionnaire: sys-outcome\nanswers:\n  owner: yes\nsystems:\n  - id: waste\n    title: Waste\n    answers:\n      backups:\n        indicators:\n          BK.NA.1: false\n          BK.A.1: true\n        confirmed: not-achieved\n        justification: Restore failed in May\n  - id: parking\n    title: Parking\n',
    );
  });
});

describe('a system file', () => {
  it('is started with the questionnaire, its version and `system:`, and filled like any answers file', () => {
    const doc = AnswersDocument.createSystemFile({ schemaRef: '../node_modules/cyber-ready/schemas/answers.schema.json', questionnaire: 'sys', questionnaireVersion: '1.0.0', system: 'social-care' }, sys.questions.values());
    const start = '# yaml-language-server: $schema=../node_modules/cyber-ready/schemas/answers.schema.json\n\nquestionnaire: sys\nquestionnaireVersion: 1.0.0\nsystem: social-care\n';
    expect(doc.toString()).toBe(`${start}answers: {}\n`);
    doc.set('logged', { status: 'answered', value: 'no' });
    doc.set('patched', { status: 'answered', value: 'yes' });
    expect(doc.toString()).toBe(`${start}answers:\n  patched: yes\n  logged: no\n`);
  });

  it('keeps its comments and long-form entries when an answer is added', () => {
    const text = readFileSync(join(repoRoot, 'test/fixtures/systems/systems/social-care.yaml'), 'utf8');
    const without = swap(text, '  mfa: no\n', '');
    expect(setAnswerInText(without, 'mfa', { status: 'answered', value: 'no' }, places)).toBe(text);
  });
});

describe('a new system', () => {
  it('is appended after the last one, before what follows `systems:`', () => {
    const out = addSystemInText(FILE, { id: 'parking', title: 'Parking: permits & fines', owner: 'Head of Parking', file: 'systems/parking.yaml' });
    expect(out).toBe(swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n  - id: parking\n    title: "Parking: permits & fines"\n    owner: Head of Parking\n    file: systems/parking.yaml\n'));
  });

  it("starts `systems:` after the organisation's answers when there is none, and fills `systems: []`", () => {
    const none = 'questionnaire: sys\nanswers:\n  owner: yes\n\n# Accepted risks\nwaivers: []\n';
    expect(addSystemInText(none, { id: 'waste', title: 'Waste collection' })).toBe('questionnaire: sys\nanswers:\n  owner: yes\n\nsystems:\n  - id: waste\n    title: Waste collection\n# Accepted risks\nwaivers: []\n');
    expect(addSystemInText('questionnaire: sys\nanswers:\n  owner: yes', { id: 'waste', title: 'Waste collection' })).toBe('questionnaire: sys\nanswers:\n  owner: yes\nsystems:\n  - id: waste\n    title: Waste collection\n');
    expect(addSystemInText('questionnaire: sys\nsystems: []\nwaivers: []\n', { id: 'waste', title: 'Waste' })).toBe('questionnaire: sys\nsystems:\n  - id: waste\n    title: Waste\nwaivers: []\n');
  });

  it("keeps the file's own list indentation", () => {
    const flush = 'questionnaire: sys\nsystems:\n- id: a\n  title: A\n';
    expect(addSystemInText(flush, { id: 'b', title: 'B' })).toBe(`${flush}- id: b\n  title: B\n`);
  });

  it('goes before the "..." that ends the document, not after it, where it would be a second document', () => {
    expect(addSystemInText('---\nquestionnaire: sys\n... # end\n', { id: 'waste', title: 'Waste' })).toBe('---\nquestionnaire: sys\nsystems:\n  - id: waste\n    title: Waste\n... # end\n');
    expect(addSystemInText('questionnaire: sys\nanswers:\n  owner: yes\n...\n', { id: 'waste', title: 'Waste' })).toBe('questionnaire: sys\nanswers:\n  owner: yes\nsystems:\n  - id: waste\n    title: Waste\n...\n');
  });

  it('goes in the braces of a top level written in them, after the answers, as a list in braces', () => {
    expect(addSystemInText('{questionnaire: sys, answers: {owner: yes}, waivers: []}\n', { id: 'waste', title: 'Waste, trade' })).toBe('{questionnaire: sys, answers: {owner: yes}, systems: [{id: waste, title: "Waste, trade"}], waivers: []}\n');
    expect(addSystemInText('{ questionnaire: sys }\n', { id: 'waste', title: 'Waste', file: 'systems/waste.yaml' })).toBe('{ questionnaire: sys, systems: [{ id: waste, title: Waste, file: systems/waste.yaml }] }\n');
  });

  it('then takes its answers inline', () => {
    const out = addSystemInText(FILE, { id: 'parking', title: 'Parking' });
    expect(setAnswerInText(out, 'patched', { status: 'answered', value: 'yes' }, places, ['systems', 3, 'answers'])).toBe(swap(FILE, '    title: Waste collection\n', '    title: Waste collection\n  - id: parking\n    title: Parking\n    answers:\n      patched: yes\n'));
  });
});

describe('comments after the last entry stay where they are', () => {
  // The new system goes right after the last system's fields: the blank lines and the comment that
  // follow it set `waivers:` apart and head it, so they stay above `waivers:`.
  it('a new system goes before the blank lines and the comment that head `waivers:`', () => {
    const text = 'questionnaire: sys\nsystems:\n  - id: waste\n    title: Waste collection\n\n\n# Accepted by the board in May.\nwaivers: []\n';
    expect(addSystemInText(text, { id: 'parking', title: 'Parking' })).toBe(swap(text, '    title: Waste collection\n', '    title: Waste collection\n  - id: parking\n    title: Parking\n'));
  });

  // Mutation review: dropping the step over blank lines in aboveComments survived every test.
  // An organisation answer that comes before every answer there (a question of an earlier section)
  // goes above the blank line that sets the next section's heading comment apart, so that the heading
  // stays with the answers of its section.
  it('the first answer goes above a section heading and the blank line over it', () => {
    const text = 'questionnaire: sys\nanswers:\n\n  # Protect\n  patched: yes\n';
    expect(setAnswerInText(text, 'owner', { status: 'answered', value: 'yes' }, places)).toBe(swap(text, 'answers:\n', 'answers:\n  owner: yes\n'));
  });
});
