/**
 * Lone surrogates: `"\uD800"` in a double-quoted YAML string or a JSON one is half of the pair of
 * escapes that writes a character past U+FFFF, and no character on its own. Read as it was, it was
 * written into JSON and SARIF as "\ud800", which jq refuses, and as U+FFFD everywhere else. UTF-8
 * text cannot hold one (read-source.ts refuses it as invalid UTF-8), so only an escape can make one.
 */

const LONE = /[\uD800-\uDFFF]/u;

/** The first lone surrogate of `text`, or undefined: a pattern test, for text that came from an escape. */
export function loneSurrogateIn(text: string): string | undefined {
  return LONE.exec(text)?.[0];
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The first escape in `source` from `from` to `to` that makes a lone surrogate (`\uD800` not
 * followed at once by a low half, `\uDC00` not after a high one, YAML's `\U0000D800`), with its
 * offset, or undefined. Every escape is matched from the first backslash on, so the text `\\uD800`
 * (an escaped backslash) is not taken for one.
 */
export function loneSurrogateEscape(source: string, from = 0, to = source.length): { offset: number; escape: string; code: number } | undefined {
  if (source.indexOf('\\', from) === -1) return undefined;
  const escapes = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|[^])/g;
  escapes.lastIndex = from;
  let high: { offset: number; escape: string; code: number } | undefined;
  let highEnd = -1;
  for (let m = escapes.exec(source); m && m.index < to; m = escapes.exec(source)) {
    const hex = m[1] ?? m[2];
    const code = hex === undefined ? -1 : parseInt(hex, 16);
    if (high) {
      if (m.index === highEnd && m[1] !== undefined && isLow(code)) {
        high = undefined;
        continue;
      }
      return high;
    }
    if (isHigh(code)) {
      high = { offset: m.index, escape: m[0], code };
      highEnd = escapes.lastIndex;
    } else if (isLow(code)) return { offset: m.index, escape: m[0], code };
  }
  return high;
}

/** Why a lone surrogate is refused, in words: `\uD800` (or the character, when its escape is not known) named. */
export function loneSurrogateMessage(char: string, escape?: string): string {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase()}`;
  return `${escape ? `the escape ${escape} is ${code}` : `the text holds ${code}`}, half of a surrogate pair and not a character on its own, which other tools cannot read back; remove it, or write the whole character`;
}
