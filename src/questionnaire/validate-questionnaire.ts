import { CaseTwins } from './case-twins.js';
import { checkFullMarks } from './full-marks.js';
import { checkUpgradeNotes } from './upgrade-notes-check.js';
import { reservedQuestionId } from './reserved-ids.js';
import { MAX_SHOWN_PROBLEMS, errorAt, type Diagnostic } from '../errors.js';
import { limits } from '../yaml/limits.js';
import { splitReference, type Catalog } from '../frameworks/catalog.js';
import { quoteId } from '../text/odd-characters.js';
import { suggest, suggestUnused } from '../text/suggest.js';
import type { Places } from '../yaml/positions.js';
import { questionPointer, type RawQuestion, type RawQuestionnaire } from './build-questionnaire.js';
import { kindOf } from './kinds/index.js';
import { checkUniqueOptions } from './kinds/shared.js';
import type { Condition, Option, Scope } from './types.js';

/** ` (did you mean "x"?)` for a mistyped id, or nothing. */
type DidYouMean = (word: string, candidates: Iterable<string>, mapping?: object) => string;

/**
 * Suggestions worked out only while problems can still be printed (errors.ts), as for answers
 * files: each costs a look at every candidate, and 1,000 unknown ids against 1,000 questions
 * took minutes before the look was made cheap; past the problems shown it would be work for nothing.
 */
