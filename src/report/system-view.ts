// What every human-read report says about critical systems (SPEC "v2: critical systems"): each
// system's own score, the weakest one in plain words, and the matrix of system-scoped outcomes (or
// sections) by system. Worked out once from the assessment, so text, markdown, HTML and Word agree.
// Pure: plain text only; each renderer makes it safe for where it goes.
import type { OutcomeStatus } from '../questionnaire/outcome.js';
import type { Assessment, QuestionResult, RatingResult, ScopeId, SystemResult } from '../scoring/assessment.js';
import { confirmedNote, nothingIndicated, outcomeLabel } from './outcome-view.js';
import type { Catalog } from '../frameworks/catalog.js';
import { roundScore } from './round-score.js';
import { listFirst, listTitles } from '../text/list-words.js';
import { cutShort, paperList } from './paper-lists.js';
import { pluralNoun } from '../text/plural-noun.js';
import { plural } from '../text/count-words.js';

/** More outcome rows than this and the matrix shows sections instead: a page of rows is the most a reader compares. */
export const MATRIX_OUTCOME_ROWS = 40;
/** Systems side by side in one table: with a first column, five columns at most (SPEC "v2: reports"). */
export const SYSTEMS_PER_TABLE = 4;

export interface SystemRow {
  id: string;
  title: string;
  owner: string | null;
  score: number | null;
  /** Rounded down, as every score people see; "n/a" when nothing is scored. */
  shownScore: string;
  rating: RatingResult | null;
  /** Held at the lowest band by an automatic fail. */
  capped: boolean;
  gaps: number;
  unknown: number;
  unanswered: number;
}

/** One cell: a status in words ("Achieved", "Not achieved") or a score with its rating ("55, Partly ready"). */
export interface MatrixCell {
  system: string;
  /** The full words, for tables with room. */
  text: string;
  /** As few characters as still say it in words, for the terminal: "Partially", "55". */
  short: string;
}

export interface MatrixRow {
  /** The question id, or the section id. */
  id: string;
  /** "B4.a" for an outcome a framework names, else ''; the section title for a section. */
  label: string;
  /** The outcome's text; '' for a section. */
  text: string;
  /** The outcome's short name, its text up to the colon as the CAF words them ("Backups"); '' for a section. */
  name: string;
  cells: MatrixCell[];
}

export interface SystemMatrix {
  /** Outcomes when the system sections have outcome questions (and not too many), else sections. */
  rows: 'outcomes' | 'sections';
  /** Outcome rows grouped by section; sections as one group (with the systems' own overall last). */
  groups: { section: string | null; title: string; rows: MatrixRow[] }[];
}

