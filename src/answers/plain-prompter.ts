import { createInterface } from 'node:readline';
import { kindOf } from '../questionnaire/kinds/index.js';
import type { Question } from '../questionnaire/types.js';
import { safeLine } from '../text/safe-text.js';
import { asSentence } from '../text/as-sentence.js';
import { describeOddCharacters, quoteValue } from '../text/odd-characters.js';
import { displayWidth, wrapText } from '../text/wrap.js';
import { plainOutcomePrompts } from './plain-outcome.js';
import { guidanceLines } from './guidance-lines.js';
import { unknownForm, type AskContext, type Reply, type SessionPrompter } from './prompter-types.js';
import { checkReply } from './read-answer.js';
import { notUtf8 } from './not-utf8.js';
import { inForeground } from './in-foreground.js';
import type { PromptStreams } from './prompter.js';
import type { PromptControl } from './prompt-guard.js';
import { TYPED_BACK, keptReviewWords, parseReviewDate } from './review-date.js';
import { reasonNeeded, parseNumberReply, replyWords, skipWords, spokenHint, typedSpecial } from './reply-text.js';
import { isBackWord, isSpecialReply, replyKey } from './special-words.js';

/**
 * What Enter keeps: the saved answer, or a saved "don't know" or "not applicable" (while the question
 * allows it; its reason is then offered at the reason's prompt).
 */
function keptReply(question: Question, previous: AskContext['previous']): Reply | undefined {
  if (previous?.status === 'answered' && previous.value !== undefined) return { kind: 'value', value: previous.value };
  if (previous?.status === 'unknown') return { kind: 'unknown' };
  if (previous?.status === 'not-applicable' && question.allowNotApplicable) return { kind: 'not-applicable' };
  return undefined;
}

/** The binary's hooks the plain prompts use while one waits for a line (see Io): the terminal's own mode handles Ctrl-Z. */
export type PlainControl = Pick<PromptControl, 'onStop' | 'onContinue' | 'opening'>;

/** Ends the walk as Ctrl-C does in the full prompts: the caller reports what was saved. */
class EndOfInput extends Error {
  override name = 'ExitPromptError';
}

/**
 * Prompts for screen readers and plain terminals (`--plain`, or TERM=dumb): one line of text per
 * prompt, numbered options, typed answers. Nothing is redrawn and no cursor or colour codes are
 * written, so a screen reader reads each line once, in order.
 */
