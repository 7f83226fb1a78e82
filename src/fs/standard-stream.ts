import { readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The names Linux and the BSDs give a process's own standard output and error. */
const STREAM = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/([12])|proc\/(?:self|thread-self)\/fd\/([12]))$/;

/**
 * Whether an absolute `path` names the run's own standard output (1) or error (2), directly or
 * through links (`out -> /dev/stdout`); null when it does not. Such a path is a stream, whatever
 * it leads to: with `>> build.log` it leads to a regular file that the shell opened to append to,
 * and replacing that file, or opening it again at its start, would lose what was there (SPEC "v2:
 * writing files safely": /dev/stdout is written to directly, never replaced).
 */
export function standardStream(path: string): 1 | 2 | null {
  let at = path;
  // As many links as the kernel follows before ELOOP.
  for (let hops = 0; hops < 40; hops++) {
    const m = STREAM.exec(at);
    if (m) return m[1] === 'stdout' || m[2] === '1' || m[3] === '1' ? 1 : 2;
    let next: string;
    try {
      next = readlinkSync(at);
    } catch {
      return null; // not a link, or not there
    }
    at = resolve(dirname(at), next);
  }
  return null;
}
