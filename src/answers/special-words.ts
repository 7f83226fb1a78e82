// The special replies (don't know, not applicable, skip, back) as typed at a line-by-line prompt:
// by their one-key shortcut or by name. A screen reader at its usual punctuation level does not say
// "?", "-" or "<" (or says "less"), so a person who hears the list hears only the names; typing a
// name is the answer they can be expected to give, and the hint says the names, never the keys.

export type SpecialKind = 'unknown' | 'not-applicable' | 'skip' | 'back';

/** A typed line as compared with the names: case, runs of spaces, a curly apostrophe and a full stop at the end do not matter. */
export const replyKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');

const NAMES: Record<SpecialKind, readonly string[]> = {
  unknown: ['?', "don't know", 'dont know', 'do not know', 'unknown'],
  'not-applicable': ['n/a', 'na', 'not applicable'],
  skip: ['-', 'skip', 'skip for now', 'skip this outcome for now', 'skip the rest of this outcome for now'],
  back: ['<', 'back', 'go back', 'back to the previous question', 'back to the last statement'],
};

export interface SpecialsOffered {
  notApplicable?: boolean;
  /** Skip is offered unless false. */
  skip?: boolean;
  canGoBack: boolean;
  /**
   * Only the keys ("?", "n/a", "-", "<"), as the full prompts show them: there a typed word is a
   * free-text answer, as it always was.
   */
  keysOnly?: boolean;
}

/** The keys: the first names of each, and "na". */
const KEYS: readonly string[] = ['?', 'n/a', 'na', '-', '<'];

/** The special reply `text` names, among those offered; undefined for anything else. */
export function specialWord(text: string, offered: SpecialsOffered): SpecialKind | undefined {
  const key = replyKey(text);
  const allowed: SpecialKind[] = ['unknown', ...(offered.notApplicable ? (['not-applicable'] as const) : []), ...(offered.skip === false ? [] : (['skip'] as const)), ...(offered.canGoBack ? (['back'] as const) : [])];
  return allowed.find((kind) => NAMES[kind].includes(key) && (!offered.keysOnly || KEYS.includes(key)));
}

/**
 * Whether `text` is a special reply other than back (`?`, `-`, `n/a`; with `keysOnly` false, their
 * names too, `skip` and the like): at a reason or a justification it is no reason, and saved as one
 * it was printed in the board paper (`reason: "?"`).
 */
export const isSpecialReply = (text: string, keysOnly: boolean): boolean => specialWord(text, { notApplicable: true, canGoBack: false, keysOnly }) !== undefined;

/**
 * Whether `text` is a special reply, by its key or its name (`n/a`, `not applicable`, `?`, `skip`,
 * `<`): refused where it is no answer (`n/a` at a number that cannot be not applicable, `?` at a
 * date), it is no draft of one to mend.
 */
export const namesSpecialReply = (text: string): boolean => specialWord(text, { notApplicable: true, canGoBack: true }) !== undefined;

/** Whether `text` is the word (or key) for back: at a reason, a date or a justification, where nothing else is special. */
export const isBackWord = (text: string): boolean => NAMES.back.includes(replyKey(text));

/** The names of the special replies offered, spoken whole: "don't know, not applicable, skip or back". */
export function specialNames(offered: SpecialsOffered): string {
  const names = ["don't know", ...(offered.notApplicable ? ['not applicable'] : []), ...(offered.skip === false ? [] : ['skip']), ...(offered.canGoBack ? ['back'] : [])];
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names.at(-1) as string}`;
}
