// The HTML report in a real browser (SPEC "v2: reports"): Debian's chromium opens what the binary
// wrote, with script turned off, and must make no request but for the file itself; axe-core finds
// no accessibility violation on screen or in print; the page reflows to 320 CSS pixels; and the
// printed PDF opens in poppler with the score and the top actions in its text. Screenshots of the
// page and of every PDF page go to test-artifacts/ (git-ignored) when asked for (helpers/pictures.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { browserMissing, expectHeadingsAndTables, narrowWidths, offA4, pdfInfo, pdfPageEndings, pdfPages, pdfText, useBrowser } from '../helpers/browser.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { forcedColoursDark } from '../helpers/forced-colours.js';
import { textSpacingLosses } from '../helpers/text-spacing.js';
import { pagePictures, screenshot } from '../helpers/pictures.js';

const TODAY = '2026-11-23';
const MINI = ['--questionnaire-dir', 'test/fixtures/valid', '--answers', 'test/fixtures/valid/mini.answers.yaml', '--min-score', '70', '--fail-on', 'high', '--profile', 'baseline', '--fail-on-stale'];
const CASES: { name: string; args: string[] }[] = [
  ...['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government'].map((id) => ({ name: id, args: ['--answers', `examples/${id}.answers.yaml`] })),
  { name: 'mini-with-gates', args: MINI },
  // Critical systems: the matrix by system, the systems' own scores, the system in every gap.
  { name: 'systems', args: ['-q', 'test/fixtures/systems/sys.yaml', '-a', 'test/fixtures/systems/sys.answers.yaml', '--profile', 'baseline', '--fail-on', 'high'] },
  { name: 'systems-outcomes', args: ['-q', 'test/fixtures/systems-outcomes/sysout.yaml', '-a', 'test/fixtures/systems-outcomes/sysout.answers.yaml'] },
  // Words longer than a phone's line: a Welsh place name in the council's and a system's name, file names, a web address.
  { name: 'long-words', args: ['-q', 'test/fixtures/systems-outcomes/sysout.yaml', '-a', 'test/fixtures/systems-outcomes/long-words.answers.yaml'] },
  // Text chosen to break every format: markup, control characters, bidirectional overrides.
  { name: 'hostile', args: ['-q', 'test/fixtures/hostile-render/hostile.yaml', '-a', 'test/fixtures/hostile-render/hostile.answers.yaml'] },
];

/** The text of the page's headings and shown table captions, as a PDF reader gives each line. */
function visibleHeadings(html: string): string[] {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...html.matchAll(/<(h[2-4]|caption)(?![^>]*visually-hidden)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    (m[2] ?? '').replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e).replace(/\s+/g, ' ').trim(),
  );
}

const missing = browserMissing();
if (missing) process.stderr.write(`SKIPPED: ${missing}\n`);

const artefacts = join(repoRoot, 'test-artifacts', 'html');
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-html-'));
const browser = useBrowser(missing, artefacts, work);
const axeViolations = browser.axe;

