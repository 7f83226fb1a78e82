// Parts the terminal summary and the `--detail` report share: the header, the automatic-fail
// warning, the section table and the closing lines with the score, rating and gates.
import type { Assessment, RatingResult } from '../scoring/assessment.js';
import { safeLine } from '../text/safe-text.js';
import { displayWidth, keepTogether, spacesBack } from '../text/wrap.js';
import { capQuestionLine, capSummary } from './cap-summary.js';
import { noOverallScoreWords } from '../scoring/no-overall-score.js';
import { roundScore } from './round-score.js';
import { shortenDistinct } from './shorten-distinct.js';
import { shownPath } from './shown-path.js';
import { summaryByTitle } from './paper-gate-title.js';
import { column, type TextStyle } from './text-style.js';
import { pushAll, largest } from '../text/spread-free.js';
import { questionnaireFrom } from './questionnaire-from.js';

export const s = safeLine;

/**
 * Title, who and when, and the tool. `detail` names everything, the answers file and judging date
 * too; `summary` names the assessor, on more than one line if need be; `short` keeps to one line
 * after the title, leaving out the assessor and then the tool when they do not fit. Both name the
 * judging date when the file gives no assessedOn (see `judged`).
 */
export function header(a: Assessment, st: TextStyle, form: 'detail' | 'summary' | 'short'): string[] {
  const { chalk } = st;
  // The one-screen summary stays as it was; --detail, which carries what the papers do, names the file as they do.
  const from = form === 'detail' ? questionnaireFrom(a.questionnaire) : null;
  const lines = st.wrap(`${s(a.questionnaire.title)} (${s(a.questionnaire.id)} ${s(a.questionnaire.version)}${from === null ? '' : `, from ${s(from)}`})`, '', '  ').map((l) => chalk.bold(l));
  const tool = `${a.tool.name} ${a.tool.version}`;
  const who = (withAssessor: boolean): string =>
    [a.organisation && s(a.organisation), withAssessor && a.assessor && `assessed by ${s(a.assessor)}`, a.assessedOn && `${withAssessor && a.assessor ? '' : 'assessed '}on ${s(a.assessedOn)}`].filter(Boolean).join(', ');
  if (form === 'detail') {
    if (who(true)) pushAll(lines, st.wrap(who(true), '', '  '));
    pushAll(lines, st.wrap(`Answers: ${s(shownPath(a.answersFile))}${st.sep}waivers and review dates judged on ${a.today}${st.sep}${tool}`, '', '  ').map((l) => chalk.dim(l)));
    return lines;
  }
  // With no assessedOn the header had no date at all (SPEC "Reports": a header has one): it says the
  // day waivers and review dates were judged on, kept when the line is shortened. With assessedOn,
  // that date stands; the day judged on is in --detail and every paper, and the 40 lines at 80
  // columns have no room to spare (it cost the council example its assessor and the CAF example a
  // critical system's row).
  const judged = a.assessedOn === null ? `waivers and review dates ${keepTogether(`judged on ${a.today}`)}` : '';
  // The tool's name and version, and "judged on" and its date, each kept on one line (no-break
  // spaces until wrapped), so "cyber-ready" never ends a line with its version on the next.
  const wholeTool = chalk.dim(keepTogether(tool));
  const tries = [[who(true), judged, wholeTool], [who(false), judged, wholeTool], [who(false), judged]].map((parts) => st.wrap(parts.filter(Boolean).join(st.sep), '', '  ').map(spacesBack));
  // The short form leaves out only what saves a line: the first of the fewest lines, so the tool's
  // version stays when leaving it out would take as many lines.
  const fewest = Math.min(...tries.map((t) => t.length));
  pushAll(lines, (form === 'summary' ? (tries[0] ?? []) : (tries.find((t) => t.length === fewest) ?? [])));
  return lines;
}

/** The most lines the summary gives to the automatic fails under the cap's sentence. */
export const SUMMARY_CAP_LINES = 5;

