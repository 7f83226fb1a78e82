/**
 * Plurals a questionnaire's own words may need beyond the regular rules ("child" is not "childs").
 * A short list on purpose: a label or unit is the author's word, and most take the regular rules.
 */
const IRREGULAR: Record<string, string> = {
  child: 'children',
  person: 'people',
  man: 'men',
  woman: 'women',
  sheep: 'sheep',
  series: 'series',
  species: 'species',
  staff: 'staff',
  analysis: 'analyses',
  criterion: 'criteria',
  phenomenon: 'phenomena',
};
const SINGULAR = new Map(Object.entries(IRREGULAR).map(([one, many]) => [many, one]));

/** `word` in the case of `model`: "CHILDREN" for "CHILD", "Children" for "Child". */
function inCaseOf(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  return model.charAt(0) !== model.charAt(0).toLowerCase() ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
}

/** The plural of one word. */
function pluralWord(word: string): string {
  const irregular = IRREGULAR[word.toLowerCase()];
  if (irregular !== undefined) return inCaseOf(word, irregular);
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}${word.endsWith('Y') ? 'IES' : 'ies'}`;
  // analysis → analyses, basis → bases, crisis → crises.
  if (/sis$/i.test(word)) return `${word.slice(0, -2)}${word.endsWith('S') ? 'ES' : 'es'}`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}${/[A-Z]$/.test(word) ? 'ES' : 'es'}`;
  return `${word}${/[A-Z]{2}$/.test(word) ? 'S' : 's'}`;
}

// A label's head noun ends before a bracketed note after a space ("IT system (CNI)") or an "of" ("head of service").
const HEAD = /^(.*?\S)(\s+of\s.*|\s+\([^()]*\))?$/s;

/**
 * The plural of an English noun phrase by its head noun, for names a questionnaire chooses
 * (`systemLabel: facility` is listed under "Facilities", `branch` under "Branches"): "critical
 * system" → "critical systems", "IT system (CNI)" → "IT systems (CNI)", "head of service" → "heads
 * of service", "child" → "children". The regular rules, and a few common irregular nouns.
 */
export function pluralNoun(phrase: string): string {
  const [, head = phrase, tail = ''] = HEAD.exec(phrase) ?? [];
  const at = head.lastIndexOf(' ') + 1;
  return `${head.slice(0, at)}${pluralWord(head.slice(at))}${tail}`;
}

/**
 * A count and its noun, agreeing in number: "1 gap", "0 gaps", "3 critical systems". Every count put
 * before a noun goes through here, so that no message says "1 requirements".
 */
export const countNoun = (n: number, noun: string, many = pluralNoun(noun)): string => `${n} ${n === 1 ? noun : many}`;

// Words that end in "s" without being plural: "status checks", "bonus points", "analysis hours".
const NOT_PLURAL = /(ss|us|is)$/i;

/**
 * A word that is plural by the regular rules: letters in lower case (the first may be a capital),
 * ending in "s" after a stem with a vowel. An abbreviation is left as written, plural or not: "1
 * Mbps" is not "1 Mbp", and neither "ms", "kbps", "hrs" nor "GBs" has a singular to take.
 */
const regularPlural = (w: string): boolean => /^[A-Za-z][a-z]*s$/.test(w) && /[aeiouy]/i.test(w.slice(0, -1)) && !NOT_PLURAL.test(w);

/**
 * The singular of a unit a questionnaire writes in the plural (`unit: days`), by its first word
 * that is plural: "days" → "day", "months" → "month", "hours of training" → "hour of training",
 * "batches" → "batch", "percentage points" → "percentage point", "people" → "person". A unit with
 * no such word ("per cent", "%", "GB", "Mbps") is its own singular.
 */
export function singularNoun(phrase: string): string {
  const words = phrase.split(' ');
  const i = words.findIndex((w) => SINGULAR.has(w.toLowerCase()) || regularPlural(w));
  if (i < 0) return phrase;
  const w = words[i] as string;
  const irregular = SINGULAR.get(w.toLowerCase());
  const one =
    irregular !== undefined
      ? inCaseOf(w, irregular)
      : /[^aeiou]ies$/i.test(w)
        ? `${w.slice(0, -3)}y`
        : /(x|z|ch|sh|ss)es$/i.test(w)
          ? w.slice(0, -2)
          : w.slice(0, -1);
  return [...words.slice(0, i), one, ...words.slice(i + 1)].join(' ');
}

/** An amount in a unit written in the plural: "14 days", "1 day", "0.5 days", "1 per cent". */
export const amountIn = (n: number, unit: string): string => `${n} ${n === 1 ? singularNoun(unit) : unit}`;
