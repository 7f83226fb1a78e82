import type { Page } from 'puppeteer-core';

/** WCAG 1.4.12's spacing, as its test bookmarklet sets it: what a reader's own style sheet may ask for. */
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * WCAG 1.4.12 text spacing, which axe-core does not check: the page open at `width` pixels with the
 * spacing above added, and what is then lost, one line each: the page wider than the window, a box
 * that clips or scrolls what it holds, or a chart's text running out of its drawing or over another.
 */
export async function textSpacingLosses(page: Page, width: number): Promise<string[]> {
  await page.setViewport({ width, height: 800 });
  await page.addStyleTag({ content: SPACING });
  return (await page.evaluate(`(() => {
    const out = [];
    const view = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > view) out.push('the page is ' + document.documentElement.scrollWidth + ' pixels wide in a window of ' + view);
    const name = (el) => el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').trim().replace(/\\s+/g, '.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || el.closest('.visually-hidden') || !el.getClientRects().length) continue;
      const cs = getComputedStyle(el);
      if ((cs.overflowX !== 'visible' || cs.overflowY !== 'visible') && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push('clipped: ' + name(el));
    }
    for (const svg of document.querySelectorAll('svg')) {
      if (!svg.getClientRects().length) continue;
      const box = svg.viewBox.baseVal;
      const texts = [...svg.querySelectorAll('text')].map((t) => ({ t, b: t.getBBox() }));
      for (const { t, b } of texts) if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) out.push('outside its chart: ' + name(t));
      texts.forEach(({ t, b }, i) => {
        for (const { t: u, b: c } of texts.slice(i + 1)) if (b.x < c.x + c.width - 1 && c.x < b.x + b.width - 1 && b.y < c.y + c.height - 1 && c.y < b.y + b.height - 1) out.push('over each other: ' + name(t) + ' and ' + name(u));
      });
    }
    return out;
  })()`)) as string[];
}
