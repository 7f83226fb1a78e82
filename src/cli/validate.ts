import { ExitCode, InputError, MAX_SHOWN_PROBLEMS, diagnosticLines, errorAt } from '../errors.js';
import { diagnosticLine } from './diagnostic-line.js';
import { checkQuestionnaire } from '../questionnaire/load-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { checkExtract, isExtractData } from '../share/read-extract.js';
import type { ShareExtract } from '../share/types.js';
import { validateExtract, type RunQuestionnaires } from './validate-extract.js';
import { answersRef, validateAnswers } from './validate-answers.js';
import { readCheckedFile } from './read-checked-file.js';
import { SaidLater, type Say } from './said-later.js';
import { safeLine } from '../text/safe-text.js';
import { fitToTerminal } from '../text/fit-command.js';
import { UNTOLD_KIND, describeOtherFile, detectKind, type Kind } from '../yaml/detect-kind.js';
import { unrelatedMapping } from '../yaml/kind-keys.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { questionCountWords } from '../questionnaire/question-count.js';

/**
 * A file's "valid" line: one line in a pipe, for scripts; on a terminal, wrapped between words to
 * its width, which a long path and its counts passed (the terminal cut them inside a word). Made
 * safe whole, as it quotes the files' own words (a questionnaire's word for a system).
 */
function sayValid(io: Io, line: string): void {
  io.stdout.write(`${fitToTerminal(safeLine(line), undefined, io.stdout.isTTY ? io.stdout.columns : undefined)}\n`);
}

export interface ValidateOptions extends CommonOptions {
  kind?: Kind;
  questionnaire?: string;
}

/** A file read and checked on its own, to be checked against its questionnaire once every file is read. */
interface Later {
  file: string;
  extract?: ShareExtract | undefined;
  /** The reference it is checked by, and what this run's files had given for it when it was checked. */
  ref: string;
  given?: LoadedQuestionnaire | undefined;
  broken?: string | undefined;
  /** What checking it said; none when it is to be checked at the end (standard input, read once, is kept). */
  said?: SaidLater;
  parsed?: ParsedYaml;
}

async function validate(ctx: CommandContext, files: string[], options: ValidateOptions): Promise<number> {
  const { io } = ctx;
  let failed = false;
  const now: Say = {
    warn: (diagnostics) => ctx.warn(diagnostics),
    fail: (diagnostics) => {
      failed = true;
      // Each error once a run, as each warning is: a system's file given beside the answers file that
      // lists it is checked on its own and again with the answers, and a file may be named twice.
      // Every file named still has its "valid" line, or counts towards exit 2. Only the problems printed
      // are noted as said: those left to "… and N more" are said where their own file is checked.
      const fresh = ctx.unsaid(diagnostics);
      ctx.noteSaid(fresh.slice(0, MAX_SHOWN_PROBLEMS));
      for (const line of diagnosticLines(fresh, (d) => diagnosticLine(d, io))) io.stderr.write(`${line}\n`);
    },
    valid: (line) => sayValid(io, line),
  };

  // Questionnaires given in this run are used for answers that name them, before any folder is searched.
  // Questionnaires of this run that have errors, by the id they give: answers to one are not
  // checked against another of that id, nor said to name an unknown questionnaire.
  const run: RunQuestionnaires = { given: new Map(), givenFiles: new Map(), broken: new Map(), option: options.questionnaire };
  // Each file is read and checked in turn, and only what it said is kept (see said-later.ts): errors
  // of reading are said at once, the rest once every file is read, as before.
  const checked = new SaidLater();
  const later: Later[] = [];
  let stopped = false;
  for (const file of files) {
    let parsed: ParsedYaml;
    try {
      parsed = await readCheckedFile(ctx, file, options.kind);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      now.fail(error.diagnostics);
      continue;
    }
    if (stopped) continue;
    let own: { extract?: ShareExtract } | undefined;
    try {
      own = await ctx.withWarningsTo(checked.warn, async () => checkOwn(ctx, parsed, options, run, checked));
    } catch (error) {
      checked.thrown(error);
      stopped = true;
      continue;
    }
    if (!own) continue;
    const { extract } = own;
    const ref = extract ? (run.option ?? extract.questionnaire.id) : answersRef(parsed, run.option);
    const entry: Later = { file, extract, ref, given: run.given.get(ref), broken: run.broken.get(ref) };
    if (file === '-') entry.parsed = parsed;
    else {
      // Checked now, against this run's questionnaires so far: checked again at the end if a later file gives its questionnaire.
      const said = new SaidLater();
      try {
        await ctx.withWarningsTo(said.warn, () => checkAgainstQuestionnaire(ctx, file, parsed, extract, run, said));
      } catch (error) {
        said.thrown(error);
      }
      entry.said = said;
    }
    later.push(entry);
  }

  checked.sayTo(now);
  for (const entry of later) {
    const { file, ref, said } = entry;
    const given = run.given.get(ref);
    if (said && given === entry.given && (given !== undefined || run.broken.get(ref) === entry.broken)) {
      said.sayTo(now);
      continue;
    }
    let parsed = entry.parsed;
    let extract = entry.extract;
    if (!parsed) {
      try {
        parsed = await readCheckedFile(ctx, file, options.kind);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        now.fail(error.diagnostics);
        continue;
      }
      if (extract) extract = checkExtract(parsed).extract ?? extract;
    }
    await checkAgainstQuestionnaire(ctx, file, parsed, extract, run, now);
  }
  return failed ? ExitCode.CannotAssess : ExitCode.Ok;
}

