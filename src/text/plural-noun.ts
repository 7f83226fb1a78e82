/**
 * The plural of an English noun phrase by its last word, for names a questionnaire chooses
 * (`systemLabel: facility` is listed under "Facilities", `branch` under "Branches"): the regular
 * rules only, as a label is the author's own word. "critical system" → "critical systems".
 */
export function pluralNoun(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}${word.endsWith('Y') ? 'IES' : 'ies'}`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}${/[A-Z]$/.test(word) ? 'ES' : 'es'}`;
  return `${word}${/[A-Z]{2}$/.test(word) ? 'S' : 's'}`;
}

/**
 * A count and its noun, agreeing in number: "1 gap", "0 gaps", "3 critical systems". Every count put
 * before a noun goes through here, so that no message says "1 requirements".
 */
export const countNoun = (n: number, noun: string, many = pluralNoun(noun)): string => `${n} ${n === 1 ? noun : many}`;

// Words that end in "s" without being plural: "status checks", "bonus points", "analysis hours".
const NOT_PLURAL = /(ss|us|is)$/i;

/**
 * The singular of a unit a questionnaire writes in the plural (`unit: days`), by its first word
 * that looks plural: "days" → "day", "months" → "month", "hours of training" → "hour of training",
 * "batches" → "batch", "percentage points" → "percentage point". A unit with no such word ("per
 * cent", "%", "GB") is its own singular. The regular rules only, as for pluralNoun.
 */
export function singularNoun(phrase: string): string {
  const words = phrase.split(' ');
  const i = words.findIndex((w) => /[a-z]s$/i.test(w) && !NOT_PLURAL.test(w));
  if (i < 0) return phrase;
  const w = words[i] as string;
  const one = /[^aeiou]ies$/i.test(w) ? `${w.slice(0, -3)}${/[A-Z]$/.test(w) ? 'Y' : 'y'}` : /(x|z|ch|sh|ss)es$/i.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return [...words.slice(0, i), one, ...words.slice(i + 1)].join(' ');
}

/** An amount in a unit written in the plural: "14 days", "1 day", "0.5 days", "1 per cent". */
export const amountIn = (n: number, unit: string): string => `${n} ${n === 1 ? singularNoun(unit) : unit}`;
