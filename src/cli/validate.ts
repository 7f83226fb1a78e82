import { namedQuestionnaire } from '../answers/load-answers.js';
import { countAnswers } from '../scoring/to-answer.js';
import { idleWaivers } from '../scoring/idle-waivers.js';
import { checkAnswersFile } from './check-answers-file.js';
import { ExitCode, InputError, UnknownQuestionnaireError, diagnosticLines, errorAt, hasErrors, type Diagnostic } from '../errors.js';
import { diagnosticLine } from './diagnostic-line.js';
import { checkQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { checkExtract, isExtractData } from '../share/read-extract.js';
import type { ShareExtract } from '../share/types.js';
import { validateExtract } from './validate-extract.js';
import { safeLine } from '../text/safe-text.js';
import { fitToTerminal } from '../text/fit-command.js';
import { UNTOLD_KIND, describeOtherFile, detectKind, type Kind } from '../yaml/detect-kind.js';
import { unrelatedMapping } from '../yaml/kind-keys.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { CommandContext, type CommonOptions } from './context.js';
import type { Io } from './io.js';
import { countNoun } from '../text/plural-noun.js';
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


async function validate(ctx: CommandContext, files: string[], options: ValidateOptions): Promise<number> {
  const { io } = ctx;
  let failed = false;
  const fail = (diagnostics: Diagnostic[]): void => {
    failed = true;
    for (const line of diagnosticLines(diagnostics, (d) => diagnosticLine(d, io))) io.stderr.write(`${line}\n`);
  };

  // Questionnaires given in this run are used for answers that name them, before any folder is searched.
  const parsedFiles: { file: string; parsed?: ParsedYaml; kind?: Kind; extract?: ShareExtract }[] = [];
  for (const file of files) {
    try {
      const parsed = await ctx.parseFile(file);
      parsedFiles.push({ file, parsed, kind: options.kind ?? detectKind(parsed) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fail(error.diagnostics);
      parsedFiles.push({ file });
    }
  }
  const given = new Map<string, LoadedQuestionnaire>();
  const givenFile = new Map<string, string>();
  // Questionnaires of this run that have errors, by the id they give: answers to one are not
  // checked against another of that id, nor said to name an unknown questionnaire.
  const broken = new Map<string, string>();
  for (const entry of parsedFiles) {
    const { parsed } = entry;
    if (!parsed) continue;
    if (parsed.data === undefined) {
      fail(parsed.diagnostics);
      entry.parsed = undefined;
      continue;
    }
    // A forum coordinator checks the extracts councils sent before benchmarking them.
    // Its contents are checked against its questionnaire below, once this run's questionnaires are read.
    if (!options.kind && isExtractData(parsed.data)) {
      const { extract, diagnostics } = checkExtract(parsed);
      if (extract) entry.extract = extract;
      else {
        fail(diagnostics);
        entry.parsed = undefined;
      }
      continue;
    }
    const other = options.kind ? undefined : describeOtherFile(parsed);
    if (other) {
      fail([errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer)]);
      entry.parsed = undefined;
      continue;
    }
    const mismatch = options.kind ? (describeOtherFile(parsed) ?? kindMismatch(parsed, options.kind) ?? unrelated(parsed, options.kind)) : undefined;
    if (mismatch) {
      fail([errorAt(parsed.file, mismatch.message, parsed.positions.keyOf(mismatch.pointer), mismatch.pointer)]);
      entry.parsed = undefined;
      continue;
    }
    if (!entry.kind) {
      fail([errorAt(parsed.file, `${UNTOLD_KIND}; pass --kind`, { line: 1, column: 1 })]);
      entry.parsed = undefined;
      continue;
    }
    if (entry.kind !== 'questionnaire') continue;
    const { loaded, diagnostics } = checkQuestionnaire(parsed, ctx.catalog());
    if (!loaded) {
      fail(diagnostics);
      const id = (parsed.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') broken.set(id, parsed.file);
      continue;
    }
    const q = loaded.questionnaire;
    // Two questionnaires of one id in a run (two versions side by side): answers that name the id
    // were checked against the last without a word. The first counts, as in a search path.
    const first = givenFile.get(q.id);
    if (first !== undefined && first !== parsed.file) diagnostics.push({ ...errorAt(parsed.file, `questionnaire "${q.id}" was given already in this run (${first}); answers that name it are checked against that one`, parsed.positions.of('/id')), severity: 'warning' });
    else if (first === undefined) {
      given.set(q.id, loaded);
      givenFile.set(q.id, parsed.file);
    }
    ctx.warn(diagnostics);
    sayValid(io, `${safeLine(parsed.file)}: valid questionnaire ${safeLine(q.id)} ${safeLine(q.version)} (${q.sections.length} section${q.sections.length === 1 ? '' : 's'}, ${questionCountWords(q)})`);
  }

  for (const { file, parsed, kind, extract } of parsedFiles) {
    if (parsed && extract) {
      try {
        const { valid, diagnostics } = await validateExtract(ctx, parsed, extract, { given, broken, option: options.questionnaire });
        if (valid !== undefined) {
          ctx.warn(diagnostics);
          sayValid(io, valid);
        } else fail(diagnostics);
      } catch (error) {
        if (error instanceof InputError) fail(error.diagnostics);
        else throw error;
      }
      continue;
    }
    if (!parsed || kind !== 'answers') continue;
    try {
      const named = namedQuestionnaire(parsed);
      const ref = options.questionnaire ?? named ?? DEFAULT_QUESTIONNAIRE;
      let loaded = given.get(ref);
      const brokenFile = loaded ? undefined : broken.get(ref);
      if (brokenFile !== undefined) {
        const where = options.questionnaire === undefined ? parsed.positions.of('/questionnaire') : undefined;
        fail([errorAt(parsed.file, `not checked: its questionnaire "${ref}" (${brokenFile}) has errors; fix those first`, where ?? { line: 1, column: 1 })]);
        continue;
      }
      try {
        loaded ??= (await ctx.loadQuestionnaire(ref)).loaded;
      } catch (error) {
        // An unknown id that the file itself names is a mistake in the file: say where, as assess does.
        if (!(error instanceof UnknownQuestionnaireError) || options.questionnaire !== undefined || named === undefined) throw error;
        throw new InputError([errorAt(parsed.file, error.message, parsed.positions.of('/questionnaire'))]);
      }
      // A file still being filled in is valid so far: no systems yet is a warning here, as no answers is.
      const { answers, diagnostics } = await checkAnswersFile(ctx, parsed, file, loaded, { requireSystems: 'warning', questionnaire: options.questionnaire });
      if (!answers || hasErrors(diagnostics)) {
        fail(diagnostics);
        continue;
      }
      const q = loaded.questionnaire;
      const ownSystem = (parsed.data as { system?: unknown }).system;
      // A system file alone lacks the organisation answers its conditions may read: assess says it there.
      ctx.warn(ownSystem === undefined ? [...diagnostics, ...idleWaivers(q, answers)] : diagnostics);
      const count = countAnswers(q, answers, { systemsOnly: ownSystem !== undefined });
      const waivers = answers.waivers.length + answers.systems.reduce((n, s) => n + s.waivers.length, 0);
      const systems = ownSystem !== undefined ? `; the answers of ${q.systemLabel} "${String(ownSystem)}"` : q.systemScoped ? `, ${answers.systems.length} ${answers.systems.length === 1 ? q.systemLabel : q.systemLabelPlural}` : '';
      const ruledOut = count.ruledOut ? `; ${count.ruledOut} more ${count.ruledOut === 1 ? 'does' : 'do'} not apply given the answers` : '';
      sayValid(io, `${safeLine(parsed.file)}: valid answers to ${safeLine(q.id)} ${safeLine(q.version)} (${count.answered} of ${countNoun(count.toAnswer, 'question')} answered${ruledOut}, ${waivers} waiver${waivers === 1 ? '' : 's'}${systems})`);
    } catch (error) {
      // A usage error here is about the run (a questionnaire folder or -q), not this file: said once, by the caller.
      if (error instanceof InputError) fail(error.diagnostics);
      else throw error;
    }
  }
  return failed ? ExitCode.CannotAssess : ExitCode.Ok;
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
