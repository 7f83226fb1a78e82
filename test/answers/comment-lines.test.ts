// Comments stay beside what they were written beside, in every edit that inserts lines (SPEC "v2:
// writing files safely"; src/answers/comment-lines.ts): one indented deeper than the new line stays
// with the block above it, one as deep or shallower stays at the end of its block, after the new
// line, or above what it heads. Each case gives the file before and the whole file after.
import { describe, expect, it } from 'vitest';
import { setAnswerInText, type AnswerUpdate, type QuestionPlace } from '../../src/answers/edit-answers-text.js';
import { setHeaderInText } from '../../src/answers/edit-header-text.js';
import { addSystemInText } from '../../src/answers/edit-systems-text.js';
import { afterOwnComments, headingStart } from '../../src/answers/comment-lines.js';

const places: QuestionPlace[] = [
  { id: 'owner', sectionId: 'gov' },
  { id: 'cloud', sectionId: 'gov' },
  { id: 'patched', sectionId: 'protect' },
  { id: 'mfa', sectionId: 'protect' },
  { id: 'backups', sectionId: 'protect', indicators: ['BK.NA.1', 'BK.A.1', 'BK.A.2'] },
  { id: 'logged', sectionId: 'detect' },
];
const yes: AnswerUpdate = { status: 'answered', value: 'yes' };
const set = (question: string, update: AnswerUpdate = yes, path?: (string | number)[]) => (text: string): string => setAnswerInText(text, question, update, places, path);
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

const cases: [string, string, (text: string) => string, string][] = [
  [
    'a new answer goes below the comment under the evidence of the answer before it',
    lines('system: x', 'answers:', '  patched:', '    value: no', '    evidence:', '      - Patch report', "      # November's is due", '  # end of the answers'),
    set('mfa'),
    lines('system: x', 'answers:', '  patched:', '    value: no', '    evidence:', '      - Patch report', "      # November's is due", '  mfa: yes', '  # end of the answers'),
  ],
  [
    'a new answer goes below a comment indented under a short answer, and a blank line among them',
    lines('answers:', '  patched: no', '    # monthly from January', '', '    # the supplier says so', 'systems: []'),
    set('mfa'),
    lines('answers:', '  patched: no', '    # monthly from January', '', '    # the supplier says so', '  mfa: yes', 'systems: []'),
  ],
  [
    "an answer after an outcome goes below the comment at the end of its comments",
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '    comments:', '      BK.NA.1: Checked.', '      # more to come', '  # end'),
    set('logged'),
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '    comments:', '      BK.NA.1: Checked.', '      # more to come', '  logged: yes', '  # end'),
  ],
  [
    "a confirmation goes below the comment at the end of the outcome's indicators",
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '      # the restore test is booked', '  # end'),
    set('backups', { status: 'confirmed', confirmed: 'achieved', justification: 'Tested in March' }),
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '      # the restore test is booked', '    confirmed: achieved', '    justification: Tested in March', '  # end'),
  ],
  [
    "a new indicator goes above the comment at the end of the indicators, which stays at their end",
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '      # the restore test is booked', '  # end'),
    set('backups', { status: 'indicator', indicator: 'BK.A.1', value: true }),
    lines('answers:', '  backups:', '    indicators:', '      BK.NA.1: false', '      BK.A.1: true', '      # the restore test is booked', '  # end'),
  ],
  [
    "an outcome's first indicator goes below the comment under the entry's evidence",
    lines('answers:', '  backups:', '    status: unknown', '    evidence:', '      - Backup log', '      # the March one too', '  # end'),
    set('backups', { status: 'indicator', indicator: 'BK.A.1', value: true }),
    lines('answers:', '  backups:', '    evidence:', '      - Backup log', '      # the March one too', '    indicators:', '      BK.A.1: true', '  # end'),
  ],
  [
    "a note goes below the comment under the entry's evidence, above the one that ends the entry",
    lines('answers:', '  owner:', '    value: no', '    evidence:', '      - Job description', '      # the new one is due', '    # reviewed yearly'),
    set('owner', { status: 'answered', value: 'yes', note: 'Named in March' }),
    lines('answers:', '  owner:', '    value: yes', '    evidence:', '      - Job description', '      # the new one is due', '    note: Named in March', '    # reviewed yearly'),
  ],
  [
    "a system's first answer goes below the comment under its last field",
    lines('systems:', '  - id: waste', '    contacts:', '      - Depot manager', '      # and the fleet manager', '    # kept by the depot', '  - id: parking'),
    set('logged', yes, ['systems', 0, 'answers']),
    lines('systems:', '  - id: waste', '    contacts:', '      - Depot manager', '      # and the fleet manager', '    answers:', '      logged: yes', '    # kept by the depot', '  - id: parking'),
  ],
  [
    'the first answer under `answers:` with nothing but a comment after it keeps the comment on that line',
    lines('system: x', 'answers: # none yet', 'waivers: []'),
    set('mfa'),
    lines('system: x', 'answers: # none yet', '  mfa: yes', 'waivers: []'),
  ],
  [
    'the first answer under `answers: {}` keeps the comment after the braces on that line',
    lines('system: x', 'answers: {}   # none yet', '# end of file'),
    set('mfa'),
    lines('system: x', 'answers:   # none yet', '  mfa: yes', '# end of file'),
  ],
  [
    'a new system goes below the comment indented under the last one',
    lines('systems:', '  - id: a', '    title: A', '    # its owner reviews it', '  # end of the systems', 'waivers: []'),
    (text) => addSystemInText(text, { id: 'b', title: 'B' }),
    lines('systems:', '  - id: a', '    title: A', '    # its owner reviews it', '  - id: b', '    title: B', '  # end of the systems', 'waivers: []'),
  ],
  [
    "a new system goes below the comment at the end of the last system's answers",
    lines('systems:', '  - id: a', '    answers:', '      mfa: yes', '      # checked in May', '# end of file'),
    (text) => addSystemInText(text, { id: 'b', title: 'B' }),
    lines('systems:', '  - id: a', '    answers:', '      mfa: yes', '      # checked in May', '  - id: b', '    title: B', '# end of file'),
  ],
  [
    "the first system goes below the comment at the end of the council's answers, above the one over `waivers:`",
    lines('answers:', '  owner: yes', "  # the council's answers end here", '# accepted risks', 'waivers: []'),
    (text) => addSystemInText(text, { id: 'b', title: 'B' }),
    lines('answers:', '  owner: yes', "  # the council's answers end here", 'systems:', '  - id: b', '    title: B', '# accepted risks', 'waivers: []'),
  ],
  [
    'the first system under `systems: []` keeps the comment after the brackets on that line',
    lines('answers:', '  owner: yes', 'systems: []  # none yet', 'waivers: []'),
    (text) => addSystemInText(text, { id: 'b', title: 'B' }),
    lines('answers:', '  owner: yes', 'systems:  # none yet', '  - id: b', '    title: B', 'waivers: []'),
  ],
  [
    'a missing organisation goes above the comment over the assessor',
    lines('questionnaire: q', '# who filled it in', 'assessor: Head of ICT', 'answers: {}'),
    (text) => setHeaderInText(text, 'organisation', 'Test Council'),
    lines('questionnaire: q', 'organisation: Test Council', '# who filled it in', 'assessor: Head of ICT', 'answers: {}'),
  ],
];

