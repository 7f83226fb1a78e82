// The typed prompt for a number or a date. It looks and answers to keys as the library's input does,
// but what a refusal leaves on the line depends on what was refused: a reply to mend (`1O`, a date
// that is not on the calendar) is kept there, as the library keeps it, while a special reply where it
// is no answer (`n/a` at a number that cannot be not applicable, `?` at a date) is cleared. Kept,
// what was typed next went after it (`n/a14`) and was refused again; the library chooses one or the
// other for the whole prompt (its validationFailureMode).
import type * as Library from './prompter-library.js';

export interface MendingInputConfig {
  message: string;
  default?: string;
  theme?: object;
  /** What is shown as typed, as the library's `transformer`. */
  transformer?: (value: string, state: { isFinal: boolean }) => string;
  /** Checked at Enter, as the library's `validate` is: true, or what is wrong. */
  validate: (value: string) => true | string | Promise<true | string>;
  /** Whether a refused reply is cleared from the line rather than kept to be mended. */
  cleared: (value: string) => boolean;
}

/** The prompt function, made from the library that prompter.ts loaded. */
export function mendingInput(lib: typeof Library) {
  const { createPrompt, useState, useKeypress, usePrefix, makeTheme, isEnterKey, isBackspaceKey, isTabKey } = lib;
  return createPrompt<string, MendingInputConfig>((config, done) => {
    const theme = makeTheme<object>(config.theme as never);
    const [status, setStatus] = useState<string>('idle');
    const [defaultValue, setDefaultValue] = useState(config.default ?? '');
    const [error, setError] = useState<string | undefined>(undefined);
    const [value, setValue] = useState('');
    const prefix = usePrefix({ status, theme });

    useKeypress(async (key, rl) => {
      if (status !== 'idle') return;
      if (isEnterKey(key)) {
        const answer = value || defaultValue;
        // As the library's input: no key is taken while the reply is checked.
        setStatus('loading');
        const valid = await config.validate(answer);
        if (valid === true) {
          setValue(answer);
          setStatus('done');
          done(answer);
          return;
        }
        // The line reader emptied its line at Enter: a reply to mend is written back to it.
        if (config.cleared(answer)) setValue('');
        else rl.write(value);
        setError(valid);
        setStatus('idle');
      } else if (isBackspaceKey(key) && !value) {
        setDefaultValue('');
      } else if (isTabKey(key) && !value) {
        // Tab types the default, to be edited, as in the library's input.
        setDefaultValue('');
        rl.clearLine(0);
        rl.write(defaultValue);
        setValue(defaultValue);
      } else {
        setValue(rl.line);
        setError(undefined);
      }
    });

    const message = theme.style.message(config.message, status);
    const shown = config.transformer ? config.transformer(value, { isFinal: status === 'done' }) : status === 'done' ? theme.style.answer(value) : value;
    const defaultShown = defaultValue && status !== 'done' && !value ? theme.style.defaultAnswer(defaultValue) : undefined;
    return [[prefix, message, defaultShown, shown].filter((part) => part !== undefined).join(' '), error ? theme.style.error(error) : ''];
  });
}
