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
