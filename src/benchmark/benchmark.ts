import type { Question, Questionnaire } from '../questionnaire/types.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import { isSharedGap } from '../share/shared-gap.js';
import type { SharedAnswer, ShareExtract } from '../share/types.js';
import { assessedPeriod } from './assessed-period.js';
import { careNotes, type SystemWords } from './care-notes.js';
import { dedupeByLabel, sameCouncil } from './dedupe.js';
import { commonQuestionnaire } from './group.js';
import { distribution, percentileRank, type Distribution } from './stats.js';
import type { AutomaticFails, BenchmarkResult, Highlight, LabelledExtract, QuestionBenchmark, SectionBenchmark, SpreadEntry } from './types.js';

export interface BenchmarkOptions {
  /** No statistic over fewer contributions than this (SPEC: default 5). */
  minGroup: number;
  /** The council to place in each distribution; counted in the group if its label is not already there. */
  highlight?: LabelledExtract;
  /** For titles, texts and option labels; null when it could not be loaded (ids are shown instead). */
  questionnaire: Questionnaire | null;
  /** What was set aside before these inputs (blank extracts, one assessment given twice), one sentence each, naming no file. */
  setAside?: readonly string[];
  /** The month (YYYY-MM) the benchmark is made in: a later month assessed is not taken as the newest, nor as a council's later return, nor in the range of months assessed. */
  thisMonth?: string;
}

/** "Don't know" and "not applicable" are answers a forum wants counted beside the options. */
const STATUS_SPREAD = [
  ['unknown', "Don't know"],
  ['not-applicable', 'Not applicable'],
] as const;

/** One council's data, indexed once so each statistic is a lookup (400 councils must take well under 2 s). */
interface Indexed {
  extract: ShareExtract;
  sections: Map<string, number | null>;
  answers: Map<string, SharedAnswer[]>;
}

function index(extract: ShareExtract): Indexed {
  const answers = new Map<string, SharedAnswer[]>();
  for (const a of extract.answers) {
    const list = answers.get(a.question);
    if (list) list.push(a);
    else answers.set(a.question, [a]);
  }
  return { extract, sections: new Map(extract.sections.map((s) => [s.id, s.score])), answers };
}

const counts = (status: SharedAnswer['status']): boolean => status === 'answered' || status === 'unknown';

/** A council's score on a question, 0-100: its answer's, or the mean over its systems' answers. */
function questionScore(answers: readonly SharedAnswer[] | undefined): number | null {
  let sum = 0;
  let n = 0;
  for (const a of answers ?? []) {
    if (!counts(a.status) || a.score === null) continue;
    sum += a.score;
    n += 1;
  }
  return n === 0 ? null : (100 * sum) / n;
}

/** A council falls short on a question when any of its answers to it (one per system) is a gap, as the cap counts them (unanswered too). */
const fallsShort = (answers: readonly SharedAnswer[] | undefined): boolean => (answers ?? []).some(isSharedGap);

/**
 * How many councils an automatic fail holds at the lowest rating: null when nothing in the
 * questionnaire (or, without it, in the extracts) can cap a rating, so other questionnaires' reports
 * do not speak of it.
 */
function automaticFails(questionnaire: Questionnaire | null, group: readonly Indexed[]): AutomaticFails | null {
  const councils = group.filter((c) => c.extract.overall.automaticFails > 0).length;
  const canCap = questionnaire ? [...questionnaire.questions.values()].some((q) => q.blocking) : councils > 0;
  return canCap ? { councils, rating: questionnaire?.ratings.at(-1)?.label ?? null } : null;
}

function place(values: number[], own: number | null | undefined, stats: Distribution | null): Highlight {
  const score = own ?? null;
  return { score, percentile: stats && score !== null ? percentileRank(score, values) : null };
}

interface QuestionShape {
  id: string;
  section: string | null;
  text: string;
  scope: 'organisation' | 'system';
  /** Whether answers are values to count (options, statuses), not numbers or text: the kind says (QuestionKind.tallied). */
  counted: boolean;
  scored: boolean;
  blocking: boolean;
  labels: Map<string, string>;
}

const shapeOf = (q: Question): QuestionShape => ({
  id: q.id,
  section: q.sectionId,
  text: q.text,
  scope: q.scope,
  counted: kindOf(q).tallied,
  scored: q.scored,
  blocking: q.blocking,
  labels: new Map(q.options.map((o) => [o.value, o.label])),
});

