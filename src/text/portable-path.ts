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
  if (path.includes('\\')) {
    return `uses "\\" between folders, which only Windows reads as a separator; write "${path.replace(/\\+/g, '/')}" (forward slashes work on Windows too)`;
  }
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

const describe = (ch: string): string => (ch < ' ' ? `a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : `"${ch}"`);
