// A real browser and a real PDF reader for the HTML report's tests: Debian's chromium driven by
// puppeteer-core (never a downloaded browser), and poppler's pdfinfo, pdftotext and pdftoppm.
// Where they cannot be had the tests skip with a printed reason; under CI (CI=true) they fail,
// since `.ci/run` installs them and a check that silently does not run proves nothing.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { repoRoot } from './cli.js';

const CHROMIUM = process.env.CYBER_READY_CHROMIUM ?? '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The most one of poppler's tools may take on a PDF. spawnSync holds the worker, so vitest's timer
 * cannot stop one that hangs; killed, it fails the test saying so instead of holding the run.
 */
const POPPLER_LIMIT = { timeout: 60_000, killSignal: 'SIGKILL' } as const;

/**
 * The most the browser may take to start, load a page or print it. Puppeteer's own default, 30 s,
 * is shorter than the tests' limits (60-180 s): on a loaded CI runner a paper of 25 systems took
 * longer than that to print, and failed as a timeout with time left. A browser that hangs is still
 * stopped, by this or by the test's own limit.
 */
const BROWSER_STEP_LIMIT_MS = 120_000;

const hasCommand = (name: string): boolean => spawnSync(name, ['-v'], { encoding: 'utf8' }).error === undefined;

/** Why the browser tests cannot run here, or null when they can. Throws under CI instead of skipping. */
export function browserMissing(): string | null {
  const missing: string[] = [];
  if (!executable(CHROMIUM)) missing.push(`chromium (${CHROMIUM}; Debian: apt-get install chromium)`);
  for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) if (!hasCommand(tool)) missing.push(`${tool} (Debian: apt-get install poppler-utils)`);
  if (!missing.length) return null;
  const reason = `the HTML report's browser tests need ${missing.join(' and ')}`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must run them (.ci/run installs them)`);
  return reason;
}

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Chromium and axe-core for the tests of one file. Before them, when the browser can be had
 * (`missing` is null), the artefacts folder is emptied and the browser launched; after them it is
 * closed and the file's work folder removed.
 */
export function useBrowser(missing: string | null, artefacts: string, work: string): ReportBrowser {
  let chromium: LaunchedBrowser | undefined;
  let axeSource = '';
  beforeAll(async () => {
    if (missing) return;
    rmSync(artefacts, { recursive: true, force: true });
    mkdirSync(artefacts, { recursive: true });
    axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    rmSync(work, { recursive: true, force: true });
  });
  /** A page with script turned off, every request it makes recorded, at `file`; the caller closes it. */
  const open = async (file: string): Promise<OpenedPage> => {
    const page = await chromium!.browser.newPage();
    page.setDefaultTimeout(BROWSER_STEP_LIMIT_MS);
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    const url = pathToFileURL(file).href;
    try {
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1024, height: 800 });
      await page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      await page.close();
      throw error;
    }
    return { page, url, requests };
  };
  return {
    open,
    async printPdf(file, pdf, options = {}) {
      const { page } = await open(file);
      try {
        writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: options.headerFooter ?? false }));
      } finally {
        await page.close();
      }
    },
    axe: (url, media) => axeViolations(chromium!.browser, axeSource, url, media),
  };
}

export interface OpenedPage {
  page: Page;
  url: string;
  /** Every URL the page asked for while loading. */
  requests: string[];
}

/** What the HTML tests of one file do with the browser `useBrowser` launched for them. */
export interface ReportBrowser {
  open(file: string): Promise<OpenedPage>;
  /**
   * The page at `file`, script off, printed as its own CSS asks (A4) to the PDF file `pdf`; with
   * `headerFooter`, as a print dialogue with "Headers and footers" ticked (the browser's date, title,
   * address and page numbers in the margins, where the page's CSS leaves them room).
   */
  printPdf(file: string, pdf: string, options?: { headerFooter?: boolean }): Promise<void>;
  axe(url: string, media: 'screen' | 'print'): Promise<string[]>;
}

/** Headless chromium with a new empty profile and nothing that talks to the network on its own. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const { launch } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'cyber-ready-chromium-'));
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: BROWSER_STEP_LIMIT_MS,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** pdfinfo's fields: Pages, Page size, … */
export function pdfInfo(file: string): Record<string, string> {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8', ...POPPLER_LIMIT });
  if (r.status !== 0) throw new Error(`pdfinfo could not read ${file}: ${r.error?.message ?? r.stderr}`);
  return Object.fromEntries(r.stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/**
 * How far, in points, the page size pdfinfo gives (its `info`) is from A4's 595.28 x 841.89 at the
 * most: chromium rounds to its own units, so an A4 page is within a point.
 */
export function offA4(info: Record<string, string>): number {
  const [width, height] = (info['Page size'] ?? '').split(/ x | pts/).map(Number);
  return Math.max(Math.abs((width ?? 0) - 595.28), Math.abs((height ?? 0) - 841.89));
}

/** The PDF's text as pdftotext reads it, with every run of white space made one space. */
export function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26, ...POPPLER_LIMIT });
  if (r.status !== 0) throw new Error(`pdftotext could not read ${file}: ${r.error?.message ?? r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

/** The PDF's text page by page, lines kept, as pdftotext reads it. */
export function pdfPages(file: string): string[] {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26, ...POPPLER_LIMIT });
  if (r.status !== 0) throw new Error(`pdftotext could not read ${file}: ${r.error?.message ?? r.stderr}`);
  return r.stdout.split('\f').filter((page) => page.trim());
}

