import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Catalog } from '../frameworks/catalog.js';
import { loadCatalog } from '../frameworks/load-catalog.js';
import { catalogFile, compiledDir, packageRoot } from '../paths.js';
import { loadCompiledQuestionnaire } from '../questionnaire/compiled.js';
import { errorAt, sortDiagnostics, InputError, type Diagnostic } from '../errors.js';
import { checkQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { FolderFiles } from './folder-files.js';
import { findQuestionnaire, hiddenMessage, questionnaireDirs, type QuestionnaireFile } from './resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { describeOtherFile } from '../yaml/detect-kind.js';
import { parseYaml, type ParsedYaml } from '../yaml/load-yaml.js';
import { STDIN_NAME, readSource } from '../yaml/read-source.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { Io } from './io.js';
import type { InputFile } from './write-output.js';

/** Options every command takes. */
export interface CommonOptions {
  questionnaireDir?: string[];
  debug?: boolean;
  color?: boolean;
}

/** What commands share: the io, and reading files into parsed YAML with problems reported. */
/** What makes two problems one (see CommandContext.firstSaid). */
const saidKey = (d: Diagnostic): string => JSON.stringify([d.severity, d.file, d.line, d.column, d.message]);

export class CommandContext {
  constructor(
    readonly io: Io,
    readonly options: CommonOptions,
    /** Whether the command takes a questionnaire's file by `-q`: an unknown id's hint names what it takes. */
    private readonly takesQuestionnaireFile = true,
  ) {
    // Every run reads the tool's version from here (run.ts), so no output may replace it either.
    const own = join(packageRoot, 'package.json');
    this.noteInput(own, own, 'package file of cyber-ready');
  }

  /** The files this run has read, which none of its outputs may replace. */
  readonly inputs: InputFile[] = [];

  /**
   * The framework catalogue, noted as an input: `-o` given its path (a slip of tab completion in
   * node_modules/cyber-ready) replaced it with a report, and every later run then failed.
   */
  catalog(): Catalog {
    this.noteInput(catalogFile, catalogFile, 'framework catalogue');
    this.noteInput(join(compiledDir, 'catalog.json'), join(compiledDir, 'catalog.json'), 'framework catalogue');
    return loadCatalog();
  }

  /**
   * Remember an input file (not standard input) so an output cannot be written over it. Once per
   * path and role: the catalogue is noted each time a questionnaire is loaded, and every input is
   * looked at again before each write.
   */
  noteInput(path: string, display: string, role: string): void {
    // Standard input redirected from a file (`-a - < readiness.yaml`) is that file: `-o readiness.yaml`
    // in the same run replaced the answers with the report. /dev/stdin leads to whatever standard
    // input is, so it is compared as any input is; a pipe or a terminal is never a file to lose.
    if (path === '-') return this.noteInput('/dev/stdin', STDIN_NAME, role);
    const absolute = resolve(this.io.cwd, path);
    if (!this.inputs.some((i) => i.path === absolute && i.role === role)) this.inputs.push({ path: absolute, display, role });
  }

  /** What the files of the questionnaire folders are, each looked at once in this run. */
  readonly folderFiles = new FolderFiles();

  get dirs(): { dir: string; bundled: boolean }[] {
    return questionnaireDirs(this.options.questionnaireDir ?? [], this.io.env, this.io.cwd);
  }

  /**
   * Print warnings, one line each: under GitHub Actions a warning about a file in the work tree is a
   * `::warning` annotation instead of its plain line, up to GitHub's limit (see diagnostic-line.ts).
   */
  warn(diagnostics: Diagnostic[]): void {
    if (this.warnTo) return this.warnTo(diagnostics);
    for (const d of sortDiagnostics(diagnostics)) {
      if (d.severity !== 'warning') continue;
      // Once a run: `diff a.yaml a.yaml` reads one file twice, and said each of its warnings three times.
      if (!this.firstSaid(d)) continue;
      this.io.stderr.write(`${diagnosticLine(d, this.io)}\n`);
    }
  }

  /**
   * Whether a problem is said for the first time in this run, noting it as said. A run can read one
   * file twice (`diff a.yaml a.yaml`; `validate` of an answers file and of a system's file it lists,
   * which the answers file's check reads too): each problem (its file as shown, line, column and
   * message) is said once. A file named two ways (`a.yaml`, `./a.yaml`) is shown both ways.
   */
  private firstSaid(d: Diagnostic): boolean {
    const key = saidKey(d);
    if (this.said.has(key)) return false;
    this.said.add(key);
    return true;
  }

  /**
   * Of these problems, those not said yet in this run, each once, noting none of them: a list cut
   * at MAX_SHOWN_PROBLEMS notes only the ones it prints (noteSaid), so that those it leaves to
   * "… and N more" are still said where their own file is checked.
   */
  unsaid(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    const seen = new Set<string>();
    return diagnostics.filter((d) => {
      const key = saidKey(d);
      if (this.said.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Notes these problems as said (see unsaid). */
  noteSaid(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.said.add(saidKey(d));
  }

  /** The problems said so far in this run (see firstSaid). */
  private readonly said = new Set<string>();

  /** Where warnings go while `work` runs instead of standard error: see withWarningsTo. */
  private warnTo: ((diagnostics: Diagnostic[]) => void) | undefined;

  /**
   * Run `work` with the warnings it gives (its own, and those said on its way, such as a hidden
   * questionnaire's) sent to `sink`: validate checks each file as it reads it, but says what it found
   * in the order it always has, once every file is read; each warning is said once then, through warn().
   */
  async withWarningsTo<T>(sink: (diagnostics: Diagnostic[]) => void, work: () => Promise<T>): Promise<T> {
    const before = this.warnTo;
    this.warnTo = sink;
    try {
      return await work();
    } finally {
      this.warnTo = before;
    }
  }

  /** Read a file named relative to the working folder of this run (`-` is standard input). */
  async parseFile(path: string, display?: string): Promise<ParsedYaml> {
    const { name, text } = await this.readFile(path, display);
    return parseYaml(text, name);
  }

  /** The text of a file named relative to the working folder of this run, and its name in messages. */
  readFile(path: string, display?: string): Promise<{ name: string; text: string }> {
    const full = path === '-' ? path : resolve(this.io.cwd, path);
    return readSource(full, this.io, display ?? (path === '-' ? undefined : path));
  }

  async findQuestionnaire(ref: string): Promise<QuestionnaireFile> {
    // Imported only here, on the way to an unknown-id error: not on the path of every run.
    const loads = async (file: QuestionnaireFile): Promise<boolean> => (await (await import('./offered-questionnaires.js')).offeredQuestionnaire(this, file)) !== undefined;
    return findQuestionnaire(ref, this.dirs, this.io.cwd, loads, this.folderFiles, this.takesQuestionnaireFile);
  }

  /** Find, read and check a questionnaire; throws InputError with every problem. */
  async loadQuestionnaire(ref: string): Promise<{ loaded: LoadedQuestionnaire; file: QuestionnaireFile; diagnostics: Diagnostic[] }> {
    let found = this.questionnaires.get(ref);
    if (!found) {
      const file = await this.findQuestionnaire(ref);
      this.noteInput(file.path, file.display, 'questionnaire');
      // One file asked for in two ways (the walk's list gives its path, its report then its id) is
      // read once, and its warnings, shown as first found, are said once.
      const full = resolve(this.io.cwd, file.path);
      const same = [...this.questionnaires.values()].find((q) => resolve(this.io.cwd, q.file.path) === full);
      found = same ? { file, loaded: same.loaded, diagnostics: same.diagnostics, stamp: same.stamp } : { file, stamp: stampOf(full), ...(await this.loadQuestionnaireFile(file)) };
      this.questionnaires.set(ref, found);
    }
    const { file, loaded } = found;
    const diagnostics = [...found.diagnostics];
    if (file.hides === undefined) return { file, loaded, diagnostics };
    // Said here, once a run, as `list` says it: every command that finds a questionnaire by id
    // comes here, and some (validate, the walk, trend) print no questionnaire warnings of their own.
    // Kept with the others too, for the JSON report's `warnings`.
    const hidden: Diagnostic = { file: file.hides, severity: 'warning', message: hiddenMessage(ref, file.display) };
    this.warn([hidden]);
    return { file, loaded, diagnostics: [hidden, ...diagnostics] };
  }

  /**
   * As loadQuestionnaire, for a command that prints no questionnaire warnings of its own (validate's
   * answers files and extracts): says them here, as assess would, each once a run.
   */
  async loadQuestionnaireWarned(ref: string): Promise<LoadedQuestionnaire> {
    const { loaded, diagnostics } = await this.loadQuestionnaire(ref);
    this.warn(diagnostics);
    return loaded;
  }

  /**
   * The questionnaires this run has found and loaded, by the reference they were asked for by (an id,
   * or a path, which may name one file in other words): the folders and the working folder are those
   * of the whole run, so a reference finds the same file each time. validate found and loaded the
   * bundled questionnaire again for each of 400 extracts. One that cannot be found or has errors
   * is not kept, and is looked for again, as each file that names it is told so.
   */
  private readonly questionnaires = new Map<string, { loaded: LoadedQuestionnaire; file: QuestionnaireFile; diagnostics: Diagnostic[]; stamp: string | undefined }>();

  /**
   * Forget each questionnaire read so far whose file has changed since (its time, size or inode), so
   * that the next load reads it again: the guided walk's report is of the files as they are at its
   * end, and a questionnaire may have been edited during a walk, as the answers file may. One that
   * has not changed is kept, its warnings already said.
   */
  forgetChangedQuestionnaires(): void {
    for (const [ref, q] of this.questionnaires) if (stampOf(resolve(this.io.cwd, q.file.path)) !== q.stamp) this.questionnaires.delete(ref);
  }

  /** Read and check one questionnaire file; a bundled one comes from its compiled form when there is one. */
  async loadQuestionnaireFile(file: QuestionnaireFile, alreadyParsed?: ParsedYaml): Promise<{ loaded: LoadedQuestionnaire; diagnostics: Diagnostic[] }> {
    if (file.bundled) {
      const name = basename(file.path).replace(/\.ya?ml$/i, '');
      // Its compiled form is read too, and is as much an input as the YAML.
      this.noteInput(join(compiledDir, `${name}.json`), file.display, 'questionnaire');
      const compiled = loadCompiledQuestionnaire(name, readFileSync(file.path, 'utf8'), file.display, this.catalog());
      if (compiled) return { loaded: compiled, diagnostics: [] };
    }
    const parsed = alreadyParsed ?? (await this.parseFile(file.path, file.display));
    // A report or SARIF log given where a questionnaire goes is named for what it is, in one line.
    const other = parsed.data === undefined ? undefined : describeOtherFile(parsed, 'questionnaire');
    if (other) throw new InputError([errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer)]);
    const { loaded, diagnostics } = checkQuestionnaire(parsed, this.catalog());
    if (!loaded) throw new InputError(diagnostics);
    return { loaded, diagnostics };
  }
}

/** What tells a file's versions apart without reading it: its time, size and inode (undefined where it cannot be looked at). */
function stampOf(full: string): string | undefined {
  try {
    const info = statSync(full);
    return `${info.mtimeMs}:${info.size}:${info.ino}`;
  } catch {
    return undefined;
  }
}
