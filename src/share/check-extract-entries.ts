import type { Questionnaire } from '../questionnaire/types.js';
import { scopeKey } from '../scoring/scope-key.js';
import { listFirst } from '../text/list-words.js';
import { extractEntries, type AnswerEntry } from './extract-entries.js';
import type { ShareExtract } from './types.js';

type Report = (pointer: string, message: string) => void;

const MOST_NAMED = 5;
const quoted = (ids: readonly string[]): string => listFirst(ids.map((id) => JSON.stringify(id)), { most: MOST_NAMED });
const answerWords = (a: AnswerEntry): string => (a.system === null ? JSON.stringify(a.question) : `${JSON.stringify(a.question)} for ${JSON.stringify(a.system)}`);

/**
 * A list of section scores against the sections share writes into it: each once, and none left out.
 * Unknown ids are said elsewhere (checkExtractContents).
 */
function checkSectionList(given: readonly { id: string }[], expected: readonly string[], at: string, missingWords: (ids: string, one: boolean) => string, report: Report): void {
  const first = new Map<string, number>();
  given.forEach((s, i) => {
    const earlier = first.get(s.id);
    if (earlier === undefined) first.set(s.id, i);
    else report(`${at}/${i}/id`, `section ${JSON.stringify(s.id)} is listed twice (first at ${at.slice(1).replace(/\/(\d+)\//g, '[$1].')}[${earlier}]); share writes each section once`);
  });
  const missing = expected.filter((id) => !first.has(id));
  if (!missing.length) return;
  const one = missing.length === 1;
  report(at, missingWords(`${one ? 'section' : 'sections'} ${quoted(missing)}`, one));
}

/**
 * Whether an extract holds every entry `share` writes for its answers (extractEntries, from the code
 * that writes them): a score for every section, each system's score for every section answered per
 * system, and an answer to every question in every scope. The scores are worked out again from the
 * answers (checkExtractScores), but a section or answer left out would not be: that council would
 * drop out of its figures while its other answers still counted, moving a median or hiding one
 * behind "fewer than N". An extract of an older minor version is held to the questions it answers
 * anywhere, and their sections: a question added since has no answer in it, rightly. Only for
 * answers and sections that passed their checks.
 */
export function checkExtractEntries(extract: ShareExtract, questionnaire: Questionnaire, sameVersion: boolean, report: Report): void {
  const name = `${questionnaire.id} ${extract.questionnaire.version}`;
  const label = questionnaire.systemLabel;
  const expected = extractEntries(
    questionnaire,
    extract.systems.map((s) => s.id),
  );
  const answered = new Set(extract.answers.map((a) => a.question));
  const answeredSections = new Set([...answered].flatMap((q) => questionnaire.questions.get(q)?.sectionId ?? []));
  const known = (section: string): boolean => sameVersion || answeredSections.has(section);
  const notApplying = '(null where none of its questions apply)';

  checkSectionList(
    extract.sections,
    expected.sections.filter(known),
    '/sections',
    (ids, one) => `"sections" has no score for ${ids} of ${name}, which share writes for every section ${notApplying}; without ${one ? 'it' : 'them'} this council would drop out of ${one ? "the section's" : "those sections'"} figures while its answers still counted`,
    report,
  );
  extract.systems.forEach((system, j) => {
    const own = (expected.systemSections.get(system.id) ?? []).filter(known);
    checkSectionList(system.sections, own, `/systems/${j}/sections`, (ids) => `the "sections" of ${JSON.stringify(system.id)} have no score for ${ids} of ${name}, which share writes for every section answered per ${label} ${notApplying}`, report);
  });

  const given = new Set(extract.answers.map((a) => scopeKey(a.question, a.system)));
  const missing = expected.answers.filter((a) => (sameVersion || answered.has(a.question)) && !given.has(scopeKey(a.question, a.system)));
  if (!missing.length) return;
  const scopes = questionnaire.systemScoped ? `, once for the organisation or once per ${label}` : '';
  report(
    '/answers',
    `"answers" has no answer to ${listFirst(missing.map(answerWords), { most: MOST_NAMED })}, which share writes for every question of ${name}${scopes} ("unanswered" or "not-applicable" where there is no answer); without ${missing.length === 1 ? "it this council would drop out of the question's figures" : "them this council would drop out of those questions' figures"}`,
  );
}