const suggestionsWhile = (out: readonly Diagnostic[]): DidYouMean => (word, candidates, mapping) => {
  if (out.length >= MAX_SHOWN_PROBLEMS) return '';
  const guess = mapping ? suggestUnused(word, candidates, mapping) : suggest(word, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
};


interface Located {
  question: RawQuestion;
  pointer: string;
  index: number;
  options: Option[] | undefined;
  scope: Scope;
}

/**
 * The rules of SPEC "The questionnaire format" that a JSON Schema cannot say: ids unique, references
 * that resolve, conditions that only look backwards, option values unique, and options that fit
 * each question type. Returns every problem found, each with its place.
 */
export function validateQuestionnaire(raw: RawQuestionnaire, file: string, positions: Places, catalog: Catalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Each fault once: a scale's option is checked for every question that uses the scale.
  const said = new Set<string>();
  const error = (pointer: string, message: string, atKey = false): void => {
    const key = `${pointer}\u0000${message}`;
    if (said.has(key)) return;
    said.add(key);
    out.push(errorAt(file, message, atKey ? positions.keyOf(pointer) : positions.of(pointer), pointer));
  };
  const warn = (pointer: string, message: string, atKey = false): void => {
    out.push({ ...errorAt(file, message, atKey ? positions.keyOf(pointer) : positions.of(pointer), pointer), severity: 'warning' });
  };
  const lineOf = (pointer: string): number => positions.of(pointer)?.line ?? 0;
  const didYouMean = suggestionsWhile(out);
  const scales = raw.scales ?? {};

  const scaleCases = new CaseTwins();
  for (const [name, options] of Object.entries(scales)) {
    checkUniqueOptions(options, `/scales/${name}`, error);
    const twin = scaleCases.check('scale name', name, positions.keyOf(`/scales/${name}`)?.line ?? 0);
    if (twin !== undefined) error(`/scales/${name}`, twin, true);
  }

  const total = raw.sections.reduce((n, section) => n + section.questions.length, 0);
  if (total > limits.maxQuestions) {
    // Checked before anything else, so an oversized file costs no more work than it has to.
    error('/sections', `the questionnaire has ${total} questions; the limit is ${limits.maxQuestions}`);
    return out;
  }

  const sectionIds = new Map<string, string>();
  const sectionCases = new CaseTwins();
  const questionCases = new CaseTwins();
  const indicatorIds = { firsts: new Map<string, string>(), cases: new CaseTwins() };
  const questions = new Map<string, Located>();
  const conditions: { when: Condition; pointer: string; self: Located }[] = [];
  let index = 0;
  raw.sections.forEach((section, s) => {
    const sectionPointer = `/sections/${s}`;
    const firstSection = sectionIds.get(section.id);
    const sectionTwin = sectionCases.check('section id', section.id, lineOf(`${sectionPointer}/id`));
    if (firstSection !== undefined) {
      error(`${sectionPointer}/id`, `duplicate section id "${section.id}" (first used at line ${lineOf(firstSection)})`);
    } else if (sectionTwin !== undefined) error(`${sectionPointer}/id`, sectionTwin);
    else sectionIds.set(section.id, `${sectionPointer}/id`);

    section.questions.forEach((question, q) => {
      const pointer = questionPointer(s, q);
      const first = questions.get(question.id);
      if (first !== undefined) {
        error(`${pointer}/id`, `duplicate question id "${question.id}" (first used at line ${lineOf(`${first.pointer}/id`)})`);
        return;
      }
      const twin = questionCases.check('question id', question.id, lineOf(`${pointer}/id`)) ?? reservedQuestionId(question.id);
      if (twin !== undefined) error(`${pointer}/id`, twin);
      const options = kindOf(question).checkEntry(question, { pointer, scales, error, warn, lineOf });
      checkIndicatorIds(question, pointer, indicatorIds, error, lineOf);
      if (question.blocking) checkBlocking(question, pointer, raw, error, warn);
      const scope = section.scope ?? 'organisation';
      const located = { question, pointer, index: index++, options, scope };
      if (question.when) conditions.push({ when: question.when, pointer: `${pointer}/when`, self: located });
      questions.set(question.id, located);
    });
  });
  // Once every question is known: a condition looks backwards, except that a system question may
  // look at any organisation question (SPEC "v2: critical systems"). The walk asks every organisation
  // section before any system's, and scoring settles the organisation's answers first, so one in a
  // later section (the CAF's objective D after B and C) is always known when a system's is asked.
  for (const { when, pointer, self } of conditions) {
    const seen = (target: Located): boolean => target.index < self.index || (self.scope === 'system' && target.scope === 'organisation');
    checkCondition(when, pointer, self, { find: (id) => ((found) => (found && seen(found) ? found : undefined))(questions.get(id)), ids: () => [...questions.values()].filter(seen).map((q) => q.question.id) }, error, didYouMean);
  }

  checkFullMarks(questions.values(), warn, lineOf);
  checkRatings(raw, error, warn);
  checkUpgradeNotes(raw, warn);
  checkProfiles(raw, questions, error, lineOf, didYouMean);
  checkReferences(raw, catalog, error, didYouMean);
  return out;
}

type Report = (pointer: string, message: string, atKey?: boolean) => void;

/**
 * Weights only count relative to each other, but any number was allowed: 1e308 made the sums and
 * products of scoring overflow to Infinity, so scores came out NaN and priorities broke the report
 * schema. A million to one is far more spread than any questionnaire needs. The questionnaire
 * schema holds the cap (its `weight` maximum), so editors and other tools refuse such a weight too;
 * a test keeps the two the same.
 */
export const MAX_WEIGHT = 1_000_000;

/**
 * Indicator ids are unique in the whole questionnaire, so an answer or a report can name one alone;
 * and, as every other id, no two differ only in case (`RP.A.1` beside `rp.a.1`).
 */
function checkIndicatorIds(question: RawQuestion, pointer: string, seen: { firsts: Map<string, string>; cases: CaseTwins }, error: Report, lineOf: (pointer: string) => number): void {
  for (const [column, list] of Object.entries(question.indicators ?? {})) {
    (list ?? []).forEach((indicator, i) => {
      const at = `${pointer}/indicators/${column}/${i}/id`;
      const first = seen.firsts.get(indicator.id);
      const twin = seen.cases.check('indicator id', indicator.id, lineOf(at));
      if (first !== undefined) error(at, `duplicate indicator id "${indicator.id}" (first used at line ${lineOf(first)})`);
      else if (twin !== undefined) error(at, twin);
      else seen.firsts.set(indicator.id, at);
    });
  }
}

/**
 * An automatic fail caps the rating when its question has a gap, so it needs a question that can
 * have one: SPEC lets a scored question say `blocking: true`. With one rating band the cap cannot
 * lower the rating; SPEC does not forbid that, so it is a warning (the fail is still reported first).
 */
function checkBlocking(question: RawQuestion, pointer: string, raw: RawQuestionnaire, error: Report, warn: Report): void {
  const at = `${pointer}/blocking`;
  const why = (question.weight ?? 1) === 0 ? 'it has weight 0, so it is not scored' : kindOf(question).scores(question) ? undefined : kindOf(question).unscored;
  if (why) {
    error(at, `"blocking" only applies to scored questions, and "${question.id}" is not: ${why}`, true);
  } else if (raw.ratings?.length === 1) {
    warn(at, `"blocking" caps the rating at the lowest band, but "ratings" has only one band, so it cannot lower the rating; reports still name the automatic fail first`, true);
  }
}

/** The questions a condition may look at, by id, and their ids for suggestions. */
interface Visible {
  find: (id: string) => Located | undefined;
  ids: () => string[];
}

function checkCondition(condition: Condition, pointer: string, self: Located, visible: Visible, error: Report, didYouMean: DidYouMean): void {
  const forms = (['question', 'all', 'any'] as const).filter((k) => k in condition);
  if (forms.length !== 1) {
    error(pointer, forms.length === 0 ? 'a condition needs "question" (with "in" or "notIn"), "all" or "any"' : `a condition takes one of "question", "all" or "any", not ${forms.join(' and ')}`);
    return;
  }
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const list = 'all' in condition ? condition.all : (condition as { any: Condition[] }).any;
    list.forEach((c, i) => checkCondition(c, `${pointer}/${key}/${i}`, self, visible, error, didYouMean));
    return;
  }
  const { question: target } = condition;
  const hasIn = condition.in !== undefined;
  const hasNotIn = condition.notIn !== undefined;
  if (hasIn === hasNotIn) {
    error(pointer, hasIn ? 'a condition takes "in" or "notIn", not both' : `the condition on "${target}" needs "in" or "notIn"`);
  }
  if (target === self.question.id) {
    error(`${pointer}/question`, `question "${self.question.id}" cannot depend on itself`);
    return;
  }
  const found = visible.find(target);
  if (!found) {
    error(`${pointer}/question`, `"when" refers to ${quoteId(target)}, which is not an earlier question${didYouMean(target, visible.ids())}; a condition may only look backwards`);
    return;
  }
  // A system question may look at the organisation's answers (the same for every system), but an
  // organisation question answered once cannot depend on an answer that differs from system to system.
  if (self.scope === 'organisation' && found.scope === 'system') {
    error(`${pointer}/question`, `"when" refers to "${target}", which is answered once per system (its section has scope: system); an organisation question may only depend on organisation questions`);
    return;
  }
  const values = [...(condition.in ?? []), ...(condition.notIn ?? [])];
  const listKey = hasIn ? 'in' : 'notIn';
  const { question, options } = found;
  values.forEach((value, i) => {
    const checked = kindOf(question).listedValue(question, options, value, 'condition');
    if (!checked.ok) error(`${pointer}/${listKey}/${i}`, checked.message);
  });
}

