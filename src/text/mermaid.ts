// The opening lines of a mermaid xychart in a markdown paper (the board paper, the trend), as GitHub
// draws it for a reader who may not see colour, or not see at all.
//
// Mermaid's default theme draws the first series of an xychart in a pale lilac (about 1.2:1 on
// white), so a blue with at least 3:1 on both GitHub's light and dark backgrounds is asked for
// instead (WCAG 1.4.11 for a graphic); a renderer that ignores the directive draws its default.
// Without accTitle and accDescr the drawn chart has no name, and a screen reader reads out its axis
// numbers one by one; with them it says what the chart is and where its figures are in words.

const PLOT_COLOUR = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2f81f7"}}}}%%';

/** A mermaid string or accessibility line: no quote, backslash or line break can end it early. */
export const chartText = (text: string): string => text.replace(/["\\\r\n]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The first lines of a fenced mermaid xychart: the fence, the colour of a one-series chart (a chart
 * of several series keeps mermaid's palette, which tells them apart), the kind, its name and
 * description for assistive technology, and its title.
 */
export function xychartHead(chart: { title: string; description: string; series: 'one' | 'several' }): string[] {
  return [
    '```mermaid',
    ...(chart.series === 'one' ? [PLOT_COLOUR] : []),
    'xychart-beta',
    `    accTitle: ${chartText(chart.title)}`,
    `    accDescr: ${chartText(chart.description)}`,
    `    title "${chartText(chart.title)}"`,
  ];
}
