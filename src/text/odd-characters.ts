/**
 * Characters that read as something else: invisible ones (a no-break space pasted from Word, a
 * zero-width space from a web page) and letters from other alphabets that look like Latin ones (a
 * Cyrillic "о"). A value that differs from a valid one only by such a character looks right on
 * screen, so every message that quotes a user's value shows it escaped and says what it is.
 */

const INVISIBLE: Record<number, string> = {
  0x09: 'tab',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x115f: 'Hangul filler',
  0x1680: 'Ogham space mark',
  0x180e: 'Mongolian vowel separator',
  0x2000: 'en quad space',
  0x2001: 'em quad space',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2004: 'three-per-em space',
  0x2005: 'four-per-em space',
  0x2006: 'six-per-em space',
  0x2007: 'figure space',
  0x2008: 'punctuation space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x3000: 'ideographic space',
  0x3164: 'Hangul filler',
  0xfeff: 'byte order mark (zero-width no-break space)',
};

/** Letters of other alphabets, and punctuation, that look like ASCII: what each is taken for. */
const LOOK_ALIKES: Record<number, string> = {
  // Cyrillic
  0x0430: 'a', 0x0432: 'B', 0x0435: 'e', 0x043e: 'o', 0x0440: 'p', 0x0441: 'c', 0x0443: 'y', 0x0445: 'x', 0x0455: 's', 0x0456: 'i', 0x0458: 'j', 0x04bb: 'h', 0x0501: 'd',
  0x0410: 'A', 0x0412: 'B', 0x0415: 'E', 0x041a: 'K', 0x041c: 'M', 0x041d: 'H', 0x041e: 'O', 0x0420: 'P', 0x0421: 'C', 0x0422: 'T', 0x0425: 'X', 0x0406: 'I', 0x0408: 'J', 0x0405: 'S',
  // Greek
  0x03bf: 'o', 0x03b1: 'a', 0x03b9: 'i', 0x03ba: 'k', 0x03bd: 'v', 0x03c1: 'p', 0x03c5: 'u', 0x03c7: 'x',
  0x0391: 'A', 0x0392: 'B', 0x0395: 'E', 0x0396: 'Z', 0x0397: 'H', 0x0399: 'I', 0x039a: 'K', 0x039c: 'M', 0x039d: 'N', 0x039f: 'O', 0x03a1: 'P', 0x03a4: 'T', 0x03a5: 'Y', 0x03a7: 'X',
  // Dashes and quotes from word processors
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-', 0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"',
};

/**
 * Combining marks (Unicode category M) most often met on a Latin letter or digit, by name. A mark on
 * plain ASCII ("pa" + U+0301 + "rtly" shows as "pártly") makes a value that looks right and is not;
 * on any other letter it is ordinary writing (Devanagari vowel signs, Arabic vowels) and is left alone.
 */
const COMBINING: Record<number, string> = {
  0x0300: 'grave accent', 0x0301: 'acute accent', 0x0302: 'circumflex accent', 0x0303: 'tilde', 0x0304: 'macron', 0x0305: 'overline',
  0x0306: 'breve', 0x0307: 'dot above', 0x0308: 'diaeresis', 0x0309: 'hook above', 0x030a: 'ring above', 0x030b: 'double acute accent',
  0x030c: 'caron', 0x0323: 'dot below', 0x0327: 'cedilla', 0x0328: 'ogonek', 0x0331: 'macron below', 0x0332: 'low line',
  0x0335: 'short stroke overlay', 0x0336: 'long stroke overlay', 0x0337: 'short solidus overlay', 0x0338: 'long solidus overlay',
  0x20d2: 'long vertical line overlay', 0x20dd: 'enclosing circle', 0x20e3: 'enclosing keycap',
};

const MARK = /^\p{M}$/u;

/** Whether the character at `i` is a combining mark on plain ASCII (or on nothing), past any other marks on the same letter. */
function isMarkOnAscii(chars: readonly string[], i: number): boolean {
  if (!MARK.test(chars[i] ?? '')) return false;
  let base = i - 1;
  while (base >= 0 && MARK.test(chars[base] ?? '')) base--;
  return base < 0 || /^[\x21-\x7e]$/.test(chars[base] ?? '');
}

/** The letter a combining mark sits on, for its name: `on the "a" before it`, or '' when nothing comes before. */
function markBase(chars: readonly string[], i: number): string {
  let base = i - 1;
  while (base >= 0 && MARK.test(chars[base] ?? '')) base--;
  return base < 0 ? '' : `, on the "${chars[base] ?? ''}" before it`;
}

export const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function scriptOf(code: number): string {
  if (code >= 0x0400 && code <= 0x04ff) return 'Cyrillic';
  if (code >= 0x0370 && code <= 0x03ff) return 'Greek';
  return '';
}

const FORMAT = /^\p{Cf}$/u;

/** Invisible characters, look-alikes and full-width ASCII; other non-ASCII text (é, 日本) is left alone. */
export function isOddCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code in INVISIBLE || code in LOOK_ALIKES || (code >= 0xff01 && code <= 0xff5e) || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0000 && code <= 0xe007f) || FORMAT.test(ch);
}

/**
 * Whether a character shows as nothing at all: a format character (a zero-width space, a bidi mark,
 * a byte order mark), a control, a line separator, a filler or a variation selector. A name with one
 * looks the same as the name without it. Spaces (a no-break space, a thin space) show as a space and
 * are not counted here.
 */
