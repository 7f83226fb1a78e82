// The Word, HTML and markdown board papers as independent readers see them, through the real binary:
// the Word document's styles as python-docx and Pandoc read them (Normal, Title, headings, Table
// Grid); the outcomes tables saying the same in all three papers; a council's, system's or owner's
// name in Hebrew or Arabic kept apart from the paper's words after it (", 43/100"); and required
// text of spaces only refused with FILE:LINE:COL.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { neededUnderCi, readDocx } from '../helpers/docx-reader.js';

const TODAY = ['--today', '2026-11-23'];
const CAF = ['assess', '-a', 'examples/caf-local-government.answers.yaml', ...TODAY];
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-papers2-'));

async function docxFile(args: string[], cwd = repoRoot): Promise<string> {
  const file = join(tempDir(), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file], cwd });
  expect(r.code, r.stderr).toBe(0);
  return file;
}

async function paper(args: string[], format: string, cwd = repoRoot): Promise<string> {
  const r = await runBinary({ args: [...args, '-f', format], cwd });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** Debian's python3 with python-docx (another python3 earlier on the PATH may lack it). */
function pythonWithDocx(): string | undefined {
  return ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import docx'], { encoding: 'utf8' }).status === 0);
}
const pandoc = (): string | undefined => (spawnSync('pandoc', ['--version']).status === 0 ? 'pandoc' : undefined);

describe('the Word document’s styles', () => {
  it('defines every style it names or bases one on, with Normal, Word’s other defaults and Table Grid', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await docxFile(CAF)));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const ids = new Set([...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]));
    // Word's four defaults, one of each type, as Word writes them.
    for (const [type, id] of [['paragraph', 'Normal'], ['character', 'DefaultParagraphFont'], ['table', 'TableNormal'], ['numbering', 'NoList']]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="${type}" w:default="1" w:styleId="${id}">`));
    }
    // Every style the styles and the text refer to is there: none is based on a missing one.
    const named = [...styles.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g), ...document.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(document).toContain('<w:tblStyle w:val="TableGrid"/>');
    // Word's own names for the built-in headings.
    expect(styles).toContain('<w:name w:val="heading 1"/>');
    expect(styles).not.toContain('<w:name w:val="Heading 1"/>');
  });

  it('python-docx sees every paragraph styled, the headings based on Normal and the tables in Table Grid', async () => {
    const python = neededUnderCi(pythonWithDocx(), 'python-docx (Debian: python3-docx)');
    if (!python) return;
    const file = await docxFile(CAF);
    const script = [
      'import sys, json, docx',
      'from docx.enum.style import WD_STYLE_TYPE',
      'd = docx.Document(sys.argv[1])',
      'out = {"unstyled": sum(1 for p in d.paragraphs if p.style is None),',
      ' "used": sorted({p.style.name for p in d.paragraphs if p.style is not None}),',
      ' "bases": {n: d.styles[n].base_style.name for n in ["Title", "Heading 1", "Heading 2", "Heading 3", "List Paragraph"]},',
      ' "default": d.styles.default(WD_STYLE_TYPE.PARAGRAPH).name,',
      ' "tables": sorted({t.style.name for t in d.tables}),',
      // The footer in Word's own Footer style, which a council's template may restyle.
      ' "footer": [[p.style.name, p.style.base_style.name] for p in d.sections[0].footer.paragraphs]}',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(r.stdout) as { unstyled: number; used: string[]; bases: Record<string, string>; default: string; tables: string[]; footer: string[][] };
    expect(seen.unstyled).toBe(0);
    expect(seen.default).toBe('Normal');
    expect(seen.used).toEqual(expect.arrayContaining(['Normal', 'Title', 'Heading 1', 'Heading 2', 'Heading 3', 'List Paragraph']));
    expect(Object.values(seen.bases)).toEqual(['Normal', 'Normal', 'Normal', 'Normal', 'Normal']);
    expect(seen.tables).toEqual(['Table Grid']);
    expect(seen.footer).toEqual([['Footer', 'Normal']]);
  }, 120_000);

  // What a screen reader and Word's accessibility checker rely on: the language and title in the
  // document's properties, headings whose levels never skip, and every table's header row marked as
  // one (so it repeats on each page and is read as the header of the columns below it).
  // Ten critical systems: the matrix by system is three sets of tables, each a heading of its own
  // over its groups' headings; the groups' titles came three times in Word's navigation pane with
  // nothing to tell them apart.
  const ten = (): string[] => {
    const dir = tempDir();
    const script = spawnSync(process.execPath, ['--input-type=module', '-e', `import { generateCriticalSystems } from ${JSON.stringify(join(repoRoot, 'scripts/generate-critical-systems.mjs'))}; generateCriticalSystems(10, ${JSON.stringify(dir)});`], { encoding: 'utf8' });
    expect(script.status, script.stderr).toBe(0);
    return ['assess', '-a', join(dir, 'caf-10.answers.yaml'), ...TODAY];
  };
  it.each([
    ['the council example', () => ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', ...TODAY], 'Northmoor Borough Council (fictional): Council cyber resilience readiness', []],
    ['the CAF example', () => CAF, 'Wrenford Borough Council (fictional): Cyber Assessment Framework 4.0 for local government', []],
    ['the CAF with ten critical systems', ten, 'Wrenford Borough Council (fictional): Cyber Assessment Framework 4.0 for local government', ['2 Critical systems 1 to 4 of 10', '3 B1 Service protection policies, processes and procedures', '2 Critical systems 5 to 7 of 10', '2 Critical systems 8 to 10 of 10']],
  ])('python-docx reads %s with its language and title, headings in order and every table’s header row marked', async (_, args, title, headings) => {
    const python = neededUnderCi(pythonWithDocx(), 'python-docx (Debian: python3-docx)');
    if (!python) return;
    const script = [
      'import sys, json, docx',
      'from docx.oxml.ns import qn',
      'd = docx.Document(sys.argv[1])',
      'heads = [(int(p.style.name.split()[-1]), p.text) for p in d.paragraphs if p.style is not None and p.style.name.startswith("Heading ")]',
      'levels = [h[0] for h in heads]',
      'out = {"language": d.core_properties.language, "title": d.core_properties.title, "levels": levels, "headings": ["%d %s" % h for h in heads],',
      ' "tables": len(d.tables),',
      ' "unmarked": [i for i, t in enumerate(d.tables) if t.rows[0]._tr.trPr is None or t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is None],',
      // The table's title (alt text), last in its properties as the schema orders them.
      ' "captions": [t._tbl.tblPr[-1].get(qn("w:val")) if t._tbl.tblPr[-1].tag == qn("w:tblCaption") else None for t in d.tables],',
      // Each table as wide as the text whatever the margins: python-docx reads a width as an integer.
      ' "widths": sorted({"%s %d" % (w.get(qn("w:type")), int(w.get(qn("w:w")))) for t in d.tables for w in [t._tbl.tblPr.find(qn("w:tblW"))]})}',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync(python, ['-c', script, await docxFile(args())], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(r.stdout) as { language: string; title: string; levels: number[]; headings: string[]; tables: number; unmarked: number[]; captions: (string | null)[]; widths: string[] };
    expect(seen.headings).toEqual(expect.arrayContaining(headings));
    expect(seen.language).toBe('en-GB');
    expect(seen.title).toBe(title);
    expect(seen.levels[0]).toBe(1);
    seen.levels.forEach((level, i) => expect(level, `heading ${i + 1}`).toBeLessThanOrEqual((seen.levels[i - 1] ?? 0) + 1));
    expect(seen.tables).toBeGreaterThan(0);
    expect(seen.unmarked).toEqual([]);
    expect(seen.widths).toEqual(['pct 5000']);
    // Every table has a title of its own, which a screen reader announces and Word shows as its alt text.
    expect(seen.captions).toHaveLength(seen.tables);
    expect(seen.captions.filter((c) => !c)).toEqual([]);
    expect(new Set(seen.captions).size).toBe(seen.tables);
    expect(seen.captions).toContain('Scores by section');
    if (headings.length) expect(seen.captions).toEqual(expect.arrayContaining(['B3 Data security, by critical system (8 to 10 of 10)', 'Critical systems: each one’s own score, with the organisation’s sections']));
  });

  it('Pandoc reads the title as the title and the headings as headings', async () => {
    const command = neededUnderCi(pandoc(), 'Pandoc (Debian: pandoc)');
    if (!command) return;
    const r = spawnSync(command, ['-s', '-f', 'docx', '-t', 'markdown', await docxFile(CAF)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // The questionnaire's title under it is in Word's Subtitle style, which Pandoc reads as the subtitle.
    expect(r.stdout).toMatch(/^---\nsubtitle: Cyber Assessment Framework 4\.0 for local government\ntitle: Wrenford Borough Council \(fictional\)\n---/);
    expect([...r.stdout.matchAll(/^# (.+)$/gm)].map((m) => m[1])).toEqual(['Summary', 'Sections', 'Critical systems', 'Outcomes', 'Action plan', 'Appendix']);
    expect(r.stdout).toMatch(/^## A1 Governance$/m);
    // Tables' titles (w:tblCaption) are read as their captions.
    const html = spawnSync(command, ['-f', 'docx', '-t', 'html', await docxFile(CAF)], { encoding: 'utf8' });
    expect(html.status, html.stderr).toBe(0);
    const captions = [...html.stdout.matchAll(/<caption>(.*?)<\/caption>/gs)].map((m) => (m[1] as string).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    expect(captions).toEqual(expect.arrayContaining(['Scores by section', 'A1 Governance', 'B3 Data security, by critical system', 'Actions by critical system']));
  });
});

describe('the outcomes tables say the same in the three papers', () => {
  const BELOW = '"Below profile" names each profile the outcome falls short of, and the status it needs, or says "None"';

  it('in their heading, an outcome short of no profile says "None", one short of a profile named by its id', async () => {
    const markdown = await paper(CAF, 'markdown');
    const html = await paper(CAF, 'html');
    const word = (await readDocx({ path: await docxFile(CAF) })).html;
    // A1.a is achieved (short of nothing); A3.a falls short of both CAF profiles.
    // One table per principle under its heading, as in Word: no principle column blank below its first row.
    expect(markdown).toContain('### A1 Governance\n\n| Outcome | Status | Below profile |\n|----------------------------|------------|------------|\n| A1.a Board direction');
    // A1.a's indicators contradict each other: its status says so (paper-first-page-names.test.ts).
    expect(markdown).toMatch(/^\| A1\.a Board direction[^|]*\| Achieved \(indicators contradict: see the appendix\) \| None \|$/m);
    expect(markdown).toMatch(/\| A3\.a Asset management[^|]*\| Not achieved \| baseline needs achieved; enhanced needs achieved \|/);
    expect(markdown).toContain(BELOW);
    expect(html).toContain('<th scope="col">Below profile</th>');
    expect(html).toMatch(/A1\.a<\/strong> Board direction[^<]*<\/th><td>Achieved \(indicators contradict: see the appendix\)<\/td><td>None<\/td>/);
    expect(html).toContain(BELOW);
    expect(word).toContain('<th><p><strong>Below profile</strong></p></th>');
    expect(word).not.toContain('Short of');
    expect(word).toMatch(/<td><p>A1\.a Board direction[^<]*<\/p><\/td><td><p>Achieved \(indicators contradict: see the appendix\)<\/p><\/td><td><p>None<\/p><\/td>/);
    expect(word).toMatch(/<td><p>A3\.a Asset management[^<]*<\/p><\/td><td><p>Not achieved<\/p><\/td><td><p>baseline needs achieved<br \/>enhanced needs achieved<\/p><\/td>/);
    expect(word).toContain(BELOW.replace(/"([^"]*)"/g, '\u201c$1\u201d'));
    for (const text of [markdown, html, word]) expect(text).toMatch(/baseline(?:<\/span>|`)? is the GovAssure CAF 4\.0 baseline profile/);
  });
});

