import type { Page } from 'puppeteer-core';

/**
 * Words in the cells `cells` selects that the layout broke across two lines, as the page now lays
 * them out. With `longest`, only words of up to that many characters without a hyphen are looked at:
 * longer runs (a long name itself) may break, and a word may break at its hyphen.
 */
export const brokenWords = (page: Page, cells: string, longest?: number): Promise<string[]> =>
  page.evaluate(`(() => {
    const out = [];
    for (const cell of document.querySelectorAll(${JSON.stringify(cells)})) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\\S+/g)) {
          if (${longest === undefined ? 'false' : `m[0].length > ${longest} || m[0].includes('-')`}) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  })()`) as Promise<string[]>;