describe('comments stay beside what they were written beside', () => {
  it.each(cases)('%s', (_, before, edit, after) => {
    expect(edit(before)).toBe(after);
  });
});

describe('a comment at the end of the answers is not the heading of a removed answer', () => {
  // A walk adds a system file's missing answers one at a time. The comment glued under the last
  // answer once took the last of them below it, when one was left to add.
  const start = lines('system: x', 'answers:', '  owner: yes', '  # checked by the owner in November', '', '# end of file');
  const noOutcome = places.filter((p) => !p.indicators);
  const walk = (text: string): string => ['cloud', 'patched', 'mfa', 'logged'].reduce((t, id) => setAnswerInText(t, id, yes, noOutcome), text);
  it('each answer of a walk goes below the one before, above the comment', () => {
    const text = walk(start);
    expect(text).toBe(start.replace('  owner: yes\n', '  owner: yes\n  cloud: yes\n  patched: yes\n  mfa: yes\n  logged: yes\n'));
  });

  it('nor is a comment less indented than the answers, after them', () => {
    const text = lines('system: x', 'answers:', '  owner: yes', '', '# reviewed in May', '');
    expect(walk(text)).toBe(text.replace('  owner: yes\n', '  owner: yes\n  cloud: yes\n  patched: yes\n  mfa: yes\n  logged: yes\n'));
  });

  it("a removed answer's heading, with a blank line above and below it, still takes its answer back", () => {
    const text = lines('answers:', '  owner: yes', '', '  # Cloud', '', 'systems: []');
    // The one missing question, as the orphan heading rule needs (entry-place.ts).
    expect(setAnswerInText(text, 'cloud', yes, places.slice(0, 2))).toBe(lines('answers:', '  owner: yes', '', '  # Cloud', '  cloud: yes', '', 'systems: []'));
  });
});

describe('comment-lines', () => {
  const text = lines('a:', '  b: 1', '      # deeper', '', '    # deep', '', '  # level', 'c: 2');
  it('afterOwnComments passes the deeper comment lines, not the blank line after the last of them', () => {
    const at = text.indexOf('      # deeper');
    expect(text.slice(afterOwnComments(text, at, 2))).toBe(lines('', '  # level', 'c: 2'));
    expect(text.slice(afterOwnComments(text, at, 4))).toBe(lines('', '    # deep', '', '  # level', 'c: 2'));
    expect(afterOwnComments(text, text.indexOf('c: 2'), 0)).toBe(text.indexOf('c: 2'));
  });

  it('headingStart takes the comment lines over a line no deeper than it', () => {
    const t = lines('a:', '  b: 1', '  # end of a', '# heading of c', 'c: 2');
    expect(t.slice(headingStart(t, t.indexOf('c: 2')))).toBe(lines('# heading of c', 'c: 2'));
    expect(headingStart(t, t.indexOf('a:'))).toBe(0);
  });
});
