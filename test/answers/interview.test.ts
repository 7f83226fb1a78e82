// @inquirer/testing/vitest must be imported before the code under test: it swaps the prompts for
// ones drawn on a virtual screen.
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/answers/interview.js';
import { createPrompter } from '../../src/answers/prompter.js';
import type { AnswerUpdate } from '../../src/answers/save-answers.js';
import type { Answer } from '../../src/answers/types.js';
import { loadQuestionnaireText, miniText } from '../helpers/load.js';

const mini = loadQuestionnaireText(miniText()).questionnaire;

/** Start an interview on the mini questionnaire; returns what was saved, in order, and the progress text. */
async function start(options: { answers?: Map<string, Answer>; review?: boolean; notes?: boolean } = {}) {
  const saved: [string, AnswerUpdate][] = [];
  const progress: string[] = [];
  const helpText: string[] = [];
  const prompter = await createPrompter({ input: new PassThrough(), output: new PassThrough() }, (t) => helpText.push(t));
  const answers = options.answers ?? new Map<string, Answer>();
  const done = runInterview({
    questionnaire: mini,
    answers,
    prompter,
    ...(options.review ? { review: true } : {}),
    ...(options.notes ? { notes: true } : {}),
    onAnswer: async (q, update) => void saved.push([q.id, update]),
    progress: (lines) => progress.push(...lines),
  });
  return { done, saved, progress, answers, helpText };
}

const down = (n: number): void => {
  for (let i = 0; i < n; i++) screen.keypress('down');
};

