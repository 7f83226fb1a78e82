import type { ShareExtract } from '../share/types.js';
import { escapeOdd } from '../text/odd-characters.js';
import { councilKey } from './council-key.js';
import type { LabelledExtract } from './types.js';

export interface DedupeWarning {
  file: string;
  /** For standard error: names both files. */
  message: string;
  /** For the report, which may be passed round: names no file, as file names can name councils. */
  note: string;
}

// Labels and organisation names are compared by councilKey(): "Ynys Môn" typed on one machine and
// taken from a macOS file name on another (NFD), or typed with a space after it, are one council.

/**
 * Whether two contributions are one council's: the same label, or the same organisation (extracts
 * made with --named). A council that shares again without its old --label gets a new random label,
 * but its name, where it gave one, still says who it is.
 */
export function sameCouncil(a: LabelledExtract, b: LabelledExtract): boolean {
  if (councilKey(a.label) === councilKey(b.label)) return true;
  const [x, y] = [a.extract.organisation, b.extract.organisation];
  return x !== undefined && y !== undefined && councilKey(x) === councilKey(y);
}

/** A label as a message quotes it: in quotes, so that a space at either end shows. */
const shown = (label: string): string => `"${escapeOdd(label)}"`;

/**
 * Words for one council's two returns, `kept` counted and `dropped` set aside: the later month, in
 * one month the one given later, and never a month still to come over one that is not.
 */
function resubmission(held: LabelledExtract, input: LabelledExtract, kept: LabelledExtract, dropped: LabelledExtract, options: DedupeOptions<LabelledExtract>): Omit<DedupeWarning, 'file'> {
  const { thisMonth } = options;
  // In one month "its assessment of 2026-03 counts, not that of 2026-03" told the reader nothing.
  const month = kept.extract.assessedOn;
  const other = dropped.extract.assessedOn;
  const sameMonth = month === other;
  // A mistyped 2062 set aside for the council's real return of an earlier month: "the later" would be untrue.
  const mistyped = !sameMonth && other > month;
  // Each case in the two voices: `which` for standard error (names the kept file), `counts` for the paper (names none).
  const { which, counts } = sameMonth
    ? {
        // --highlight is weighed after every file, wherever it stands on the command line: "given later" was untrue of it when given first.
        which: `assessed in the same month (${month}); ${kept === options.highlight ? 'the one given with --highlight counts' : 'the one given later on the command line counts'} (${kept.file})`,
        counts: `both assessed in ${month}; ${kept === options.highlight ? 'the highlighted one counts' : 'the one given later on the command line counts'}`,
      }
    : mistyped
      ? {
          which: `the one assessed in ${month} counts (${kept.file}), as this one's month, ${other}, is after this month (${thisMonth ?? ''}) and so probably mistyped`,
          counts: `its assessment of ${month} counts, not that of ${other}, which is after the month this benchmark was made (${thisMonth ?? ''}) and so probably mistyped`,
        }
      : {
          which: `only the later assessment counts (${kept.file}, ${month}; this one ${other})`,
          counts: `its assessment of ${month} counts, not that of ${other}`,
        };
  const joint = sameMonth ? ',' : ';';
  if (councilKey(held.label) === councilKey(input.label)) {
    // Labels that differ only by spaces or case are one council's: both are said, so the reader sees why.
    const alike = dropped.label === kept.label ? '' : ` as ${shown(kept.label)}`;
    return {
      message: `label ${shown(dropped.label)} is also in ${kept.file}${alike}${joint} ${which}`,
      note: `${shown(kept.label)} was given twice${alike ? ` (once as ${shown(dropped.label)})` : ''}${joint} ${counts}.`,
    };
  }
  // The organisation is named on standard error only: the report never shows it (README, --named).
  return {
    message: `organisation "${dropped.extract.organisation ?? ''}" is also in ${kept.file} (label "${kept.label}")${joint} ${which}`,
    note: `One organisation sent two extracts ("${dropped.label}" and "${kept.label}")${joint} ${counts}.`,
  };
}

export interface DedupeOptions<T> {
  /** The month (YYYY-MM) the benchmark is made in: a month after it is no later return. */
  thisMonth?: string;
  /** The council given with --highlight, when it is not among the files: weighed after them all, as the last given. */
  highlight?: T;
}

/**
 * One contribution per council (SPEC: "Two extracts with the same label: the later assessedOn
 * counts, with a warning"), a council being a label or, with --named, an organisation, the same
 * as councilKey() compares them. In the same month, the one given later on the command line
 * counts, --highlight (not among the files) being weighed last. A month after `thisMonth` is a
 * mistyped year most likely, and no later than any month that is not: the council's real return
 * counts over it. The same input given twice (the highlighted council among the files) is not a
 * duplicate.
 */
