// What the full prompts do with the signals and the stop key a terminal program is expected to
// answer: a stop signal sent from outside, and Ctrl-Z. prompter.ts wraps every prompt it opens.

/** The binary's hooks for them (see Io); without them a prompt is opened as it is. */
export interface PromptControl {
  /** While a prompt is open: SIGINT, SIGTERM or SIGHUP calls `handler` instead of ending the run. */
  onStop?(handler: () => void): () => void;
  /** Stops the run as Ctrl-Z does in a shell; settles once it is carried on (`fg`). */
  suspend?(): Promise<void>;
}

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

type PromptFunction<C, T> = (config: C, context?: object) => Promise<T>;

const SUSPENDED = Symbol('suspended');
const STOPPED = Symbol('stopped');

/**
 * Makes `guard`, which wraps a prompt of the library so that, while it is open:
 * - a stop signal ends it as the Ctrl-C key does (the library puts the terminal back in its own mode
 *   and shows the cursor; the walk says what is saved). Left to the library, the signal ended the run
 *   with the terminal in raw mode and the cursor hidden.
 * - Ctrl-Z takes it off the screen, with the terminal put back, stops the run, and asks it again once
 *   the run is carried on (`fg`), drawn afresh below what the shell wrote meanwhile. The library's
 *   line reader, left to do it, paused the terminal on its return and the walk ended there as
 *   stopped. Asked again, the prompt starts from its default, as when it was first shown.
 */
export function promptGuard(input: NodeJS.ReadableStream, control: PromptControl) {
  let open: AbortController | undefined;
  const { suspend } = control;
  if (suspend) {
    const emit = input.emit.bind(input) as (event: string | symbol, ...args: unknown[]) => boolean;
    // The line reader decodes keys and emits them as 'keypress' on the stream; Ctrl-Z is caught first.
    (input as { emit: (event: string | symbol, ...args: unknown[]) => boolean }).emit = (event, ...args) => {
      const key = args[1] as Key | undefined;
      if (event !== 'keypress' || key?.ctrl !== true || key.name !== 'z' || key.meta === true) return emit(event, ...args);
      open?.abort(SUSPENDED);
      return false;
    };
  }
  return function guard<C, T>(prompt: PromptFunction<C, T>): PromptFunction<C, T> {
    return async (config, context) => {
      for (;;) {
        const controller = new AbortController();
        const stopped = control.onStop?.(() => controller.abort(STOPPED));
        open = controller;
        try {
          return await prompt(config, { ...context, signal: controller.signal });
        } catch (error) {
          if (controller.signal.reason !== SUSPENDED || !suspend) throw error;
        } finally {
          stopped?.();
          if (open === controller) open = undefined;
        }
        await suspend();
      }
    };
  };
}
