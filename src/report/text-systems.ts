// Critical systems in the terminal report (SPEC "v2: critical systems"): in the summary, each
// system's own score and the weakest in words; with --detail, the matrix of outcomes (or sections)
// by system, in columns when they fit the width and as a list when they do not.
import { displayWidth, keepTogether, spacesBack } from '../text/wrap.js';
import { fitScoreTable } from './text-fit.js';
import { s, type ScoreRow } from './text-parts.js';
import { shorten } from '../text/shorten.js';
import type { TextStyle } from './text-style.js';
import type { MatrixRow, SystemsView } from './system-view.js';
import { pushAll, largest } from '../text/spread-free.js';
import { labelled } from './outcome-view.js';

/** Narrower than this and a row's name is too cut to read: the matrix becomes a list. */
const MIN_LABEL = 18;
/** The most systems the summary lists: more would crowd out the gaps; the weakest are the ones shown. */
const SUMMARY_SYSTEMS = 8;
/** System ids up to this long head the columns themselves; longer ones are numbered S1, S2, … */
const MAX_KEY = 12;

/** A system's name up to this wide is never broken across lines. */
const SHORT_NAME = 30;

/**
 * The sentence with each short system name kept on one line: "… Дом and Payroll" at a line's end
 * and "2026, each 33/100, 2 gaps." flush left under it read as a year, not the rest of the name.
 */
const namesKept = (sentence: string, view: SystemsView): string =>
  view.systems
    .map((x) => s(x.title))
    .filter((title) => title.includes(' ') && displayWidth(title) <= SHORT_NAME)
    .reduce((text, title) => text.replace(title, () => keepTogether(title)), sentence);

const heading = (view: SystemsView, st: TextStyle): string[] =>
  st.wrap(view.withOrganisation ? `${st.chalk.bold(s(view.heading))} ${st.chalk.dim("(each with the organisation's sections)")}` : st.chalk.bold(s(view.heading)), '', '  ');

/**
 * The summary's part: one line per system and the weakest in words, in at most `room` lines. When
 * there are more systems than fit, the weakest are shown (in listed order) and the rest counted.
 */
export function systemsSummary(view: SystemsView, st: TextStyle, room: number, alignWith: ScoreRow[]): string[] {
  const top = heading(view, st);
  // Its later lines hang by two columns, as every wrapped line of the summary does (SPEC "v2:
  // reports"): flush left, "Social care case management, 43/100, 26 gaps." read as a line of its own.
  // The indent is outside the bold, as on every other line.
  const sentence = view.shortSentence === null ? [] : st.wrap(namesKept(s(view.shortSentence), view), '', '  ').map((l, i) => (i > 0 ? `  ${st.chalk.bold(spacesBack(l.slice(2)))}` : st.chalk.bold(spacesBack(l))));
  const rows = view.systems.map((x) => ({ title: x.title, applicable: x.score !== null, score: x.score, rating: x.rating }));
  // As many systems as fit (a long title may take two lines), the lowest scoring kept, in listed order.
  return [...top, ...fitScoreTable(rows, st, room, { most: SUMMARY_SYSTEMS, alignWith, around: top.length + sentence.length }), ...sentence];
}

/** The column head for each system: its id when every id is short, else S1, S2, … */
function keysOf(view: SystemsView): string[] {
  const short = view.systems.every((x) => displayWidth(s(x.id)) <= MAX_KEY);
  return view.systems.map((x, i) => (short ? s(x.id) : `S${i + 1}`));
}

/** An outcome by its label and short name ("B5.c Backups"); a section by its title. */
const rowName = (row: MatrixRow): string => s(row.name ? labelled(row.label, row.name) : row.label);