describe('the interview', () => {
  it('answers, skips, goes back and forward in step, hides questions whose condition is false, and saves every answer at once', async () => {
    const { done, saved, progress, helpText } = await start();
    expect(screen.getScreen()).toContain('Is there a named senior owner?');
    expect(progress).toContain('── Section 1 of 3: Governance');
    expect(screen.getScreen()).toContain('░░░░░░░░░░░░░░░░░░░░ Question 1 of 9 · 0 answered');
    down(2); // Partly in place
    screen.keypress('enter');
    await screen.next();
    expect(saved).toEqual([['owner', { status: 'answered', value: 'partly' }]]);
    expect(screen.getScreen()).toContain('██░░░░░░░░░░░░░░░░░░ Question 2 of 9 · 1 answered');

    expect(screen.getScreen()).toContain('Is there a budget?');
    down(3); // Yes, Don't know, Skip for now (the separator is not a stop)
    screen.keypress('enter'); // skip
    await screen.next();

    expect(screen.getScreen()).toContain('Anything else?');
    screen.type('<'); // back to the budget question
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Is there a budget?');
    down(1);
    screen.keypress('enter'); // Yes
    await screen.next();
    expect(saved.at(-1)).toEqual(['budget', { status: 'answered', value: 'yes' }]);

    // Back twice, re-answer the first question: forward again asks the budget question once more.
    screen.type('<');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('❯ Yes');
    down(3); // Don't know, Skip for now, Back
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('❯ Partly in place');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Is there a budget?');
    screen.keypress('enter'); // keeps Yes
    await screen.next();
    // "Back" leaves no echo line behind, and the section banner is shown once however often it is re-entered.
    expect(helpText.join('')).not.toContain('Back');
    expect(helpText.join('')).not.toContain('Question 3 of 9');
    expect(helpText.join('')).toContain('✔ Is there a budget? Yes\n');
    expect(progress.filter((l) => l === '── Section 1 of 3: Governance')).toHaveLength(1);

    screen.type('-'); // skip the text question
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Do you take card payments?');
    screen.keypress('enter'); // No, the first option: the PCI question no longer applies and is not asked
    await screen.next();
    expect(screen.getScreen()).toContain('Which services do you use?');
    expect(progress).toContain('── Section 2 of 3: Technical');
    expect(progress).toContain('(2 follow-up questions no longer apply: 7 questions in all now)');

    screen.keypress('space'); // Protective DNS
    screen.keypress('enter');
    await screen.next();
    expect(saved.at(-1)).toEqual(['services', { status: 'answered', value: ['dns'] }]);

    screen.type('0x10'); // not a number anyone means
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Type a number of days');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    screen.type('-1'); // below min 0
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('The answer must be at least 0.');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type('14 days');
    screen.keypress('enter');
    await screen.next();
    expect(saved.at(-1)).toEqual(['patch-days', { status: 'answered', value: 14 }]);
    expect(helpText.join('')).toContain('✔ Days to patch critical vulnerabilities? 14 days\n');

    expect(screen.getScreen()).toContain('Do you run operational technology?');
    screen.keypress('enter'); // No: ot-seg is hidden
    const result = await done;
    expect(saved.map(([id]) => id)).toEqual(['owner', 'budget', 'owner', 'budget', 'cards', 'services', 'patch-days', 'has-ot']);
    expect(result.skipped).toEqual(['notes']);
  });

  it("offers don't know always, and not applicable (with a reason, or back) only where the question allows it", async () => {
    const answers = new Map<string, Answer>([
      ['owner', { question: 'owner', status: 'answered', value: 'in-place', evidence: [] }],
      ['budget', { question: 'budget', status: 'answered', value: 'yes', evidence: [] }],
      ['notes', { question: 'notes', status: 'answered', value: 'x', evidence: [] }],
      ['cards', { question: 'cards', status: 'answered', value: 'yes', evidence: [] }],
    ]);
    const { done, saved, helpText } = await start({ answers });
    // Resuming: the first question asked is the first unanswered one.
    expect(screen.getScreen()).toContain('Are you PCI DSS compliant?');
    expect(screen.getScreen()).toContain("Don't know");
    expect(screen.getScreen()).toContain('Not applicable');
    down(4); // Some, All, Don't know, Not applicable
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Why does "Are you PCI DSS compliant?" not apply? (< back to the question)');
    screen.keypress('enter'); // no reason
    await screen.next();
    // Wrapped between words at the screen's 80 columns.
    expect(screen.getScreen()).toContain('> Say in a few words why it does not apply (or type < to go back to the\n  question).');
    expect(screen.getScreen()).not.toContain('You must provide a value');
    screen.type('<'); // back to the question, not "<" as the reason
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Are you PCI DSS compliant?');
    down(4);
    screen.keypress('enter');
    await screen.next();
    screen.type('Card payments are taken by a contractor');
    screen.keypress('enter');
    await screen.next();
    expect(saved.at(-1)).toEqual(['pci', { status: 'not-applicable', reason: 'Card payments are taken by a contractor' }]);

    expect(screen.getScreen()).toContain('Which services do you use?');
    expect(screen.getScreen()).not.toContain('Not applicable');
    // "a" ticks every option that can go with others, and only options: never "None of these".
    screen.keypress('a');
    expect(screen.getScreen()).toMatch(/◉ Protective DNS\n ◉ Mail Check\n ◉ Early Warning\n ◯ None of these/);
    expect(screen.getScreen()).not.toMatch(/Don't know|Skip|Back|Not applicable/);
    // Ticking "None of these" unticks the rest, and says so.
    screen.keypress('4');
    expect(screen.getScreen()).toMatch(/◯ Protective DNS\n ◯ Mail Check\n ◯ Early Warning\n❯◉ None of these/);
    expect(screen.getScreen().replace(/\n/g, ' ')).toContain('"None of these" is an answer on its own, so the other 3 ticks were taken off.');
    screen.keypress('4'); // untick it: nothing ticked
    screen.keypress('enter'); // nothing ticked: what does that mean?
    await screen.next();
    expect(screen.getScreen()).toContain('Nothing ticked for "Which services do you use?". What does that mean?');
    expect(screen.getScreen()).not.toContain('None of them'); // the question has its own "None of these"
    screen.keypress('enter'); // Don't know
    await screen.next();
    expect(saved.at(-1)).toEqual(['services', { status: 'unknown' }]);
    screen.type('?');
    screen.keypress('enter');
    await screen.next();
    expect(saved.at(-1)).toEqual(['patch-days', { status: 'unknown' }]);
    expect(helpText.join('')).toContain("✔ Days to patch critical vulnerabilities? Don't know\n");
    screen.keypress('enter');
    await done;
  });

  it('--review walks every question with the saved answers as defaults, and --notes asks for a note', async () => {
    const answers = new Map<string, Answer>([['owner', { question: 'owner', status: 'answered', value: 'planned', evidence: [] }]]);
    const { done, saved } = await start({ answers, review: true, notes: true });
    expect(screen.getScreen()).toContain('❯ Planned');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Note (optional');
    // The answer is saved before its note is asked, so stopping at the note loses nothing.
    expect(saved).toEqual([['owner', { status: 'answered', value: 'planned' }]]);
    screen.type('Chief executive named in March');
    screen.keypress('enter');
    await screen.next();
    expect(saved[1]).toEqual(['owner', { status: 'answered', value: 'planned', note: 'Chief executive named in March' }]);
    // Stop here: the rest of the walk is covered above.
    void done.catch(() => undefined);
  });
});

describe('assess on a terminal, through run()', () => {
  it('--review --notes walks an existing file, keeps its comments, and saves each answer at once', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { runInProcess, repoRoot } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-review-'));
    cpSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), join(dir, 'mini.yaml'));
    writeFileSync(join(dir, 'answers.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini-good.answers.yaml'), 'utf8').replace('  budget: yes', '  # decided at cabinet\n  budget: yes # confirmed'));
    const run = runInProcess({ args: ['assess', '-a', 'answers.yaml', '-q', 'mini.yaml', '--review', '--notes', '--today', '2026-11-23'], cwd: dir, tty: true });
    await screen.next();
    expect(screen.getScreen()).toContain('❯ In place');
    screen.keypress('up'); // Partly in place
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Note (optional');
    screen.type('Interim owner only');
    screen.keypress('enter');
    await screen.next();
    // Saved before the next question is even answered.
    expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toContain('owner: { value: partly, reviewBy: 2027-06-30, note: Interim owner only }');
    expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toContain('  # decided at cabinet\n  budget: yes # confirmed');
    expect(screen.getScreen()).toContain('Is there a budget?');
    void run.catch(() => undefined);
  });
});

