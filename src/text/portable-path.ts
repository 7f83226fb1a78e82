/** Absolute on any system, or from a home folder: `/…`, `\…` (and `\\server\…`), `C:…`, `~…`. */
export const ABSOLUTE_PATH = /^([\\/]|[A-Za-z]:|~)/;

/**
 * Why a relative path written in a file would name one file on Windows and another (or none) on
 * Linux, where CI runs: the same answers file must read the same system files on every platform.
 * Pure text, so the verdict is the same wherever the tool runs. Undefined when the path is portable.
 *
 * Windows reads `\` as a folder separator, drops a dot or space at the end of a name, forbids a few
 * characters in names (a `:` opens an NTFS alternate stream) and takes CON, NUL, COM1 and the like,
 * with any extension, for devices. Linux takes each of them literally.
 */
export function unportablePath(path: string): string | undefined {
  // In double quotes YAML reads `\r` in "systems\revenues.yaml" as a carriage return: the backslash a
  // Windows user typed is gone, and the name has a control character in its place.
  const made = /[\u0007-\u000d\u001b]/.exec(path)?.[0];
  if (made !== undefined) {
    const letter = ESCAPES[made]!;
    return `has a ${NAMES[letter]} in it: in double quotes "\\${letter}" is a ${NAMES[letter]}, not a backslash and ${letter}; write "${path.replace(/[\u0007-\u000d\u001b]/g, (c) => `/${ESCAPES[c]}`)}" (forward slashes work on Windows too)`;
  }
  const backslash = backslashProblem(path);
  if (backslash !== undefined) return backslash;
  for (const name of path.split('/')) {
    if (name === '' || name === '.' || name === '..') continue;
    const bad = /[<>:"|?*\u0000-\u001f]/.exec(name);
    if (bad) return `has ${describe(bad[0])} in a name, which Windows does not allow in file names; rename the file without it`;
    if (/[. ]$/.test(name)) return `has a name ending in ${name.endsWith('.') ? 'a dot' : 'a space'} ("${name}"), which Windows drops, so Windows and Linux would read different files; write the name without it`;
    const device = /^(con|prn|aux|nul|com\d|lpt\d)(\.[^.]*)*$/i.exec(name.replace(/[. ]+$/, ''));
    if (device) return `uses "${name}", which Windows takes for the device ${device[1]!.toUpperCase()}, not a file; choose another name`;
  }
  return undefined;
}

/**
 * Why a path with `\` in it names another file on Linux than on Windows, with the path to write
 * instead; undefined without one. Also for a name typed where the walk asks for a file to write
 * (cli/report-file-prompt.ts): on Linux `reports\board.md` is one file of that name, not board.md in
 * reports.
 */
export function backslashProblem(path: string): string | undefined {
  if (!path.includes('\\')) return undefined;
  return `uses "\\" between folders, which only Windows reads as a separator; write "${path.replace(/\\+/g, '/')}" (forward slashes work on Windows too)`;
}

const describe = (ch: string): string => (ch < ' ' ? `a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : `"${ch}"`);

/** The letter after a backslash that YAML's double quotes turn into each control character. */
const ESCAPES: Record<string, string> = { '\u0007': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\u001b': 'e' };
const NAMES: Record<string, string> = { a: 'bell character', b: 'backspace', t: 'tab', n: 'line break', v: 'vertical tab', f: 'form feed', r: 'carriage return', e: 'escape character' };

/** A path as it can be shown on one line: control characters as the escapes that made them. */
export const showPath = (path: string): string => path.replace(/[\u0000-\u001f]/g, (c) => (ESCAPES[c] ? `\\${ESCAPES[c]}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
