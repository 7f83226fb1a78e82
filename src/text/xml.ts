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

/**
 * Text for an attribute value. XML parsers normalise a raw newline or tab in an attribute to a
 * space (XML 1.0, 3.3.3), so a reason or title written over two lines read as one line in
 * junitparser and as two in xml2js-based tools; as character references both read it as written.
 */
export const escapeXmlAttribute = (text: string): string => escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
