// `diff --format docx` through the real binary: the "what changed" paper a committee gets in Word,
// beside the assess board paper. Read back by mammoth (an independent reader) block for block against
// the markdown paper, its tables and properties looked at in the package's XML, and, where LibreOffice
// is installed, printed to PDF as a person would see it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { convertToPdf, hasPoppler, libreOffice, neededUnderCi, pdfText, plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';
import { exampleYearOn, YEAR_ON_TODAY } from '../helpers/example-year-on.js';
import { markdownBlocks } from '../helpers/paper-rows.js';

const SYSTEMS = ['diff', '-q', 'test/fixtures/systems/sys.yaml', '--today', '2026-11-23', 'test/fixtures/systems/sys.answers.yaml', 'test/fixtures/systems/next/sys.answers.yaml'];
const yearOn = (dir: string, ...args: string[]) => runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', YEAR_ON_TODAY, ...args], cwd: dir });
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-diff-docx-'));

/**
 * The Word paper's blocks as mammoth reads them, in order, as markdownBlocks gives a markdown
 * paper's: each heading, paragraph and list item, and each table row with its cells joined by " | ".
 * Quote marks made straight (the Word paper sets them typographically) and isolating marks left out.
 */
async function wordBlocks(file: string): Promise<string[]> {
  const doc = await readDocx({ path: file });
  expect(doc.messages).toEqual([]);
  const { Window } = await import('happy-dom');
  const window = new Window();
  window.document.body.innerHTML = doc.html;
  const plain = (text: string): string => squash(plainQuotes(text).replace(/[\u2066-\u2069]/g, ''));
  const blocks = [...window.document.querySelectorAll('h1, h2, p, li, tr')]
    .filter((e) => e.tagName === 'TR' || e.closest('table') === null)
    .map((e) => (e.tagName === 'TR' ? [...e.querySelectorAll('th, td')].map((c) => plain(c.textContent ?? '')).join(' | ') : plain(e.textContent ?? '')));
  await window.happyDOM.close();
  return blocks;
}

async function partOf(file: string, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(readFileSync(file))).file(part)?.async('string')) ?? '';
}

