import { sep } from 'node:path';

/** Whether a resolved path (links followed) is a folder or lies below it: the rule for a system's own file. */
export const insideFolder = (realPath: string, realFolder: string): boolean => realPath === realFolder || realPath.startsWith(realFolder + sep);
