import { ExitCode, InputError, errorAt, formatDiagnostic, type Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { basename } from 'node:path';
import { questionCounts } from '../questionnaire/question-count.js';
import { hiddenMessage, isSpecialFile, listQuestionnaireFiles, type QuestionnaireFile } from './resolve-questionnaire.js';
import { meantAsQuestionnaire } from '../yaml/detect-kind.js';
import { CommandContext, type CommonOptions } from './context.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { Io } from './io.js';
import { renderListText } from './list-layout.js';
import { safeJson } from '../report/json.js';

export interface ListOptions extends CommonOptions {
  format: 'text' | 'json';
}

/**
 * Which of several files with one id a lookup takes (findQuestionnaire): the first folder's, and in
 * that folder the file named after the id, then the first by name. `list` said the file named after
 * the id was hidden by one whose name sorts first (an old copy, `shire-caf-2025.yaml`), while
 * `assess` and `show` used it.
 */
const rank = (file: QuestionnaireFile, id: string): number => {
  const name = basename(file.path);
  return name === `${id}.yaml` ? 0 : name === `${id}.yml` ? 1 : name === `${id}.json` ? 2 : 3;
};

async function list(ctx: CommandContext, options: ListOptions): Promise<number> {
  const { io } = ctx;
  const found: { file: QuestionnaireFile; folder: number; loaded: LoadedQuestionnaire; idAt?: { line: number; column: number } | undefined }[] = [];
  let failed = false;
  for (const [folder, dir] of ctx.dirs.entries()) {
    for (const file of listQuestionnaireFiles([dir], io.cwd)) {
      let result: { loaded?: LoadedQuestionnaire; diagnostics: Diagnostic[] };
      let idAt: { line: number; column: number } | undefined;
      // A .json file that is not meant as a questionnaire (a report, a package.json, a FIFO) is
      // told from its top level and passed over without a word, never parsed in full.
      if (!file.bundled && ctx.folderFiles.passOver(file.path)) continue;
      // Never opened: a FIFO would keep the listing waiting for a writer, and a device may never end.
      if (!file.bundled && isSpecialFile(file.path)) {
        failed = true;
        io.stderr.write(`${formatDiagnostic(errorAt(file.display, 'is not a regular file (a FIFO, socket or device); a questionnaire must be in a file'))}\n`);
        continue;
      }
      try {
        // Teams keep answers files beside their questionnaires, and a folder may hold other YAML (a
        // repository's .gitlab-ci.yml, a workflow): not errors, just not listed. A file with an `id`
        // or `sections` is meant as a questionnaire, so its mistakes are still reported.
        const parsed = file.bundled ? undefined : await ctx.parseFile(file.path, file.display);
        if (parsed && !meantAsQuestionnaire(parsed)) continue;
        idAt = parsed?.positions.of('/id');
        result = await ctx.loadQuestionnaireFile(file, parsed);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        result = { diagnostics: error.diagnostics };
      }
      if (!result.loaded) {
        failed = true;
        for (const d of result.diagnostics) io.stderr.write(`${diagnosticLine(d, io)}\n`);
        continue;
      }
      found.push({ file, folder, loaded: result.loaded, idAt });
    }
  }
  const used = new Map<string, (typeof found)[number]>();
  for (const entry of found) {
    const id = entry.loaded.questionnaire.id;
    const best = used.get(id);
    if (!best || (entry.folder === best.folder && rank(entry.file, id) < rank(best.file, id))) used.set(id, entry);
  }
  const rows: { id: string; version: string; title: string; sections: number; questions: number; questionsForOrganisation: number; questionsPerSystem: number; systemLabel: string | null; source: string; file: string }[] = [];
  for (const entry of found) {
    const q = entry.loaded.questionnaire;
    const winner = used.get(q.id);
    if (winner !== entry) {
      const message = hiddenMessage(q.id, winner?.file.display ?? '');
      io.stderr.write(`${diagnosticLine({ ...errorAt(entry.file.display, message, entry.idAt), severity: 'warning' }, io)}\n`);
      continue;
    }
    const counts = questionCounts(q);
    rows.push({ id: q.id, version: q.version, title: q.title, sections: q.sections.length, questions: q.questions.size, questionsForOrganisation: counts.organisation, questionsPerSystem: counts.perSystem, systemLabel: q.systemScoped ? q.systemLabel : null, source: entry.file.bundled ? 'bundled' : 'custom', file: entry.file.display });
  }
  if (options.format === 'json') {
    io.stdout.write(safeJson(rows));
  } else {
    // Laid out for the terminal's width only when the list goes to one; a pipe gets the table.
    io.stdout.write(renderListText(rows, io.stdout.isTTY && io.stdout.columns ? io.stdout.columns - 1 : undefined));
  }
  return failed ? ExitCode.CannotAssess : ExitCode.Ok;
}

export const runList = (io: Io, options: ListOptions): Promise<number> => list(new CommandContext(io, options), options);
