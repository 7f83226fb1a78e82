/**
 * Where text stops being UTF-8, and what the byte there most likely was. Files saved by older Windows
 * editors (Notepad's "ANSI", Excel's CSV) are Windows-1252: "Café" is 43 61 66 E9, and the file was
 * refused with no word of why or what to do.
 */

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => i < bytes.length && (bytes[i] as number) >= lo && (bytes[i] as number) <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

// Windows-1252 where it differs from Latin-1 (0x80-0x9F); the five bytes it leaves undefined are blank.
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** `byte 0xE9 ("é" in Windows-1252, ...)`: with the character when that encoding has a visible one for it. */
export function describeByte(byte: number): string {
  const hex = `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const char = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte > 0xa0 && byte !== 0xad ? String.fromCharCode(byte) : undefined;
  return char && char !== '\u0000' ? `${hex} ("${char}" in Windows-1252, as older Windows editors save)` : hex;
}