export function dedupeByLabel<T extends LabelledExtract>(inputs: readonly T[], options: DedupeOptions<T> = {}): { kept: T[]; warnings: DedupeWarning[] } {
  const { thisMonth } = options;
  // Slots in the order first given, so that labels read in a stable order.
  const slots: T[] = [];
  const byLabel = new Map<string, number>();
  const byOrganisation = new Map<string, number>();
  const remember = (x: T, slot: number): void => {
    byLabel.set(councilKey(x.label), slot);
    if (x.extract.organisation !== undefined) byOrganisation.set(councilKey(x.extract.organisation), slot);
  };
  const future = (x: T): boolean => thisMonth !== undefined && x.extract.assessedOn > thisMonth;
  const warnings: DedupeWarning[] = [];
  // An input met again (the highlighted council, given among the files too) is already weighed: weighed
  // again against the return that replaced it, it won back its place and the notes said it twice.
  const seen = new Set<T>();
  for (const input of inputs) {
    if (seen.has(input)) continue;
    seen.add(input);
    const organisation = input.extract.organisation;
    const slot = byLabel.get(councilKey(input.label)) ?? (organisation === undefined ? undefined : byOrganisation.get(councilKey(organisation)));
    if (slot === undefined) {
      remember(input, slots.push(input) - 1);
      continue;
    }
    const held = slots[slot] as T;
    const inputWins = future(input) === future(held) ? input.extract.assessedOn >= held.extract.assessedOn : future(held);
    const kept = inputWins ? input : held;
    const dropped = inputWins ? held : input;
    slots[slot] = kept;
    remember(input, slot);
    warnings.push({ file: dropped.file, ...resubmission(held, input, kept, dropped, options) });
  }
  return { kept: slots, warnings };
}

/**
 * What makes two extracts one assessment: the questionnaire and version, the month, and every
 * answer's status, value and score. Not the label (random unless given), the tool, the name, nor an
 * older extract's waivers, which newer ones no longer carry.
 */
const figures = (x: ShareExtract): string =>
  JSON.stringify([x.questionnaire, x.assessedOn, x.answers.map((a) => [a.question, a.system, a.status, a.value, a.score])]);

/**
 * Whether an extract holds the same assessment as `a` (`a`'s figures made once): an answers file
 * given to --highlight scores to the same figures as the extract its council shared, and counting
 * both would put that council in the group twice.
 */
export function sameAssessmentAs(a: ShareExtract): (b: ShareExtract) => boolean {
  const mine = figures(a);
  return (b) => figures(b) === mine;
}

/**
 * A council's answers file given beside the extract it shared is one council (as with --highlight):
 * counted twice it would skew every figure and make the group look bigger than it is, so that
 * --min-group let through a group smaller than asked. The extract is kept (its label is the one the
 * council chose). Two extracts that agree on everything but the label may be one council that ran
 * `share` twice (a new random label each time), or two councils that answered a short
 * questionnaire alike in the same month: that cannot be told, so both are counted, as SPEC counts
 * inputs; each such pair is in `alike`, for a warning and the paper's notes once the label rule
 * has had its say (a same-label resubmission is then one council, not two alike). Two answers
 * files are two councils, as their files say.
 */
export function dedupeTwins<T extends LabelledExtract & { named?: boolean }>(inputs: readonly T[]): { kept: T[]; warnings: { file: string; message: string }[]; alike: [T, T][] } {
  // Whole figures only where a quick look finds a possible twin: 400 extracts must take well under two seconds.
  const quick = (x: ShareExtract): string => `${x.questionnaire.id}@${x.questionnaire.version}|${x.assessedOn}|${x.overall.score}|${x.answers.length}`;
  const seen = new Map<string, number>();
  for (const x of inputs) seen.set(quick(x.extract), (seen.get(quick(x.extract)) ?? 0) + 1);
  const keys = inputs.map((x, i) => ((seen.get(quick(x.extract)) ?? 0) > 1 ? figures(x.extract) : `only ${i}`));
  const extracts = new Map<string, T>();
  inputs.forEach((x, i) => x.named !== true && !extracts.has(keys[i] as string) && extracts.set(keys[i] as string, x));
  const warnings: { file: string; message: string }[] = [];
  const alike: [T, T][] = [];
  const kept = inputs.filter((x, i) => {
    const twin = extracts.get(keys[i] as string);
    if (!twin || twin === x) return true;
    if (x.named === true) {
      warnings.push({ file: x.file, message: `holds the same assessment as ${twin.file} (the same answers and month), so it is counted once, as "${twin.label}"` });
      return false;
    }
    alike.push([x, twin]);
    return true;
  });
  return { kept, warnings, alike };
}

/** Of the pairs alike in all but the label, those still both counted once labels are deduplicated, each named in a warning. */
export function alikeCounted<T extends LabelledExtract>(alike: readonly [T, T][], kept: readonly T[]): { file: string; message: string }[] {
  return alike
    .filter(([x, twin]) => kept.includes(x) && kept.includes(twin))
    .map(([x, twin]) => ({ file: x.file, message: `has the same answers, scores and month as ${twin.file}; both are counted: if they are one council that shared twice, give only one` }));
}
