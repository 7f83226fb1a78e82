// Straight quotes set as typographic ones, as a typesetter (or Word's AutoFormat) does: “…”, ‘…’ and
// the apostrophe ’. Pure, so the Word paper can apply it to its own words at one place.

// Escaped, as the bundle is kept ASCII: a space, ( [ { “ ‘ — – / and -, and = and : (`q="x"`,
// `note:"x"` read as a value in quotes, and a quote that closes after them, as in `"Note:" then`, is
// followed by a space or the end, so it closes still).
const OPENS_AFTER = /[\s([{\u201c\u2018\u2014\u2013/=:-]/u;

/**
 * A web address, or what looks like one: a word (between spaces) holding "://", or starting "www.".
 * Its quotes are part of it (`it's-policy?q="x"`), and curled, it would no longer open.
 */
const WEB_ADDRESS = /\S*:\/\/\S*|(?<!\S)www\.\S*/gu;

/**
 * `text` with each straight quote turned. A quote opens (“ ‘) when it follows a space, an opening
 * bracket, a dash, `=` or `:`, a quote that opened, or the start, and a character other than a space
 * follows it (`'{31B2F340}'`, not only a letter); anything else closes (” ’), which makes a single
 * quote after a letter an apostrophe ("council’s", "attackers’"). A web address is left exactly as
 * typed. `before` is the character ahead of the text, where it continues other text.
 */
export function curlyQuotes(text: string, before = ''): string {
  const kept = [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (at: number): boolean => kept.some(([from, to]) => at >= from && at < to);
  const opened = new Set<number>();
  return text.replace(/["']/g, (ch: string, at: number) => {
    if (inAddress(at)) return ch;
    const prev = at > 0 ? (text[at - 1] ?? '') : before;
    const next = text[at + 1] ?? '';
    const opens = (prev === '' || OPENS_AFTER.test(prev) || opened.has(at - 1)) && /\S/u.test(next);
    if (opens) opened.add(at);
    if (ch === '"') return opens ? '\u201c' : '\u201d';
    return opens ? '\u2018' : '\u2019';
  });
}
