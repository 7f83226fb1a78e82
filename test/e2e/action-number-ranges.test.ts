// A question open on many critical systems is titled by its action numbers. With 40 systems one was
// titled "Actions 1, 2, 3, …, 25 and 26. Identity verification…", a line of Word's navigation pane a
// system. Three or more numbers in a row are now a range, "Actions 7–9", in the markdown, HTML and
// Word papers alike, and the biggest risks and the index of each system's actions say them the same way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { PAPERS, paperOutput, paperText } from '../helpers/paper-text.js';
import { readDocx } from '../helpers/docx-reader.js';

async function tenSystems(): Promise<string[]> {
  const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
  const { file } = generateCriticalSystems(10, mkdtempSync(join(tmpdir(), 'cyber-ready-ranges-')));
  return ['assess', '-a', file, '--today', '2026-11-23'];
}

describe('action numbers in a row are said as a range', () => {
  it.each(PAPERS)('%s: the shared actions\' titles, the biggest risks and the waivers asked about', async (format) => {
    const args = await tenSystems();
    const text = await paperText(format, args);
    // The titles of questions open on several systems.
    // (The HTML paper sets the numbers apart from the title, with no full stop.)
    expect(text).toMatch(/Actions 1–6\.? Identity verification/);
    expect(text).toMatch(/Actions 7–9\.? Privileged user management/);
    expect(text).toMatch(/Actions 21–23 and 53–59\.? Device management/);
    expect(text).not.toMatch(/Actions 7, 8 and 9|Actions 1, 2, 3/);
    // The biggest risks point at the same numbers as the plan's titles.
    expect(text).toMatch(/actions 7–9(?: in the plan|;)/i);
    expect(text).toMatch(/actions 10–12 and 16–18(?: in the plan|;)/i);
    // The accepted risks the reader is asked to confirm are named one a line, by their own numbers.
    expect(text).toMatch(/Action 2: [^]*Action 4: [^]*Action 6: [^]*Action 13: [^]*Action 14: [^]*Action 15: /);
  }, 60_000);

  it('Word: each shared action\'s heading, which the navigation pane lists, has its numbers as ranges', async () => {
    const doc = await readDocx({ path: await paperOutput('docx', await tenSystems()) });
    const headings = [...doc.html.matchAll(/<h3>(Actions? [^<]*?)\. /g)].map((m) => m[1]);
    expect(headings).toContain('Actions 1–6');
    expect(headings).toContain('Actions 21–23 and 53–59');
    // No heading lists three numbers in a row one by one.
    for (const heading of headings) expect(heading).not.toMatch(/\b(\d+), (\d+), (\d+)\b/);
  }, 60_000);
});