/** Automatic fails come before anything else (SPEC v2): they decide the rating whatever the score. */
export function capLines(a: Assessment, st: TextStyle, oneLineEach: boolean): string[] {
  const capped = capSummary(a);
  if (!capped || !a.overall.cap) return [];
  const { chalk } = st;
  const lines = st.wrap(s(capped)).map((l) => chalk.red.bold(l));
  const titles = new Map(a.systems.map((x) => [x.id, x.title]));
  const systemOf = (q: { system: string | null }): string => (q.system === null ? '' : `${s(titles.get(q.system) ?? q.system)}: `);
  // The summary has 40 lines in all (SPEC "v2: reports"): one blocking question failing in thirty
  // systems would take them, so past SUMMARY_CAP_LINES the rest are counted and left to --detail.
  const all = a.overall.cap.questions;
  const listed = oneLineEach && all.length > SUMMARY_CAP_LINES ? all.slice(0, SUMMARY_CAP_LINES - 1) : all;
  // Read aloud, a cut question is heard as nonsense ("Over the update for operating systems and"):
  // each is whole, wrapped, and says what it is.
  const mark = st.plain ? 'Automatic fail:' : chalk.red('✗');
  // One line each: two fails cut to the same words (Cyber Essentials' two update questions) must not read alike.
  const short = oneLineEach ? (st.plain ? listed.map((q) => `${systemOf(q)}${s(q.text)}`) : shortenDistinct(listed.map((q) => ({ prefix: '', text: `${systemOf(q)}${s(q.text)}`, room: st.width - 4, id: s(q.question) })))) : [];
  const summaryLine = (i: number): string[] => (st.plain ? st.wrap(`${mark} ${short[i] ?? ''}`, '  ', '    ') : [`  ${mark} ${short[i] ?? ''}`]);
  if (listed.length < all.length) {
    for (const [i] of listed.entries()) pushAll(lines, summaryLine(i));
    pushAll(lines, st.wrap(st.more(`and ${all.length - listed.length} more automatic fails: --detail lists them all.`), '  ', '    ').map((l) => chalk.dim(l)));
    return lines;
  }
  for (const [i, q] of all.entries()) {
    const line = capQuestionLine(q);
    const system = systemOf(q);
    if (oneLineEach) {
      pushAll(lines, summaryLine(i));
    } else {
      pushAll(lines, st.wrap(`${mark} ${system}${s(line.text)} ${chalk.dim(`[${s(q.question)}]`)}`, '  ', '    '));
      pushAll(lines, st.wrap(s(line.detail), '    ').map((l) => chalk.dim(l)));
    }
  }
  return lines;
}

/** A row of a score table: a section, or a critical system with its own score. */
export interface ScoreRow {
  title: string;
  applicable: boolean;
  score: number | null;
  rating: RatingResult | null;
}

/** One row per section: title (wrapping inside its column), bar, score rounded down, rating. */
/**
 * One row per section. With `markMeans`, a section answered once per system says that its score is the
 * mean over systems (SPEC "v2: critical systems"); the summary, short of lines, says it once instead.
 */
export const sectionTable = (a: Assessment, st: TextStyle, markMeans = true, alignWith: ScoreRow[] = []): string[] =>
  scoreTable(a.sections.map((x) => (markMeans && x.scope === 'system' ? { ...x, title: `${x.title} (mean of ${systemsApplying(a, x.id) || a.systems.length})` } : x)), st, alignWith);

/**
 * How many systems a system-scoped section applies to: its score is the mean over those alone, so
 * "(mean of 2)" beside a section that does not apply to one of two systems was untrue.
 */
export const systemsApplying = (a: Assessment, sectionId: string): number =>
  a.systems.filter((x) => x.sections.some((own) => own.id === sectionId && own.applicable)).length;

/** Whether some system-scoped section leaves out a system it does not apply to. */
export const someSectionSkipsSystems = (a: Assessment): boolean =>
  a.sections.some((x) => x.scope === 'system' && x.applicable && systemsApplying(a, x.id) < a.systems.length);

/** The systems' own scores as rows of a score table. */
export const systemRows = (a: Assessment): ScoreRow[] => a.systems.map((x) => ({ title: x.title, applicable: x.score !== null, score: x.score, rating: x.rating }));

