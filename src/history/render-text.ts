import { SEVERITIES } from '../questionnaire/types.js';
import { roundScore } from '../report/round-score.js';
import { changeWords } from '../report/change-words.js';
import { shownPath } from '../report/shown-path.js';
import { shorten } from '../text/shorten.js';
import { pluralNoun } from '../text/plural-noun.js';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { MAX_TEXT_WIDTH, MIN_TEXT_WIDTH } from '../text/text-widths.js';
import { comparableScores, newestOffLine } from './build-trend.js';
import { baselineWords, versionCount } from './baseline-words.js';
import { sparkline } from './sparkline.js';
import { offLineWords, STATUS_WORDS } from './status-words.js';
import { unansweredWords } from '../report/unanswered-words.js';
import type { Trend, TrendVersion } from './types.js';
import type { TrendContext } from './render-context.js';
import { pushAll, largest } from '../text/spread-free.js';
import { listWords } from '../text/list-words.js';
import { groupRuns, runWords } from './version-runs.js';

const GAP_HEADS = { critical: 'Crit', high: 'High', medium: 'Med', low: 'Low' } as const;

/** The columns a rating needs beside its row's counts before it goes to a line of its own: enough to tell "Outcomes partly…" from "Outcomes largely…". */
const RATING_ROOM = 16;
/** A rating on a line of its own starts under the commit. */
const RATING_INDENT = 12;

const left = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const right = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** What a footnote says about a version: the starting point, why it is off the line, and how much was left unanswered. */
function footnote(trend: Trend, v: TrendVersion): string | null {
  const parts = [v.baseline ? baselineWords(trend, v) : null, v.reason, unansweredWords(v)].filter((p): p is string => !!p);
  return parts.length ? safeLine(parts.join('; ')) : null;
}

/**
 * The head of the column counting systems, named as the questionnaire names them ("Depot sites",
 * "Critical systems"), as the markdown trend does: on one line where it fits in `room` columns, else
 * between words over two lines, the second cut short where even they are not enough.
 */
function columnHead(many: string, room: number): string[] {
  const lines = wrapText(safeLine(`${many.charAt(0).toUpperCase()}${many.slice(1)}`), { width: room }).split('\n');
  return lines.length <= 2 ? lines : [lines[0] ?? '', shorten(lines.slice(1).join(' '), room)];
}

/** Change between the first and the last point on the line, signed, in diff's words: a change the rounding hides is given beside the ±0. */
const change = (from: number, to: number): string => changeWords({ old: from, new: to, delta: to - from });

/**
 * The trend for a terminal: a header, one row per version (oldest first), footnotes for versions
 * off the line, notes, and last the sparkline with where the score started and where it is now, so
 * the answer is on screen when the command finishes. Plain characters carry every meaning.
 */
