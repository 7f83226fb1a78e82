// The terminal report by default (SPEC "v2: reports"): at most 40 lines at 80 columns, ending with
// the score, rating and gates so that they are still on screen when the command finishes.
import type { Catalog } from '../frameworks/catalog.js';
import type { Assessment, Gap } from '../scoring/assessment.js';
import { noGapsSentence } from './board-paper-words.js';
import { displayWidth, keepTogether, spacesBack } from '../text/wrap.js';
import { heldNote } from './held-summary.js';
import { capLines, closingLines, header, s, someSectionSkipsSystems, systemRows } from './text-parts.js';
import { countNoun } from '../text/plural-noun.js';
import { fitScoreTable } from './text-fit.js';
import { scopeName, systemsView } from './system-view.js';
import { shortenDistinct } from './shorten-distinct.js';
import { shorten } from '../text/shorten.js';
import type { TextStyle } from './text-style.js';
import { systemsSummary } from './text-systems.js';
import { pushAll } from '../text/spread-free.js';
import { gateStops } from './gate-stops.js';

/** The most columns a system's title takes in a gap's one line; the question gets the rest. */
const SYSTEM_COLUMNS = 28;
/** The fewest columns a gap line's question gets beside its system's name, and the fewest the name gets. */
const TITLE_LEAST = 24;
const SYSTEM_LEAST = 12;
/**
 * Narrower than this, a gap's question wraps onto lines of its own under its start instead of being
 * cut to one line: at 40 columns a cut left "Is multi-factor…", which says nothing. From 80 columns,
 * the width the 40-line budget is set for, each gap keeps to one line, cut at a word where needed.
 */
const WRAP_BELOW = 80;
/** How many gaps the summary lists (one line each from WRAP_BELOW columns). */
export const SUMMARY_GAPS = 10;
/** The most lines the summary takes at 80 columns (SPEC "v2: reports"). */
export const SUMMARY_LINES = 40;
/** The fewest sections and gaps the summary keeps when a long questionnaire needs the room. */
const LEAST_SECTIONS = 3;
const LEAST_GAPS = 3;

/**
 * What `--detail` adds, most useful first, on one line where that shows every expired waiver, stale
 * answer and unanswered question, else on two. They come straight after the gaps and are never cut:
 * cut to one line at 80 columns, the example's "1 expired waiver, 1 stale answer" went behind "and
 * more", and they are what an auditor looks for.
 */
function moreLines(a: Assessment, st: TextStyle, gapsShown: number): string[] {
  const more: string[] = [];
  if (a.gaps.length > gapsShown) more.push(countNoun(a.gaps.length - gapsShown, 'more gap'));
  if (a.expiredWaivers.length) more.push(countNoun(a.expiredWaivers.length, 'expired waiver'));
  if (a.stale.length) more.push(countNoun(a.stale.length, 'stale answer'));
  // Unanswered questions leave the assessment incomplete, which a reader must not miss either.
  if (a.unanswered.length) more.push(`${a.unanswered.length} not answered`);
  // How many of `more` are never left to "and more".
  const kept = more.length;
  if (a.unknowns.length) more.push(`${a.unknowns.length} "don't know"`);
  if (a.notApplicable.length) more.push(`${a.notApplicable.length} not applicable`);
  if (a.questions.some((q) => q.outcome)) more.push('indicators');
  if (a.profiles.length) more.push(countNoun(a.profiles.length, 'profile'));
  if (a.frameworks.length) more.push('frameworks');
  const lead = a.gaps.length ? 'what to do about each gap' : 'every answer';
  // Each count kept on one line with what it counts ("6" never ends a line, "stale answers" the next).
  const whole = more.map(keepTogether);
  const linesOf = (n: number): string[] =>
    st.wrap(`Add --detail for ${[lead, ...whole.slice(0, n)].join(', ')}${n < more.length ? ', and more' : ''}.`, '', '  ').map(spacesBack);
  // Read aloud (--plain), every item is said: "and more" named nothing a screen-reader user could
  // scroll back for, and the report on the terminal has no line budget to keep to there.
  if (st.plain) return linesOf(more.length);
  for (const most of [1, 2]) {
    for (let n = more.length; n >= kept; n--) {
      const lines = linesOf(n);
      if (lines.length <= most) return lines;
    }
  }
  return linesOf(kept);
}

/**
 * Each system's name in at most `columns`: its title, shortened; where shortening makes two the same
 * ("Line of business system…"), their ids instead, which are unique.
 */
function systemNames(a: Assessment, columns: number): (id: string) => string {
  const short = new Map(a.systems.map((x) => [x.id, shorten(s(x.title), columns)]));
  const seen = new Map<string, number>();
  for (const name of short.values()) seen.set(name, (seen.get(name) ?? 0) + 1);
  return (id) => {
    const name = short.get(id) ?? s(id);
    return (seen.get(name) ?? 0) > 1 ? shorten(s(id), columns) : name;
  };
}

