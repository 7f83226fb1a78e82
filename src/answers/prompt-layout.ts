// How the full prompts fit on the terminal: option names wrapped between words, and a heading kept
// out of a prompt that would be taller than the screen. Pure but for the write it is handed.
import { safeLine } from '../text/safe-text.js';
import { largest } from '../text/spread-free.js';
import { displayWidth, wrapText } from '../text/wrap.js';

/**
 * No prefix at all before a message whose first line is the heading. An empty prefix is not
 * enough: the input prompt joins it to the message with a space, which would indent the progress
 * line by one column. With no prefix for any state the library leaves it out.
 */
export const NO_PREFIX = { theme: { prefix: { idle: undefined, done: undefined } as unknown as string } };

/** How many lines a piece of text takes once wrapped (it is wrapped before it gets here). */
export const lineCount = (text: string): number => (text === '' ? 0 : text.split('\n').length);

/**
 * A choice's name wrapped to the terminal: the prompt library puts `lead` columns in front of it
 * ("❯ " in a list, "❯◯ " in a checkbox) and would otherwise break a long name mid-word at the
 * edge, with its second line under the cursor. Later lines are indented to line up with the first.
 */
export const choiceName = (name: string, width: number, lead: number): string => wrapText(name, { width: width - lead - 1, hangingIndent: ' '.repeat(lead) });

/** A choice's description, shown under the list: wrapped like the help. */
export const choiceDescription = (text: string, width: number): string => wrapText(text, { width: width - 1 });

/** The lines the tallest of these choices' descriptions takes (0 when none has one): the room a list keeps under its choices for them. */
export const descriptionLines = (choices: readonly { description?: string }[]): number => largest(choices.map((c) => lineCount(c.description ?? '')), 0);

/** The lines a list prompt takes under its page of choices: a blank line, the description, an error and the keys line. */
export const underList = (descriptionLines: number): number => 3 + descriptionLines;

/** The lines a list prompt takes below its message: the page of choices and the lines under it. */
export const listHeight = (choiceLines: number, pageSize: number, descriptionLines: number): number => Math.min(choiceLines, pageSize) + underList(descriptionLines);

/**
 * How many lines of choices a list shows at once: `most`, or fewer on a terminal too short for them
 * and the `around` lines, those above the list (the top, the question) and under it (underList), as
 * headingPlacer measures a fit. A prompt taller than the screen left a copy of its top behind at every
 * key (see headingPlacer); the list scrolls within fewer lines instead, never fewer than three.
 */
export const listPage = (rows: number | undefined, around: number, most: number): number => (rows === undefined ? most : Math.min(most, Math.max(3, rows - 1 - around)));

/**
 * Where a prompt's heading goes: its `top` (the progress line, which names the system a question is
 * about, and an outcome's text) and its `help` (guidance, evidence). Inside the prompt they are
 * cleared with it once answered, which keeps the screen tidy; but the prompt library redraws a prompt
 * by moving the cursor up over it, and cannot reach lines that have scrolled off the top of the
 * screen, so a prompt taller than the screen would leave a copy of its top behind at every key press.
 * Then the help is written once above the prompt instead, and only the top and the question are
 * redrawn: the top stays next to the question, so a long help never pushes the line that says which
 * system is being answered off the screen. On a terminal too short for even that (the top, the
 * question and the fewest choices a list shows, see listPage) the top is written once above too,
 * just over the question, and only the question is redrawn. Asked again after a stop (`stops`
 * changed), what was written above is behind the shell's lines and laid out for the window as it
 * was: the heading is placed afresh, for the window's size then.
 */
export function headingPlacer(rows: () => number | undefined, write: (text: string) => void, stops: () => number = () => 0): (head: { top: string; help: string }, below: number) => string {
  let written = false;
  let topWritten = false;
  let placedAt = stops();
  return ({ top, help }, below) => {
    if (stops() !== placedAt) {
      placedAt = stops();
      written = false;
      topWritten = false;
    }
    const screen = rows();
    if (!topWritten && top !== '' && screen !== undefined && lineCount(top) + below >= screen) {
      write(`${help === '' || written ? '' : `${help}\n`}${top}\n`);
      written = true;
      topWritten = true;
    }
    if (topWritten) return '';
    const kept = top === '' ? '' : `${top}\n`;
    if (help === '' || written) return kept;
    if (screen === undefined || lineCount(top) + lineCount(help) + below < screen) return `${kept}${help}\n`;
    write(`${help}\n`);
    written = true;
    return kept;
  };
}

