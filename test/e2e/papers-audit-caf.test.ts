// The board papers' audit parts on the CAF example, through the real binary, in markdown, HTML and
// Word alike: what stands behind an outcome in place includes the comments on its indicators met
// (a CAF assessor records evidence there), an outcome with contradicting indicators is not shown as a
// clean "Achieved", the part states its finding, an outcome confirmed below its indicators gives its
// justification, and a system's table says whose it is on every printed page.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertToPdf, hasPoppler, libreOffice, neededUnderCi, pdfText } from '../helpers/docx-reader.js';
import { appendixOf, paperOutput, paperText, PAPERS } from '../helpers/paper-text.js';

const CAF = ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-12-01'];

/** The part of the appendix from a heading to the next part's heading (or the end). */
const part = (appendix: string, title: string, next: string | null): string => {
  const from = appendix.indexOf(title);
  expect(from, title).toBeGreaterThanOrEqual(0);
  const rest = appendix.slice(from);
  return next === null ? rest : rest.slice(0, rest.indexOf(next) > 0 ? rest.indexOf(next) : undefined);
};

describe('the CAF example: what stands behind the outcomes in place, and an outcome confirmed below its indicators', () => {
  it.each(PAPERS)('%s', async (format) => {
    const appendix = appendixOf(await paperText(format, CAF));
    const behind = part(appendix, 'What stands behind the answers in place', null);
    // A1.b has no `evidence:` list, but A1.b.A.2's comment is its evidence.
    const a1b = behind.slice(behind.indexOf('(caf-a1-b)'), behind.indexOf('(caf-a1-c)'));
    expect(a1b).toContain('Comment on A1.b.A.2: Security lead post (0.6 FTE) made permanent in the 2026/27 budget');
    expect(a1b).not.toContain('None recorded');
    // Beside an `evidence:` list, the comment on an indicator met.
    const a1a = behind.slice(behind.indexOf('(caf-a1-a)'), behind.indexOf('(caf-a1-b)'));
    expect(a1a).toContain('Cyber security strategy 2026-2029');
    expect(a1a).toContain('Comment on A1.a.A.2: Quarterly cyber report');
    // A1.a is in "Contradictions to resolve": it is not a clean "Achieved" here.
    expect(a1a).toContain('Achieved \u2014 contradicted: see Contradictions to resolve');
    // The sentence under the heading says what the evidence is, and states the finding.
    expect(behind).toContain('with the evidence (for an outcome, also the comments on its indicators that are met, each on a line of its own)');
    expect(behind).toContain('7 of the 20 answers in place have no evidence recorded ("None recorded").');
    expect(behind).toContain('A status marked "contradicted" is in doubt');
    // Nothing given is a dash, said once, not "Owner not named; no review date" and "None" on every row.
    expect(behind).toMatch(/\(caf-a1-c\) (\| )?Achieved (\| )?None recorded (\| )?\u2014 (\| )?\u2014/);
    expect(behind).not.toContain('Owner not named; no review date');

    // B3.b for Revenues is confirmed below its indicators: its justification is in the appendix.
    const below = part(appendix, 'Outcomes confirmed below their indicators', 'Answers past their review date');
    expect(below).toContain('B3.b Data in transit');
    expect(below).toContain('Revenues and benefits');
    expect(below).toMatch(/The indicators say:? achieved/);
    expect(below).toMatch(/Confirmed:? partially achieved/);
    expect(below).toContain('the only alternative route for the civic centre is a 4G router that has never been failed over with live services');
  });

  it.each(PAPERS)('%s: the action on an outcome confirmed below its indicators says why there is nothing left to meet', async (format) => {
    const text = await paperText(format, CAF);
    const plan = text.slice(0, text.lastIndexOf('Appendix'));
    expect(plan).not.toContain('no indicators still to meet');
    expect(plan).toContain('partially achieved (confirmed; the indicators say achieved); every indicator is met, but the assessor confirmed a lower status (the appendix gives why)');
  });
});

describe("a critical system's table of answers in place says whose it is on every printed page", () => {
  it('html: the system is the first row of the table head, which a browser repeats on each printed page', async () => {
    const html = await paperOutput('html', CAF);
    for (const system of ['Revenues and benefits', 'Social care case management', 'Waste collection and fleet management']) {
      const caption = html.indexOf(`What stands behind the answers in place: ${system}</caption>`);
      expect(caption, system).toBeGreaterThan(0);
      const head = html.slice(caption, html.indexOf('</thead>', caption));
      expect(head).toMatch(new RegExp(`<thead><tr class="whose"><th scope="colgroup" colspan="5">${system}</th></tr><tr><th scope="col">Question</th>`));
    }
  });

  // One header row, which Word repeats on every page: a second, merged row across the table (the
  // system's name) is not tied to the cells under it, and screen readers took it for the headings.
  it('docx: the system is in the first column heading of the one header row Word repeats', async () => {
    const file = await paperOutput('docx', CAF);
    const xml = (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
    const tables = xml.split('<w:tbl>').slice(1);
    for (const system of ['Revenues and benefits', 'Social care case management', 'Waste collection and fleet management']) {
      const backing = tables.find((t) => t.includes(`w:val="What stands behind the answers in place: ${system}"`)) ?? '';
      expect(backing, system).not.toBe('');
      const rows = backing.split('<w:tr>').slice(1);
      expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(1);
      expect(backing).not.toContain('<w:gridSpan');
      expect(rows[0]).toContain('<w:tblHeader/>');
      const cells = [...(rows[0] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(cells).toEqual([`Question (${system})`, 'Answer', 'Evidence', 'Owner and review', 'Note']);
    }
  });
});

it('docx: LibreOffice sets a long answer in "What stands behind" without breaking "administration" inside the word', async () => {
  const office = neededUnderCi(libreOffice(), 'LibreOffice (Debian: libreoffice-writer-nogui)');
  if (!office || !hasPoppler()) return;
  const file = await paperOutput('docx', ['assess', '-a', 'examples/cyber-essentials-readiness.answers.yaml', '--today', '2026-12-01']);
  const [pdf] = convertToPdf(office, [file], mkdtempSync(join(tmpdir(), 'cyber-ready-width-')));
  const text = pdfText(pdf ?? '');
  const behind = text.slice(text.lastIndexOf('What stands behind the answers in place'));
  expect(behind).toContain('administration');
  expect(behind).not.toMatch(/administrati\s*\n/);
}, 240_000);
