// A name in a right-to-left script is isolated (U+2068 … U+2069 in markdown and Word, <bdi> in
// HTML) where the paper writes it as a word of its own, and only there: not inside a longer word,
// which the marks split (Arabic then drew the letter after them on its own); and in markdown in
// whatever form the paper writes it, with an e-mail or web address in it, beside a backslash, or
// ending in "#".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-rtl-words-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const QUESTIONNAIRES = ['--questionnaire-dir', join(repoRoot, 'test/fixtures/systems')];
const TODAY = ['--today', '2026-12-05'];

interface Names {
  note?: string;
  title?: string;
  owner?: string;
}

/** The sys fixture's answers with a Hebrew council, assessor and systems, an Arabic owner, and a waiver's reason holding both. */
function answersFile({ note = 'ראה מדנים ודן, the owner', title = 'שכר', owner = 'علي' }: Names): string {
  const dir = mkdtempSync(join(scratch, 'case-'));
  const file = join(dir, 'a.answers.yaml');
  writeFileSync(
    file,
    [
      'questionnaire: sys',
      'questionnaireVersion: 1.0.0',
      'organisation: מועצת חיפה',
      'assessor: דן',
      'answers:',
      '  owner:',
      '    value: no',
      `    note: ${JSON.stringify(note)}`,
      '  cloud: yes',
      'systems:',
      '  - id: revenues',
      '    title: מערכת שכר',
      '    owner: דן',
      '    answers: { patched: no, mfa: yes, cloud-backup: yes, logged: yes }',
      '  - id: social-care',
      `    title: ${JSON.stringify(title)}`,
      `    owner: ${JSON.stringify(owner)}`,
      '    answers: { patched: no, mfa: no, cloud-backup: yes, logged: no }',
      'waivers:',
      '  - { question: patched, system: revenues, reason: "אושר על ידי דן ו-علي عليه", approvedBy: ועדת ביקורת, expires: 2027-03-31 }',
      '',
    ].join('\n'),
  );
  return file;
}

async function paper(file: string, format: string): Promise<string> {
  const r = await runBinary({ args: ['assess', '-a', file, ...QUESTIONNAIRES, ...TODAY, '-f', format] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return r.stdout;
}

async function wordText(file: string): Promise<string> {
  const out = join(scratch, `${Math.random().toString(36).slice(2)}.docx`);
  const r = await runBinary({ args: ['assess', '-a', file, ...QUESTIONNAIRES, ...TODAY, '-f', 'docx', '-o', out] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  const xml = (await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<\/w:p>|<w:tab\/>|<w:br\/>/g, '\n').replace(/<[^>]*>/g, '');
}

/** What each pair of marks in a markdown paper holds. */
const isolated = (md: string): Set<string> => new Set([...md.matchAll(/\u2068([^\u2068\u2069]*)\u2069/g)].map((m) => m[1] ?? ''));

describe('a right-to-left name inside a longer word', () => {
  // "علي" (Ali) in "عليه", "דן" (Dan) in "ודן" ("and Dan") and "מדנים": the marks split the word.
  it('is left alone in markdown, HTML and Word; the name as a word of its own is isolated', async () => {
    const file = answersFile({});
    const md = await paper(file, 'markdown');
    expect(md).toContain('אושר על ידי \u2068דן\u2069 ו-\u2068علي\u2069 عليه');
    expect(md).toContain('- Note: ראה מדנים ודן, the owner');
    const html = await paper(file, 'html');
    expect(html).toContain('אושר על ידי <bdi>דן</bdi> ו-<bdi>علي</bdi> عليه');
    expect(html).toContain('ראה מדנים ודן, the owner');
    const word = await wordText(file);
    expect(word).toContain('אושר על ידי \u2068דן\u2069 ו-\u2068علي\u2069 عليه');
    expect(word).toContain('ראה מדנים ודן, the owner');
    for (const text of [md, html, word]) expect(text).not.toMatch(/\u2069[\p{L}\p{M}]|<\/bdi>[\p{L}\p{M}]|[\p{L}\p{M}](?:\u2068|<bdi>)/u);
  });
});

describe('in markdown, a right-to-left name', () => {
  it('holding an e-mail address (a code span) is isolated whole, in a sentence and in a table', async () => {
    const md = await paper(answersFile({ owner: 'علي حسن (ali.hassan@haifa.gov.il)' }), 'markdown');
    const owner = '\u2068علي حسن (`ali.hassan@haifa.gov.il`)\u2069';
    expect(md).toContain(`weakest critical system, \u2068שכר\u2069 (${owner}), to bring it up`);
    expect(md).toContain(`| \u2068שכר\u2069 | 6 | Not ready | 3 | ${owner} |`);
    expect(isolated(md)).toEqual(new Set(['מועצת חיפה', 'דן', 'מערכת שכר', 'שכר', 'ועדת ביקורת', 'علي حسن (`ali.hassan@haifa.gov.il`)']));
  });

  // "\\`" is an escaped backslash and then a backtick that opens a code span, not an escaped backtick.
  it('after a backslash is found outside the code spans, and not inside one', async () => {
    const md = await paper(answersFile({ note: 'see \\https://example.org/דן then דן and https://e.org/x' }), 'markdown');
    expect(md).toContain('- Note: see \\\\`https://example.org/דן` then \u2068דן\u2069 and `https://e.org/x`\n');
    const code = nodesOfType(parseMarkdown(md), 'inlineCode').map((n) => n.value);
    expect(code).toContain('https://example.org/דן');
    expect(code.filter((c) => /[\u2066-\u2069]/.test(c))).toEqual([]);
  });

  // A closing run of "#" is escaped only at the end of what is escaped, and a "|" in an address
  // only in a table cell: the name reads differently in a sentence, at a cell's end and in a list.
  it('ending in "#", or holding an address with "|", is isolated in every form the paper writes it', async () => {
    const md = await paper(answersFile({ title: 'שכר #', owner: 'علي https://x.example/a|b' }), 'markdown');
    expect(md).toContain('**Weakest critical system: \u2068שכר #\u2069, 6 out of 100 (Not ready)');
    expect(md).toContain('weakest critical system, \u2068שכר #\u2069 (\u2068علي `https://x.example/a|b`\u2069), to bring it up');
    expect(md).toContain('| \u2068שכר \\#\u2069 | 6 | Not ready | 3 | \u2068علي `https://x.example/a\\|b`\u2069 |');
    expect(md).toContain('- Critical system: \u2068שכר \\#\u2069\n');
    expect(md.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/שכר/);
  });
});
