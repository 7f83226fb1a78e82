/**
 * The prompt library's list prompt takes any key it does not know as the start of a typed search
 * ("y" finds "Yes"). A key that types nothing searches for "", which every option starts with, so
 * Esc, ←, →, Home, End, Delete, Alt+letter or Ctrl+A moved the highlight to the first option
 * without a word, and the next Enter recorded it: on a saved answer under --review, the worst one
 * ("Not in place"). Such keys mean nothing in a list, so while one is open they are dropped before
 * the library sees them; Ctrl+C still stops the walk, and typing a letter still finds an option.
 */
const TYPES_NOTHING = new Set(['escape', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'delete', 'insert', 'clear']);
// Line-editing keys of the terminal's line editor (readline), which change no text in a list.
const EDITING_CTRL = new Set(['a', 'b', 'e', 'f', 'k', 'l', 'u', 'w']);

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

// Alt+letter only: Esc then Enter, pressed quickly, reaches readline as Alt+Enter, which must still choose.
export const typesNothing = (key: Key | undefined): boolean =>
  key !== undefined &&
  (TYPES_NOTHING.has(key.name ?? '') || /^f\d{1,2}$/.test(key.name ?? '') || (key.meta === true && /^[a-z]$/.test(key.name ?? '')) || (key.ctrl === true && EDITING_CTRL.has(key.name ?? '')));

/** A digit typed on its own: no Ctrl or Alt. */
export const isDigit = (key: Key | undefined): boolean => key !== undefined && /^\d$/.test(key.name ?? '') && key.ctrl !== true && key.meta !== true;

/**
 * Drop the keypresses that type nothing from `input` while `listOpen()` says a list prompt is on
 * screen. While `digitsAsText()` says the list's options are numbered in their own words ("3
 * Defined"), a digit is passed on as typed text, not as the digit key: the library takes a digit key
 * for a place on the list (3, the third option: "2 Repeatable"), and typed text for the start of
 * an option, as it takes letters.
 */
export function quietListKeys(input: NodeJS.ReadableStream, listOpen: () => boolean, digitsAsText: () => boolean = () => false): void {
  const emit = input.emit.bind(input) as (event: string | symbol, ...args: unknown[]) => boolean;
  // readline decodes the keys and emits them as 'keypress' on the stream itself, for every listener.
  (input as { emit: (event: string | symbol, ...args: unknown[]) => boolean }).emit = (event, ...args) => {
    if (event !== 'keypress' || !listOpen()) return emit(event, ...args);
    const key = args[1] as Key | undefined;
    if (typesNothing(key)) return false;
    // Without a name the key is text to readline (it adds it to the line) and no digit to the library.
    if (digitsAsText() && isDigit(key)) return emit(event, args[0], { ...key, name: undefined });
    return emit(event, ...args);
  };
}
