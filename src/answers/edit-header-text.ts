// A top-level text field of an answers file (`organisation:`, `assessor:`) set as a minimal edit
// (SPEC "v2: writing files safely"): the value alone is replaced where the key is, and a missing
// key gets a line of its own before `assessedOn:` or `answers:` (and the comment lines over it, which
// are its own); nothing else in the file changes. The walk's own fields (`assessedOn:`,
// `questionnaireVersion:`) are only ever moved on where the file has them (see restampHeaderInText).
import { isAlias, isMap, isScalar, type Node, type Pair } from 'yaml';
import { headingStart } from './comment-lines.js';
import { inFlow, inline } from './edit-outcome-text.js';
import { insertItem } from './flow-items.js';
import { keyText } from '../yaml/key-text.js';
import { lineStart, valueEnd } from './text-places.js';
import { applySplices, documentEnd, pairAt, parseAnswersText } from './map-at-path.js';

export type HeaderField = 'organisation' | 'assessor';

/** The fields a walk keeps current as it goes: the day it changed the answers, and the version they answer. */
export type StampField = 'assessedOn' | 'questionnaireVersion';

/** Where a new line for `field` goes: before the first of these keys the file has, else at the end. */
const FOLLOWERS: Record<HeaderField, readonly string[]> = {
  organisation: ['assessor', 'assessedOn', 'answers', 'systems', 'waivers'],
  assessor: ['assessedOn', 'answers', 'systems', 'waivers'],
};

/** The text with `field` set to `value`. */
export function setHeaderInText(text: string, field: HeaderField, value: string): string {
  const doc = parseAnswersText(text);
  const pair = pairAt(doc, [field]);
  const node = pair?.value as Node | null | undefined;
  // The top level written in braces (`{questionnaire: x}`): the value is written as braces need it, and a new field goes in them.
  const top = doc.contents;
  const braces = isMap(top) && top.flow === true;
  const written = braces ? inFlow(value) : inline(value);
  if (pair) {
    // `organisation: ""` or `organisation: Old name`: the value alone. With nothing after the
    // colon, the empty value sits right after it (or there is none at all): a space goes first.
    // An alias (`assessor: *o`) is replaced by the value; what it points at stays as it is.
    const range = isScalar(node) || isAlias(node) ? node.range : undefined;
    const colon = text.indexOf(':', pair.key.range?.[1] ?? 0);
    const [start, end] = range && node ? [range[0], valueEnd(text, node)] : [colon + 1, colon + 1];
    const space = text[start - 1] === ':' ? ' ' : '';
    return applySplices(text, [{ start, end, text: `${space}${written}` }]);
  }
  if (braces) {
    const items = top.items as Pair<Node, Node | null>[];
    const follower = items.findIndex((p) => FOLLOWERS[field].includes(keyText(p.key)));
    return applySplices(text, insertItem(text, top, follower < 0 ? items.length : follower, `${field}: ${written}`));
  }
  const follower = FOLLOWERS[field].map((key) => pairAt(doc, [key])?.key.range?.[0]).find((at) => at !== undefined);
  // Above the follower's heading comments, but never above the first key: the comments over that are the file's.
  const first = isMap(doc.contents) ? (doc.contents.items[0]?.key as Node | undefined)?.range?.[0] : undefined;
  const at = follower === undefined ? documentEnd(doc, text) : follower === first ? lineStart(text, follower) : headingStart(text, lineStart(text, follower));
  return applySplices(text, [{ start: at, end: at, text: `${field}: ${inline(value)}\n` }]);
}

/** The quotes a scalar is written in, kept by a new value: a date or version needs none, and a file's own style stays. */
const QUOTES: Partial<Record<string, string>> = { PLAIN: '', QUOTE_DOUBLE: '"', QUOTE_SINGLE: "'" };

/**
 * The text with `field` (a date or a version: no quote or line break in it) given `value` in place
 * of the one it has, written in the same quotes. A file without the field, or with something there
 * other than a one-line value, is left as it is: a walk does not add a date the council left out.
 */
export function restampHeaderInText(text: string, field: StampField, value: string): string {
  const node = pairAt(parseAnswersText(text), [field])?.value as Node | null | undefined;
  const quote = isScalar(node) && node.type !== undefined ? QUOTES[node.type] : undefined;
  if (!isScalar(node) || quote === undefined || !node.range || node.tag || typeof node.value !== 'string' || node.value === '') return text;
  const [start, end] = node.range;
  return applySplices(text, [{ start, end, text: `${quote}${value}${quote}` }]);
}
