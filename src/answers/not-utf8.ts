// A terminal in another encoding (LANG=en_GB.ISO-8859-1) sends "é" as one byte that is not UTF-8,
// which is read as U+FFFD, the replacement character: saved as it is, the answer said "Caf�" with
// no word of why. Both prompters refuse such a reply and ask again.

/** How many replacement characters `text` holds. */
const replacements = (text: string): number => text.split('\uFFFD').length - 1;

/**
 * Why `typed` is asked again, when a part of it came as bytes that are not UTF-8; else undefined.
 * `started`: the text the prompt started from (a default, the previous answer). A U+FFFD it held came
 * from the answers file, not the terminal: it was blamed on the terminal, and a stale answer that
 * held one could not be saved edited unless the character was deleted. Only more of them than it
 * held are refused.
 */
export function notUtf8(typed: string, started = ''): string | undefined {
  return replacements(typed) > replacements(started) ? 'The terminal sent text that is not UTF-8; use a UTF-8 locale, then retype.' : undefined;
}
