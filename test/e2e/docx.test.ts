// The Word report through the real binary, read back by independent consumers: mammoth always, and
// LibreOffice (converting to PDF, read by poppler) where it is installed. The PDFs' pages are kept as
// PNG files in test-artifacts/docx/ for a person to look at when asked for (helpers/pictures.ts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { convertToPdf, hasPoppler, libreOffice, neededUnderCi, pdfPages, pdfText, plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';
import { expectedRisks } from '../helpers/risks.js';
import { pagePictures } from '../helpers/pictures.js';

const TODAY = ['--today', '2026-11-23'];
const EXAMPLES = ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government'];
const example = (id: string): string[] => ['assess', '-a', `examples/${id}.answers.yaml`, ...TODAY];
const HOSTILE = ['assess', '-q', 'test/fixtures/hostile-render/hostile.yaml', '-a', 'test/fixtures/hostile-render/hostile.answers.yaml', ...TODAY];
const ARTIFACTS = join(repoRoot, 'test-artifacts', 'docx');

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-docx-'));

async function assessmentOf(args: string[]): Promise<Assessment> {
  const r = await runBinary({ args: [...args, '-f', 'json'] });
  return JSON.parse(r.stdout) as Assessment;
}

/** What the paper must say: the title, the score as people see it (rounded down) and the top actions. */
function expectations(a: Assessment): { title: string; score: string; risks: string[] } {
  return {
    title: a.organisation ?? a.questionnaire.title,
    score: `Overall score: ${Math.floor(a.overall.score ?? 0)} out of 100`,
    // The five biggest risks: the highest-priority questions with a gap that no waiver in force covers.
    risks: expectedRisks(a).map((r) => r.text),
  };
}

async function writeDocx(args: string[], file: string): Promise<void> {
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
}

