/**
 * Text from questionnaires and answers is untrusted: a control character or escape sequence could
 * rewrite the terminal, hide text or fake output. These helpers make such text visible instead.
 */

// C0 controls but tab/newline, DEL, C1 controls (0x9b is a one-byte CSI), the bidirectional
// overrides and isolates that can reorder what a reader sees (the "Trojan Source" characters), and
// the noncharacters U+FFFE and U+FFFF, which no text should hold (the papers show U+FFFD for them;
// the terminal, as for every character it will not print, its escape).
const UNSAFE_INLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;
const UNSAFE_ANY = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;

// In a paper (Word) rather than a terminal: the left-to-right and right-to-left marks are ordinary
// characters of bidirectional text (a Hebrew or Arabic name pasted from Word often carries one), and
// the line breaks U+0085, U+2028 and U+2029 are spaces, as a tab or line break is on one line.
const UNSAFE_IN_PAPER = /[\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/gu;

const visible = (ch: string): string => {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** One line of text for a terminal: newlines and tabs become spaces, other controls are shown escaped. */
export function safeLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE_ANY, visible);
}

/**
 * One line of text for a paper: as `safeLine`, but the left-to-right and right-to-left marks
 * (U+200E, U+200F) are kept, and U+0085, U+2028 and U+2029 are spaces.
 */
export function paperLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u0085\u2028\u2029]/g, ' ').replace(UNSAFE_IN_PAPER, visible);
}

/** Multi-line text for a terminal: newlines kept, CR dropped, other controls shown escaped. */
export function safeBlock(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').replace(UNSAFE_INLINE, (ch) => (ch === '\n' ? ch : visible(ch)));
}
