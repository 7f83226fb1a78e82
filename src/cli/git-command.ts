import { win32 } from 'node:path';

/** The extensions a program found on PATH may have and still be started without a shell: not .bat or .cmd, which Node refuses so. */
const RUNNABLE = new Set(['.EXE', '.COM']);

/** An environment variable by name, whatever its case: Windows keeps `Path`, and a copy of process.env is no longer case-blind. */
const variable = (env: Record<string, string | undefined>, name: string): string | undefined =>
  Object.entries(env).find(([key]) => key.toUpperCase() === name)?.[1];

/**
 * Where Windows would find `name` (no extension) on PATH: the first folder on PATH, in order, that
 * holds it with an extension of PATHEXT, in PATHEXT's order. Spawning `git` with a working folder
 * had libuv look in that folder first (the current folder comes before PATH on Windows), so a
 * repository holding a `git.exe` ran it; `trend` runs git in the repository it reads. So the
 * program is found here, and only in absolute folders of PATH (a relative one would be the
 * repository again), and started by its full path.
 */
export function findOnWindowsPath(name: string, env: Record<string, string | undefined>, isFile: (path: string) => boolean): string | undefined {
  const folders = (variable(env, 'PATH') ?? '').split(';').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
  const extensions = (variable(env, 'PATHEXT') || '.COM;.EXE;.BAT;.CMD').split(';').map((e) => e.trim().toUpperCase()).filter((e) => RUNNABLE.has(e));
  for (const folder of folders) {
    // A drive's folder (C:\Git\cmd) or a share's (\\server\tools); not `C:bin` or `\bin`, which depend on the current folder or drive.
    if (!/^([a-z]:[\\/]|[\\/]{2}[^\\/])/i.test(folder)) continue;
    for (const extension of extensions) {
      const candidate = win32.join(folder, `${name}${extension.toLowerCase()}`);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}
