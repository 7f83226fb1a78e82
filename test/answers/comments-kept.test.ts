// No save may lose a comment (SPEC "v2: writing files safely": comments in an existing answers file
// survive an interactive save). A council's answers block, an answer, an outcome's indicators, a
// system or the systems list written as a flow collection over several lines, with comments inside,
// lost them all when the walk saved an answer there: the collection was written again on one line.
// Here files of every shape (block, one-line flow, flow over several lines, systems inline and in
// files of their own) take the walk's saves, and after each one every comment the file had is still
// in it, the file still reads, and every answer but the one saved says what it said.
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AnswersDocument, type AnswerUpdate, type QuestionOfFile } from '../../src/answers/save-answers.js';
import { expectCommentsKept } from '../helpers/comment-texts.js';

type Value = string | boolean | Value[] | { [key: string]: Value };
/** How a collection is written: a block, a flow collection on one line, or one spread over lines with comments inside. */
type Style = 'block' | 'line' | 'lines';

const QUESTIONS: QuestionOfFile[] = [
  { id: 'owner', sectionId: 'gov' },
  { id: 'cloud', sectionId: 'gov' },
  { id: 'tools', sectionId: 'gov' },
  { id: 'caf-a1', sectionId: 'gov', indicators: [{ id: 'A.1' }, { id: 'A.2' }, { id: 'A.3' }] },
  { id: 'patched', sectionId: 'protect' },
  { id: 'mfa', sectionId: 'protect' },
];

/** Writes a file's values in the styles given, one after another, with a comment everywhere one can go. */
function writer(styles: readonly Style[]) {
  let comments = 0;
  let styled = 0;
  const c = (): string => `# c${++comments}`;
  const nextStyle = (inFlow: boolean): Style => {
    const style = styles[styled++ % styles.length]!;
    return inFlow && style === 'block' ? 'lines' : style;
  };
  const isCollection = (v: Value): v is Value[] | { [key: string]: Value } => typeof v === 'object';
  const items = (v: Value[] | { [key: string]: Value }): [string | undefined, Value][] => (Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v));

  /** A value in flow context, starting after `key: `; a collection spread over lines ends at `indent`. */
  function flow(v: Value, indent: string): string {
    if (!isCollection(v)) return String(v);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    const entries = items(v);
    // A collection spread over lines inside one on a line still closes deeper than the key it is under.
    if (nextStyle(true) === 'line') return `${open} ${entries.map(([k, x]) => `${k === undefined ? '' : `${k}: `}${flow(x, `${indent}  `)}`).join(', ')} ${close}`;
    const inner = `${indent}  `;
    const lines = entries.map(([k, x]) => `${inner}${c()}\n${inner}${k === undefined ? '' : `${k}: `}${flow(x, inner)},  ${c()}\n`);
    return `${open}  ${c()}\n${lines.join('')}${indent}${close}`;
  }

  /** A key and its value in block context, at `indent`, with a comment line over it. */
  function entry(key: string, v: Value, indent: string, heading = true): string {
    const over = heading ? `${indent}${c()}\n` : '';
    if (!isCollection(v)) return `${over}${indent}${key}: ${String(v)}  ${c()}\n`;
    const style = nextStyle(false);
    if (style !== 'block') return `${over}${indent}${key}: ${flow(v, indent)}  ${c()}\n`;
    return `${over}${indent}${key}:  ${c()}\n${block(v, `${indent}  `)}`;
  }

  /** A collection in block context at `indent`, closed by a comment indented under it. */
  function block(v: Value[] | { [key: string]: Value }, indent: string): string {
    const body = items(v).map(([k, x]) => {
      if (k !== undefined) return entry(k, x, indent);
      if (!isCollection(x) || Array.isArray(x) || nextStyle(false) !== 'block') return `${indent}- ${flow(x, `${indent}  `)}  ${c()}\n`;
      // A map in a list written as a block: its first key after the dash.
      const [first, ...rest] = Object.entries(x);
      return `${indent}${c()}\n${entry(first![0], first![1], `${indent}- `, false)}${rest.map(([rk, rx]) => entry(rk, rx, `${indent}  `)).join('')}`;
    });
    return `${body.join('')}${indent}${c()}\n`;
  }

  return { entry, c };
}

/** An answers file (or, with `system`, a system's own file) with these answers and systems. */
function fileText(styles: readonly Style[], answers: Record<string, Value>, systems: Value[] | undefined, system?: string): string {
  const { entry, c } = writer(styles);
  const head = `${c()}\nquestionnaire: sys  ${c()}\nquestionnaireVersion: 1.0.0\n${system ? `system: ${system}\n` : 'organisation: Test Council\n'}`;
  return `${head}${entry('answers', answers, '')}${systems ? entry('systems', systems, '') : ''}${c()}\n`;
}

const orgAnswers = fc.record(
  {
    owner: fc.constantFrom<Value>('yes', { value: 'no', owner: 'Jo', evidence: ['Minutes', 'Job description'] }, { status: 'unknown', note: 'Asked IT' }),
    cloud: fc.constantFrom<Value>('no', { status: 'not-applicable', reason: 'No cloud' }),
    tools: fc.constantFrom<Value>(['edr', 'siem'], { value: ['edr'], reviewBy: '2027-06-30' }),
    'caf-a1': fc.constantFrom<Value>(
      { indicators: { 'A.1': true, 'A.3': false }, comments: { 'A.1': 'Seen' } },
      { status: 'unknown' },
      { indicators: { 'A.1': true }, confirmed: 'achieved', justification: 'Board minutes' },
      { status: 'not-applicable', reason: 'Shared service', owner: 'Jo' },
    ),
  },
  { requiredKeys: [] },
);
const systemAnswers = fc.record(
  { patched: fc.constantFrom<Value>('yes', { value: 'no', evidence: ['Patch report'] }, { status: 'unknown' }), mfa: fc.constantFrom<Value>('no', { status: 'not-applicable', reason: 'No sign-in' }) },
  { requiredKeys: [] },
);
const styles = fc.array(fc.constantFrom<Style>('block', 'line', 'lines'), { minLength: 1, maxLength: 12 });

