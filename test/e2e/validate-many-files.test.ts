// `validate` over a forum's worth of files: each file is read and checked in turn, so that memory
// does not grow with their number, while what it says comes in the order it always has.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const CAF = 'examples/caf-local-government.answers.yaml';

describe('validate over many files', () => {
  it('checks 400 answers files in a 48 MB heap, which holding every parse until the end ran out of', async () => {
    // Every parse was kept until all were read: 400 CAF answers files took 550 MB, and this run
    // ended "JavaScript heap out of memory" (exit 134) from about 300.
    const files = Array.from({ length: 400 }, () => CAF);
    const r = await runBinary({ args: ['validate', ...files], env: { NODE_OPTIONS: '--max-old-space-size=48' } }, 60_000);
    expect(r.code).toBe(ExitCode.Ok);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(400);
    expect(new Set(lines).size).toBe(1);
    expect(lines[0]).toMatch(/^examples\/caf-local-government\.answers\.yaml: valid answers to caf-local-government /);
    // Each warning once a run, as before: the file's warnings are not said again for each copy.
    const warnings = r.stderr.split('\n').filter(Boolean);
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings).size).toBe(warnings.length);
  }, 90_000);

  // The order of before, kept by saying what was found once every file is read (said-later.ts).
  it('checks an answers file against a questionnaire given after it, and says the questionnaire first', async () => {
    const r = await runBinary({ args: ['validate', 'test/fixtures/valid/mini-good.answers.yaml', 'test/fixtures/valid/mini.yaml'] });
    expect(r).toMatchObject({ code: ExitCode.Ok, stderr: '' });
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['test/fixtures/valid/mini.yaml', 'test/fixtures/valid/mini-good.answers.yaml']);
  });

  it('says a custom questionnaire hides the bundled one once, before the files checked against it, for extracts and answers alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-validate-many-'));
    mkdirSync(join(dir, 'ours'));
    writeFileSync(join(dir, 'ours', 'council-cyber-resilience.yaml'), readFileSync(join(repoRoot, 'questionnaires', 'council-cyber-resilience.yaml')));
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml')));
    const share = await runBinary({ args: ['share', 'a.yaml', '--label', 'wrenford', '-o', 'wrenford.json', '--today', '2026-09-01'], cwd: dir });
    expect(share.code, share.stderr).toBe(ExitCode.Ok);
    const r = await runBinary({ args: ['validate', 'wrenford.json', 'a.yaml', 'wrenford.json', 'a.yaml', '--questionnaire-dir', 'ours'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const hidden = r.stderr.split('\n').filter((l) => l.includes('is hidden by ours/council-cyber-resilience.yaml'));
    expect(hidden).toHaveLength(1);
    expect(r.stderr.startsWith(hidden[0] as string)).toBe(true);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
  // said-later.ts keeps what a check threw and throws it when said: swallowed, the run said nothing and passed.
  it('says an unknown -q questionnaire and exits 2, for one file', async () => {
    const r = await runBinary({ args: ['validate', CAF, '-q', 'nosuch'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cyber-ready: unknown questionnaire "nosuch" \(available: /);
  });

  it('says an unknown -q questionnaire after what the other files said, and exits 2', async () => {
    const r = await runBinary({ args: ['validate', 'test/fixtures/valid/mini.yaml', 'no-such-file.yaml', CAF, '-q', 'nosuch'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('test/fixtures/valid/mini.yaml: valid questionnaire mini 1.2.0 (3 sections, 9 questions)\n');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('no-such-file.yaml: no such file');
    expect(lines[1]).toMatch(/^cyber-ready: unknown questionnaire "nosuch" \(available: /);
  });

  it('says the problems of each file in the order the files were given', async () => {
    const dir = 'test/fixtures/invalid/questionnaires';
    const files = ['bad-version.yaml', 'bad-id.yaml', 'bad-severity.yaml'].map((f) => `${dir}/${f}`);
    const r = await runBinary({ args: ['validate', ...files] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(files);
  });
});

// An answers file's check reads the files of its systems too, so a system's file named beside it
// (`validate answers.yaml systems/*.yaml`) was checked twice, and each of its errors said twice.
describe('validate says each error once a run', () => {
  let dir = '';
  const PATCHED = 'systems/bad2.yaml:5:12: "maybe" is not an option of "patched"; choose one of no, yes';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-validate-once-'));
    mkdirSync(join(dir, 'systems'));
    writeFileSync(
      join(dir, 'sys.yaml'),
      'id: vs\nversion: 1.0.0\ntitle: Validate systems\nsections:\n' +
        '  - id: org\n    title: Organisation\n    questions:\n      - { id: owner, text: Is there a named owner?, type: yes-no, severity: high }\n' +
        '  - id: each\n    title: Each system\n    scope: system\n    questions:\n      - { id: patched, text: Is it patched?, type: yes-no, severity: high }\n',
    );
    writeFileSync(join(dir, 'a3.yaml'), 'questionnaire: vs\nquestionnaireVersion: 1.0.0\norganisation: O\nanswers:\n  owner: yes\nsystems:\n  - id: bad2\n    title: Bad two\n    file: systems/bad2.yaml\n');
    writeFileSync(join(dir, 'systems', 'bad2.yaml'), 'questionnaire: vs\nquestionnaireVersion: 1.0.0\nsystem: bad2\nanswers:\n  patched: maybe\n');
  });
  const validate = (files: string[]) => runBinary({ args: ['validate', '-q', 'sys.yaml', ...files], cwd: dir });

  it.each([
    [['a3.yaml', 'systems/bad2.yaml']],
    [['systems/bad2.yaml', 'a3.yaml']],
    [['a3.yaml', 'a3.yaml']],
  ])('a system\'s file and the answers file that lists it: %j', async (files) => {
    const r = await validate(files);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${PATCHED}\n`);
  });

  it('an error of each file still, in the order the files were given', async () => {
    writeFileSync(join(dir, 'other.yaml'), 'questionnaire: vs\nquestionnaireVersion: 1.0.0\norganisation: O\nanswers:\n  owner: sometimes\nsystems:\n  - { id: ok, title: OK, answers: { patched: yes } }\n');
    const r = await validate(['systems/bad2.yaml', 'other.yaml', 'a3.yaml']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${PATCHED}\nother.yaml:5:10: "sometimes" is not an option of "owner"; choose one of no, yes\n`);
  });

  it("a system file's error left to '… and N more' under the answers file is still said where the system file is checked", async () => {
    // 100 unknown answers fill the answers file's list, so its system file's error is counted, not printed, there.
    const unknown = Array.from({ length: 100 }, (_, i) => `  old-${i + 1}: yes\n`).join('');
    writeFileSync(join(dir, 'full.yaml'), `questionnaire: vs\nquestionnaireVersion: 1.0.0\norganisation: O\nanswers:\n${unknown}systems:\n  - { id: bad2, title: Bad two, file: systems/bad2.yaml }\n`);
    const r = await validate(['full.yaml', 'systems/bad2.yaml']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain('systems/bad2.yaml:5:12: … and 1 more problem from here on; fix these first');
    expect(lines.at(-1)).toBe(PATCHED);
  });
});

// validate reads a JSON share extract with JSON.parse, as benchmark does (read-checked-file.ts), and
// anything that reader would word otherwise with the YAML reader, as before. What it says of a file
// must be what the YAML reader says of it: the same file behind a comment line (which only the YAML
// reader takes), its line numbers put back by one.
describe('validate says of a JSON extract what the YAML reader says of it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cr-validate-json-'));
  const yamlDir = join(dir, 'as-yaml');
  mkdirSync(yamlDir);
  // Made before any test, so each reads it whichever runs first, alone (-t) or shuffled.
  let extract = '';
  beforeAll(async () => {
    const made = await runBinary({ args: ['share', join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), '--label', 'Westbrook', '-o', 'good.json', '--today', '2026-12-01'], cwd: dir });
    expect(made.code, made.stderr).toBe(ExitCode.Ok);
    extract = readFileSync(join(dir, 'good.json'), 'utf8');
  }, 60_000);

  const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  /** The extract with `from` put after `after`, which it must hold. */
  const withAfter = (after: string, from: string): string => {
    expect(extract).toContain(after);
    return extract.replace(after, `${after}${from}`);
  };
  /** What validate says of `text` (stdout, stderr, exit code), and what it says through the YAML reader. */
  async function both(text: string, args: string[] = [], comment = '#\n'): Promise<[unknown, unknown]> {
    writeFileSync(join(dir, 'x.json'), text);
    writeFileSync(join(yamlDir, 'x.json'), `${comment}${text}`);
    const fast = await runBinary({ args: ['validate', 'x.json', ...args], cwd: dir });
    const slow = await runBinary({ args: ['validate', 'x.json', ...args], cwd: yamlDir });
    const back = (out: string): string => out.replace(/^x\.json:(\d+):/gm, (_, line: string) => `x.json:${Number(line) - 1}:`);
    return [fast, { ...slow, stdout: back(slow.stdout), stderr: back(slow.stderr) }];
  }

  it('a good extract, as the YAML reader reads it', async () => {
    const [fast, slow] = await both(extract);
    expect(fast).toMatchObject({ code: ExitCode.Ok, stderr: '' });
    expect(fast).toEqual(slow);
  });

  it('with lines that end in a carriage return alone, a line break to YAML', async () => {
    const text = withAfter('"label": "Westbrook",', ' "extra": 1,').replace(/\n/g, '\r');
    const [fast, slow] = await both(text, [], '#\r');
    expect(fast).toMatchObject({ code: ExitCode.CannotAssess, stderr: expect.stringMatching(/^x\.json:6:25: unknown property "extra"/) });
    expect(fast).toEqual(slow);
  });

  // The YAML reader stops at 64 levels; the extract itself is one, "extra" (or "answers") another.
  const TOO_DEEP = 'nesting is too deep (the limit is 64 levels)';
  it.each([
    [60, 'unknown property "extra"'],
    [62, 'unknown property "extra"'],
    [63, 'unknown property "extra"'],
    [64, TOO_DEEP],
    [65, TOO_DEEP],
  ])('with an unknown property nested %i deep, near the depth limit', async (depth, words) => {
    const [fast, slow] = await both(withAfter('"label": "Westbrook",', ` "extra": ${nested(depth)},`));
    expect(fast).toMatchObject({ code: ExitCode.CannotAssess, stderr: expect.stringContaining(words) });
    expect(fast).toEqual(slow);
  });

  it.each([
    [61, 'item 1 of "answers" must be a mapping, not a list'],
    [62, 'item 1 of "answers" must be a mapping, not a list'],
    [63, TOO_DEEP],
  ])('with an answer that is a list nested %i deep, near the depth limit', async (depth, words) => {
    const [fast, slow] = await both(withAfter('"answers": [', `${nested(depth)},`));
    expect(fast).toMatchObject({ code: ExitCode.CannotAssess, stderr: expect.stringContaining(words) });
    expect(fast).toEqual(slow);
  });

  it('checked with --kind answers', async () => {
    const [fast, slow] = await both(extract, ['--kind', 'answers']);
    expect(fast).toMatchObject({ code: ExitCode.CannotAssess });
    expect(fast).toEqual(slow);
  });
});
