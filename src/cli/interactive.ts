import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { namedQuestionnaire } from '../answers/load-answers.js';
import { checkAnswersFile } from './check-answers-file.js';
import type { SessionPrompter } from '../answers/prompter-types.js';
import type { WalkSystem } from '../answers/walk-scopes.js';
import { runInterview } from '../answers/interview.js';
import { AnswersDocument, questionsOfFile } from '../answers/save-answers.js';
import { resumeCommand } from './resume-command.js';
import type { Answer } from '../answers/types.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { askSystems } from '../answers/ask-systems.js';
import { filterPastes } from '../answers/pasted-lines.js';
import { systemsIntro } from '../answers/system-sections.js';
import { heldAnswers } from '../answers/held-answers.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import { DEFAULT_QUESTIONNAIRE } from './resolve-questionnaire.js';
import { safeLine } from '../text/safe-text.js';
import { wrapText } from '../text/wrap.js';
import { parseYaml } from '../yaml/load-yaml.js';
import { carryOnQuestion, refuseNotAnswers } from './existing-save-file.js';
import { readSource } from '../yaml/read-source.js';
import type { CommandContext } from './context.js';
import type { Io } from './io.js';
import { resolveColorLevel, reviewDayFrom } from './options.js';
import { refuseSystemFile } from './refuse-system-file.js';
import { refuseOtherQuestionnaire } from './refuse-other-questionnaire.js';
import { refuseLoneCarriageReturn } from './refuse-lone-cr.js';
import { checkOutputsEarly } from './write-output.js';
import { finishWalk, type WalkOptions } from './walk-finish.js';
import { unconfirmedWords, watchConfirming } from './unconfirmed-status.js';
import { leftForLater } from './left-for-later.js';
import { AnswerFiles } from './answer-files.js';
import { schemaRefFrom } from './schema-ref.js';
import { fitToTerminal } from '../text/fit-command.js';
import { stopWords } from './stop-words.js';
import { foundAt } from './found-at.js';
import { watchSaves } from './saves-made.js';
import { SaveDeclined, saveOrAskAgain } from './save-again.js';
import { chooseQuestionnaire } from './choose-questionnaire.js';
import { refuseUnknownProfile } from './refuse-unknown-profile.js';
import { checkWritable } from './check-writable.js';
import { countToAnswer } from '../scoring/to-answer.js';
import { pushAll } from '../text/spread-free.js';
import { ASSESSOR_PROMPT, askMissingHeaders, ORGANISATION_PROMPT } from './ask-headers.js';
import { listWords } from '../text/list-words.js';
import { catchUpVersion, olderVersionLine } from './version-catch-up.js';
import { pastReview } from '../answers/past-review.js';
import { countPastReview, pastReviewLine, staleWalkLine } from '../answers/review-date.js';

const isInterrupt = (error: unknown): boolean => error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

/**
 * The guided assessment on a terminal: pick or resume an answers file, walk the questions (saving
 * each answer at once), then show the report and offer to write it for the board.
 */
