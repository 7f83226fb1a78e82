import type { Gap } from '../scoring/assessment.js';
import { scopeKey } from '../scoring/scope-key.js';
import { gapAnswers, type GapAnswer } from './gap-answer.js';
import { gateStops } from './gate-stops.js';
import { questionFraction } from './round-score.js';
import type { Reporter } from './types.js';
import { shownPriority } from './shown-priority.js';
import { scopeName } from './system-view.js';

/** The columns of SPEC "v2: reports", in order. */
export const CSV_COLUMNS = ['Rank', 'System', 'Section', 'Question ID', 'Question', 'Severity', 'Priority', 'Answer', 'Score (0 to 1)', 'Owner', 'Review by', 'Waiver', 'Remediation', 'References'] as const;

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR, may
// drop them and read what follows); a leading apostrophe makes it text in Excel, LibreOffice and
// Google Sheets. (OWASP, "CSV Injection".) White space before the sign is no cover: LibreOffice's
// "Trim spaces" import option drops the spaces of " =1+1" and then runs it, so any run of white
// space before a sign counts. Excel set up for Japanese or Chinese is reported to read the
// full-width signs (U+FF1D, U+FF0B, U+FF0D, U+FF20) as the ASCII ones; that could not be tried
// here, and an apostrophe on such rare cells costs little, so they count too.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

// Controls other than tab, CR and LF (which a cell may hold), and the bidirectional characters
// that reorder what a reader sees: shown as escapes, as everywhere text may reach a terminal.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const visible = (ch: string): string => {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** One RFC 4180 field: made safe and inert, then quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value).replace(UNSAFE, visible);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// An outcome's answer names what it still needs, ids separated as in References.
// An action tracker needs the statements themselves, not only their ids: one per line in the cell.
const answerCell = ({ answer, unmetStatements, automaticFail }: GapAnswer): string =>
  `${automaticFail}${answer}${unmetStatements.length ? `; still to meet:\n${unmetStatements.join('\n')}` : ''}`;

// A waiver that has not expired on a gap that still stops the assessment (`stop`, gate-stops.ts) is
// not an accepted risk, as the papers and the CI formats say.
function waiverText(g: Gap, stop: string | null): string {
  if (!g.waiver) return '';
  const by = g.waiver.approvedBy ? `, approved by ${g.waiver.approvedBy}` : '';
  if (g.waiver.state === 'expired') return `expired on ${g.waiver.expires}${by}: ${g.waiver.reason}`;
  return stop === null ? `accepted risk until ${g.waiver.expires}${by}: ${g.waiver.reason}` : `waived until ${g.waiver.expires}${by}, but ${stop}: ${g.waiver.reason}`;
}

/**
 * The action plan as CSV, one row per gap in priority order, for risk registers and task-tracker
 * imports. UTF-8 with a byte-order mark, because Excel reads a CSV without one in the local code
 * page and garbles every non-ASCII letter; CRLF line ends, as RFC 4180 says. `System` is the
 * system's title; with systems, an organisation-wide gap says "Organisation" there (a blank cell
 * reads as missing data and drops out of a spreadsheet's filter); without systems it stays empty.
 * A system's gap whose answer names no owner is the system owner's to act on.
 */
export const renderCsv: Reporter = (a) => {
  // A date past is marked in its cell as markdown, HTML and the board paper mark it, not in a column
  // of its own: SPEC "v2: reports" fixes the columns, and importers map them by position and name.
  // The date stays first, so the cell still reads (and sorts as text) by date.
  const reviewBy = new Map(a.questions.map((q) => [scopeKey(q.id, q.system), q.reviewBy === null ? null : `${q.reviewBy}${q.stale ? ' (overdue)' : ''}`]));
  const answerOf = gapAnswers(a);
  const organisation = a.systemLabel === null ? null : scopeName(null);
  const systemOwner = new Map(a.systems.map((x) => [x.id, x.owner]));
  const stops = gateStops(a);
  const rows = a.gaps.map((g) => [
    g.rank,
    g.system === null ? organisation : (g.systemTitle ?? g.system),
    g.sectionTitle,
    g.question,
    g.text,
    g.severity,
    shownPriority(g.priority),
    answerCell(answerOf(g)),
    // As --detail, JUnit and diff show it: 0 to 1, rounded down (SPEC "Scoring"), from the exact figure.
    questionFraction(g.score),
    g.owner ?? (g.system === null ? null : (systemOwner.get(g.system) ?? null)),
    reviewBy.get(scopeKey(g.question, g.system)) ?? null,
    waiverText(g, stops(g)),
    g.remediation,
    g.references.join('; '),
  ]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
};
