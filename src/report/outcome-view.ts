// What every report says about outcome questions (SPEC "v2: questions answered by indicators"),
// computed once from the assessment so that text, markdown and the machine formats agree.
import { namesOutcome, type Catalog } from '../frameworks/catalog.js';
import { statusWords } from '../questionnaire/outcome.js';
import type { Assessment, Gap, OutcomeResult, QuestionResult, ScopeId } from '../scoring/assessment.js';
import { countNoun } from '../text/plural-noun.js';

/**
 * A short label for an outcome: the id of the first reference that names a framework's outcome (the
 * CAF's "A2.b"), else '' and the outcome is shown by its words, as any other question is. Another
 * reference's id ("risk-management" in the NCSC 10 Steps) names a topic, not this outcome, and the
 * question id is what the papers already give in brackets: either read as nonsense in front of it.
 */
export function outcomeLabel(q: { references: string[] }, catalog: Catalog): string {
  const named = q.references.find((r) => namesOutcome(r, catalog));
  return named ? named.slice(named.indexOf(':') + 1) : '';
}

/** An outcome's short name, its words before the colon ("Backups"): its full words fill a line. */
export const outcomeName = (text: string): string => (text.includes(':') ? text.slice(0, text.indexOf(':')) : text);

/** An outcome's words after its label when it has one: "B5.c Backups", or "Backups". */
export const labelled = (label: string, text: string): string => (label ? `${label} ${text}` : text);

/** No indicator of the outcome has a value yet: "not answered", not a status "so far". */
export const nothingIndicated = (o: OutcomeResult): boolean => !o.indicators.some((i) => i.value !== null);

/** "partially achieved", "achieved (confirmed; the indicators say partially achieved)", … */
export function outcomeStatusText(q: QuestionResult): string {
  const o = q.outcome;
  if (!o) return q.answer;
  if (q.status === 'not-applicable') return 'not applicable';
  if (q.status === 'unknown') return "don't know";
  // Nothing answered at all is "not answered", as the JSON report and the systems matrix say, not a
  // status "so far" that no answer supports.
  if (q.status === 'unanswered' && !o.confirmed && nothingIndicated(o)) return 'not answered';
  const shown = o.confirmed ?? o.derived;
  const base = statusWords(shown);
  if (!o.complete) return `${base} so far (not every indicator answered)`;
  const note = confirmedNote(o);
  if (note) return `${base} (${note})`;
  return o.confirmed ? `${base} (confirmed)` : base;
}

/**
 * How the status the assessor confirmed differs from what the indicators show, in words; null when it
 * does not (SPEC: "confirmed above what the indicators support", "confirmed without indicators").
 */
export function confirmedNote(o: OutcomeResult): string | null {
  if (o.withoutIndicators) return 'confirmed without indicators';
  if (o.confirmed && o.confirmed !== o.derived) return `confirmed${o.confirmedAbove ? ' above what the indicators support' : ''}; the indicators say ${statusWords(o.derived)}`;
  return null;
}

/** Confirmed at a lower status than the indicators show, with indicators answered. */
export const confirmedBelow = (o: OutcomeResult): boolean => o.confirmed !== null && !o.withoutIndicators && !o.confirmedAbove && o.confirmed !== o.derived;

/** Lines saying what a gap on an outcome still needs: the unmet indicators, with their comments. */
export function missingLines(gap: Gap): string[] {
  return gap.missing.map((m) => `${m.id} ${m.text}${m.comment ? ` (comment: ${m.comment})` : ''}`);
}

export interface OutcomeRow {
  question: string;
  label: string;
  text: string;
  status: string;
  /** Profile ids whose requirement on this outcome is not met, with what they need. */
  belowProfiles: { profile: string; needs: string }[];
}

/**
 * The organisation's outcomes by section (the CAF's principles), with statuses and profile
 * shortfalls: the assessor's view. A system's outcomes are in the matrix by system (system-view.ts).
 */
export function outcomeMatrix(a: Assessment, catalog: Catalog): { section: string; title: string; rows: OutcomeRow[] }[] {
  const outcomes = a.questions.filter((q) => q.system === null && (q.outcome !== null || (q.type === 'outcome' && q.status === 'not-applicable')));
  if (!outcomes.length) return [];
  const unmet = new Map<string, { profile: string; needs: string }[]>();
  for (const p of a.profiles) {
    for (const r of p.requirements.filter((x) => !x.met && x.system === null)) {
      const list = unmet.get(r.question) ?? [];
      list.push({ profile: p.id, needs: r.requiredLabel.toLowerCase() });
      unmet.set(r.question, list);
    }
  }
  return a.sections
    .map((s) => ({
      section: s.id,
      title: s.title,
      rows: outcomes
        .filter((q) => q.section === s.id)
        .map((q) => ({ question: q.id, label: outcomeLabel(q, catalog), text: q.text, status: outcomeStatusText(q), belowProfiles: unmet.get(q.id) ?? [] })),
    }))
    .filter((s) => s.rows.length > 0);
}

/** Outcomes whose answers contradict each other, with the indicators at fault. */
export function contradictions(a: Assessment): { question: string; system: ScopeId; indicators: { id: string; text: string }[] }[] {
  return a.questions
    .filter((q) => q.outcome && q.outcome.contradictions.length)
    .map((q) => ({
      question: q.id,
      system: q.system,
      indicators: (q.outcome?.indicators ?? []).filter((i) => q.outcome?.contradictions.includes(i.id)).map((i) => ({ id: i.id, text: i.text })),
    }));
}

/** An indicator's words as a sentence, so that several read one after another without ".;". */
export const asSentence = (text: string): string => (/[.!?\u2026]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`);

/** Indicators answered "don't know", by outcome: things someone has to find out, so each with its words. */
export function unknownIndicators(a: Assessment): { question: string; system: ScopeId; indicators: { id: string; text: string }[] }[] {
  return a.questions
    .map((q) => ({
      question: q.id,
      system: q.system,
      indicators: (q.outcome?.indicators ?? []).filter((i) => i.value === 'unknown').map((i) => ({ id: i.id, text: i.text })),
    }))
    .filter((x) => x.indicators.length > 0);
}

/**
 * An outcome left incomplete says how far it got and what it scores as so far ("1 of 2 indicators
 * answered: not achieved so far"); any other unanswered question has nothing more to say.
 */
export function partlyAnswered(result: QuestionResult | undefined): string {
  const o = result?.outcome;
  const answered = o?.indicators.filter((i) => i.value !== null).length ?? 0;
  return o && answered ? `${answered} of ${countNoun(o.indicators.length, 'indicator')} answered: ${statusWords(o.confirmed ?? o.derived)} so far` : '';
}