export async function assessInteractively(ctx: CommandContext, options: WalkOptions, today: string): Promise<number> {
  const { io } = ctx;
  const target = options.answers ?? options.save;
  const path = resolve(io.cwd, target);
  const streams = io.prompt?.();
  // Standard error is not a terminal and the terminal itself cannot be opened (Windows, or no controlling terminal).
  if (!streams) throw new UsageError(`cannot ask the questions: standard error is not a terminal, and no other terminal could be opened to show them on; run again without redirecting standard error (2>)${options.answers === undefined ? ', or pass --answers FILE to score a file' : ', or add --no-interactive to score the file without asking'}`);
  // Before any question: finding out at the first save, after the setup questions, wastes the user's time.
  checkWritable(path, target, options.answers !== undefined, io.platform);
  // The reports written at the end, looked at now: finding a mistake in one after the last answer wastes the walk.
  const reports = [...(options.reports ?? []).map((r) => r.file), ...(options.output ? [options.output] : [])];
  checkOutputsEarly(io, reports, { path, display: target, role: 'answers file' });
  // A terminal that cannot move its cursor (TERM=dumb, as screen-reader set-ups often use) gets the plain prompts.
  const plain = options.plain === true || io.env.TERM === 'dumb';
  // A paste is one answer at the prompt it goes into, its line breaks spaces (see pasted-lines.ts).
  // The terminal is told to mark pastes as the first prompt opens, so a refusal before it (a
  // read-only system file) leaves the terminal as it was and its one line as it is; a dumb terminal
  // is sent no code at all.
  filterPastes(streams.input);
  const { bracketPastes } = io;
  const opening = bracketPastes && io.env.TERM !== 'dumb' ? () => bracketPastes(plain) : undefined;
  // Everything the walk says goes where its prompts draw: standard error when that is the terminal,
  // else the terminal itself (bin/), so a person at it sees the whole walk while standard error,
  // sent to a file, keeps only warnings and errors.
  const write = (text: string): void => void streams.output.write(text);
  const talk: Io = { ...io, stderr: { write, isTTY: (streams.output as { isTTY?: boolean }).isTTY === true, columns: (streams.output as { columns?: number }).columns } };
  // Wrapped on a terminal (the one the prompts draw on), which would otherwise break a line mid-word; a file gets it on one line.
  // A command to run is never broken: pasted from two lines, its first line alone would run.
  const fitted = (line: string, command?: string, apart = false): string => fitToTerminal(line, command, (streams.output as { columns?: number }).columns, apart);
  // A stop signal at a prompt ends the walk as Ctrl-C does, and the run with that signal's exit status (see bin/).
  let signalled: number | undefined;
  const { onStop, suspend, onSuspend, onContinue } = io;
  const control = {
    ...(onStop ? { onStop: (handler: () => void) => onStop((code) => ((signalled ??= code), handler())) } : {}),
    ...(suspend ? { suspend } : {}),
    ...(onSuspend ? { onSuspend } : {}),
    ...(onContinue ? { onContinue } : {}),
    ...(opening ? { opening } : {}),
  };
  const prompter: SessionPrompter = plain ? (await import('../answers/plain-prompter.js')).createPlainPrompter(streams, write, control) : await (await import('../answers/prompter.js')).createPrompter(streams, write, { color: resolveColorLevel(options.color, io, { isTTY: true }) > 0 }, control);
  // A stop while an outcome's status is being confirmed says that carrying on will not come back to it.
  const confirming = watchConfirming(prompter);
  // Outside the try: a stop names every file saved into (the answers file and systems' own files).
  let files: AnswerFiles | undefined;
  // While the walk asks for critical systems: a stop there leaves the list open, and maybe a system named but not yet saved.
  let listing: { label: string; pending?: { name: string; missing: string } | undefined } | undefined;
  // The questionnaire id the answers file names: `-q` with that same id is left out of a command to
  // carry on with, since the file finds it alone (and the shorter command is less often broken by the terminal).
  let named: string | undefined;
  // Every question answered and the report reached: a stop at the offer that follows has nothing left to carry on with.
  let complete = false;
  const carryOnWith = (): string => resumeCommand(options.questionnaire !== undefined && options.questionnaire === named ? { ...options, questionnaire: undefined } : options, target);
  // What a stop says is on disk follows what the saves did.
  const saves = watchSaves(() => answers.size + systems.reduce((n, s) => n + s.answers.size, 0));
  const saving = (what: string, action: () => Promise<void>): Promise<void> =>
    saveOrAskAgain(saves.save(action), what, { say: (line) => write(`${fitted(line)}\n`), confirm: saves.confirm((message, value) => prompter.confirm(message, value)), saysOnStderr: io.stderr.isTTY === true });
  // Where the walk learns its questionnaire: a --profile it lacks stops the walk there, before any
  // question; then its warnings are said, as assess with an answers file says them (the walk ends in a report).
  const loadChecked = async (ref: string): Promise<LoadedQuestionnaire> => {
    const { loaded, diagnostics } = await ctx.loadQuestionnaire(ref);
    refuseUnknownProfile(loaded.questionnaire, options.profile);
    ctx.warn(diagnostics);
    return loaded;
  };
  // The answers as the walk holds them (updated as it saves): a stop looks at the one it stopped in.
  const answers = new Map<string, Answer>();
  const systems: WalkSystem[] = [];
  try {
    let loaded: LoadedQuestionnaire;
    // Resuming a file whose systems are all answered: the walk offers to add one at its end.
    let offerMore = false;
    if (existsSync(path)) {
      // Read once: the text is both checked and kept as the document to edit.
      ctx.noteInput(path, target, 'answers file');
      const { text, bom } = await readSource(path, io, target);
      const parsed = parseYaml(text, target);
      refuseLoneCarriageReturn(text, target);
      refuseNotAnswers(parsed, options.answers === undefined);
      named = namedQuestionnaire(parsed);
      loaded = await loadChecked(options.questionnaire ?? named ?? DEFAULT_QUESTIONNAIRE);
      // Before any question: a system's own file cannot hold the council's answers (see refuse-system-file.ts).
      refuseSystemFile(parsed, loaded.questionnaire, options);
      if (options.answers === undefined) await refuseOtherQuestionnaire(parsed, loaded.questionnaire, (id) => ctx.findQuestionnaire(id).then(() => true, () => false));
      if (options.answers === undefined && !(await prompter.confirm(carryOnQuestion(parsed, target), true))) {
        throw new UsageError(`${target} already exists; pass --save FILE to start a new answers file`);
      }
      const checked = await checkAnswersFile(ctx, parsed, target, loaded, { requireSystems: false });
      if (!checked.answers) throw new InputError(checked.diagnostics);
      for (const [id, answer] of checked.answers.answers) answers.set(id, answer);
      files = new AnswerFiles(ctx, loaded.questionnaire, target, AnswersDocument.parse(text, questionsOfFile(loaded.questionnaire), { bom }), today);
      for (const system of checked.answers.systems) {
        systems.push({ id: system.id, title: system.title, answers: new Map(system.answers) });
        if (system.ref === undefined) continue;
        // Saved into as the council's file is: a read-only one was found only at the system's first answer, deep in the walk.
        checkWritable(resolve(dirname(path), system.ref), system.file ?? system.ref, true, io.platform);
        const own = await readSource(resolve(dirname(path), system.ref), io, system.file);
        refuseLoneCarriageReturn(own.text, system.file ?? system.ref);
        files.keepSystemFile(system.id, system.ref, own.text, own.bom);
      }
      const q = loaded.questionnaire;
      const orgApplies = countToAnswer(q, (id) => answers.get(id), { only: 'organisation' }).applies;
      offerMore = systems.length > 0 && systems.every((s) => {
        const count = countToAnswer(q, (id) => s.answers.get(id) ?? answers.get(id), { only: 'system', outer: orgApplies });
        return count.answered === count.toAnswer;
      });
      const listed = systems.length ? ` (${systems.length} ${safeLine(systems.length === 1 ? q.systemLabel : q.systemLabelPlural)})` : '';
      // An outcome with statements still open is not an answer yet (as validate and the progress line count it): said apart.
      const { given, partly } = heldAnswers([answers, ...systems.map((s) => s.answers)]);
      saves.made.held = given + partly;
      const started = partly ? `, ${partly} outcome${partly === 1 ? '' : 's'} partly answered` : '';
      write(`${fitted(`Resuming ${safeLine(target)}${listed}: ${given} answer${given === 1 ? '' : 's'} so far${started}.`)}
`);
      const older = olderVersionLine(files.headerOf('questionnaireVersion'), q.version, options.review === true);
      if (older) write(`${fitted(older)}\n`);
      // A resume asks only what is unanswered: answers past their review date are said here, with the
      // way to renew them (before any system --add-system asks for, which comes next).
      const stale = options.review ? 0 : countPastReview([...answers.values(), ...systems.flatMap((s) => [...s.answers.values()])], today);
      if (stale > 0) write(`${fitted(options.reviewStale ? staleWalkLine(stale) : pastReviewLine(stale))}\n`);
      // A template from `init`, or a walk stopped before the assessor was given, leaves them empty: asked as a new file asks them.
      await askMissingHeaders(files, prompter, saving, given + partly > 0);
    } else {
      loaded = await loadChecked(options.questionnaire ?? (await chooseQuestionnaire(ctx, prompter)));
      const q = loaded.questionnaire;
      const organisation = await prompter.input(ORGANISATION_PROMPT, undefined, true);
      const doc = AnswersDocument.create({
        schemaRef: schemaRefFrom(path),
        questionnaire: q.id,
        questionnaireVersion: q.version,
        organisation,
        assessor: '',
        assessedOn: today,
      }, questionsOfFile(q));
      files = new AnswerFiles(ctx, q, target, doc, today);
      named = q.id;
      const created = files;
      // Written once the organisation is entered, as every answer is: a walk stopped at the next prompt keeps it.
      await saving('the new answers file', () => created.saveMain());
      const assessor = await prompter.input(ASSESSOR_PROMPT, undefined, false);
      if (assessor) await saving('the assessor', () => created.setHeaders({ assessor }));
      write(`${fitted(`Answers will be saved to ${safeLine(target)} after every question.`)}\n`);
    }

    // Again, now that the questionnaire and any system files are read: a report over one of them
    // was refused only after the last answer.
    checkOutputsEarly(io, reports, { path, display: target, role: 'answers file' }, ctx.inputs);
    const store: AnswerFiles = files;
    const q = loaded.questionnaire;
    if (options.addSystem && !q.systemScoped) throw new UsageError(`--add-system: questionnaire "${q.id}" has no sections answered per system`);
    let systemsAsked = false;
    // After the organisation's sections: the critical systems, when none is listed yet (or more, on a resumed file that is complete).
    const moreSystems = async (): Promise<WalkSystem[]> => {
      if (!q.systemScoped || systemsAsked) return [];
      systemsAsked = true;
      const required = systems.length === 0;
      // The questionnaire's word for a system is its author's text: made safe once for every line and prompt below.
      const label = safeLine(q.systemLabel);
      if (!required && !options.addSystem && !(offerMore && (await prompter.confirm(`Add another ${label}?`, false)))) return [];
      const many = safeLine(q.systemLabelPlural);
      const heading = `${plain ? '' : '── '}${many.charAt(0).toUpperCase()}${many.slice(1)}`;
      const width = ((streams.output as { columns?: number }).columns || 80) - 1;
      // The blank line before the heading is written apart from it: wrapped with it, the heading would be a second line, and indented.
      write(required ? `\n${heading}\n${wrapText(safeLine(systemsIntro(q)), { width })}\n` : `\n${fitted(`${heading}: ${systems.length} listed (${systems.map((s) => safeLine(s.id)).join(', ')})`)}\n`);
      const added: WalkSystem[] = [];
      listing = { label };
      const open = listing;
      await askSystems({
        prompter,
        label,
        taken: new Set(systems.map((s) => s.id)),
        listed: systems.map((s) => ({ id: s.id, title: s.title })),
        required,
        fileProblem: (ref) => store.fileProblem(ref),
        naming: (name) => void (open.pending = name),
        say: (text) => write(`${fitted(safeLine(text))}\n`),
        plain,
        add: async (entry) => {
          await saving(`${label} "${safeLine(entry.id)}"`, () => store.addSystem(entry));
          added.push({ id: entry.id, title: entry.title, answers: new Map() });
          // Read back once saved, as an answer is: the plain walk otherwise went straight to the next name.
          if (plain) write(`${fitted(`Recorded: ${safeLine(entry.title)}${entry.owner ? `, owned by ${safeLine(entry.owner)}` : ''}${entry.file ? `, answers in ${safeLine(entry.file)}` : ''}.`)}\n`);
        },
      });
      listing = undefined;
      return added;
    };
    // --add-system: the new system first, as asked, not after every question still open; on a file
    // that lists none yet too (the command a stop while naming the first one prints).
    if (options.addSystem) pushAll(systems, (await moreSystems()));
    const result = await runInterview({
      questionnaire: q,
      answers,
      systems,
      moreSystems,
      prompter: confirming.prompter,
      plain,
      width: (streams.output as { columns?: number }).columns || 80,
      ...(options.review ? { review: true } : {}),
      ...(options.reviewStale ? { reviewStale: true } : {}),
      today,
      reviewDay: reviewDayFrom(options.today, ctx.io, today),
      ...(options.notes ? { notes: true } : {}),
      noteOf: (id, system) => store.noteOf(id, system),
      kept: (id, system) => store.anchorLine(id, system),
      onAnswer: (question, update, system) => saving('this answer', () => store.set(question.id, update, system)),
      progress: (lines) => write(`${lines.map((l) => fitted(safeLine(l))).join('\n')}\n`),
    });
    const saved = listWords(store.files.map(safeLine), 'and');
    const later = result.skipped.length ? carryOnWith() : undefined;
    write(`\n${fitted(`Saved ${saved}.${later ? ` ${leftForLater(result.skipped, systems, (id) => q.questions.get(id)?.text)}` : ''}`, later, true)}\n\n`);
    complete = result.skipped.length === 0;
    if (complete && result.asked > 0) await catchUpVersion(store, q.version, saving, (line, command) => write(`${fitted(line, command)}\n\n`), options.review ? undefined : `${carryOnWith()} --review`);
    return await finishWalk(ctx, options, target, today, prompter, plain, fitted, talk);
  } catch (error) {
    const declined = error instanceof SaveDeclined;
    if (!isInterrupt(error) && !declined) throw error;
    // A file that something else made a folder (or the like) during the walk holds no answer now.
    const found = foundAt(path);
    // Stopped while listing systems: the command carries on listing them (a resumed walk does not ask for more of its own accord).
    const unsaved = listing?.pending === undefined ? '' : ` The ${listing.label} "${safeLine(listing.pending.name)}" is not saved: the walk stopped before ${listing.pending.missing}.`;
    const stoppedAt = confirming.pending();
    // --review-stale asks an outcome still past its review date again, status and all.
    const askedAgain = options.reviewStale === true && stoppedAt !== undefined && pastReview((stoppedAt.system === null ? answers : systems.find((s) => s.id === stoppedAt.system?.id)?.answers)?.get(stoppedAt.question), today);
    const unconfirmed = stoppedAt === undefined || options.review || askedAgain ? '' : ` ${unconfirmedWords(stoppedAt)}`;
    // Stopped in a review: carrying on means reviewing, which the plain command would not do once
    // every question has an answer (it prints the report). The review starts again at the first
    // question, each saved answer the default.
    // --review-stale goes with --add-system too: the answers it asks come after the new system is named.
    const carryOn = `${carryOnWith()}${listing ? ' --add-system' : options.review ? ' --review' : ''}${options.reviewStale ? ' --review-stale' : ''}`;
    // A system's own file that something else replaced (a folder in its place) is not said to hold answers.
    const gone = (file: string, i: number): boolean => i > 0 && foundAt(resolve(io.cwd, file)) !== 'file';
    const held = files ? files.files.filter((file, i) => !gone(file, i)) : [target];
    const lost = files ? files.files.filter(gone) : [];
    const state = { files: held.map(safeLine), lost: lost.map(safeLine), found, ...saves.made, complete, declined, unsaved, unconfirmed, naming: listing?.pending !== undefined } as const;
    // "Save again?" answered no: the line before it said what is not saved; the walk ends with exit 2,
    // saying, as a stop does, where everything saved before it is and how to carry on.
    const { line, command } = stopWords(state, carryOn, carryOnWith());
    write(`\n${fitted(line, command, true)}\n`);
    if (declined) throw error;
    return signalled ?? ExitCode.Interrupted;
  }
}
