// Properties of loading and scoring, checked on generated input (fast-check). Two families of input:
// anything at all (random text, random bytes, random data of the right and wrong shapes, and valid
// files broken a little), which must come back as diagnostics and never as an exception; and valid
// questionnaires with answers that fit, built from their parts, whose scores must obey the rules of
// SPEC "Scoring". Runs are bounded so these stay a few seconds; PROPERTY_RUNS=5000 (with
// --testTimeout=0) searches harder.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/types.js';
import { InputError } from '../../src/errors.js';
import type { LoadedQuestionnaire } from '../../src/questionnaire/types.js';
import { MAX_WEIGHT } from '../../src/questionnaire/validate-questionnaire.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { decodeText } from '../../src/yaml/read-source.js';
import { answersFromText, loadQuestionnaireText, miniAnswersText, miniText, questionnaireFromText } from '../helpers/load.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const TODAY = '2026-11-23';
const tool = { name: 'cyber-ready', version: 'test' };
const score = (loaded: LoadedQuestionnaire, answers: Answers): Assessment => scoreAssessment(loaded.questionnaire, answers, { today: TODAY, tool });

// ---------------------------------------------------------------------------------------------
// Valid questionnaires and answers, built from their parts.

type QType = 'choice' | 'multi' | 'yes-no' | 'number' | 'text';

/** A question's plan: seeds that become the question once the questions before it are known. */
interface QuestionPlan {
  type: QType;
  optionScores: number[];
  exclusiveLast: boolean;
  bands: { min?: number; max?: number; score: number }[];
  min?: number;
  max?: number;
  weight?: number;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  allowNotApplicable: boolean;
  whenSeed?: number;
  whenNot: boolean;
  answer: 'omit' | 'value' | 'unknown' | 'not-applicable';
  answerSeed: number;
  number: number;
  text: string;
}

interface Plan {
  sections: { weight?: number; questions: QuestionPlan[] }[];
  profileSeeds: number[];
}

const scoreArb = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
// 0 (asked, not scored), the usual small weights, tiny ones and ones up to the largest allowed.
const weightArb = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 0.5),
  fc.double({ min: 0, max: MAX_WEIGHT, noNaN: true }),
  fc.double({ min: Number.MIN_VALUE, max: 1e-200, noNaN: true }),
);
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });

const bandArb = fc.record({ a: fc.option(finite, { nil: undefined }), b: fc.option(finite, { nil: undefined }), score: scoreArb }).map(({ a, b, score }) => {
  const [min, max] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), score };
});

const questionPlanArb: fc.Arbitrary<QuestionPlan> = fc.record({
  type: fc.constantFrom<QType>('choice', 'multi', 'yes-no', 'number', 'text'),
  optionScores: fc.array(scoreArb, { minLength: 1, maxLength: 5 }),
  exclusiveLast: fc.boolean(),
  bands: fc.array(bandArb, { minLength: 0, maxLength: 3 }),
  min: fc.option(fc.double({ min: -100, max: 0, noNaN: true }), { nil: undefined }),
  max: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  weight: fc.option(weightArb, { nil: undefined }),
  severity: fc.option(fc.constantFrom('critical', 'high', 'medium', 'low' as const), { nil: undefined }),
  allowNotApplicable: fc.boolean(),
  whenSeed: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  whenNot: fc.boolean(),
  answer: fc.constantFrom('omit', 'value', 'value', 'value', 'unknown', 'not-applicable'),
  answerSeed: fc.nat(),
  number: fc.double({ min: -100, max: 1e6, noNaN: true }),
  text: fc.string({ maxLength: 20 }),
});