function gapLines(a: Assessment, st: TextStyle, most: number): string[] {
  const { chalk } = st;
  // Wrapped between words, as every line of the summary is: the terminal broke it mid-word.
  if (!a.gaps.length) return st.wrap(`${chalk.bold('Gaps: none.')} ${noGapsSentence(a)}`, '', '  ');
  const shown = Math.min(most, a.gaps.length);
  // A system's name leaves the question at least TITLE_LEAST columns, so a marked gap of a long-named
  // system does not cut its question to one word ("Waste collection and fleet…: Identity…").
  const names = new Map<number, (id: string) => string>();
  const systemName = (id: string, room: number): string => {
    const columns = Math.max(SYSTEM_LEAST, Math.min(SYSTEM_COLUMNS, Math.floor((st.width - 16) / 2), room - TITLE_LEAST));
    if (!names.has(columns)) names.set(columns, systemNames(a, columns));
    return (names.get(columns) as (id: string) => string)(id);
  };
  const title = a.gaps.length > shown ? `Top ${shown} of ${a.gaps.length} gaps` : countNoun(a.gaps.length, 'gap');
  const stops = gateStops(a);
  // The order surprises people (a wide-open medium gap can outrank a nearly closed high one), so say why once.
  const lines = st.wrap(`${chalk.bold(title)}${chalk.dim(', most urgent first (priority: severity × weight × shortfall)')}`, '', '  ');
  // Read aloud, a gap cut to one line ends mid-sentence: each is whole, wrapped, as on a narrow terminal.
  if (st.width < WRAP_BELOW || st.plain) {
    for (const gap of a.gaps.slice(0, shown)) pushAll(lines, wrappedGap(a, gap, st, markOf(gap, stops(gap))));
    return lines;
  }
  const rows = a.gaps.slice(0, shown).map((gap) => {
    const mark = markOf(gap, stops(gap));
    const label = gap.severity.toUpperCase();
    const prefix = gapPrefix(gap);
    // The system first, so that cutting a long question never hides whose gap it is.
    // With critical systems, the organisation's own gaps say so too: "Asset management: the council
    // knows…" read as a system called "Asset management" among the systems' gaps.
    const system = gap.system === null ? (a.systems.length ? `${scopeName(null)}: ` : '') : `${systemName(gap.system, st.width - prefix.length - mark.length - 2)}: `;
    return { gap, mark, label, prefix, system, room: st.width - prefix.length - mark.length - displayWidth(system) };
  });
  const texts = shortenDistinct(rows.map((r) => ({ prefix: r.system, text: s(r.gap.text), room: r.room, id: s(r.gap.question) })));
  rows.forEach((r, i) => lines.push(`${r.prefix.replace(r.label, st.severity(r.gap.severity))}${r.system}${texts[i] ?? ''}${chalk.dim(r.mark)}`));
  return lines;
}

/**
 * What a gap's line ends with when it is an automatic fail or an accepted risk, else nothing. A
 * waived gap that makes a requested gate fail is not an accepted risk (`stop`, gate-stops.ts), as
 * the papers and the CI formats say; an automatic fail is one whatever its waiver.
 */
const markOf = (gap: Gap, stop: string | null): string => (gap.blocking ? ' (automatic fail)' : gap.accepted ? (stop === null ? ' (accepted risk)' : ' (waived, fails gate)') : '');

/** The start of a gap's line: its rank and severity, padded so that every question starts in one column. */
const gapPrefix = (gap: Gap): string => `  ${String(gap.rank).padStart(2)}. ${gap.severity.toUpperCase().padEnd(8)}  `;

/**
 * A gap on a narrow terminal: the system's name and the question whole, wrapped with a hanging
 * indent under the question's start, and the mark kept whole after it.
 */
function wrappedGap(a: Assessment, gap: Gap, st: TextStyle, mark: string): string[] {
  // Read aloud, the severity is a word of the sentence ("1. Critical: …"), not a padded column.
  const prefix = st.plain ? `  ${gap.rank}. ${gap.severity.charAt(0).toUpperCase()}${gap.severity.slice(1)}: ` : gapPrefix(gap);
  const system = gap.system === null ? (a.systems.length ? `${scopeName(null)}: ` : '') : `${s(a.systems.find((x) => x.id === gap.system)?.title ?? gap.system)}: `;
  const hanging = st.plain ? '    ' : ' '.repeat(prefix.length);
  const wrapped = st.wrap(`${system}${s(gap.text)}${mark && ` ${keepTogether(mark.trimStart())}`}`, prefix, hanging).map(spacesBack);
  const label = st.plain ? '' : gap.severity.toUpperCase();
  return wrapped.map((line, i) => {
    const coloured = i === 0 && label ? line.replace(label, st.severity(gap.severity)) : line;
    return mark && i === wrapped.length - 1 ? `${coloured.slice(0, -mark.trimStart().length)}${st.chalk.dim(mark.trimStart())}` : coloured;
  });
}