export function createPlainPrompter(streams: PromptStreams, write: (text: string) => void, control: PlainControl = {}): SessionPrompter {
  const lines: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let ended = false;
  const rl = createInterface({ input: streams.input, terminal: false });
  // Paused between prompts, so an open terminal does not keep the program running at the end.
  rl.pause();
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line);
    else lines.push(line);
    if (waiting.length === 0) rl.pause();
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w.reject(new EndOfInput('end of input'));
  });
  const readLine = (prompt: string): Promise<string> => {
    control.opening?.();
    write(fitPrompt(prompt));
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.reject(new EndOfInput('end of input'));
    const answer = new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
    // Ctrl-C (a signal in the terminal's own mode, as is any sent from outside) ends the walk as end
    // of input does: the caller says what was saved and exits with the signal's status.
    const stopped = control.onStop?.(() => {
      write('\n');
      rl.close();
    });
    // Ctrl-Z and `fg`: the prompt is said again, as the shell's lines now stand between it and the cursor.
    // Not in the background (`bg`): it went onto the shell's line there, and what was typed after it
    // went to the shell. The terminal's mode touched first stops the run there until `fg` (SIGTTOU);
    // that `fg` sends its own SIGCONT, so the prompt is said once the SIGCONTs have come.
    let saying: ReturnType<typeof setTimeout> | undefined;
    const carriedOn = control.onContinue?.(() => {
      inForeground(streams.input);
      clearTimeout(saying);
      saying = setTimeout(() => write(fitPrompt(prompt)), 50);
    });
    const closed = (): void => {
      stopped?.();
      carriedOn?.();
      clearTimeout(saying);
    };
    answer.then(closed, closed);
    rl.resume();
    return answer;
  };
  const width = (streams.output as { columns?: number }).columns || 80;
  // A prompt wider than the terminal is wrapped between words, as the questions are, and keeps the
  // space the answer is typed after: left to the terminal it broke a file name mid-word.
  const fitPrompt = (prompt: string): string => `${wrapText(prompt.trimEnd(), { width: width - 1, hangingIndent: '  ' })}${prompt.endsWith(' ') ? ' ' : ''}`;
  // Every line said fits the terminal: one too wide (a progress line naming a critical system with a
  // long name, "Recorded:" with a long free-text answer or justification) is wrapped between words
  // here, once for all of them; left to the terminal it broke mid-word. Lines wrapped already pass
  // as they are.
  const fitLine = (line: string): string => (displayWidth(line) < width ? line : wrapText(line, { width: width - 1, hangingIndent: '  ' }));
  const say = (text: string): void => write(`${text.split('\n').map(fitLine).join('\n')}\n`);
  // "Recorded: …" waits for the save it reports (see Prompter.recorded); a new question forgets it.
  let pending: string | undefined;
  const hold = (text: string | undefined): void => {
    pending = text;
  };

  /**
   * Ask until `parse` accepts the line; it returns the value or an error to say before asking again.
   * `started`: the text kept from the file (a previous answer), which the line may repeat, U+FFFD and all.
   */
  async function askUntil<T>(prompt: string, parse: (line: string) => { ok: T } | { error: string }, started?: string): Promise<T> {
    for (;;) {
      const line = (await readLine(prompt)).trim();
      // Typed as bytes that are not UTF-8 (see not-utf8.ts): asked again, whatever the prompt.
      const refused = notUtf8(line, started);
      const result = refused === undefined ? parse(line) : { error: refused };
      if ('ok' in result) return result.ok;
      // Wrapped between words, as the prompt is: the terminal would break a long one mid-word.
      say(wrapText(result.error, { width: width - 1, hangingIndent: '  ' }));
    }
  }

  const extraLines = (question: Question, ctx: AskContext): string[] => [
    "  ?    Don't know",
    ...(question.allowNotApplicable ? ['  n/a  Not applicable'] : []),
    '  -    Skip for now',
    ...(ctx.canGoBack ? ['  <    Back to the previous question'] : []),
  ];

  async function askOptions(question: Question, ctx: AskContext): Promise<Reply> {
    const multi = kindOf(question).prompt(question).form === 'checkbox';
    // Long labels wrap under their own text, never mid-word, so the number stands alone on the left.
    question.options.forEach((o, n) => say(wrapText(`${safeLine(o.label)}${o.description ? ` (${safeLine(o.description)})` : ''}`, { width: width - 1, indent: `  ${n + 1}.   `, hangingIndent: '       ' })));
    for (const l of extraLines(question, ctx)) say(l);
    const previous = ctx.previous;
    const kept = keptReply(question, previous);
    const count = question.options.length;
    const instruction = multi ? `Type the numbers of all that apply, separated by spaces${question.options.some((o) => o.exclusive) ? '' : ', or 0 for none'}` : `Type a number from 1 to ${count}`;
    const keep = kept ? `; Enter keeps ${replyWords(kept, question)}` : '';
    return askUntil<Reply>(`${instruction}${keep}: `, (line) => {
      if (line === '' && kept) return { ok: kept };
      // An option's value or label typed in any case ("Yes", "YES", "partly") is taken as that option,
      // unless it is a number on the list: the prompt asks for list numbers, and options whose values
      // or labels are numerals (maturity levels 0 to 5) would otherwise each take the next one's number.
      const listed = /^\d+$/.test(line) && Number(line) >= 1 && Number(line) <= count;
      const named = listed ? -1 : question.options.findIndex((o) => replyKey(o.value) === replyKey(line) || replyKey(o.label) === replyKey(line));
      // One option's name at a multiple choice is that option alone (an exclusive "Unknown" among them).
      if (named >= 0) {
        const value = (question.options[named] as { value: string }).value;
        return { ok: { kind: 'value', value: multi ? [value] : value } };
      }
      // After the options' own names, so an option called "Unknown" is still that option.
      const typed = typedSpecial(line, question, ctx.canGoBack, true);
      if (typed) return typed;
      const words = line.split(/[\s,]+/).filter(Boolean);
      const numbers = words.map((w) => (/^\d+$/.test(w) ? Number(w) : Number.NaN));
      // A word that differs from an option only by a look-alike or invisible character ("уes" with a
      // Cyrillic "у") is said to be so, as the answers file's reader says it (SPEC, writing files safely).
      const odd = describeOddCharacters(line) ? `${quoteValue(line)} is not an option. ` : '';
      const wrong = `${odd}${instruction}, ${spokenHint(question, ctx.canGoBack)}.`;
      if (multi && numbers.length === 1 && numbers[0] === 0 && !question.options.some((o) => o.exclusive)) return { ok: { kind: 'value', value: [] } };
      if (numbers.length === 0 || numbers.some((n) => !(n >= 1 && n <= count)) || (!multi && numbers.length > 1)) return { error: wrong };
      const values = [...new Set(numbers)].map((n) => (question.options[n - 1] as { value: string }).value);
      if (!multi) return { ok: { kind: 'value', value: values[0] as string } };
      const exclusive = question.options.find((o) => o.exclusive && values.includes(o.value));
      if (exclusive && values.length > 1) return { error: `"${safeLine(exclusive.label)}" cannot be combined with other options.` };
      return { ok: { kind: 'value', value: values } };
    });
  }

  async function askTyped(question: Question, ctx: AskContext): Promise<Reply> {
    const hint = spokenHint(question, ctx.canGoBack);
    const previous = ctx.previous?.status === 'answered' ? String(ctx.previous.value) : undefined;
    // A saved "don't know" or "not applicable" is kept by Enter too.
    const status = previous === undefined ? keptReply(question, ctx.previous) : undefined;
    const keep = previous !== undefined ? `; Enter keeps ${safeLine(previous)}` : status ? `; Enter keeps ${replyWords(status, question)}` : '';
    if (kindOf(question).prompt(question).form === 'text') {
      return askUntil<Reply>(`Type your answer (${hint}${keep}): `, (line) => {
        if (line === '') return { ok: previous !== undefined ? { kind: 'value', value: previous } : (status ?? { kind: 'skip' }) };
        const typed = typedSpecial(line, question, ctx.canGoBack, true);
        if (typed) return typed;
        // Read as the kind reads a value in the file (checkReply, read-answer.ts): what it refuses is asked again.
        const checked = checkReply(question, line);
        return checked.ok ? { ok: { kind: 'value', value: checked.value } } : { error: `${checked.message}; ${hint}.` };
      }, previous);
    }
    const unit = question.unit ? safeLine(question.unit) : undefined;
    const bounds = [question.min !== undefined ? `at least ${question.min}` : '', question.max !== undefined ? `at most ${question.max}` : ''].filter(Boolean).join(', ');
    return askUntil<Reply>(`Type ${unit ? `the number of ${unit}` : 'a number'}${bounds ? `, ${bounds}` : ''} (${hint}${keep}): `, (line) => {
      if (line === '' && status) return { ok: status };
      const raw = line === '' && previous !== undefined ? previous : line;
      const typed = typedSpecial(raw, question, ctx.canGoBack, true);
      if (typed) return typed;
      const parsed = parseNumberReply(raw, question.unit);
      if ('error' in parsed) return { error: `${parsed.error}, ${hint}.` };
      if (question.min !== undefined && parsed.value < question.min) return { error: `The answer must be at least ${question.min}.` };
      if (question.max !== undefined && parsed.value > question.max) return { error: `The answer must be at most ${question.max}.` };
      const checked = checkReply(question, parsed.value);
      return checked.ok ? { ok: { kind: 'value', value: checked.value } } : { error: `${checked.message}; ${hint}.` };
    });
  }

  /** Every form a kind may ask for has its case: a new form does not compile until it is drawn here. */
  async function askByForm(question: Question, ctx: AskContext): Promise<Reply> {
    const form = kindOf(question).prompt(question).form;
    switch (form) {
      case 'number':
      case 'text':
        return askTyped(question, ctx);
      case 'select':
      case 'checkbox':
        return askOptions(question, ctx);
      case 'indicators':
        // The interview walks an outcome's indicators itself (outcome-walk.ts) and never asks it here.
        throw new Error(`"${question.id}" is answered by its indicators, not by ask()`);
      default:
        return unknownForm(form);
    }
  }

  return {
    ...plainOutcomePrompts({ say, hold, askUntil, width }),
    recorded() {
      if (pending !== undefined) say(pending);
      pending = undefined;
    },
    async selectQuestionnaire(choices, defaultId) {
      say('Which questionnaire?');
      choices.forEach((c, n) => say(wrapText(`${safeLine(c.title)} (${c.id}, ${safeLine(c.questions)})`, { width: width - 1, indent: `  ${n + 1}. `, hangingIndent: '     ' })));
      const fallback = Math.max(0, choices.findIndex((c) => c.id === defaultId));
      return askUntil<string>(`Type a number from 1 to ${choices.length}; Enter for ${fallback + 1}: `, (line) => {
        const n = line === '' ? fallback + 1 : /^\d+$/.test(line) ? Number(line) : 0;
        const choice = choices[n - 1];
        return choice ? { ok: choice.id } : { error: `Type a number from 1 to ${choices.length}.` };
      });
    },
    async input(message, defaultValue, required = false) {
      return askUntil<string>(`${message}${defaultValue !== undefined ? ` (Enter for ${defaultValue})` : ''}: `, (line) => {
        const value = line === '' && defaultValue !== undefined ? defaultValue : line;
        return required && value === '' ? { error: 'This one needs an answer.' } : { ok: value };
      }, defaultValue);
    },
    async confirm(message, defaultValue) {
      // The default in words: "(y/N)" tells it only by case, which a screen reader does not say.
      return askUntil<boolean>(`${message} (y or n; Enter for ${defaultValue ? 'yes' : 'no'}): `, (line) => {
        if (line === '') return { ok: defaultValue };
        if (/^y(es)?\.?$/i.test(line)) return { ok: true };
        if (/^no?\.?$/i.test(line)) return { ok: false };
        return { error: 'Type y for yes or n for no.' };
      });
    },
    async ask(question, ctx) {
      say('');
      if (ctx.progress) say(ctx.progress);
      say(wrapText(safeLine(question.text), { width: width - 1 }));
      for (const line of guidanceLines(question, ctx, width)) say(line);
      const reply = await askByForm(question, ctx);
      // Skipping saves nothing, so it is said at once; an answer is said once it is saved.
      // A sentence: a text answer that ends one of its own ("… quarterly.") gets no second full stop.
      if (reply.kind === 'skip') say(asSentence(`Recorded: ${safeLine(skipWords(question, ctx.previous))}`));
      hold(reply.kind === 'back' || reply.kind === 'skip' ? undefined : asSentence(`Recorded: ${safeLine(replyWords(reply, question))}`));
      return reply;
    },
    async reason(question, previous) {
      const text = await askUntil<string>(`Why does it not apply? (type back for the question${previous ? `; Enter keeps ${safeLine(previous)}` : ''}): `, (line) => {
        const value = line === '' && previous ? previous : line;
        return value === '' || isSpecialReply(value, false) ? { error: reasonNeeded('back') } : { ok: value };
      }, previous);
      if (isBackWord(text)) return undefined;
      // "Recorded: Not applicable." said with its reason, so the reason typed is heard back too.
      hold(`Recorded: Not applicable (reason: ${safeLine(text)}).`);
      return text;
    },
    async reviewDate(_question, due, today) {
      // The form said, and back in a word: the old date alone does not say how to write the new one to one who hears it.
      const date = await askUntil<string>(`Review again by, as YYYY-MM-DD (was ${safeLine(due)}; Enter keeps it; or type back): `, (line) => (isBackWord(line) ? { ok: TYPED_BACK } : parseReviewDate(line, due, today())));
      if (date === TYPED_BACK) return undefined;
      // A new date is said once it is saved, as an answer is; keeping the old one saves nothing.
      if (date === due) say(keptReviewWords(due));
      else hold(`Recorded: review again by ${date}.`);
      return date;
    },
    async note(_question, previous) {
      const line = await askUntil<string>(`Note (optional; Enter ${previous ? 'keeps it' : 'for none'}): `, (typed) => ({ ok: typed }), previous);
      // A new note is said once it is saved (see Prompter.recorded), as an answer is.
      hold(line === '' || line === previous?.trim() ? undefined : 'Note recorded.');
      return line === '' ? (previous ?? '') : line;
    },
  };
}