describe('a name in a right-to-left script, inline with the paper’s words', () => {
  const COUNCIL = 'מועצת רמת השרון';
  const SYSTEM = 'نظام الرعاية الاجتماعية';
  const OWNER = 'מנהל ההכנסות';
  /** The CAF example with the council, the weakest system and a system's owner named in Hebrew and Arabic. */
  function rtlExample(): string {
    const dir = tempDir();
    cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
    const text = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8')
      .replace(/^organisation: .*$/m, `organisation: ${COUNCIL}`)
      .replace('title: Social care case management', `title: ${SYSTEM}`)
      .replace('owner: Head of Revenues and Benefits', `owner: ${OWNER}`);
    writeFileSync(join(dir, 'caf.answers.yaml'), text);
    return dir;
  }
  const args = ['assess', '-a', 'caf.answers.yaml', ...TODAY];

  it('is isolated in HTML (<bdi>) and Word (U+2068 … U+2069); Latin names are left as they were', async () => {
    const dir = rtlExample();
    const html = await paper(args, 'html', dir);
    expect(html).toContain(`Weakest critical system: <bdi>${SYSTEM}</bdi>, 43 out of 100`);
    expect(html).toContain(`owner: <bdi>${OWNER}</bdi>`);
    // In the page's title too, which cannot hold <bdi>: a title that begins with a Hebrew name was laid out right to left as a whole.
    expect(html).toContain(`<title>\u2068${COUNCIL}\u2069: `);
    const zip = await JSZip.loadAsync(readFileSync(await docxFile(args, dir)));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toContain(`Weakest critical system: \u2068${SYSTEM}\u2069, 43 out of 100`);
    expect(await zip.file('word/footer1.xml')?.async('string')).toContain(`\u2068${COUNCIL}\u2069 — page `);
    // And in the document's properties, which Word and PDF readers show in their title bars.
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain(`<dc:title>\u2068${COUNCIL}\u2069: Cyber Assessment Framework 4.0 for local government</dc:title>`);
    // A Latin name is not touched.
    expect(html).toContain('· owner: ICT Infrastructure Manager');
    expect(html).not.toMatch(/<bdi>[^<]*[A-Za-z]{3}/);
    expect(await paper(CAF, 'html')).not.toContain('<bdi>');
  });

  // GitHub lays out each paragraph by its first strong letter (dir="auto"): "Weakest critical
  // system: NAME, 43 out of 100" showed "43 ,NAME out of 100", the figure drawn into the name.
  it('is isolated in the markdown paper and the job summary as in Word; the terminal report has no mark', async () => {
    const dir = rtlExample();
    const markdown = await paper(args, 'markdown', dir);
    expect(markdown).toContain(`# \u2068${COUNCIL}\u2069: Cyber Assessment Framework`);
    expect(markdown).toContain(`**Weakest critical system: \u2068${SYSTEM}\u2069, 43 out of 100`);
    expect(markdown).toContain(`| \u2068${SYSTEM}\u2069 |`);
    expect(markdown).toContain(`\u2068${OWNER}\u2069`);
    // Every mark is a pair around a whole name; none is in a chart or a code span, none on a Latin name.
    const isolated = [...markdown.matchAll(/\u2068([^\u2068\u2069]*)\u2069/g)].map((m) => m[1]);
    expect(new Set(isolated)).toEqual(new Set([COUNCIL, SYSTEM, OWNER]));
    expect(markdown.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u2066-\u2069]/);
    for (const block of markdown.match(/```[^]*?```/g) ?? []) expect(block).not.toMatch(/[\u2066-\u2069]/);
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runBinary({ args: [...args, '-f', 'text', '--no-color'], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toContain(`**Weakest critical system: \u2068${SYSTEM}\u2069, 43 out of 100`);
    expect(r.stdout).toContain(SYSTEM);
    expect(r.stdout).not.toMatch(/[\u2066-\u2069]/);
    expect(await paper(CAF, 'markdown')).not.toMatch(/[\u2066-\u2069]/);
  });

  it('in markdown, a mark the answers file holds is dropped, so the marks stay in pairs', async () => {
    const dir = rtlExample();
    const file = join(dir, 'caf.answers.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`title: ${SYSTEM}`, `title: "\u2069${SYSTEM}\u2068"`));
    const markdown = await paper(args, 'markdown', dir);
    expect(markdown).toContain(`**Weakest critical system: \u2068${SYSTEM}\u2069, 43 out of 100`);
    expect(markdown.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u2066-\u2069]/);
  });
});

describe('required text of spaces only', () => {
  it.each([
    ['a system’s title', 'title: Revenues and benefits', 'title: "   "', '"title" must not be empty or only spaces'],
    ['a waiver’s reason', /reason: >-\n(?: {6}.*\n)+/, 'reason: "  "\n', '"reason" must not be empty or only spaces'],
  ])('%s is exit 2 with FILE:LINE:COL, and no report is written', async (_, from, to, message) => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
    const text = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    writeFileSync(join(dir, 'caf.answers.yaml'), changed);
    const line = changed.slice(0, changed.indexOf(to)).split('\n').length;
    const r = await runBinary({ args: ['assess', '-a', 'caf.answers.yaml', '-f', 'html', '-o', 'paper.html', ...TODAY], cwd: dir });
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l !== '' && !l.includes('warning:'));
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^caf\\.answers\\.yaml:${line}:\\d+: ${message}$`))]);
    expect(existsSync(join(dir, 'paper.html'))).toBe(false);
  });

  it('a not-applicable reason of spaces only is refused by validate too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: council-cyber-resilience\nanswers:\n  share-local-business:\n    status: not-applicable\n    reason: "   "\n');
    const r = await runBinary({ args: ['validate', 'a.yaml'], cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('a.yaml:5:13: "reason" must not be empty or only spaces');
  });
});
