// A questionnaire's own rating bands, said right in every paper: a band whose `min` is not a whole
// number ("Partly (40.5 to 78.5)" left 79 in no stated range), and a section that scores below
// every band ("Not applicable" in markdown and HTML, "Not rated" in Word, though it applied).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

const MINI = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');
const ANSWERS = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), 'utf8');

/** The mini questionnaire with these bands, its answers (owner and budget at nothing when `low`), each paper's text. */
async function papers(bands: string, low = false): Promise<{ markdown: string; html: string; text: string; detail: string; docx: string; junit: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-bands-'));
  writeFileSync(join(dir, 'q.yaml'), MINI.replace('frameworks:', `ratings:\n${bands}\nframeworks:`));
  writeFileSync(join(dir, 'a.yaml'), low ? ANSWERS.replace(/value: \S+\n/, 'value: not-in-place\n').replace(/budget: \S+/, 'budget: false') : ANSWERS);
  const run = async (format: string, extra: string[] = []): Promise<string> => {
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-21', '-f', format, '-o', `out.${format}`, ...extra], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return format === 'docx' ? '' : readFileSync(join(dir, `out.${format}`), 'utf8');
  };
  const [markdown, html, text, junit] = [await run('markdown'), await run('html'), await run('text'), await run('junit')];
  await run('docx');
  const detail = (await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-21', '--detail', '--no-color'], cwd: dir })).stdout;
  return { markdown, html, text, detail, junit, docx: squash((await readDocx({ path: join(dir, 'out.docx') })).text) };
}

describe('the rating scale with band minimums that are not whole numbers', () => {
  it('says each range up to "under" the next band, so every score is in one', async () => {
    const p = await papers('  - { min: 79.5, label: Ready, colour: green }\n  - { min: 40.5, label: Partly, colour: amber }\n  - { min: 0.5, label: Low, colour: red }');
    const scale = 'Ratings: Ready (79.5 and above); Partly (40.5 to under 79.5); Low (0.5 to under 40.5). A score below 0.5 has no rating.';
    expect(p.markdown).toContain(scale);
    expect(p.docx).toContain(scale);
    expect(p.html).toContain('Partly: 40.5 to under 79.5</li>');
    expect(p.html).toContain('Low: 0.5 to under 40.5</li>');
    expect(p.detail.replace(/\s+/g, ' ')).toContain(scale);
  });

  it('whole-number minimums are said as before', async () => {
    const p = await papers('  - { min: 80, label: Ready, colour: green }\n  - { min: 50, label: Partly, colour: amber }\n  - { min: 0, label: Low, colour: red }');
    expect(p.markdown).toContain('Ratings: Ready (80 and above); Partly (50 to 79); Low (below 50).');
  });
});

describe('a section that applies but scores below every band', () => {
  it('is "Not rated" in every paper; "Not applicable" is kept for a section that does not apply', async () => {
    const p = await papers('  - { min: 80, label: Ready, colour: green }\n  - { min: 50, label: Partly, colour: amber }', true);
    expect(p.markdown).toContain('| 1. Governance | 0 | Not rated | 2 | 3 |');
    expect(p.markdown).toMatch(/\| 3\. Operational technology \| n\/a \| Not applicable \|/);
    expect(p.html).toContain('<tr><th scope="row" class="free">Governance</th><td class="num">0</td><td>Not rated</td>');
    expect(p.html).toContain('Governance: 0, not rated;');
    expect(p.docx).toContain('Governance 0 Not rated 2 3');
    expect(p.text).toMatch(/ Governance +░+ +0 {2}not rated\n/);
    expect(p.detail).toMatch(/ Governance +░+ +0 {2}not rated\n/);
    expect(p.junit).toContain('<property name="rating" value="not rated"/>');
  });
});
