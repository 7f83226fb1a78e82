// A paper's words and table rows as a reader meets them, read by the consumer of its format (a DOM for
// HTML, a GFM parser for markdown), for tests that check that two formats say the same.
import type { RootContent, Table, TableCell } from 'mdast';
import { nodesOfType, parseMarkdown } from './consumers.js';
import { squash } from './docx-reader.js';

/** An HTML document's (or fragment's) body text, squashed, and its table rows as cell texts, style and script left out. */
export async function domRows(html: string): Promise<{ text: string; rows: string[][] }> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  window.document.body.innerHTML = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
  for (const s of window.document.querySelectorAll('style, script')) s.remove();
  const rows = [...window.document.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => squash(c.textContent ?? '')));
  const text = squash(window.document.body.textContent ?? '');
  await window.happyDOM.close();
  return { text, rows };
}

/** A markdown paper's table rows, the header rows among them, as cell texts. */
export function markdownRows(md: string): string[][] {
  const cellText = (c: TableCell): string => squash(c.children.map((n) => ('value' in n ? n.value : 'children' in n ? n.children.map((k) => ('value' in k ? k.value : '')).join('') : '')).join(''));
  return nodesOfType(parseMarkdown(md), 'table').flatMap((t: Table) => t.children.map((r) => r.children.map(cellText)));
}

/** The text of a markdown node, its code spans' text with it, as a reader sees it. */
const mdText = (node: RootContent): string => (node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? (node.children as RootContent[]).map(mdText).join('') : '');

/**
 * A markdown paper's blocks in order, as a reader meets them: each heading and paragraph, each list
 * item, and each table row with its cells joined by " | ", squashed, the isolating marks around
 * right-to-left names left out. htmlBlocks gives an HTML paper's the same way, so the two compare.
 */
export function markdownBlocks(md: string): string[] {
  const out: string[] = [];
  const plain = (text: string): string => squash(text.replace(/[\u2066-\u2069]/g, ''));
  for (const node of parseMarkdown(md).children) {
    if (node.type === 'heading' || node.type === 'paragraph') out.push(plain(mdText(node)));
    else if (node.type === 'list') for (const item of node.children) out.push(plain(mdText(item)));
    else if (node.type === 'table') for (const row of node.children) out.push(row.children.map((c) => plain(mdText(c))).join(' | '));
  }
  return out;
}

/** An HTML paper's headings, paragraphs, list items and table rows in order, as markdownBlocks gives a markdown paper's. */
export async function htmlBlocks(html: string): Promise<string[]> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  window.document.body.innerHTML = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
  const blocks = [...window.document.querySelectorAll('h1, h2, h3, h4, p, li, tr')].map((e) =>
    e.tagName === 'TR' ? [...e.querySelectorAll('th, td')].map((c) => squash(c.textContent ?? '')).join(' | ') : squash(e.textContent ?? ''),
  );
  await window.happyDOM.close();
  return blocks;
}
