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

/** Acronyms whose first use in a section is not written "Expansion (ACRONYM)". */
export function unexpandedAcronyms(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  for (const section of questionnaire.sections) {
    const seen = new Set<string>();
    for (const text of sectionTexts(section)) {
      for (const { word, index } of acronymsIn(text)) {
        if (seen.has(word)) continue;
        seen.add(word);
        const wrapped = text[index - 1] === '(' && text[index + word.length] === ')' || (text[index - 1] === '(' && text.slice(index + word.length, index + word.length + 2) === 's)');
        const expanded = wrapped && /[A-Za-z]\s*$/.test(text.slice(0, index - 1));
        if (!expanded) problems.push(`${questionnaire.id} / ${section.id}: "${word}" first used without its expansion: …${text.slice(Math.max(0, index - 30), index + word.length + 10)}…`);
      }
    }
  }
  return problems;
}
