// Names a council writes (its own, its systems', their owners', the assessor's) in a right-to-left
// script, kept apart from the paper's words around them. The papers put such names inline with their
// own text ("Weakest critical system: NAME, 43/100 (…)"), and the Unicode bidirectional algorithm
// then carried the comma and figures after a Hebrew or Arabic name into the name's right-to-left
// run: the line read "…, 100/43 NAME". Isolating the name (HTML's <bdi>, Unicode's first-strong
// isolate U+2068 … U+2069 in Word) lays it out on its own, as the reader expects. Only names with a
// right-to-left letter are isolated: every other paper stays byte for byte as it was.
//
// The markdown papers (assess, diff, trend, benchmark, and so the GitHub job summary) isolate such
// names with U+2068 … U+2069 as Word does: GitHub lays out each block by its first strong letter
// (dir="auto"), and "Weakest critical system: NAME, 43 out of 100" showed "43 ,NAME out of 100".
// Markdown has no <bdi> that every reader keeps, and the marks are invisible where the markdown is
// read as plain text. Code (fenced blocks and code spans) is left as written, to be copied as is.
//
// The text reports are not isolated: they are read in terminals and CI logs, most of which do not
// lay out bidirectional text at all (so gain nothing from the marks) and some of which show them as
// boxes or question marks; and a name copied from a log or searched for by a CI script would carry
// characters nobody can see.
import type { Assessment } from '../scoring/assessment.js';
import { codeSpans, insideSpan } from '../text/code-spans.js';
import { writtenForms } from '../text/markdown.js';
import { escapeXml } from '../text/xml.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** A letter of a right-to-left script (Unicode's scripts of bidirectional class R or AL). */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/** Those of `names` that hold a right-to-left letter, trimmed, each once. */
export function rightToLeftOf(names: readonly (string | null | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && RIGHT_TO_LEFT.test(n)).map((n) => n.trim()))].filter((n) => n !== '');
}

/** The names in an assessment that hold a right-to-left letter, as the paper writes them. */
export function rightToLeftNames(a: Assessment): string[] {
  return rightToLeftOf([a.organisation, a.assessor, ...a.systems.flatMap((s) => [s.title, s.owner]), ...a.questions.map((q) => q.owner), ...a.waivers.map((w) => w.approvedBy)]);
}

// A letter, a mark (a vowel sign, a shadda), a digit or a joiner: a name is matched only where none
// of these joins it to what is before or after it. Matched inside a longer word ("علي" in "عليه",
// "דן" in "ודן"), the marks split the word, and Arabic drew its last letter on its own.
const JOINED = '[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]';

/**
 * A pattern for any of `forms` (longest first) as written, not joined to a letter, mark or digit on
 * either side: where a form begins (ends) with one, the text before (after) it has none. Put around
 * the whole alternation, not each form: a pattern of 800 names each with its own lookbehind took
 * three minutes over a paper that the alternation alone searches in milliseconds.
 */
const bounded = (forms: readonly string[], flags: string): RegExp =>
  new RegExp(`(?:(?<!${JOINED})|(?!${JOINED}))(?:${forms.map(escapeRegExp).join('|')})(?:(?!${JOINED})|(?<!${JOINED}))`, flags);

/** The forms of the names as the text writes them, each once, longest first (so a name inside a longer one is not isolated twice). */
const longestFirst = (forms: string[]): string[] => [...new Set(forms)].filter((f) => f !== '').sort((x, y) => y.length - x.length);

/**
 * A function that wraps each of `names` where it occurs in a text, as a word of its own, or null
 * when there is none. `escape` is how the text being searched was escaped (HTML and XML escape
 * names as they escape everything else).
 */
export function nameIsolator(names: string[], escape: (text: string) => string, wrap: (name: string) => string): ((text: string) => string) | null {
  const forms = longestFirst(names.map(escape));
  if (!forms.length) return null;
  const pattern = bounded(forms, 'gu');
  return (text) => text.replace(pattern, wrap);
}

/** What puts each right-to-left name of `a` in an HTML text (not its tags, attributes or SVG) inside <bdi>; made once for all the page's parts. */
export const htmlNameIsolator = (a: Assessment, escape: (text: string) => string): ((html: string) => string) => htmlNamesIsolator(rightToLeftNames(a), escape);

