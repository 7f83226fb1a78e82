import { roundScore } from '../report/round-score.js';
import { hiddenChange } from '../report/change-words.js';
import { shownPath } from '../report/shown-path.js';
import { cellCodeSpan, codeSpan, escapeCell, escapeInline } from '../text/markdown.js';
import { chartText, xychartHead } from '../text/mermaid.js';
import { comparableScores, newestOffLine } from './build-trend.js';
import { sinceVersions } from './baseline-words.js';
import { offLineWords, STATUS_WORDS } from './status-words.js';
import { unansweredWords } from '../report/unanswered-words.js';
import type { Trend, TrendVersion } from './types.js';
import { pluralNoun } from '../text/plural-noun.js';
import { pushAll } from '../text/spread-free.js';
import { tableRule } from '../text/markdown-table.js';
import { isolateMarkdownNames } from '../report/isolate-names.js';
import { listWords } from '../text/list-words.js';
import { groupRuns, runWords } from './version-runs.js';

/**
 * Dates label the points; two commits on one day are told apart by their commit. The version in
 * force on --since stands for that date, and says so.
 */
function pointLabels(points: TrendVersion[], since: string | null): string[] {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.date, (counts.get(p.date) ?? 0) + 1);
  return points.map((p) => (p.baseline ? `in force on ${since ?? p.date}` : (counts.get(p.date) ?? 0) > 1 ? `${p.date} ${p.shortCommit}` : p.date));
}

/** The most points whose dates label the chart's axis: beyond about a dozen, mermaid draws them over one another. */
export const MOST_DATED_POINTS = 12;

/**
 * The chart's x-axis: each point's date, or for a longer line the points counted, oldest first,
 * with the first and last dates in the axis title. Mermaid's xychart puts every category's label
 * on the axis, and from a few dozen they run together into a black bar; nor can most of them be
 * left blank, since mermaid trims each label and takes two alike for one point. A numbered axis is
 * labelled by mermaid itself at round numbers, and the table below gives every point's date.
 */
function xAxis(line: TrendVersion[], since: string | null): string {
  const labels = pointLabels(line, since);
  if (line.length <= MOST_DATED_POINTS) return `[${labels.map((l) => `"${chartText(l)}"`).join(', ')}]`;
  return `"${chartText(`Versions on the line, oldest first: 1 is ${labels[0] ?? ''}, ${line.length} is ${labels.at(-1) ?? ''}`)}" 1 --> ${line.length}`;
}

// The rating in brackets after the score, as diff writes it: "55 Outcomes partly achieved" read as one phrase.
function scoreCell(v: TrendVersion): string {
  if (v.status !== 'scored') return `${v.score === null ? '–' : roundScore(v.score)} (${STATUS_WORDS[v.status]})`;
  return `${roundScore(v.score)} (${escapeCell(v.rating ?? 'n/a')})`;
}

/** Where the score went, in words a committee reads: up or down by how much, as the scores are shown (rounded down). */
function movement(first: TrendVersion & { score: number }, last: TrendVersion & { score: number }, count: number, since: string | null, offLine: boolean): string {
  const [from, to] = [Math.floor(first.score), Math.floor(last.score)];
  // The starting point of a --since trend is the version in force on that date, not its commit date.
  const start = first.baseline ? `${since ?? first.date} (the version then in force, committed ${first.date})` : first.date;
  // A change the rounding hides is said, as diff says it, so a small fall does not read as "held".
  const hidden = hiddenChange({ old: first.score, new: last.score, delta: last.score - first.score });
  const went = hidden !== null ? `went ${last.score > first.score ? 'up' : 'down'} by ${hidden.slice(1)} before rounding from ${start} to ${last.date}, shown as ${to} at both` : from === to ? `held at ${to} from ${start} to ${last.date}` : `went ${to > from ? 'up' : 'down'} from ${from} on ${start} to ${to} on ${last.date}, by ${Math.abs(to - from)} point${Math.abs(to - from) === 1 ? '' : 's'}`;
  return `The overall score ${went}, over ${count} comparable versions; the latest ${offLine ? 'scored ' : ''}is rated ${escapeInline(last.rating ?? 'n/a')}.`;
}

/**
 * The trend for a board paper or a CI job summary: a sentence saying where the score went, a
 * mermaid line chart of the comparable versions (GitHub draws `xychart-beta`), then a table of
 * every version with why any is off the line. The chart repeats the table; no meaning rests on it.
 */
