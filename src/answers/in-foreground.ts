// The plain prompts, carried on after a stop, wait to be in the foreground before saying a prompt.

/**
 * Returns once the run is in the foreground of its terminal: changing the terminal's mode from the
 * background stops the whole job (SIGTTOU) until `fg`. The mode is changed and put back at once;
 * Node changes nothing when asked for the mode it set last.
 */
export function inForeground(input: NodeJS.ReadableStream): void {
  const tty = input as { isTTY?: boolean; isRaw?: boolean; setRawMode?(raw: boolean): unknown };
  if (tty.isTTY !== true || !tty.setRawMode) return;
  const raw = tty.isRaw === true;
  tty.setRawMode(!raw);
  tty.setRawMode(raw);
}
