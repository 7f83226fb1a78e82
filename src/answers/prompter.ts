// The only module that imports the prompt library; it is loaded only when prompting.
import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question } from '../questionnaire/types.js';
import type { Answer } from './types.js';
import { safeLine } from '../text/safe-text.js';
import { listWords } from '../text/list-words.js';
import { wrapText } from '../text/wrap.js';
import { BACK, NONE, NOT_APPLICABLE, RETICK, SKIP, UNKNOWN } from './choice-values.js';
import { keptStatus, special } from './choice-replies.js';
import { exclusiveCheckbox, keysLines } from './prompter-checkbox.js';
import { mendingInput, type MendingInputConfig } from './prompter-input.js';
import { notUtf8 } from './not-utf8.js';
import { oneLineDefault } from './one-line-default.js';
import { promptGuard, type PromptControl } from './prompt-guard.js';
import type { GuardedPrompts } from './guarded-prompts.js';
import { guidanceLines } from './guidance-lines.js';
import { outcomePrompts } from './prompter-outcome.js';
import { numberedOptions } from './numbered-options.js';
import { quietListKeys } from './quiet-list-keys.js';
import { uncoloured } from './uncoloured-output.js';
import { NO_PREFIX, choiceDescription, choiceName, clearingRefused, descriptionLines, fitBefore, headingPlacer, lineCount, listHeight, listPage, safeShown, shownDefault, shownTail, underList, type PromptTitle } from './prompt-layout.js';
import { unknownForm, type AskContext, type Reply, type SessionPrompter } from './prompter-types.js';
import { typedPrompts } from './prompter-typed.js';
import { TYPED_BACK, keptReviewWords, parseReviewDate, reviewDatePrompt } from './review-date.js';
import { reasonNeeded, replyWords, skipWords } from './reply-text.js';
import { isSpecialReply, namesSpecialReply } from './special-words.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** How wide the terminal is, for wrapping help; 80 when it cannot tell. */
export const columnsOf = (output: NodeJS.WritableStream): number => (output as { columns?: number }).columns || 80;

