import { resolve } from 'node:path';
import { benchmark } from '../benchmark/benchmark.js';
import { alikeCounted, dedupeByLabel, dedupeTwins, sameAssessmentAs } from '../benchmark/dedupe.js';
import type { BenchmarkFormat } from '../benchmark/formats.js';
import { commonQuestionnaire, oddInputs, versionsNote } from '../benchmark/group.js';
import { STALE_AFTER_MONTHS, futureInputs, newestAssessed, staleInputs } from '../benchmark/assessed-period.js';
import { completenessOf, isBlank, unansweredWords } from '../benchmark/completeness.js';
import { refuseWordOutput } from './benchmark-word.js';
import { majorOf } from '../questionnaire/version-order.js';
import { loadBenchmarkRenderer } from '../benchmark/load-renderer.js';
import { DEFAULT_MIN_GROUP } from '../benchmark/min-group.js';
import { ExitCode, InputError, UsageError, errorAt, hasErrors, type Diagnostic } from '../errors.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { confirmWritten } from './confirm-written.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { outputStyle, resolveToday } from './options.js';
import { distinctFileLabels, readBenchmarkInput, type BenchmarkInput, type InputReader } from './read-benchmark-input.js';
import { writeOutputs } from './write-output.js';
import { countNoun } from '../text/plural-noun.js';
import { checkExtractContents } from '../share/check-extract-contents.js';
import { pushAll } from '../text/spread-free.js';

export interface BenchmarkOptions extends CommonOptions {
  minGroup: number;
  highlight?: string;
  format: BenchmarkFormat;
  output?: string;
  today?: string;
}

/** Read every input, so that one run reports every bad file, not only the first. */
async function readAll(reader: InputReader, files: readonly string[]): Promise<BenchmarkInput[]> {
  const read: BenchmarkInput[] = [];
  const problems: Diagnostic[] = [];
  // A file named twice (as an input and as --highlight, or by overlapping globs) is read once, so
  // its warnings and errors are said once.
  const earlier = new Map<string, BenchmarkInput | null>();
  for (const file of files) {
    const path = file === '-' ? '-' : resolve(reader.ctx.io.cwd, file);
    const known = earlier.get(path);
    if (known !== undefined) {
      if (known) read.push({ ...known, file });
      continue;
    }
    try {
      const input = await readBenchmarkInput(reader, file);
      earlier.set(path, input);
      read.push(input);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      earlier.set(path, null);
      pushAll(problems, error.diagnostics.filter((d) => d.severity === 'error'));
    }
  }
  if (problems.length) throw new InputError(problems);
  return distinctFileLabels(read);
}

/** The questionnaire the contributions answer, for titles and option labels; null (ids shown) when it cannot be had. */
async function questionnaireFor(ctx: CommandContext, id: string, major: string): Promise<Questionnaire | null> {
  let found: Questionnaire;
  try {
    found = (await ctx.loadQuestionnaire(id)).loaded.questionnaire;
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof InputError)) throw error;
    // A forum's own questionnaire is not bundled: say where benchmark looks for it, as -q is not an option here.
    const hint = error instanceof UsageError ? '; for a questionnaire of your own, pass its folder with --questionnaire-dir DIR or CYBER_READY_PATH' : '';
    ctx.io.stderr.write(`cyber-ready: warning: questionnaire "${id}" could not be loaded, so the benchmark shows ids instead of titles and option labels, and cannot check the extracts' answers against it${hint}\n`);
    return null;
  }
  if (majorOf(found.version) !== major) {
    ctx.io.stderr.write(`cyber-ready: warning: questionnaire "${id}" here is version ${found.version}, not ${major}.x, so the benchmark shows ids instead of titles and option labels, and cannot check the extracts' answers against it\n`);
    return null;
  }
  return found;
}

/** A file named twice (overlapping globs such as `*.json council-*.json`) is one council, counted once. */
function onceEach(ctx: CommandContext, inputs: readonly BenchmarkInput[]): BenchmarkInput[] {
  const seen = new Set<string>();
  return inputs.filter((x) => {
    if (x.path === '-' || !seen.has(x.path)) return seen.add(x.path), true;
    ctx.warn([{ file: x.file, severity: 'warning', message: 'is given more than once; it is counted once' }]);
    return false;
  });
}

