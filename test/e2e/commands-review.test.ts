// show, init, validate, list and diff as a council officer and a CI engineer use them: defects
// found by reading SPEC and README literally, each checked through the built binary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown, raggedTables } from '../helpers/consumers.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-commands-'));

/** The text a reader sees in a node: text and code spans, in order. */
const shown = (node: Root | RootContent): string =>
  node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? (node.children as RootContent[]).map(shown).join('') : '';

// Question and section text a questionnaire author might well write: pipes, code, HTML-ish text,
// markdown-looking starts, a closing "#" and a long line.
const AWKWARD = `id: awkward
version: 1.0.0
title: "Readiness for C #"
sections:
  - id: only
    title: "Pipes | and <b>tags</b> and \`code\`"
    questions:
      - id: q-one
        text: "Does the | pipe, <table> or \`code\` or \`\`double\`\` or *em* or _u_ or ~s~ or [link](x) break anything #"
        type: choice
        options:
          - { value: "no", label: "No | not <i>at all</i>", score: 0 }
          - { value: "yes", label: "Yes \`fully\` *done* #", score: 1 }
      - id: q-two
        text: "${'A question that goes on and on, '.repeat(12)}to the end"
        type: yes-no
      - id: q-three
        text: "1. Starts like a list, and > like a quote"
        type: yes-no
`;