describe.each(EXAMPLES)('the Word report of the %s example, read by mammoth', (id) => {
  it('has the title, the score rounded down, the five biggest risks and every part of the paper', async () => {
    const a = await assessmentOf(example(id));
    const file = join(tempDir(), `${id}.docx`);
    await writeDocx(example(id), file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const doc = await readDocx({ path: file });
    expect(doc.messages).toEqual([]);
    const want = expectations(a);
    expect(doc.html).toContain(`<h1 class="title">${want.title.replace(/&/g, '&amp;')}</h1>`);
    expect(doc.text).toContain(want.score);
    expect(want.risks).toHaveLength(5);
    // In order, in the numbered list of the summary.
    const risks = /<h2>The five biggest risks<\/h2>(?:<p>[^<]*<\/p>)*<ol>(.*?)<\/ol>/s.exec(doc.html)?.[1] ?? '';
    const items = [...risks.matchAll(/<li><strong>(.*?)<\/strong>/g)].map((m) => m[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(items).toEqual(want.risks);
    // Named by their words for the committee, as in the other papers: no question ids in the summary.
    for (const g of a.gaps.slice(0, 5)) expect(risks).not.toContain(`(${g.question})`);
    // The parts of the markdown and HTML papers, each a Heading 1: a CAF assessment's critical systems and outcomes too.
    const caf = a.systems.length > 0;
    expect([...doc.html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1])).toEqual(['Summary', 'Sections', ...(caf ? ['Critical systems', 'Outcomes'] : []), 'Action plan', 'Appendix']);
    // The section table: a header row, then one row per section, scores rounded down.
    const sectionTable = /<h1>Sections<\/h1>(?:<p>[^<]*<\/p>)*<table>(.*?)<\/table>/s.exec(doc.html)?.[1] ?? '';
    expect(sectionTable).toMatch(/^<thead><tr><th><p><strong>Section<\/strong><\/p><\/th>/);
    expect((sectionTable.match(/<tr>/g) ?? []).length).toBe(a.sections.length + 1);
    for (const s of a.sections) expect(sectionTable).toContain(`<td><p>${s.applicable ? Math.floor(s.score ?? 0) : 'n/a'}</p></td>`);
    // Every gap is in the action plan, by its rank: alone, or on a line of its own under its question
    // when that question is open on several critical systems.
    const plain = plainQuotes(doc.text);
    for (const g of a.gaps) expect(plain.includes(`${g.rank}. ${g.text}`) || plain.includes(`Action ${g.rank}, ${g.systemTitle}: `)).toBe(true);
  });
});

it('the example answers’ notes, owners and waivers reach the action plan', async () => {
  const file = join(tempDir(), 'ccr.docx');
  await writeDocx(example('council-cyber-resilience'), file);
  const text = plainQuotes((await readDocx({ path: file })).text);
  const a = await assessmentOf(example('council-cyber-resilience'));
  const noted = a.questions.filter((q) => q.note && a.gaps.some((g) => g.question === q.id));
  expect(noted.length).toBeGreaterThan(0);
  for (const q of noted) expect(squash(text)).toContain(squash(`Note: ${q.note}`));
  for (const g of a.gaps.filter((x) => x.waiver)) expect(text).toContain(g.waiver?.state === 'active' ? `Accepted risk until ${g.waiver.expires}` : `Expired on ${g.waiver?.expires}`);
});

it('hostile text arrives as text: no control character breaks the document, markup stays literal', async () => {
  const file = join(tempDir(), 'hostile.docx');
  await writeDocx(HOSTILE, file);
  const doc = await readDocx({ path: file });
  expect(doc.messages).toEqual([]);
  expect(doc.text).toContain('Org | <script>alert(1)</script> ]]> \\x1b[2J');
  expect(doc.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
});

// Word's document properties are what a file list and "Info" show: title, author and dates.
it('is the same bytes on every run of one assessment, dated the day it was judged on', async () => {
  const dir = tempDir();
  const run = async (file: string): Promise<Buffer> => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/cyber-essentials-readiness.answers.yaml', '-f', 'docx', '-o', join(dir, file)], env: { SOURCE_DATE_EPOCH: '1764547200' } });
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(join(dir, file));
  };
  const first = await run('one.docx');
  // The library's own stamp had millisecond precision: a later run gave other bytes.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const second = await run('two.docx');
  expect(second.equals(first)).toBe(true);
  const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')?.async('string');
  expect(core).toContain('<dc:title>Westbrook District Council (fictional): Cyber Essentials readiness</dc:title>');
  expect(core).toContain('<cp:lastModifiedBy>cyber-ready ');
  expect(core).not.toContain('Un-named');
  // SOURCE_DATE_EPOCH 1764547200 is 2025-12-01 00:00 UTC.
  expect(core).toMatch(/<dcterms:created [^>]*>2025-12-01T00:00:00Z<\/dcterms:created><dcterms:modified [^>]*>2025-12-01T00:00:00Z<\/dcterms:modified>/);
});

describe('where the Word report goes', () => {
  it('down a pipe as bytes, the same document as -o writes', async () => {
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn(process.execPath, [binPath, ...example('cyber-essentials-readiness'), '-f', 'docx'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`exit ${code}`))));
    });
    const piped = await readDocx({ buffer: bytes });
    const file = join(tempDir(), 'ce.docx');
    await writeDocx(example('cyber-essentials-readiness'), file);
    expect(piped.messages).toEqual([]);
    expect(piped.text).toBe((await readDocx({ path: file })).text);
  });

  it('with --report beside another format, all written or none', async () => {
    const dir = tempDir();
    const r = await runBinary({ args: [...example('council-cyber-resilience'), '-f', 'json', '--report', `docx=${join(dir, 'paper.docx')}`, '--report', `markdown=${join(dir, 'paper.md')}`] });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 2 });
    expect((await readDocx({ path: join(dir, 'paper.docx') })).text).toContain('Action plan');
    // Into a folder that does not exist: exit 2, one line, and the other report is not written either.
    const bad = await runBinary({ args: [...example('council-cyber-resilience'), '--report', `docx=${join(dir, 'nope', 'x.docx')}`, '--report', `csv=${join(dir, 'x.csv')}`] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`${join(dir, 'nope', 'x.docx')}: cannot write: its folder does not exist\n`);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort()).toEqual(['paper.docx', 'paper.md']);
  });

  it('never onto a terminal: exit 2 with a hint, before anything is read or written', () => {
    // `script` gives the command a real terminal for its standard output.
    if (spawnSync('script', ['--version']).status !== 0) throw new Error('`script` (util-linux) is needed to give the binary a terminal');
    const dir = tempDir();
    // `-o -` names standard output, the terminal here, as leaving -o out does.
    for (const more of ['', ' -o -']) {
      // A Word document sent to the terminal can leave `script` waiting: a time limit fails the test instead.
      const r = spawnSync('script', ['-qec', `node ${binPath} assess -a missing.yaml -f docx${more}`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      expect(r.status, more).toBe(2);
      expect(r.stdout.replace(/\r/g, '')).toBe('cyber-ready: --format docx writes a Word document, not text for a terminal; use -o report.docx, or redirect standard output to a file\n');
    }
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).toBe('');
  });
});

/**
 * For each table the paper keeps whole (at most 15 rows, and short enough for a page: each body row
 * but the last keeps with the next), the first two words of each body row's first cell. Header rows
 * (the column headings, and a system's name above them) are left out: they repeat on each page.
 */