/** Questions in questionnaire order, then any the extracts have that it does not (an older minor version). */
function questionShapes(questionnaire: Questionnaire | null, group: readonly Indexed[]): QuestionShape[] {
  const shapes = new Map<string, QuestionShape>();
  for (const q of questionnaire?.questions.values() ?? []) shapes.set(q.id, shapeOf(q));
  for (const { extract } of group) {
    for (const a of extract.answers) {
      let shape = shapes.get(a.question);
      if (!shape) {
        shape = { id: a.question, section: null, text: a.question, scope: 'organisation', counted: true, scored: false, blocking: false, labels: new Map() };
        shapes.set(a.question, shape);
      }
      if (questionnaire?.questions.has(a.question)) continue;
      // Without the questionnaire there is no kind to ask: what the answers are says what the
      // question is. A number is a measure, not a category; text is never shared (its value is null).
      if (a.system !== null) shape.scope = 'system';
      if (typeof a.value === 'number') shape.counted = false;
      if (a.score !== null) shape.scored = true;
    }
  }
  return [...shapes.values()];
}

function sectionShapes(questionnaire: Questionnaire | null, group: readonly Indexed[]): { id: string; title: string; scope: 'organisation' | 'system' }[] {
  const shapes = new Map<string, { id: string; title: string; scope: 'organisation' | 'system' }>();
  for (const s of questionnaire?.sections ?? []) shapes.set(s.id, { id: s.id, title: s.title, scope: s.scope });
  for (const { extract } of group) {
    for (const s of extract.sections) if (!shapes.has(s.id)) shapes.set(s.id, { id: s.id, title: s.id, scope: 'organisation' });
    for (const sys of extract.systems) for (const s of sys.sections) if (!questionnaire) shapes.set(s.id, { id: s.id, title: s.id, scope: 'system' });
  }
  return [...shapes.values()];
}

function spreadOf(shape: QuestionShape, group: readonly Indexed[]): SpreadEntry[] {
  const tally = new Map<string, number>();
  // Options first, worst first as the questionnaire lists them, so every option shows, even at 0.
  for (const value of shape.labels.keys()) tally.set(value, 0);
  for (const [status] of STATUS_SPREAD) tally.set(status, 0);
  const add = (value: string): void => void tally.set(value, (tally.get(value) ?? 0) + 1);
  for (const council of group) {
    for (const a of council.answers.get(shape.id) ?? []) {
      if (a.status === 'answered') {
        if (Array.isArray(a.value)) a.value.forEach(add);
        else if (typeof a.value === 'string') add(a.value);
      } else if (a.status !== 'unanswered') add(a.status);
    }
  }
  const statusLabels = new Map<string, string>(STATUS_SPREAD);
  return [...tally].map(([value, count]) => ({ value, label: shape.labels.get(value) ?? statusLabels.get(value) ?? value, count }));
}

const statusAnswer = (status: SharedAnswer['status']): { value: string; answer: string } => ({
  value: status,
  answer: new Map<string, string>(STATUS_SPREAD).get(status) ?? (status === 'unanswered' ? 'Not answered' : status),
});

function describeValue(shape: QuestionShape, answers: readonly SharedAnswer[] | undefined): { value: string | null; answer: string | null } {
  if (!answers?.length) return { value: null, answer: null };
  const a = answers[0] as SharedAnswer;
  if (shape.scope === 'system') {
    // Its figure is the mean over its systems, which no one answer says. Where none of them counts
    // and all say one status (not applicable to every system), that status is its answer, as an
    // organisation question's is: "no answer" said a council that answered was silent.
    const alike = !answers.some((x) => counts(x.status)) && answers.every((x) => x.status === a.status);
    return alike ? statusAnswer(a.status) : { value: null, answer: null };
  }
  if (a.status !== 'answered') return statusAnswer(a.status);
  // A text answer's words never leave the council (the extract has none): say only that it answered.
  if (a.value === null) return { value: null, answer: 'Answered (its text is not shared)' };
  const values = Array.isArray(a.value) ? a.value : [String(a.value)];
  return { value: values.join(', '), answer: values.map((v) => shape.labels.get(v) ?? v).join(', ') };
}

/** The questionnaire's words for a system; "system" and "systems" when it is not at hand. */
const systemWords = (questionnaire: Questionnaire | null): SystemWords =>
  questionnaire?.systemScoped ? { label: questionnaire.systemLabel, plural: questionnaire.systemLabelPlural } : { label: 'system', plural: 'systems' };

/**
 * Compare many councils' extracts of one questionnaire (SPEC "v2: sharing, benchmarking"): per
 * section and per question, how many answered, median and quartiles of the score, and the spread of
 * answers; no statistic over fewer than `minGroup` contributions. Pure: the command reads the files,
 * checks they answer one questionnaire and that there are enough, and writes the result.
 */