/** --detail: each system with its key and figures, then the matrix. */
export function systemsDetail(view: SystemsView, st: TextStyle): string[] {
  const { chalk } = st;
  // Read aloud, "S1: Partially" names no system: the cells name theirs by title.
  const keys = st.plain ? view.systems.map((x) => s(x.title)) : keysOf(view);
  const keyWidth = st.plain ? 0 : largest(keys.map(displayWidth));
  const lines: string[] = [];
  view.systems.forEach((x, i) => {
    const figures = x.score === null ? 'not scored' : `${x.shownScore}/100 ${x.rating ? s(x.rating.label) : ''}${x.capped && x.rating ? ' (capped by automatic fails)' : ''}`;
    const who = x.owner ? `; owner: ${s(x.owner)}` : '';
    pushAll(lines, st.wrap(`${s(x.title)}: ${figures.trim()}, ${x.gaps} gap${x.gaps === 1 ? '' : 's'}${who}`, st.plain ? '  ' : `  ${(keys[i] ?? '').padEnd(keyWidth)}  `, ' '.repeat(keyWidth + 4)));
  });
  if (view.sentence !== null) pushAll(lines, st.wrap(s(view.sentence), '  ', '    '));
  const m = view.matrix;
  pushAll(lines, ['', ...st.wrap(chalk.bold(m.rows === 'outcomes' ? `Outcomes by ${s(view.label)}` : `Sections by ${s(view.label)}`))]);
  pushAll(lines, [
    ...st
      .wrap(m.rows === 'outcomes' ? 'Status as the indicators show it ("Partially": partially achieved; "?": not every indicator answered yet; "*": a status the assessor confirmed, in words below the table).' : `Own scores out of 100, rounded down; the last row is the overall${view.withOrganisation ? ', with the organisation' : ''}.`)
      .map((l) => chalk.dim(l)),
  ]);
  const widths = view.systems.map((x, i) => largest(m.groups.flatMap((g) => g.rows.map((r) => displayWidth(r.cells[i]?.short ?? ''))), displayWidth(keys[i] ?? '')));
  const indent = m.rows === 'outcomes' ? 4 : 2;
  const labelWidth = st.width - indent - widths.reduce((n, w) => n + w + 2, 0);
  const cellsOf = (r: MatrixRow): string => r.cells.map((c, i) => (m.rows === 'sections' ? c.short.padStart(widths[i] ?? 0) : c.short.padEnd(widths[i] ?? 0))).join('  ');
  // Read aloud, a row of columns is heard as a string of statuses without their systems: a list instead.
  if (labelWidth >= MIN_LABEL && !st.plain) {
    const longest = Math.min(labelWidth, largest(m.groups.flatMap((g) => g.rows.map((r) => displayWidth(rowName(r))))));
    const head = keys.map((k, i) => (m.rows === 'sections' ? k.padStart(widths[i] ?? 0) : k.padEnd(widths[i] ?? 0))).join('  ');
    lines.push(chalk.bold(`${' '.repeat(indent + longest + 2)}${head}`.trimEnd()));
    for (const g of m.groups) {
      if (m.rows === 'outcomes') pushAll(lines, st.wrap(s(g.title), '  ', '    '));
      for (const r of g.rows) {
        const name = shorten(rowName(r), longest);
        lines.push(`${' '.repeat(indent)}${name}${' '.repeat(longest - displayWidth(name) + 2)}${cellsOf(r)}`.trimEnd());
      }
    }
    return [...lines, ...confirmedCells(view, keys, st)];
  }
  // Too many systems for columns at this width: each row, then its cells as "key: status".
  for (const g of m.groups) {
    if (m.rows === 'outcomes') pushAll(lines, st.wrap(s(g.title), '  ', '    '));
    for (const r of g.rows) {
      pushAll(lines, st.wrap(rowName(r), ' '.repeat(indent), ' '.repeat(indent + 2)));
      // A no-break space keeps each key with its status when the line wraps; read aloud, a system's
      // title with its status too, where it is short enough, and the spaces given back.
      const cell = (c: MatrixRow['cells'][number], i: number): string => (st.plain ? (displayWidth(`${keys[i]}: ${c.short}`) <= SHORT_NAME + 14 ? keepTogether(`${keys[i]}: ${c.short}`) : `${keys[i]}: ${c.short}`) : `${keys[i]}:\u00a0${c.short.replace(/ /g, '\u00a0')}`);
      const wrapped = st.wrap(r.cells.map(cell).join(st.sep), ' '.repeat(indent + 2), ' '.repeat(indent + 4));
      pushAll(lines, st.plain ? wrapped.map(spacesBack) : wrapped);
    }
  }
  return [...lines, ...confirmedCells(view, keys, st)];
}

/**
 * Each cell marked "*" in words under the matrix: SPEC has a status confirmed above the indicators
 * reported as "confirmed above what the indicators support", and a status confirmed without
 * indicators as "confirmed without indicators", which a star alone does not say.
 */
function confirmedCells(view: SystemsView, keys: string[], st: TextStyle): string[] {
  const out: string[] = [];
  for (const g of view.matrix.groups) {
    for (const r of g.rows) {
      r.cells.forEach((c, i) => {
        if (c.short.endsWith('*')) pushAll(out, st.wrap(`* ${keys[i] ?? ''}${st.sep}${rowName(r)}: ${s(c.text)}`, '  ', '      '));
      });
    }
  }
  return out;
}
