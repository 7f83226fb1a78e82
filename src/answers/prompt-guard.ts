// What the full prompts do with the signals and the stop key a terminal program is expected to
// answer: a stop signal sent from outside, Ctrl-Z or its SIGTSTP, and being carried on after a stop
// (SIGCONT). prompter.ts wraps every prompt it opens.

/** The binary's hooks for them (see Io); without them a prompt is opened as it is. */
export interface PromptControl {
  /** While a prompt is open: SIGINT, SIGTERM or SIGHUP calls `handler` instead of ending the run. */
  onStop?(handler: () => void): () => void;
  /** Stops the run as Ctrl-Z does in a shell; settles once it is carried on (`fg`; in the background, a moment later). */
  suspend?(): Promise<void>;
  /** While a prompt is open: a SIGTSTP sent from outside calls `handler` instead of stopping the run. */
  onSuspend?(handler: () => void): () => void;
  /** Calls `handler` each time the run is carried on after a stop (SIGCONT). */
  onContinue?(handler: () => void): () => void;
  /** Called as each prompt opens, before it draws (the walk turns bracketed paste on at the first). */
  opening?(): void;
}

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

type PromptFunction<C, T> = (config: C, context?: object) => Promise<T>;

/**
 * What a guarded prompt is opened with: its config, or a function that makes it. A function is
 * called each time the prompt is asked, again after a stop too, so that text wrapped to the
 * terminal is wrapped for its size then: a window resized while the run was stopped reached the
 * library's own lines, but the message and choices wrapped for the old width broke twice or fell short.
 */
export type Laid<C> = C | (() => C);

const SUSPENDED = Symbol('suspended');
const STOPPED = Symbol('stopped');
const CARRIED_ON = Symbol('carried on');

/**
 * Makes `guard`, which wraps a prompt of the library so that, while it is open:
 * - a stop signal ends it as the Ctrl-C key does (the library puts the terminal back in its own mode
 *   and shows the cursor; the walk says what is saved). Left to the library, the signal ended the run
 *   with the terminal in raw mode and the cursor hidden.
 * - Ctrl-Z takes it off the screen, with the terminal put back, stops the run, and asks it again once
 *   the run is carried on (`fg`), drawn afresh below what the shell wrote meanwhile (laid out afresh
 *   too, where its config is a function: see Laid). The library's line reader, left to do it, paused
 *   the terminal on its return and the walk ended there as stopped. Asked again, the prompt starts
 *   from its default, as when it was first shown.
 * - a SIGTSTP sent from outside (`kill -TSTP`) does what Ctrl-Z does. Left to Node, it stopped the
 *   run with the prompt on the screen, the terminal in raw mode and the cursor hidden.
 * - being carried on (SIGCONT) after a stop that could not be caught (`kill -STOP`) asks it again,
 *   the terminal in raw mode again: the shell had put its own mode back, and the prompt lay dead,
 *   the arrow keys echoed as "^[[B".
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
  // How many times a prompt has been asked again after a stop: what the walk wrote above it before
  // then is behind the shell's lines ("Stopped", "$ fg"), so its heading is placed afresh (headingPlacer).
  let stops = 0;
  const guard = <C, T>(prompt: PromptFunction<C, T>): ((config: Laid<C>, context?: object) => Promise<T>) => {
    return async (config, context) => {
      control.opening?.();
      // The stop listener kept over a stop and carrying on, let go once the prompt asked again has its own.
      let held: (() => void) | undefined;
      for (;;) {
        let closed: unknown;
        const controller = new AbortController();
        const stopped = control.onStop?.(() => controller.abort(STOPPED));
        held?.();
        held = undefined;
        // Only with `suspend`: the prompt is taken off the screen, and something must then stop the run.
        const stopKey = suspend ? control.onSuspend?.(() => controller.abort(SUSPENDED)) : undefined;
        const carriedOn = control.onContinue?.(() => controller.abort(CARRIED_ON));
        open = controller;
        try {
          return await prompt(typeof config === 'function' ? (config as () => C)() : config, asked(context, controller));
        } catch (error) {
          const reason = controller.signal.reason;
          if (reason !== CARRIED_ON && (reason !== SUSPENDED || !suspend)) throw error;
          closed = error;
        } finally {
          // Before the stop: while SIGTSTP is listened for, the run does not stop on it.
          stopped?.();
          stopKey?.();
          carriedOn?.();
          if (open === controller) open = undefined;
        }
        // A stop signal sent while suspended ends the walk as one at the prompt does, with the prompt's own error.
        if (controller.signal.reason === SUSPENDED && suspend) {
          const after = await stoppedWhileSuspended(control, suspend);
          held = after.release;
          if (after.stop) {
            held?.();
            throw closed;
          }
        }
        stops++;
      }
    };
  };
  return Object.assign(guard, { stops: (): number => stops });
}

/**
 * Suspends the run and says whether a stop signal was sent to it while it was stopped (`kill %1`,
 * `kill -INT %1` then `fg`). No prompt is open then to take it: left to Node, it ended the run as
 * it carried on, with no word of what was saved (bash's "Terminated", or 130 and nothing said).
 * Such a signal arrives as the run is carried on, with the SIGCONT (in the background, `suspend`
 * waits a moment for it), and the listener for it is not let go here (`release`) but once the
 * prompt asked again listens itself: a signal that reaches the event loop later still ends that
 * prompt as one sent to it does. Letting go first could drop it under load: with no listener left,
 * Node stops watching the signal, and one already caught but not yet passed on is lost, so the walk
 * went on as if carried on.
 */
async function stoppedWhileSuspended(control: PromptControl, suspend: () => Promise<void>): Promise<{ stop: boolean; release: (() => void) | undefined }> {
  let stop = false;
  const stopped = control.onStop?.(() => {
    stop = true;
  });
  try {
    await suspend();
    // A signal that came with the SIGCONT is passed on in this turn of the loop.
    await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    stopped?.();
    throw error;
  }
  return { stop, release: stopped };
}

/**
 * The context a prompt is opened with: `controller`'s signal, and the prompt cleared when done as
 * `context` says, unless carried on after a stop that could not be caught. The shell has written
 * below it then ("Stopped", "$ fg"), and clearing the prompt's height upward from there erased the
 * shell's lines and left the prompt's top: it is left whole, and asked again below. (The library
 * reads `clearPromptOnDone` as the prompt closes.)
 */
function asked(context: object | undefined, controller: AbortController): object {
  const clear = (context as { clearPromptOnDone?: boolean } | undefined)?.clearPromptOnDone === true;
  return {
    ...context,
    signal: controller.signal,
    get clearPromptOnDone() {
      return clear && controller.signal.reason !== CARRIED_ON;
    },
  };
}