export interface SystemsView {
  /** What a system is called, as the questionnaire says ("critical system"). */
  label: string;
  /** Its plural, as the questionnaire gives it or by English rules: "critical systems". */
  plural: string;
  /** Capitalised, for a column: "Critical system". */
  column: string;
  /** Capitalised, plural, for headings: "Critical systems". */
  heading: string;
  /**
   * Whether any section is answered once for the organisation, so that each system's own overall
   * score counts those sections too; false for a questionnaire whose every section is per system.
   */
  withOrganisation: boolean;
  /** The title of the table of the systems' own scores, the same in the HTML and Word papers. */
  summaryCaption: string;
  systems: SystemRow[];
  /** What "(mean)" after a section's title means, said once under the section table. */
  meansNote: string;
  /** The lowest own score (ties: more gaps), every system level with it in listed order; none with fewer than two scored systems, or when no system has a gap. */
  weakest: SystemRow[];
  /** "Weakest critical system: Social care case management, 41 out of 100 (Not ready), nine gaps." or one system's line; null when no system has a gap. */
  sentence: string | null;
  /**
   * The papers' sentence: as `sentence`, but a long list of systems level with the weakest names the
   * first few and says that the appendix lists them all (paper-lists.ts).
   */
  paperSentence: string | null;
  /** The same without the rating, for a line on a terminal: "Weakest critical system: Social care case management, 41/100, nine gaps." */
  shortSentence: string | null;
  matrix: SystemMatrix;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * A system in a few words: its score out of 100, rating, and gaps. The sentence with the rating is
 * prose in the papers, beside "55 out of 100", so it says the score the same way; the terminal's
 * short line keeps "43/100", as the terminal's closing score does.
 */
export function systemFigures(s: SystemRow, withRating = true): string {
  const rating = s.rating && withRating ? ` (${s.rating.label}${s.capped ? ', capped by automatic fails' : ''})` : '';
  return s.score === null ? `not scored, ${plural(s.gaps, 'gap')}` : `${s.shownScore}${withRating ? ' out of 100' : '/100'}${rating}, ${plural(s.gaps, 'gap')}`;
}

function systemRow(s: SystemResult): SystemRow {
  return {
    id: s.id,
    title: s.title,
    owner: s.owner,
    score: s.score,
    shownScore: roundScore(s.score),
    rating: s.rating,
    capped: s.cap !== null,
    gaps: s.summary.gaps,
    unknown: s.summary.unknown,
    unanswered: s.summary.unanswered,
  };
}

const STATUS_SHORT: Record<OutcomeStatus, string> = { achieved: 'Achieved', 'partially-achieved': 'Partially', 'not-achieved': 'Not achieved' };
const STATUS_TEXT: Record<OutcomeStatus, string> = { achieved: 'Achieved', 'partially-achieved': 'Partially achieved', 'not-achieved': 'Not achieved' };

/**
 * An outcome's status in one system, in words; "so far" when not every indicator is answered, and
 * what the assessor confirmed when it is not what the indicators show (marked "*" where space is short).
 */
function outcomeCell(q: QuestionResult | undefined, system: string): MatrixCell {
  if (!q || q.status === 'not-applicable') return { system, text: 'Not applicable', short: 'n/a' };
  if (q.status === 'unknown') return { system, text: "Don't know", short: "Don't know" };
  const o = q.outcome;
  if (!o || (q.status === 'unanswered' && nothingIndicated(o))) return { system, text: 'Not answered', short: 'Not answered' };
  const status = o.confirmed ?? o.derived;
  const more = o.complete ? '' : ' so far';
  const note = o.complete ? confirmedNote(o) : null;
  return { system, text: `${STATUS_TEXT[status]}${more}${note ? ` (${note})` : ''}`, short: `${STATUS_SHORT[status]}${more ? '?' : ''}${note ? '*' : ''}` };
}

function sectionCell(score: number | null, applicable: boolean, rating: RatingResult | null, system: string): MatrixCell {
  if (!applicable || score === null) return { system, text: 'Not applicable', short: 'n/a' };
  const shown = roundScore(score);
  return { system, text: rating ? `${shown}, ${rating.label}` : shown, short: shown };
}

function outcomeMatrix(a: Assessment, outcomes: QuestionResult[], catalog: Catalog): SystemMatrix {
  const byScope = new Map(outcomes.map((q) => [`${q.id}\u0000${q.system ?? ''}`, q]));
  const ids = [...new Set(outcomes.map((q) => q.id))];
  const groups = a.sections
    .filter((s) => s.scope === 'system')
    .map((s) => ({
      section: s.id,
      title: s.title,
      rows: ids
        .map((id) => outcomes.find((q) => q.id === id))
        .filter((q): q is QuestionResult => q !== undefined && q.section === s.id)
        .map((q) => ({
          id: q.id,
          label: outcomeLabel(q, catalog),
          text: q.text,
          name: q.text.includes(':') ? q.text.slice(0, q.text.indexOf(':')) : q.text,
          cells: a.systems.map((sys) => outcomeCell(byScope.get(`${q.id}\u0000${sys.id}`), sys.id)),
        })),
    }))
    .filter((g) => g.rows.length > 0);
  return { rows: 'outcomes', groups };
}

function sectionMatrix(a: Assessment): SystemMatrix {
  const rows: MatrixRow[] = a.sections
    .filter((s) => s.scope === 'system')
    .map((s) => ({
      id: s.id,
      label: s.title,
      text: '',
      name: '',
      cells: a.systems.map((sys) => {
        const own = sys.sections.find((x) => x.id === s.id);
        return sectionCell(own?.score ?? null, own?.applicable ?? false, own?.rating ?? null, sys.id);
      }),
    }));
  // Each system's own overall closes the table, so the reader sees where the sections lead.
  const withOrganisation = a.sections.some((s) => s.scope === 'organisation');
  rows.push({ id: '', label: withOrganisation ? 'Overall (with the organisation)' : 'Overall', text: '', name: '', cells: a.systems.map((sys) => sectionCell(sys.score, sys.score !== null, sys.rating, sys.id)) });
  return { rows: 'sections', groups: [{ section: null, title: 'Sections', rows }] };
}

/** A set of systems shown in one table, and which they are: "5 to 7 of 10". */
export interface SystemChunk<T> {
  items: T[];
  range: string;
}

/**
 * Systems in tables of at most SYSTEMS_PER_TABLE, so no table is wider than five columns, and as
 * near the same size as can be (10 systems: 4, 3 and 3). Filled four at a time, five systems left
 * one alone in its last table, headed "5 to 5 of 5".
 */
export function systemChunks<T>(items: T[]): SystemChunk<T>[] {
  const count = Math.ceil(items.length / SYSTEMS_PER_TABLE);
  const chunks: SystemChunk<T>[] = [];
  for (let c = 0, start = 0; c < count; c++) {
    const size = Math.ceil((items.length - start) / (count - c));
    chunks.push({ items: items.slice(start, start + size), range: `${start + 1} to ${start + size} of ${items.length}` });
    start += size;
  }
  return chunks;
}

/**
 * Systems level with the weakest, by title: all of them (--detail), or a terminal's short line names
 * three and counts the rest (its table lists them), or a paper names a few of a long list and says
 * where the rest are (paper-lists.ts).
 */
function levelNames(titles: string[], form: 'all' | 'terminal' | 'paper'): string {
  // Titles are listed as the risks list them: with semicolons when one has its own "and" or comma.
  if (form === 'all') return listTitles(titles);
  if (form === 'terminal') return listFirst(titles, { most: 3, titles: true });
  return cutShort(titles.length) ? `${paperList(titles, true)} (the appendix lists them all)` : listTitles(titles);
}

/** Everything the reports say about systems; null when the questionnaire has no system sections. */
export function systemsView(a: Assessment, catalog: Catalog): SystemsView | null {
  if (a.systemLabel === null || a.systems.length === 0) return null;
  const label = a.systemLabel;
  const many = a.systemLabelPlural ?? pluralNoun(label);
  const systems = a.systems.map(systemRow);
  const scored = systems.filter((s) => s.score !== null);
  // With no gap in any system there is none to call the weakest: "Weakest systems, level with each
  // other: Payroll and Housing, each 100/100, 0 gaps" named them all for being fully met.
  const noGaps = scored.length >= 2 && systems.every((s) => s.gaps === 0);
  const lowest =
    scored.length < 2 || noGaps
      ? null
      : scored.reduce((w, s) => ((s.score ?? 0) < (w.score ?? 0) || (s.score === w.score && s.gaps > w.gaps) ? s : w));
  // Systems level with the weakest (the same score and as many gaps) are named with it: naming one
  // of three equals as "the weakest" would send the reader after one and let two off.
  const weakest = lowest === null ? [] : scored.filter((s) => s.score === lowest.score && s.gaps === lowest.gaps);
  const only = systems.length === 1 ? systems[0] : undefined;
  const say = (form: 'all' | 'terminal' | 'paper'): string | null => {
    const withRating = form !== 'terminal';
    return lowest
      ? weakest.length === 1
        ? `Weakest ${label}: ${lowest.title}, ${systemFigures(lowest, withRating)}.`
        : `Weakest ${many}, level with each other: ${levelNames(weakest.map((w) => w.title), form)}, each ${systemFigures(lowest, withRating)}.`
      : only
        ? `${capitalise(label)}: ${only.title}, ${systemFigures(only, withRating)}.`
        : noGaps
          ? null
          : `No ${label} has a score yet.`;
  };
  const outcomes = a.questions.filter((q) => q.system !== null && q.type === 'outcome');
  const rowCount = new Set(outcomes.map((q) => q.id)).size;
  const matrix = rowCount > 0 && rowCount <= MATRIX_OUTCOME_ROWS ? outcomeMatrix(a, outcomes, catalog) : sectionMatrix(a);
  // A section that does not apply to a system is the mean of the others (scoring leaves it out).
  const skips = a.sections.some((x) => x.scope === 'system' && x.applicable && a.systems.some((own) => !own.sections.some((y) => y.id === x.id && y.applicable)));
  const meansNote =
    systems.length === 1
      ? `A section marked "(mean)" is answered once per ${label}: with one ${label}, its score is that ${label}'s own.`
      : `A section marked "(mean)" is answered once per ${label}: its score is the mean of the ${plural(systems.length, label, many)}' own scores, each counting equally${skips ? `, or of those it applies to where it does not apply to every ${label}` : ''}. Its gaps are counted for each ${label}: a question not fully met for two of them is two gaps.`;
  const withOrganisation = a.sections.some((s) => s.scope === 'organisation');
  const heading = capitalise(many);
  const summaryCaption = `${heading}: each one's own score${withOrganisation ? ", with the organisation's sections" : ''}`;
  return { label, plural: many, column: capitalise(label), heading, withOrganisation, summaryCaption, meansNote, systems, weakest, sentence: say('all'), paperSentence: say('paper'), shortSentence: say('terminal'), matrix };
}

/**
 * What a column saying whose answer a row is (the papers' appendix tables, diff's lists, the CSV's
 * System column, the terminal's gap lines) says: the system's name, or "Organisation" for the
 * organisation's own answers, never a blank, which reads as missing data.
 */
export const scopeName = (systemName: string | null): string => systemName ?? 'Organisation';

/** The title of a scope for people: the system's title, or null for the organisation. */
export function scopeTitles(a: Assessment): (system: ScopeId) => string | null {
  const titles = new Map(a.systems.map((s) => [s.id, s.title]));
  return (system) => (system === null ? null : (titles.get(system) ?? system));
}
