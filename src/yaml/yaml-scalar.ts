// How the tool writes a piece of text it was given (a title, an owner, a note, a free-text answer)
// into a YAML file that people also read with other tools. Plain where every reader agrees it is that
// very text; double-quoted otherwise. YAML 1.2 alone is not enough: councils check the same files with
// yamllint, PyYAML or Ruby, which read YAML 1.1, where `yes`, `off`, `y`, `12:30`, `0777` or
// `2026-01-01` written plain are a boolean, a number or a date, and `=` or `<<` stop PyYAML loading.
import { Document, isScalar, Scalar, visit, type Node } from 'yaml';

/** Words PyYAML's safe loader gives a tag it has no constructor for: written plain, the file does not load. */
const REFUSED_BY_PYYAML = /^(?:=|<<)$/;

/** Characters that a YAML reader takes as line breaks or drops when written as they are, even in quotes. */
const UNSAFE_IN_QUOTES = /[\u0080-\u009f\u2028\u2029\ufeff]/g;

/** `text` in double quotes, every character that could be read otherwise escaped. */
export const doubleQuoted = (text: string): string => JSON.stringify(text).replace(UNSAFE_IN_QUOTES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Whether the YAML library's rendering of `text` must not be trusted as it is and double quotes are needed. */
// A tab is fine inside plain text to YAML 1.2, but PyYAML stops at it.
export const mustQuote = (text: string): boolean => REFUSED_BY_PYYAML.test(text) || /[\t\n\r\u0080-\u009f\u2028\u2029\ufeff]/.test(text);

/**
 * A value on one line: `text` plain when YAML 1.2 and 1.1 both read it back as that text, else in
 * double quotes; in a flow collection (`[a, b]`, `{ k: v }`) when `flow`, where a comma ends it too.
 */
export function textScalar(text: string, flow = false): string {
  if (mustQuote(text)) return doubleQuoted(text);
  const doc = new Document(flow ? [text] : text, { version: '1.2', compat: 'yaml-1.1' });
  if (flow) (doc.contents as unknown as { flow: boolean }).flow = true;
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  return flow ? out.slice(1, -1) : out;
}

/**
 * Mark the new text scalars of `node` (those without a style yet: the user's own keep theirs) that
 * need double quotes to be read as themselves by YAML 1.1 tools too; `keep(key)` says which keys hold
 * a questionnaire's own words (`value: yes`), which are written as the format shows them.
 */
export function quoteNewText(node: Node, keep: (key: unknown) => boolean = () => false): void {
  visit(node, {
    Pair(_, pair) {
      if (keep(isScalar(pair.key) ? pair.key.value : pair.key)) return visit.SKIP;
      return undefined;
    },
    Scalar(_, scalar: Scalar) {
      if (scalar.type === undefined && typeof scalar.value === 'string' && textScalar(scalar.value, true) !== scalar.value) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * `node` rendered by `render`, with any text holding a character the YAML library leaves raw even in
 * double quotes (a next-line or line separator, which readers take as a line break) written escaped.
 */
export function renderEscaped(node: Node, render: (node: Node) => string): string {
  const standIns = new Map<string, string>();
  visit(node, {
    Scalar(_, scalar: Scalar) {
      if (typeof scalar.value !== 'string' || !/[\u0080-\u009f\u2028\u2029\ufeff]/.test(scalar.value)) return;
      const standIn = `cyber-ready-text-${standIns.size}-${Date.now()}`;
      standIns.set(`"${standIn}"`, doubleQuoted(scalar.value));
      scalar.value = standIn;
      scalar.type = 'QUOTE_DOUBLE';
    },
  });
  let out = render(node);
  for (const [standIn, text] of standIns) out = out.split(standIn).join(text);
  return out;
}