describe.skipIf(missing !== null)('the HTML report in headless chromium', () => {
  // The check itself must be able to fail: a page with an unlabelled image and low contrast.
  it('finds violations in a page that has them (the harness works)', async () => {
    const bad = join(work, 'bad.html');
    writeFileSync(bad, '<!DOCTYPE html><html><head><title>x</title></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">faint</p></body></html>');
    const found = await axeViolations(pathToFileURL(bad).href, 'screen');
    expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'html-has-lang']));
  }, 60_000);

  // And so must the text spacing check: a box of fixed height clips its text once lines are spaced out.
  it('finds text that wider spacing clips in a page that clips it (the harness works)', async () => {
    const bad = join(work, 'clipped.html');
    writeFileSync(bad, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p style="height:1.2em;overflow:hidden;width:10em">Two words that fill the width of the box</p></body></html>');
    const { page } = await browser.open(bad);
    try {
      expect(await textSpacingLosses(page, 1024)).toEqual([expect.stringMatching(/^clipped: p /)]);
    } finally {
      await page.close();
    }
  }, 60_000);

  // A print dialogue's "Headers and footers" put the day's date and time (US style) and the page's
  // title at the top of every page, and the file's address at the foot: each print of one assessment
  // differed, and a committee paper carried a path on the officer's computer.
  it("prints without the browser's own header and footer when a print dialogue would add them", async () => {
    const file = join(work, 'header-footer.html');
    const printed = join(artefacts, 'header-footer.pdf');
    expect((await runBinary({ args: ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', TODAY, '-f', 'html', '-o', file] })).code).toBe(0);
    await browser.printPdf(file, printed, { headerFooter: true });
    const pages = pdfPages(printed);
    expect(pages.length).toBeGreaterThan(1);
    for (const [n, page] of pages.entries()) {
      const first = page.split('\n').map((l) => l.trim()).find((l) => l) ?? '';
      expect({ page: n + 1, first }).not.toEqual({ page: n + 1, first: expect.stringMatching(/\d{1,2}\/\d{1,2}\/\d{2},? \d{1,2}:\d{2}/) });
      expect(page).not.toContain('file:');
      expect(page).toContain(`Page ${n + 1} of ${pages.length}`);
    }
  }, 120_000);

  describe.each(CASES)('$name', ({ name, args }) => {
    const html = join(work, `${name}.html`);
    const pdf = join(artefacts, `${name}.pdf`);
    let assessment: Assessment;
    let topActions: string[];

    beforeAll(async () => {
      // One run gives both: the assessment on standard output and the HTML report in a file.
      const r = await runBinary({ args: ['assess', ...args, '--today', TODAY, '--format', 'json', '--report', `html=${html}`] });
      expect([0, 1], r.stderr).toContain(r.code);
      assessment = JSON.parse(r.stdout) as Assessment;
      topActions = assessment.gaps.filter((g) => g.waiver?.state !== 'active').slice(0, 5).map((g) => g.text);
    }, 60_000);

    it('is one file that asks for nothing else and has no script', () => {
      const text = readFileSync(html, 'utf8');
      expect(text.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
      // Every "<" in the file opens a real tag (text is escaped), so these look only at markup.
      expect(text).not.toMatch(/<(?:script|link|img|iframe|object|embed|base)\b|<[^>]*\son[a-z]+=|url\(/i);
      expect([...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u?.startsWith('#'))).toEqual([]);
    });

    it('opens with script turned off, requests only itself, and reflows to 320 pixels', async () => {
      const { page, url, requests } = await browser.open(html);
      try {
        expect(requests).toEqual([url]);
        expect(await page.title()).toContain(assessment.questionnaire.title);
        await screenshot(page, { path: join(artefacts, `${name}.png`), fullPage: true });
        await screenshot(page, { path: join(artefacts, `${name}-top.png`), clip: { x: 0, y: 0, width: 1024, height: 1400 } });
        const widths = await narrowWidths(page);
        expect(widths.page).toBeLessThanOrEqual(widths.view);
        await screenshot(page, { path: join(artefacts, `${name}-320px.png`) });
      } finally {
        await page.close();
      }
    }, 60_000);

    // What axe-core does not check: a screen reader's list of tables names each one (the appendix
    // tables had none), every header cell says which way it reads, the headings nest in order, and
    // no rating is told by colour alone.
    it('has one h1, headings that never skip a level, every table named with scoped header cells, and ratings in words in the chart', async () => {
      const { page } = await browser.open(html);
      try {
        await expectHeadingsAndTables(page);
        // WCAG 1.4.1: the chart names each section's rating in words, not only by its bar's colour.
        const labels = (await page.evaluate("[...document.querySelectorAll('svg.chart text.label')].map((t) => t.textContent)")) as string[];
        const rated = assessment.sections.filter((x) => x.score !== null && x.rating);
        expect(rated.length).toBeGreaterThan(0);
        for (const x of rated) expect(labels).toContain(`${x.title} · ${x.rating?.label}`);
      } finally {
        await page.close();
      }
    }, 60_000);

    // WCAG 1.4.12: a reader's own spacing of lines, paragraphs, letters and words loses nothing.
    it('loses nothing to wider text spacing, on a desktop or at 320 pixels', async () => {
      const { page } = await browser.open(html);
      try {
        expect(await textSpacingLosses(page, 1024)).toEqual([]);
        await screenshot(page, { path: join(artefacts, `${name}-text-spacing.png`), clip: { x: 0, y: 0, width: 1024, height: 2400 }, captureBeyondViewport: true });
        expect(await textSpacingLosses(page, 320)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    // Windows high contrast with a dark theme: the chart's section titles, ticks and dashed rating
    // lines, drawn in near-black, vanished on the reader's black, and the legend's swatches were blanked.
    it('keeps its chart, its legend and its badges in sight under forced colours (Windows high contrast, dark)', async () => {
      const { page } = await browser.open(html);
      try {
        const seen = await forcedColoursDark(page);
        expect(seen.dark).toBe(true);
        expect(seen.misses).toEqual([]);
        await screenshot(page, { path: join(artefacts, `${name}-forced-colours.png`), clip: { x: 0, y: 0, width: 1024, height: 2400 }, captureBeyondViewport: true });
      } finally {
        await page.close();
      }
    }, 60_000);

    it('has no accessibility violation that axe-core finds, on screen or in print', async () => {
      const url = pathToFileURL(html).href;
      expect(await axeViolations(url, 'screen')).toEqual([]);
      expect(await axeViolations(url, 'print')).toEqual([]);
    }, 120_000);

    it('prints to an A4 PDF that a PDF reader opens, with the score and the top actions', async () => {
      await browser.printPdf(html, pdf);
      const info = pdfInfo(pdf);
      expect(Number(info.Pages)).toBeGreaterThan(0);
      expect(offA4(info)).toBeLessThan(1);
      const text = pdfText(pdf);
      expect(text).toContain(`Page 1 of ${info.Pages}`);
      expect(text).toContain(assessment.questionnaire.title);
      expect(text).toContain(`${Math.floor(assessment.overall.score ?? 0)} out of 100`);
      if (assessment.overall.rating) expect(text).toContain(assessment.overall.rating.label);
      expect(topActions.length).toBeGreaterThan(0);
      for (const action of topActions) expect(text).toContain(action.replace(/\s+/g, ' '));
      pagePictures(pdf, join(artefacts, `${name}-pdf`));
      // A group heading row of the matrix by system (a CAF principle), a heading or a table's caption
      // is never the last thing on a page, cut off from what it heads on the next.
      const groups = new Set([...assessment.sections.filter((x) => x.scope === 'system').map((x) => x.title), ...visibleHeadings(readFileSync(html, 'utf8'))]);
      for (const [n, last] of pdfPageEndings(pdf).entries()) expect(groups.has(last ?? ''), `page ${n + 1} ends with the heading "${last}"`).toBe(false);
    }, 120_000);
  });
});