/**
 * Extracts with no scored question answered (made by `share` from an answers file with no answers)
 * are left out, each named in a warning: counted, they made up the minimum group while every figure
 * came from the councils that did answer. A blank --highlight has nothing to place.
 */
function leaveOutBlank(ctx: CommandContext, inputs: readonly BenchmarkInput[], highlight: BenchmarkInput | undefined): BenchmarkInput[] {
  if (highlight && isBlank(highlight.extract)) {
    throw new InputError([errorAt(highlight.file, 'has no scored question answered, so there is nothing to highlight', highlight.positions?.of('/answers'))]);
  }
  const blank = inputs.filter((x) => isBlank(x.extract));
  ctx.warn(blank.map((x) => ({ file: x.file, severity: 'warning', message: 'has no scored question answered, so it is left out of the figures (it is no assessment, and would make up the minimum group)' })));
  return inputs.filter((x) => !blank.includes(x));
}

/**
 * Per contribution counted: its unanswered questions (an extract's; an answers file says so as it is
 * read), a month assessed still to come, and an assessment much older than the newest.
 */
function figureWarnings(ctx: CommandContext, kept: readonly BenchmarkInput[], thisMonth: string): void {
  for (const x of kept) {
    const words = x.named ? null : unansweredWords(completenessOf(x.extract));
    if (words) ctx.warn([{ file: x.file, severity: 'warning', message: words }]);
  }
  // A month after this one is a mistyped year, most likely: said, counted, and not taken as the
  // newest, or every other council would be "more than 12 months before" it.
  ctx.warn(futureInputs(kept, thisMonth).map((x) => ({ ...errorAt(x.file, `assessed in ${x.extract.assessedOn}, after this month (${thisMonth}), so probably mistyped; it is counted, but not taken as the newest assessment when judging how old the others are, nor as the end of the months assessed`, x.positions?.of('/assessedOn')), severity: 'warning' })));
  const newest = newestAssessed(kept, thisMonth);
  ctx.warn(staleInputs(kept, thisMonth).map((x) => ({ file: x.file, severity: 'warning', message: `assessed in ${x.extract.assessedOn}, more than ${STALE_AFTER_MONTHS} months before the newest assessment given (${newest}); it is counted, but its answers may no longer hold` })));
}

/** Inputs of another questionnaire or major version than the others: exit 2, one line each. */
function refuseOddInputs(inputs: readonly BenchmarkInput[]): void {
  const odd = oddInputs(inputs);
  if (odd.length) throw new InputError(odd.map((o) => errorAt(o.file, o.message, o.place)));
}

/** What was set aside before counting, or counted in doubt, for the report's "read with care" notes: counts only, never a file. */
function setAsideNotes(blank: number, alike: number): string[] {
  const notes: string[] = [];
  if (blank > 0) notes.push(`${countNoun(blank, 'blank extract')} (no scored question answered) ${blank === 1 ? 'was' : 'were'} left out of the figures`);
  // Counted, as they may be councils that answered alike; but one council's extract sent twice under two labels makes the forum look bigger than it is.
  if (alike > 0) notes.push(`${countNoun(alike, 'extract')} ${alike === 1 ? 'has' : 'have'} exactly the same answers and month as another and ${alike === 1 ? 'is' : 'are'} counted as ${alike === 1 ? 'a council' : 'councils'} of ${alike === 1 ? 'its' : 'their'} own; if any is one council's extract sent twice, the forum is smaller than it looks`);
  return notes;
}

