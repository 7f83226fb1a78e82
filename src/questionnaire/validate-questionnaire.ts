import { errorAt, type Diagnostic } from '../errors.js';
import { limits } from '../yaml/limits.js';
import { loadCatalog, splitReference } from '../frameworks/catalog.js';
import { quoteId, quoteValue } from '../text/odd-characters.js';
import { suggest } from '../text/suggest.js';
import type { Places } from '../yaml/positions.js';
import { questionPointer, type RawQuestion, type RawQuestionnaire } from './build-questionnaire.js';
import { YES_NO_OPTIONS, yesNoValue, type Condition, type Option } from './types.js';

const didYouMean = (word: string, candidates: Iterable<string>): string => {
  const guess = suggest(word, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
};


interface Located {
  question: RawQuestion;
  pointer: string;
  index: number;
  options: Option[] | undefined;
}

/**
 * The rules of SPEC "The questionnaire format" that a JSON Schema cannot say: ids unique, references
 * that resolve, conditions that only look backwards, option values unique, and options that fit
 * each question type. Returns every problem found, each with its place.
 */
export function validateQuestionnaire(raw: RawQuestionnaire, file: string, positions: Places): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (pointer: string, message: string, atKey = false): void => {
    out.push(errorAt(file, message, atKey ? positions.keyOf(pointer) : positions.of(pointer), pointer));
  };
  const lineOf = (pointer: string): number => positions.of(pointer)?.line ?? 0;
  const scales = raw.scales ?? {};

  for (const [name, options] of Object.entries(scales)) checkUniqueOptions(options, `/scales/${name}`, error);

  const total = raw.sections.reduce((n, section) => n + section.questions.length, 0);
  if (total > limits.maxQuestions) {
    // Checked before anything else, so an oversized file costs no more work than it has to.
    error('/sections', `the questionnaire has ${total} questions; the limit is ${limits.maxQuestions}`);
    return out;
  }

  const sectionIds = new Map<string, string>();
  const questions = new Map<string, Located>();
  let index = 0;
  raw.sections.forEach((section, s) => {
    const sectionPointer = `/sections/${s}`;
    const firstSection = sectionIds.get(section.id);
    if (firstSection !== undefined) {
      error(`${sectionPointer}/id`, `duplicate section id "${section.id}" (first used at line ${lineOf(firstSection)})`);
    } else sectionIds.set(section.id, `${sectionPointer}/id`);
    checkWeight(section.weight, `${sectionPointer}/weight`, error);

    section.questions.forEach((question, q) => {
      const pointer = questionPointer(s, q);
      const first = questions.get(question.id);
      if (first !== undefined) {
        error(`${pointer}/id`, `duplicate question id "${question.id}" (first used at line ${lineOf(`${first.pointer}/id`)})`);
        return;
      }
      checkWeight(question.weight, `${pointer}/weight`, error);
      const options = checkQuestion(question, pointer, scales, error);
      if (question.blocking) checkBlocking(question, pointer, raw, error);
      // Conditions are checked against the questions seen so far, which is what "only looks backwards" means.
      if (question.when) checkCondition(question.when, `${pointer}/when`, question.id, questions, error, lineOf);
      questions.set(question.id, { question, pointer, index: index++, options });
    });
  });

  checkRatings(raw, error);
  checkProfiles(raw, questions, error);
  checkReferences(raw, error);
  return out;
}

type Report = (pointer: string, message: string, atKey?: boolean) => void;

/**
 * Weights only count relative to each other, but the schema allows any number: 1e308 made the sums
 * and products of scoring overflow to Infinity, so scores came out NaN and priorities broke the
 * report schema. A million to one is far more spread than any questionnaire needs.
 */
export const MAX_WEIGHT = 1_000_000;

function checkWeight(weight: number | undefined, pointer: string, error: Report): void {
  if (weight !== undefined && weight > MAX_WEIGHT) {
    error(pointer, `"weight" must be at most ${MAX_WEIGHT}, not ${weight}; weights only count relative to each other`);
  }
}

function checkUniqueOptions(options: Option[], pointer: string, error: Report): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.value)) error(`${pointer}/${i}/value`, `option value "${option.value}" is used twice in this list`);
    seen.add(option.value);
  });
}

