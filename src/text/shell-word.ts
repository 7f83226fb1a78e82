import { safeLine } from './safe-text.js';

/**
 * A path or value as one word for a POSIX shell, for commands the tool suggests: as it is when it
 * needs no quoting, else in single quotes (a quote inside written '\''), so that a suggestion with
 * a space or a quote in a file name can be pasted and run.
 */
export const shellWord = (text: string): string => (/^[\w./@%+=:,-]+$/.test(text) ? text : `'${safeLine(text).replace(/'/g, `'\\''`)}'`);
