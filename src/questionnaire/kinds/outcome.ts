import { givenText } from '../../text/given-text.js';
import { keyScalar } from '../../yaml/yaml-scalar.js';
import { escapeInline } from '../../text/markdown.js';
import { quoteId } from '../../text/odd-characters.js';
import { suggestUnused } from '../../text/suggest.js';
import {
  COLUMN_LABEL,
  INDICATOR_COLUMNS,
  STATUS_SCORE,
  contradictionsOf,
  deriveStatus,
  everyIndicatorAnswered,
  statusesOf,
  type Indicator,
  type IndicatorColumn,
  type IndicatorValue,
  type OutcomeStatus,
} from '../outcome.js';
import type { RawQuestion } from '../raw.js';
import type { Option, Scalar } from '../types.js';
import type { QuestionKind } from './kind.js';
import { childKey, no, ok, refuseForeign, shareAsIs, sharedOption, show } from './shared.js';

/** The indicators of a questionnaire entry, flattened in column order. */
export function indicatorsOf(raw: RawQuestion): Indicator[] {
  return INDICATOR_COLUMNS.flatMap((column) => (raw.indicators?.[column] ?? []).map((i) => ({ id: i.id, text: i.text, column })));
}

/**
 * How each column bears on the status, in words for `show`, as deriveStatus decides it (SPEC "v2:
 * questions answered by indicators"): achieved first, then partially achieved; not-achieved
 * indicators set nothing, and one that is true beside a higher status is a contradiction.
 */
const HOW_REACHED: Record<IndicatorColumn, string> = {
  'not-achieved': 'signs (these do not set the status; one that is true beside a higher status is reported as a contradiction)',
  'partially-achieved': 'when all of these are true, but not all the achieved ones',
  achieved: 'when all of these are true',
};

const statusOptions = (indicators: Indicator[]): Option[] => statusesOf(indicators).map((s) => ({ value: s, label: COLUMN_LABEL[s], score: STATUS_SCORE[s] }));

const isStatus = (v: unknown): v is OutcomeStatus => typeof v === 'string' && (INDICATOR_COLUMNS as readonly string[]).includes(v);

/** Each question's indicators by id, made once per question rather than once per answer (and per system). */
const indexes = new WeakMap<readonly Indicator[], Map<string, Indicator>>();
function indicatorIndex(indicators: readonly Indicator[]): Map<string, Indicator> {
  let index = indexes.get(indicators);
  if (!index) {
    index = new Map(indicators.map((i) => [i.id, i]));
    indexes.set(indicators, index);
  }
  return index;
}

/** true/false, yes/no in any case, or unknown; undefined when it is none of them. */
function indicatorValue(v: Scalar | null): IndicatorValue | null | undefined {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  const t = String(v).toLowerCase();
  return t === 'yes' || t === 'true' ? true : t === 'no' || t === 'false' ? false : t === 'unknown' ? 'unknown' : undefined;
}

/**
 * An outcome of the NCSC CAF: answered by its indicators of good practice, its status derived by
 * the CAF's rule, optionally confirmed (or overridden, with a justification) by the assessor.
 */
