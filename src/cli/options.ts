import { InvalidArgumentError } from 'commander';
import { SEVERITIES, type GapSeverity } from '../questionnaire/types.js';
import { UsageError } from '../errors.js';
import type { GateOptions } from '../scoring/score-assessment.js';
import type { AssessOptions } from './assess-options.js';
import type { Io } from './io.js';
import { calendarProblem } from '../text/calendar-date.js';
import { hasInvisible } from '../text/odd-characters.js';

export function parseScore(value: string): number {
  const n = Number(value);
  // Written in decimal: Number() also reads "0x46" as 70 and "1e2" as 100, which no gate means.
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a number from 0 to 100, written in decimal (such as 70 or 72.5).');
  return n;
}

export function parseSeverity(value: string): GapSeverity {
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    // Written as a heading or a CI variable writes it (`High`, `CRITICAL`): the severity meant is said.
    const meant = SEVERITIES.find((s) => s === value.toLowerCase());
    throw new InvalidArgumentError(`expected one of ${SEVERITIES.join(', ')}${meant ? `; did you mean ${meant}?` : '.'}`);
  }
  return value as GapSeverity;
}

export function parseDate(value: string): string {
  const problem = calendarProblem(value);
  if (problem?.kind === 'shape') throw new InvalidArgumentError('expected a date written YYYY-MM-DD.');
  if (problem) throw new InvalidArgumentError(`not a date that exists (${problem.why}).`);
  return value;
}

/**
 * A share label: what a forum's benchmark names a council by, so short, printable and one line. A
 * space at either end or an invisible character (a zero-width space pasted from a web page) made a
 * label that looks like another council's; benchmark counts labels that differ only by spaces or
 * case as one council (benchmark/council-key.ts), and refuses an extract with an invisible character.
 * Commander's words before these quote the value, the character named (quoteRefusedValue).
 */
export function parseLabel(value: string): string {
  if (value.trim() === '' || value.length > 100 || /[\u0000-\u001f\u007f-\u009f]/.test(value)) throw new InvalidArgumentError('expected a label of 1 to 100 printable characters.');
  if (value.trim() !== value) throw new InvalidArgumentError('expected a label with no space before or after it.');
  if (hasInvisible(value)) throw new InvalidArgumentError("expected a label with no invisible characters, which make it look like another council's.");
  return value;
}

/** An output file name: not empty (an unset CI variable in `-o "$REPORT"` would otherwise print instead). */
export function parseFileName(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a file name, not an empty one (is a variable unset?).');
  // A name of white space alone is a file no listing shows plainly, made by a mistake (`"$DIR $NAME"` unset).
  // Commander's words before these quote the value, a tab or a no-break space in it named (quoteRefusedValue).
  if (value.trim() === '') throw new InvalidArgumentError('expected a file name, not only white space (is a variable unset?).');
  // `-o=report.md` is, as for every short option, the value "=report.md": a file of that name was
  // written where the user looked for report.md. A file so named is still `./=report.md` away.
  if (value === '=') throw new InvalidArgumentError('expected a file name, not "=" (-o= names a file "="); write -o FILE');
  if (value.startsWith('=')) {
    const meant = value.slice(1);
    throw new InvalidArgumentError(`expected a file name, not one starting with "=" (-o=${meant} names a file "${value}"); did you mean -o ${meant}? (./${value} writes a file so named)`);
  }
  return value;
}

/**
 * `-o` of a command that prints by default: a file name, or `-` for standard output, as most tools
 * read it (and as `init -o -` does). Taken as a name, `-` made a file called "-" in the folder.
 */
export function parseOutputName(value: string): string | undefined {
  return value === '-' ? undefined : parseFileName(value);
}

