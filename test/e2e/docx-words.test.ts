// The Word paper's words and layout as a committee clerk and a screen reader meet them: the appendix
// says what the markdown paper says, quote marks are typographic throughout, a short table stays on
// one page, and figures line up. Through the real binary, read back as XML and by mammoth.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { plainQuotes, readDocx } from '../helpers/docx-reader.js';

const TODAY = ['--today', '2026-11-23'];
const example = (id: string): string[] => ['assess', '-a', `examples/${id}.answers.yaml`, ...TODAY];

async function docxOf(args: string[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-words-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code, r.stderr).toBe(0);
  return file;
}

const documentXml = async (file: string): Promise<string> => (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
const decode = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The appendix's parts as [heading, the sentence under it or ''], from the markdown paper. */
function markdownParts(md: string): [string, string][] {
  const lines = md.slice(md.indexOf('## Appendix')).split('\n');
  const parts: [string, string][] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('### ')) return;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    parts.push([line.slice(4), /^[|#-]/.test(next) ? '' : next]);
  });
  return parts;
}

/** The same from the Word paper, as mammoth reads it: each level-2 heading of the appendix and the paragraph right after it. */
function wordParts(html: string): [string, string][] {
  const appendix = plainQuotes(html.slice(html.indexOf('<h1>Appendix</h1>')));
  return [...appendix.matchAll(/<h2>(.*?)<\/h2>(?:<p>(.*?)<\/p>)?/g)].map((m) => [decode(m[1] ?? ''), decode(m[2] ?? '')]);
}

describe.each(['council-cyber-resilience', 'caf-local-government'])('the Word appendix of the %s example', (id) => {
  it('has the markdown paper’s headings, in its order, each with the sentence that says what its rows mean', async () => {
    const md = (await runBinary({ args: [...example(id), '-f', 'markdown'] })).stdout;
    const want = markdownParts(md);
    // Both examples between them have a "don't know", a contradiction, an expired waiver and a profile.
    expect(want.length).toBeGreaterThan(4);
    expect(want.filter(([, sentence]) => sentence).length).toBeGreaterThan(2);
    expect(wordParts((await readDocx({ path: await docxOf(example(id)) })).html)).toEqual(want);
  });
});

describe('quote marks in the Word paper', () => {
  it('are typographic in its words and the council’s alike; a file name keeps its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-quotes-'));
    const answers = join(dir, 'council\'s "answers".yaml');
    const yaml = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    writeFileSync(answers, yaml.replace(/^organisation: .*$/m, 'organisation: Northmoor "Test" Council'));
    const file = await docxOf(['assess', '-a', answers, ...TODAY]);
    const xml = await documentXml(file);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
    // A straight quote is left only in the file's name.
    expect(runs.filter((t) => /&quot;|&apos;/.test(t))).toEqual(['council&apos;s &quot;answers&quot;.yaml']);
    const { text } = await readDocx({ path: file });
    expect(text).toContain('Northmoor “Test” Council');
    expect(text).toContain('3 answered “don’t know”');
    // The council's note, typed with a straight apostrophe.
    expect(text).toContain('in line with the Home Office’s announced ban');
    // Our words that were already curly, and the tables' titles.
    expect(text).toContain('Each section’s score is out of 100');
    expect([...xml.matchAll(/<w:tblCaption w:val="([^"]*)"/g)].filter((m) => /&quot;|&apos;/.test(m[1] ?? ''))).toEqual([]);
  });

  it('leave a web address exactly as typed, and open a quote before any character but a space', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-quotes-'));
    const answers = join(dir, 'a.yaml');
    const yaml = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    const note = `See https://intranet.example/it's-policy?q="x" and www.example.org/o'brien's. Checked with grep -E "^PermitRootLogin" on (id '{31B2F340}') where q="x" and note:"y".`;
    // In the note's folded block (>-), where quotes are the note's own, as typed.
    writeFileSync(answers, yaml.replace("Office's announced ban;", `Office's announced ban; ${note}`));
    const { text } = await readDocx({ path: await docxOf(['assess', '-a', answers, ...TODAY]) });
    expect(text).toContain(
      'ban; See https://intranet.example/it\'s-policy?q="x" and www.example.org/o\'brien\'s. Checked with grep -E “^PermitRootLogin” on (id ‘{31B2F340}’) where q=“x” and note:“y”.',
    );
  });
});

/** Each table of a Word document: per row, whether every paragraph in it keeps with the next. */
/** Each table's title, and for each row whether it keeps with the next (the header rows first). */
function tablesKeeping(xml: string): { caption: string; rows: boolean[]; headers: number }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...(t[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? '');
    return {
      caption: /<w:tblCaption w:val="([^"]*)"\/>/.exec(t[1] ?? '')?.[1] ?? '',
      headers: rows.filter((r) => r.includes('<w:tblHeader/>')).length,
      rows: rows.map((r) => {
        const paragraphs = [...r.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)];
        return paragraphs.length > 0 && paragraphs.every((p) => (p[1] ?? '').includes('<w:keepNext/>'));
      }),
    };
  });
}

