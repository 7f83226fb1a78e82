import { escapeHtml as h } from '../text/html.js';

// Everything is inline: no request may leave the file, and no script runs in it.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A standalone HTML document, as every HTML output is: inline style, no script, no request out. */
export function htmlPage(page: { title: string; style: string; generator?: string; body: string[]; isolateTitle?: (escaped: string) => string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(page.generator !== undefined ? [`<meta name="generator" content="${h(page.generator)}">`] : []),
    `<title>${(page.isolateTitle ?? ((t) => t))(h(page.title))}</title>`,
    `<style>${page.style}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...page.body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
