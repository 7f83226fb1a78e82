// An interactive save is a minimal edit (SPEC "v2: writing files safely"): answers removed from each
// example and answered again through the interview come back on their own lines, in questionnaire
// order, and nothing else in the file moves: not the folded notes, the aligned comments, the
// `[a, b]` lists or the quoting. A review that accepts every answer leaves the file byte-identical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/answers/interview.js';
import type { Prompter, Reply } from '../../src/answers/prompter-types.js';
import { AnswersDocument, type AnswerUpdate } from '../../src/answers/save-answers.js';
import type { Answer } from '../../src/answers/types.js';
import type { Questionnaire } from '../../src/questionnaire/types.js';
import { repoRoot } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { loadAnswersText, loadQuestionnaireText } from '../helpers/load.js';

const EXAMPLES = ['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government'];
const load = (name: string) => {
  const text = readFileSync(join(repoRoot, `examples/${name}.answers.yaml`), 'utf8');
  const id = /^questionnaire: (\S+)/m.exec(text)![1]!;
  const questionnaire = loadQuestionnaireText(readFileSync(join(repoRoot, `questionnaires/${id}.yaml`), 'utf8')).questionnaire;
  return { text, questionnaire };
};

const replyFor = (answer: Answer | undefined): Reply =>
  !answer ? { kind: 'skip' } : answer.status === 'answered' ? { kind: 'value', value: answer.value as string | number | string[] } : answer.status === 'unknown' ? { kind: 'unknown' } : { kind: 'not-applicable' };

/**
 * Run the interview on `text`, answering from `plan` (question id → answer), or with the saved
 * answer when there is one (a review accepting every default); the file is saved after each answer
 * as the interactive run does. Returns the text saved last.
 */
async function interview(text: string, questionnaire: Questionnaire, plan: Map<string, Answer>, review = false): Promise<{ text: string; asked: string[] }> {
  const doc = AnswersDocument.parse(text, questionnaire.questions.values());
  const answers = new Map(loadAnswersText(text, { questionnaire } as never).answers);
  const asked: string[] = [];
  const prompter: Prompter = {
    ask: async (question, { previous }) => {
      asked.push(question.id);
      return replyFor(plan.get(question.id) ?? previous);
    },
    reason: async (question, previous): Promise<string> => {
      const planned = plan.get(question.id);
      return (planned?.status === 'not-applicable' ? planned.reason : previous) ?? 'no reason';
    },
    note: async (_q, previous) => previous ?? '',
    reviewDate: async (_q, due) => due,
    // Outcomes: each statement from the plan (or as saved), then the plan's confirmed status if it differs.
    askIndicator: async (question, indicator, { previous }) => {
      if (!asked.includes(question.id)) asked.push(question.id);
      const planned = plan.get(question.id)?.outcome?.indicators.get(indicator.id) ?? previous;
      return planned === undefined ? { kind: 'skip' } : planned === 'unknown' ? { kind: 'unknown' } : { kind: 'value', value: planned };
    },
    confirmOutcome: async (question, { derived, previous }) => {
      const planned = plan.get(question.id)?.outcome ?? previous;
      return planned?.confirmed !== undefined && planned.confirmed !== derived ? { kind: 'other', status: planned.confirmed, justification: planned.justification ?? '' } : { kind: 'confirm' };
    },
  };
  await runInterview({ questionnaire, answers, prompter, ...(review ? { review: true } : {}), noteOf: (id) => doc.noteOf(id), onAnswer: async (q, update: AnswerUpdate) => doc.set(q.id, update), progress: () => undefined });
  return { text: doc.toString(), asked };
}