function checkQuestion(question: RawQuestion, pointer: string, scales: Record<string, Option[]>, error: Report): Option[] | undefined {
  const { type } = question;
  const hasOptions = question.options !== undefined;
  const hasScale = question.scale !== undefined;
  const scored = type !== 'text' && (question.weight ?? 1) > 0;
  let options: Option[] | undefined;

  if (type === 'choice' || type === 'multi' || type === 'yes-no') {
    if (hasOptions && hasScale) error(`${pointer}/scale`, `question "${question.id}" has both "scale" and "options"; give one`, true);
    if (hasScale) {
      options = scales[question.scale as string];
      if (!options) {
        const known = Object.keys(scales);
        error(`${pointer}/scale`, `unknown scale ${quoteId(String(question.scale))}${didYouMean(question.scale as string, known)}; ${known.length ? `scales defined: ${known.join(', ')}` : 'no scales are defined'}`);
      }
    } else if (hasOptions) {
      options = question.options;
      checkUniqueOptions(options as Option[], `${pointer}/options`, error);
    } else if (type === 'yes-no') {
      options = YES_NO_OPTIONS;
    } else {
      error(pointer, `${type} question "${question.id}" needs "scale" or "options"`);
    }
    if (options && type === 'yes-no' && (hasOptions || hasScale)) {
      const values = options.map((o) => o.value).sort().join(',');
      if (values !== 'no,yes') error(hasScale ? `${pointer}/scale` : `${pointer}/options`, `the options of yes-no question "${question.id}" must be exactly "yes" and "no"`);
    }
    if (options && scored) {
      const optionsPointer = hasScale ? `${pointer}/scale` : `${pointer}/options`;
      options.forEach((option, i) => {
        if (option.score === undefined) error(hasScale ? optionsPointer : `${optionsPointer}/${i}`, `option "${option.value}" needs a score from 0 to 1 because question "${question.id}" is scored`);
      });
    }
    if (options && type !== 'multi') {
      options.forEach((option, i) => {
        if (option.exclusive && hasOptions) error(`${pointer}/options/${i}/exclusive`, `"exclusive" only applies to multi questions`, true);
      });
    }
  } else {
    if (hasOptions) error(`${pointer}/options`, `${type} questions take no options`, true);
    if (hasScale) error(`${pointer}/scale`, `${type} questions take no scale`, true);
  }

  if (type === 'number') {
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      error(`${pointer}/min`, `"min" (${question.min}) is greater than "max" (${question.max})`);
    }
    question.bands?.forEach((band, i) => {
      if (band.min !== undefined && band.max !== undefined && band.min > band.max) {
        error(`${pointer}/bands/${i}`, `band ${i + 1} has "min" (${band.min}) greater than "max" (${band.max})`);
      }
    });
  } else {
    for (const key of ['bands', 'unit', 'min', 'max'] as const) {
      if (question[key] !== undefined) error(`${pointer}/${key}`, `"${key}" only applies to number questions`, true);
    }
  }
  return options;
}

/**
 * An automatic fail caps the rating when its question has a gap, so it needs a question that can
 * have one (a scored question) and a rating to cap (more than one band).
 */
function checkBlocking(question: RawQuestion, pointer: string, raw: RawQuestionnaire, error: Report): void {
  const at = `${pointer}/blocking`;
  const why =
    question.type === 'text'
      ? 'text questions are never scored'
      : (question.weight ?? 1) === 0
        ? 'it has weight 0, so it is not scored'
        : question.type === 'number' && !question.bands?.length
          ? 'a number question without "bands" is not scored'
          : undefined;
  if (why) {
    error(at, `"blocking" only applies to scored questions, and "${question.id}" is not: ${why}`, true);
  } else if (raw.ratings?.length === 1) {
    error(at, `"blocking" caps the rating at the lowest band, but "ratings" has only one band, so it would change nothing`, true);
  }
}