/** The placeholder that holds a tail's room while a message is wrapped: one column per column of the tail. */
const ROOM = 'x';

/** Whether a tail is too wide to follow a message on its last line: it then starts a line of its own. */
const onItsOwnLine = (tail: string, width: number): boolean => displayWidth(tail) > width - 5;

/**
 * A prompt's message wrapped for "? " in front of it and for what the prompt library writes after
 * it, past a space: a default such as "(systems/waste.yaml)", or "(y/N)". The library's own line
 * would run over the edge, and the terminal break it mid-word; wrapped here with room kept for the
 * tail, it shares the last line when it fits, or starts a line of its own, indented as the rest.
 */
export function fitBefore(message: string, tail: string | undefined, width: number): string {
  const fit = (text: string): string => wrapText(text, { width: width - 3, hangingIndent: '  ' });
  if (tail === undefined || tail === '') return fit(message);
  const tailWidth = displayWidth(tail);
  // Wider than a line can hold after the indent: it starts a line of its own, as far left as it can
  // (and shownTail wraps it there).
  if (onItsOwnLine(tail, width)) return `${fit(message)}\n `;
  const held = fit(`${message} ${ROOM.repeat(tailWidth)}`);
  const own = `\n  ${ROOM.repeat(tailWidth)}`;
  // On a line of its own: the message ends with one space, and the library's space makes the indent two.
  return held.endsWith(own) ? `${held.slice(0, -own.length)}\n ` : held.slice(0, -(tailWidth + 1));
}

/**
 * A tail as it is drawn after a message laid out by fitBefore. One too wide to follow the message
 * starts a line of its own, two columns in, and is wrapped there between words: the library writes
 * it on one line, and a saved reason or note of a sentence or two ran past the edge, where the
 * terminal broke it mid-word.
 */
export function shownTail(tail: string, width: number): string {
  if (!onItsOwnLine(tail, width)) return tail;
  // Wrapped as if indented, so that its later lines line up with the first; the indent of the
  // first is already on the screen (fitBefore's space and the library's).
  return wrapText(tail, { width: width - 1, indent: '  ', hangingIndent: '  ' }).slice(2);
}

/**
 * A text prompt's default and what it shows as typed, made safe for the terminal: a default comes
 * from the answers file, and the library writes it, and then the answer, as they are. Only what is
 * shown changes: Enter keeps the text as the file has it. A long default (shownTail) and why an
 * answer is refused are wrapped between words (the library writes each on one line, which the
 * terminal would break mid-word).
 */
export function safeShown(
  styleText: (format: 'dim' | 'red', text: string) => string,
  width: () => number,
): { theme: { style: { defaultAnswer: (text: string) => string; error: (text: string) => string } }; transformer: (value: string) => string } {
  return {
    theme: {
      style: {
        // Dimmed a line at a time, so no line is left to start in a colour it did not open.
        defaultAnswer: (text) => shownTail(`(${safeLine(text)})`, width()).split('\n').map((line) => styleText('dim', line)).join('\n'),
        error: (text) => styleText('red', wrapText(`> ${text}`, { width: width() - 1, hangingIndent: '  ' })),
      },
    },
    transformer: (value) => safeLine(value),
  };
}

/**
 * A prompt's look (safeShown's) where a refusal refuses the whole reply, a special reply where it is
 * no answer (`?` at a reason, `n/a` at a text question that does not allow it): the line is cleared
 * with it. The library keeps a refused reply on the line to be mended, and what was typed next was
 * saved after it (`reason: ?No WARP here`), and printed so in the board paper.
 */
export const clearingRefused = <T extends { theme: object }>(shown: T): T => ({ ...shown, theme: { ...shown.theme, validationFailureMode: 'clear' } });

/** A default as the prompt library shows it after the message: "(text)", made safe; none for none. */
export const shownDefault = (value: string | undefined): string | undefined => (value ? `(${safeLine(value)})` : undefined);

/**
 * A question's message as its prompt draws it: "? " and the text fitted before `tail`, with the
 * question's heading placed above it, given how many lines the prompt takes `below` the message.
 */
export interface PromptTitle {
  (text: string, below: number, tail?: string): string;
  /** How many lines the message with no tail takes with its top, not counting a help that may be written above the prompt. */
  lines: (text: string) => number;
}
