const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for XML content or attributes: markup characters escaped, and characters that XML 1.0 cannot
 * carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) replaced, so that any
 * input gives well-formed XML.
 */
export function escapeXml(text: string): string {
  return text
    // With the u flag a surrogate range only matches surrogates that are not part of a pair.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