/** A whole number of at least 1 (the benchmark's minimum group). */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const localDate = (d: Date): string =>
  `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** 9999-12-31T23:59:59Z in seconds: the last day a YYYY-MM-DD date can name. */
const LAST_SECOND = 253402300799;
/** 2000-01-01T00:00:00Z in milliseconds: a SOURCE_DATE_EPOCH from then on may well be milliseconds. */
const FIRST_MILLISECOND_OF_2000 = 946684800000;

/** --today, else SOURCE_DATE_EPOCH (seconds, as a UTC date, for reproducible builds), else today's local date. */
export function resolveToday(flag: string | undefined, io: Io): string {
  if (flag !== undefined) return flag;
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${epoch}"`);
    // Seconds up to the end of year 9999: milliseconds (13 digits) gave a date in year 61971, which
    // passed every staleness gate and made init write a date its own check refused.
    // Asked whether it is milliseconds only when as milliseconds it would be a date from 2000 to the
    // end of 9999: 253402300800 (a second past the year 9999) read so is 1978, and 253402300800000
    // is the year 10000, which no one meant either.
    const ms = Number(epoch);
    const maybeMilliseconds = ms >= FIRST_MILLISECOND_OF_2000 && ms <= LAST_SECOND * 1000 + 999;
    if (ms > LAST_SECOND) throw new UsageError(`SOURCE_DATE_EPOCH must be seconds since 1970 up to the year 9999, not "${epoch}" (${maybeMilliseconds ? 'milliseconds?' : 'past the end of 9999'})`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return localDate(io.now());
}

/**
 * The day a review date typed in the walk must not be before, read as it is typed: the walk's
 * `today`, or when that came from the clock (no --today, no SOURCE_DATE_EPOCH), the clock's date at
 * that moment if later. A walk that ran past midnight took yesterday as "today or later", and the
 * answer was past review as soon as it was saved.
 */
export function reviewDayFrom(flag: string | undefined, io: Io, today: string): () => string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (flag !== undefined || (epoch !== undefined && epoch !== '')) return () => today;
  return () => {
    const now = localDate(io.now());
    return now > today ? now : today;
  };
}

/**
 * An instant's calendar date in the zone today's date is read in (resolveToday, given the same
 * `flag`): UTC when today's date is SOURCE_DATE_EPOCH's, as reproducible builds date things, else
 * the computer's own. Commits made at one moment in different zones then have one date, and dates
 * keep the order of the instants, so they compare with today, --since and each other. --today names
 * a date, not a zone: with it, SOURCE_DATE_EPOCH is not read (a bad one is not refused), so it
 * does not move the dates to UTC either.
 */
export function dateInTodaysZone(flag: string | undefined, io: Io): (instant: Date) => string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const fromEpoch = flag === undefined && epoch !== undefined && /^\d+$/.test(epoch) && Number(epoch) <= LAST_SECOND;
  return fromEpoch ? (d) => d.toISOString().slice(0, 10) : localDate;
}

/**
 * Colour as the ecosystem expects: --no-color wins; then FORCE_COLOR (which, as in Node, beats
 * NO_COLOR); then NO_COLOR; then whether standard output is a terminal that is not "dumb".
 */
export function resolveColorLevel(colorFlag: boolean | undefined, io: Io, stream: { isTTY: boolean } = io.stdout): 0 | 1 | 2 | 3 {
  if (colorFlag === false) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || io.env.TERM === 'dumb') return 0;
  if (io.env.COLORTERM === 'truecolor' || io.env.COLORTERM === '24bit') return 3;
  return io.env.TERM?.includes('256') ? 2 : 1;
}

/**
 * How a command's main output is drawn: a file (`-o`) never gets colour codes, whatever FORCE_COLOR
 * says (that forces colour on the terminal and on standard output, not into a file a person opens
 * in an editor or attaches to a paper), and takes a file's width; standard output gets both as above.
 */
export function outputStyle(colorFlag: boolean | undefined, io: Io, output: string | undefined): { colorLevel: 0 | 1 | 2 | 3; width: number } {
  if (output) return { colorLevel: 0, width: resolveWidth(io, { isTTY: false }) };
  return { colorLevel: resolveColorLevel(colorFlag, io), width: resolveWidth(io) };
}

/**
 * The width terminal text wraps to (SPEC "v2: reports"): the terminal's own when the report goes to
 * one, else COLUMNS, else `otherwise` (100 for reports; help takes 80, as commander lays it out).
 */
export function resolveWidth(io: Io, stream: { isTTY: boolean; columns?: number | undefined } = io.stdout, otherwise = 100): number {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : otherwise;
}

/** The gates asked for on the command line, as scoring takes them. */
export function gatesFrom(options: AssessOptions): GateOptions {
  return {
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.failOnStale ? { failOnStale: true } : {}),
  };
}
