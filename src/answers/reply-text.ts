import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question } from '../questionnaire/types.js';
import type { Reply } from './prompter-types.js';
import type { Answer } from './types.js';
import { specialNames, specialWord } from './special-words.js';

/**
 * Words typed at a prompt that mean something other than an answer: the keys the prompt shows
 * ("?"), and with `byName` (the plain prompts, which say them so) the names ("don't know"), as at
 * the plain prompts' lists (special-words.ts). `{ ok }` is the reply they mean; `{ error }` says
 * what to do instead; undefined is anything else, read as the answer.
 *
 * "not applicable" (or `n/a`), by key or name, where the question does not allow it: README
 * promises it only where a question allows it, and it is plainly meant as the special reply, not
 * as the answer (saved as a text answer, or refused as "Type a number"). Refused the one way at
 * every prompt that is typed at, of every kind, in both prompters; `skip` said as the prompt offers
 * it (`-` on the full prompts). Where the question allows it, the name means it on the full prompts
 * too, which show only the key: "not applicable" was saved there as a text answer, or refused as
 * "Type a number".
 */
export function typedSpecial(text: string, question: Question, canGoBack: boolean, byName = false): { ok: Reply } | { error: string } | undefined {
  const kind = specialWord(text, { notApplicable: question.allowNotApplicable, canGoBack, keysOnly: !byName });
  if (kind) return { ok: { kind } };
  if (specialWord(text, { notApplicable: true, canGoBack: false, keysOnly: false }) !== 'not-applicable') return undefined;
  if (question.allowNotApplicable) return { ok: { kind: 'not-applicable' } };
  return { error: `This question cannot be marked not applicable; type the answer, or ${byName ? 'type skip' : '- to skip'}.` };
}

/** The shortcuts a typed prompt accepts, for its message and its error (the redrawing prompts). */
export function typedHint(question: Question, canGoBack: boolean): string {
  return `? don't know, - skip${canGoBack ? ', < back' : ''}${question.allowNotApplicable ? ', n/a not applicable' : ''}`;
}

/** The same for the plain prompts, by name, so a screen reader says all of it: "or type don't know, skip or back". */
export function spokenHint(question: Question, canGoBack: boolean): string {
  return `or type ${specialNames({ notApplicable: question.allowNotApplicable, canGoBack })}`;
}

const PER_CENT = ['%', 'per cent', 'percent'];

/**
 * The ways a number's unit may be typed after it: as the questionnaire writes it, and a word unit in
 * the singular or the plural too ("days" also accepts "1 day", "hour" "2 hours"). Never an "s" on a
 * unit already plural ("6 monthss" is a slip, refused as any mistyped number is) or on one that is no
 * word; "per cent" and "%" are written either way, and take no "s".
 */
const unitForms = (unit: string): string[] => {
  const u = unit.trim().toLowerCase();
  if (PER_CENT.includes(u)) return PER_CENT;
  const other = /[a-z]$/.test(u) ? (/[^s]s$/.test(u) ? u.slice(0, -1) : /s$/.test(u) ? '' : `${u}s`) : '';
  return [u, other].filter(Boolean);
};

/**
 * A typed number: plain decimal digits (a sign and a decimal point allowed), optionally followed
 * by the question's unit ("14 days"). Hexadecimal, exponents and other forms JavaScript's Number()
 * accepts are refused: no one means 16 when they type 0x10.
 */
export function parseNumberReply(text: string, unit?: string): { value: number } | { error: string } {
  let t = text.trim().replace(/,(?=\d{3}\b)/g, '');
  if (unit) {
    const lower = t.toLowerCase();
    const form = unitForms(unit).find((f) => lower.endsWith(f) && /^[-+]?[\d.]+\s*$/.test(t.slice(0, t.length - f.length)));
    if (form) t = t.slice(0, t.length - form.length).trim();
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { error: `Type a number${unit ? ` of ${unit}` : ''}` };
  return { value: Number(t) };
}

/** An answer in words, for the line that echoes it (never a bare "?" or an internal value). */
/**
 * What a skip says. A question skipped with an answer saved (in a review, or come back to by Back)
 * keeps that answer and is not left to answer later (README): "Skipped for now" read as the answer
 * gone, so the answer that stays is named.
 */
export function skipWords(question: Question, previous: Answer | undefined): string {
  const saved: Reply | undefined =
    previous?.status === 'answered' && previous.value !== undefined
      ? { kind: 'value', value: previous.value }
      : previous?.status === 'unknown' || previous?.status === 'not-applicable'
        ? { kind: previous.status }
        : undefined;
  return saved ? `Skipped; the saved answer stays: ${replyWords(saved, question)}` : 'Skipped for now';
}

export function replyWords(reply: Reply, question: Question): string {
  switch (reply.kind) {
    case 'unknown':
      return "Don't know";
    case 'not-applicable':
      return 'Not applicable';
    case 'skip':
      return 'Skipped for now';
    case 'back':
      return 'Back';
    case 'value':
      // The kind says its answer in words: option labels, a number and its unit, the text itself.
      return Array.isArray(reply.value) && reply.value.length === 0 ? 'None ticked' : kindOf(question).describe(question, reply.value);
  }
}

/** Said when a "not applicable" reason is left empty. */
/** Said when a not-applicable reason is left empty; `back` is how the prompt goes back (`<`, or the word in plain prompts). */
export const reasonNeeded = (back = '<'): string => `Say in a few words why it does not apply (or type ${back} to go back to the question).`;