function checkCondition(
  condition: Condition,
  pointer: string,
  selfId: string,
  earlier: Map<string, Located>,
  error: Report,
  lineOf: (pointer: string) => number,
): void {
  const forms = (['question', 'all', 'any'] as const).filter((k) => k in condition);
  if (forms.length !== 1) {
    error(pointer, forms.length === 0 ? 'a condition needs "question" (with "in" or "notIn"), "all" or "any"' : `a condition takes one of "question", "all" or "any", not ${forms.join(' and ')}`);
    return;
  }
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const list = 'all' in condition ? condition.all : (condition as { any: Condition[] }).any;
    list.forEach((c, i) => checkCondition(c, `${pointer}/${key}/${i}`, selfId, earlier, error, lineOf));
    return;
  }
  const { question: target } = condition;
  const hasIn = condition.in !== undefined;
  const hasNotIn = condition.notIn !== undefined;
  if (hasIn === hasNotIn) {
    error(pointer, hasIn ? 'a condition takes "in" or "notIn", not both' : `the condition on "${target}" needs "in" or "notIn"`);
  }
  if (target === selfId) {
    error(`${pointer}/question`, `question "${selfId}" cannot depend on itself`);
    return;
  }
  const found = earlier.get(target);
  if (!found) {
    error(`${pointer}/question`, `"when" refers to ${quoteId(target)}, which is not an earlier question${didYouMean(target, earlier.keys())}; a condition may only look backwards`);
    return;
  }
  const values = [...(condition.in ?? []), ...(condition.notIn ?? [])];
  const listKey = hasIn ? 'in' : 'notIn';
  const { question, options } = found;
  values.forEach((value, i) => {
    const at = `${pointer}/${listKey}/${i}`;
    if (question.type === 'number') {
      if (typeof value !== 'number') error(at, `"${target}" is a number question, so the condition needs numbers, not ${quoteValue(value)}`);
    } else if (question.type === 'text') {
      if (typeof value !== 'string') error(at, `"${target}" is a text question, so the condition needs text`);
    } else if (options) {
      const v = String(question.type === 'yes-no' ? yesNoValue(value) : value);
      if (!options.some((o) => o.value === v)) {
        error(at, `${quoteValue(value)} is not an option of "${target}"; its options are ${options.map((o) => o.value).join(', ')}`);
      }
    }
  });
}

function checkRatings(raw: RawQuestionnaire, error: Report): void {
  raw.ratings?.forEach((rating, i, all) => {
    const previous = all[i - 1];
    if (previous && rating.min >= previous.min) {
      error(`/ratings/${i}/min`, `ratings must be listed highest "min" first, with no two the same (${rating.min} follows ${previous.min})`);
    }
  });
}

function checkProfiles(raw: RawQuestionnaire, questions: Map<string, Located>, error: Report): void {
  const ids = new Map<string, number>();
  raw.profiles?.forEach((profile, p) => {
    const pointer = `/profiles/${p}`;
    if (ids.has(profile.id)) error(`${pointer}/id`, `duplicate profile id "${profile.id}"`);
    ids.set(profile.id, p);
    for (const [id, required] of Object.entries(profile.requires)) {
      const at = `${pointer}/requires/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      const found = questions.get(id);
      if (!found) {
        error(at, `profile "${profile.id}" requires unknown question ${quoteId(id)}${didYouMean(id, questions.keys())}`, true);
        continue;
      }
      const { question, options } = found;
      if (question.type === 'text' || (question.weight ?? 1) === 0) {
        error(at, `profile "${profile.id}" requires "${id}", which is not scored`, true);
      } else if (question.type === 'number') {
        if (typeof required !== 'number') error(at, `"${id}" is a number question, so the profile needs a number, not ${quoteValue(required)}`);
        else if (!question.bands?.length) error(at, `"${id}" has no bands, so a profile cannot require it`);
      } else if (options) {
        const v = String(question.type === 'yes-no' ? yesNoValue(required) : required);
        if (!options.some((o) => o.value === v)) {
          error(at, `${quoteValue(required)} is not an option of "${id}"; its options are ${options.map((o) => o.value).join(', ')}`);
        }
      }
    }
  });
}

function checkReferences(raw: RawQuestionnaire, error: Report): void {
  const catalog = loadCatalog();
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