const orgUpdate = fc.oneof(
  fc.tuple(fc.constantFrom('owner', 'cloud'), fc.constantFrom<AnswerUpdate>({ status: 'answered', value: 'yes' }, { status: 'answered', value: 'no' }, { status: 'unknown' }, { status: 'not-applicable', reason: 'Not ours' }, { status: 'answered', value: 'yes', note: 'Checked' })),
  fc.tuple(fc.constant('tools'), fc.constantFrom<AnswerUpdate>({ status: 'answered', value: ['edr', 'mdr'] }, { status: 'answered', value: ['siem'] }, { status: 'unknown' })),
  fc.tuple(
    fc.constant('caf-a1'),
    fc.constantFrom<AnswerUpdate>(
      { status: 'indicator', indicator: 'A.1', value: false },
      { status: 'indicator', indicator: 'A.2', value: true },
      { status: 'indicator', indicator: 'A.3', value: 'unknown' },
      { status: 'confirmed', confirmed: 'achieved', justification: 'Seen' },
      { status: 'confirmed' },
      { status: 'unknown' },
    ),
  ),
);
const systemUpdate = fc.tuple(fc.constantFrom('patched', 'mfa'), fc.constantFrom<AnswerUpdate>({ status: 'answered', value: 'yes' }, { status: 'answered', value: 'no' }, { status: 'unknown' }, { status: 'not-applicable', reason: 'Not ours' }));

type Save = { kind: 'org'; question: string; update: AnswerUpdate } | { kind: 'system'; question: string; update: AnswerUpdate } | { kind: 'add-system' };
const saves = fc.array(
  fc.oneof(
    orgUpdate.map(([question, update]): Save => ({ kind: 'org', question, update })),
    systemUpdate.map(([question, update]): Save => ({ kind: 'system', question, update })),
    fc.constant<Save>({ kind: 'add-system' }),
  ),
  { minLength: 1, maxLength: 5 },
);

const read = (text: string): Record<string, unknown> => parse(text, { version: '1.2', schema: 'core' }) as Record<string, unknown>;
const without = (answers: unknown, question: string): unknown => (answers && typeof answers === 'object' ? Object.fromEntries(Object.entries(answers).filter(([k]) => k !== question)) : answers);

/** The file read, with the answer `question` of `system` (index under `systems:`, or the file's own) left out. */
function readWithout(text: string, question: string, system?: number): unknown {
  const data = read(text);
  if (system === undefined) return { ...data, answers: without(data.answers ?? {}, question) };
  const list = (data.systems as Record<string, unknown>[]).map((s, i) => (i === system ? { ...s, answers: without(s.answers ?? {}, question) } : s));
  return { ...data, systems: list };
}

/** A file as written by `fileText`, which must read as YAML before anything is saved in it. */
function opened(text: string): AnswersDocument {
  expect(parseDocument(text).errors, text).toEqual([]);
  return AnswersDocument.parse(text, QUESTIONS);
}

/** One save, checked: the file reads, keeps every comment, and changes only what was saved. */
function saveChecked(doc: AnswersDocument, save: Save, added: { done: boolean }): void {
  const before = doc.toString();
  if (save.kind === 'add-system') {
    if (added.done) return;
    doc.addSystem({ id: 'waste', title: 'Waste' });
    added.done = true;
  } else doc.set(save.question, save.update, save.kind === 'system' ? 'rev' : undefined);
  const after = doc.toString();
  expectCommentsKept(before, after);
  if (save.kind === 'add-system') {
    const [was, is] = [read(before), read(after)];
    expect({ ...is, systems: (is.systems as unknown[]).slice(0, -1) }).toEqual({ ...was, systems: was.systems ?? [] });
    return;
  }
  const index = save.kind === 'system' ? (read(before).systems as { id: string }[]).findIndex((s) => s.id === 'rev') : undefined;
  expect(readWithout(after, save.question, index), after).toEqual(readWithout(before, save.question, index));
}

describe('every comment in a file stays through every save', () => {
  it('in the main answers file, whatever the shape of its answers and systems', () => {
    fc.assert(
      fc.property(styles, orgAnswers, systemAnswers, saves, (written, org, inline, steps) => {
        const systems: Value[] = [{ id: 'rev', title: 'Revenues', answers: inline }, { id: 'care', title: 'Social care', file: 'systems/care.yaml' }];
        const doc = opened(fileText(written, org, systems));
        const added = { done: false };
        for (const step of steps) saveChecked(doc, step, added);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("in a system's own file", () => {
    fc.assert(
      fc.property(styles, systemAnswers, fc.array(systemUpdate, { minLength: 1, maxLength: 4 }), (written, own, steps) => {
        const doc = opened(fileText(written, own, undefined, 'care'));
        for (const [question, update] of steps) saveChecked(doc, { kind: 'org', question, update }, { done: true });
      }),
      { numRuns: 300 },
    );
  });
});