export function renderTrendMarkdown(trend: Trend): string {
  const q = trend.questionnaire;
  // The file as every paper names it: as given inside the working folder, else by its name alone.
  const named = shownPath(trend.answersFile);
  // Titled as the board paper is: the council first, for a reader who does not know the file.
  const title = trend.organisation === null ? `Readiness trend of ${escapeInline(named)}` : `${escapeInline(trend.organisation)}: readiness trend`;
  const out: string[] = [`# ${title}`, ''];
  const file = codeSpan(named);
  if (trend.versions.length === 0) return isolateMarkdownNames([trend.organisation], `${out.join('\n')}\nNo version of ${file} was committed${trend.since ? ` on or after ${trend.since}` : ''}; made on ${trend.today}.\n`);
  const shown = sinceVersions(trend).length;
  const count = trend.versions.some((v) => v.baseline)
    ? `The version of ${file} in force on ${trend.since ?? ''} and ${shown === 0 ? 'none' : shown} committed since`
    : `${shown} committed version${shown === 1 ? '' : 's'} of ${file}${trend.since ? ` since ${trend.since}` : ''}`;
  out.push(`${q ? `Questionnaire: ${escapeInline(q.title)} (${codeSpan(q.id)} ${escapeInline(q.version)}). ` : ''}${count}; made on ${trend.today}.`, '');
  const line = comparableScores(trend);
  const first = line[0];
  const last = line.at(-1);
  if (!first || !last) out.push('No version could be scored, so there is no line to draw.', '');
  else {
    const offLine = newestOffLine(trend);
    // The newest commit off the line (invalid, say) is said at once: the last score is not where the file stands now.
    const newest = offLine ? ` The newest version, committed ${offLine.date} (${offLine.shortCommit}), is ${offLineWords(offLine)} and not on the line.` : '';
    out.push(`${line.length === 1 ? `One version is on the line: ${roundScore(last.score)} (${escapeInline(last.rating ?? 'n/a')}) on ${last.date}.` : movement(first, last, line.length, trend.since, offLine !== undefined || !trend.current)}${newest}`, '');
    pushAll(out, [
      ...xychartHead({
        title: `Overall score out of 100${q ? `, ${q.id} ${q.version}` : ''}`,
        description: `A line through the overall score of each version on the line, oldest first, ${line.length <= MOST_DATED_POINTS ? 'dated as in the table below, which gives the same scores with each rating' : `numbered 1 to ${line.length}; the table below gives each one's date, score and rating`}.`,
        series: 'one',
      }),
    ]);
    out.push(`    x-axis ${xAxis(line, trend.since)}`);
    out.push('    y-axis "Score" 0 --> 100', `    line [${line.map((v) => roundScore(v.score)).join(', ')}]`, '```', '');
  }
  const withSystems = trend.systemLabel !== null;
  // Named as the questionnaire names them ("Critical systems"), as the board paper does.
  const many = trend.systemLabelPlural ?? pluralNoun(trend.systemLabel ?? 'system');
  const systems = withSystems ? ` ${escapeCell(`${many.charAt(0).toUpperCase()}${many.slice(1)}`)} |` : '';
  out.push(`| Date | Commit | Score and rating | Gaps: critical, high, medium, low |${systems}`, tableRule(['text', 'narrow', 'text', 'text', ...(withSystems ? ['text' as const] : [])]));
  for (const v of trend.versions) {
    const gaps = v.gaps ? `${v.gaps.critical}, ${v.gaps.high}, ${v.gaps.medium}, ${v.gaps.low}` : '–';
    const date = v.baseline ? `${v.date} (in force on ${trend.since ?? v.date})` : v.date;
    out.push(`| ${date} | ${cellCodeSpan(v.shortCommit)} | ${scoreCell(v)} | ${gaps} |${withSystems ? ` ${v.systems ?? '–'} |` : ''}`);
  }
  out.push('');
  // Versions with the same remark share one line, a run of them named by its first and last.
  const { groups } = groupRuns(trend.versions, (v) => {
    const parts = [v.reason, unansweredWords(v)].filter((p): p is string => !!p);
    return parts.length ? parts.join('; ') : null;
  });
  const remarks = groups.map((g) => {
    const one = (v: TrendVersion): string => `${codeSpan(v.shortCommit)} (${v.date})`;
    const span = (first: TrendVersion, last: TrendVersion, count: number): string => `${codeSpan(first.shortCommit)} … ${codeSpan(last.shortCommit)} (${count} versions, ${first.date} to ${last.date})`;
    return `- ${runWords(g.runs, one, span, (w) => listWords(w, 'and'))}: ${escapeInline(g.key)}`;
  });
  if (remarks.length) pushAll(out, ['Versions to note:', '', ...remarks, '']);
  // Notes are written to follow "Note: ", as the text output shows them.
  // Each note is a sentence, ended here: the data keeps the words alone.
  for (const note of trend.notes) out.push(`> Note: ${escapeInline(note)}.`, '');
  return isolateMarkdownNames([trend.organisation], `${out.join('\n').trimEnd()}\n`);
}
