// `diff --format html` in a real browser, as the assess paper is tested (html-browser.test.ts):
// Debian's chromium opens what the binary wrote with script off and must request nothing but the
// file; axe-core finds no violation on screen or in print; the page reflows to 320 CSS pixels; and
// printed on A4 no table is wider than the page (chromium would shrink the paper to fit), with the
// overall change in the PDF's text. Screenshots of the page and the PDF's pages go to
// test-artifacts/diff-html (git-ignored) when asked for (helpers/pictures.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { browserMissing, expectHeadingsAndTables, narrowWidths, offA4, pdfInfo, pdfPageEndings, pdfText, useBrowser } from '../helpers/browser.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { textSpacingLosses } from '../helpers/text-spacing.js';
import { exampleYearOn, YEAR_ON_TODAY } from '../helpers/example-year-on.js';
import { A4_CONTENT, fit } from '../helpers/page-fit.js';
import { pagePictures, screenshot } from '../helpers/pictures.js';

const missing = browserMissing();
if (missing) process.stderr.write(`SKIPPED: ${missing}\n`);

const artefacts = join(repoRoot, 'test-artifacts', 'diff-html');
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-html-'));
const browser = useBrowser(missing, artefacts, work);

const CASES = [
  { name: 'council-cyber-resilience', dir: () => exampleYearOn('council-cyber-resilience') },
  { name: 'caf-local-government', dir: () => exampleYearOn('caf-local-government') },
  // Each indicator of the council's own answers not met a year earlier: pages of answers improved.
  { name: 'caf-many-changes', dir: () => exampleYearOn('caf-local-government', { earlier: (t) => t.replace(/\nanswers:\n[\s\S]*?\nsystems:\n/, (own) => own.replace(/: true\b/g, ': false')) }) },
  // Markup in the council's name, and a system named in Hebrew, laid out apart from the figures beside it.
  {
    name: 'hostile-names',
    dir: () => exampleYearOn('caf-local-government', { both: (t) => t.replace(/^organisation: .*$/m, 'organisation: "<script>alert(1)</script> Council"').replace('    title: Revenues and benefits\n', '    title: מערכת הכנסות\n') }),
  },
];

describe.skipIf(missing !== null)('the diff paper in headless chromium', () => {
  describe.each(CASES)('$name', ({ name, dir }) => {
    const html = join(work, `${name}.html`);
    const pdf = join(artefacts, `${name}.pdf`);
    let result: AssessmentDiff;

    beforeAll(async () => {
      const folder = dir();
      const r = await runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', YEAR_ON_TODAY, '-f', 'json', '--report', `html=${html}`], cwd: folder });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      result = JSON.parse(r.stdout) as AssessmentDiff;
    });

    // Its headings and tables as html-browser.test.ts checks the assess paper's (what axe-core does not check).
    it('opens with script turned off, requests only itself, has orderly headings and named tables, and reflows to 320 pixels', async () => {
      const { page, url, requests } = await browser.open(html);
      try {
        expect(requests).toEqual([url]);
        expect(await page.title()).toMatch(/: what changed$/);
        await expectHeadingsAndTables(page);
        await screenshot(page, { path: join(artefacts, `${name}.png`), fullPage: true });
        const widths = await narrowWidths(page);
        expect(widths.page).toBeLessThanOrEqual(widths.view);
        await screenshot(page, { path: join(artefacts, `${name}-320px.png`), fullPage: true });
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

    it('has no accessibility violation that axe-core finds, on screen or in print', async () => {
      const url = pathToFileURL(html).href;
      expect(await browser.axe(url, 'screen')).toEqual([]);
      expect(await browser.axe(url, 'print')).toEqual([]);
    }, 120_000);

    it('prints on A4 with no table wider than the page, the overall change in its text, and no heading left at the foot of a page', async () => {
      const { page } = await browser.open(html);
      try {
        // The page's own print styles, at the width of A4 inside its margins.
        await page.emulateMediaType('print');
        await page.setViewport({ width: A4_CONTENT, height: 1100 });
        const printed = await fit(page);
        expect(printed.tables).toBeGreaterThan(1);
        expect(printed.wide).toEqual([]);
        expect(printed.scroll).toBe(A4_CONTENT);
      } finally {
        await page.close();
      }
      await browser.printPdf(html, pdf);
      const info = pdfInfo(pdf);
      expect(offA4(info)).toBeLessThan(1);
      const text = pdfText(pdf);
      expect(text).toContain(`Page 1 of ${info.Pages}`);
      expect(text).toContain(`Overall: ${Math.floor(result.overall.old ?? 0)} → ${Math.floor(result.overall.new ?? 0)}`);
      // An id may break after a hyphen at the end of a line, as in the assess paper ("caf-c1-" above
      // "d"), and pdftotext then drops that hyphen: the ids are looked for without theirs.
      const unhyphenated = text.replace(/-/g, '');
      for (const q of [...result.regressed, ...result.improved]) expect(unhyphenated).toContain(`(${q.question.replace(/-/g, '')})`);
      pagePictures(pdf, join(artefacts, `${name}-pdf`));
      const headings = new Set(['Sections', ...[...text.matchAll(/(?:Regressed|Improved|Newly answered|No longer answered|Risks [a-z ]+|Answers [a-z ]+) \(\d+\)/g)].map((m) => m[0])]);
      for (const [n, last] of pdfPageEndings(pdf).entries()) expect(headings.has(last ?? ''), `page ${n + 1} ends with the heading "${last}"`).toBe(false);
    }, 120_000);
  });
});
