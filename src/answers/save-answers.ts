import { isAlias, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { textScalar } from '../yaml/yaml-scalar.js';
import { dataOf, keepsTheRest, sameData, without, type EditedPlace } from './edit-check.js';
import { parsedOnce, setAnswerInText, type AnswerUpdate, type QuestionPlace } from './edit-answers-text.js';
import { sameIndicator, type IndicatorUpdate } from './edit-outcome-text.js';
import { saysAlready } from './entry-fields.js';
import { scalarOf } from './text-places.js';
import { addSystemInText, type NewSystemEntry } from './edit-systems-text.js';
import { restampHeaderInText, setHeaderInText, type HeaderField, type StampField } from './edit-header-text.js';
import { nodeAt, nodeUnder, pairAt, type YamlPath } from './map-at-path.js';
import { placeOfOffset } from './line-endings.js';
import type { Place } from '../yaml/positions.js';
import { kindNamed } from '../questionnaire/kinds/index.js';

export type { AnswerUpdate } from './edit-answers-text.js';
export type { NewSystemEntry } from './edit-systems-text.js';

/** The fields of an entry that a walk's save may change. */
const WRITTEN_FIELDS = new Set(['value', 'status', 'reason', 'note', 'indicators', 'comments', 'confirmed', 'justification']);

/** What a question tells the file about where its answer goes: a questionnaire's Question will do. */
export interface QuestionOfFile {
  id: string;
  sectionId: string;
  indicators?: readonly { id: string }[] | undefined;
  /** Its kind, which says whether its answer is the user's own text (QuestionKind.freeText). */
  type?: string;
  /** Its section's title, whose heading comment a section's first new answer goes under. */
  sectionTitle?: string;
}

/** A questionnaire's questions as an answers file's saves place them: in order, each with its section's title. */
export function questionsOfFile(questionnaire: { sections: readonly { title: string; questions: readonly QuestionOfFile[] }[] }): QuestionOfFile[] {
  return questionnaire.sections.flatMap((section) => section.questions.map(({ id, sectionId, indicators, type }) => ({ id, sectionId, indicators, type, sectionTitle: section.title })));
}

export interface NewAnswersFile {
  schemaRef: string;
  questionnaire: string;
  questionnaireVersion: string;
  organisation: string;
  assessor: string;
  assessedOn: string;
}

/** A system's own file, as the walk starts it (SPEC "v2: critical systems"). */
export interface NewSystemFile {
  schemaRef: string;
  questionnaire: string;
  questionnaireVersion: string;
  system: string;
}

/** How a file's bytes are laid out beyond its YAML: its line ends and whether it starts with a byte order mark. */
export interface FileStyle {
  eol: '\n' | '\r\n';
  bom: boolean;
}

/** A new file's text: the schema comment, `fields` (each value as YAML 1.2 and 1.1 both read it back), and empty `answers:`. */
function startText(schemaRef: string, fields: Record<string, string>, eol: FileStyle['eol'] = '\n'): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${key === 'assessedOn' ? value : textScalar(value)}`);
  return [`# yaml-language-server: $schema=${schemaRef}`, '', ...lines, 'answers: {}', ''].join(eol);
}

/**
 * An edit that would leave the file unreadable, or reading other than it should. Edits are made in
 * the text (to keep the file's own bytes), so a fault in one could join two entries on a line, which
 * loses an answer and leaves a file no run can read (it happened: a note written as `>-` text), or
 * join a comment onto a value. Each edit is read back before it is kept (edit-check.ts); one that
 * does not say what was asked, or changes anything else, is refused and the file stays as it was.
 */
export class UnreadableEditError extends Error {
  constructor(
    message: string,
    /** Where the entry edited (or the nearest key above it) starts in the file. */
    readonly place?: Place,
  ) {
    super(message);
  }
}

/**
 * The text of an answers file being filled in. Each answer is a minimal edit of the text (see
 * edit-answers-text.ts), so a file reviewed in pull requests changes only where answers changed:
 * notes, comments, alignment and quoting elsewhere keep their bytes.
 */
export class AnswersDocument {
  private constructor(
    /** The text without any byte order mark: what the edits see. */
    private text: string,
    /** The questionnaire's questions, in order: where a new answer goes. */
    private readonly questions: readonly QuestionPlace[],
    /** Whether the file began with a byte order mark: it keeps it, since only answers may change. */
    private readonly bom: boolean,
  ) {}

