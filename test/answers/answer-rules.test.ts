// Rules of SPEC "The answers format" and "v2" that no other test pinned: each case below was found by
// changing one check in src/answers or src/questionnaire/kinds (a mutation) and seeing every test
// still pass. Each is a small answers file and the exact FILE:LINE:COL errors it gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathProblem } from '../../src/answers/system-refs.js';
import { formatDiagnostic } from '../../src/errors.js';
import { answersFromText, assessText, fixture, loadQuestionnaireText, miniText, miniWith } from '../helpers/load.js';

const mini = loadQuestionnaireText(miniText());
const outcome = loadQuestionnaireText(readFileSync(fixture('outcome/outcome.yaml'), 'utf8'));

const errorsOf = (text: string, loaded = mini): string[] => answersFromText(text, loaded, 'a.yaml').diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

describe('number answers', () => {
  it('take the question\'s "min" itself', () => {
    expect(errorsOf(miniWith('patch-days: 0'))).toEqual([]);
  });
});

describe('a questionnaire of its own', () => {
  const text = [
    'id: own\nversion: 1.0.0\ntitle: Own\nsections:\n  - id: s\n    title: S\n    questions:',
    '      - { id: hours, text: Hours?, type: number, max: 24, bands: [{ score: 1 }] }',
    '      - id: tools\n        text: Tools?\n        type: multi',
    '        options: [{ value: a, label: A, score: 0.75 }, { value: b, label: B, score: 0.75 }]',
  ].join('\n');
  const own = loadQuestionnaireText(text);
  const answers = (lines: string): string => `questionnaire: own\nanswers:\n${lines.replace(/^/gm, '  ')}\n`;

  it('takes a number answer of the question\'s "max" itself, and refuses one above it', () => {
    expect(errorsOf(answers('hours: 24\ntools: [a]'), own)).toEqual([]);
    expect(errorsOf(answers('hours: 25\ntools: [a]'), own)).toEqual(['a.yaml:3:10: "hours" must be at most 24, not 25']);
  });

  it('caps a multi answer whose options add up to more than 1 at 1', () => {
    const score = (lines: string) => assessText(text, answers(lines)).questions.find((q) => q.id === 'tools')?.score;
    expect([score('hours: 1\ntools: [a]'), score('hours: 1\ntools: [a, b]')]).toEqual([0.75, 1]);
  });

  it('refuses one option written without brackets (SPEC: a list for multi), saying how to write it', () => {
    const value = (lines: string) => assessText(text, answers(lines)).questions.find((q) => q.id === 'tools')?.answer;
    expect(value('hours: 1\ntools: [a]')).toBe('A');
    expect(errorsOf(answers('hours: 1\ntools: a'), own)).toEqual(['a.yaml:4:10: "tools" takes a list of options, even of one: write [a]']);
    expect(errorsOf(answers('hours: 1\ntools: c'), own)).toEqual(['a.yaml:4:10: "tools" takes a list of options, not "c"; choose from a, b']);
    expect(errorsOf(answers('hours: 1\ntools: [c]'), own)).toEqual(['a.yaml:4:10: "c" is not an option of "tools"; choose from a, b']);
  });
});

describe('the keys of an outcome answer', () => {
  it.each(['indicators: { x: true }', 'comments: { x: Seen. }', 'confirmed: achieved', 'justification: Seen.'])('are refused beside the value of another kind: %s', (line) => {
    const key = line.split(':')[0]!;
    expect(errorsOf(miniWith(`budget:\n  value: yes\n  ${line}`))).toEqual([`a.yaml:5:5: "${key}" only applies to outcome questions; "budget" is a yes-no question`]);
  });
});

describe('a status beside an answer', () => {
  it('refuses "confirmed" beside a status, as it refuses a value', () => {
    expect(errorsOf('questionnaire: outcome-mini\nanswers:\n  board: { status: unknown, confirmed: achieved, justification: Seen. }\n', outcome)).toEqual([
      expect.stringMatching(/^a\.yaml:3:10: answer to "board" has both .* and status "unknown"; give one$/),
    ]);
  });
});

describe('outcome answers', () => {
  it('take "unknown" and yes/no in any case for an indicator', () => {
    expect(errorsOf('questionnaire: outcome-mini\nanswers:\n  board:\n    indicators: { B.A.1: unknown, B.A.2: YES, B.PA.1: No, B.NA.1: false }\n', outcome)).toEqual([]);
  });

  it('are complete when every indicator is answered, or when confirmed with a justification; confirmed alone is not', () => {
    const complete = (board: string): boolean | undefined => answersFromText(`questionnaire: outcome-mini\nanswers:\n  board:\n${board.replace(/^/gm, '    ')}\n`, outcome).answers?.answers.get('board')?.outcome?.complete;
    expect(complete('indicators: { B.A.1: false }\nconfirmed: not-achieved')).toBe(false);
    expect(complete('indicators: { B.A.1: false }\nconfirmed: not-achieved\njustification: The board has not met.')).toBe(true);
    expect(complete('indicators: { B.A.1: false, B.A.2: false, B.PA.1: false, B.NA.1: true }')).toBe(true);
  });

  it('may be confirmed only as a status the outcome has (no partial level without that column)', () => {
    expect(errorsOf('questionnaire: outcome-mini\nanswers:\n  board: { indicators: { B.A.1: true, B.A.2: true } }\n  backups:\n    confirmed: partially-achieved\n    justification: Half the backups are offline.\n', outcome)).toEqual([
      'a.yaml:5:16: "partially-achieved" is not a status of "backups"; choose one of not-achieved, achieved',
    ]);
  });
});

describe('blank evidence', () => {
  it('is left out of the answer, so no report shows "Evidence:" with nothing after it', () => {
    const { answers } = answersFromText(miniWith("budget:\n  value: yes\n  evidence: ['', '  ', Board minutes]"), mini);
    expect(answers?.answers.get('budget')?.evidence).toEqual(['Board minutes']);
  });
});

describe('a system with "file:"', () => {
  it('may not have waivers of its own, as it may not have answers', () => {
    const sys = loadQuestionnaireText(readFileSync(fixture('systems/sys.yaml'), 'utf8'));
    const text = 'questionnaire: sys\nsystems:\n  - id: waste\n    title: Waste\n    file: waste.yaml\n    waivers:\n      - { question: patched, reason: Soon., approvedBy: Audit Committee, expires: 2027-03-31 }\n';
    expect(errorsOf(text, sys)).toEqual(['a.yaml:5:11: critical system "waste" has both "file:" and answers or waivers of its own; keep its answers in one place']);
  });
});

describe("a system's file: path", () => {
  it.each([
    ['~/systems/a.yaml', "must be a relative path under the answers file's folder, not an absolute one"],
    ['C:systems/a.yaml', "must be a relative path under the answers file's folder, not an absolute one"],
    ['\\\\server\\share\\a.yaml', "must be a relative path under the answers file's folder, not an absolute one"],
    ['systems\\..\\..\\a.yaml', `must stay under the answers file's folder: a ".." segment is not allowed`],
    ['systems/../a.yaml', `must stay under the answers file's folder: a ".." segment is not allowed`],
    ['systems/a\0.yaml', 'is not a valid path'],
  ])('%j is refused', (path, problem) => {
    expect(pathProblem(path)).toBe(problem);
  });

  it.each(['systems/a.yaml', 'a.yaml', 'systems/..a.yaml', 'systems/a..yaml'])('%j is taken', (path) => {
    expect(pathProblem(path)).toBeUndefined();
  });
});
