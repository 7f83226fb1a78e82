import { InputError, errorAt, formatDiagnostic, type Diagnostic } from '../errors.js';

/**
 * A save that failed in writing (a full disk, a permission, a link in the way): something the person
 * can put right and then save again, with nothing they typed lost meanwhile (see interactive.ts).
 */
export class SaveError extends InputError {
  override name = 'SaveError';
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics);
  }
}

/**
 * A save refused because something else changed, moved or deleted the file during the walk: not
 * tried again (the walk ends, exit 2), and said naming what was being saved (see saveOrAskAgain).
 * Every such refusal said "this answer is not saved", also where the save was of a new system, the
 * organisation or the questionnaire's version, and no answer was lost.
 */
export class SaveRefused extends InputError {
  override name = 'SaveRefused';
  constructor(
    private readonly target: string,
    private readonly words: (what: string) => string,
  ) {
    super([errorAt(target, words('this answer'))]);
  }

  /** The refusal naming `what` was not saved. */
  naming(what: string): InputError {
    return new InputError([errorAt(this.target, this.words(what))]);
  }
}

/** A save that failed, and that the person chose not to try again: the walk ends (exit 2), saying where the answers are. */
export class SaveDeclined extends InputError {
  override name = 'SaveDeclined';
}

/**
 * Run a save of the guided walk; when writing fails for a reason the person can put right (a full
 * disk, a permission, a link in the way), say so in one line and offer to save again, so that what
 * they typed is not lost with the run. Saying no ends the walk (exit 2) with that line; whatever was
 * saved before stays saved. `what` names what is not saved: "this answer".
 */
export async function saveOrAskAgain(
  action: () => Promise<void>,
  what: string,
  tools: {
    say: (line: string) => void;
    confirm: (message: string, defaultValue: boolean) => Promise<boolean>;
    /** Whether `say` writes to standard error (the walk's terminal is standard error): the line is not said twice. */
    saysOnStderr: boolean;
  },
): Promise<void> {
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (error instanceof SaveRefused) throw error.naming(what);
      if (!(error instanceof SaveError)) throw error;
      const diagnostics = error.diagnostics.map((d) => ({ ...d, message: `${d.message}; ${what} is not saved` }));
      tools.say(diagnostics.map(formatDiagnostic).join('\n'));
      // Exit 2 with the line on standard error, for a script or a log; nothing more where it is there already.
      if (!(await tools.confirm('Save again?', true))) throw new SaveDeclined(tools.saysOnStderr ? [] : diagnostics);
    }
  }
}
