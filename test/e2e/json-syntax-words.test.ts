// A file named .json that is not valid JSON was said in YAML's words by the commands that read it
// as YAML (`[1,2,3` was "flow sequence must end with a ]") and in JSON's by benchmark, which reads
// an extract with JSON.parse. Every command now gives the JSON reader's one line at its place.
// YAML saved with a .json ending is still read as YAML (README), benchmark included.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-json-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const run = (args: string[], cwd = dir) => runBinary({ args, cwd });
const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');

const LIST = '[1,2,3';
const LIST_SAID = 'not valid JSON: the text ends too early; expected "," or "]"';
const ANSWERS = '{"questionnaire": "council-cyber-resilience", "answers": {';
const ANSWERS_SAID = `1:${ANSWERS.length + 1}: not valid JSON: the text ends too early; expected a property name in double quotes`;
const QUESTIONNAIRE = '{"id": "mine", "sections": [1 2';
const QUESTIONNAIRE_SAID = '1:31: not valid JSON: unexpected "2"; expected "," or "]"';

describe('a .json file that is not valid JSON, in every command, in the JSON reader\'s words', () => {
  write('list.json', LIST);
  write('answers.json', ANSWERS);
  write('extract.json', '{"kind": "cyber-ready-share"');
  write('q.json', QUESTIONNAIRE);
  mkdirSync(join(dir, 'qd'));
  write('qd/mine.json', QUESTIONNAIRE);

  it.each([
    ['validate, a list', ['validate', 'list.json'], `list.json:1:7: ${LIST_SAID}`],
    ['validate, an answers file', ['validate', 'answers.json'], `answers.json:${ANSWERS_SAID}`],
    ['validate, an extract', ['validate', 'extract.json'], 'extract.json:1:29: not valid JSON: the text ends too early; expected "," or "}"'],
    ['validate, a questionnaire', ['validate', 'q.json'], `q.json:${QUESTIONNAIRE_SAID}`],
    ['assess -a', ['assess', '-a', 'answers.json'], `answers.json:${ANSWERS_SAID}`],
    ['assess -q', ['assess', '-q', 'q.json', '-a', example], `q.json:${QUESTIONNAIRE_SAID}`],
    ['assess --questionnaire-dir', ['assess', '--questionnaire-dir', 'qd', '-q', 'mine', '-a', example], `qd/mine.json:${QUESTIONNAIRE_SAID}`],
    ['diff', ['diff', example, 'answers.json'], `answers.json:${ANSWERS_SAID}`],
    ['benchmark, a list', ['benchmark', 'list.json'], `list.json:1:7: ${LIST_SAID}`],
  ])('%s', async (_name, args, said) => {
    expect(await run(args)).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${said}\n` });
  });

  it('list names the broken questionnaire in a folder in the same words', async () => {
    const r = await run(['list', '--questionnaire-dir', 'qd']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`qd/mine.json:${QUESTIONNAIRE_SAID}\n`);
  });

  it('trend, a committed version', async () => {
    const repo = join(dir, 'repo');
    initRepository(repo);
    commit(repo, { date: '2026-01-10T12:00:00+00:00', message: 'Broken', write: { 'a.json': ANSWERS } });
    const r = await run(['trend', 'a.json', '--today', '2026-12-01'], repo);
    expect(r.stdout.replace(/\n {4}/g, ' ')).toContain(`a.json:${ANSWERS_SAID}`);
  });
});

describe('an invisible or look-alike character where JSON wants something else is named', () => {
  // The JSON reader quoted it, `unexpected " "`, which looked like an ordinary space.
  it('a no-break space before a value, by validate and benchmark alike', async () => {
    write('nbsp.json', '{"questionnaire": "x",\n  "answers":\u00a0{"a": 1}, "b"}\n');
    const said = 'nbsp.json:2:13: not valid JSON: found a no-break space, U+00A0; expected a value (an object, list, string, number, true, false or null)\n';
    expect(await run(['validate', 'nbsp.json'])).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: said });
    expect(await run(['benchmark', 'nbsp.json'])).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: said });
  });
});

describe('YAML words stay for YAML, and YAML in a .json file is still read as YAML', () => {
  it('the same text named .yaml is said in YAML\'s words, by validate and benchmark alike', async () => {
    write('list.yaml', LIST);
    write('flow.yaml', '{kind: cyber-ready-share');
    expect((await run(['validate', 'list.yaml'])).stderr).toBe('list.yaml:1:7: flow sequence must end with a ]\n');
    expect((await run(['benchmark', 'list.yaml'])).stderr).toBe('list.yaml:1:7: flow sequence must end with a ]\n');
    // benchmark read any file starting with { as JSON, and called a .yaml file "not valid JSON".
    const flow = await run(['benchmark', 'flow.yaml']);
    expect(flow.code).toBe(ExitCode.CannotAssess);
    expect(flow.stderr).not.toContain('JSON');
  });

  it('benchmark reads a .json file that only YAML accepts as YAML, as validate does', async () => {
    write('trailing.json', '{"x": 1,}');
    const r = await run(['benchmark', 'trailing.json']);
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'trailing.json:1:2: this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"; give an answers file instead\n' });
  });
});