  /** An existing answers file (already checked by the loader), its text read without its byte order mark. */
  static parse(text: string, questions: Iterable<QuestionOfFile>, options: { bom?: boolean } = {}): AnswersDocument {
    return new AnswersDocument(
      text,
      [...questions].map(({ id, sectionId, indicators, type, sectionTitle }) => ({
        id,
        sectionId,
        ...(indicators ? { indicators: indicators.map((i) => i.id) } : {}),
        ...(type !== undefined && kindNamed(type)?.freeText ? { freeText: true } : {}),
        ...(sectionTitle !== undefined ? { sectionTitle } : {}),
      })),
      options.bom === true,
    );
  }

  /** A new file, written whole. */
  static create(meta: NewAnswersFile, questions: Iterable<QuestionOfFile>): AnswersDocument {
    // The organisation and assessor as typed, set as a walk sets them: quoted where YAML 1.1 tools would misread them.
    const doc = AnswersDocument.parse(startText(meta.schemaRef, { questionnaire: meta.questionnaire, questionnaireVersion: meta.questionnaireVersion, assessedOn: meta.assessedOn }), questions);
    if (meta.organisation) doc.setHeader('organisation', meta.organisation);
    if (meta.assessor) doc.setHeader('assessor', meta.assessor);
    return doc;
  }

  /**
   * A system's own file, written whole: its answers are then set like any answers file's. It takes
   * `style` from the answers file that lists it: a team on Windows keeps CRLF (and a byte order mark)
   * in every file, and a new LF file beside a CRLF one shows whole in a diff once an editor or
   * `core.autocrlf` makes it like the rest. Later edits keep its line ends (map-at-path.ts).
   */
  static createSystemFile(meta: NewSystemFile, questions: Iterable<QuestionOfFile>, style: FileStyle = { eol: '\n', bom: false }): AnswersDocument {
    return AnswersDocument.parse(startText(meta.schemaRef, { questionnaire: meta.questionnaire, questionnaireVersion: meta.questionnaireVersion, system: meta.system }, style.eol), questions, { bom: style.bom });
  }

  /** This file's line ends (CRLF where it has any) and byte order mark, for a file made to go with it. */
  style(): FileStyle {
    return { eol: this.text.includes('\r\n') ? '\r\n' : '\n', bom: this.bom };
  }

  /**
   * Set one answer: the organisation's, or (with `system`) one in that system's inline `answers:`
   * under `systems:`. A long-form entry keeps its other fields (evidence, owner, reviewBy, x-...).
   */
  set(question: string, update: AnswerUpdate, system?: string): void {
    const answers = this.answersPath(system);
    const entry = [...answers, question];
    const place: EditedPlace = update.status === 'indicator' ? this.indicatorPlace(entry, update) : { path: entry, says: (node) => saysAlready(node ?? null, update) };
    this.edited(setAnswerInText(this.text, question, update, this.questions, answers), place);
  }

  /**
   * An indicator's answer may take a "don't know" off its outcome's entry, so the place edited is the
   * entry: it must then hold the indicator as answered, and its other indicators as they were.
   */
  private indicatorPlace(entry: YamlPath, update: IndicatorUpdate): EditedPlace {
    const others = (node: unknown): unknown => without({ indicators: isMap(node) ? node.toJSON() : undefined }, ['indicators', update.indicator]);
    const before = others(nodeAt(parsedOnce(this.text), [...entry, 'indicators']));
    return { path: entry, says: (node) => isMap(node) && sameIndicator(scalarOf(nodeUnder(node, ['indicators', update.indicator])), update.value) && sameData(others(node.get('indicators', true)), before) };
  }

