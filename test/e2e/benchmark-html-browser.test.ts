// `benchmark --format html` in a real browser, as the HTML report is tested (html-browser.test.ts):
// the demo forum's 30 extracts, with and without a highlighted council, written by the binary; the
// page opens with script off and asks for nothing else, axe-core finds no violation on screen or in
// print, it reflows to 320 pixels, prints to A4, and says what the json format says. Screenshots go
// to test-artifacts/benchmark-html/ (git-ignored) when asked for (helpers/pictures.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { browserMissing, expectHeadingsAndTables, narrowWidths, offA4, pdfInfo, pdfPageEndings, pdfText, smallestChartText, useBrowser } from '../helpers/browser.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { textSpacingLosses } from '../helpers/text-spacing.js';
import { forcedColoursDark } from '../helpers/forced-colours.js';
import { pagePictures, screenshot } from '../helpers/pictures.js';

const missing = browserMissing();
if (missing) process.stderr.write(`SKIPPED: ${missing}\n`);

const artefacts = join(repoRoot, 'test-artifacts', 'benchmark-html');
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-benchmark-html-'));
const forum = join(work, 'forum');
const browser = useBrowser(missing, artefacts, work);
/** Extract files by council (the generator prints "label  slug" for each). */
const extractOf = new Map<string, string>();

beforeAll(async () => {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo-councils.mjs'), '--out', forum], { cwd: repoRoot, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  for (const line of r.stdout.trim().split('\n')) {
    const [label, slug] = line.split(/\s+/);
    extractOf.set(slug as string, join(forum, 'extracts', `${label}.json`));
  }
  // A contribution whose label is made to break HTML, and a second copy of one under its own label.
  // (A bidi override in a label is refused before it reaches a page: benchmark-same-label.test.ts.)
  const hostile = JSON.parse(readFileSync(extractOf.get('saltmere') as string, 'utf8')) as { label: string };
  hostile.label = '<img src=x onerror=alert(1)> & "evil" \'label\'';
  writeFileSync(join(work, 'hostile.json'), JSON.stringify(hostile));
  writeFileSync(join(work, 'copy.json'), readFileSync(extractOf.get('wrenford') as string));
}, 120_000);

const extracts = (): string[] => [...extractOf.values()];
const CASES: { name: string; args: () => string[] }[] = [
  { name: 'highlighted', args: () => [...extracts(), '--highlight', extractOf.get('wrenford') as string] },
  // Elections are answered by 26 of the 30, under a minimum group of 28: that section is withheld.
  { name: 'plain-min-group', args: () => [...extracts(), join(work, 'copy.json'), '--min-group', '28'] },
  { name: 'hostile-label', args: () => [...extracts(), '--highlight', join(work, 'hostile.json')] },
];