/** An answers file or an extract checked against its questionnaire; throws what is not about this file. */
async function checkAgainstQuestionnaire(ctx: CommandContext, file: string, parsed: ParsedYaml, extract: ShareExtract | undefined, run: RunQuestionnaires, say: Say): Promise<void> {
  if (!extract) return validateAnswers(ctx, file, parsed, run, say);
  try {
    const { valid, diagnostics } = await validateExtract(ctx, parsed, extract, run);
    if (valid !== undefined) {
      say.warn(diagnostics);
      say.valid(valid);
    } else say.fail(diagnostics);
  } catch (error) {
    if (error instanceof InputError) say.fail(error.diagnostics);
    else throw error;
  }
}

/**
 * A file checked on its own: a questionnaire whole (and noted as given or broken in `run`), an
 * extract against its schema, any file for being of a kind it can check. Returns what is to be
 * checked against its questionnaire: an answers file, or an extract with the extract.
 */
function checkOwn(ctx: CommandContext, parsed: ParsedYaml, options: ValidateOptions, run: RunQuestionnaires, say: Say): { extract?: ShareExtract } | undefined {
  if (parsed.data === undefined) {
    say.fail(parsed.diagnostics);
    return undefined;
  }
  // A forum coordinator checks the extracts councils sent before benchmarking them.
  // Its contents are checked against its questionnaire once this run's questionnaires are read.
  if (!options.kind && isExtractData(parsed.data)) {
    const { extract, diagnostics } = checkExtract(parsed);
    if (extract) return { extract };
    say.fail(diagnostics);
    return undefined;
  }
  const other = options.kind ? undefined : describeOtherFile(parsed);
  if (other) {
    say.fail([errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer)]);
    return undefined;
  }
  const mismatch = options.kind ? (describeOtherFile(parsed) ?? kindMismatch(parsed, options.kind) ?? unrelated(parsed, options.kind)) : undefined;
  if (mismatch) {
    say.fail([errorAt(parsed.file, mismatch.message, parsed.positions.keyOf(mismatch.pointer), mismatch.pointer)]);
    return undefined;
  }
  const kind = options.kind ?? detectKind(parsed);
  if (!kind) {
    say.fail([errorAt(parsed.file, `${UNTOLD_KIND}; pass --kind`, { line: 1, column: 1 })]);
    return undefined;
  }
  if (kind === 'answers') return {};
  const { loaded, diagnostics } = checkQuestionnaire(parsed, ctx.catalog());
  if (!loaded) {
    say.fail(diagnostics);
    const id = (parsed.data as { id?: unknown } | null)?.id;
    if (typeof id === 'string') run.broken.set(id, parsed.file);
    return undefined;
  }
  const q = loaded.questionnaire;
  // Two questionnaires of one id in a run (two versions side by side): answers that name the id
  // were checked against the last without a word. The first counts, as in a search path.
  const first = run.givenFiles.get(q.id);
  if (first !== undefined && first !== parsed.file) diagnostics.push({ ...errorAt(parsed.file, `questionnaire "${q.id}" was given already in this run (${first}); answers that name it are checked against that one`, parsed.positions.of('/id')), severity: 'warning' });
  else if (first === undefined) {
    run.given.set(q.id, loaded);
    run.givenFiles.set(q.id, parsed.file);
  }
  say.warn(diagnostics);
  say.valid(`${safeLine(parsed.file)}: valid questionnaire ${safeLine(q.id)} ${safeLine(q.version)} (${q.sections.length} section${q.sections.length === 1 ? '' : 's'}, ${questionCountWords(q)})`);
  return undefined;
}

export const runValidate = (io: Io, files: string[], options: ValidateOptions): Promise<number> => validate(new CommandContext(io, options), files, options);

/**
 * A `--kind` that the file plainly is not: one line, instead of a schema error for every top-level
 * key of the other kind (a questionnaire checked as answers gave ten "unknown property" lines).
 */
/** A mapping of none of the kind's keys, said without the hint for where such a file goes: this run checks files. */
function unrelated(parsed: ParsedYaml, kind: Kind): { message: string; pointer: string } | undefined {
  const found = unrelatedMapping(parsed.data, kind);
  return found && { ...found, message: `checked as ${kind === 'answers' ? 'answers' : 'a questionnaire'} (--kind ${kind}), but ${found.message.split('; ')[0]}` };
}

function kindMismatch(parsed: ParsedYaml, kind: Kind): { message: string; pointer: string } | undefined {
  const data = parsed.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const hasAnswersKey = ['questionnaire', 'answers', 'systems', 'system'].some((k) => k in data);
  if (kind === 'answers' && 'sections' in data && !hasAnswersKey) {
    return { pointer: '/sections', message: 'checked as answers (--kind answers), but this is a questionnaire: it has "sections"; leave out --kind, or pass --kind questionnaire' };
  }
  if (kind === 'questionnaire' && !('sections' in data) && hasAnswersKey) {
    const key = ['questionnaire', 'answers', 'systems', 'system'].find((k) => k in data) as string;
    return { pointer: `/${key}`, message: `checked as a questionnaire (--kind questionnaire), but this is an answers file: it has "${key}"; leave out --kind, or pass --kind answers` };
  }
  return undefined;
}
