import type { Questionnaire } from '../../src/questionnaire/types.js';

/** Names written in capitals that are not acronyms needing an expansion. */
export const NOT_ACRONYMS = new Set(['UK', 'GOV', 'CHECK', 'CREST', 'OK']);

/** Words that look like acronyms: two or more capitals, and at least half the letters capitals (NCSC, IoT, CiSP). */
export function acronymsIn(text: string): { word: string; index: number }[] {
  const found: { word: string; index: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
    const word = m[0].replace(/(?<=[A-Z])s$/, '');
    const capitals = (word.match(/[A-Z]/g) ?? []).length;
    if (capitals >= 2 && capitals * 2 >= word.length && !NOT_ACRONYMS.has(word)) found.push({ word, index: m.index ?? 0 });
  }
  return found;
}

/** The texts of a section in reading order: title, description, then each question's text, help, evidence hint, options, remediation and indicators. */
export function sectionTexts(section: Questionnaire['sections'][number]): string[] {
  return [
    section.title,
    section.description ?? '',
    ...section.questions.flatMap((q) => [q.text, q.help ?? '', q.evidence ?? '', ...q.options.map((o) => `${o.label} ${o.description ?? ''}`), q.unit ?? '', q.remediation ?? '', ...(q.indicators ?? []).map((i) => i.text)]),
  ];
}

/** Whether the acronym at `index` is written "Expansion (ACRONYM)" or "Expansions (ACRONYMs)". */
function writtenExpanded(text: string, word: string, index: number): boolean {
  const wrapped = text[index - 1] === '(' && text[index + word.length] === ')' || (text[index - 1] === '(' && text.slice(index + word.length, index + word.length + 2) === 's)');
  return wrapped && /[A-Za-z]\s*$/.test(text.slice(0, index - 1));
}

/** Problems with acronyms not expanded on their first use across `texts`, read in order. */
export function firstUsesUnexpanded(texts: readonly string[], where: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const { word, index } of acronymsIn(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      if (!writtenExpanded(text, word, index)) problems.push(`${where}: "${word}" first used without its expansion: …${text.slice(Math.max(0, index - 30), index + word.length + 10)}…`);
    }
  }
  return problems;
}

/** Acronyms whose first use in a section is not written "Expansion (ACRONYM)". */
export function unexpandedAcronyms(questionnaire: Questionnaire): string[] {
  return questionnaire.sections.flatMap((section) => firstUsesUnexpanded(sectionTexts(section), `${questionnaire.id} / ${section.id}`));
}

/**
 * Acronyms not expanded on their first use in what a gap shows of its question: the question, the
 * answer given (any one of its options) and what to do. A report lists only gaps, so each must read
 * on its own, whatever the rest of its section says. For an outcome the unit is the outcome: its
 * text, what to do and its indicator statements, read in that order; and since a gap lists only the
 * statements still to meet (never a "not achieved" one), each other statement must also read on its
 * own after the text and what to do.
 */
export function unexpandedInGaps(questionnaire: Questionnaire): string[] {
  return [...questionnaire.questions.values()].flatMap((q) => {
    const where = `${questionnaire.id} / ${q.id}`;
    const head = [q.text, q.remediation ?? ''];
    const indicators = q.indicators ?? [];
    const shown = [
      [...head, ...indicators.map((i) => i.text)],
      ...indicators.filter((i) => i.column !== 'not-achieved').map((i) => [...head, i.text]),
      ...q.options.map((o) => [q.text, o.label]),
    ];
    return [...new Set(shown.flatMap((texts) => firstUsesUnexpanded(texts, where)))];
  });
}