const planArb: fc.Arbitrary<Plan> = fc.record({
  sections: fc.array(fc.record({ weight: fc.option(weightArb, { nil: undefined }), questions: fc.array(questionPlanArb, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
  profileSeeds: fc.array(fc.nat(), { maxLength: 3 }),
});

type Data = Record<string, unknown>;
interface Built {
  questionnaire: Data;
  answers: Data;
}

/** A fresh option value per place, so renaming them all is a bijection. */
const optionValue = (q: number, i: number): string => `o${q}-${i}`;

/** Turn a plan into a questionnaire that must validate, and answers to it that must validate. */
function build(plan: Plan): Built {
  const earlier: { id: string; type: QType; values: (string | number)[] }[] = [];
  const answers: Data = {};
  let n = 0;
  const sections = plan.sections.map((sp, s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    ...(sp.weight !== undefined ? { weight: sp.weight } : {}),
    questions: sp.questions.map((p) => {
      const qn = n++;
      const id = `q${qn}`;
      const question: Data = { id, text: `Question ${qn}?`, type: p.type };
      let values: (string | number)[] = [];
      if (p.type === 'choice' || p.type === 'multi') {
        const options: Data[] = p.optionScores.map((score, i) => ({ value: optionValue(qn, i), label: `Option ${i}`, score }));
        if (p.type === 'multi' && p.exclusiveLast && options.length > 1) (options.at(-1) as Data).exclusive = true;
        question.options = options;
        values = options.map((o) => o.value as string);
      } else if (p.type === 'yes-no') {
        values = ['yes', 'no'];
      } else if (p.type === 'number') {
        if (p.bands.length) question.bands = p.bands;
        if (p.min !== undefined) question.min = p.min;
        if (p.max !== undefined) question.max = p.max;
        // A condition may only name a value the question can be answered with.
        values = [0, 1, 10, 100].filter((v) => (p.min === undefined || v >= p.min) && (p.max === undefined || v <= p.max));
      }
      if (p.weight !== undefined) question.weight = p.weight;
      if (p.severity !== undefined) question.severity = p.severity;
      if (p.allowNotApplicable) question.allowNotApplicable = true;
      const targets = earlier.filter((e) => e.type !== 'text');
      if (p.whenSeed !== undefined && targets.length) {
        const target = targets[p.whenSeed % targets.length] as (typeof targets)[number];
        const list = [target.values[p.whenSeed % target.values.length] as string | number];
        question.when = { question: target.id, [p.whenNot ? 'notIn' : 'in']: list };
      }
      earlier.push({ id, type: p.type, values });

      // An answer that fits the question.
      const pick = <T>(list: readonly T[]): T => list[p.answerSeed % list.length] as T;
      if (p.answer === 'unknown') answers[id] = { status: 'unknown' };
      else if (p.answer === 'not-applicable' && p.allowNotApplicable) answers[id] = { status: 'not-applicable', reason: 'Does not apply here' };
      else if (p.answer === 'value' || p.answer === 'not-applicable') {
        if (p.type === 'choice' || p.type === 'yes-no') answers[id] = pick(values);
        else if (p.type === 'multi') {
          const options = question.options as Data[];
          const chosen = options.filter((_, i) => (p.answerSeed >> i) & 1);
          const exclusive = chosen.find((o) => o.exclusive);
          answers[id] = (exclusive ? [exclusive] : chosen).map((o) => o.value);
        } else if (p.type === 'number') {
          answers[id] = Math.min(p.max ?? Infinity, Math.max(p.min ?? -Infinity, p.number));
        } else answers[id] = p.text === '' ? 'text' : p.text;
      }
      return question;
    }),
  }));
  const scoredChoices = sections.flatMap((s) => s.questions).filter((q) => q.type === 'choice' && (q.weight ?? 1) !== 0);
  const profiles = plan.profileSeeds.length && scoredChoices.length
    ? [{ id: 'baseline', requires: Object.fromEntries(plan.profileSeeds.map((seed) => {
        const q = scoredChoices[seed % scoredChoices.length] as Data;
        const options = q.options as Data[];
        return [q.id as string, (options[seed % options.length] as Data).value];
      })) }]
    : [];
  return {
    questionnaire: { id: 'generated', version: '1.0.0', title: 'Generated', ...(profiles.length ? { profiles } : {}), sections },
    answers: { questionnaire: 'generated', answers },
  };
}

/** Load what `build` made through the real path: YAML text, parseYaml, schema and semantic checks. */
function load(built: Built): { loaded: LoadedQuestionnaire; answers: Answers } {
  const q = questionnaireFromText(stringify(built.questionnaire));
  if (!q.loaded) throw new Error(`generated questionnaire is invalid: ${q.diagnostics.map((d) => d.message).join('; ')}`);
  const a = answersFromText(stringify(built.answers), q.loaded);
  if (!a.answers) throw new Error(`generated answers are invalid: ${a.diagnostics.map((d) => d.message).join('; ')}`);
  return { loaded: q.loaded, answers: a.answers };
}

const assess = (built: Built): Assessment => {
  const { loaded, answers } = load(built);
  return score(loaded, answers);
};

const builtArb = planArb.map(build);

describe('valid questionnaires and answers', () => {
  it('score within bounds: questions in [0, 1], sections and overall in [0, 100] or null; the report fits its schema', () => {
    fc.assert(
      fc.property(builtArb, (built) => {
        const assessment = assess(built);
        for (const q of assessment.questions) if (q.score !== null) expect(q.score >= 0 && q.score <= 1, `${q.id}: ${q.score}`).toBe(true);
        for (const s of [...assessment.sections, assessment.overall]) if (s.score !== null) expect(s.score >= 0 && s.score <= 100, String(s.score)).toBe(true);
        for (const g of assessment.gaps) expect(Number.isFinite(g.priority) && g.priority >= 0, `priority ${g.priority}`).toBe(true);
        expect(schemaErrors('report', JSON.parse(JSON.stringify(assessment)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a fully met question to a section never lowers its score', () => {
    fc.assert(
      fc.property(builtArb, fc.nat(), fc.oneof(fc.constantFrom(1, 3), fc.double({ min: 1e-6, max: MAX_WEIGHT, noNaN: true })), (built, seed, weight) => {
        const before = assess(built);
        const sections = built.questionnaire.sections as { questions: Data[] }[];
        const s = seed % sections.length;
        const withMet: Built = structuredClone(built);
        ((withMet.questionnaire.sections as { questions: Data[] }[])[s] as { questions: Data[] }).questions.push({ id: 'added-met', text: 'Met?', type: 'yes-no', weight });
        (withMet.answers.answers as Data)['added-met'] = 'yes';
        const after = assess(withMet);
        const was = before.sections[s]?.score ?? null;
        const is = after.sections[s]?.score ?? null;
        expect(is).not.toBeNull();
        if (was !== null) expect(is as number).toBeGreaterThanOrEqual(was - 1e-9);
        else expect(is).toBe(100);
      }),
      { numRuns: RUNS },
    );
  });

  it('renaming every section, question and option id consistently changes nothing else', () => {
    const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,5}){0,2}$/);
    fc.assert(
      fc.property(builtArb, fc.uniqueArray(kebab, { minLength: 200, maxLength: 200 }), (built, names) => {
        // Every id made by build() (s0, q3, o3-1), wherever it is written, gets a distinct new name;
        // yes and no are fixed by the format and stay.
        const ids = new Map<string, string>();
        const rename = (id: string): string => {
          if (!/^[sq]\d+$|^o\d+-\d+$/.test(id)) return id;
          if (!ids.has(id)) ids.set(id, names[ids.size] as string);
          return ids.get(id) as string;
        };
        const renameDeep = (v: unknown): unknown => {
          if (Array.isArray(v)) return v.map(renameDeep);
          if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [rename(k), renameDeep(x)]));
          return typeof v === 'string' ? rename(v) : v;
        };
        const renamed = renameDeep(built) as Built;
        const back = new Map([...ids].map(([from, to]) => [to, from]));
        const original = assess(built);
        const other = assess(renamed);
        const summary = (a: Assessment, id: (x: string) => string) => ({
          overall: a.overall,
          sections: a.sections.map((s) => [id(s.id), s.score, s.rating, s.counts]),
          questions: a.questions.map((q) => [id(q.id), q.status, q.included, q.score]),
          gaps: a.gaps.map((g) => [g.rank, id(g.question), g.priority, g.severity, g.score]),
          profiles: a.profiles.map((p) => [p.met, p.total, p.requirements.map((r) => [id(r.question), r.met])]),
          summary: a.summary,
        });
        expect(summary(other, (x) => back.get(x) ?? x)).toEqual(summary(original, (x) => x));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Anything at all: only diagnostics come back.

const miniLoaded = loadQuestionnaireText(miniText());

/** Strange values for a leaf: wrong types, non-finite and huge numbers, controls, deep nesting. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MIN_VALUE, 2 ** 53 + 1, '', '\u001b[31m', '\u0000', '__proto__', 'constructor', 'yes', 'no', true, false, null),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.nat({ max: 100 }).map((d) => JSON.parse(`${'['.repeat(d)}1${']'.repeat(d)}`) as unknown),
);

/** Replace the value found by walking `seeds` down `data` with `value`, or add it as a new key. */
function mutate(data: unknown, seeds: number[], value: unknown, key: string): unknown {
  const copy = structuredClone(data) as unknown;
  let node = copy;
  for (const seed of seeds) {
    if (Array.isArray(node) && node.length) {
      const i = seed % node.length;
      if (seed % 7 === 0 || node[i] === null || typeof node[i] !== 'object') {
        node[i] = value;
        return copy;
      }
      node = node[i];
    } else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      if (!keys.length || seed % 11 === 0) {
        (node as Data)[key] = value;
        return copy;
      }
      const k = keys[seed % keys.length] as string;
      const child = (node as Data)[k];
      if (seed % 5 === 0 || child === null || typeof child !== 'object') {
        (node as Data)[k] = value;
        return copy;
      }
      node = child;
    }
  }
  return value;
}

/** Small edits to text: insert, delete, duplicate a line, or splice in a YAML construct. */
const textEdit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), kind: fc.nat({ max: 4 }), insert: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('\t', '\r', '\n---\n', '&a ', '*a', '!!binary ', '!!js/function ', '? ', '- ', ': ', '{', '[', '"', "'", '\uFEFF', '\u0000', '\\', '#', '<<: ')) });
function editText(text: string, edits: { at: number; length: number; kind: number; insert: string }[]): string {
  let out = text;
  for (const { at, length, kind, insert } of edits) {
    const i = out.length ? at % out.length : 0;
    if (kind === 0) out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 1) {
      const lines = out.split('\n');
      const l = at % lines.length;
      lines.splice(l, 0, lines[l] as string);
      out = lines.join('\n');
    } else out = out.slice(0, i) + insert + out.slice(i);
  }
  return out;
}

/** Questionnaire text: random text, random data, valid questionnaires broken a little. */
const questionnaireTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.anything({ maxDepth: 3 }).map((v) => String(stringify(v) ?? '')),
  fc.tuple(builtArb, fc.array(fc.nat(), { maxLength: 6 }), oddValue, fc.string({ maxLength: 12 })).map(([b, seeds, value, key]) => stringify(mutate(b.questionnaire, seeds, value, key))),
  fc.tuple(builtArb, fc.array(textEdit, { minLength: 1, maxLength: 4 })).map(([b, edits]) => editText(stringify(b.questionnaire), edits)),
  fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => editText(miniText(), edits)),
);

/** Answers data for a questionnaire: its ids and others, with values of every kind and shape. */
const answersDataArb = (ids: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 8 })), fc.oneof(oddValue, fc.record({ value: oddValue, status: fc.oneof(fc.constantFrom('unknown', 'not-applicable'), oddValue), reason: oddValue, note: oddValue, evidence: oddValue, owner: oddValue, reviewBy: fc.oneof(fc.constantFrom('2026-01-01', '2027-02-30'), oddValue) }, { requiredKeys: [] })), { maxKeys: 8 })
      .map((answers) => ({ questionnaire: 'mini', answers })),
    fc.record({ questionnaire: fc.oneof(fc.constant('mini'), oddValue), answers: oddValue, waivers: fc.oneof(oddValue, fc.array(fc.record({ question: fc.oneof(fc.constantFrom(...ids), oddValue), reason: oddValue, expires: fc.oneof(fc.constant('2027-01-01'), oddValue) }, { requiredKeys: [] }), { maxLength: 3 })) }, { requiredKeys: [] }),
  );

const answersTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  answersDataArb([...miniLoaded.questionnaire.questions.keys()]).map((v) => stringify(v)),
  fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => editText(miniAnswersText(), edits)),
);

/** Everything after reading: parse, check, score. Exceptions are the failure; diagnostics are fine. */
function pipeline(questionnaireText: string, answersText: string): void {
  const q = questionnaireFromText(questionnaireText);
  expect(q.loaded !== undefined || q.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  const loaded = q.loaded ?? miniLoaded;
  const a = answersFromText(answersText.replace(/questionnaire: mini\b/, `questionnaire: ${loaded.questionnaire.id}`), loaded);
  expect(a.answers !== undefined || a.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of [...q.diagnostics, ...a.diagnostics]) {
    expect(typeof d.message).toBe('string');
    if (d.line !== undefined) expect(d.line >= 1 && (d.column ?? 1) >= 1).toBe(true);
  }
  if (a.answers) {
    const assessment = score(loaded, a.answers);
    for (const s of [...assessment.sections, assessment.overall]) if (s.score !== null) expect(s.score >= 0 && s.score <= 100).toBe(true);
  }
}

describe('anything at all', () => {
  it('questionnaire and answers text of any kind give diagnostics, never an exception', () => {
    fc.assert(fc.property(questionnaireTextArb, answersTextArb, pipeline), { numRuns: 2 * RUNS });
  });

  it('answers of any shape against a valid generated questionnaire give diagnostics, never an exception', () => {
    fc.assert(
      fc.property(builtArb.chain((b) => fc.tuple(fc.constant(b), answersDataArb(Object.keys(b.answers.answers as Data).concat('q0')))), ([built, answers]) => {
        pipeline(stringify(built.questionnaire), stringify({ ...(answers as Data), questionnaire: 'generated' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('bytes of any kind are text or an InputError, placed when it has a place', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'binary', maxLength: 64 }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]), fc.uint8Array({ maxLength: 32 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
    );
    fc.assert(
      fc.property(bytes, (array) => {
        try {
          expect(typeof decodeText(Buffer.from(array), 'f.yaml')).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          const [d] = (error as InputError).diagnostics;
          // Every one has a place: the bad byte, or 1:1 for a UTF-16 or UTF-32 byte order mark.
          expect(d?.line !== undefined && d.line >= 1 && (d.column ?? 0) >= 1, d?.message).toBe(true);
          if (/UTF-(16|32)/.test(d?.message ?? '')) expect([d?.line, d?.column]).toEqual([1, 1]);
        }
      }),
      { numRuns: 2 * RUNS },
    );
  });
});
