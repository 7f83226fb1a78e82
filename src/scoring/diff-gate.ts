import type { Location } from '../questionnaire/types.js';
import type { ScopeId } from './assessment.js';
import { pluralNoun } from '../text/plural-noun.js';

/**
 * What `--fail-on-regression` fails on. A lower score is not the only way an answer is lost: an
 * answer deleted (or an outcome's indicators taken out, which leaves it unanswered) and a whole
 * system taken off the list each take answers out of every gate of `assess`, and a gate they slip
 * past lets a pull request hide a weakness by removing it. An answer that stops applying (by its
 * `when`, or answered "not applicable" with a reason) is an answer, not a deletion: it is listed,
 * and the change that made it so is judged on its own.
 */
export type RegressionKind = 'regressed' | 'no-longer-answered' | 'system-removed';

export interface RegressionFailure {
  kind: RegressionKind;
  /** The question; null for a removed system. */
  question: string | null;
  /** The system the answer was for (or the system removed); null for the organisation. */
  system: ScopeId;
  message: string;
  /**
   * Where in the later files to look, for `FILE:LINE:COL` lines: a lower answer's entry, an answer
   * no longer answered at its empty entry if it has one, else the top of the file its scope is kept
   * in; a removed system at the later answers file's `systems:` key (the top of that file when it
   * has none).
   */
  location: Location;
}

export interface DiffGateResult {
  id: 'fail-on-regression';
  /** What was asked for, in words. */
  title: string;
  passed: boolean;
  /** The failures counted by kind, in words ("1 answer regressed, 1 critical system removed"). */
  summary: string;
  failures: RegressionFailure[];
}

/** An answer's change as the gate needs it (the diff's QuestionChange has these and more). */
interface AnswerChange {
  question: string;
  system: ScopeId;
  old: { answer: string } | null;
  new: { answer: string } | null;
  newAbsent: 'not-applicable' | 'unanswered' | 'partly-answered' | null;
}

interface GateInputs {
  regressed: readonly AnswerChange[];
  removed: readonly AnswerChange[];
  systems: readonly { id: string; status: 'added' | 'removed' | 'kept' }[];
  systemLabel: string | null;
  systemLabelPlural: string | null;
  /** Where an answer of the later file is (or the top of the file its scope is kept in). */
  placeOf: (question: string | null, system: ScopeId) => Location;
  /** Where the later file lists its systems (its `systems:` key); null when it has none. */
  systemsPlace: Location | null;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const where = (q: AnswerChange, label: string): string => (q.system === null ? '' : ` for ${label} "${q.system}"`);

export function regressionGate(d: GateInputs): DiffGateResult {
  const label = d.systemLabel ?? 'system';
  const lost = d.removed.filter((q) => q.newAbsent === 'unanswered' || q.newAbsent === 'partly-answered');
  const gone = d.systems.filter((s) => s.status === 'removed');
  const failures: RegressionFailure[] = [
    ...d.regressed.map((q): RegressionFailure => ({ kind: 'regressed', question: q.question, system: q.system, message: `"${q.question}"${where(q, label)} scores lower: ${q.old?.answer ?? ''} → ${q.new?.answer ?? ''}`, location: d.placeOf(q.question, q.system) })),
    ...lost.map((q): RegressionFailure => ({ kind: 'no-longer-answered', question: q.question, system: q.system, message: `"${q.question}"${where(q, label)} was answered (${q.old?.answer ?? 'not applicable'}) and is ${q.newAbsent === 'partly-answered' ? 'only partly answered now (not every indicator)' : 'not answered now'}`, location: d.placeOf(q.question, q.system) })),
    ...gone.map((s): RegressionFailure => ({ kind: 'system-removed', question: null, system: s.id, message: `${label} "${s.id}" was assessed and is no longer listed`, location: d.systemsPlace ?? d.placeOf(null, null) })),
  ];
  const parts = [
    ...(d.regressed.length ? [count(d.regressed.length, 'answer regressed', 'answers regressed')] : []),
    ...(lost.length ? [count(lost.length, 'answer no longer answered', 'answers no longer answered')] : []),
    ...(gone.length ? [count(gone.length, `${label} removed`, `${d.systemLabelPlural ?? pluralNoun(label)} removed`)] : []),
  ];
  return {
    id: 'fail-on-regression',
    title: `no answer scores lower or is no longer answered, and no ${label} is removed`,
    passed: failures.length === 0,
    summary: parts.length ? parts.join(', ') : 'nothing regressed',
    failures,
  };
}
