// The only module that imports the prompt library; it is loaded only when prompting.
import type { Question } from '../questionnaire/types.js';
import { safeBlock, safeLine } from '../text/safe-text.js';
import type { AskContext, Prompter, Reply } from './interview.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

// Values for the extra choices; the NUL prefix keeps them apart from any option value in a file.
const UNKNOWN = '\u0000unknown';
const NOT_APPLICABLE = '\u0000not-applicable';
const SKIP = '\u0000skip';
const BACK = '\u0000back';

const special = (value: string): Reply | undefined =>
  value === UNKNOWN ? { kind: 'unknown' } : value === NOT_APPLICABLE ? { kind: 'not-applicable' } : value === SKIP ? { kind: 'skip' } : value === BACK ? { kind: 'back' } : undefined;

/** Words typed at a number or text prompt that mean something other than an answer. */
function typedSpecial(text: string, question: Question, canGoBack: boolean): Reply | undefined {
  const t = text.trim().toLowerCase();
  if (t === '?') return { kind: 'unknown' };
  if (t === '-') return { kind: 'skip' };
  if (t === '<' && canGoBack) return { kind: 'back' };
  if ((t === 'n/a' || t === 'na') && question.allowNotApplicable) return { kind: 'not-applicable' };
  return undefined;
}

export async function createPrompter(streams: PromptStreams, write: (text: string) => void): Promise<Prompter & { selectQuestionnaire: typeof selectQuestionnaire; input: typeof input; confirm: typeof confirm }> {
  const prompts = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };

  const extras = (question: Question, ctx: AskContext) => [
    new prompts.Separator(),
    { value: UNKNOWN, name: "Don't know", description: "Scores 0 and is listed as unknown until someone finds out." },
    ...(question.allowNotApplicable ? [{ value: NOT_APPLICABLE, name: 'Not applicable', description: 'You will be asked why.' }] : []),
    { value: SKIP, name: 'Skip for now', description: 'Leave it unanswered and come back to it later.' },
    ...(ctx.canGoBack ? [{ value: BACK, name: 'Back to the previous question' }] : []),
  ];

  const showHelp = (question: Question): void => {
    if (question.help) write(`${safeBlock(question.help).trim().split('\n').map((l) => `  ${l}`).join('\n')}\n`);
    if (question.evidence) write(`  Evidence: ${safeBlock(question.evidence).trim().split('\n').join('\n  ')}\n`);
  };

  async function selectQuestionnaire(choices: { id: string; title: string; questions: number }[], defaultId: string): Promise<string> {
    return prompts.select(
      { message: 'Which questionnaire?', default: defaultId, choices: choices.map((c) => ({ value: c.id, name: `${safeLine(c.title)} (${c.id}, ${c.questions} questions)` })) },
      context,
    );
  }
  async function input(message: string, defaultValue?: string, required = false): Promise<string> {
    return prompts.input({ message, ...(defaultValue !== undefined ? { default: defaultValue } : {}), required }, context);
  }
  async function confirm(message: string, defaultValue: boolean): Promise<boolean> {
    return prompts.confirm({ message, default: defaultValue }, context);
  }

  return {
    selectQuestionnaire,
    input,
    confirm,
    async ask(question, ctx) {
      showHelp(question);
      const message = safeLine(question.text);
      const previous = ctx.previous;
      switch (question.type) {
        case 'choice':
        case 'yes-no': {
          const fallback = previous?.status === 'unknown' ? UNKNOWN : previous?.status === 'not-applicable' ? NOT_APPLICABLE : undefined;
          const defaultValue = previous?.status === 'answered' ? String(previous.value) : fallback;
          const value = await prompts.select(
            {
              message,
              pageSize: 12,
              ...(defaultValue !== undefined ? { default: defaultValue } : {}),
              choices: [
                ...question.options.map((o) => ({ value: o.value, name: safeLine(o.label), ...(o.description ? { description: safeLine(o.description) } : {}) })),
                ...extras(question, ctx),
              ],
            },
            context,
          );
          return special(value) ?? { kind: 'value', value };
        }
        case 'multi': {
          const chosen = previous?.status === 'answered' && Array.isArray(previous.value) ? previous.value : [];
          const values = await prompts.checkbox(
            {
              message,
              pageSize: 14,
              // With a "none of these" option an empty answer is ambiguous, so one choice is required.
              required: question.options.some((o) => o.exclusive),
              choices: [
                ...question.options.map((o) => ({ value: o.value, name: safeLine(o.label), checked: chosen.includes(o.value), ...(o.description ? { description: safeLine(o.description) } : {}) })),
                ...extras(question, ctx),
              ],
              validate: (selected) => {
                const picked = selected.map((c) => c.value);
                const extra = picked.filter((v) => v.startsWith('\u0000'));
                if (extra.length && picked.length > 1) return 'Choose "Don\'t know", "Not applicable", "Skip" or "Back" on its own.';
                const exclusive = question.options.find((o) => o.exclusive && picked.includes(o.value));
                if (exclusive && picked.length > 1) return `"${safeLine(exclusive.label)}" cannot be combined with other options.`;
                return true;
              },
            },
            context,
          );
          return (values.length === 1 ? special(values[0] as string) : undefined) ?? { kind: 'value', value: values };
        }
        case 'number': {
          const hint = `? don't know, - skip${ctx.canGoBack ? ', < back' : ''}${question.allowNotApplicable ? ', n/a not applicable' : ''}`;
          const bounds = [question.min !== undefined ? `at least ${question.min}` : '', question.max !== undefined ? `at most ${question.max}` : ''].filter(Boolean).join(', ');
          const text = await prompts.input(
            {
              message: `${message} (${[question.unit ? safeLine(question.unit) : 'a number', bounds].filter(Boolean).join(', ')}; ${hint})`,
              ...(previous?.status === 'answered' ? { default: String(previous.value) } : {}),
              required: true,
              validate: (raw) => {
                if (typedSpecial(raw, question, ctx.canGoBack)) return true;
                const n = Number(raw.trim());
                if (raw.trim() === '' || !Number.isFinite(n)) return `Type a number, or ${hint}.`;
                if (question.min !== undefined && n < question.min) return `The answer must be at least ${question.min}.`;
                if (question.max !== undefined && n > question.max) return `The answer must be at most ${question.max}.`;
                return true;
              },
            },
            context,
          );
          return typedSpecial(text, question, ctx.canGoBack) ?? { kind: 'value', value: Number(text.trim()) };
        }
        case 'text': {
          const text = await prompts.input(
            { message: `${message} (free text; - skip${ctx.canGoBack ? ', < back' : ''})`, ...(previous?.status === 'answered' ? { default: String(previous.value) } : {}) },
            context,
          );
          if (text.trim() === '') return { kind: 'skip' };
          const t = text.trim();
          return t === '-' ? { kind: 'skip' } : t === '<' && ctx.canGoBack ? { kind: 'back' } : { kind: 'value', value: text };
        }
        default:
          return { kind: 'skip' };
      }
    },
    async reason(question, previous) {
      return prompts.input({ message: `Why does "${safeLine(question.text)}" not apply?`, ...(previous ? { default: previous } : {}), required: true }, context);
    },
    async note(_question, previous) {
      return prompts.input({ message: 'Note (optional; Enter to leave)', ...(previous ? { default: previous } : {}) }, context);
    },
  };
}
