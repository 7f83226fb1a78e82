// A terminal in another encoding (LANG=en_GB.ISO-8859-1) sends "é" as one byte that is not UTF-8,
// which is read as U+FFFD, the replacement character: saved as it is, the answer said "Caf�" with
// no word of why. Both prompters refuse such a reply and ask again.

/** Why `typed` is asked again, when a part of it came as bytes that are not UTF-8; else undefined. */
export function notUtf8(typed: string): string | undefined {
  return typed.includes('\uFFFD') ? 'The terminal sent text that is not UTF-8; use a UTF-8 locale, then retype.' : undefined;
}
