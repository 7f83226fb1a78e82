import type { Questionnaire } from '../questionnaire/types.js';
import { isGap } from '../scoring/gaps.js';
import { heldBandWords } from '../scoring/held-band.js';
import { rate } from '../scoring/rate.js';
import { heldRating } from '../scoring/rating-cap.js';
import { scoreOfSections, sectionResults, type ScoredQuestion } from '../scoring/section-results.js';
import { systemScore } from '../scoring/system-results.js';
import { PERCENT_TOLERANCE } from './tolerance.js';
import type { SectionScore, ShareExtract } from './types.js';

type Report = (pointer: string, message: string) => void;

const shown = (score: number | null): string => (score === null ? 'no score' : String(score));
const differs = (given: number | null, expected: number | null): boolean =>
  given === null || expected === null ? given !== expected : Math.abs(given - expected) > PERCENT_TOLERANCE;

/**
 * An extract's rating (SPEC "v2: automatic fails"): words in it reach the forum's report as they
 * stand, so it must be one of the questionnaire's rating labels, and null exactly when there is no
 * overall score. Which band it is can be said only by the version the extract answers (see
 * checkExtractScores); another version's bands may start elsewhere.
 */
export function checkRatingLabel(extract: ShareExtract, questionnaire: Questionnaire, report: Report): void {
  const { score, rating } = extract.overall;
  const name = `${questionnaire.id} ${questionnaire.version}`;
  if (rating === null) return;
  if (score === null) report('/overall/rating', `the overall score is null, so the rating must be null, not ${JSON.stringify(rating)}`);
  else if (!questionnaire.ratings.some((r) => r.label === rating)) {
    report('/overall/rating', `${JSON.stringify(rating)} is not a rating of ${name}; its ratings are ${questionnaire.ratings.map((r) => r.label).join(', ')}`);
  }
}

/**
 * An extract's section, system and overall scores, automatic fails and rating, worked out again from
 * its own answer scores (already checked against the questionnaire) by the rules `assess` scores by:
 * a forged section score or rating would otherwise move the forum's medians or say what the answers
 * do not. Only for an extract of the questionnaire's own version whose answers and rating label
 * passed their checks. Each mismatch at its place, naming
 * the figure the answers give.
 */
export function checkExtractScores(extract: ShareExtract, questionnaire: Questionnaire, report: Report): void {
  const name = `${questionnaire.id} ${questionnaire.version}`;
  const answers: (ScoredQuestion & { blocking: boolean })[] = extract.answers.flatMap((a) => {
    const q = questionnaire.questions.get(a.question);
    return q ? [{ section: q.sectionId, system: a.system, included: q.scored && a.status !== 'not-applicable', weight: q.weight, score: a.score, status: a.status, severity: q.severity, blocking: q.blocking }] : [];
  });
  const { sections, bySystem, raw } = sectionResults(questionnaire, answers, extract.systems.map((s) => s.id));

  const compare = (given: SectionScore[], expected: readonly { id: string; score: number | null }[], at: (i: number) => string, what: (id: string) => string): void => {
    given.forEach((s, i) => {
      const e = expected.find((x) => x.id === s.id);
      if (e && differs(s.score, e.score)) report(at(i), `the score of ${what(s.id)} is ${shown(s.score)}, but its answers score ${shown(e.score)} by ${name}`);
    });
  };
  compare(extract.sections, sections, (i) => `/sections/${i}/score`, (id) => `section "${id}"`);
  extract.systems.forEach((system, j) => {
    const own = bySystem.get(system.id) ?? [];
    const score = systemScore(sections, own, raw);
    if (differs(system.score, score)) report(`/systems/${j}/score`, `the score of "${system.id}" is ${shown(system.score)}, but its answers score ${shown(score)} by ${name}`);
    compare(system.sections, own, (i) => `/systems/${j}/sections/${i}/score`, (id) => `section "${id}" for "${system.id}"`);
  });

  const overall = scoreOfSections(sections, raw);
  if (differs(extract.overall.score, overall)) report('/overall/score', `the overall score is ${shown(extract.overall.score)}, but the answers score ${shown(overall)} by ${name}`);
  // Counted per system, as share counts them: a gap on an automatic-fail question.
  const fails = answers.filter((a) => a.blocking && isGap(a)).length;
  if (extract.overall.automaticFails !== fails) {
    report('/overall/automaticFails', `"automaticFails" is ${extract.overall.automaticFails}, but the answers have ${fails} automatic-fail question${fails === 1 ? '' : 's'} with a gap`);
  }
  // Every question's answer is in the extract, with its score, and the questionnaire gives its
  // severity: the gaps a band's noGapsOf looks at are known exactly, so the rating is worked out, not guessed.
  const gaps = answers.filter(isGap);
  const uncapped = rate(overall, questionnaire.ratings, gaps);
  const expected = heldRating(uncapped, fails > 0, questionnaire.ratings, gaps)?.label ?? null;
  const given = extract.overall.rating;
  if (given === expected) return;
  const held = heldBandWords(overall, questionnaire.ratings, gaps);
  const heldWhy = held ? held.passed.map((p) => `${p.band}: ${p.open}`).join('; ') : '';
  if (expected === null) {
    const reaches = overall !== null && questionnaire.ratings.some((r) => overall >= r.min);
    const because = !reaches
      ? `the answers reach no band of ${name}`
      : uncapped === null
        ? `${name} gives the answers no rating, as open gaps rule out every band they reach (${heldWhy})`
        : `${name} gives the answers no rating, as automatic fails cap them at its lowest band, which open gaps rule out`;
    report('/overall/rating', `the rating is ${JSON.stringify(given)}, but ${because}, so it must be null`);
  } else {
    const why = fails > 0 ? `, held at the lowest band by ${fails === 1 ? 'an automatic fail' : `${fails} automatic fails`}` : held ? `, as ${held.passed.length === 1 ? held.passed[0]?.open : `open gaps rule out ${heldWhy}`}` : '';
    report('/overall/rating', `the rating is ${JSON.stringify(given)}, but ${name} rates the answers ${JSON.stringify(expected)}${why}`);
  }
}