async function shortTables(file: string): Promise<string[][]> {
  const xml = (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
  const text = (cell: string): string => [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
    .map((t) => [...(t[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? '').filter((r) => !r.includes('<w:tblHeader/>')))
    .filter((rows) => rows.length > 1 && rows.length <= 15 && rows.slice(0, -1).every((r) => r.includes('<w:keepNext/>')))
    .map((rows) => rows.map((r) => squash(text(/<w:tc>([\s\S]*?)<\/w:tc>/.exec(r)?.[1] ?? '')).split(' ').slice(0, 2).join(' ')));
}

// LibreOffice is a second, independent reader: it lays the document out and prints it.
const office = neededUnderCi(libreOffice(), 'LibreOffice Writer (Debian: libreoffice-writer-nogui)');
describe.skipIf(!office || !hasPoppler())('the Word reports printed to PDF by LibreOffice', () => {
  it('have pages, the title, the score and the top actions', { timeout: 180_000 }, async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const files = EXAMPLES.map((id) => join(ARTIFACTS, `${id}.docx`));
    for (const [i, id] of EXAMPLES.entries()) await writeDocx(example(id), files[i] as string);
    const pdfs = convertToPdf(office as string, files, ARTIFACTS);
    for (const [i, id] of EXAMPLES.entries()) {
      const pdf = pdfs[i] as string;
      expect(pdfPages(pdf)).toBeGreaterThan(0);
      const text = squash(pdfText(pdf));
      const want = expectations(await assessmentOf(example(id)));
      expect(text).toContain(squash(want.title));
      expect(text).toContain(want.score);
      for (const risk of want.risks) expect(text).toContain(squash(risk));
      // A heading, or the sentence that introduces a table, never ends a page cut off from what it
      // introduces. pdftotext separates pages with a form feed.
      const introductions = ['Outcomes', 'Each outcome’s status as its indicators show it, and the profiles whose target it falls short of.', 'Sections', 'Action plan', 'Appendix'];
      for (const [n, page] of pdfText(pdf).split('\f').entries()) {
        const lines = page.split('\n').map((l) => l.trim()).filter((l) => l && !/ — page \d+ of \d+$/.test(l));
        for (const last of lines.slice(-2)) expect(introductions, `${id}: page ${n + 1} ends with "${last}"`).not.toContain(last);
      }
      // A short table is on one page whole: the first words of each of its rows' first cells on one
      // page. A table of five rows had left its last alone on the next page, under its repeated header.
      const pages = pdfText(pdf).split('\f').map(squash);
      const kept = await shortTables(files[i] as string);
      // Short tables are still kept whole (the section table among them): the check below must have something to check.
      expect(kept.length, `${id}: tables kept whole`).toBeGreaterThan(0);
      for (const rows of kept) expect(pages.some((page) => rows.every((r) => page.includes(r))), `${id}: a table split: ${rows.join(' | ')}`).toBe(true);
      pagePictures(pdf, join(ARTIFACTS, id));
    }
  });

  // Councils paste the paper into committee templates whose margins are wider than its own 2 cm
  // (Word's default is 2.54 cm). The tables take the text's width: at 2 cm margins a table fixed in
  // twips ran some 10 mm past the right margin of a 2.54 cm page.
  it('keep every table within wider margins, as a council’s template has them', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const paper = join(dir, 'paper.docx');
    await writeDocx(example('council-cyber-resilience'), paper);
    const zip = await JSZip.loadAsync(readFileSync(paper));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"');
    // 25.4 mm and 30 mm, in twentieths of a point.
    const margins = { 1440: join(dir, 'margins-1440.docx'), 1701: join(dir, 'margins-1701.docx') };
    for (const [twips, file] of Object.entries(margins)) {
      zip.file('word/document.xml', xml.replace('w:right="1134" w:bottom="1134" w:left="1134"', `w:right="${twips}" w:bottom="1134" w:left="${twips}"`));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    }
    const pdfs = convertToPdf(office as string, Object.values(margins), dir);
    for (const [i, twips] of Object.keys(margins).entries()) {
      const bbox = spawnSync('pdftotext', ['-bbox', pdfs[i] as string, '-'], { encoding: 'utf8' }).stdout;
      const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
      const margin = Number(twips) / 20;
      const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
      expect(words.length, `${twips}: words read from the PDF`).toBeGreaterThan(1000);
      // A point of leeway for the rounding of glyphs' boxes; the tables ran out by some 28 points.
      const outside = words.filter((w) => Number(w[1]) < margin - 1 || Number(w[2]) > pageWidth - margin + 1).map((w) => w[3]);
      expect(outside, `margins of ${twips} twips: words outside them`).toEqual([]);
    }
  });
});
if (!office || !hasPoppler()) {
  process.stderr.write('docx.test.ts: LibreOffice or poppler-utils is not installed, so the PDF check of the Word reports is skipped (Debian: apt-get install libreoffice-writer-nogui poppler-utils); mammoth still reads every report.\n');
}
