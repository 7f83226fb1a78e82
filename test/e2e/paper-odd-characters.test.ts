// Odd characters a council types (or pastes from Word) through the markdown, HTML and Word papers,
// read back by independent readers: U+FFFE shown as U+FFFD in all three, a right-to-left mark kept
// as typed, the line breaks U+0085, U+2028 and U+2029 as spaces, an override shown escaped in HTML
// and Word, and a web address holding `|` as written in a list item and in a table cell alike.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown, raggedTables } from '../helpers/consumers.js';
import { readDocx } from '../helpers/docx-reader.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-characters-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ORGANISATION = 'Northmoor\u200f Council \ufffe (fictional)';
const SHOWN_ORGANISATION = 'Northmoor\u200f Council \ufffd (fictional)';
// YAML's \L, \x85 and \P are U+2028, U+0085 and U+2029.
const NOTE_YAML = 'Drafted\\Lfor the\\x85cabinet\\Pin January. See https://x.gov.uk/a|b now \\u202eevil';
const SHOWN_NOTE = 'Drafted for the cabinet in January. See https://x.gov.uk/a|b now';

type Doc = { body: { textContent: string | null }; title: string };

async function parseHtml(html: string): Promise<Doc> {
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Doc;
}

let md = '';
let html = '';
let docx = '';

beforeAll(async () => {
  const file = join(work, 'odd.answers.yaml');
  const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8')
    .replace('organisation: Northmoor Borough Council (fictional)', `organisation: "${ORGANISATION.replace('\u200f', '\\u200f').replace('\ufffe', '\\ufffe')}"`)
    .replace('note: Emergency delegations for a cyber incident are drafted for the January 2027 cabinet.', `note: "${NOTE_YAML}"`);
  expect(text).toContain(NOTE_YAML);
  writeFileSync(file, text);
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-12-05', '-f', 'markdown', '-o', join(work, 'odd.md'), '--report', `html=${join(work, 'odd.html')}`, '--report', `docx=${join(work, 'odd.docx')}`] });
  expect(r.code, r.stderr).toBe(0);
  md = readFileSync(join(work, 'odd.md'), 'utf8');
  html = readFileSync(join(work, 'odd.html'), 'utf8');
  docx = join(work, 'odd.docx');
});

describe('characters a council types, in the three papers', () => {
  it('shows U+FFFE as U+FFFD and keeps a right-to-left mark in the HTML paper and its title, as markdown does', async () => {
    expect(md).toContain(`- Organisation: ${SHOWN_ORGANISATION}\n`);
    const doc = await parseHtml(html);
    expect(doc.title).toContain(SHOWN_ORGANISATION);
    expect(doc.body.textContent).toContain(SHOWN_ORGANISATION);
    expect(html).not.toMatch(/\\u(fffe|200f)/);
  });

  it('does the same in the Word paper and its document properties', async () => {
    const { text } = await readDocx({ path: docx });
    expect(text).toContain(SHOWN_ORGANISATION);
    expect(text).not.toMatch(/\\u(fffe|200f)/);
    const core = (await (await JSZip.loadAsync(readFileSync(docx))).file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain(`<dc:title>${SHOWN_ORGANISATION}: Council cyber resilience readiness</dc:title>`);
  });

  it('makes U+2028, U+0085 and U+2029 spaces and shows an override escaped in HTML and Word, dropped in markdown', async () => {
    expect((await parseHtml(html)).body.textContent).toContain(`${SHOWN_NOTE} \\u202eevil`);
    expect((await readDocx({ path: docx })).text).toContain(`Note: ${SHOWN_NOTE} \\u202eevil`);
    expect(md).toContain(`- Note: ${SHOWN_NOTE.replace('https://x.gov.uk/a|b', '`https://x.gov.uk/a|b`')} evil\n`);
  });

  it('writes a web address with `|` as typed in a list item, never as %7C', () => {
    expect(md).not.toContain('%7C');
    const spans = nodesOfType(parseMarkdown(md), 'inlineCode').map((c) => c.value);
    expect(spans).toContain('https://x.gov.uk/a|b');
  });
});

describe('a web address with `|` in a table cell', () => {
  it('reads as typed, in its own cell, where GFM takes the `\\|` out of the code span', async () => {
    const dir = join(work, 'caf');
    cpSync(join(repoRoot, 'examples'), dir, { recursive: true });
    const file = join(dir, 'caf-local-government.answers.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}title: Revenues and benefits$/m, '    title: "Revenues https://x.gov.uk/a|b"'));
    const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-12-05', '-f', 'markdown'] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('| Revenues `https://x.gov.uk/a\\|b` | 68 |');
    const tree = parseMarkdown(r.stdout);
    const cells = nodesOfType(tree, 'tableCell').filter((c) => JSON.stringify(c).includes('x.gov.uk'));
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) expect(nodesOfType({ type: 'root', children: [cell] } as Root, 'inlineCode').map((c) => c.value)).toEqual(['https://x.gov.uk/a|b']);
    // Every row of every table has its header's cells: the `|` did not end a cell.
    expect(raggedTables(tree)).toEqual([]);
  });
});