  /**
   * An anchor on the question's entry (or inside it) that an alias elsewhere uses, and the line of
   * that alias: a change to the entry would change the alias's answer too, or leave it pointing at
   * nothing, so the walk does not ask it (interview.ts).
   */
  anchorInUse(question: string, system?: string): { anchor: string; line: number } | undefined {
    const doc = parsedOnce(this.text);
    const entry = nodeAt(doc, [...this.answersPath(system), question]) as Node | null | undefined;
    if (!entry) return undefined;
    const anchors = new Map<string, number>();
    const note = (_: unknown, node: unknown): void => {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node.range?.[1] ?? 0);
    };
    // The entry itself, and the fields a save writes: an anchor on its owner or evidence is left alone by every save.
    note(null, entry);
    if (isMap(entry)) {
      for (const pair of entry.items) if (WRITTEN_FIELDS.has(String(scalarOf(pair.key))) && pair.value) visit(pair.value as Node, note);
    } else visit(entry, note);
    if (anchors.size === 0) return undefined;
    let found: { anchor: string; line: number } | undefined;
    visit(doc, {
      Alias: (_, alias) => {
        const after = anchors.get(alias.source);
        if (after === undefined || (alias.range?.[0] ?? 0) < after) return undefined;
        found = { anchor: alias.source, line: placeOfOffset(this.text, alias.range?.[0] ?? 0).line };
        return visit.BREAK;
      },
    });
    return found;
  }

  /** The note already written for a question, offered as the default when notes are asked for. */
  noteOf(question: string, system?: string): string | undefined {
    const node = nodeAt(parsedOnce(this.text), [...this.answersPath(system), question, 'note']);
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  }

  /** A top-level text field (`organisation`, `assessor`), set where it is or added. */
  setHeader(field: HeaderField, value: string): void {
    this.edited(setHeaderInText(this.text, field, value), { path: [field], says: (node) => isScalar(node) && node.value === value });
  }

  /**
   * Why `field` could not be set as the file is written (an anchor on it that an alias uses, say),
   * tried on a copy so that a walk can say so before it asks; undefined when it can be.
   */
  headerRefusal(field: HeaderField): { place?: Place | undefined; anchor?: string | undefined } | undefined {
    try {
      new AnswersDocument(this.text, this.questions, this.bom).setHeader(field, 'Example');
      return undefined;
    } catch (error) {
      if (!(error instanceof UnreadableEditError)) throw error;
      const node = parsedOnce(this.text).get(field, true);
      return { place: error.place, anchor: isScalar(node) || isMap(node) || isSeq(node) ? node.anchor : undefined };
    }
  }

  /** A top-level text field as the file has it (through an alias: `assessor: *o`); undefined when missing or not text. */
  headerOf(field: HeaderField | StampField): string | undefined {
    const doc = parsedOnce(this.text);
    const found = doc.get(field, true);
    const node = isAlias(found) ? found.resolve(doc) : found;
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  }

  /** `assessedOn` or `questionnaireVersion` moved on to `value` where the file has it; a file without it stays without. */
  restamp(field: StampField, value: string): void {
    this.edited(restampHeaderInText(this.text, field, value), { path: [field], says: (node) => isScalar(node) && node.value === value });
  }

  /** A new system at the end of `systems:`. */
  addSystem(entry: NewSystemEntry): void {
    const list = parsedOnce(this.text).get('systems', true);
    const place: EditedPlace = { path: ['systems', isSeq(list) ? list.items.length : 0], says: (node) => isMap(node) && node.get('id') === entry.id };
    this.edited(addSystemInText(this.text, entry), place);
  }

  /** The text last kept, as data: what the next edit must leave as it is outside the place it edits. */
  private data: { text: string; data: unknown } | undefined;

  /** Keep an edit once it reads back as the edit of `place` it should be, and nothing more (the parse is kept for the next edit). */
  private edited(next: string, place: EditedPlace): void {
    if (next === this.text) return;
    const before = this.data?.text === this.text ? this.data.data : dataOf(parsedOnce(this.text));
    const after = parsedOnce(next);
    const data = after.errors.length > 0 ? undefined : dataOf(after);
    if (!keepsTheRest(before, after, data, place)) throw new UnreadableEditError('the edit would not read back as the answer saved', this.placeOf(place.path));
    this.data = { text: next, data };
    this.text = next;
  }

  /** Where the entry at `path` starts, or the nearest key above it that the file has. */
  private placeOf(path: YamlPath): Place | undefined {
    const doc = parsedOnce(this.text);
    for (let n = path.length; n > 0; n--) {
      const at = pairAt(doc, path.slice(0, n))?.key.range?.[0];
      if (at !== undefined) return placeOfOffset(this.text, at);
    }
    return undefined;
  }

  /** Where a system's inline answers are: under its entry in `systems:`, found by id. */
  private answersPath(system: string | undefined): YamlPath {
    if (system === undefined) return ['answers'];
    // The parse setAnswerInText keeps: finding the system costs no second parse of a large file.
    const list = parsedOnce(this.text).get('systems', true);
    const index = isSeq(list) ? list.items.findIndex((item) => isMap(item) && item.get('id') === system) : -1;
    if (index < 0) throw new Error(`no system "${system}" under "systems:"`);
    return ['systems', index, 'answers'];
  }

  /** The text as it stands now, to go back to when a save of what follows fails (see AnswerFiles.addSystem). */
  mark(): () => void {
    const text = this.text;
    return () => {
      this.text = text;
    };
  }

  /** The file's content, as written. */
  toString(): string {
    return this.bom ? `\uFEFF${this.text}` : this.text;
  }
}
