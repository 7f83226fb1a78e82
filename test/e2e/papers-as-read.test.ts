// The board papers as their readers meet them, through the real binary: what a cabinet member, an
// audit committee or a Local Resilience Forum sees when the answers file leaves optional text blank
// (`init` writes `organisation: ""`), and what Word and LibreOffice show of the Word paper's shape.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { parseMarkdown, nodesOfType } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';
import { convertWithOffice, libreOffice, neededUnderCi, plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';

const TODAY = '2026-12-01';

// Every optional text left blank, as the template leaves it or with spaces only: the organisation,
// the assessor, each system's owner, an answer's note, owner and evidence, an indicator's comment and
// a waiver's approver. Gaps on both systems, so each appears in the action plan and the risks.
const BLANK = [
  'questionnaire: sysout',
  'questionnaireVersion: 1.0.0',
  'organisation: ""',
  'assessor: "   "',
  'answers:',
  '  board:',
  '    indicators: { G.NA.1: false, G.A.1: false }',
  '    comments: { G.A.1: "  " }',
  '    note: ""',
  '    owner: " "',
  '    evidence: ["", "  "]',
  'systems:',
  '  - id: payroll',
  '    title: Payroll',
  '    owner: ""',
  '    answers:',
  '      access:',
  '        indicators: { P.NA.1: false, P.PA.1: false, P.A.1: false, P.A.2: false }',
  '        note: "  "',
  '      patching:',
  '        indicators: { U.NA.1: false, U.A.1: false }',
  '  - id: housing',
  '    title: Housing repairs',
  '    owner: "  "',
  '    answers:',
  '      access:',
  '        indicators: { P.NA.1: false, P.PA.1: true, P.A.1: false, P.A.2: false }',
  '      patching:',
  '        indicators: { U.NA.1: false, U.A.1: false }',
  'waivers:',
  '  - { question: patching, system: housing, reason: Replacement goes live in March., approvedBy: " ", expires: 2027-03-31 }',
  '',
].join('\n');
const ARGS = ['assess', '-q', 'test/fixtures/systems-outcomes/sysout.yaml', '-a', '-', '--today', TODAY];

async function paper(format: string, stdin = BLANK): Promise<string> {
  const r = await runBinary({ args: [...ARGS, '-f', format], stdin });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('optional text left blank reads as not given, in every paper', () => {
  it('the assessment leaves it out: no empty organisation, owner, note, evidence, comment or approver', async () => {
    const a = JSON.parse(await paper('json')) as Assessment;
    expect(a.organisation).toBeNull();
    expect(a.assessor).toBeNull();
    expect(a.systems.map((s) => s.owner)).toEqual([null, null]);
    expect(a.gaps.length).toBeGreaterThan(3);
    for (const q of a.questions) {
      expect([q.note, q.owner, q.evidence], q.id).toEqual([null, null, []]);
      expect(q.outcome?.indicators.filter((i) => i.comment !== null)).toEqual([]);
    }
    for (const g of a.gaps) expect(g.owner).toBeNull();
    expect(a.gaps.find((g) => g.waiver)?.waiver).toMatchObject({ approvedBy: null });
  });

  it('markdown: the title names no one, and no line or cell ends where the text should be', async () => {
    const md = await paper('markdown');
    expect(md.split('\n')[0]).toBe('# Cyber readiness assessment: Outcomes by system');
    expect(md).not.toMatch(/^\s*(?:- )?(?:Organisation|Assessed by|Note|Evidence|Owner|Approved by)[^:\n]*: *$/m);
    expect(md).not.toMatch(/Owner: +\.|Owner: +for |Assessed by/);
    const owners = nodesOfType(parseMarkdown(md), 'table')
      .filter((t) => t.children[0]?.children.at(-1)?.children.map((c) => ('value' in c ? c.value : '')).join('') === 'Owner')
      .flatMap((t) => t.children.slice(1).map((row) => row.children.at(-1)?.children.map((c) => ('value' in c ? c.value : '')).join('')));
    expect(owners).toEqual(['Not named', 'Not named']);
  });

  it('HTML: a heading with words, and no empty definition or owner cell', async () => {
    const html = await paper('html');
    expect(html).toContain('<title>Cyber readiness assessment: Outcomes by system</title>');
    expect(html).toContain('<h1>Cyber readiness assessment</h1>');
    expect(html).not.toMatch(/<(h\d|dt|dd|li)[^>]*>\s*<\/\1>/);
    expect(html).not.toMatch(/Assessed by/);
    expect([...html.matchAll(/<tr><th scope="row" class="free">(Payroll|Housing repairs)<\/th>(?:<td[^>]*>[^<]*<\/td>){3}<td class="free">([^<]*)<\/td><\/tr>/g)].map((m) => m[2])).toEqual(['Not named', 'Not named']);
  });

  it('Word: a title with words, and no empty paragraph', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-blank-')), 'paper.docx');
    const r = await runBinary({ args: [...ARGS, '-f', 'docx', '-o', file], stdin: BLANK });
    expect(r.code, r.stderr).toBe(0);
    const doc = await readDocx({ path: file });
    expect(doc.html).toMatch(/^<h1 class="title">Cyber readiness assessment<\/h1>/);
    expect(doc.html).not.toMatch(/<(h\d|p|li)[^>]*>\s*<\/\1>/);
    expect(squash(doc.text)).not.toMatch(/Assessed by|owner: +\.|Owner: +for /);
    // Table cells say what the markdown and HTML papers' cells say, with a capital.
    const rows = [...doc.html.matchAll(/<tr><td><p>(Payroll|Housing repairs)<\/p><\/td>(?:<td><p>[^<]*<\/p><\/td>){3}<td><p>([^<]*)<\/p><\/td><\/tr>/g)].map((m) => m[2]);
    expect(rows).toEqual(['Not named', 'Not named']);
  });

  it('text: the header names no empty organisation or assessor', async () => {
    const text = await paper('text');
    expect(text.split('\n').slice(0, 3).join('\n')).not.toMatch(/assessed by|^, |^ *·/m);
  });
});

describe('the one-screen summary with a critical system whose name has a very long word', () => {
  // A word too long for the title column stacks the systems table (title, then its score), as it
  // must never be cut; it used to stack the sections above it too, and the 40 lines then held only
  // eight of the CAF's fourteen sections.
  it('keeps every section on its own line with its score, and stacks only the systems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-long-word-'));
    cpSync('examples/systems', join(dir, 'systems'), { recursive: true });
    const answers = readFileSync('examples/caf-local-government.answers.yaml', 'utf8');
    const place = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    writeFileSync(join(dir, 'caf.yaml'), answers.replace('title: Social care case management', `title: Social care at ${place}`));
    const r = await runBinary({ args: ['assess', '-a', join(dir, 'caf.yaml'), '--today', TODAY, '--no-color'], env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const a = JSON.parse((await runBinary({ args: ['assess', '-a', join(dir, 'caf.yaml'), '--today', TODAY, '-f', 'json'] })).stdout) as Assessment;
    expect(a.sections).toHaveLength(14);
    // A title may wrap at a space; its first line carries the bar, score and rating.
    for (const section of a.sections) expect(lines.filter((l) => l.startsWith(`  ${section.title.split(' ').slice(0, 2).join(' ')} `) && / \d+ {2}\S/.test(l)), section.title).toHaveLength(1);
    expect(lines).toContain(`  Social care at ${place}`);
    // The closing "Add --detail" line takes two lines to name the stale answer, so one system (not the
    // weakest) gives way to --detail; the stacked table keeps the others.
    expect(r.stdout).not.toMatch(/and [2-9] more, none scoring lower/);
    expect(lines.length).toBeLessThanOrEqual(41);
  });
});

