// CR is written as a character reference so that it survives (XML parsers turn a raw CR into LF)
// and never reaches a terminal raw; DEL and C1 controls likewise.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/**
 * Text for XML content or attributes: markup characters escaped, and characters that XML 1.0 cannot
 * carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) replaced, so that any
 * input gives well-formed XML.
 */
export function escapeXml(text: string): string {
  return text
    // With the u flag a surrogate range only matches surrogates that are not part of a pair.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu, '\ufffd')
    .replace(/[&<>"'\r]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}
