/**
 * Text saved in UTF-16 or UTF-32 rather than UTF-8: Windows PowerShell 5 (`cyber-ready init >
 * answers.yaml`, Out-File) and some editors save UTF-16. Pure: the bytes are given.
 */
export interface WideText {
  encoding: 'UTF-16' | 'UTF-32';
  littleEndian: boolean;
  /** Whether it starts with a byte order mark; without one, it is UTF-16 told by its NUL bytes. */
  bom: boolean;
}

/**
 * The wide encoding of `bytes`, if they are in one: named by a byte order mark, or UTF-16 of
 * ASCII without one, whose every other byte is NUL. UTF-32 is rarer, and its little-endian byte
 * order mark starts like UTF-16's, so it is looked for first.
 */
export function wideTextOf(bytes: Uint8Array): WideText | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'UTF-32', littleEndian: true, bom: true };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'UTF-32', littleEndian: false, bom: true };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16', littleEndian: true, bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16', littleEndian: false, bom: true };
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < 2 && looksLikeUtf16(bytes, nul)) return { encoding: 'UTF-16', littleEndian: nul === 1, bom: false };
  return undefined;
}

/**
 * Whether text starts as UTF-16 of ASCII does: in its first 256 bytes, every byte on the side of the
 * first NUL (odd offsets for little-endian, even for big-endian) is NUL and every byte on the other
 * side is not. Binary data is not that regular.
 */
function looksLikeUtf16(bytes: Uint8Array, firstNul: number): boolean {
  const end = Math.min(bytes.length, 256) & ~1;
  if (end < 4) return false;
  for (let i = 0; i < end; i++) if ((bytes[i] === 0) !== (i % 2 === firstNul)) return false;
  return true;
}

/**
 * The text of wide bytes, without its byte order mark, anything that is not a character read as
 * U+FFFD: enough to find what a file says (its id), never to load it, which reading it as UTF-8 refuses.
 */
export function decodeWide(bytes: Uint8Array, wide: WideText): string {
  if (wide.encoding === 'UTF-16') return new TextDecoder(wide.littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let i = wide.bom ? 4 : 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, wide.littleEndian);
    text += code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  }
  return text;
}