describe('a council with one critical system', () => {
  // "once for each of the critical system below" and "the critical system' own scores" read as slips,
  // and there is nothing to count equally with.
  const ONE = BLANK.replace(/ {2}- id: housing[\s\S]*?(?=waivers:)/, '').replace(/waivers:[\s\S]*$/, '');
  it.each(['markdown', 'html', 'docx'])('%s says how the one system was assessed', async (format) => {
    let text: string;
    if (format === 'docx') {
      const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-one-')), 'paper.docx');
      const r = await runBinary({ args: [...ARGS, '-f', 'docx', '-o', file], stdin: ONE });
      expect(r.code, r.stderr).toBe(0);
      text = squash(plainQuotes((await readDocx({ path: file })).text));
    } else text = squash((await paper(format, ONE)).replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
    expect(text).toContain("The critical system sections were answered for the one critical system below, the others once for the organisation; its own score counts the organisation's sections with its own, while its gaps are its own alone.");
    expect(text).toMatch(/A section marked ["“]\(mean\)["”] is answered once per critical system: with one critical system, its score is that critical system's own\./);
    expect(text).not.toMatch(/each of the critical system\b|counts each critical system equally|Weakest|system' own/);
    // Nothing for the appendix here (no profiles, references or open answers): no empty heading or page.
    expect(text).not.toMatch(/Appendix|#appendix/);
  });
});

describe("the Word paper's properties, as File > Info shows them", () => {
  const core = async (stdin: string): Promise<string> => {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-props-')), 'paper.docx');
    const r = await runBinary({ args: [...ARGS, '-f', 'docx', '-o', file], stdin });
    expect(r.code, r.stderr).toBe(0);
    return (await (await JSZip.loadAsync(readFileSync(file))).file('docProps/core.xml')?.async('string')) ?? '';
  };
  it('the author is the assessor, else the council, else the tool; the tool made the last change', async () => {
    const named = await core(BLANK.replace('organisation: ""', 'organisation: Wrenford & Co').replace('assessor: "   "', 'assessor: Head of <ICT>'));
    expect(named).toContain('<dc:creator>Head of &lt;ICT&gt;</dc:creator>');
    expect(named).toContain('<dc:title>Wrenford &amp; Co: Outcomes by system</dc:title>');
    expect(await core(BLANK.replace('organisation: ""', 'organisation: Wrenford'))).toContain('<dc:creator>Wrenford</dc:creator>');
    const blank = await core(BLANK);
    expect(blank).toMatch(/<dc:creator>cyber-ready \S+<\/dc:creator>/);
    expect(blank).toMatch(/<cp:lastModifiedBy>cyber-ready \S+<\/cp:lastModifiedBy>/);
  });
});

describe('a section that does not apply reads alike in every paper', () => {
  // Every question answered not applicable: each section's rating cell says so in the same words.
  const NOTHING_APPLIES = ['assess', '-q', 'test/fixtures/board-paper/edge.yaml', '--today', TODAY, '-a', 'test/fixtures/board-paper/all-not-applicable.answers.yaml'];
  it('markdown, HTML and Word', async () => {
    const cells = (text: string, row: RegExp): string[] => [...text.matchAll(row)].map((m) => m[1] ?? '');
    const md = await runBinary({ args: [...NOTHING_APPLIES, '-f', 'markdown'] });
    const html = await runBinary({ args: [...NOTHING_APPLIES, '-f', 'html'] });
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-na-')), 'paper.docx');
    const word = await runBinary({ args: [...NOTHING_APPLIES, '-f', 'docx', '-o', file] });
    for (const r of [md, html, word]) expect(r.code, r.stderr).toBe(0);
    const fromWord = cells((await readDocx({ path: file })).html, /<tr><td><p>(?:People|Systems)<\/p><\/td><td><p>n\/a<\/p><\/td><td><p>([^<]*)<\/p>/g);
    expect(cells(md.stdout, /^\| \d+\. (?:People|Systems) \| n\/a \| ([^|]*) \|/gm).map((c) => c.trim())).toEqual(['Not applicable', 'Not applicable']);
    expect(cells(html.stdout, /<th scope="row" class="free">(?:People|Systems)<\/th><td class="num">n\/a<\/td><td>([^<]*)<\/td>/g)).toEqual(['Not applicable', 'Not applicable']);
    expect(fromWord).toEqual(['Not applicable', 'Not applicable']);
  });
});

/** Headings as [level, text], from mammoth's HTML of a Word document or LibreOffice's flat XML. */
function headingsOf(markup: string, pattern: RegExp): [number, string][] {
  const plain = (text: string): string =>
    squash(text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  return [...markup.matchAll(pattern)].map((m) => [Number(m[1]), plain(m[2] ?? '')]);
}

// LibreOffice is a second reader of the Word paper, and the one many councils' members open it in.
const office = neededUnderCi(libreOffice(), 'LibreOffice Writer (Debian: libreoffice-writer-nogui)');
describe.skipIf(!office)('the Word paper in LibreOffice', () => {
  it('has every heading in the navigator at its level, as Word readers see them', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-outline-'));
    const file = join(dir, 'caf.docx');
    const r = await runBinary({ args: ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', TODAY, '-f', 'docx', '-o', file] });
    expect(r.code, r.stderr).toBe(0);
    const word = headingsOf((await readDocx({ path: file })).html, /<h([1-6])>(.*?)<\/h\1>/g);
    const [flat] = convertWithOffice(office as string, [file], dir, 'fodt');
    // Without an outline level LibreOffice reads a "Heading 1" paragraph as body text.
    const writer = headingsOf(readFileSync(flat as string, 'utf8'), /<text:h\b[^>]*\btext:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g);
    // The decisions straight after the score, as a committee report's recommendations; then the risks.
    expect(word.slice(0, 4)).toEqual([
      [1, 'Summary'],
      [2, 'What the committee is asked to do'],
      [2, 'The five biggest risks'],
      [2, 'Critical systems: own scores'],
    ]);
    expect(writer).toEqual(word);
    for (const [i, [level]] of word.entries()) expect(level - (word[i - 1]?.[0] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1);
  });
});
