// The questions answered by typing (a number, free text) for the full terminal: what Enter types,
// the hint that says what else may be typed, and the check made as it is typed. prompter.ts hands
// over the prompt library it loaded.
import type { GuardedPrompts } from './guarded-prompts.js';
import type { Question } from '../questionnaire/types.js';
import { safeLine } from '../text/safe-text.js';
import { NOT_APPLICABLE, UNKNOWN } from './choice-values.js';
import { keptStatus } from './choice-replies.js';
import { NO_PREFIX, clearingRefused, safeShown, shownDefault, type PromptTitle } from './prompt-layout.js';
import type { AskContext, Reply } from './prompter-types.js';
import type { MendingInputConfig } from './prompter-input.js';
import type { Laid } from './prompt-guard.js';
import { checkReply } from './read-answer.js';
import { parseNumberReply, typedHint, typedSpecial } from './reply-text.js';
import { namesSpecialReply } from './special-words.js';

interface Tools {
  prompts: GuardedPrompts;
  /** The number prompt: a refused special reply is cleared, a refused number kept to be mended (prompter-input.ts). */
  mending: (config: Laid<MendingInputConfig>, context?: object) => Promise<string>;
  questionContext: object;
  width: () => number;
}

export interface TypedPrompts {
  askNumber(question: Question, ctx: AskContext, message: string, title: PromptTitle): Promise<Reply>;
  askText(question: Question, ctx: AskContext, message: string, title: PromptTitle): Promise<Reply>;
}

export function typedPrompts({ prompts, mending, questionContext, width }: Tools): TypedPrompts {
  const safe = safeShown(prompts.styleText, width);
  const safeWithoutPrefix = { theme: { ...NO_PREFIX.theme, ...safe.theme }, transformer: safe.transformer };
  // What Enter types at a number or text prompt: the saved answer, or for a saved "don't know" or
  // "not applicable" its shortcut, shown in words ("(? don't know)").
  const typedDefault = (question: Question, previous: AskContext['previous']): { value: string; shown: string } | undefined => {
    const status = keptStatus(question, previous);
    if (status === UNKNOWN) return { value: '?', shown: "? don't know" };
    if (status === NOT_APPLICABLE) return { value: 'n/a', shown: 'n/a not applicable' };
    return previous?.status === 'answered' ? { value: String(previous.value), shown: String(previous.value) } : undefined;
  };
  const typedTheme = (given: { value: string; shown: string } | undefined) =>
    given === undefined || given.shown === given.value ? safeWithoutPrefix : { ...safeWithoutPrefix, theme: { ...safeWithoutPrefix.theme, style: { ...safe.theme.style, defaultAnswer: () => safe.theme.style.defaultAnswer(given.shown) } } };

  return {
    async askNumber(question, ctx, message, title) {
      const previous = ctx.previous;
      const hint = typedHint(question, ctx.canGoBack);
      const given = typedDefault(question, previous);
      const unit = question.unit ? safeLine(question.unit) : undefined;
      const bounds = [question.min !== undefined ? `at least ${question.min}` : '', question.max !== undefined ? `at most ${question.max}` : ''].filter(Boolean).join(', ');
      // Laid out as it is drawn, for the window's size then (see Laid in prompt-guard.ts).
      const text = await mending(
        () => ({
          ...NO_PREFIX,
          // Below the message: the line with the error when the answer is refused.
          message: title(`${message} (${[unit ?? 'a number', bounds].filter(Boolean).join(', ')}; ${hint})`, 2, shownDefault(given?.shown)),
          ...typedTheme(given),
          ...(given !== undefined ? { default: given.value } : {}),
          // Not the library's "required": its generic "You must provide a value" says less than our hint.
          validate: (raw: string) => {
            const special = typedSpecial(raw, question, ctx.canGoBack);
            if (special) return 'error' in special ? special.error : true;
            const parsed = parseNumberReply(raw, question.unit);
            if ('error' in parsed) return `${parsed.error}, or ${hint}.`;
            if (question.min !== undefined && parsed.value < question.min) return `The answer must be at least ${question.min}.`;
            if (question.max !== undefined && parsed.value > question.max) return `The answer must be at most ${question.max}.`;
            const checked = checkReply(question, parsed.value);
            return checked.ok || checked.message;
          },
          // `n/a` where it is not offered, `<` at the first question, `skip` by name: no number to mend.
          cleared: namesSpecialReply,
        }),
        questionContext,
      );
      const special = typedSpecial(text, question, ctx.canGoBack);
      if (special && 'ok' in special) return special.ok;
      const parsed = parseNumberReply(text, question.unit);
      const checked = checkReply(question, 'value' in parsed ? parsed.value : Number.NaN);
      return { kind: 'value', value: checked.ok ? checked.value : Number.NaN };
    },

    async askText(question, ctx, message, title) {
      const previous = ctx.previous;
      const given = typedDefault(question, previous);
      // A saved text that reads as a shortcut ("N/A", "-") is what Enter keeps (README: "kept by
      // Enter"), as with --plain: the prompt checks its default as it checks what is typed, and
      // refused it, or took it as the shortcut.
      const saved = previous?.status === 'answered' ? previous.value : undefined;
      const kept = saved === undefined ? undefined : String(saved);
      // Every reply that is not a shortcut is read as the kind reads a value in the file (checkReply, read-answer.ts).
      const validate = (raw: string): string | true => {
        if (raw.trim() === '' || raw === kept) return true;
        const special = typedSpecial(raw, question, ctx.canGoBack);
        if (special) return 'error' in special ? special.error : true;
        const checked = checkReply(question, raw.trim());
        return checked.ok || checked.message;
      };
      const text = await prompts.input(
        () => ({ message: title(`${message} (free text; ${typedHint(question, ctx.canGoBack)})`, 1, shownDefault(given?.shown)), ...clearingRefused(typedTheme(given)), ...(given !== undefined ? { default: given.value } : {}), validate }),
        questionContext,
      );
      if (saved !== undefined && text === kept) return { kind: 'value', value: saved };
      // Trimmed, as the plain prompts read every line: spaces typed at either end are never meant.
      if (text.trim() === '') return { kind: 'skip' };
      const special = typedSpecial(text, question, ctx.canGoBack);
      if (special && 'ok' in special) return special.ok;
      const checked = checkReply(question, text.trim());
      return { kind: 'value', value: checked.ok ? checked.value : text.trim() };
    },
  };
}