/**
 * The text that ends each page, as the last block pdftotext finds on it (its lines joined by single
 * spaces), the page number left out; null where that block runs over more than one line. A heading
 * cut off from what it heads is a block of one line; the last line of a wrapped paragraph or table
 * cell is part of the block above it, so a cell that wraps to end "... NCSC 10 Steps:" / "Logging
 * and monitoring" is not taken for the heading "Logging and monitoring", as a check of the page's
 * last line of text once did.
 */
export function pdfPageEndings(file: string): (string | null)[] {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28, ...POPPLER_LIMIT });
  if (r.status !== 0) throw new Error(`pdftotext could not read ${file}: ${r.error?.message ?? r.stderr}`);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  const words = (line: string): string => [...line.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => (m[1] ?? '').replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e)).join(' ');
  return r.stdout.split('<page ').slice(1).map((page) => {
    const blocks = [...page.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)]
      .map((b) => [...(b[1] ?? '').matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((l) => words(l[1] ?? '')).filter((l) => l.trim()))
      .filter((lines) => lines.length && !/^Page \d+ of \d+$/.test(lines.join(' ')));
    const last = blocks.at(-1);
    return last && last.length === 1 ? (last[0] ?? '').trim() : null;
  });
}

export interface PdfPageExtent {
  /** How far down the page its lowest line of text reaches, from 0 (top) to 1, the page's footer left out. */
  fill: number;
  /** The page's first line of text, its words joined by single spaces. */
  first: string;
}

/**
 * Where each page's text starts and how far it reaches, from pdftotext's word boxes; `footer` points
 * at the foot of the page (the page number) are not counted as text.
 */
export function pdfPageExtents(file: string, footer = 40): PdfPageExtent[] {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28, ...POPPLER_LIMIT });
  if (r.status !== 0) throw new Error(`pdftotext could not read ${file}: ${r.error?.message ?? r.stderr}`);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  return r.stdout.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: (m[3] ?? '').replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e) }))
      .filter((w) => w.bottom < height - footer);
    const top = Math.min(...words.map((w) => w.top));
    return {
      fill: words.length ? Math.max(...words.map((w) => w.bottom)) / height : 0,
      first: words.filter((w) => Math.abs(w.top - top) < 3).map((w) => w.text).join(' '),
    };
  });
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** What axe-core (its source given) finds wrong on the page at `url`, shown as `media`, one line each. */
export async function axeViolations(browser: Browser, axeSource: string, url: string, media: 'screen' | 'print'): Promise<string[]> {
  const page = await browser.newPage();
  page.setDefaultTimeout(BROWSER_STEP_LIMIT_MS);
  try {
    await page.emulateMediaType(media);
    await page.goto(url, { waitUntil: 'load' });
    // Through the DevTools protocol, which the page's own policy (no script at all) does not govern.
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
    )) as AxeViolation[];
    return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  } finally {
    await page.close();
  }
}

/**
 * What axe-core does not check, on the page as it is open: it has one h1, first, and headings that
 * never skip a level; it has a table, and a screen reader's list of tables names each one (by its
 * caption, or the heading its aria-labelledby points at); and every header cell says which way it reads.
 */
export async function expectHeadingsAndTables(page: Page): Promise<void> {
  const seen = (await page.evaluate(`(() => ({
    levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
    unnamed: [...document.querySelectorAll('table')].filter((t) => !(t.caption && t.caption.textContent.trim()) && !document.getElementById(t.getAttribute('aria-labelledby') || '')?.textContent.trim()).map((t) => t.outerHTML.slice(0, 120)),
    unscoped: [...document.querySelectorAll('th')].filter((th) => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope'))).length,
    tables: document.querySelectorAll('table').length,
  }))()`)) as { levels: number[]; unnamed: string[]; unscoped: number; tables: number };
  expect(seen.levels.filter((l) => l === 1)).toHaveLength(1);
  expect(seen.levels[0]).toBe(1);
  seen.levels.forEach((level, i) => expect(level, `heading ${i + 1}`).toBeLessThanOrEqual((seen.levels[i - 1] ?? 0) + 1));
  expect(seen.tables).toBeGreaterThan(0);
  expect(seen.unnamed).toEqual([]);
  expect(seen.unscoped).toBe(0);
}

/** WCAG 1.4.10: the page's width and the viewport's at 320 CSS pixels; readable without scrolling sideways when the first is not larger. */
export async function narrowWidths(page: Page): Promise<{ page: number; view: number }> {
  await page.setViewport({ width: 320, height: 640 });
  return (await page.evaluate('({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth })')) as { page: number; view: number };
}

/**
 * The smallest text a chart on the page draws as now laid out, in CSS pixels (its font size times the
 * SVG's scale), or null when no chart text is drawn. An SVG shrinks to the page's width, its text with it.
 */
export async function smallestChartText(page: Page): Promise<number | null> {
  return (await page.evaluate(`(() => {
    const sizes = [...document.querySelectorAll('svg text')].filter((t) => t.getClientRects().length > 0).map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
    return sizes.length ? Math.min(...sizes) : null;
  })()`)) as number | null;
}