describe.each(EXAMPLES)('%s', (name) => {
  const { text, questionnaire } = load(name);
  const original = loadAnswersText(text, { questionnaire } as never);
  const order = [...questionnaire.questions.keys()];

  it('has the styles a minimal edit must keep', () => {
    expect(text).toMatch(/\[[^\]\s][^\]]*, [^\]]*\]/); // a flow list written [a, b]
    if (name === 'council-cyber-resilience') {
      expect(text).toMatch(/: >-\n/); // folded notes
      expect(text).toMatch(/^ {2}[a-z0-9-]+: \S+ {2,}#/m); // comments aligned with extra spaces
    }
  });

  // Outcomes are block entries (indicators, then what the assessor added): whole entries that hold
  // only indicators are removed and walked again statement by statement.
  it.runIf(name === 'caf-local-government')('outcomes removed and walked again come back in questionnaire order, and nothing else changes', async () => {
    const lines = text.split('\n');
    const entries = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ {2}caf-[a-z0-9-]+:$/.test(l));
    const blocks = entries.map(([l, start]) => {
      let end = start + 1;
      while (end < lines.length && /^( {4}| *$)/.test(lines[end]!) && !/^ *$/.test(lines[end]!)) end++;
      return { id: l.trim().slice(0, -1), start, end, body: lines.slice(start, end) };
    });
    const onlyIndicators = blocks.filter((b) => b.body[1] === '    indicators:' && b.body.slice(2).every((l) => /^ {6}[A-Z][\w.]*: (true|false|unknown)$/.test(l)));
    const chosen = onlyIndicators.filter((_, k) => k % 3 === 0 || k === onlyIndicators.length - 1);
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    const cut = lines.filter((_, i) => !chosen.some((b) => i >= b.start && i < b.end)).join('\n');
    const plan = new Map(chosen.map((b) => [b.id, original.answers.get(b.id)!]));

    const result = await interview(cut, questionnaire, plan);
    const { added, removed } = lineDiff(cut, result.text);
    expect(removed).toEqual([]);
    expect(added).toEqual(chosen.flatMap((b) => b.body));
    expect(result.text).toBe(text);
  });

  it.runIf(name !== 'caf-local-government')('answers removed and given again come back in questionnaire order, and nothing else changes', async () => {
    // Every third short one-line entry without a comment, and the first and last of them.
    const lines = text.split('\n');
    // (Not the first line of a plain value that goes on below it.)
    const short = lines.map((l, i) => [l, i] as const).filter(([l, i]) => /^ {2}([a-z0-9-]+): [^#{\s][^#]*$/.test(l) && /^( {0,2}\S|$)/.test(lines[i + 1] ?? '') && order.includes(l.trim().split(':')[0]!));
    const chosen = short.filter((_, k) => k % 3 === 0 || k === short.length - 1);
    expect(chosen.length).toBeGreaterThan(3);
    const removedIds = chosen.map(([l]) => l.trim().split(':')[0]!);
    const cut = lines.filter((_, i) => !chosen.some(([, c]) => c === i)).join('\n');
    const plan = new Map(removedIds.map((id) => [id, original.answers.get(id)!]));

    const result = await interview(cut, questionnaire, plan);
    const { added, removed } = lineDiff(cut, result.text);
    expect(removed).toEqual([]);
    expect(added).toEqual(chosen.map(([l]) => l.replace(/\s+$/, '')));
    // In questionnaire order: each new line sits after the entry of the nearest earlier question.
    const ids = result.text.split('\n').filter((l) => /^ {2}[a-z0-9-]+:/.test(l)).map((l) => l.trim().split(':')[0]!).filter((id) => removedIds.includes(id));
    expect(ids).toEqual([...removedIds].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    // The examples are in questionnaire order, so putting the answers back gives the example back.
    expect(result.text).toBe(text);
  });

  it('a review accepting every saved answer leaves the file byte-identical', async () => {
    const result = await interview(text, questionnaire, new Map(), true);
    expect(result.asked.length).toBeGreaterThan(10);
    expect(result.text).toBe(text);
  });
});

describe('changing answers touches only their lines', () => {
  const { text, questionnaire } = load('council-cyber-resilience');
  const answered = (value: Answer extends never ? never : string | number | string[]): Answer => ({ question: '', status: 'answered', value, evidence: [] });

  it('a value with an aligned comment, a flow list and a long-form value beside a folded note', async () => {
    const plan = new Map<string, Answer>([
      ['tech-patch-days-critical', answered(30)],
      ['mon-log-sources', answered(['sign-ins', 'edge'])],
      ['gov-ransom-position', answered('agreed-recorded')],
    ]);
    const result = await interview(text, questionnaire, plan, true);
    const { added, removed } = lineDiff(text, result.text);
    expect(removed).toEqual(['    value: agreed', '  tech-patch-days-critical: 21      # median for high and critical updates, August to October 2026', '  mon-log-sources: [sign-ins, email, edge]']);
    expect(added).toEqual(['    value: agreed-recorded', '  tech-patch-days-critical: 30      # median for high and critical updates, August to October 2026', '  mon-log-sources: [sign-ins, edge]']);
  });

  it('an answer that becomes "don\'t know" has a status line in place of its value line; its note stays as it was', async () => {
    const plan = new Map<string, Answer>([['gov-ransom-position', { question: '', status: 'unknown', evidence: [] }]]);
    const result = await interview(text, questionnaire, plan, true);
    const { added, removed } = lineDiff(text, result.text);
    expect(removed).toEqual(['    value: agreed']);
    expect(added).toEqual(['    status: unknown']);
    // In its place, not after the note, evidence and owner (one line changed, where it was).
    expect(result.text).toBe(text.replace(/(\n {2}gov-ransom-position:\n {4})value: agreed\n/, '$1status: unknown\n'));
    // And answered again: the value comes back where the status was.
    const back = await interview(result.text, questionnaire, new Map<string, Answer>([['gov-ransom-position', { question: '', status: 'answered', value: 'agreed', evidence: [] }]]), true);
    expect(back.text).toBe(text);
  });

  it('a short answer that becomes not applicable is written inline in its place', async () => {
    const plan = new Map<string, Answer>([['gov-strategy', { question: '', status: 'not-applicable', reason: 'Covered by the county: see "share-partners"', evidence: [] }]]);
    const result = await interview(text, questionnaire, plan, true);
    expect(lineDiff(text, result.text)).toEqual({ removed: ['  gov-strategy: in-place'], added: ['  gov-strategy: { status: not-applicable, reason: \'Covered by the county: see "share-partners"\' }'] });
  });
});

describe('odd files', () => {
  const questions = ['a', 'b', 'c'].map((id) => ({ id, sectionId: 's' }));
  it('a file with CRLF line ends gets CRLF lines', () => {
    const doc = AnswersDocument.parse('questionnaire: q\r\nanswers:\r\n  a: 1\r\n  c: 3\r\n', questions);
    doc.set('b', { status: 'unknown' });
    doc.set('c', { status: 'answered', value: 4 });
    expect(doc.toString()).toBe('questionnaire: q\r\nanswers:\r\n  a: 1\r\n  b: { status: unknown }\r\n  c: 4\r\n');
  });

  it('a file indented by four, with empty entries and a long entry to change', () => {
    const doc = AnswersDocument.parse('answers:\n    a:\n    c:\n        value: 3   # kept\n        owner: Me\n', questions);
    doc.set('a', { status: 'answered', value: 'x' });
    doc.set('b', { status: 'not-applicable', reason: 'two\nlines, see: c' });
    doc.set('c', { status: 'answered', value: 3, note: 'checked' });
    expect(doc.toString()).toBe('answers:\n    a: x\n    b: { status: not-applicable, reason: "two\\nlines, see: c" }\n    c:\n        value: 3   # kept\n        owner: Me\n        note: checked\n');
  });
});

describe('any text a person types', () => {
  it('is saved so that reading the file gives it back, in every kind of entry', () => {
    const questions = ['a', 'b', 'c', 'd'].map((id) => ({ id, sectionId: 's' }));
    const start = 'answers:\n  a: { value: 1, owner: Me }\n  c:\n    value: 2\n  d: 3\n';
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), fc.string({ maxLength: 20 }), (reason, note) => {
        const doc = AnswersDocument.parse(start, questions);
        for (const id of ['a', 'b', 'c']) doc.set(id, { status: 'not-applicable', reason, note });
        doc.set('d', { status: 'answered', value: reason });
        const read = parse(doc.toString(), { version: '1.2', schema: 'core' }) as { answers: Record<string, Record<string, unknown>> };
        for (const id of ['a', 'b', 'c']) expect(read.answers[id], doc.toString()).toMatchObject({ status: 'not-applicable', reason, note });
        expect(read.answers.a!.owner).toBe('Me');
        expect(String(read.answers.d)).toBe(reason);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text that reads as a document marker at the start of a line', () => {
  it('is saved on its line, in quotes, in a block entry and as a bare value alike', () => {
    // The property above found "..." refused at the save of a block entry ("the edit would not read back").
    const questions = ['a', 'c', 'd'].map((id) => ({ id, sectionId: 's' }));
    for (const text of ['...', '---', '--- x', '... x']) {
      const doc = AnswersDocument.parse('answers:\n  a: { value: 1 }\n  c:\n    value: 2\n  d: 3\n', questions);
      for (const id of ['a', 'c']) doc.set(id, { status: 'not-applicable', reason: text, note: '' });
      doc.set('d', { status: 'answered', value: text });
      const read = parse(doc.toString(), { version: '1.2', schema: 'core' }) as { answers: Record<string, Record<string, unknown>> };
      expect(read.answers.a!.reason).toBe(text);
      expect(read.answers.c!.reason).toBe(text);
      expect(read.answers.d).toBe(text);
    }
  });
});

describe('a new file', () => {
  it('starts its answers block with the first answer, and goes on in questionnaire order', () => {
    const order = ['a', 'b', 'c'].map((id) => ({ id, sectionId: 's' }));
    const doc = AnswersDocument.create({ schemaRef: 's.json', questionnaire: 'q', questionnaireVersion: '1.0.0', organisation: 'Org', assessor: '', assessedOn: '2026-11-23' }, order);
    doc.set('c', { status: 'answered', value: 3 });
    doc.set('a', { status: 'answered', value: ['x', 'y'] });
    doc.set('b', { status: 'unknown' });
    doc.set('c', { status: 'not-applicable', reason: 'Shared, with the county: see {x}' });
    expect(doc.toString()).toContain('  c: { status: not-applicable, reason: "Shared, with the county: see {x}" }\n');
    doc.set('c', { status: 'answered', value: 3 });
    expect(doc.toString()).toBe('# yaml-language-server: $schema=s.json\n\nquestionnaire: q\nquestionnaireVersion: 1.0.0\norganisation: Org\nassessedOn: 2026-11-23\nanswers:\n  a: [x, y]\n  b: { status: unknown }\n  c: 3\n');
  });

  // Mutation review: writing these fields bare survived. A system id, questionnaire id or version
  // that YAML takes for a number or a boolean (`2024`, `no`, `1.10`) must read back as the text it is.
  it('writes ids and versions so that they read back as the same text', () => {
    const system = AnswersDocument.createSystemFile({ schemaRef: 's.json', questionnaire: 'no', questionnaireVersion: '1.10', system: '2024' }, []);
    const main = AnswersDocument.create({ schemaRef: 's.json', questionnaire: 'on', questionnaireVersion: '2.0', organisation: 'true', assessor: 'null', assessedOn: '2026-11-23' }, []);
    // As YAML 1.2 reads it (this tool) and as YAML 1.1 does (older tools a council may feed it to).
    for (const version of ['1.2', '1.1'] as const) {
      expect(parse(system.toString(), { version })).toMatchObject({ questionnaire: 'no', questionnaireVersion: '1.10', system: '2024' });
      expect(parse(main.toString(), { version })).toMatchObject({ questionnaire: 'on', questionnaireVersion: '2.0', organisation: 'true', assessor: 'null' });
    }
  });
});