/** Rows of title, bar, score rounded down and rating, lined up; on a narrow terminal, title above its score. */
export function scoreTable(rows: ScoreRow[], st: TextStyle, alignWith: ScoreRow[] = []): string[] {
  const a = { sections: rows };
  const { chalk } = st;
  // Read aloud, a title's wrapped second line came after the score ("… 50 Partly ready technology"):
  // each row is one sentence, title first.
  if (st.plain) {
    return rows.flatMap((x) => {
      const result = x.applicable ? `${roundScore(x.score)}${x.rating ? `, ${s(x.rating.label)}` : ', not rated'}` : 'not applicable';
      return st.wrap(`${s(x.title)}: ${result}.`, '  ', '    ').map((l) => st.paint(x.rating, l));
    });
  }
  const ratingWidth = largest([...rows, ...alignWith].map((x) => displayWidth(x.rating ? s(x.rating.label) : 'not applicable')), 0);
  const fixed = 2 + 2 + 3 + 2 + ratingWidth;
  // On a very narrow terminal the bar goes before the titles get too narrow to read; the score stays.
  const withBar = st.width - fixed - st.bar(null).length - 1 >= 16;
  const bar = (score: number | null): string => (withBar ? `${st.bar(score)} ` : '');
  const room = st.width - fixed - bar(null).length;
  const longestWord = (xs: ScoreRow[]): number => largest(xs.flatMap((x) => s(x.title).split(' ').map(displayWidth)), 0);
  // Another table printed with this one (the systems under the sections) lines its columns up too,
  // unless a word too long for the column stacks that table: then its titles do not narrow or
  // stack this one, which would cost the summary a line per row.
  const all = alignWith.length && room >= Math.max(12, longestWord(alignWith)) ? [...rows, ...alignWith] : rows;
  const longest = largest(all.map((x) => displayWidth(s(x.title))));
  const titleWidth = Math.min(longest, room);
  const lines: string[] = [];
  if (room < Math.max(12, longestWord(rows))) {
    // Too narrow for a title column that keeps words whole: each title on its own line(s), with its
    // score and rating on the next, so nothing is ever cut.
    for (const section of a.sections) {
      pushAll(lines, st.wrap(s(section.title), '  ', '    '));
      const result = section.applicable ? `${roundScore(section.score).padStart(3)}  ${section.rating ? s(section.rating.label) : 'not rated'}` : 'not applicable';
      pushAll(lines, st.wrap(result, `    ${st.width >= 40 + st.bar(null).length ? st.paint(section.rating, bar(section.score)) : ''}`, '      ').map((l) => st.paint(section.rating, l)));
    }
    return lines;
  }
  for (const section of a.sections) {
    const [first = '', ...rest] = column(s(section.title), titleWidth);
    if (!section.applicable) lines.push(`  ${first}  ${chalk.dim(`${bar(null)}     not applicable`)}`.trimEnd());
    else {
      const score = roundScore(section.score).padStart(3);
      lines.push(`  ${first}  ${st.paint(section.rating, bar(section.score))}${score}  ${st.paint(section.rating, section.rating ? s(section.rating.label) : 'not rated')}`.trimEnd());
    }
    for (const l of rest) lines.push(`    ${l}`.trimEnd());
  }
  return lines;
}

/** A gate in a line: its summary says what was asked and what was found, except a profile's. */
// A profile gate's summary is a count; beside FAIL, the profile's name says which. Who falls short
// is named by title, as the systems table above names them, not by id (paper-gate-title.ts).
const gateWords = (g: Assessment['gates'][number], a: Assessment): string => (g.id === 'profile' ? `${s(g.title)}: ${s(summaryByTitle(g, a))}` : s(g.summary));

/**
 * The last lines: the score, rating and gates, so they are on screen when the report ends. `why`,
 * when given, explains the rating: `line`, straight under it (heldSummary, in --detail); `note`, in
 * brackets on the score's own line (heldNote, in the summary, which keeps to its lines).
 */
export function closingLines(a: Assessment, st: TextStyle, why: { line?: string | null; note?: string | null } = {}): string[] {
  const { chalk } = st;
  const rating = a.overall.rating;
  const shown = a.overall.score === null ? `not scored (${noOverallScoreWords(a.sections).short})` : `${roundScore(a.overall.score)}/100`;
  // A score whose every band is ruled out by open gaps says so in words, as the papers do.
  const label = rating ? ` ${st.paint(rating, s(rating.label))}` : why.note ? ' No rating' : '';
  const score = `${chalk.bold('Overall')} ${st.paint(rating, chalk.bold(shown))}${label}`;
  const cap = a.overall.cap && rating ? ' (capped by automatic fails)' : why.note ? ` (${s(why.note)})` : '';
  const verdict = a.gates.length ? `${st.sep}gates ${a.passed ? chalk.green('passed') : chalk.red.bold('FAILED')}` : '';
  const lines = st.wrap(`${score}${cap}${verdict}`, '', '  ');
  if (why.line) pushAll(lines, st.wrap(s(why.line), '  ', '  '));
  for (const g of a.gates) {
    if (st.plain) pushAll(lines, st.wrap(`Gate ${g.passed ? 'passes' : 'fails'}: ${gateWords(g, a)}`, '  ', '    '));
    else pushAll(lines, st.wrap(gateWords(g, a), `  ${g.passed ? chalk.green('✓ pass') : chalk.red('✗ FAIL')}  `, '          '));
  }
  return lines;
}
