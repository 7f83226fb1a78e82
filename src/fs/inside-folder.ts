import { sep } from 'node:path';

/**
 * Whether a resolved path (links followed) is a folder or lies below it: the rule for a system's own
 * file. `separator` is `/` for a path inside a git tree, which is the same on every system.
 */
export const insideFolder = (realPath: string, realFolder: string, separator: string = sep): boolean => realPath === realFolder || realPath.startsWith(realFolder + separator);
