import { largest } from './spread-free.js';
/**
 * Escaping for GitHub-flavoured markdown. User text must not open HTML, links, emphasis or code,
 * nor break a table row.
 */
// Quotes need no escaping: with < escaped no tag (and so no attribute) can open, and "&quot;" read
// badly wherever the markdown is read as plain text (show's output in a terminal, a CI log).
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// An `&` is markup only where it begins a character reference (`&copy;`, `&#169;`, `&#xA9;`); any
// other is shown as written by every markdown reader, and escaped it read "Waste &amp; fleet" in
// the file a committee clerk opens or pastes from.
const MARKUP = /&(?=(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)|[<>]/g;

/** Neutralise HTML only; for text that is meant to be markdown (questionnaire descriptions). */
const neutraliseHtmlInMarkdown = (text: string): string => text.replace(MARKUP, (ch) => HTML[ch] ?? ch);

// Bare web and mail addresses (https://…, www.…, name@host): GFM makes links of them even when a
// character is escaped, so they go in code spans instead, where nothing is a link and every
// character shows as written. Trailing punctuation stays outside, as a reader expects. A mail
// address starts only where a run of the characters of its name starts: tried from inside such a
// run as well, a long word without an `@` (a pasted key or encoded file) was scanned to its end
// from each of its characters, and a note of 160,000 letters took half a minute. Starting there
// finds the same addresses, since any match from inside a run also matches from its start.
// A scheme is linked after anything but a letter ("1http://", "_http://"), "www." after anything
// but a letter or digit, so those are where an address starts. It ends before a quote or backtick,
// which no address holds as written: run on, the span took in what followed ('=HYPERLINK("http://
// evil.example","x")' showed '","x' as code), and the rest after the span is not an address.
const ADDRESS = /(?:(?<![a-z])(?:https?|ftp|mailto|xmpp):|(?<![a-z0-9])www\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Text with no markup, no HTML and no line breaks, for one line of markdown. */
function escapeText(text: string): string {
  return text
    .replace(MARKUP, (ch) => HTML[ch] ?? ch)
    // With [ and ] escaped no link can form, so parentheses and ! can stay as they are. GitHub and
    // GitLab read text between two `$` as maths ("$env:TEMP/$env:USER" lost its words to a formula);
    // `\$` is a backslash escape every GFM reader prints as the `$` alone.
    .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`);
}

/**
 * An address as a code span: shown as written, never a link. Outside a table a code span shows its
 * backslashes, so a `|` is left as written; in a table cell, where any `|` not escaped ends the
 * cell, it is `\|`, which GFM takes out before the span is read, so the address reads as typed
 * there too (it was the address's `%7C` everywhere, which a reader copying it did not expect).
 */
const addressSpan = (address: string, cell: boolean): string => fencedSpan(cell ? address.replace(/\|/g, '\\|') : address);

/**
 * One line of the reader's text with nothing in it that a markdown reader would not print: line
 * breaks (U+0085, U+2028 and U+2029 among them) and tabs are spaces, as in the HTML and Word papers;
 * other control characters and the bidirectional embeddings, overrides and isolates are dropped;
 * and the noncharacters U+FFFE and U+FFFF (and a lone surrogate) are U+FFFD, as in the HTML and
 * Word papers. The left-to-right and right-to-left marks are kept, as the other papers keep them.
 */
const cleanLine = (text: string): string =>
  text
    // A tab is white space between words, as a line break is: removed with the other controls, it
    // joined the words either side ("third\ttab" read "thirdtab").
    .replace(/\r\n|[\r\n]+|[\t\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[\ud800-\udfff\ufffe\uffff]/gu, '\ufffd');

/**
 * Escaped text that begins a line, or follows a list marker or a quote's `>`, cannot begin a block
 * of its own: a heading's `#`, a list item's `-` or `+`, a numbered item's `.` or `)`, and a line
 * of `-` or `=` (a rule, or an underline making the line above a heading) are escaped, and white
 * space before them is one space, as four would begin a code block. `*`, `_`, `>`, `<`, `|`, `` ` ``
 * and `~` are escaped wherever they are. Anywhere else in a line the escapes print as the character.
 */
const notABlock = (text: string): string =>
  text
    .replace(/^[ \t]+/, ' ')
    .replace(/^( ?)(#(?=#*(?:[ \t]|$))|[-+](?=[ \t]|$)|[-=](?=[-= \t]*$))/, '$1\\$2')
    .replace(/^( ?)(\d{1,9})([.)])(?=[ \t]|$)/, '$1$2\\$3');

/**
 * Plain text on one line inside markdown: no markup, no HTML, no links, no line breaks, and no
 * block (heading, list, rule) where it starts a line or a list item. A double quote only matters
 * inside an HTML attribute, and with < escaped none can open, so it stays as written and the
 * markdown source reads as it will print.
 */
export const escapeInline = (text: string): string => inline(text, false);

/** As escapeInline, for a table cell when `cell` is true. */
function inline(text: string, cell: boolean): string {
  const clean = cleanLine(text);
  let out = '';
  let at = 0;
  for (const m of clean.matchAll(ADDRESS)) {
    out += escapeText(clean.slice(at, m.index)) + addressSpan(m[0], cell);
    at = m.index + m[0].length;
  }
  // A heading ends at a closing run of "#" after a space, which GFM drops ("C #" showed as "C"):
  // escaped, the run is text wherever the line ends.
  return notABlock((out + escapeText(clean.slice(at))).replace(/(^|[ \t])(#+)([ \t]*)$/, (_, before: string, run: string, after: string) => `${before}${run.replace(/#/g, '\\#')}${after}`));
}

/**
 * Every way the markdown papers may write `text` (a name, one line): escapeInline and escapeCell
 * escape some characters by where they stand (a heading's or list's marker only at the start, a
 * closing run of `#` only at the end, a `|` in an address only in a table cell), so a name alone,
 * at the start, in the middle or at the end of a sentence or cell may read differently.
 */
export function writtenForms(text: string): string[] {
  const at = (cell: boolean): string[] => [inline(text, cell), inline(`${text} x`, cell).slice(0, -2), inline(`x ${text}`, cell).slice(2), inline(`x ${text} x`, cell).slice(2, -2)];
  return [...new Set([...at(false), ...at(true), escapeCell(text)])];
}

/** The reader's own lines, without the blank ones at either end. */
const linesOf = (text: string): string[] => text.trim().split(/\r\n|\r|\n/).map((l) => l.trim());

/**
 * Text that may hold line breaks (a remediation, a note, a reason), inline in a list item: each of
 * the reader's lines stays a line, joined by a hard line break (a backslash at the end of the line)
 * and indented by `indent` so that it stays inside the item. A blank line between paragraphs stays
 * a blank line. Nothing in it can start a list, a heading or a code block of its own.
 */
export function escapeLines(text: string, indent: string): string {
  return linesOf(text)
    .map(escapeInline)
    .join(`\\\n${indent}`);
}

/**
 * A table cell: as inline text, where `|` is already escaped; the reader's line breaks are `<br>`,
 * which GFM draws in a cell. Lines left empty at either end are dropped from the list rather than
 * as `<br>` runs from the joined text: a pattern doing that retried every `<br>` of a long run of
 * blank lines to its end, and 40,000 of them in a reason took seconds.
 */
export function escapeCell(text: string): string {
  const lines = linesOf(text).map((line) => inline(line, true));
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('<br>') || ' ';
}

/**
 * Plain text of several paragraphs (a question's help, evidence or remediation): each paragraph as
 * inline text, blank lines between them kept. Unlike a description, such text is not markdown: a
 * line starting "# " or "- " is the author's words, not a heading or a list.
 */
export const escapeParagraphs = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => escapeInline(paragraph).trim())
    .filter(Boolean)
    .join('\n\n');

/** Markdown text kept as markdown, with HTML and control characters neutralised. */
export function safeMarkdown(text: string): string {
  return neutraliseHtmlInMarkdown(text.replace(/\r\n?/g, '\n').replace(/[\t\u0085\u2028\u2029]/g, ' '))
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[\ud800-\udfff\ufffe\uffff]/gu, '\ufffd');
}

function fencedSpan(clean: string): string {
  const longest = largest([...clean.matchAll(/`+/g)].map((m) => m[0].length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A code span that cannot be closed early by backticks in the text, for a line of prose or a list
 * item. A code span shows its text literally (no HTML, no entities, no escapes): a `\|` here showed
 * its backslash ("ex/ce\|v2.answers.yaml"), so a `|` is left as written.
 */
export const codeSpan = (text: string): string => fencedSpan(cleanLine(text));

/**
 * A code span inside a table cell, where GFM ends the cell at any `|` not escaped, code span or
 * not, and takes the escape out before the span is read: there `\|` shows as `|`.
 */
export const cellCodeSpan = (text: string): string => fencedSpan(cleanLine(text).replace(/\|/g, '\\|'));
