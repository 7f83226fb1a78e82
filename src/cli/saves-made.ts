/** What a walk's saves have done so far: what a stop says is on disk (stop-words.ts) depends on it. */
export interface SavesMade {
  /** Whether this run saved anything: a walk stopped before its first save leaves the file as it was. */
  wrote: boolean;
  /** How many answers the files held at the last save (or as read): the walk holds an answer before it is saved. */
  held: number;
  /** A save failed and "Save again?" is asked, or was answered no: the answer being saved is not in the file. */
  failing: boolean;
}

/**
 * Saves watched for a stop: `save` wraps a save, `confirm` wraps the "Save again?" question. `count`
 * gives how many answers the walk holds, read after each save that succeeds.
 */
export function watchSaves(count: () => number): {
  made: SavesMade;
  save: (action: () => Promise<void>) => () => Promise<void>;
  confirm: (ask: (message: string, value: boolean) => Promise<boolean>) => (message: string, value: boolean) => Promise<boolean>;
} {
  const made: SavesMade = { wrote: false, held: 0, failing: false };
  return {
    made,
    save: (action) => async () => {
      await action();
      made.wrote = true;
      made.held = count();
    },
    confirm: (ask) => async (message, value) => {
      made.failing = true;
      const again = await ask(message, value);
      made.failing = !again;
      return again;
    },
  };
}
