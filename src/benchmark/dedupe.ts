import type { ShareExtract } from '../share/types.js';
import type { LabelledExtract } from './types.js';

export interface DedupeWarning {
  file: string;
  /** For standard error: names both files. */
  message: string;
  /** For the report, which may be passed round: names no file, as file names can name councils. */
  note: string;
}

/**
 * One contribution per label (SPEC: "Two extracts with the same label: the later assessedOn
 * counts, with a warning"). In the same month, the one given later on the command line counts.
 * The same input given twice (the highlighted council among the files) is not a duplicate.
 */
export function dedupeByLabel(inputs: readonly LabelledExtract[]): { kept: LabelledExtract[]; warnings: DedupeWarning[] } {
  const winners = new Map<string, LabelledExtract>();
  const warnings: DedupeWarning[] = [];
  for (const input of inputs) {
    const held = winners.get(input.label);
    if (held === undefined || held === input) {
      winners.set(input.label, input);
      continue;
    }
    const later = input.extract.assessedOn >= held.extract.assessedOn ? input : held;
    const earlier = later === input ? held : input;
    winners.set(input.label, later);
    // In one month "its assessment of 2026-03 counts, not that of 2026-03" told the reader nothing.
    const month = later.extract.assessedOn;
    const sameMonth = month === earlier.extract.assessedOn;
    warnings.push({
      file: earlier.file,
      message: sameMonth
        ? `label "${input.label}" is also in ${later.file}, assessed in the same month (${month}); the one given later on the command line counts (${later.file})`
        : `label "${input.label}" is also in ${later.file}; only the later assessment counts (${later.file}, ${month}; this one ${earlier.extract.assessedOn})`,
      note: sameMonth
        ? `"${input.label}" was given twice, both assessed in ${month}; the one given later on the command line counts`
        : `"${input.label}" was given twice; its assessment of ${month} counts, not that of ${earlier.extract.assessedOn}`,
    });
  }
  // In the order first given, so that labels read in a stable order.
  const order = new Map<string, number>();
  inputs.forEach((x, i) => order.has(x.label) || order.set(x.label, i));
  return { kept: [...winners.values()].sort((a, b) => (order.get(a.label) ?? 0) - (order.get(b.label) ?? 0)), warnings };
}

/**
 * Whether an extract holds the same assessment as `a`, whatever their labels (`a`'s figures made once): an answers file given to
 * --highlight scores to the same figures as the extract its council shared, and counting both would
 * put that council in the group twice. Everything but the label, the tool and the name is compared.
 */
export function sameAssessmentAs(a: ShareExtract): (b: ShareExtract) => boolean {
  const mine = figures(a);
  return (b) => figures(b) === mine;
}

const figures = (x: ShareExtract): string => JSON.stringify([x.questionnaire, x.assessedOn, x.overall, x.sections, x.systems, x.answers]);

/**
 * A council's answers file given beside the extract it shared is one council (as with --highlight):
 * counted twice it would skew every figure and make the group look bigger than it is, so that
 * --min-group let through a group smaller than asked. The extract is kept (its label is the one the
 * council chose). Two extracts that agree on everything but the label may be one council that ran
 * `share` twice (a new random label each time), or two councils that answered a short
 * questionnaire alike in the same month: that cannot be told, so they are both counted, with a
 * warning. Two answers files are two councils, as their files say.
 */
export function dedupeTwins<T extends LabelledExtract & { named?: boolean }>(inputs: readonly T[]): { kept: T[]; warnings: { file: string; message: string }[] } {
  // Whole figures only where a quick look finds a possible twin: 400 extracts must take well under two seconds.
  const quick = (x: ShareExtract): string => `${x.questionnaire.id}@${x.questionnaire.version}|${x.assessedOn}|${x.overall.score}|${x.answers.length}`;
  const seen = new Map<string, number>();
  for (const x of inputs) seen.set(quick(x.extract), (seen.get(quick(x.extract)) ?? 0) + 1);
  const keys = inputs.map((x, i) => ((seen.get(quick(x.extract)) ?? 0) > 1 ? figures(x.extract) : `only ${i}`));
  const extracts = new Map<string, T>();
  inputs.forEach((x, i) => x.named !== true && !extracts.has(keys[i] as string) && extracts.set(keys[i] as string, x));
  const warnings: { file: string; message: string }[] = [];
  const kept = inputs.filter((x, i) => {
    const twin = extracts.get(keys[i] as string);
    if (!twin || twin === x) return true;
    if (x.named === true) {
      warnings.push({ file: x.file, message: `holds the same assessment as ${twin.file}, so it is counted once, as "${twin.label}"` });
      return false;
    }
    warnings.push({ file: x.file, message: `has the same answers, scores and month as ${twin.file}; both are counted: if they are one council that shared twice, give only one` });
    return true;
  });
  return { kept, warnings };
}
