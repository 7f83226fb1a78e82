// How the tool writes a piece of text it was given (a title, an owner, a note, a free-text answer)
// into a YAML file that people also read with other tools. Plain where every reader agrees it is that
// very text; double-quoted otherwise. YAML 1.2 alone is not enough: councils check the same files with
// yamllint, PyYAML or Ruby, which read YAML 1.1, where `yes`, `off`, `y`, `12:30`, `0777` or
// `2026-01-01` written plain are a boolean, a number or a date, and `=` or `<<` stop PyYAML loading.
import { Document } from 'yaml';

/** Words PyYAML's safe loader gives a tag it has no constructor for: written plain, the file does not load. */
const REFUSED_BY_PYYAML = /^(?:=|<<)$/;

/**
 * Characters that a YAML reader takes as line breaks or drops when written as they are, even in
 * quotes, and those YAML does not allow raw in a file at all (DEL, U+FFFE, U+FFFF), which the next
 * read of the file refuses (read-source.ts). JSON.stringify escapes the C0 controls itself.
 */
const UNSAFE_IN_QUOTES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** `text` in double quotes, every character that could be read otherwise escaped. */
export const doubleQuoted = (text: string): string => JSON.stringify(text).replace(UNSAFE_IN_QUOTES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Whether the YAML library's rendering of `text` must not be trusted as it is and double quotes are needed. */
// A tab is fine inside plain text to YAML 1.2, but PyYAML stops at it.
export const mustQuote = (text: string): boolean => REFUSED_BY_PYYAML.test(text) || /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/.test(text);

/**
 * A value on one line: `text` plain when YAML 1.2 and 1.1 both read it back as that text, else in
 * double quotes; in a flow collection (`[a, b]`, `{ k: v }`) when `flow`, where a comma ends it too.
 */
export function textScalar(text: string, flow = false): string {
  if (mustQuote(text)) return doubleQuoted(text);
  const doc = new Document(flow ? [text] : text, { version: '1.2', compat: 'yaml-1.1' });
  if (flow) (doc.contents as unknown as { flow: boolean }).flow = true;
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  // Text that would read as a document marker at the start of a file ("...", "--- x") the library
  // writes as a block scalar, which is not one line: "reason: ..." as a council typed it was then
  // refused at the save (the edit did not read back). Double quotes keep it on its line.
  if (out.includes('\n')) return doubleQuoted(text);
  return flow ? out.slice(1, -1) : out;
}


/**
 * An id written as a mapping key (a question id in an answers file, an indicator id under an
 * outcome): plain when every reader takes it as that text, else double-quoted. A question "1.2"
 * written `1.2:` is the number 1.2 to PyYAML and yamllint, and `1.10:` the number 1.1.
 */
export const keyScalar = (id: string): string => textScalar(id, true);
