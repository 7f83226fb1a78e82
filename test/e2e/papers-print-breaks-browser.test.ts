// The HTML paper of a council with many critical systems, printed by headless chromium as a committee
// member would print it. Printed, the action plan of ten systems had an action's heading split across
// two pages ("…authorised before" | "getting access.") with most of the page above it left blank, and
// pages left almost empty before an indicator commented on by every system: the plan's facts lists
// could not break anywhere. Each action's heading now stays on one page, and a page of the plan is
// left short only when a whole action or section moves to the next; a system's line that wraps
// continues under the system's name, not under its action number.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserMissing, pdfPageExtents, pdfPages, useBrowser } from '../helpers/browser.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { screenshot } from '../helpers/pictures.js';

const missing = browserMissing();
if (missing) process.stderr.write(`SKIPPED: ${missing}\n`);
const artefacts = join(repoRoot, 'test-artifacts', 'html-print-breaks');
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-print-breaks-'));
const browser = useBrowser(missing, artefacts, work);

type Generate = (n: number, dir: string) => { file: string };

async function paperOf(systems: number): Promise<string> {
  const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: Generate };
  const { file } = generateCriticalSystems(systems, join(work, `caf-${systems}`));
  const html = join(work, `caf-${systems}.html`);
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'html', '-o', html] }, 60_000);
  expect(r.code, r.stderr).toBe(0);
  return html;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The action plan's headings (its sections' and its actions') as printed: markup and words for screen readers only taken out. */
function planHeadings(html: string): string[] {
  const plan = html.slice(html.indexOf('<h2 id="actions">'), html.indexOf('<h2 id="appendix">'));
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...plan.matchAll(/<(h3|h4)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    oneLine((m[2] ?? '').replace(/<span class="visually-hidden">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' ').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e)),
  );
}

describe.skipIf(missing !== null)('the HTML paper of many critical systems, printed', () => {
  it.each([10, 25])('%i systems: each action heading on one page, and no page of the plan left short mid-action', async (systems) => {
    const html = await paperOf(systems);
    const pdf = join(artefacts, `caf-${systems}.pdf`);
    await browser.printPdf(html, pdf);
    const headings = planHeadings(readFileSync(html, 'utf8'));
    expect(headings.length).toBeGreaterThan(20);
    // Compared without white space: pdftotext puts a line break (or none) wherever the line wrapped.
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    const pages = pdfPages(pdf).map(squeeze);
    const actions = headings.filter((x) => /^(?:\d+|Actions [\d–, and]+) /.test(x));
    for (const heading of actions) expect(pages.some((p) => p.includes(squeeze(heading))), `"${heading}" is split across pages`).toBe(true);

    const extents = pdfPageExtents(pdf);
    const start = extents.findIndex((x) => x.first === 'Action plan');
    const end = extents.findIndex((x) => x.first === 'Appendix');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const startsHeading = (line: string): boolean => headings.some((x) => x.startsWith(line) || line.startsWith(x));
    // The plan's last page is short whenever it ends: the appendix starts a page of its own.
    for (let n = start; n < end - 1; n++) {
      const next = extents[n + 1]!;
      if (extents[n]!.fill < 0.5) expect(startsHeading(next.first), `page ${n + 1} is ${Math.round(extents[n]!.fill * 100)}% full, and page ${n + 2} goes on with "${next.first}"`).toBe(true);
    }
  }, 180_000);

  it("a system's line in an action that wraps goes on under the system's name, not under its action number", async () => {
    const html = await paperOf(10);
    const { page } = await browser.open(html);
    try {
      await page.setViewport({ width: 640, height: 900 });
      // Each system's own line (before its facts): the left edge of every wrapped line, and the right edge of its action number.
      const lines = (await page.evaluate(`[...document.querySelectorAll('ul.places > li')].map((li) => {
        const own = document.createRange();
        own.setStart(li, 0);
        const facts = li.querySelector(':scope > dl');
        if (facts) own.setEndBefore(facts); else own.setEnd(li, li.childNodes.length);
        const rects = [...own.getClientRects()].filter((r) => r.width > 0);
        const top = Math.min(...rects.map((r) => r.top));
        return { rank: li.querySelector('.rank').getBoundingClientRect().right, wrapped: rects.filter((r) => r.top > top + 8).map((r) => r.left) };
      })`)) as { rank: number; wrapped: number[] }[];
      const wrapping = lines.filter((l) => l.wrapped.length);
      expect(wrapping.length).toBeGreaterThan(0);
      for (const l of wrapping) expect(Math.min(...l.wrapped)).toBeGreaterThan(l.rank);
      await screenshot(page, { path: join(artefacts, 'places-640.png'), fullPage: false });
    } finally {
      await page.close();
    }
  }, 60_000);
});
