// What a saved answer asks of an existing long-form entry's fields (`value:`, `status:`, `reason:`,
// `note:`...), decided once for an entry written as a block and one written in braces: the two are
// then edited each in its own way (edit-answers-text.ts, edit-flow-text.ts), so that they cannot
// come to disagree about what an answer is.
import { isMap, type Node } from 'yaml';
import type { OutcomeStatus } from '../questionnaire/outcome.js';
import type { AnswerValue } from '../scoring/conditions.js';
import type { IndicatorUpdate } from './edit-outcome-text.js';
import { keyOf, scalarOf, type EntryPair } from './text-places.js';

/**
 * What the interview decided about one question. An outcome question is answered one indicator at a
 * time (`indicator`, saved as `indicators: { ID: true }`) and then confirmed (`confirmed`, saved as
 * `confirmed:` and `justification:`; both absent to leave the derived status alone).
 */
export type AnswerUpdate =
  | { status: 'answered'; value: AnswerValue; note?: string }
  | { status: 'unknown'; note?: string }
  | { status: 'not-applicable'; reason: string; note?: string }
  | IndicatorUpdate
  | { status: 'confirmed'; confirmed?: OutcomeStatus; justification?: string; note?: undefined }
  // A note alone, after an outcome is saved (`--notes`): its statements and status are saved already.
  | { status: 'note'; note: string }
  // A new review date alone, after the answer is saved (`--review`, review-date.ts).
  | { status: 'review-by'; reviewBy: string; note?: undefined };

/** Whether the file already says what the update says, so a review that accepts it changes nothing. */
export function sameValue(existing: unknown, wanted: AnswerValue): boolean {
  const norm = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : String(v));
  if (Array.isArray(wanted)) return Array.isArray(existing) && existing.length === wanted.length && [...existing].map(norm).sort().join('\0') === [...wanted].map(norm).sort().join('\0');
  return existing !== null && existing !== undefined && !Array.isArray(existing) && norm(existing) === norm(wanted);
}

/** An outcome's fields, which the answers schema refuses beside `status:`. */
const OUTCOME_FIELDS = { indicators: undefined, comments: undefined, confirmed: undefined, justification: undefined };

/**
 * The fields a long-form entry should end with for `update`: key → value, or undefined to remove
 * (indicators are set by edit-outcome-text.ts instead). A confirmation removes a "don't know".
 */
export function wantedFields(update: Exclude<AnswerUpdate, IndicatorUpdate>): Record<string, unknown> {
  if (update.status === 'note') return { note: update.note };
  if (update.status === 'review-by') return { reviewBy: update.reviewBy };
  if (update.status === 'confirmed') {
    const confirming = update.confirmed !== undefined || update.justification !== undefined;
    return { ...(confirming ? { status: undefined, reason: undefined } : {}), confirmed: update.confirmed, justification: update.justification };
  }
  return {
    value: update.status === 'answered' ? update.value : undefined,
    status: update.status === 'answered' ? undefined : update.status,
    reason: update.status === 'not-applicable' ? update.reason : undefined,
    ...(update.status === 'answered' ? {} : OUTCOME_FIELDS),
    ...(update.note !== undefined ? { note: update.note } : {}),
  };
}

/** The fields that take each other's place when an answer becomes "don't know" or not applicable, or is answered again. */
const SWAPPED: Partial<Record<string, string>> = { value: 'status', status: 'value' };

/** One change to an existing field of an entry. */
export type FieldEdit =
  | { kind: 'replace'; pair: EntryPair; key: string; value: unknown }
  | { kind: 'remove'; pair: EntryPair }
  /** `value:` becoming `status:` (or back): one field changed in its place, not one removed and one added at the end. */
  | { kind: 'swap'; pair: EntryPair; key: string; value: unknown };

/** What making the fields `pairs` say `wanted` takes: edits of the fields there, in their order, and the fields to add. */
export function fieldEdits(pairs: readonly EntryPair[], wanted: Record<string, unknown>): { edits: FieldEdit[]; added: [string, unknown][] } {
  const present = new Set(pairs.map(keyOf));
  const edits: FieldEdit[] = [];
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (!(key in wanted)) continue;
    const value = wanted[key];
    const other = SWAPPED[key];
    const into = other === undefined ? undefined : wanted[other];
    if (value === undefined && other !== undefined && into !== undefined && !present.has(other)) {
      edits.push({ kind: 'swap', pair, key: other, value: into });
      present.add(other);
    } else if (value === undefined) edits.push({ kind: 'remove', pair });
    else if (!(key === 'value' ? sameValue(scalarOf(pair.value), value as AnswerValue) : scalarOf(pair.value) === value)) edits.push({ kind: 'replace', pair, key, value });
  }
  return { edits, added: Object.entries(wanted).filter(([k, v]) => v !== undefined && !present.has(k)) };
}

/** Whether an existing entry (its value node) already says what `update` says. */
export function saysAlready(node: Node | null, update: Exclude<AnswerUpdate, IndicatorUpdate>): boolean {
  // Removing a confirmation that is not there.
  if (update.status === 'confirmed' && update.confirmed === undefined && update.justification === undefined && !isMap(node)) return true;
  if (isMap(node)) {
    const get = (k: string): unknown => scalarOf(node.get(k, true));
    return Object.entries(wantedFields(update)).every(([k, v]) => (v === undefined ? !node.has(k) : k === 'value' ? sameValue(get(k), v as AnswerValue) : get(k) === v));
  }
  return update.status === 'answered' && update.note === undefined && sameValue(scalarOf(node), update.value);
}