describe('show', () => {
  it('takes the questionnaire with -q too, as the hint for an unknown one says', async () => {
    const unknown = await runBinary({ args: ['show', 'my-questionnaire'] });
    expect(unknown.code).toBe(ExitCode.CannotAssess);
    expect(unknown.stderr).toContain('for a questionnaire of your own, pass -q FILE');
    for (const args of [['show', '-q', 'test/fixtures/valid/mini.yaml'], ['show', '--questionnaire', 'mini', '--questionnaire-dir', 'test/fixtures/valid'], ['show', 'mini', '-q', 'mini', '--questionnaire-dir', 'test/fixtures/valid']]) {
      const r = await runBinary({ args });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(ExitCode.Ok);
      expect(r.stdout, args.join(' ')).toMatch(/^# Mini questionnaire\n\n`mini` version 1\.2\.0 · 3 sections · 9 questions\n/);
    }
  });

  it('says what it needs when given no questionnaire, or two different ones', async () => {
    expect(await runBinary({ args: ['show'] })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: show needs a questionnaire: a bundled id, an id from a questionnaire folder, or a path (cyber-ready list shows the ids)\n' });
    expect(await runBinary({ args: ['show', 'council-cyber-resilience', '-q', 'caf-local-government'] })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: show takes one questionnaire, but was given "council-cyber-resilience" and -q "caf-local-government"\n' });
  });

  it('renders awkward text as written under a GFM parser: one section, one question, a closing "#"', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'awkward.yaml'), AWKWARD);
    const r = await runBinary({ args: ['show', 'awkward.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('\n`awkward` version 1.0.0 · 1 section · 3 questions\n');
    expect(r.stdout).toContain('\n`only` · weight 1 · 3 questions\n');
    const tree = parseMarkdown(r.stdout);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    expect(raggedTables(tree)).toEqual([]);
    const headings = nodesOfType(tree, 'heading').map(shown);
    // GFM drops a closing run of "#" after a space from a heading; the title ends with one.
    expect(headings[0]).toBe('Readiness for C #');
    expect(headings).toContain('1. Pipes | and <b>tags</b> and `code`');
    expect(headings).toContain('1.1 Does the | pipe, <table> or `code` or ``double`` or *em* or _u_ or ~s~ or [link](x) break anything #');
    expect(headings).toContain(`1.2 ${'A question that goes on and on, '.repeat(12)}to the end`);
    expect(headings).toContain('1.3 1. Starts like a list, and > like a quote');
    const cells = nodesOfType(tree, 'tableCell').map(shown);
    expect(cells).toEqual(expect.arrayContaining(['No | not <i>at all</i>', 'Yes `fully` *done* #']));
  });

  it('shows help, evidence, remediation and indicators as the plain text they are, escaped once', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'plain.yaml'),
      `id: plain
version: 1.0.0
title: Plain
sections:
  - id: only
    title: Only
    questions:
      - id: q-one
        text: Are backups tested?
        type: yes-no
        help: "First paragraph, with *stars* & <angles>.\\n\\n# Not a heading\\n- not a list"
        evidence: "Restore logs & tickets"
        remediation: "# Test a restore\\n1. weekly"
      - id: q-two
        text: Is recovery planned?
        type: outcome
        indicators:
          achieved:
            - { id: R.A.1, text: "Backups & restores are tested <monthly>" }
`,
    );
    const r = await runBinary({ args: ['show', 'plain.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const tree = parseMarkdown(r.stdout);
    // Only the document's own headings: the title, its ratings, the section and its two questions.
    expect(nodesOfType(tree, 'heading').map(shown)).toEqual(['Plain', 'Ratings', '1. Only', '1.1 Are backups tested?', '1.2 Is recovery planned?']);
    expect(nodesOfType(tree, 'emphasis')).toEqual([]);
    expect(nodesOfType(tree, 'listItem').map(shown)).toEqual(['R.A.1 Backups & restores are tested <monthly>']);
    const paragraphs = nodesOfType(tree, 'paragraph').map(shown);
    expect(paragraphs).toEqual(expect.arrayContaining(['First paragraph, with *stars* & <angles>.', '# Not a heading - not a list', 'Evidence an auditor would accept: Restore logs & tickets', 'If this falls short: # Test a restore 1. weekly']));
  });
});

describe('init: the template validates at every stage of being filled in', () => {
  /** The waiver example under "waivers:" with its "# " removed, as its comment says, and filled in. */
  const addWaiver = (text: string, question: string, system?: string): string => {
    const at = text.indexOf('\nwaivers:\n');
    const tail = text.slice(at).replace(/^ {2}# /gm, '  ').replace('question: QUESTION-ID', `question: ${question}`).replace('expires: YYYY-MM-DD', 'expires: 2027-06-30');
    return text.slice(0, at) + (system ? tail.replace(/system: ID \(.*\)/, `system: ${system}`) : tail);
  };

  it('empty, partly answered, and with a waiver added as the comments show', async () => {
    const dir = scratch();
    expect((await runBinary({ args: ['init', '--today', '2026-12-01'], cwd: dir })).code).toBe(ExitCode.Ok);
    const file = join(dir, 'cyber-ready-answers.yaml');
    const template = readFileSync(file, 'utf8');
    expect(template).toMatch(/\nwaivers:\n {2}# - question: QUESTION-ID\n {2}# {3}reason: /);
    const validate = () => runBinary({ args: ['validate', 'cyber-ready-answers.yaml'], cwd: dir });
    expect(await validate()).toEqual({ code: ExitCode.Ok, stdout: 'cyber-ready-answers.yaml: valid answers to council-cyber-resilience 2.3.0 (0 of 140 questions answered, 0 waivers)\n', stderr: '' });
    const partly = template.replace(/^ {2}gov-siro:$/m, '  gov-siro: no').replace(/^ {2}gov-senior-owner:$/m, '  gov-senior-owner: partly');
    writeFileSync(file, partly);
    expect((await validate()).stdout).toContain('(2 of 140 questions answered, 0 waivers)');
    // Under "waivers: []" the uncommented example was a YAML error ("expected key: value").
    writeFileSync(file, addWaiver(partly, 'gov-siro'));
    expect(await validate()).toEqual({ code: ExitCode.Ok, stdout: 'cyber-ready-answers.yaml: valid answers to council-cyber-resilience 2.3.0 (2 of 140 questions answered, 1 waiver)\n', stderr: '' });
  });

  it('for critical systems: valid with a warning before any system, and a system waiver added by hand', async () => {
    const dir = scratch();
    expect((await runBinary({ args: ['init', '-q', 'caf-local-government', '-o', 'caf.yaml', '--today', '2026-12-01'], cwd: dir })).code).toBe(ExitCode.Ok);
    const file = join(dir, 'caf.yaml');
    const bare = await runBinary({ args: ['validate', 'caf.yaml'], cwd: dir });
    expect(bare.code).toBe(ExitCode.Ok);
    expect(bare.stdout).toBe('caf.yaml: valid answers to caf-local-government 2.1.2 (0 of 14 questions answered, 0 waivers, 0 critical systems)\n');
    expect(bare.stderr.startsWith(`caf.yaml:${readFileSync(file, 'utf8').split('\n').indexOf('systems:') + 1}:`)).toBe(true);
    expect(bare.stderr).toMatch(/^caf\.yaml:\d+:\d+: warning: questionnaire "caf-local-government" answers sections .* once per critical system, and this file lists none yet, so it cannot be assessed; add each critical system under "systems:"/);
    // The example system uncommented (as the template says), then a waiver on one of its questions.
    const text = readFileSync(file, 'utf8');
    const [head, tail] = text.split('\nsystems:\n') as [string, string];
    const end = tail.indexOf('\n\n#');
    const system = tail.slice(0, end).split('\n').map((line) => (line === '  #' ? '' : line.replace(/^ {2}# /, '  '))).join('\n');
    writeFileSync(file, addWaiver(`${head}\nsystems:\n${system}${tail.slice(end)}`, 'caf-b4-d', 'revenues-benefits'));
    expect(await runBinary({ args: ['validate', 'caf.yaml'], cwd: dir })).toEqual({ code: ExitCode.Ok, stdout: 'caf.yaml: valid answers to caf-local-government 2.1.2 (0 of 41 questions answered, 1 waiver, 1 critical system)\n', stderr: '' });
  });
});

describe('validate', () => {
  it('reads standard input once, and says so when "-" is given twice', async () => {
    const questionnaire = readFileSync('test/fixtures/valid/mini.yaml', 'utf8');
    const twice = await runBinary({ args: ['validate', '-', '-'], stdin: questionnaire });
    // The second "-" found standard input spent and was called an empty file.
    expect(twice).toEqual({ code: ExitCode.CannotAssess, stdout: '<stdin>: valid questionnaire mini 1.2.0 (3 sections, 9 questions)\n', stderr: '<stdin>: standard input was read already in this run; give "-" for one file only\n' });
    const diff = await runBinary({ args: ['diff', '-', '-'], stdin: readFileSync('examples/council-cyber-resilience.answers.yaml', 'utf8') });
    expect(diff).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: '<stdin>: standard input was read already in this run; give "-" for one file only\n' });
  });

  it('does not call a questionnaire given in the same run unknown when it has errors', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'mini.yaml'), readFileSync('test/fixtures/valid/mini.yaml', 'utf8').replace('title: Mini questionnaire\n', 'title: Mini questionnaire\nauthor: me\n'));
    writeFileSync(join(dir, 'answers.yaml'), readFileSync('test/fixtures/valid/mini.answers.yaml', 'utf8'));
    const r = await runBinary({ args: ['validate', 'mini.yaml', 'answers.yaml'], cwd: dir });
    expect(r).toEqual({
      code: ExitCode.CannotAssess,
      stdout: '',
      stderr: 'mini.yaml:5:1: unknown property "author"; expected "id", "version", "title", "description", "frameworks", "ratings", "scales", "systemLabel", "systemLabelPlural", "upgradeNotes", "profiles" or "sections"\nanswers.yaml:2:16: not checked: its questionnaire "mini" (mini.yaml) has errors; fix those first\n',
    });
  });
});

describe('list', () => {
  it('searches a folder named twice once, rather than saying its questionnaires hide themselves', async () => {
    const once = await runBinary({ args: ['list', '--questionnaire-dir', 'test/fixtures/valid'] });
    expect(once.stderr).toBe('');
    // CI often sets CYBER_READY_PATH for every job and a job passes the folder as well.
    for (const args of [['list', '--questionnaire-dir', 'test/fixtures/valid/', '--questionnaire-dir', 'test/fixtures/valid'], ['list', '--questionnaire-dir', './test/fixtures/valid', '--questionnaire-dir', 'questionnaires']]) {
      const twice = await runBinary({ args, env: { CYBER_READY_PATH: 'test/fixtures/valid' } });
      expect(twice, args.join(' ')).toEqual({ code: ExitCode.Ok, stdout: once.stdout, stderr: '' });
    }
  });

  it('passes over YAML that is not meant as a questionnaire (a repository\'s CI files), but not a broken questionnaire', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-list-'));
    writeFileSync(join(dir, 'mini.yaml'), readFileSync('test/fixtures/valid/mini.yaml', 'utf8'));
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'stages:\n  - test\ntest:\n  script: npm test\n');
    writeFileSync(join(dir, 'workflow.yml'), 'name: CI\non: push\n');
    writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: mini\nanswers: {}\n');
    const clean = await runBinary({ args: ['list', '--questionnaire-dir', dir, '--format', 'json'] });
    expect({ code: clean.code, stderr: clean.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    expect((JSON.parse(clean.stdout) as { id: string }[]).map((q) => q.id)).toContain('mini');
    // With an id, a file is meant as a questionnaire: its mistake is reported, and the run fails.
    writeFileSync(join(dir, 'typo.yaml'), 'id: typo\nversion: 1.0.0\ntitle: Typo\nsection: []\n');
    const broken = await runBinary({ args: ['list', '--questionnaire-dir', dir] });
    expect(broken.code).toBe(ExitCode.CannotAssess);
    expect(broken.stderr).toContain('typo.yaml:4:1: unknown property "section"; did you mean "sections"?');
    expect(broken.stderr).not.toMatch(/gitlab-ci|workflow|answers\.yaml/);
  });
});

describe('diff', () => {
  // One question per section, whose option scores put the section just either side of a whole number.
  const questionnaire = `id: edges
version: 1.0.0
title: Edges
sections:
${[['a', 0.1, 0.106], ['b', 0.109, 0.11], ['c', 0.29, 0.3]].map(([id, low, high]) => `  - id: ${id}
    title: Section ${id}
    questions:
      - id: q-${id}
        text: Question ${id}?
        type: choice
        options:
          - { value: low, label: Low, score: ${low} }
          - { value: high, label: High, score: ${high} }
`).join('')}`;
  const answers = (a: string, b: string, c: string) => `questionnaire: edges\nanswers:\n  q-a: ${a}\n  q-b: ${b}\n  q-c: ${c}\n`;

  it('lists a section as changed when its shown score changed, and keeps JSON deltas to nine places', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'edges.yaml'), questionnaire);
    writeFileSync(join(dir, 'old.yaml'), answers('low', 'low', 'low'));
    writeFileSync(join(dir, 'new.yaml'), answers('high', 'high', 'high'));
    const args = ['diff', 'old.yaml', 'new.yaml', '-q', 'edges.yaml', '--today', '2026-12-01'];
    const text = await runBinary({ args, cwd: dir });
    expect(text.code).toBe(ExitCode.Ok);
    // a: 10 → 10.6 shows "10 → 10": unchanged. b: 10.9 → 11 shows "10 → 11": changed. c: 29 → 30.
    expect(text.stdout).toContain('\nSections\n  Section b  10 → 11 (+1)\n  Section c  29 → 30 (+1)\n  1 other section unchanged.\n');
    const markdown = await runBinary({ args: [...args, '-f', 'markdown'], cwd: dir });
    expect(markdown.stdout).toContain('| Section b | 10 | 11 | +1 |\n| Section c | 29 | 30 | +1 |\n\n1 other section unchanged.\n');
    const json = await runBinary({ args: [...args, '-f', 'json'], cwd: dir });
    const result = JSON.parse(json.stdout) as { overall: { delta: number }; sections: { id: string; delta: number }[]; improved: { question: string; delta: number }[] };
    expect(result.sections.map((s) => [s.id, s.delta])).toEqual([['a', 0.6], ['b', 0.1], ['c', 1]]);
    expect(result.improved.map((q) => [q.question, q.delta])).toEqual([['q-c', 0.01], ['q-a', 0.006], ['q-b', 0.001]]);
    // Every number in the diff has at most nine decimals (binary noise such as 0.6000000000000005 is gone).
    for (const n of json.stdout.match(/-?\d+\.\d+/g) ?? []) expect(n.split('.')[1]!.length, n).toBeLessThanOrEqual(9);
  });
});
