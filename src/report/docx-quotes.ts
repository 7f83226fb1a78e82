// Straight quotes in the Word paper set as typographic ones (“don’t know”, the council’s), at one
// place for every text run. The paper's words come from modules shared with the plain-text formats,
// some straight and some curly, and a page mixed the two. What the council typed (its name, notes,
// evidence, reasons) is set the same way: it is prose on the same page, and Word would have set it
// so as it was typed there. Only a file name and a web address are left as written, as a reader may
// type them again (curlyQuotes leaves the address).
import type { Assessment } from '../scoring/assessment.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { curlyQuotes } from '../text/curly-quotes.js';
import { escapeXml } from '../text/xml.js';
import { shownPath } from './shown-path.js';

/** The file names the paper may show, which keep their quotes as written. */
export function fileNames(a: Assessment): string[] {
  const names = [shownPath(a.answersFile), ...a.systems.map((s) => (s.file === null ? null : shownPath(s.file)))];
  return [...new Set(names.filter((n): n is string => n !== null && /["']/.test(n)))];
}

const unescapeQuotes = (xml: string): string => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'");
const escapeQuotes = (text: string): string => text.replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * A Word part with the straight quotes of its text runs and tables' titles made typographic, except
 * inside `asWritten`. `wordText` is how the paper made its text safe, so that those are found as the
 * part holds them.
 */
export function curlWordQuotes(asWritten: string[], xml: string, wordText: (text: string) => string): string {
  const kept = [...new Set(asWritten.map((t) => unescapeQuotes(escapeXml(wordText(t)))))].filter((t) => t !== '').sort((x, y) => y.length - x.length);
  const pattern = kept.length ? new RegExp(kept.map(escapeRegExp).join('|'), 'gu') : null;
  const curl = (escaped: string): string => {
    const text = unescapeQuotes(escaped);
    if (!/["']/.test(text)) return escaped;
    let out = '';
    let from = 0;
    for (const m of pattern ? text.matchAll(pattern) : []) {
      out += curlyQuotes(text.slice(from, m.index), text[from - 1] ?? '') + escapeQuotes(m[0]);
      from = m.index + m[0].length;
    }
    return out + curlyQuotes(text.slice(from), text[from - 1] ?? '');
  };
  return xml
    .replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (_, open: string, text: string, close: string) => `${open}${curl(text)}${close}`)
    .replace(/(<w:tblCaption w:val=")([^"]*)(")/g, (_, open: string, text: string, close: string) => `${open}${curl(text)}${close}`);
}
