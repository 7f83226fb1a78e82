// How a paper meant for people (the board papers, --detail, diff's and trend's text and markdown)
// names the answers file the assessor gave on the command line. A board paper is published with an
// agenda: an absolute path names the assessor's machine and account (`/home/jsmith/…`,
// `C:\Users\…\OneDrive - …`), and a path out of the working folder (`../../jsmith/…`) says where that
// folder sits. Machine formats (JSON, SARIF, JUnit, GitLab) name files as their consumers need them
// and do not use this.
import { ABSOLUTE_PATH } from '../text/portable-path.js';

/**
 * A path inside the working folder as it was given (`council/readiness.yaml`); an absolute one, or one
 * with a `..` segment, by its file name alone (`readiness.yaml`). Any `..` counts, not only one that
 * ends outside the folder: through a link, `a/..` need not be the working folder, so the text alone
 * cannot tell. Both separators are read on every system, so a paper made on Linux from a Windows path
 * hides it too.
 */
export function shownPath(file: string): string {
  const parts = file.split(/[\\/]/);
  if (!ABSOLUTE_PATH.test(file) && !parts.includes('..')) return file;
  const name = parts.filter((p) => p !== '').at(-1) ?? file;
  // `C:readiness.yaml`: the drive is no part of the name.
  return name.replace(/^[A-Za-z]:/, '') || name;
}
