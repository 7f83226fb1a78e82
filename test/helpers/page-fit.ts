// How an HTML paper fits its page, for the browser tests: no table wider than the page's text, on a
// screen or printed on A4 (where chromium shrinks a paper wider than the page to fit it).
import type { Page } from 'puppeteer-core';

/** The A4 page's width inside the paper's margins (210 mm less 15 mm each side), in CSS pixels. */
export const A4_CONTENT = Math.floor(((210 - 30) / 25.4) * 96);

export interface Fit {
  /** The width of the page's text, inside its padding. */
  content: number;
  /** The document's width: more than the window's means sideways scrolling. */
  scroll: number;
  tables: number;
  /** Each table wider than the page's text, by its class and caption. */
  wide: string[];
}

/** How the page, as now laid out (its width and media), fits: its text's width, its own, and any table wider than the text. */
export const fit = (page: Page): Promise<Fit> =>
  page.evaluate(`(() => {
    const page = document.querySelector('.page');
    const style = getComputedStyle(page);
    const content = page.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const tables = [...document.querySelectorAll('table')];
    const wide = tables.filter((t) => Math.max(t.scrollWidth, t.getBoundingClientRect().width) > content + 0.5)
      .map((t) => t.className + ': ' + (t.caption ? t.caption.textContent : '').slice(0, 40) + ' (' + Math.round(t.getBoundingClientRect().width) + ' px)');
    return { content, scroll: document.documentElement.scrollWidth, tables: tables.length, wide };
  })()`) as Promise<Fit>;