export function benchmark(inputs: readonly LabelledExtract[], options: BenchmarkOptions): BenchmarkResult {
  const apart = options.highlight && !inputs.includes(options.highlight) ? options.highlight : undefined;
  const { kept, warnings } = dedupeByLabel(apart ? [...inputs, apart] : inputs, { thisMonth: options.thisMonth, ...(apart ? { highlight: apart } : {}) });
  const group = kept.map((x) => index(x.extract));
  const mine = options.highlight;
  // Its own contribution, or the one that counts for its council (a later return under another label).
  const highlighted = mine ? (kept.find((x) => x === mine) ?? kept.find((x) => sameCouncil(x, mine)) ?? null) : null;
  const own = highlighted ? group[kept.indexOf(highlighted)] : undefined;
  const { minGroup, questionnaire } = options;
  const withheld = (values: number[]): Distribution | null => (values.length >= minGroup ? distribution(values) : null);

  // A council that lists no systems has an overall of the organisation's sections alone: ranked
  // beside overalls that hold every system's weaknesses it would stand high for leaving them out.
  const systemScoped = questionnaire ? questionnaire.systemScoped : group.some((c) => c.extract.systems.length > 0);
  const wholeOverall = (c: Indexed): boolean => !systemScoped || c.extract.systems.length > 0;
  const overallValues = group.flatMap((c) => (c.extract.overall.score === null || !wholeOverall(c) ? [] : [c.extract.overall.score]));
  const overallStats = withheld(overallValues);

  const sections: SectionBenchmark[] = sectionShapes(questionnaire, group).map((shape) => {
    const values = group.flatMap((c) => {
      const score = c.sections.get(shape.id);
      return score === undefined || score === null ? [] : [score];
    });
    const stats = withheld(values);
    return { ...shape, n: values.length, stats, ...(own ? { highlight: place(values, own.sections.get(shape.id), stats) } : {}) };
  });

  const questions: QuestionBenchmark[] = questionShapes(questionnaire, group).map((shape) => {
    let answered = 0;
    let notApplicable = 0;
    const values: number[] = [];
    for (const council of group) {
      const answers = council.answers.get(shape.id);
      if (answers?.some((a) => counts(a.status))) answered += 1;
      else if (answers?.length && answers.every((a) => a.status === 'not-applicable')) notApplicable += 1;
      const score = shape.scored ? questionScore(answers) : null;
      if (score !== null) values.push(score);
    }
    const stats = withheld(values);
    const spread = shape.counted && answered >= minGroup ? spreadOf(shape, group) : null;
    const failing = shape.blocking && answered >= minGroup ? group.filter((c) => fallsShort(c.answers.get(shape.id))).length : null;
    const result: QuestionBenchmark = { id: shape.id, section: shape.section, text: shape.text, scope: shape.scope, answered, notApplicable, stats, spread, blocking: shape.blocking, failing };
    if (own) {
      const answers = own.answers.get(shape.id);
      result.highlight = { ...place(values, shape.scored ? questionScore(answers) : null, stats), ...describeValue(shape, answers) };
    }
    return result;
  });

  const common = commonQuestionnaire(kept);
  return {
    kind: 'cyber-ready-benchmark',
    schemaVersion: 1,
    questionnaire: { id: common?.id ?? questionnaire?.id ?? '', version: `${common?.major ?? '?'}.x`, title: questionnaire?.title ?? null, systemLabel: questionnaire?.systemScoped ? questionnaire.systemLabel : null, systemLabelPlural: questionnaire?.systemScoped ? questionnaire.systemLabelPlural : null },
    contributions: kept.length,
    assessed: assessedPeriod(kept, options.thisMonth),
    minGroup,
    labels: kept.map((x) => x.label),
    highlighted: highlighted?.label ?? null,
    overall: {
      n: overallValues.length,
      stats: overallStats,
      automaticFails: automaticFails(questionnaire, group),
      ...(own ? { highlight: { score: own.extract.overall.score, percentile: wholeOverall(own) ? place(overallValues, own.extract.overall.score, overallStats).percentile : null, rating: own.extract.overall.rating, automaticFails: own.extract.overall.automaticFails, systems: own.extract.systems.length } } : {}),
    },
    sections,
    questions,
    warnings: careNotes(kept, [...(options.setAside ?? []), ...warnings.map((w) => w.note)], options.thisMonth, systemScoped ? systemWords(questionnaire) : null),
  };
}
