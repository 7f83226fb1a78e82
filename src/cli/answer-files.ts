import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AnswersDocument, UnreadableEditError, questionsOfFile, type AnswerUpdate, type NewSystemEntry, type QuestionOfFile } from '../answers/save-answers.js';
import type { HeaderField, StampField } from '../answers/edit-header-text.js';
import { InputError, errorAt } from '../errors.js';
import { landingPath } from '../fs/landing-path.js';
import { removeMadeFolders } from '../fs/remove-made-folders.js';
import { newSystemFileProblem } from './new-system-file.js';
import type { Questionnaire } from '../questionnaire/types.js';
import { catchesUpTo } from '../questionnaire/version-order.js';
import type { CommandContext } from './context.js';
import { describeWriteError, type OutputFile } from './write-output.js';
import { GuardedFiles } from './guarded-save.js';
import { schemaRefFrom } from './schema-ref.js';
import { SaveError } from './save-again.js';

/**
 * An edit refused (see UnreadableEditError): a way of writing the entry that the edits do not know
 * (an explicit `? key`, say), or a fault of ours. Either way the file is as it was, and the person
 * can write the entry plainly and carry on.
 */
const CANNOT_EDIT =
  'cannot save this answer here: written into the file it would not read back as the answer given, or would change other lines, so nothing was saved (the file is as it was, with every answer given before); write this entry plainly ("id:" with nothing after it) or remove it, and run again; if it is plain already, please report this fault in cyber-ready, with the file';

/** A system whose answers are in a file of its own: its document and the path as shown. */
interface SystemFileDoc {
  doc: AnswersDocument;
  target: string;
}

/**
 * The files a guided walk saves into: the answers file, and the own file of each system that has
 * one. Every save is a minimal edit of one file, written through the safe write path; a new system
 * with a file of its own is written with its entry in one step (both or neither).
 *
 * A save that changes anything moves the answers file's `assessedOn` on to the walk's day, when that
 * is later: the board papers say when the answers were given, and benchmark and trend order
 * assessments by it. An answer saved into a system's own file dates the answers file that lists it
 * (a system file has no date of its own), so the two are written in one step, both or neither: a
 * system's answer never stands saved under a date that does not count it.
 */
export class AnswerFiles {
  private readonly own = new Map<string, SystemFileDoc>();
  private readonly written: GuardedFiles;

  constructor(
    private readonly ctx: CommandContext,
    private readonly questionnaire: Questionnaire,
    /** The answers file as the user named it, and its document (as read, when the file exists). */
    private readonly target: string,
    private readonly main: AnswersDocument,
    /** The walk's day (`--today`, else SOURCE_DATE_EPOCH, else the clock): what a change dates the file. */
    private readonly today?: string,
  ) {
    this.written = new GuardedFiles(ctx);
    if (existsSync(resolve(ctx.io.cwd, target))) this.written.known(target, main.toString());
  }

  /** Each file is written only while it still holds what the walk last read or wrote there. */
  private save(outputs: OutputFile[], editing: string | readonly string[]): Promise<void> {
    return this.written.save(outputs, editing);
  }

  private get questions(): Iterable<QuestionOfFile> {
    return questionsOfFile(this.questionnaire);
  }

  /** The answers file's folder, where system files live. */
  private get folder(): string {
    return dirname(resolve(this.ctx.io.cwd, this.target));
  }

  /** A system file's path as shown and written (relative to where the command runs). */
  private shown(ref: string): string {
    const base = dirname(this.target);
    return base === '.' ? ref : join(base, ref);
  }

  /** A system file read at the start (its text without, and whether it had, a byte order mark), to edit in place. */
  keepSystemFile(system: string, ref: string, text: string, bom = false): void {
    const doc = AnswersDocument.parse(text, this.questions, { bom });
    this.own.set(system, { doc, target: this.shown(ref) });
    this.written.known(this.shown(ref), doc.toString());
  }

  /** The files saved into, as shown: the answers file first. */
  get files(): string[] {
    return [this.target, ...[...this.own.values()].map((f) => f.target)];
  }

  /**
   * An edit of the document saved to `target`. One that would leave the file unreadable (a fault of
   * ours, see UnreadableEditError) ends the walk in one line at that file, with the file as it was.
   */
  private edit(target: string, change: () => void): void {
    try {
      change();
    } catch (error) {
      if (!(error instanceof UnreadableEditError)) throw error;
      throw new InputError([errorAt(target, CANNOT_EDIT, error.place)]);
    }
  }

