// The Word paper's matrix of outcomes by critical system, with systems named as councils name them
// ("Adult and children's social care case management (Liquidlogic LAS and LCS, supplier-hosted)"),
// printed to PDF by LibreOffice. At four systems a table, a system's column was 15% of the page and
// the header broke ordinary words inside: "managemen" above "t", "(Liquidlogi" above "c".
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { convertToPdf, hasPoppler, libreOffice, neededUnderCi, pdfText } from '../helpers/docx-reader.js';
import { pagePictures } from '../helpers/pictures.js';

const TITLES = [
  'Revenues, benefits and council tax (Northgate iWorld, on premises) with the online citizen portal',
  "Adult and children's social care case management (Liquidlogic LAS and LCS, supplier-hosted)",
  'Waste collection, street cleansing and fleet management (in-cab routing and telematics)',
  'Electoral registration and elections management (Xpress) and the postal vote scanning suite',
  'Highways asset management and streetworks permitting (Symology Insight)',
];

const word = (text: string): string => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Words of the titles that the PDF shows in two pieces, one line above the other. */
function brokenWords(text: string, titles: string[]): string[] {
  const wanted = new Set(titles.flatMap((t) => t.split(/\s+/).map(word)).filter((w) => w.length >= 6));
  const tokens = text.split(/\s+/).map(word).filter(Boolean);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const joined = t + (tokens[i + 1] ?? '');
    if (!wanted.has(t) && wanted.has(joined)) out.push(`${t}|${tokens[i + 1]}`);
  });
  return out;
}

const office = neededUnderCi(libreOffice(), 'LibreOffice Writer (Debian: libreoffice-writer-nogui)');
describe.skipIf(!office || !hasPoppler())('the Word matrix of critical systems with long names, printed by LibreOffice', () => {
  it('finds a word broken across lines when there is one (the check works)', () => {
    expect(brokenWords('Critical (Liquidlogi\nc LAS management', TITLES)).toEqual(['Liquidlogi|c']);
  });

  it('breaks no word of a system title inside, four systems a table', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cyber-ready-docx-titles-'));
    const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
    const { file } = generateCriticalSystems(8, work);
    let answers = readFileSync(file, 'utf8');
    TITLES.forEach((title, i) => (answers = answers.replace(`title: Critical system ${i + 1}\n`, `title: ${JSON.stringify(title)}\n`)));
    writeFileSync(file, answers);
    const docx = join(work, 'paper.docx');
    const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'docx', '-o', docx] }, 60_000);
    expect(r.code, r.stderr).toBe(0);
    const [pdf] = convertToPdf(office as string, [docx], work);
    const text = pdfText(pdf as string);
    expect(text).toContain('Liquidlogic');
    // A folder of its own: docx.test.ts empties test-artifacts/docx/ when it starts.
    pagePictures(pdf as string, join(repoRoot, 'test-artifacts', 'docx-system-titles', 'page'));
    expect(brokenWords(text, TITLES)).toEqual([]);
  }, 240_000);
});