describe.skipIf(missing !== null)('benchmark --format html in headless chromium', () => {
  describe.each(CASES)('$name', ({ name, args }) => {
    const html = join(work, `${name}.html`);
    let result: BenchmarkResult;

    beforeAll(async () => {
      const written = await runBinary({ args: ['benchmark', ...args(), '--format', 'html', '-o', html] }, 60_000);
      expect(written.code, written.stderr).toBe(0);
      const json = await runBinary({ args: ['benchmark', ...args(), '--format', 'json'] }, 60_000);
      expect(json.code, json.stderr).toBe(0);
      result = JSON.parse(json.stdout) as BenchmarkResult;
    }, 120_000);

    it('is one file that asks for nothing else and has no script', () => {
      const text = readFileSync(html, 'utf8');
      expect(text.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
      expect(text).toContain('Content-Security-Policy');
      expect(text).not.toMatch(/<(?:script|link|img|iframe|object|embed|base)\b|<[^>]*\son[a-z]+=|url\(/i);
      expect([...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u?.startsWith('#'))).toEqual([]);
    });

    // Its headings and tables as html-browser.test.ts checks the assess paper's (what axe-core does not check).
    it('opens with script turned off, requests only itself, has orderly headings and named tables, says what the json says, and reflows to 320 pixels', async () => {
      const { page, url, requests } = await browser.open(html);
      try {
        expect(requests).toEqual([url]);
        expect(await page.title()).toMatch(/^Forum benchmark: /);
        await expectHeadingsAndTables(page);
        await screenshot(page, { path: join(artefacts, `${name}.png`), fullPage: true });
        await screenshot(page, { path: join(artefacts, `${name}-top.png`), clip: { x: 0, y: 0, width: 1024, height: 1600 } });
        // The sections table, row by row, against the json format's figures.
        const rows = (await page.evaluate(
          `[...document.querySelector('#sections').closest('section').querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()))`,
        )) as string[][];
        const expected = [{ title: 'Overall', stats: result.overall.stats }, ...result.sections];
        expect(rows).toHaveLength(expected.length);
        expected.forEach((s, i) => {
          const row = rows[i] as string[];
          expect(row[0]).toContain(s.title);
          if (s.stats) expect(row.slice(1, 4)).toEqual([String(Math.floor(s.stats.median)), `${Math.floor(s.stats.q1)} to ${Math.floor(s.stats.q3)}`, `${Math.floor(s.stats.min)} to ${Math.floor(s.stats.max)}`]);
          else expect(row[1]).toMatch(/^Fewer than \d+ councils: not shown$/);
        });
        // The chart's text alternative carries the same figures.
        const desc = (await page.evaluate(`document.querySelector('svg.chart desc').textContent`)) as string;
        for (const s of result.sections) expect(desc).toContain(s.stats ? `${s.title}: median ${Math.floor(s.stats.median)}` : `${s.title}: fewer than`);
        const widths = await narrowWidths(page);
        expect(widths.page).toBeLessThanOrEqual(widths.view);
        await screenshot(page, { path: join(artefacts, `${name}-320px.png`) });
      } finally {
        await page.close();
      }
    }, 60_000);

    // Scaled to 320 or 390 pixels the chart of the forum's spread drew its titles and figures at 5 to 7
    // pixels: there it gives way to the table below it, which has the same figures.
    it('draws no chart text too small to read on a phone or at 400% zoom, and draws the chart readable on a desktop', async () => {
      const { page } = await browser.open(html);
      try {
        expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
        for (const width of [390, 320]) {
          await page.setViewport({ width, height: 800 });
          const smallest = await smallestChartText(page);
          if (smallest !== null) expect(smallest, `at ${width} pixels`).toBeGreaterThanOrEqual(9);
          expect(await page.evaluate("document.querySelectorAll('#sections ~ table tbody tr').length")).toBe(result.sections.length + 1);
        }
      } finally {
        await page.close();
      }
    }, 60_000);

    // WCAG 1.4.12, as html-browser.test.ts checks the assess paper: wider text spacing loses nothing.
    it('loses nothing to wider text spacing, on a desktop or at 320 pixels', async () => {
      const { page } = await browser.open(html);
      try {
        expect(await textSpacingLosses(page, 1024)).toEqual([]);
        expect(await textSpacingLosses(page, 320)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    // Windows high contrast with a dark theme: the chart's titles, whiskers and medians vanished on the
    // reader's black, and the bars of the answers and the key's median and diamond were blanked.
    it('keeps its chart, its key and the bars of the answers in sight under forced colours (Windows high contrast, dark)', async () => {
      const { page } = await browser.open(html);
      try {
        const seen = await forcedColoursDark(page);
        expect(seen.dark).toBe(true);
        expect(seen.misses).toEqual([]);
        await screenshot(page, { path: join(artefacts, `${name}-forced-colours.png`), clip: { x: 0, y: 0, width: 1024, height: 3000 }, captureBeyondViewport: true });
      } finally {
        await page.close();
      }
    }, 60_000);

    it('has no accessibility violation that axe-core finds, on screen or in print', async () => {
      const url = pathToFileURL(html).href;
      expect(await browser.axe(url, 'screen')).toEqual([]);
      expect(await browser.axe(url, 'print')).toEqual([]);
    }, 180_000);

    it('prints to an A4 PDF with the overall figures and the highlighted council', async () => {
      const pdf = join(artefacts, `${name}.pdf`);
      await browser.printPdf(html, pdf);
      const info = pdfInfo(pdf);
      expect(offA4(info)).toBeLessThan(1);
      const text = pdfText(pdf);
      expect(text).toContain(`Page 1 of ${info.Pages}`);
      expect(text).toContain(`the median overall score is ${Math.floor(result.overall.stats?.median ?? -1)} out of 100`);
      if (result.highlighted) expect(text).toContain(`scores ${Math.floor(result.overall.highlight?.score ?? -1)} overall`);
      // No page ends with a section's caption or the column heads, its questions on the next page.
      const titles = new Set(result.sections.map((s) => s.title));
      const ends = pdfPageEndings(pdf).slice(0, -1).map((last) => last ?? '');
      expect(ends.filter((last) => titles.has(last) || last === 'Answers' || last === 'Question')).toEqual([]);
      pagePictures(pdf, join(artefacts, `${name}-pdf`), 40);
    }, 120_000);
  });
});