  /**
   * Before the organisation or assessor is asked: one line at its place when the file, as it is
   * written, could not take it, rather than the save refusing what was typed.
   */
  refuseUnsavableHeader(field: HeaderField): void {
    const refused = this.main.headerRefusal(field);
    if (!refused) return;
    const why = refused.anchor ? `its anchor &${refused.anchor} is used by an alias, which would change too` : 'written as it is here, it would not read back as typed';
    throw new InputError([errorAt(this.target, `the walk cannot fill in the ${field} here (${why}), so nothing is asked; write the ${field} in the file yourself, as a line "${field}: NAME" without & or * or a tag, and run again`, refused.place)]);
  }

  /** A top-level text field of the answers file as it stands (undefined when missing). */
  headerOf(field: HeaderField | StampField): string | undefined {
    return this.main.headerOf(field);
  }

  /** Fill in top-level text fields (a template from `init` has them empty), then save. */
  async setHeaders(fields: Partial<Record<HeaderField, string>>): Promise<void> {
    const before = this.main.toString();
    for (const [field, value] of Object.entries(fields) as [HeaderField, string][]) this.edit(this.target, () => this.main.setHeader(field, value));
    if (this.main.toString() !== before) this.dated();
    await this.saveMain();
  }

  /**
   * `assessedOn` moved on to the walk's day, after a change to be saved. Only ever later: a file
   * dated ahead (written for a meeting to come, say) keeps its date, and one without a date gets
   * none. Set again on a save tried again, it changes nothing the second time. Once the file is
   * found dated (the walk's day or later, or no date), it is not looked at again: reading the date
   * parsed the whole answers file at every answer saved into a system's own file (45 ms of a 67 ms
   * save in the CAF example), since the parse kept is the last file edited.
   */
  private dated(): void {
    if (this.datedToday || this.today === undefined) return;
    const on = this.main.headerOf('assessedOn');
    if (on === undefined || !(on < this.today)) {
      this.datedToday = true;
      return;
    }
    this.edit(this.target, () => this.main.restamp('assessedOn', this.today as string));
  }

  /** Whether the answers file was found dated the walk's day, later, or not at all (see `dated`). */
  private datedToday = false;

  /**
   * `questionnaireVersion` moved up to `version` in the answers file and in each system's own file
   * whose line says an older version of the same major (never down, never added), all in one write:
   * a system file left at the old version would warn of it on every run. Safe to call again after a
   * failed save: each file whose text the walk has not written yet is written.
   */
  async catchUpVersion(version: string): Promise<void> {
    for (const { target, doc } of this.versionLines()) {
      const theirs = doc.headerOf('questionnaireVersion') as string;
      if (catchesUpTo(theirs, version)) this.edit(target, () => doc.restamp('questionnaireVersion', version));
    }
    await this.saveUnwritten();
  }

  /** The files of the walk with a `questionnaireVersion` line, the answers file first, each with the version it says. */
  versions(): { target: string; version: string }[] {
    return this.versionLines().map(({ target, doc }) => ({ target, version: doc.headerOf('questionnaireVersion') as string }));
  }

  private versionLines(): { target: string; doc: AnswersDocument }[] {
    return [{ target: this.target, doc: this.main }, ...this.own.values()].filter(({ doc }) => doc.headerOf('questionnaireVersion') !== undefined);
  }

  async saveMain(): Promise<void> {
    await this.save([{ target: this.target, content: this.main.toString() }], 'answers file');
  }

  noteOf(question: string, system: string | null): string | undefined {
    if (system === null) return this.main.noteOf(question);
    const file = this.own.get(system);
    return file ? file.doc.noteOf(question) : this.main.noteOf(question, system);
  }

  /**
   * Why a question's entry cannot be changed in the walk, in one line, or undefined: it carries an
   * anchor (`q1: &v in-place`) that an alias elsewhere (`q2: *v`) uses.
   */
  anchorLine(question: string, system: string | null): string | undefined {
    const file = system === null ? undefined : this.own.get(system);
    const doc = file ? file.doc : this.main;
    const target = file ? file.target : this.target;
    const used = doc.anchorInUse(question, file || system === null ? undefined : system);
    if (!used) return undefined;
    return `${target}: "${question}" is kept as it is and not asked: its anchor &${used.anchor} is used by the alias *${used.anchor} on line ${used.line}, so a change here would change that answer too; to change either, write both entries out in full (without & and *) and run again`;
  }

