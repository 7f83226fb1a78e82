// Text from questionnaires and answers is untrusted; in HTML it must stay text. One helper serves
// element content and quoted attribute values alike.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Most text needs nothing done: one test without the u flag (a surrogate pair also matches, and
// takes the full path) skips the three replacements.
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/**
 * Text for HTML content or a quoted attribute: markup characters escaped. Control characters (which
 * HTML forbids) and the bidirectional embeddings, overrides and isolates that could reorder what a
 * reader sees are shown as visible escapes such as `\x1b`, as in the terminal, rather than passed
 * on or silently dropped. The line breaks U+0085, U+2028 and U+2029 are spaces, as a tab or line
 * break is on one line of the markdown and Word papers. The left-to-right and right-to-left marks
 * (U+200E, U+200F) are ordinary characters of bidirectional text, which a Hebrew or Arabic name
 * pasted from Word often carries: they are kept. U+FFFE, U+FFFF and a lone surrogate, which no
 * text can hold, are U+FFFD, as in the markdown and Word papers.
 */
export function escapeHtml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/[\u0085\u2028\u2029]/g, ' ')
    // With the u flag a surrogate range matches only a surrogate that is not half of a pair.
    .replace(/[\ud800-\udfff\ufffe\uffff]/gu, '\ufffd')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
