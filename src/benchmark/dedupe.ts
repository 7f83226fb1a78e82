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
    warnings.push({
      file: earlier.file,
      message: `label "${input.label}" is also in ${later.file}; only the later assessment counts (${later.file}, ${later.extract.assessedOn}; this one ${earlier.extract.assessedOn})`,
      note: `"${input.label}" was given twice; its assessment of ${later.extract.assessedOn} counts, not that of ${earlier.extract.assessedOn}`,
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
  const figures = (x: ShareExtract): string => JSON.stringify([x.questionnaire, x.assessedOn, x.overall, x.sections, x.systems, x.answers]);
  const mine = figures(a);
  return (b) => figures(b) === mine;
}
