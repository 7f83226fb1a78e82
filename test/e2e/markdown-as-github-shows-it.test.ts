// The markdown papers as GitHub (and pandoc, making a Word paper from them) show them: no backslash
// left in a code span, no maths made of a system's title, names in a right-to-left script laid out
// apart from the figures after them, and table columns as wide as what they hold.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-md-github-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const TODAY = ['--today', '2026-12-01'];

/** A folder holding the sys fixture's answers as `name` (and social care's own file), changed by `edit`. */
function sysAnswers(folder: string, name: string, edit: (text: string) => string = (t) => t): string {
  const dir = join(scratch, folder);
  mkdirSync(join(dir, 'systems'), { recursive: true });
  writeFileSync(join(dir, 'systems/social-care.yaml'), socialCare('yes'));
  writeFileSync(join(dir, name), edit(answers({})));
  return dir;
}

async function markdownOf(args: string[], cwd: string): Promise<string> {
  const r = await runBinary({ args: [...args, '-f', 'markdown'], cwd });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return r.stdout;
}

const inlineCode = (md: string): string[] => nodesOfType(parseMarkdown(md), 'inlineCode').map((n) => n.value);
const textOf = (md: string): string => nodesOfType(parseMarkdown(md), 'text').map((n) => n.value).join('\n');

describe('a code span outside a table', () => {
  // "\|" is an escape only inside a table row; in a list item the code span showed its backslash.
  it('shows a file name holding "|" as written', async () => {
    const dir = sysAnswers('bar', 'ce|v2.answers.yaml');
    const md = await markdownOf(['assess', '-a', 'ce|v2.answers.yaml', '--questionnaire-dir', fixtures, ...TODAY], dir);
    expect(md).toContain('- Answers file: `ce|v2.answers.yaml`\n');
    expect(inlineCode(md)).toContain('ce|v2.answers.yaml');
    const diff = await markdownOf(['diff', '--questionnaire-dir', fixtures, ...TODAY, 'ce|v2.answers.yaml', 'ce|v2.answers.yaml'], dir);
    expect(inlineCode(diff).filter((c) => c.includes('v2'))).toEqual(['ce|v2.answers.yaml', 'ce|v2.answers.yaml']);
  });
});

describe('a "$" in a name', () => {
  // GitHub and GitLab read text between two "$" as maths.
  it('is escaped in prose and table cells alike, and reads as written', async () => {
    const TITLE = 'Files on $env:TEMP/$env:USER share';
    const dir = sysAnswers('dollar', 'a.yaml', (t) => t.replace('title: Waste collection', `title: ${TITLE}`));
    const md = await markdownOf(['assess', '-a', 'a.yaml', '--questionnaire-dir', fixtures, ...TODAY], dir);
    const escaped = 'Files on \\$env:TEMP/\\$env:USER share';
    expect(md).toContain(`| ${escaped} |`);
    expect(md).toMatch(new RegExp(`^- .*${escaped.replace(/[\\$]/g, '\\$&')}`, 'm'));
    expect(md.replace(/\\\$/g, '')).not.toContain('$');
    expect(textOf(md)).toContain(TITLE);
  });
});

describe('table columns for pandoc', () => {
  // pandoc's markdown reader gives each column the share of the page its dashes have once a row is
  // longer than a line: with three dashes each, a section title broke mid-word in Word.
  it('a column of titles has more dashes than one of figures', async () => {
    const md = await markdownOf(['assess', '-a', 'examples/caf-local-government.answers.yaml', ...TODAY], repoRoot);
    const i = md.indexOf('| Section | Score | Rating | Gaps | Weight |\n');
    expect(i).toBeGreaterThan(-1);
    const rule = md.slice(i).split('\n')[1] ?? '';
    const dashes = rule.split('|').slice(1, -1).map((c) => c.length);
    expect(rule.split('|').slice(1, -1).map((c) => c.endsWith(':'))).toEqual([false, true, false, true, true]);
    expect(dashes[0]).toBeGreaterThanOrEqual(3 * (dashes[1] ?? 0));
    expect(dashes[2]).toBeGreaterThan(dashes[1] ?? 0);
    // Every table's rule is made the same way: none is left at three dashes a column.
    expect(md).not.toMatch(/^\|(?:-{3}:?\|)+$/m);
  });
});

describe('the action plan with one system', () => {
  it('does not speak of a question open on more than one system', async () => {
    const one = (t: string) => t.replace(/ {2}- id: social-care[^]*$/, '');
    const dir = sysAnswers('one-system', 'a.yaml', one);
    const md = await markdownOf(['assess', '-a', 'a.yaml', '--questionnaire-dir', fixtures, ...TODAY], dir);
    expect(md).not.toContain('more than one');
    expect(md).toContain("The critical system's actions, for its owner:");
    const two = await markdownOf(['assess', '-a', 'a.yaml', '--questionnaire-dir', fixtures, ...TODAY], sysAnswers('three-systems', 'a.yaml'));
    expect(two).toContain('A question open on more than one critical system is said once');
  });
});

describe('a name in a right-to-left script in the diff', () => {
  const COUNCIL = 'מועצת רמת השרון';
  const SYSTEM = 'نظام الإيرادات';
  it('is isolated with U+2068 … U+2069 in markdown, as in the board paper, and not in text', async () => {
    const rtl = (mfa: string) => (t: string) =>
      t.replace('organisation: Test Council', `organisation: ${COUNCIL}`).replace('title: Revenues and benefits', `title: ${SYSTEM}`).replace('mfa: no', `mfa: ${mfa}`);
    sysAnswers('rtl-old', 'a.yaml', rtl('no'));
    sysAnswers('rtl-new', 'a.yaml', rtl('yes'));
    const files = ['rtl-old/a.yaml', 'rtl-new/a.yaml'];
    const md = await markdownOf(['diff', '--questionnaire-dir', fixtures, ...TODAY, ...files], scratch);
    expect(md).toMatch(new RegExp(`^# \\u2068${COUNCIL}\\u2069: what changed\\n`));
    expect(md).toContain(`| \u2068${SYSTEM}\u2069 |`);
    expect(md.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u2066-\u2069]/);
    const text = await runBinary({ args: ['diff', '--questionnaire-dir', fixtures, ...TODAY, ...files], cwd: scratch });
    expect(text.stdout).toContain(COUNCIL);
    expect(text.stdout).not.toMatch(/[\u2066-\u2069]/);
  });
});