/**
 * Bands highest first, each severity of a band's noGapsOf once. noGapsOf on the lowest band leaves
 * an assessment with such a gap no rating at any score (no band below can take it): allowed, as a
 * score below every band is, but said, since an author more likely meant a higher band. A lowest
 * band above 0 is said for the same reason: a low score then gets no rating, and nothing told the
 * author until a report came out without one.
 */
function checkRatings(raw: RawQuestionnaire, error: Report, warn: Report): void {
  const last = (raw.ratings?.length ?? 0) - 1;
  // The lowest by its min, not its place: bands out of order are an error of their own, below.
  const lowest = raw.ratings?.reduce((low, rating, i, all) => (rating.min < (all[low]?.min ?? Infinity) ? i : low), 0);
  raw.ratings?.forEach((rating, i, all) => {
    if (i === lowest && rating.min > 0) {
      warn(`/ratings/${i}/min`, `the lowest band, "${rating.label}", starts at ${rating.min}, so a score below ${rating.min} gets no rating; give the lowest band min: 0 if every score should have one`);
    }
    if (i === last && rating.noGapsOf?.length) {
      warn(`/ratings/${i}/noGapsOf`, `the lowest band, "${rating.label}", has "noGapsOf", so an assessment with a ${rating.noGapsOf.join(' or ')} gap gets no rating at any score; put it on a higher band if the lowest should take every score`, true);
    }
    const previous = all[i - 1];
    if (previous && rating.min >= previous.min) {
      error(`/ratings/${i}/min`, `ratings must be listed highest "min" first, with no two the same (${rating.min} follows ${previous.min})`);
    }
    // The schema checks each severity; a repeated one says nothing more and is likely a slip for another.
    const seen = new Set<string>();
    rating.noGapsOf?.forEach((severity, j) => {
      if (seen.has(severity)) error(`/ratings/${i}/noGapsOf/${j}`, `"noGapsOf" lists "${severity}" twice; list each severity once`);
      seen.add(severity);
    });
  });
}

