/** The longest file name most file systems take (ext4, XFS, tmpfs, APFS, NTFS), in bytes. */
const MAX_NAME_BYTES = 255;

/** `text` cut to at most `max` bytes of UTF-8, never inside a character. */
function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > max) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * The name of a temporary file beside the file `base`: `.BASE.PID.RANDOM.tmp`. A legal name of 248
 * bytes made a temporary name past the file system's 255, and the report failed "file name too
 * long" though its own name was fine: the base is shortened to fit, since the temporary name only
 * has to be unique and recognisable.
 */
export function tempName(base: string, pid: number, random: string): string {
  const suffix = `.${pid}.${random}.tmp`;
  return `.${cutToBytes(base, MAX_NAME_BYTES - 1 - Buffer.byteLength(suffix, 'utf8'))}${suffix}`;
}