export const outcomeKind: QuestionKind = {
  type: 'outcome',
  checkEntry(raw, ctx) {
    refuseForeign(raw, ctx, ['options', 'number']);
    if (!raw.indicators) {
      ctx.error(ctx.pointer, `outcome question "${raw.id}" needs "indicators" with at least one achieved indicator`);
      return undefined;
    }
    if (!raw.indicators.achieved?.length) ctx.error(`${ctx.pointer}/indicators`, `outcome question "${raw.id}" needs at least one "achieved" indicator`);
    return statusOptions(indicatorsOf(raw));
  },
  options: (raw) => statusOptions(indicatorsOf(raw)),
  scores: () => true,
  readAnswer(question, entry, at, report) {
    const indicators = question.indicators ?? [];
    const byId = indicatorIndex(indicators);
    if (at.entry === at.value) {
      // An empty entry ("o-one:") is not answered yet, as for every other kind: the template says to
      // leave an answer empty until it is known, and SARIF places an unanswered gap at that entry.
      if (entry.value === null || entry.value === undefined) return 'empty';
      const example = indicators.filter((i) => i.column === 'achieved').slice(0, 2).map((i, n) => `${keyScalar(i.id)}: ${n === 0}`).join(', ');
      report.error(at.entry, `"${question.id}" is an outcome, answered by its indicators rather than one value: under it write indicators: { ${example || 'ID: true'}, ... }`);
      return 'invalid';
    }
    if (entry.value !== undefined && entry.value !== null) {
      report.error(`${at.entry}/value`, `"${question.id}" is an outcome: answer its indicators, or give "confirmed" with a "justification", instead of a value`, true);
      return 'invalid';
    }
    let valid = true;
    const values = new Map<string, IndicatorValue>();
    const unknownKey = (pointer: string, id: string, mapping: object): void => {
      const guess = report.hinting?.() === false ? undefined : suggestUnused(id, byId.keys(), mapping);
      // Quoted as an id: a key that differs from an indicator only by an invisible or look-alike
      // character names that character (SPEC "v2: writing files safely"), rather than showing twice alike.
      report.error(pointer, `${quoteId(id)} is not an indicator of "${question.id}"${guess ? `; did you mean "${guess}"?` : ''}`, true);
      valid = false;
    };
    // Thousands of indicators in an assessment with many critical systems: no pair arrays, and a
    // pointer only for an indicator there is something to say about.
    const given = entry.indicators ?? {};
    for (const id in given) {
      if (!byId.has(id)) {
        unknownKey(`${at.entry}/indicators/${childKey(id)}`, id, given);
        continue;
      }
      const raw = given[id] as Scalar | null;
      const value = typeof raw === 'boolean' ? raw : indicatorValue(raw);
      if (value === undefined) {
        report.error(`${at.entry}/indicators/${childKey(id)}`, `indicator "${id}" takes true, false or unknown, not ${show(raw)}`);
        valid = false;
      } else if (value !== null) values.set(id, value);
    }
    const comments = new Map<string, string>();
    const notes = entry.comments ?? {};
    for (const id in notes) {
      if (!byId.has(id)) unknownKey(`${at.entry}/comments/${childKey(id)}`, id, notes);
      else if (givenText(notes[id]) !== undefined) comments.set(id, notes[id]!);
    }
    const derived = deriveStatus(indicators, values);
    let confirmed: OutcomeStatus | undefined;
    if (entry.confirmed !== undefined) {
      const statuses = statusesOf(indicators);
      if (!isStatus(entry.confirmed) || !statuses.includes(entry.confirmed)) {
        report.error(`${at.entry}/confirmed`, `${show(entry.confirmed)} is not a status of "${question.id}"; choose one of ${statuses.join(', ')}`);
        valid = false;
      } else confirmed = entry.confirmed;
    }
    if (confirmed !== undefined && confirmed !== derived && !entry.justification?.trim()) {
      const base = values.size === 0 ? 'without indicators' : `while its indicators derive "${derived}"`;
      report.error(`${at.entry}/confirmed`, `"${question.id}" is confirmed "${confirmed}" ${base}: add a "justification" saying why`);
      valid = false;
    }
    if (entry.justification !== undefined && entry.confirmed === undefined) {
      report.error(`${at.entry}/justification`, `a "justification" goes with "confirmed"; say which status it justifies`, true);
      valid = false;
    }
    if (!valid) return 'invalid';
    if (values.size === 0 && confirmed === undefined) return 'empty';
    for (const indicator of contradictionsOf(indicators, values, derived)) {
      report.warn(`${at.entry}/indicators/${childKey(indicator.id)}`, `indicator "${indicator.id}" (not achieved) is true, yet the indicators derive "${derived}" for "${question.id}": one of the answers is wrong`, true);
    }
    // SPEC: complete when every indicator has a value, or when confirmed with a justification.
    const complete = everyIndicatorAnswered(indicators, values) || (confirmed !== undefined && Boolean(entry.justification?.trim()));
    return {
      value: confirmed ?? derived,
      outcome: {
        indicators: values,
        comments,
        ...(confirmed !== undefined ? { confirmed } : {}),
        ...(entry.justification !== undefined ? { justification: entry.justification } : {}),
        derived,
        complete,
      },
    };
  },
  sharedValue: (question, value) => sharedOption(question, value, 'status'),
  shareValue: shareAsIs,
  tallied: true,
  conditionVerb: 'is',
  // An outcome whose indicators are partly answered is shared as unanswered with the status they give.
  scoresUnfinished: true,
  listedValue(question, options, value, what) {
    const v = String(value);
    // No statuses at all: the entry's own error ("needs indicators") says what is wrong.
    if (!options?.length || options.some((o) => o.value === v)) return ok(v);
    if (v === 'partially-achieved' && options) return no(`"${question.id}" has no partially-achieved indicators, so a ${what} may name only ${options.map((o) => o.value).join(' or ')}`);
    return no(`${show(value)} is not a status of "${question.id}"; its statuses are ${(options ?? []).map((o) => o.value).join(', ')}`);
  },
  matches: (value, listed) => value === listed,
  score: (_question, value) => (isStatus(value) ? STATUS_SCORE[value] : 0),
  describe: (_question, value) => (isStatus(value) ? COLUMN_LABEL[value] : String(value)),
  requirement: (_question, required) => ({ score: isStatus(required) ? STATUS_SCORE[required] : 1, label: isStatus(required) ? COLUMN_LABEL[required] : String(required) }),
  template(q) {
    const indicators = q.indicators ?? [];
    const body = ['    indicators:'];
    for (const column of INDICATOR_COLUMNS) {
      const own = indicators.filter((i) => i.column === column);
      if (!own.length) continue;
      body.push(`      # ${COLUMN_LABEL[column]}: true when the statement holds`);
      for (const i of own) body.push(`      # ${i.text}`, `      ${keyScalar(i.id)}:`);
    }
    return {
      hints: [`Answer each indicator true, false or unknown; the status is derived from them (${statusesOf(indicators).join(', ')}).`, 'Optional: comments: { ID: ... }, and confirmed: STATUS with a justification when you record another status.'],
      body,
    };
  },
  markdown(q) {
    const out: string[] = [];
    const indicators = q.indicators ?? [];
    for (const column of INDICATOR_COLUMNS) {
      const own = indicators.filter((i) => i.column === column);
      if (!own.length) continue;
      out.push(`**${COLUMN_LABEL[column]}** ${HOW_REACHED[column]}:`, '');
      // Escaped once: through safeMarkdown as well, "&" showed as "&amp;".
      for (const i of own) out.push(`- \`${i.id}\` ${escapeInline(i.text).trim()}`);
      out.push('');
    }
    // The rest of the rule deriveStatus applies, which the columns alone do not say.
    out.push(`Otherwise **not achieved**. An indicator answered "don't know", or not answered, counts as not true.`, '');
    return out;
  },
  prompt: () => ({ form: 'indicators' }),
};
