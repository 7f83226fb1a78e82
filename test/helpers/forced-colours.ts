import type { Page } from 'puppeteer-core';

export interface ForcedColoursSeen {
  /** Whether the reader's ground is dark (white text on black, as Windows' "Night sky"): the emulation took. */
  dark: boolean;
  /** What the reader cannot see on that ground, one line each; empty when nothing. */
  misses: string[];
}

/**
 * The page as Windows high contrast shows it with a dark theme (forced colours, light on black), and
 * what of its charts and marks is then lost: axe-core does not look. Forced colours put the reader's
 * colours in place of the page's text, borders and backgrounds, but leave an SVG's fills and strokes
 * as they are, and blank a mark drawn only by its background. Looked at: each chart's text against
 * what it is drawn on (a rectangle under it, or the page) at 4.5:1; each chart line but the grid, and
 * each bar or box by its fill or its outline, at 3:1 (WCAG 1.4.11); each mark drawn in HTML (a
 * legend's swatch or key, a bar of answers) by its background or its border at 3:1; and a legend's
 * swatches keep their colours, those of the bars they name.
 */
export async function forcedColoursDark(page: Page): Promise<ForcedColoursSeen> {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] });
  return (await page.evaluate(`(() => {
    const rgb = (c) => { const m = /^rgba?\\(([^)]*)\\)$/.exec(c || ''); if (!m) return null; const [r, g, b, a = 1] = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return a === 0 ? null : [r, g, b]; };
    const lum = (c) => { const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const ratio = (a, b) => { if (!a || !b) return 1; const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const ground = rgb(getComputedStyle(document.documentElement).backgroundColor);
    const misses = [];
    const shown = (el) => el.getClientRects().length > 0;
    const name = (el) => el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').trim().replace(/\\s+/g, '.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    for (const svg of document.querySelectorAll('svg')) {
      if (!shown(svg)) continue;
      const rects = [...svg.querySelectorAll('rect')];
      // The rectangle a text is drawn on, if any: the last one before it whose box holds the text's.
      const under = (t) => { const b = t.getBBox(); return rects.filter((r) => r.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING).filter((r) => { const a = r.getBBox(); return a.x <= b.x + 1 && a.y <= b.y + 1 && a.x + a.width >= b.x + b.width - 1 && a.y + a.height >= b.y + b.height - 1; }).at(-1); };
      const grounds = new Set();
      for (const t of svg.querySelectorAll('text')) {
        const r = under(t);
        if (r) grounds.add(r);
        const back = r ? rgb(getComputedStyle(r).fill) : ground;
        for (const part of [t, ...t.querySelectorAll('tspan')]) {
          const fill = rgb(getComputedStyle(part).fill);
          if (ratio(fill, back) < 4.5) misses.push('text ' + name(part) + ': ' + ratio(fill, back).toFixed(2) + ':1');
        }
      }
      for (const p of svg.querySelectorAll('path, line, polyline')) {
        if (p.classList.contains('grid')) continue;
        const c = ratio(rgb(getComputedStyle(p).stroke), ground);
        if (c < 3) misses.push('line ' + name(p) + ': ' + c.toFixed(2) + ':1');
      }
      for (const r of rects) {
        if (grounds.has(r)) continue;
        const cs = getComputedStyle(r);
        const c = Math.max(ratio(rgb(cs.fill), ground), parseFloat(cs.strokeWidth) > 0 ? ratio(rgb(cs.stroke), ground) : 1);
        if (c < 3) misses.push('shape ' + name(r) + ': ' + c.toFixed(2) + ':1');
      }
    }
    for (const m of document.querySelectorAll('.swatch, .key-box, .key-median, .key-you, ul.spread .bar')) {
      if (!shown(m)) continue;
      const cs = getComputedStyle(m);
      const c = Math.max(ratio(rgb(cs.backgroundColor), ground), parseFloat(cs.borderTopWidth) > 0 ? ratio(rgb(cs.borderTopColor), ground) : 1);
      if (c < 3) misses.push('mark ' + name(m) + ': ' + c.toFixed(2) + ':1');
      if (m.classList.contains('swatch') && ratio(rgb(cs.backgroundColor), ground) === 1) misses.push('swatch ' + name(m) + ': blanked, its colour gone');
    }
    return { dark: !!ground && lum(ground) < 0.1, misses };
  })()`)) as ForcedColoursSeen;
}
