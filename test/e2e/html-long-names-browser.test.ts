// The HTML paper of a council whose systems have long names with no space in them and whose owners
// are email and web addresses, in headless chromium through the real binary. Such a name or address
// made the tables sized by their words (the systems' scores, the index of actions, the waivers) wider
// than the page: on a screen from 481 to about 800 pixels the page scrolled sideways, and printed,
// chromium shrank the whole paper to about three quarters to fit A4. Now no table is wider than its
// page, on a screen or printed, and the tool's own words in the cells beside ("Significant", "partly")
// still do not break inside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserMissing, useBrowser } from '../helpers/browser.js';
import { brokenWords } from '../helpers/broken-words.js';
import { A4_CONTENT, fit } from '../helpers/page-fit.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { screenshot } from '../helpers/pictures.js';

const missing = browserMissing();
if (missing) process.stderr.write(`SKIPPED: ${missing}\n`);
const artefacts = join(repoRoot, 'test-artifacts', 'html-long-names');
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-long-names-'));
const browser = useBrowser(missing, artefacts, work);

const LONG_TITLES = [
  'SocialCareCaseManagementSystemForAdultsAndChildrenServicesV12',
  'RevenuesAndBenefits|CouncilTax\\NonDomesticRatesHousingBenefit',
  'ElectoralRegistrationAndElectionsManagementPlatformHostedSaaS',
];
const LONG_OWNERS = ['social.care.case.management.systems.manager@ynysmon.gov.uk', 'https://intranet.ynysmon.gov.uk/directory/people/gwasanaethau-cymdeithasol/owner'];

/** Ten generated critical systems, the first three named without a space and the first two owned by an address. */
async function longNamesPaper(): Promise<string> {
  const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
  const dir = join(work, 'long');
  const { file } = generateCriticalSystems(10, dir);
  let text = readFileSync(file, 'utf8');
  LONG_TITLES.forEach((title, k) => (text = text.replace(`title: Critical system ${k + 1}\n`, `title: ${JSON.stringify(title)}\n`)));
  LONG_OWNERS.forEach((owner, k) => (text = text.replace(`owner: Owner of system ${k + 1}\n`, `owner: ${owner}\n`)));
  writeFileSync(file, text);
  const html = join(work, 'long.html');
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-11-23', '-f', 'html', '-o', html] }, 60_000);
  expect(r.code, r.stderr).toBe(0);
  return html;
}

// Tables sized by their words; the matrix, the outcomes and the answers' backing have fixed shares of their own.
const SIZED = 'table:not(.matrix):not(.outcomes):not(.backing)';

describe.skipIf(missing !== null)('the HTML paper with long unbroken names and addresses', () => {
  it('no table is wider than the page at 1280, 640 and 375 pixels nor printed on A4, and the tool\'s own words stay whole', async () => {
    const html = await longNamesPaper();
    const source = readFileSync(html, 'utf8');
    for (const text of [...LONG_TITLES, ...LONG_OWNERS]) expect(source).toContain(text.replace(/&/g, '&amp;'));
    const { page } = await browser.open(html);
    try {
      for (const width of [1280, 640, 375]) {
        await page.setViewport({ width, height: 900 });
        const screen = await fit(page);
        expect(screen.tables).toBeGreaterThan(10);
        expect(screen.wide, `at ${width} pixels`).toEqual([]);
        expect(screen.scroll, `at ${width} pixels`).toBe(width);
        // The tool's words beside the long names ("Significant gaps", "Outcomes partly achieved") break
        // only between words; on a phone any word may break (WCAG 1.4.10), as before.
        if (width > 480) expect(await brokenWords(page, `${SIZED} th:not(.free), ${SIZED} td:not(.free)`, 16), `at ${width} pixels`).toEqual([]);
        await page.evaluate("document.querySelector('table.systems').scrollIntoView()");
        await screenshot(page, { path: join(artefacts, `systems-${width}.png`) });
      }
      // Printed: the page's own print styles, at the width of A4 inside the paper's margins.
      await page.emulateMediaType('print');
      await page.setViewport({ width: A4_CONTENT, height: 1100 });
      const printed = await fit(page);
      expect(printed.content).toBeLessThanOrEqual(A4_CONTENT);
      expect(printed.wide).toEqual([]);
      expect(printed.scroll).toBe(A4_CONTENT);
      expect(await brokenWords(page, `${SIZED} th:not(.free), ${SIZED} td:not(.free)`, 16)).toEqual([]);
      // A system's name of ordinary words, and a short owner, are not broken inside a word either.
      expect(await brokenWords(page, `${SIZED} .free`, 14)).toEqual([]);
      // One line of the Rating column is one line: "Significant gaps" is not one letter a line.
      const rating = (await page.evaluate(`(() => {
        const cell = [...document.querySelectorAll('table.systems td')].find((td) => td.textContent === 'Significant gaps');
        const range = document.createRange();
        range.selectNodeContents(cell);
        return { lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      })()`)) as { lines: number };
      expect(rating.lines).toBeLessThanOrEqual(2);
    } finally {
      await page.close();
    }
    // Printed to PDF, the paper is not shrunk to fit: the summary's heading (15 points) was drawn
    // at about 11 when a table was wider than A4. The PDF is left for a person to look at.
    const pdf = join(artefacts, 'long-names.pdf');
    await browser.printPdf(html, pdf);
    const boxes = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
    const summary = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Summary<\/word>/.exec(boxes);
    expect(summary).not.toBeNull();
    expect(Number(summary![2]) - Number(summary![1])).toBeGreaterThan(15);
  }, 120_000);
});