describe('starting a new assessment on a terminal', () => {
  it('offers every questionnaire (the default first choice), then asks organisation and assessor, and saves at once', async () => {
    const { mkdtempSync, readFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { runInProcess } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-new-'));
    const run = runInProcess({ args: ['assess', '--questionnaire-dir', join(process.cwd(), 'test/fixtures/valid'), '--save', 'ours.yaml', '--today', '2026-11-23'], cwd: dir, tty: true });
    await screen.next();
    const choices = screen.getScreen();
    expect(choices).toContain('Which questionnaire?');
    expect(choices).toContain('❯ Council cyber resilience readiness (140 questions)');
    expect(choices).toContain('id: council-cyber-resilience');
    // The CAF asks its system questions again for each critical system: its count says so.
    expect(choices).toContain('Cyber Assessment Framework 4.0 for local government (14 questions for the');
    expect(choices).toContain('organisation, 27 for each critical system)');
    for (const other of ['Cyber Essentials readiness', 'Mini questionnaire (9 questions)']) expect(choices).toContain(other);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Organisation');
    screen.type('Testshire County Council');
    screen.keypress('enter');
    await screen.next();
    screen.type('Head of Digital');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Does a named member of the senior leadership team own cyber resilience');
    expect(existsSync(join(dir, 'ours.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'ours.yaml'), 'utf8')).toContain('questionnaire: council-cyber-resilience\nquestionnaireVersion: 2.3.0\norganisation: Testshire County Council\nassessor: Head of Digital\nassessedOn: 2026-11-23\n');
    void run.catch(() => undefined);
  });
});