/** The gaps part: the most urgent, and what --detail adds. */
function gapsPart(a: Assessment, st: TextStyle, most: number): string[] {
  const more = moreLines(a, st, Math.min(most, a.gaps.length));
  return [...gapLines(a, st, most), ...more.map((l) => st.chalk.dim(l))];
}

/**
 * The summary. The assessor is in its header (SPEC "Reports") when the lines it takes leave every
 * section, gap and blank line that the summary would show without it; else the header keeps to one line.
 */
export function renderSummary(a: Assessment, st: TextStyle, catalog: Catalog): string[] {
  const short = header(a, st, 'short');
  const full = header(a, st, 'summary');
  const without = layout(a, st, short, catalog);
  if (full.length === short.length) return without;
  const withAssessor = layout(a, st, full, catalog);
  return withAssessor.length - full.length === without.length - short.length ? withAssessor : without;
}

function layout(a: Assessment, st: TextStyle, head: string[], catalog: Catalog): string[] {
  const { chalk } = st;
  // Read aloud, the summary is not kept to one screen: nobody sees the screen, and each gap whole
  // takes several lines, which would cost the sections and systems their rows. It says what the
  // summary at a wide terminal says.
  const budget = st.plain ? Number.POSITIVE_INFINITY : SUMMARY_LINES;
  const view = systemsView(a, catalog);
  const means = view ? (someSectionSkipsSystems(a) ? `; ${view.label} sections: mean over the ${view.plural} each applies to` : `; ${view.label} sections: mean of ${a.systems.length}`) : '';
  const cap = capLines(a, st, true);
  // A rating below the band the score reaches says why, on the score's line: a council at 98 rated
  // "Partly ready" would otherwise read it as a fault of the tool (heldNote).
  const closing = closingLines(a, st, { note: heldNote(a) });
  const sectionsHeading = st.wrap(`${chalk.bold('Sections')} ${chalk.dim(`(scores out of 100, rounded down${s(means)})`)}`, '', '  ');
  // The least the systems part takes (one system and the weakest in words): it gets what is left.
  const systemsLeast = view ? systemsSummary(view, st, 0, a.sections).length : 0;
  // A long questionnaire (SPEC: at most 40 lines): the weakest sections first, then fewer gaps.
  let gaps = gapsPart(a, st, SUMMARY_GAPS);
  const fixed = (): number => head.length + cap.length + closing.length + sectionsHeading.length + systemsLeast + gaps.length;
  const sectionRows = (room: number): string[] =>
    fitScoreTable(a.sections, st, room, { least: LEAST_SECTIONS, alignWith: systemRows(a) });
  let rows = sectionRows(budget - fixed());
  // A gap wrapped on a narrow terminal takes several lines: there the list may go down to one gap.
  const leastGaps = st.width < WRAP_BELOW ? 1 : LEAST_GAPS;
  for (let most = SUMMARY_GAPS - 1; most >= leastGaps && fixed() + rows.length > budget; most--) {
    gaps = gapsPart(a, st, most);
    rows = sectionRows(budget - fixed());
  }
  const sections = [...sectionsHeading, ...rows];
  // Each part with how much the blank line before it matters (0 most). On a small screen a line of
  // content matters more than the space around it, so blanks go first when the summary is too long;
  // the one before the closing score and gates goes last.
  const parts: { lines: string[]; blank: number }[] = [
    { lines: head, blank: -1 },
    { lines: cap, blank: 1 },
    { lines: sections, blank: 2 },
    { lines: gaps, blank: 3 },
    { lines: closing, blank: 0 },
  ].filter((p) => p.lines.length > 0);
  // Critical systems after the sections, in the lines the rest leaves (SPEC "v2: reports": 40 at most).
  if (view) parts.splice(parts.findIndex((p) => p.lines === sections) + 1, 0, { lines: systemsSummary(view, st, budget - parts.reduce((n, p) => n + p.lines.length, 0), a.sections), blank: 4 });
  const count = parts.reduce((n, p) => n + p.lines.length, 0);
  const ranks = parts.map((p) => p.blank).filter((r) => r >= 0).sort((x, y) => x - y);
  const kept = new Set(ranks.slice(0, Math.max(0, budget - count)));
  return parts.flatMap((p) => (kept.has(p.blank) ? ['', ...p.lines] : p.lines));
}