describe('the tables of the Word paper', () => {
  it('keep a short table whole: every row but the last keeps with the next; a long one may break', async () => {
    // The CAF example's outcome tables are short; the council example's table of 17 sections is long.
    const all = [...tablesKeeping(await documentXml(await docxOf(example('caf-local-government')))), ...tablesKeeping(await documentXml(await docxOf(example('council-cyber-resilience'))))];
    // Short in rows but too tall for a page: the CAF organisation's and revenues' answers in place,
    // each row with its evidence and note. Kept whole, they were pushed to a new page and split all the same.
    const TALL = ['What stands behind the answers in place: The organisation', 'What stands behind the answers in place: Revenues and benefits'];
    const tall = all.filter((t) => TALL.includes(t.caption));
    expect(tall).toHaveLength(2);
    for (const t of tall) expect(t.rows.slice(t.headers - 1).some(Boolean), t.caption).toBe(false);
    const tables = all.filter((t) => !tall.includes(t));
    const bodyRows = (t: { rows: boolean[]; headers: number }): number => t.rows.length - t.headers;
    const short = tables.filter((t) => bodyRows(t) <= 15);
    const long = tables.filter((t) => bodyRows(t) > 15);
    expect(short.length).toBeGreaterThan(10);
    expect(long.length).toBeGreaterThan(0);
    for (const t of short) expect(t.rows).toEqual([...t.rows.slice(0, -1).map(() => true), false]);
    for (const t of long) expect(t.rows.slice(t.headers).some(Boolean)).toBe(false);
  });

  it('set scores and counts to the right, and the questionnaire’s title in Word’s Subtitle style', async () => {
    const xml = await documentXml(await docxOf(example('council-cyber-resilience')));
    const sections = /<w:tblCaption w:val="Scores by section"\/>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const firstRow = [...sections.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)][1]?.[1] ?? '';
    // Section, Score, Rating, Gaps, Weight.
    expect([...firstRow.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => (c[1] ?? '').includes('<w:jc w:val="right"/>'))).toEqual([false, true, false, true, true]);
    expect(xml).toMatch(/<w:pStyle w:val="Subtitle"\/>[\s\S]*?<w:t xml:space="preserve">Council cyber resilience readiness<\/w:t>/);
  });
});

describe('the widths of the Word paper’s tables', () => {
  // Councils paste the paper into committee templates with wider margins than its own 2 cm (Word's
  // default is 2.54 cm): a table fixed in twips at 2 cm margins ran some 10 mm past the right margin.
  it.each(['council-cyber-resilience', 'caf-local-government'])('in the %s example are shares of the text width, as Word writes them, in the grid’s proportions', async (id) => {
    const xml = await documentXml(await docxOf(example(id)));
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => t[1] ?? '');
    expect(tables.length).toBeGreaterThan(5);
    // Every width a share (`pct`), in the integer fiftieths of a percent Word writes ("5000" is
    // 100%): docx writes "100%", which Word 2007 and python-docx do not read.
    expect([...xml.matchAll(/<w:(?:tblW|tcW) [^>]*>/g)].map((m) => m[0]).filter((w) => !/^<w:(?:tblW|tcW) w:type="pct" w:w="\d+"\/>$/.test(w))).toEqual([]);
    let banners = 0;
    for (const t of tables) {
      expect(t).toContain('<w:tblW w:type="pct" w:w="5000"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const gridTotal = grid.reduce((n, w) => n + w, 0);
      for (const row of [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? '')) {
        const cells = [...row.matchAll(/<w:tc>[\s\S]*?<w:tcW w:type="pct" w:w="(\d+)"\/>(?:<w:gridSpan w:val="(\d+)"\/>)?/g)].map((m) => ({ share: Number(m[1]), span: Number(m[2] ?? 1) }));
        // Each row's cells fill the table exactly, each cell the share its grid columns have.
        expect(cells.reduce((n, c) => n + c.share, 0)).toBe(5000);
        let column = 0;
        for (const c of cells) {
          const spanned = grid.slice(column, column + c.span).reduce((n, w) => n + w, 0);
          expect(Math.abs(c.share / 5000 - spanned / gridTotal)).toBeLessThan(0.002);
          column += c.span;
        }
        expect(column).toBe(grid.length);
        if (cells.length === 1 && grid.length > 1) banners++;
      }
    }
    // No row across a table (a merged cell): Word ties no data cell to it, and screen readers read it as the headings.
    expect(banners).toBe(0);
  });
});

describe('the Word appendix’s "don’t know" list', () => {
  it('says that the name after each question is its owner, as the other papers’ Owner column does', async () => {
    const { text } = await readDocx({ path: await docxOf(example('council-cyber-resilience')) });
    const line = plainQuotes(text).split('\n').find((l) => l.includes('(care-sharing-agreements)'));
    // A bare "(care-sharing-agreements): Not named" did not say what was not named.
    expect(line).toMatch(/\(care-sharing-agreements\); owner: not named$/);
  });
});
