import { Help, type Command } from 'commander';
import { wrapText } from '../text/wrap.js';
import type { Io } from './io.js';
import { resolveWidth } from './options.js';

/**
 * The least width a description is wrapped into beside its option. Commander's own least is 40, and
 * below it commander stops wrapping: at 60 to 72 columns (a split pane, ssh from a phone) the
 * terminal broke every description mid-word ("files to check ("-" reads standard in" / "put)").
 */
const LEAST_BESIDE = 24;
/** Where a description goes under its option when there is no room beside it. */
const BELOW = '      ';

/**
 * The width help is laid out for: the terminal's when help goes to one, else COLUMNS (as the
 * reports take it), else 80, as commander lays out help that is not going to a terminal.
 */
export const helpWidth = (io: Io, stream: Io['stdout'] | Io['stderr'] = io.stdout): number => resolveWidth(io, stream, 80);

/** The width of the help a command is showing (for the parts of it we lay out ourselves). */
export const widthOf = (command: Command | undefined): number => command?.configureOutput().getOutHelpWidth?.() ?? 80;

/** Whether a description has room beside its option (2 spaces before the option, 2 after it). */
const roomBeside = (termWidth: number, width: number): boolean => width - 2 - termWidth - 2 >= LEAST_BESIDE;

/**
 * One option and what it does, with no room beside it: the description on the lines under it,
 * indented, as narrow terminals show help elsewhere. Never cut inside a word: one longer than the
 * line stands whole on its own, as in the reports.
 */
function itemBelow(term: string, description: string, width: number): string {
  return `  ${term}\n${wrapText(description, { width, indent: BELOW, wholeWords: true })}`;
}

/** Our own list of the common options (the top-level help's last part), laid out as commander's. */
export function helpItem(term: string, termWidth: number, description: string, width: number): string {
  if (!roomBeside(termWidth, width)) return itemBelow(term, description, width);
  return wrapText(description, { width, indent: `  ${term.padEnd(termWidth)}  `, hangingIndent: ' '.repeat(2 + termWidth + 2), wholeWords: true });
}

/** Commander's help wrapped down to LEAST_BESIDE beside an option, and under it below that. */
export const helpLayout: Partial<Help> = {
  // Commander wraps nothing narrower than this: its own text (a command's description) at any width.
  minWidthToWrap: 1,
  formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
    const width = this.helpWidth ?? 80;
    if (!description || helper.preformatted(description) || roomBeside(termWidth, width)) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
    return itemBelow(term, description, width);
  },
};