async function run(ctx: CommandContext, files: string[], options: BenchmarkOptions): Promise<number> {
  const { io } = ctx;
  refuseWordOutput(options.output);
  const today = resolveToday(options.today, io);
  const reader: InputReader = { ctx, today, questionnaires: new Map() };
  // Allowed (a forum may choose), but said once: with --min-group 1 one council's answers are printed as they stand.
  if (options.minGroup < DEFAULT_MIN_GROUP) {
    io.stderr.write(`cyber-ready: warning: --min-group ${options.minGroup} shows figures for groups of fewer than ${DEFAULT_MIN_GROUP} councils; from so few, a reader who knows some of the councils may be able to work out another council's answers\n`);
  }
  const given = options.highlight !== undefined ? [...files, options.highlight] : files;
  // Standard input can be read once: a second "-" read nothing and was reported as an empty file.
  if (given.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be given only once, as a file or as --highlight');
  const read = await readAll(reader, given);
  // Every input answers one questionnaire (README), a blank one too: checked before any is set
  // aside, as a blank answers file of another questionnaire, or one naming none and so read against
  // the default, was otherwise left out with a warning and the run went on.
  const distinct = [...new Map(read.map((x) => [x.path, x])).values()];
  refuseOddInputs(distinct);
  for (const x of distinct) if (x.heldWarnings) ctx.warn(x.heldWarnings);
  let highlight: BenchmarkInput | undefined;
  const highlightInput = options.highlight !== undefined ? (read.pop() as BenchmarkInput) : undefined;
  const once = onceEach(ctx, read);
  const real = leaveOutBlank(ctx, once, highlightInput);
  const twins = dedupeTwins(real);
  ctx.warn(twins.warnings.map((w) => ({ file: w.file, severity: 'warning', message: w.message })));
  const inputs = twins.kept;
  if (highlightInput) {
    // The highlighted council may be one of the files as well: then it is that contribution. Its
    // answers file beside the extract it shared is one council too, not two.
    const same = inputs.find((x) => x.path === highlightInput.path && x.path !== '-');
    const isTwin = same ? undefined : sameAssessmentAs(highlightInput.extract);
    const twin = isTwin && inputs.find((x) => isTwin(x.extract));
    if (twin) {
      ctx.warn([{ file: highlightInput.file, severity: 'warning', message: `holds the same assessment as ${twin.file}, so it is highlighted as "${twin.label}" and counted once` }]);
    }
    highlight = same ?? twin ?? highlightInput;
  }
  const all = highlight && !inputs.includes(highlight) ? [...inputs, highlight] : inputs;
  // Before any count or figure: an extract the questionnaire does not bear out is a bad file.
  const common = commonQuestionnaire(all);
  const questionnaire = common ? await questionnaireFor(ctx, common.id, common.major) : null;
  if (questionnaire) {
    const problems = all.flatMap((x) => (x.positions ? checkExtractContents(x.extract, questionnaire, { file: x.file, positions: x.positions }) : []));
    if (hasErrors(problems)) throw new InputError(problems.filter((d) => d.severity === 'error'));
    // An extract of an older minor version: what could not be checked against its own version.
    ctx.warn(problems);
  }
  const thisMonth = today.slice(0, 7);
  const { kept, warnings } = dedupeByLabel(all, { thisMonth, ...(highlight && !inputs.includes(highlight) ? { highlight } : {}) });
  // Before any refusal: a count lower than the files given is explained by these.
  ctx.warn(warnings.map((w) => ({ file: w.file, severity: 'warning', message: w.message })));
  const alike = alikeCounted(twins.alike, kept);
  ctx.warn(alike.map((w) => ({ file: w.file, severity: 'warning', message: w.message })));
  if (kept.length < options.minGroup) {
    throw new UsageError(`benchmark needs at least ${countNoun(options.minGroup, 'council')} (--min-group ${options.minGroup}) and was given ${kept.length}; no figure is shown over fewer, so that no council can be picked out`);
  }
  figureWarnings(ctx, kept, thisMonth);
  const versions = versionsNote(kept);
  if (versions) io.stderr.write(`cyber-ready: warning: ${versions}\n`);
  const setAside = setAsideNotes(once.length - real.length, alike.length);
  const result = benchmark(inputs, { minGroup: options.minGroup, questionnaire, setAside, thisMonth, ...(highlight ? { highlight } : {}) });
  const render = await loadBenchmarkRenderer(options.format);
  const text = render(result, { ...outputStyle(options.color, io, options.output), ratings: questionnaire?.ratings ?? null });
  if (options.output) {
    await writeOutputs(ctx, [{ target: options.output, content: text }]);
    confirmWritten(io, [options.output]);
  } else io.stdout.write(text);
  return ExitCode.Ok;
}

/** `cyber-ready benchmark`: compare many councils' extracts (or answers files) of one questionnaire. */
export const runBenchmark = (io: Io, files: string[], options: BenchmarkOptions): Promise<number> => run(new CommandContext(io, options, false), files, options);
