import type { Assessment, ScopeId } from '../scoring/assessment.js';
import type { ReportFormat } from '../report/formats.js';
import { staleResults } from '../report/stale-results.js';

/**
 * SARIF and GitLab place each result at its answer in a file: every gap, and every answer past its
 * review date with no gap of its own (stale-results.ts). Answers read from standard input have no
 * file, so GitLab's report leaves those results out (an empty report reads as "no issues") and
 * SARIF's have no location, which GitHub code scanning requires. Said rather than left silent, in
 * one line for both formats, counting what each of them loses.
 */
export function unplacedWarning(a: Assessment, answersFile: string, formats: readonly ReportFormat[]): string | undefined {
  if (answersFile !== '-') return undefined;
  // A system kept in a file of its own is still read from that file, so its results keep their places.
  const ownFile = new Set(a.systems.filter((s) => s.file !== null).map((s) => s.id));
  const lost = (scopes: readonly ScopeId[]): number => scopes.filter((s) => s === null || !ownFile.has(s)).length;
  const gaps = a.gaps.map((g) => g.system);
  const stale = staleResults(a).map((r) => r.stale.system);
  const gapsLost = lost(gaps);
  const staleLost = lost(stale);
  if (gapsLost + staleLost === 0) return undefined;
  // "all 97 gaps", "2 of the 5 gaps", "the one gap": as many as lost, of how many there are.
  const counted = (n: number, total: number, one: string, many: string): string => (total === 1 ? `the one ${one}` : `${n === total ? 'all' : `${n} of the`} ${total} ${many}`);
  const leftOut = [
    ...(gapsLost > 0 ? [counted(gapsLost, gaps.length, 'gap', 'gaps')] : []),
    ...(staleLost > 0 ? [counted(staleLost, stale.length, 'answer past its review date', 'answers past their review date')] : []),
  ];
  const results = gaps.length + stale.length;
  const effects = [
    ...(formats.includes('gitlab') ? [`the GitLab report leaves out ${leftOut.join(' and ')}`] : []),
    ...(formats.includes('sarif') ? [`${results === 1 ? 'the one SARIF result has' : `${counted(gapsLost + staleLost, results, '', 'SARIF results')} have`} no location, which GitHub code scanning needs`] : []),
  ];
  return effects.length ? `answers read from standard input have no file to point at, so ${effects.join(', and ')}; give the answers file with --answers FILE` : undefined;
}