  /** Save one answer into the file that holds it. */
  async set(question: string, update: AnswerUpdate, system: string | null): Promise<void> {
    const file = system === null ? undefined : this.own.get(system);
    if (!file) {
      const before = this.main.toString();
      this.edit(this.target, () => this.main.set(question, update, system ?? undefined));
      // An answer saved as it was (a review accepting it) is no change: the file keeps its date, and
      // is not written again (a new file of the same bytes, which a folder made read-only refused).
      if (this.main.toString() !== before) this.dated();
      return this.saveUnwritten();
    }
    const before = file.doc.toString();
    this.edit(file.target, () => file.doc.set(question, update));
    if (file.doc.toString() !== before) this.dated();
    // Compared with what each file holds, not with the text before this edit: a save tried again
    // after a failure makes no edit, and must still write. The answers file goes with it when its
    // date moved on; then both are written or neither.
    await this.saveUnwritten();
  }

  /** Every file whose text is not what the walk last wrote (or read) there, in one write: all or none. */
  private async saveUnwritten(): Promise<void> {
    const unwritten = (target: string, doc: AnswersDocument): boolean => this.written.differs(target, doc.toString());
    const outputs: OutputFile[] = [...this.own.values()].filter((f) => unwritten(f.target, f.doc)).map((f) => this.systemOutput(f.target, f.doc));
    if (unwritten(this.target, this.main)) outputs.unshift({ target: this.target, content: this.main.toString() });
    if (outputs.length > 0) await this.save(outputs, ['answers file', 'system file']);
  }

  /**
   * A system file to write: it must land in the answers file's folder when written, checked again
   * then, since a link can be put in its place after it was read or named (SPEC "v2: critical systems").
   */
  private systemOutput(target: string, doc: AnswersDocument): OutputFile {
    return { target, content: doc.toString(), within: this.folder };
  }

  /** Why `ref` cannot be a new system's own file; undefined when it can. */
  fileProblem(ref: string): string | undefined {
    const taken = new Set([...this.own.values()].map((f) => resolve(this.ctx.io.cwd, f.target)));
    return newSystemFileProblem(this.folder, ref, (full) => taken.has(full));
  }

  /** A new system at the end of `systems:`, and its own file when it has one. */
  async addSystem(entry: NewSystemEntry): Promise<void> {
    if (!entry.file) {
      this.edit(this.target, () => this.main.addSystem(entry));
      this.dated();
      return this.saveMain();
    }
    const target = this.shown(entry.file);
    const full = resolve(this.folder, entry.file);
    // Checked again where the file is made, not only when it was named: nothing may have been put in its way since.
    const problem = this.fileProblem(entry.file);
    if (problem) throw new InputError([errorAt(target, `cannot write: ${problem}`)]);
    const undo = this.main.mark();
    this.edit(this.target, () => this.main.addSystem(entry));
    this.dated();
    // Its real folder: a folder made through a link would be made wherever the link points.
    const folder = dirname(landingPath(full));
    let made: string | undefined;
    try {
      made = mkdirSync(folder, { recursive: true });
    } catch (error) {
      undo();
      throw new SaveError([errorAt(target, `cannot write: ${describeWriteError((error as NodeJS.ErrnoException).code, full)}`)]);
    }
    const doc = AnswersDocument.createSystemFile({ schemaRef: schemaRefFrom(full, this.folder), questionnaire: this.questionnaire.id, questionnaireVersion: this.questionnaire.version, system: entry.id }, this.questions, this.main.style());
    try {
      await this.save([{ target: this.target, content: this.main.toString() }, this.systemOutput(target, doc)], 'answers file');
    } catch (error) {
      // Nothing half-made: the entry leaves the answers file's text and the folders made for its
      // file go, so the system can be added again (or the walk ended) as if never started.
      undo();
      if (made !== undefined) removeMadeFolders(folder, made);
      throw error;
    }
    // From now on no report of this run may be written over it.
    this.ctx.noteInput(full, target, 'system file');
    this.own.set(entry.id, { doc, target });
  }
}