export function renderTrendText(trend: Trend, context: TrendContext): string {
  const width = Math.max(MIN_TEXT_WIDTH, Math.min(MAX_TEXT_WIDTH, context.width ?? 100));
  const whose = trend.organisation === null ? '' : `${safeLine(trend.organisation)}: r`;
  const out: string[] = [wrapText(`${whose || 'R'}eadiness trend of ${safeLine(shownPath(trend.answersFile))}`, { width, wholeWords: true, hangingIndent: '  ' })];
  const q = trend.questionnaire;
  if (trend.versions.length === 0) {
    out.push(wrapText(`No version was committed${trend.since ? ` on or after ${trend.since}` : ''}.`, { width, wholeWords: true }));
    return `${out.join('\n')}\n`;
  }
  const told = versionCount(trend) ?? '';
  const count = `${told.charAt(0).toUpperCase()}${told.slice(1)}`;
  const named = q ? `${safeLine(q.id)} ${safeLine(q.version)}` : '';
  // The questionnaire and the count on one line where they fit, else a line each: not a date cut off its span.
  if (named && displayWidth(`${named}, ${told}`) <= width) out.push(`${named}, ${told}`);
  else pushAll(out, [...(named ? [wrapText(named, { width, wholeWords: true, hangingIndent: '  ' })] : []), wrapText(count, { width, wholeWords: true, hangingIndent: '  ' })]);
  out.push('');

  // The head has up to 20 columns, less where the rating would lose the room it needs beside the
  // counts (80 columns: "Critical" over "systems"), and at least 10.
  const systemsHead = trend.systemLabel === null ? null : columnHead(trend.systemLabelPlural ?? pluralNoun(trend.systemLabel), Math.max(10, Math.min(20, width - 50 - RATING_ROOM)));
  const withSystems = systemsHead !== null;
  const systemsWidth = systemsHead ? 2 + largest([7, ...systemsHead.map(displayWidth)]) : 0;
  const fixed = 10 + 2 + 7 + 2 + 5 + 2 + SEVERITIES.length * 5 + systemsWidth;
  // Room for a footnote mark (" [12]") after the last column; the rating takes the rest it needs, so
  // it is cut only where the width runs out ("Outcomes partly achieved" is whole at 100 columns).
  // Only a full row's mark needs room after its columns: an invalid version's row is short.
  // Versions with the same footnote share it: a long history of work in progress is one footnote
  // ("c6fd21c … 06f9291 (400 versions): 3 unanswered, scored as 0"), not one for each version.
  const { groups, groupOf } = groupRuns(trend.versions, (v) => footnote(trend, v));
  const marked = groupOf.map((g) => g !== null);
  const marks = groups.length;
  const fullRowMarked = trend.versions.some((v, i) => marked[i] && !(v.status !== 'scored' && v.gaps === null));
  const markRoom = fullRowMarked ? ` [${marks}]`.length : 0;
  const longest = largest(trend.versions.map((v) => displayWidth(v.rating ?? '')), 0);
  // On a narrow screen (60 columns with critical systems) the rating has no room beside the counts:
  // each rating then takes a line of its own under its row, whole, rather than push the row past
  // the width or be cut to a stub that no longer tells two ratings apart ("Outco…").
  const stacked = width - fixed - markRoom < Math.min(longest, RATING_ROOM);
  const ratingWidth = stacked ? 0 : Math.max(6, Math.min(width - fixed - markRoom, longest));
  const ratingHead = stacked ? '' : left('Rating', ratingWidth);
  // Narrower still (40 columns) not even the counts fit beside the date, commit and score: they go on
  // a line of their own under them, as far in as they fit (under the commit, where the rating starts).
  const countsWidth = SEVERITIES.length * 5 + systemsWidth;
  const split = width < fixed;
  const countsIndent = split ? ' '.repeat(Math.max(0, Math.min(RATING_INDENT, width - countsWidth))) : '';
  const countHeads = `${SEVERITIES.map((s) => right(GAP_HEADS[s], 5)).join('')}${systemsHead ? right(systemsHead.at(-1) ?? '', systemsWidth) : ''}`;
  const rowHeads = `${left('Date', 10)}  ${left('Commit', 7)}  ${right('Score', 5)}  ${ratingHead}`;
  if (split) out.push(rowHeads.trimEnd());
  // A head on more than one line has its first lines above the row of heads, over its own column.
  const before = split ? countsIndent.length + SEVERITIES.length * 5 : 10 + 2 + 7 + 2 + 5 + 2 + ratingWidth + SEVERITIES.length * 5;
  for (const line of systemsHead?.slice(0, -1) ?? []) out.push(`${' '.repeat(before)}${right(line, systemsWidth)}`);
  out.push(split ? `${countsIndent}${countHeads}`.trimEnd() : `${rowHeads}${countHeads}`.trimEnd());
  // Words on a line of their own under a row, whole, from under its commit.
  const under = (words: string): string => wrapText(words, { width, wholeWords: true, indent: ' '.repeat(RATING_INDENT), hangingIndent: ' '.repeat(RATING_INDENT) });

  const notes = groups.map((g) => `${runWords(g.runs, (v) => v.shortCommit, (first, last, count) => `${first.shortCommit} … ${last.shortCommit} (${count} versions)`, (w) => listWords(w, 'and'))}: ${g.key}`);
  for (const [i, v] of trend.versions.entries()) {
    const group = groupOf[i];
    const mark = group == null ? '' : ` [${group + 1}]`;
    const head = `${left(v.date, 10)}  ${left(v.shortCommit, 7)}  ${right(v.score === null ? '–' : roundScore(v.score), 5)}  `;
    if (v.status !== 'scored' && v.gaps === null) {
      // Beside the score where it fits ("not comparable [1]" does not at 40 columns), else under it.
      const words = `${STATUS_WORDS[v.status]}${mark}`;
      out.push(displayWidth(`${head}${words}`) <= width ? `${head}${words}` : `${head.trimEnd()}\n${under(words)}`);
      continue;
    }
    const words = v.status === 'scored' ? safeLine(v.rating ?? 'n/a') : STATUS_WORDS[v.status];
    const gaps = SEVERITIES.map((s) => right(String(v.gaps?.[s] ?? '–'), 5)).join('');
    const systems = withSystems ? right(v.systems === null ? '–' : String(v.systems), systemsWidth) : '';
    if (split) out.push(head.trimEnd(), `${countsIndent}${gaps}${systems}`, under(`${words}${mark}`));
    else if (stacked) out.push(`${head}${gaps}${systems}`, under(`${words}${mark}`));
    else out.push(`${head}${left(shorten(words, ratingWidth), ratingWidth)}${gaps}${systems}${mark}`);
  }
  if (notes.length) pushAll(out, ['', ...notes.map((n, i) => wrapText(n, { width, wholeWords: true, indent: `[${i + 1}] `, hangingIndent: ' '.repeat(`[${i + 1}] `.length) }))]);
  if (trend.notes.length) pushAll(out, ['', ...trend.notes.map((n) => wrapText(`${safeLine(n)}.`, { width, wholeWords: true, indent: 'Note: ', hangingIndent: '      ' }))]);

  out.push('');
  const line = comparableScores(trend);
  const firstPoint = line[0];
  const lastPoint = line.at(-1);
  if (!firstPoint || !lastPoint) {
    out.push(q ? `No version has a score on ${safeLine(q.id)} ${safeLine(q.version)}.` : 'No version could be scored.');
  } else {
    const offLine = newestOffLine(trend);
    const summary = line.length === 1
      ? `${roundScore(lastPoint.score)} (${safeLine(lastPoint.rating ?? 'n/a')}), one version on the line${offLine ? `; the newest version (${offLine.date} ${offLine.shortCommit}) is ${offLineWords(offLine)}` : ''}`
      : `${roundScore(firstPoint.score)} → ${roundScore(lastPoint.score)} (${change(firstPoint.score, lastPoint.score)}) ${firstPoint.baseline ? `since ${trend.since ?? firstPoint.date}, ` : ''}over ${line.length} versions; ${offLine ? `last scored ${safeLine(lastPoint.rating ?? 'n/a')}; the newest version (${offLine.date} ${offLine.shortCommit}) is ${offLineWords(offLine)}` : `${trend.current ? 'now' : 'last scored'} ${safeLine(lastPoint.rating ?? 'n/a')}`}`;
    const scores = line.map((v) => v.score);
    // One line when the whole line of scores fits beside the summary; else the scores get a line of their own.
    if ('Score '.length + scores.length + 2 + displayWidth(summary) <= width) out.push(`Score ${sparkline(scores, scores.length)}  ${summary}`);
    else out.push(`Score ${sparkline(scores, width - 'Score '.length)}`, wrapText(summary, { width, wholeWords: true, indent: '      ' }));
  }
  return `${out.join('\n')}\n`;
}
