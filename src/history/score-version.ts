import { checkAnswers, namedQuestionnaire } from '../answers/load-answers.js';
import { systemRefs } from '../answers/system-refs.js';
import type { SystemFile } from '../answers/validate-answers.js';
import { errorAt, formatDiagnostic, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { majorOf } from '../questionnaire/version-order.js';
import { validateSchema } from '../schema/validate-schema.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { countUnanswered } from '../scoring/unanswered-count.js';
import { conflictMarkerError } from '../yaml/conflict-markers.js';
import { parseYaml, type ParsedYaml } from '../yaml/load-yaml.js';
import type { TrendVersion } from './types.js';
import { pushAll } from '../text/spread-free.js';

/** A file's content at a commit, or why it could not be had (missing, binary, too large, a link). */
export type Blob = { text: string } | { problem: string };

/** A committed version of the answers file, parsed, with what it needs from the same commit. */
export interface ParsedVersion {
  commit: string;
  date: string;
  path: string;
  parsed: ParsedYaml | null;
  /** Why it could not be parsed at all (unreadable blob); else null. */
  problem: string | null;
  /** The organisation it names, when it names one. */
  organisation: string | null;
  /** The questionnaire it names, by id, when the id is well formed. */
  named: { id: string; version: string | null } | null;
  /** Its systems' `file:` values, each a path relative to the answers file's folder. */
  systemFiles: string[];
}

/** What the history keeps of a version while it is not being scored: all but its parsed document. */
export type VersionInfo = Omit<ParsedVersion, 'parsed'>;

/** Read one version's text: parse it and find what else it needs (questionnaire, system files). */
export function parseVersion(commit: string, date: string, path: string, blob: Blob): ParsedVersion {
  const base = { commit, date, path, organisation: null, named: null, systemFiles: [] };
  if ('problem' in blob) return { ...base, parsed: null, problem: blob.problem };
  // As a file in the work tree is refused (read-source.ts), in words for a version nobody edits now.
  const conflict = conflictMarkerError(blob.text, path, true);
  if (conflict) return { ...base, parsed: null, problem: formatDiagnostic(conflict) };
  const parsed = parseYaml(blob.text, path);
  if (parsed.data === undefined) return { ...base, parsed, problem: oneLine(parsed.diagnostics) };
  const id = namedQuestionnaire(parsed);
  const { questionnaireVersion: version, organisation } = parsed.data as { questionnaireVersion?: unknown; organisation?: unknown };
  return {
    ...base,
    parsed,
    problem: null,
    organisation: typeof organisation === 'string' && organisation.trim() !== '' ? organisation.trim() : null,
    named: id === undefined ? null : { id, version: typeof version === 'string' ? version : null },
    systemFiles: systemRefs(parsed).refs.map((r) => r.ref),
  };
}

/** The first error (they are sorted by place), and how many more there are. */
function oneLine(diagnostics: Diagnostic[]): string {
  const errors = sortDiagnostics(diagnostics).filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return 'could not be read';
  return `${formatDiagnostic(first)}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`;
}

/** A system file parsed and checked against the answers schema as its reader does: the file, or why it cannot be used. */
export interface CheckedSystemFile {
  file?: SystemFile;
  diagnostics: Diagnostic[];
}

/**
 * Parse and check a system file read from a commit. The result depends on its text and name alone,
 * so a reader of many versions may keep it for the next version that has the same blob.
 */
export function checkSystemFile(text: string, display: string): CheckedSystemFile {
  const conflict = conflictMarkerError(text, display, true);
  if (conflict) return { diagnostics: [conflict] };
  const parsed = parseYaml(text, display);
  if (parsed.data === undefined) return { diagnostics: parsed.diagnostics };
  const schema = validateSchema('answers', parsed);
  return { ...(schema.length === 0 ? { file: { raw: parsed.data as SystemFile['raw'], file: display, positions: parsed.positions } } : {}), diagnostics: [...parsed.diagnostics, ...schema] };
}

export const unscored = (version: VersionInfo, status: 'invalid' | 'not-comparable', reason: string): TrendVersion => ({
  commit: version.commit,
  shortCommit: version.commit.slice(0, 7),
  date: version.date,
  path: version.path,
  status,
  named: version.named,
  score: null,
  rating: null,
  gaps: null,
  unanswered: 0,
  partlyAnswered: 0,
  systems: null,
  reason,
  baseline: false,
});

/**
 * Score one version against the questionnaire it names, as of its commit date (waivers and review
 * dates as they stood then). Answers to another major version cannot be checked against this one:
 * such a version is not comparable and has no score. Anything else wrong makes it invalid, with its
 * first problem in one line. Unanswered questions score 0, as with --allow-incomplete: a history
 * holds work in progress, and the count says how much was left.
 */
export function scoreVersion(
  version: ParsedVersion,
  questionnaire: { loaded: LoadedQuestionnaire; display: string } | { problem: string },
  systemFiles: (ref: string, display: string) => CheckedSystemFile | { problem: string },
  tool: { name: string; version: string },
): TrendVersion {
  if (version.problem !== null || !version.parsed) return unscored(version, 'invalid', version.problem ?? 'could not be read');
  if ('problem' in questionnaire) return unscored(version, 'invalid', questionnaire.problem);
  const { loaded } = questionnaire;
  const current = loaded.questionnaire.version;
  const theirs = version.named?.version;
  if (theirs && version.named?.id === loaded.questionnaire.id && majorOf(theirs) !== majorOf(current)) {
    return unscored(version, 'not-comparable', `answers version ${theirs} of ${loaded.questionnaire.id}; the questionnaire is now version ${current}`);
  }
  const parsed = version.parsed;
  const { refs, diagnostics: readProblems } = systemRefs(parsed);
  const folder = version.path.includes('/') ? version.path.slice(0, version.path.lastIndexOf('/') + 1) : '';
  const checked = new Map<string, SystemFile>();
  for (const { ref, pointer } of refs) {
    const read = systemFiles(ref, `${folder}${ref}`);
    if ('problem' in read) {
      readProblems.push(errorAt(parsed.file, `"file: ${ref}" ${read.problem}`, parsed.positions.of(pointer), pointer));
      continue;
    }
    pushAll(readProblems, read.diagnostics);
    if (read.file) checked.set(ref, read.file);
  }
  const { answers, diagnostics } = checkAnswers(parsed, loaded, { systemFiles: checked, readProblems });
  if (!answers) return unscored(version, 'invalid', oneLine(diagnostics));
  // A row needs the overall result only: profiles and framework groupings, which neither change the
  // score nor the rating, are left out of each version's scoring (a sixth of its time).
  const overallOnly = { ...loaded.questionnaire, profiles: [], frameworks: [] };
  const assessment = scoreAssessment(overallOnly, answers, { today: version.date, tool, questionnaireFile: questionnaire.display, gates: {} });
  return {
    ...unscored(version, 'invalid', ''),
    status: 'scored',
    named: version.named,
    score: assessment.overall.score,
    rating: assessment.overall.rating?.label ?? null,
    gaps: assessment.summary.bySeverity,
    ...countUnanswered(assessment.questions),
    systems: assessment.systemLabel === null ? null : assessment.systems.length,
    reason: null,
  };
}