function checkProfiles(raw: RawQuestionnaire, questions: Map<string, Located>, error: Report, lineOf: (pointer: string) => number, didYouMean: DidYouMean): void {
  const ids = new Map<string, number>();
  const cases = new CaseTwins();
  raw.profiles?.forEach((profile, p) => {
    const pointer = `/profiles/${p}`;
    const first = ids.get(profile.id);
    // Said as for sections and questions: which line holds the one that counts.
    if (first !== undefined) error(`${pointer}/id`, `duplicate profile id "${profile.id}" (first used at line ${lineOf(`/profiles/${first}/id`)})`);
    else ids.set(profile.id, p);
    const twin = first === undefined ? cases.check('profile id', profile.id, lineOf(`${pointer}/id`)) : undefined;
    if (twin !== undefined) error(`${pointer}/id`, twin);
    for (const [id, required] of Object.entries(profile.requires)) {
      const at = `${pointer}/requires/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      const found = questions.get(id);
      if (!found) {
        error(at, `profile "${profile.id}" requires unknown question ${quoteId(id)}${didYouMean(id, questions.keys(), profile.requires)}`, true);
        continue;
      }
      const { question, options } = found;
      // The value first: a number without bands says so, rather than only that it is not scored.
      const checked = kindOf(question).listedValue(question, options, required, 'profile');
      if ((question.weight ?? 1) === 0 || (checked.ok && !kindOf(question).scores(question))) {
        error(at, `profile "${profile.id}" requires "${id}", which is not scored`, true);
      } else if (!checked.ok) error(at, checked.message);
    }
  });
}

function checkReferences(raw: RawQuestionnaire, catalog: Catalog, error: Report, didYouMean: DidYouMean): void {
  const declared = new Set(raw.frameworks ?? []);
  (raw.frameworks ?? []).forEach((key, i) => {
    if (!catalog.has(key)) error(`/frameworks/${i}`, `unknown framework ${quoteId(key)}${didYouMean(key, catalog.keys())}; known frameworks: ${[...catalog.keys()].join(', ')}`);
  });
  raw.sections.forEach((section, s) =>
    section.questions.forEach((question, q) =>
      question.references?.forEach((reference, r) => {
        const at = `${questionPointer(s, q)}/references/${r}`;
        const { framework, id } = splitReference(reference);
        const fw = catalog.get(framework);
        if (!declared.has(framework)) {
          error(at, `reference "${reference}" uses framework "${framework}", which is not listed in "frameworks"`);
        } else if (fw && !fw.entries.has(id)) {
          error(at, `reference ${quoteId(reference)}: ${quoteId(id)} is not an id of ${fw.title}${didYouMean(id, fw.entries.keys())}`);
        }
      }),
    ),
  );
}