describe('diff --format docx', () => {
  it.each(['council-cyber-resilience', 'caf-local-government'] as const)('%s a year on: a Word document with the words, order and figures of the markdown paper', async (example) => {
    const dir = exampleYearOn(example);
    const [markdown, word] = await Promise.all([yearOn(dir, '-f', 'markdown'), yearOn(dir, '-f', 'docx', '-o', 'changes.docx')]);
    for (const r of [markdown, word]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(word.stdout).toBe('');
    const file = join(dir, 'changes.docx');
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const blocks = await wordBlocks(file);
    expect(blocks).toEqual(markdownBlocks(markdown.stdout));
    expect(blocks).toContain('The figure in brackets after an answer is its score out of 1.');
    if (example === 'council-cyber-resilience') expect(blocks).toContain('Overall: 50 → 51 (+1), still rated Partly ready.');
    else expect(blocks).toContain('Revenues and benefits | 61 (Outcomes partly achieved) | 68 (Outcomes partly achieved) | +7 | 19 → 19');
  });

  it("keeps a hostile council's and system's names text, and isolates a right-to-left name as the markdown does", async () => {
    const hostile = '<script>alert("owned")</script> & Council';
    const dir = exampleYearOn('caf-local-government', {
      both: (t) => t.replace('organisation: Wrenford Borough Council (fictional)', `organisation: ${JSON.stringify(hostile)}`).replace('    title: Revenues and benefits\n', "    title: מערכת הכנסות's <w:t>\n"),
    });
    const [markdown, word] = await Promise.all([yearOn(dir, '-f', 'markdown'), yearOn(dir, '-f', 'docx', '-o', 'changes.docx')]);
    for (const r of [markdown, word]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const file = join(dir, 'changes.docx');
    expect(await wordBlocks(file)).toEqual(markdownBlocks(markdown.stdout));
    const xml = await partOf(file, 'word/document.xml');
    expect(xml).toContain('&lt;script&gt;alert(“owned”)&lt;/script&gt; &amp; Council: what changed');
    // The Hebrew name laid out on its own, its apostrophe typographic as the rest of the paper's.
    expect(xml).toContain('\u2068מערכת הכנסות’s &lt;w:t&gt;\u2069');
    expect(await partOf(file, 'docProps/core.xml')).toContain('<dc:title>&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; Council: what changed</dc:title>');
  });

  it('names automatic fails and gates as the markdown does, in bold, each list of fails with space under its last item', async () => {
    // Cyber Essentials: the later file fails su-apps-14-days and uac-mfa-cloud and clears su-os-firmware-14-days.
    const example = readFileSync(join(repoRoot, 'examples/cyber-essentials-readiness.answers.yaml'), 'utf8');
    const earlier = example
      .replace('  su-apps-14-days:\n    value: late', '  su-apps-14-days:\n    value: evidenced')
      .replace('  uac-mfa-cloud:\n    value: most', '  uac-mfa-cloud:\n    value: all')
      .replace('  su-os-firmware-14-days:\n    value: evidenced', '  su-os-firmware-14-days:\n    value: late');
    const dir = tempDir();
    writeFileSync(join(dir, 'old.yaml'), earlier);
    writeFileSync(join(dir, 'new.yaml'), example);
    const args = ['diff', 'old.yaml', 'new.yaml', '--today', '2026-11-25', '--fail-on-regression'];
    const [markdown, word] = await Promise.all([runBinary({ args: [...args, '-f', 'markdown'], cwd: dir }), runBinary({ args: [...args, '-f', 'docx', '-o', 'changes.docx'], cwd: dir })]);
    for (const r of [markdown, word]) expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    const file = join(dir, 'changes.docx');
    expect(await wordBlocks(file)).toEqual(markdownBlocks(markdown.stdout));
    const html = (await readDocx({ path: file })).html;
    expect(html).toMatch(/<p><strong>New automatic fails<\/strong>, holding the rating at its lowest band whatever the score:<\/p><ul><li>[^<]*\(su-apps-14-days\): No: some took longer than 14 days<\/li><li>/);
    expect(html).toContain('<p><strong>Gate --fail-on-regression: failed</strong> (2 answers regressed).</p>');
    // A list item has a list item's little space under it: the last of a list a body paragraph's, or what follows sat on it.
    const items = [...(await partOf(file, 'word/document.xml')).matchAll(/<w:p>((?:(?!<\/w:p>).)*?<w:numPr>.*?)<\/w:p>/g)].map((m) => m[1] ?? '');
    expect(items).toHaveLength(3);
    expect(items.map((p) => p.includes('<w:spacing w:after="120"/>'))).toEqual([false, true, true]);
  });

  it("says what the markdown does of a waiver without an approver, a review date taken out, another minor version and a new system's unanswered questions", async () => {
    // Mini: the earlier file answers 1.1.0 of the questionnaire (1.2.0); the later takes the owner's
    // past review date out and waives patch-days without saying who approved it.
    const dir = tempDir();
    const answers = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), 'utf8');
    writeFileSync(join(dir, 'old.yaml'), answers.replace('questionnaireVersion: 1.2.0', 'questionnaireVersion: 1.1.0'));
    expect(answers).toContain('    reviewBy: 2026-11-22\n');
    writeFileSync(join(dir, 'new.yaml'), `${answers.replace('    reviewBy: 2026-11-22\n', '')}  - { question: patch-days, reason: Patching tool arrives in January., expires: 2027-01-31 }\n`);
    const mini = ['diff', '-q', join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'old.yaml', 'new.yaml', '--today', '2026-11-23'];
    // Systems: the later file adds housing repairs with its logging unanswered.
    cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'systems'), { recursive: true });
    const next = join(dir, 'systems/next/sys.answers.yaml');
    const nextText = readFileSync(next, 'utf8');
    // Housing's is the one system that answers logged yes, and the file's last.
    expect(nextText.endsWith('  - id: housing\n    title: Housing repairs\n    owner: Head of Housing\n    answers:\n      patched: yes\n      mfa: no\n      cloud-backup: yes\n      logged: yes\n')).toBe(true);
    writeFileSync(next, nextText.replace(/ {6}logged: yes\n$/, ''));
    const sys = ['diff', '-q', 'systems/sys.yaml', 'systems/sys.answers.yaml', 'systems/next/sys.answers.yaml', '--today', '2026-11-23'];
    for (const [args, expected] of [
      [mini, [
        'Both scored against mini 1.2.0; old.yaml answers 1.1.0, so it may score differently from when it was assessed.',
        'Days to patch critical vulnerabilities? (patch-days) | medium | not recorded | 2027-01-31',
        'Is there a named senior owner? (owner) | 2026-11-22 | none',
      ]],
      [sys, ['Housing repairs | not listed | 53 (Partly ready) | added | 2', 'Housing repairs: 1 unanswered, scored as 0']],
    ] as const) {
      const [markdown, word] = await Promise.all([runBinary({ args: [...args, '-f', 'markdown'], cwd: dir }), runBinary({ args: [...args, '-f', 'docx', '-o', 'changes.docx'], cwd: dir })]);
      for (const r of [markdown, word]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
      const blocks = await wordBlocks(join(dir, 'changes.docx'));
      expect(blocks).toEqual(expect.arrayContaining([...expected]));
      expect(blocks).toEqual(markdownBlocks(markdown.stdout));
    }
  });

  it("uses Word's Title and heading styles, and tables with a repeating header row and a title, as the assess paper does", async () => {
    const file = join(tempDir(), 'changes.docx');
    const r = await runBinary({ args: [...SYSTEMS, '-f', 'docx', '-o', file] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const doc = await readDocx({ path: file });
    expect(doc.messages).toEqual([]);
    expect(doc.html).toContain('<h1 class="title">Test Council: what changed</h1>');
    expect([...doc.html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1])).toEqual(['Critical systems', 'Regressed (1)', 'Improved (2)', 'Answers no longer past their review date (1)']);
    expect(doc.html).toContain('<p><strong>Overall: 77 → 82 (+5)</strong>, Partly ready → Ready.</p>');
    const xml = await partOf(file, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? '');
    expect(tables.map((t) => /<w:tblCaption w:val="([^"]*)"/.exec(t)?.[1])).toEqual(['Sections', 'Critical systems', 'Regressed (1)', 'Improved (2)', 'Answers no longer past their review date (1)']);
    for (const t of tables) {
      expect(t).toContain('<w:tblStyle w:val="TableGrid"/>');
      expect(/<w:tr>([\s\S]*?)<\/w:tr>/.exec(t)?.[1]).toContain('<w:tblHeader/>');
    }
    // The last table keeps with the closing line under it, which otherwise could stand alone on a page.
    const lastRow = [...(tables.at(-1) ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].at(-1)?.[1] ?? '';
    expect(lastRow).toContain('<w:keepNext/>');
    expect(xml.slice(xml.lastIndexOf('</w:tbl>'))).toMatch(/^<\/w:tbl><w:p>(?:(?!<\/w:p>).)*<w:spacing w:before="120"\/>.*Produced by cyber-ready /);
    // The footer names the paper, with the page, as the assess paper's does.
    expect(await partOf(file, 'word/footer1.xml')).toContain('Test Council: what changed — page ');
  });

  it('is the same bytes on every run, dated the day it was judged on, and the same by -o, --report docx= and a pipe', async () => {
    const dir = tempDir();
    const env = { SOURCE_DATE_EPOCH: '1764547200' };
    const args = SYSTEMS.filter((a, i) => a !== '--today' && SYSTEMS[i - 1] !== '--today');
    const one = await runBinary({ args: [...args, '-f', 'docx', '-o', join(dir, 'one.docx')], env });
    expect(one.code, one.stderr).toBe(ExitCode.Ok);
    // The library's own stamp had millisecond precision: a later run gave other bytes.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const two = await runBinary({ args: [...args, '-f', 'json', '--report', `docx=${join(dir, 'two.docx')}`], env });
    expect(two.code, two.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(two.stdout)).toMatchObject({ today: '2025-12-01' });
    const piped = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn(process.execPath, [binPath, ...args, '-f', 'docx'], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`exit ${code}`))));
    });
    const first = readFileSync(join(dir, 'one.docx'));
    expect(readFileSync(join(dir, 'two.docx')).equals(first)).toBe(true);
    expect(piped.equals(first)).toBe(true);
    const core = await partOf(join(dir, 'one.docx'), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Test Council: what changed</dc:title>');
    expect(core).toContain('<dc:creator>Test Council</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>cyber-ready ');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    // SOURCE_DATE_EPOCH 1764547200 is 2025-12-01 00:00 UTC.
    expect(core).toMatch(/<dcterms:created [^>]*>2025-12-01T00:00:00Z<\/dcterms:created><dcterms:modified [^>]*>2025-12-01T00:00:00Z<\/dcterms:modified>/);
  });

  it('never onto a terminal: exit 2 with a hint, before anything is read or written', () => {
    // `script` gives the command a real terminal for its standard output.
    if (spawnSync('script', ['--version']).status !== 0) throw new Error('`script` (util-linux) is needed to give the binary a terminal');
    const dir = tempDir();
    const r = spawnSync('script', ['-qec', `node ${binPath} diff missing-old.yaml missing-new.yaml -f docx`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.CannotAssess);
    expect(r.stdout.replace(/\r/g, '')).toBe('cyber-ready: --format docx writes a Word document, not text for a terminal; use -o report.docx, or redirect standard output to a file\n');
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('is among the formats --help offers', async () => {
    const r = await runBinary({ args: ['diff', '--help'] });
    expect(squash(r.stdout)).toContain('(choices: "text", "markdown", "json", "html", "docx", default: "text")');
  });
});

// LibreOffice lays the paper out and prints it, as a council's PDF of the committee pack would be.
const office = neededUnderCi(libreOffice(), 'LibreOffice Writer (Debian: libreoffice-writer-nogui)');
describe.skipIf(!office || !hasPoppler())('the Word diff paper printed to PDF by LibreOffice', () => {
  it('has no page with a line alone on it, and keeps a count and its change on one line', { timeout: 180_000 }, async () => {
    const dir = exampleYearOn('caf-local-government');
    const r = await yearOn(dir, '-f', 'docx', '-o', 'changes.docx');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const [pdf] = convertToPdf(office as string, [join(dir, 'changes.docx')], dir);
    const pages = pdfText(pdf as string).split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l && !/ — page \d+ of \d+$/.test(l)));
    for (const [n, lines] of pages.entries()) if (lines.length) expect(lines.length, `page ${n + 1}: ${lines.join(' / ')}`).toBeGreaterThan(1);
    expect(pages.flat()).toContain('Produced by cyber-ready ' + (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version + '.');
    // The Gaps column is wide enough for "19 → 19": it broke after the arrow.
    expect(pages.flat().some((l) => l.endsWith('19 → 19'))).toBe(true);
  });
});
