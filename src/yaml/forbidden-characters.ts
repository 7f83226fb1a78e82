/**
 * Characters YAML 1.2 does not allow in a file (outside its c-printable set), raw or in quotes:
 * control characters other than tab and line breaks, DEL, the C1 controls but U+0085 (a line break
 * to YAML 1.1), and the noncharacters U+FFFE and U+FFFF. The YAML library kept them, so an escape
 * sequence pasted into a note was read as text, where PyYAML and yamllint refuse the file. NUL is
 * found before this (read-source.ts), as binary data. Lone surrogates cannot come from UTF-8.
 */
const FORBIDDEN = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/** Names of the controls most often met, so a message says what was pasted, not only its number. */
const NAMES: Record<number, string> = {
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
};

/** Offset of the first character YAML does not allow in a file, or -1. One pattern test over the text. */
export function firstForbiddenCharacter(text: string): number {
  const m = FORBIDDEN.exec(text);
  return m ? m.index : -1;
}

/** What a forbidden character is, in words: `U+001B (escape, a control character)`, `U+0092 (a C1 control character)`. */
export function describeForbidden(ch: string): string {
  const code = ch.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = code >= 0xfffe ? 'a noncharacter' : code >= 0x80 ? 'a C1 control character' : 'a control character';
  const name = NAMES[code];
  return `${hex} (${name ? `${name}, ` : ''}${kind})`;
}
