/**
 * Escaping for GitHub-flavoured markdown. User text must not open HTML, links, emphasis or code,
 * nor break a table row.
 */
// Quotes need no escaping: with < escaped no tag (and so no attribute) can open, and "&quot;" read
// badly wherever the markdown is read as plain text (show's output in a terminal, a CI log).
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Neutralise HTML only; for text that is meant to be markdown (questionnaire descriptions). */
export const escapeHtml = (text: string): string => text.replace(/[&<>]/g, (ch) => HTML[ch] ?? ch);

/** Plain text on one line inside markdown: no markup, no HTML, no line breaks. */
export function escapeInline(text: string): string {
  return escapeHtml(text.replace(/\r\n|[\r\n]+/g, ' '))
    // With [ and ] escaped no link can form, so parentheses and ! can stay as they are.
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '');
}

/** A table cell: as inline text, where `|` is already escaped and line breaks become spaces. */
export const escapeCell = (text: string): string => escapeInline(text) || ' ';

/** Markdown text kept as markdown, with HTML and control characters neutralised. */
export function safeMarkdown(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '');
}

/** A code span that cannot be closed early by backticks in the text. */
export function codeSpan(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  // A code span shows its text literally (no HTML, no entities), so only the table's "|" is escaped.
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