export function isInvisible(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return FORMAT.test(ch) || code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code in INVISIBLE && !/^\s$/u.test(ch)) || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
}

/** A whole emoji as Unicode lists them (RGI), with the VS16 that may follow: a flag's tag characters and a family's ZWJs belong to it. Made when first needed. */
let emoji: RegExp | undefined;

/**
 * Whether a name holds an invisible character: one `isInvisible` counts, outside an emoji. The Welsh
 * flag is a black flag and tag characters, a family emoji people joined by ZWJs; all of them format
 * characters, none invisible there ("Cyngor Gwynedd 🏴󠁧󠁢󠁷󠁬󠁳󠁿" is a label a council may choose).
 */
export function hasInvisible(text: string): boolean {
  if (/^[\x20-\x7e]*$/.test(text)) return false;
  emoji ??= new RegExp('\\p{RGI_Emoji}\\uFE0F?', 'gv');
  return [...text.replace(emoji, ' ')].some(isInvisible);
}

/** What one odd character is, in words: `a no-break space, U+00A0`; `the Cyrillic letter "о", U+043E, which looks like a Latin "o"`. */
export function nameOf(ch: string, escaped = false): string {
  const code = ch.codePointAt(0) ?? 0;
  const invisible = INVISIBLE[code];
  // Where the value is quoted with the character escaped ("21\u00A0"), its code point is on show already.
  if (invisible) return `${/^[aeiou]/i.test(invisible) ? 'an' : 'a'} ${invisible}${escaped ? '' : `, ${codePoint(ch)}`}`;
  const like = LOOK_ALIKES[code];
  if (like) {
    const script = scriptOf(code);
    return `${script ? `the ${script} letter "${ch}"` : `"${ch}"`}, ${codePoint(ch)}, which looks like ${script ? 'a Latin' : 'a plain'} "${like}"`;
  }
  if (code >= 0xff01 && code <= 0xff5e) return `a full-width "${ch}", ${codePoint(ch)}`;
  return `an invisible ${codePoint(ch)}`;
}

/**
 * Where the odd characters of `text` are, in words, or '' when there are none:
 * `ends with a no-break space, U+00A0`; `its character 4 is a zero-width space, U+200B`. With
 * `escaped`, for a value quoted as escapeOdd writes it, the code point of a character shown as its
 * escape is not said again: `"21\u00A0" (ends with a no-break space)`, as SPEC words it.
 */
export function describeOddCharacters(text: string, escaped = false): string {
  const chars = [...text];
  const found: string[] = [];
  chars.forEach((ch, i) => {
    const mark = !isOddCharacter(ch) && isMarkOnAscii(chars, i);
    if ((!mark && !isOddCharacter(ch)) || found.length >= 3) return;
    const name = mark ? `a combining ${COMBINING[ch.codePointAt(0) ?? 0] ?? 'mark'}${escaped ? '' : `, ${codePoint(ch)}`}${markBase(chars, i)}` : nameOf(ch, escaped);
    if (chars.length === 1) found.push(`is only ${name}`);
    else if (i === chars.length - 1) found.push(`ends with ${name}`);
    else if (i === 0) found.push(`starts with ${name}`);
    else found.push(`its character ${i + 1} is ${name}`);
  });
  return found.join('; ');
}

/** A character as a JavaScript escape: `\u00A0`, or `\u{E0041}` past U+FFFF, where four digits cannot hold it. */
const escaped = (ch: string): string => {
  const hex = codePoint(ch).slice(2);
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
};

/** `text` with invisible characters, and combining marks on plain ASCII, written as \uXXXX, so they show. */
export function escapeOdd(text: string): string {
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const code = ch.codePointAt(0) ?? 0;
      return code in INVISIBLE || code >= 0xe0000 || (code >= 0xfe00 && code <= 0xfe0f) || FORMAT.test(ch) || isMarkOnAscii(chars, i) ? escaped(ch) : ch;
    })
    .join('');
}

/** The longest value a message quotes whole; a longer one is cut, with its length said. */
export const MAX_QUOTED = 80;

/**
 * A user's value for a message: quoted, invisible characters escaped, and what is odd about
 * it said after it: `"21\u00A0" (ends with a no-break space)`.
 */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  // Control characters are left for safeLine() to show, as every message passes through it.
  // A value pasted into the wrong place can be a whole document on one line: its start is enough
  // to find it, and an error stays one readable line, not 100,000 characters.
  const chars = [...value];
  const long = chars.length > MAX_QUOTED;
  const quoted = `"${escapeOdd(long ? chars.slice(0, MAX_QUOTED - 20).join('') : value)}${long ? '…' : ''}"`;
  // Cut short, the value may not show the character's escape: its code point is said then.
  const notes = [long ? `${chars.length} characters` : '', describeOddCharacters(value, !long)].filter(Boolean).join('; ');
  return notes ? `${quoted} (${notes})` : quoted;
}

/** An id or key for a message, quoted: like quoteValue, and naming other non-ASCII characters too (ids are ASCII). */
export function quoteId(id: string): string {
  const quoted = quoteValue(id);
  if (quoted.endsWith(')') || /^[\x00-\x7f]*$/.test(id)) return quoted;
  const other = [...new Set([...id].filter((ch) => !/[\x00-\x7f]/.test(ch)))].slice(0, 3).map(codePoint);
  return `${quoted} (it contains ${other.join(', ')}, which ${other.length === 1 ? 'is' : 'are'} not plain ASCII)`;
}