export async function createPrompter(given: PromptStreams, write: (text: string) => void, options: { color: boolean } = { color: true }, control: PromptControl = {}): Promise<SessionPrompter> {
  const library = await import('./prompter-library.js');
  // Every prompt answers a stop signal and Ctrl-Z as a terminal program should (see prompt-guard.ts).
  const guard = promptGuard(given.input, control);
  // --no-color, NO_COLOR or FORCE_COLOR=0: the prompts draw without colour too.
  const streams = options.color ? given : { input: given.input, output: uncoloured(given.output) };
  // While a list is open, keys that type nothing (Esc, arrows left and right) are dropped: the
  // library took them as a search for "" and moved the highlight to the first option.
  let listsOpen = 0;
  // Whether the list open now has options numbered in their own words ("0 Not started" to "5
  // Optimised"): a digit then finds the option that starts with it, as a letter does, not the option
  // at that place on the list (see numberedOptions).
  let numbered = false;
  quietListKeys(streams.input, () => listsOpen > 0, () => numbered);
  const closed = (): void => {
    listsOpen--;
    numbered = false;
  };
  const select = ((...args: Parameters<typeof library.select>) => {
    listsOpen++;
    numbered = numberedOptions(args[0].choices as readonly unknown[]);
    const shown = library.select(...args);
    shown.then(closed, closed);
    return shown;
  }) as typeof library.select;
  // Text that came as bytes that are not UTF-8 is refused as it is typed (see not-utf8.ts); what
  // the default from the file held is not typed, kept by Enter or edited. A default with line breaks
  // is typed by Tab on one line (see one-line-default.ts).
  const input = oneLineDefault((config: Parameters<typeof library.input>[0], context?: Parameters<typeof library.input>[1]) =>
    library.input({ ...config, validate: (raw) => notUtf8(raw, config.default) || (config.validate ? config.validate(raw) : true) }, context)) as typeof library.input;
  // Each takes its config or a function that makes it, made again for the window's size then when asked again after a stop.
  const prompts: GuardedPrompts = { ...library, select: guard(select) as GuardedPrompts['select'], input: guard(input), confirm: guard(library.confirm) };
  const checkbox = guard(exclusiveCheckbox(library));
  const mendingPrompt = mendingInput(library);
  const mending = guard((config: MendingInputConfig, context?: object) => mendingPrompt({ ...config, validate: (raw) => notUtf8(raw, config.default) || config.validate(raw) }, context));
  // Every prompt clears itself when done and the answer is said here in words, wrapped, so "Back"
  // leaves no line behind, "Don't know" never shows as "?" and no line breaks mid-word.
  const questionContext = { input: streams.input, output: streams.output, clearPromptOnDone: true };
  const noPrefix = NO_PREFIX;
  const width = (): number => columnsOf(streams.output);
  const rows = (): number | undefined => (streams.output as { rows?: number }).rows || undefined;
  // The terminal would break long lines anywhere, mid-word; wrapped here, they break between words.
  const wrapped = (text: string, indent = '  '): string => wrapText(text, { width: width() - 1, hangingIndent: indent });
  // "? " comes before a prompt's first line, so later lines are indented to match; room is kept for
  // what the library writes after the message (a default, "(y/N)").
  const fit = (message: string, tail?: string): string => fitBefore(message, tail, width());
  // A default from the answers file (a text answer, a reason, a note) is shown made safe, as all its
  // text is: an escape sequence in it reached the terminal raw. Enter still keeps the text as the
  // file has it, so a review that changes nothing changes nothing.
  const safe = safeShown(prompts.styleText, width);
  const { askNumber, askText } = typedPrompts({ prompts, mending, questionContext, width });
  // The setup prompts are cleared when answered and said again here, wrapped: the library writes the
  // prompt and the answer on one line and the terminal would break it mid-word.
  const said = (message: string, answer: string): void => write(`${wrapped(`✔ ${message}${answer ? ` ${answer}` : ''}`)}\n`);
  const echo = (question: Question, reply: Reply, previous: Answer | undefined): void => {
    // "Not applicable" is said with its reason, once it is given (see reason()).
    const words = reply.kind === 'skip' ? skipWords(question, previous) : replyWords(reply, question);
    if (reply.kind !== 'back' && reply.kind !== 'not-applicable') write(`${wrapped(`✔ ${safeLine(question.text)} ${safeLine(words)}`)}\n`);
  };

  const extras = (question: Question, ctx: AskContext) => [
    { value: UNKNOWN, name: "Don't know", description: choiceDescription('Scores 0 and is listed as unknown until someone finds out.', width()) },
    ...(question.allowNotApplicable ? [{ value: NOT_APPLICABLE, name: 'Not applicable', description: 'You will be asked why.' }] : []),
    { value: SKIP, name: 'Skip for now', description: choiceDescription('Leave it unanswered and come back to it later.', width()) },
    ...(ctx.canGoBack ? [{ value: BACK, name: 'Back to the previous question' }] : []),
  ];

  // Names and descriptions wrapped between words; `short` is the name on one line, should the library show it.
  const choice = (o: { value: string; label: string; description?: string }, lead: number) => ({
    value: o.value,
    name: choiceName(safeLine(o.label), width(), lead),
    short: safeLine(o.label),
    ...(o.description ? { description: choiceDescription(safeLine(o.description), width()) } : {}),
  });

  // Progress and guidance are part of the prompt, so they are cleared with it: after an answer
  // only the "✔ question answer" line stays, and "Back" leaves nothing behind.
  const heading = (question: Question, ctx: AskContext): { top: string; help: string } => ({
    top: ctx.progress ? wrapped(ctx.progress) : '',
    help: guidanceLines(question, ctx, width()).join('\n'),
  });

  async function askChoice(question: Question, ctx: AskContext, message: string, title: PromptTitle): Promise<Reply> {
    const previous = ctx.previous;
    const defaultValue = previous?.status === 'answered' ? String(previous.value) : keptStatus(question, previous);
    const value = await prompts.select(() => {
      // File order: bundled questionnaires list the worst option first, so a hurried Enter is never optimistic.
      const choices = [...question.options.map((o) => choice(o, 2)), ...extras(question, ctx)];
      const tallest = descriptionLines(choices);
      // Up to 12 lines of choices, fewer on a short terminal: the question stays on the screen with them.
      const pageSize = listPage(rows(), title.lines(message) + underList(tallest), 12);
      const below = listHeight(choices.reduce((n, c) => n + lineCount(c.name), 1), pageSize, tallest);
      return {
        message: title(message, below),
        ...noPrefix,
        pageSize,
        ...(defaultValue !== undefined ? { default: defaultValue } : {}),
        choices: [...choices.slice(0, question.options.length), new prompts.Separator(), ...choices.slice(question.options.length)],
      };
    }, questionContext);
    return special(value) ?? { kind: 'value', value };
  }

  // The checkbox holds only the question's own options, so "a" (tick all) ticks only answers, and
  // never an exclusive one such as "None of these" (see prompter-checkbox.ts).
  // "Don't know", "Skip" and "Back" are offered when nothing is ticked.
  async function askMulti(question: Question, ctx: AskContext, message: string, title: PromptTitle): Promise<Reply> {
    const previous = ctx.previous;
    let chosen = previous?.status === 'answered' && Array.isArray(previous.value) ? previous.value : [];
    const label = (value: string): string => safeLine(question.options.find((o) => o.value === value)?.label ?? value);
    // A saved status has nothing to tick: the prompt says how to keep it.
    const status = keptStatus(question, previous);
    const savedAs = status === UNKNOWN ? "don't know" : status === NOT_APPLICABLE ? 'not applicable' : undefined;
    const asked = `${message} (Space ticks, Enter confirms; ${savedAs ? `saved as ${savedAs}: Enter with none ticked to keep it` : `Enter with none ticked for don't know, skip${ctx.canGoBack ? ', back' : ''}`})`;
    for (;;) {
      const values = await checkbox(() => {
        const choices = question.options.map((o) => ({ ...choice(o, 3), checked: chosen.includes(o.value), exclusive: o.exclusive === true }));
        const tallest = descriptionLines(choices);
        // More than under a list: the note that says what a key unticked can take two lines, and the
        // keys two on a narrow terminal (underList counts one of each).
        const under = underList(tallest) + 1 + (keysLines(width()) - 1);
        // Up to 14 lines of choices, fewer on a short terminal, as in a list.
        const pageSize = listPage(rows(), title.lines(asked) + under, 14);
        const below = Math.min(choices.reduce((n, c) => n + lineCount(c.name), 0), pageSize) + under;
        return {
          ...noPrefix,
          numbered: numberedOptions(choices),
          width,
          message: title(asked, below),
          pageSize,
          choices,
          // Said on the line under the list, so a tick that went away is never a surprise.
          // Counted, not listed: five long labels would take more lines than the screen has to spare.
          clearedNote: (cleared, alone) => {
            const n = cleared.length;
            if (alone) return wrapped(`"${label(alone.value)}" is an answer on its own, so the other ${n === 1 ? 'tick was' : `${n} ticks were`} taken off.`, '');
            return wrapped(`${listWords(cleared.map((c) => `"${label(c.value)}"`), 'and')} ${n === 1 ? 'is an answer on its own, so it was' : 'are answers on their own, so they were'} unticked.`, '');
          },
          // The keys never leave such an answer ticked; checked again here, as the answers file is.
          validate: (selected) => {
            const exclusive = selected.find((c) => c.exclusive);
            if (exclusive && selected.length > 1) return `"${label(exclusive.value)}" cannot be combined with other options.`;
            return true;
          },
        };
      }, questionContext);
      if (values.length > 0) return { kind: 'value', value: values };
      // With a "none of these" option an empty answer is ambiguous, so "none" is that option, not [].
      const noneOption = question.options.some((o) => o.exclusive);
      // The saved "don't know", "not applicable" or none ticked is the default here, as a saved
      // answer is everywhere: with none, a hurried Enter wrote "don't know" over a reason.
      const kept = keptStatus(question, previous) ?? (previous?.status === 'answered' && Array.isArray(previous.value) && previous.value.length === 0 && !noneOption ? NONE : undefined);
      const next = await prompts.select(() => {
        const meaning = fit(`Nothing ticked for "${safeLine(question.text)}". What does that mean?`);
        const meanings = [...(noneOption ? [] : [{ value: NONE, name: 'None of them' }]), ...extras(question, ctx), { value: RETICK, name: 'Tick again' }];
        return {
          message: meaning,
          ...(kept !== undefined ? { default: kept } : {}),
          // The library's 7 lines of choices, fewer on a short terminal.
          pageSize: listPage(rows(), lineCount(meaning) + underList(descriptionLines(meanings)), 7),
          choices: meanings,
        };
      }, questionContext);
      if (next === NONE) return { kind: 'value', value: [] };
      if (next !== RETICK) return special(next) ?? { kind: 'skip' };
      chosen = [];
    }
  }

  /** Every form a kind may ask for has its case: a new form does not compile until it is drawn here. */
  async function askByForm(question: Question, ctx: AskContext, message: string, title: PromptTitle): Promise<Reply> {
    const form = kindOf(question).prompt(question).form;
    switch (form) {
      case 'select':
        return askChoice(question, ctx, message, title);
      case 'checkbox':
        return askMulti(question, ctx, message, title);
      case 'number':
        return askNumber(question, ctx, message, title);
      case 'text':
        return askText(question, ctx, message, title);
      case 'indicators':
        // The interview walks an outcome's indicators itself (outcome-walk.ts) and never asks it here.
        throw new Error(`"${question.id}" is answered by its indicators, not by ask()`);
      default:
        return unknownForm(form);
    }
  }

  return {
    ...outcomePrompts({ prompts, questionContext, width, rows, write, stops: guard.stops }),
    async selectQuestionnaire(choices, defaultId) {
      const named = () => choices.map((c) => ({ ...choice({ value: c.id, label: `${safeLine(c.title)} (${safeLine(c.questions)})` }, 2), description: `id: ${c.id}` }));
      const id = await prompts.select(() => ({ message: 'Which questionnaire?', default: defaultId, choices: named() }), questionContext);
      said('Which questionnaire?', named().find((c) => c.value === id)?.short ?? id);
      return id;
    },
    async input(message, defaultValue, required = false, isBack) {
      // Not the library's "required", which takes spaces for an answer; trimmed, as the plain prompts are.
      const text = await prompts.input(
        () => ({ message: fit(message, shownDefault(defaultValue)), ...safe, ...(defaultValue !== undefined ? { default: defaultValue } : {}), ...(required ? { validate: (raw: string) => raw.trim() !== '' || 'This one needs an answer.' } : {}) }),
        questionContext,
      );
      // "<" is no answer: a line "✔ Its owner (optional; < back) <" read as an owner named "<".
      if (!isBack?.(text.trim())) said(message, safeLine(text.trim()));
      return text.trim();
    },
    async confirm(message, defaultValue) {
      const yes = await prompts.confirm(() => ({ message: fit(message, defaultValue ? '(Y/n)' : '(y/N)'), default: defaultValue }), questionContext);
      said(message, yes ? 'Yes' : 'No');
      return yes;
    },
    async ask(question, ctx) {
      // Made as the question is drawn, for the window's size then (see Laid in prompt-guard.ts).
      const head = (): { top: string; help: string } => heading(question, ctx);
      const place = headingPlacer(rows, write, guard.stops);
      // The heading goes above the question; "? " stays in front of the question itself.
      const message = safeLine(question.text);
      const asked = (text: string, tail?: string): string => `? ${fit(text, tail)}`;
      const drawn = (text: string, below: number, tail?: string): string => {
        // A long default is wrapped onto lines of its own below the message (see shownTail).
        const tailLines = tail ? lineCount(shownTail(tail, width())) - 1 : 0;
        return `${place(head(), lineCount(asked(text, tail)) + tailLines + below)}${asked(text, tail)}`;
      };
      const title: PromptTitle = Object.assign(drawn, { lines: (text: string) => lineCount(head().top) + lineCount(asked(text)) });
      const reply = await askByForm(question, ctx, message, title);
      echo(question, reply, ctx.previous);
      return reply;
    },
    async reason(question, previous) {
      const text = await prompts.input(
        () => ({ message: fit(`Why does "${safeLine(question.text)}" not apply? (< back to the question)`, shownDefault(previous)), ...clearingRefused(safe), ...(previous ? { default: previous } : {}), validate: (raw: string) => (raw.trim() === '' || isSpecialReply(raw, true) ? reasonNeeded() : true) }),
        questionContext,
      );
      if (text.trim() === '<') return undefined;
      // Only now is "not applicable" the answer: going back from here leaves no line saying it was.
      said(safeLine(question.text), `Not applicable: ${safeLine(text.trim())}`);
      return text.trim();
    },
    async reviewDate(_question, due, today) {
      const check = (raw: string): string | true => {
        if (raw.trim() === TYPED_BACK) return true;
        const given = parseReviewDate(raw, due, today());
        return 'error' in given ? given.error : true;
      };
      // A special reply refused here (`?`, `-`, `n/a`, by key or name) is cleared; a date refused is kept to be mended.
      // The refusal wrapped between words, as every prompt's is (safe's error style).
      const typed = await mending(() => ({ message: fit(reviewDatePrompt(due)), theme: safe.theme, validate: check, cleared: namesSpecialReply }), questionContext);
      if (typed.trim() === TYPED_BACK) return undefined;
      const given = parseReviewDate(typed, due, today());
      const date = 'ok' in given ? given.ok : due;
      if (date === due) write(`${wrapped(`✔ ${keptReviewWords(due)}`)}\n`);
      else said('Review again by', date);
      return date;
    },
    async note(_question, previous) {
      const text = await prompts.input(() => ({ message: fit('Note (optional; Enter to leave)', shownDefault(previous)), ...safe, ...(previous ? { default: previous } : {}) }), questionContext);
      if (text.trim()) said('Note:', safeLine(text.trim()));
      return text;
    },
  };
}