/** What puts each of `names` that is written right to left in an HTML text inside <bdi>, as htmlNameIsolator does for an assessment's. */
export function htmlNamesIsolator(names: readonly (string | null | undefined)[], escape: (text: string) => string): (html: string) => string {
  const isolate = nameIsolator(rightToLeftOf(names), escape, (name) => `<bdi>${name}</bdi>`);
  // Markup characters in text are escaped, so ">" and "<" bound every text node.
  return isolate ? (html) => html.replace(/(<svg[\s\S]*?<\/svg>)|>([^<]+)</g, (whole, svg: string | undefined, text: string) => svg ?? `>${isolate(text)}<`) : (html) => html;
}

/**
 * Plain text that holds no markup (an HTML <title>, a Word document's title and author), escaped by
 * `escape`, with each
 * right-to-left name of `a` between U+2068 and U+2069: a <title> cannot hold <bdi>, and a title
 * that begins with a Hebrew council's name was otherwise laid out right to left as a whole, in a
 * browser's tab, a PDF reader's title bar and Word's document properties alike.
 */
export const isolatePlainNames = (a: Assessment, text: string, escape: (text: string) => string): string => isolatePlainNamesOf(rightToLeftNames(a), text, escape);

/** Plain text with each of `names` that is written right to left between U+2068 and U+2069, as isolatePlainNames does for an assessment's. */
export function isolatePlainNamesOf(names: readonly (string | null | undefined)[], text: string, escape: (text: string) => string): string {
  // After escaping: the escapers show a stray U+2068 or U+2069 in a name as a visible escape.
  const isolate = nameIsolator(rightToLeftOf(names), escape, (name) => `\u2068${name}\u2069`);
  return isolate ? isolate(text) : text;
}

/** A Word part with each right-to-left name in its text runs between U+2068 and U+2069. */
export function isolateWordNames(names: string[], xml: string, wordText: (text: string) => string): string {
  const isolate = nameIsolator(names, (name) => escapeXml(wordText(name)), (name) => `\u2068${name}\u2069`);
  return isolate ? xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (_, open: string, text: string, close: string) => `${open}${isolate(text)}${close}`) : xml;
}

/**
 * A markdown paper with each right-to-left name of `names` (in every form the paper may write it:
 * see writtenForms) between U+2068 and U+2069, outside fenced code blocks and code spans. A name
 * may hold a code span (an e-mail or web address) but is not isolated where it starts or ends
 * inside one. The escapers drop any U+2066 to U+2069 from the reader's text, so every mark in the
 * paper is one of these pairs.
 */
export function isolateMarkdownNames(names: readonly (string | null | undefined)[], markdown: string): string {
  const forms = longestFirst(rightToLeftOf(names).flatMap(writtenForms));
  if (!forms.length) return markdown;
  const pattern = bounded(forms, 'gu');
  const byFirst = new Map<string, string[]>();
  for (const form of forms) {
    const first = byFirst.get(form[0] ?? '');
    if (first) first.push(form);
    else byFirst.set(form[0] ?? '', [form]);
  }
  // Each form's own pattern, made only when first wanted: made for 800 names at once, they took half a second.
  const made = new Map<string, RegExp>();
  const alone = (form: string): RegExp => {
    const known = made.get(form);
    if (known) return known;
    const pattern = bounded([form], 'uy');
    made.set(form, pattern);
    return pattern;
  };
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== null) {
        if (opens?.startsWith(fence) && line.trim() === opens) fence = null;
        return line;
      }
      if (opens) {
        fence = opens;
        return line;
      }
      return isolateLine(line, pattern, byFirst, alone);
    })
    .join('\n');
}

/**
 * One line of markdown with each name `pattern` finds isolated, where it does not start or end
 * inside a code span. `byFirst` holds the names' forms by their first character, longest first, and
 * `alone` is one form's pattern.
 */
function isolateLine(line: string, pattern: RegExp, byFirst: ReadonlyMap<string, readonly string[]>, alone: (form: string) => RegExp): string {
  const spans = codeSpans(line);
  const fits = (start: number, name: string): boolean => !insideSpan(spans, start) && !insideSpan(spans, start + name.length);
  const fitting = (start: number, longest: string): string | undefined => {
    if (fits(start, longest)) return longest;
    // Where the longest form found there starts or ends inside a code span, a shorter one may not.
    for (const form of byFirst.get(line[start] ?? '') ?? []) {
      if (!line.startsWith(form, start) || !fits(start, form)) continue;
      const pattern = alone(form);
      pattern.lastIndex = start;
      if (pattern.test(line)) return form;
    }
    return undefined;
  };
  let out = '';
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const name = fitting(m.index, m[0]);
    if (name === undefined) {
      pattern.lastIndex = m.index + ((line.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out += `${line.slice(at, m.index)}\u2068${name}\u2069`;
    at = m.index + name.length;
    pattern.lastIndex = at;
  }
  return out + line.slice(at);
}
