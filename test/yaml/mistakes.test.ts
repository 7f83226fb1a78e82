import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runInProcess } from '../helpers/cli.js';

// Mistakes people make when editing answers and questionnaires by hand, each with the one line
// `validate` must print: plain words, and the place that is actually wrong.
const answers = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const questionnaire = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');

type Mistake = [name: string, base: 'answers' | 'questionnaire', find: string, replace: string, message: string];

const MISTAKES: Mistake[] = [
  ['four spaces instead of two', 'answers', '  gov-siro: yes\n', '    gov-siro: yes\n', '24:5: unknown property "gov-siro"; expected "value", "indicators", "comments", "confirmed", "justification", "status", "reason", "note", "evidence", "owner" or "reviewBy"; if "gov-siro" is not part of "gov-senior-owner", it is indented too far: line it up with "gov-senior-owner"'],
  ['a key: value as a value', 'answers', '  gov-siro: yes\n', '  gov-siro: value: yes\n', '24:13: this value has ": " in it, which YAML reads as another key; put the value in quotes, or move the inner "key: value" to its own line, indented'],
  ['a { never closed', 'answers', '  gov-siro: yes\n', '  gov-siro: { value: yes, note: agreed\n', '24:13: this "{" is not closed: end it with "}" on the same line, or indent the lines that continue it further than its key'],
  ['a { continued on a line not indented', 'answers', '  gov-siro: yes\n', '  gov-siro: { value: yes,\n  note: agreed }\n', '24:13: this "{" is not closed: end it with "}" on the same line, or indent the lines that continue it further than its key'],
  ['a [ never closed', 'answers', '  gov-siro: yes\n', '  gov-siro: [yes\n', '24:13: this "[" is not closed: end it with "]" on the same line, or indent the lines that continue it further than its key'],
  // The parser blames the next line's own "{" or "[": the one left open is still the earlier one.
  ['a { never closed, then a line that opens one', 'answers', '  gov-siro: yes\n', '  gov-siro: { value: yes\n{ note: agreed }\n', '24:13: this "{" is not closed: end it with "}" on the same line, or indent the lines that continue it further than its key'],
  ['a [ never closed, then a line that opens one', 'answers', '  gov-siro: yes\n', '  gov-siro: [yes\n[no]\n', '24:13: this "[" is not closed: end it with "]" on the same line, or indent the lines that continue it further than its key'],
  ['a version without quotes', 'answers', 'questionnaireVersion: 2.3.0\n', 'questionnaireVersion: 2.1\n', '7:23: "questionnaireVersion" must be text, not a number: a version of three numbers in quotes, such as "2.1.0"'],
  ['a version as a whole number', 'answers', 'questionnaireVersion: 2.3.0\n', 'questionnaireVersion: 2\n', '7:23: "questionnaireVersion" must be text, not a number: a version of three numbers in quotes, such as "2.0.0"'],
  ['30 February', 'answers', 'reviewBy: 2027-05-31\n', 'reviewBy: 2027-02-30\n', '23:15: "reviewBy": 2027-02-30 is not a date that exists (February 2027 has 28 days)'],
  ['month 13', 'answers', 'assessedOn: 2026-11-20\n', 'assessedOn: 2026-13-01\n', '10:13: "assessedOn": 2026-13-01 is not a date (there is no month 13); write YYYY-MM-DD'],
  ['a UK date', 'answers', 'assessedOn: 2026-11-20\n', 'assessedOn: 20/11/2026\n', '10:13: "assessedOn" must be a date written YYYY-MM-DD, not "20/11/2026"'],
  ['a day without its zero', 'answers', 'assessedOn: 2026-11-20\n', 'assessedOn: 2026-11-2\n', '10:13: "assessedOn" must be a date written YYYY-MM-DD, not "2026-11-2"'],
  ['a year for a date', 'answers', 'reviewBy: 2027-05-31\n', 'reviewBy: 2027\n', '23:15: "reviewBy" must be a date written YYYY-MM-DD, not 2027'],
  ['no colon', 'answers', '  gov-siro: yes\n', '  gov-siro yes\n', '24:3: expected "key: value" on this line; if it continues the text above, indent it further than that text\'s key'],
  ['no space after the colon', 'answers', '  gov-siro: yes\n', '  gov-siro:yes\n', '24:3: put a space after the colon ("key: value")'],
  ['an unclosed double quote', 'answers', '  gov-siro: yes\n', '  gov-siro: "yes\n', '24:17: a value in double quotes has no closing "'],
  ['an unclosed single quote', 'answers', '  gov-siro: yes\n', "  gov-siro: 'yes\n", "24:17: a value in single quotes has no closing '"],
  ['a tab to indent', 'answers', '  gov-siro: yes\n', '\tgov-siro: yes\n', '24:1: tabs cannot indent YAML; use spaces'],
  ['a question answered twice', 'answers', '  gov-strategy: in-place\n', '  gov-strategy: in-place\n  gov-siro: no\n', '29:3: duplicate key "gov-siro" (first defined at line 24)'],
  ['one space too few', 'answers', "    owner: Chief Executive's office\n", "   owner: Chief Executive's office\n", '22:4: the entries of one mapping or list must start in the same column (this line is indented by 3 spaces, the entry above it by 4)'],
  ['American spelling of a key', 'answers', 'organisation:', 'organization:', '8:1: unknown property "organization"; did you mean "organisation"?'],
  ['an answer written as a list item', 'answers', '  gov-siro: yes\n', '  - gov-siro: yes\n', '24:3: a list item ("- ") cannot sit among "key: value" lines at the same indent; remove the "- ", or put the list under a key of its own'],
  ['an answer that is not an option', 'answers', '  gov-siro: yes\n', '  gov-siro: maybe\n', '24:13: "maybe" is not an option of "gov-siro"; choose one of no, yes'],
  ['a misspelt status', 'answers', '  gov-siro: yes\n', '  gov-siro: { status: unkown }\n', '24:23: "status" must be one of "unknown" or "not-applicable", not "unkown"; did you mean "unknown"?'],
  ['a colon inside braces', 'answers', '  gov-leadership-reporting: yearly\n', '  gov-leadership-reporting: { value: yearly, note: agreed: at cabinet }\n', '26:52: inside { } or [ ], text with ": " or "- " in it must be in quotes'],
  ['two colons', 'answers', '  gov-siro: yes\n', '  gov-siro:: yes\n', '24:3: unknown question "gov-siro:"; did you mean "gov-siro"?'],
  ['a list on the line of its key', 'answers', '    evidence:\n      - Scheme', '    evidence: - Scheme', '19:15: a list cannot start on the same line as its key; put each "- item" on a line of its own below the key, indented'],
  ['a misspelt property', 'answers', "    owner: Chief Executive's office\n", "    ownr: Chief Executive's office\n", '22:5: unknown property "ownr"; did you mean "owner"?'],
  ['folded text not indented', 'answers', '    note: >-\n      The Director', '    note: >-\n    The Director', '17:5: expected "key: value" on this line; if it continues the text above, indent it further than that text\'s key'],
  ['a quote inside double quotes', 'answers', '  gov-siro: yes\n', '  gov-siro: { value: yes, note: "the "SIRO" agreed" }\n', '24:39: text follows the closing " of a quoted value; to put " inside the value, quote it with the other kind of quote'],
  ['a misspelt question type', 'questionnaire', '        type: yes-no\n        remediation: Fund it.', '        type: yesno\n        remediation: Fund it.', '31:15: "type" must be one of "choice", "multi", "yes-no", "number", "text" or "outcome", not "yesno"; did you mean "yes-no"?'],
  ['a weight in words', 'questionnaire', '    weight: 3\n', '    weight: high\n', '19:13: "weight" must be a number, not text'],
  ['a score as a percentage', 'questionnaire', 'label: Planned, score: 0.25 }', 'label: Planned, score: 25 }', '9:48: "score" must be at most 1, not 25'],
  ['a questionnaire version without quotes', 'questionnaire', 'version: 1.2.0\n', 'version: 1.2\n', '3:10: "version" must be text, not a number: a version of three numbers in quotes, such as "1.2.0"'],
  ['a question indented too far', 'questionnaire', '      - id: budget\n', '        - id: budget\n', '29:9: this list item is indented by 8 spaces; if it is the next item of the list above, indent it by 6 like the others'],
  ['options on the line of their key', 'questionnaire', '        options:\n          - { value: none', '        options: - { value: none', '50:18: a list cannot start on the same line as its key; put each "- item" on a line of its own below the key, indented'],
  ['a title with a colon', 'questionnaire', 'title: Mini questionnaire', 'title: Mini: a questionnaire', '4:8: this value has ": " in it, which YAML reads as another key; put the value in quotes, or move the inner "key: value" to its own line, indented'],
];

describe('hand-editing mistakes get one plain line at the right place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-mistakes-'));
  it('covers at least 30 mistakes', () => expect(MISTAKES.length).toBeGreaterThanOrEqual(30));

  it.each(MISTAKES)('%s', async (name, base, find, replace, message) => {
    const source = base === 'answers' ? answers : questionnaire;
    expect(source, 'the mistake is made on text that is there').toContain(find);
    const file = `${name.replace(/\W+/g, '-')}.yaml`;
    writeFileSync(join(dir, file), source.replace(find, replace));
    const result = await runInProcess({ args: ['validate', file], cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:${message}\n`);
  });
});
