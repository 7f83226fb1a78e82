// Straight quotes set as typographic ones, as a typesetter (or Word's AutoFormat) does: “…”, ‘…’ and
// the apostrophe ’. Pure, so the Word paper can apply it to its own words at one place.

// Escaped, as the bundle is kept ASCII: a space, ( [ { “ ‘ — – / and -.
const OPENS_AFTER = /[\s([{\u201c\u2018\u2014\u2013/-]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * `text` with each straight quote turned: a double quote opens after a space, an opening bracket or
 * dash (or at the start) and closes elsewhere; a single quote is an apostrophe after a letter or
 * figure ("council’s", "attackers’"), and opens before a word that follows a space ('word' as a
 * quotation). `before` is the character ahead of the text, where it continues other text.
 */
export function curlyQuotes(text: string, before = ''): string {
  return text.replace(/["']/g, (ch: string, at: number) => {
    const prev = at > 0 ? (text[at - 1] ?? '') : before;
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (ch === '"') return opens ? '\u201c' : '\u201d';
    return opens && WORD.test(text[at + 1] ?? '') ? '\u2018' : '\u2019';
  });
}
