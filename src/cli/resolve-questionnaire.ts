import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { UnknownQuestionnaireError, UsageError } from '../errors.js';
import { fsProblem, unknownFsProblem } from '../fs/error-words.js';
import { tildeHint } from '../fs/tilde-hint.js';
import { bundledQuestionnairesDir } from '../paths.js';
import { FolderFiles } from './folder-files.js';
import { quoteId } from '../text/odd-characters.js';
import { shellWord } from '../text/shell-word.js';
import { suggest } from '../text/suggest.js';
import { STDIN_NAME } from '../yaml/read-source.js';

export interface QuestionnaireFile {
  /** Path to read. */
  path: string;
  /** Path shown in messages and reports: relative to the working folder when that is shorter. */
  display: string;
  bundled: boolean;
  /** Found by id in a custom folder: the bundled questionnaire of that id it hides, as named in messages. */
  hides?: string;
}

/** What `list`, and every command that finds a questionnaire by id, says of one that another of its id hides. */
export const hiddenMessage = (id: string, by: string): string => `questionnaire "${id}" is hidden by ${by}, which has the same id and is the one used`;

export { DEFAULT_QUESTIONNAIRE } from '../questionnaire/types.js';

const YAML_FILE = /\.ya?ml$/i;
const JSON_FILE = /\.json$/i;
/** The endings of questionnaire files in a folder, in the order a file named after an id is looked for. */
const QUESTIONNAIRE_ENDINGS = ['.yaml', '.yml', '.json'] as const;
const QUESTIONNAIRE_FILE = /\.(?:ya?ml|json)$/i;

/**
 * Custom folders from --questionnaire-dir (in order), then CYBER_READY_PATH, then the bundled folder.
 * A folder named on the command line must exist; one in CYBER_READY_PATH that does not is skipped,
 * as a shell skips a missing folder in PATH (a shared profile often lists folders some machines lack).
 */
export function questionnaireDirs(flagDirs: string[], env: Record<string, string | undefined>, cwd = '.'): { dir: string; bundled: boolean }[] {
  const fromEnv = (env.CYBER_READY_PATH ?? '').split(delimiter).filter((dir) => dir && existsSync(resolve(cwd, dir)));
  // A folder is searched once, at its first place: named by the flag and CYBER_READY_PATH both (or
  // the bundled folder named as a custom one), its questionnaires were said to hide themselves.
  const named = [...flagDirs, ...fromEnv];
  const bundled = { dir: bundledQuestionnairesDir, bundled: true };
  // The usual run names no folder of its own: nothing to compare, and no path to resolve.
  if (named.length === 0) return [bundled];
  const seen = new Set([sameFolder(bundledQuestionnairesDir, cwd)]);
  const custom = named.filter((dir) => {
    const key = sameFolder(dir, cwd);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...custom.map((dir) => ({ dir, bundled: false })), bundled];
}

/** One key for every name of a folder (relative, absolute, through a link); a missing folder keeps its name, to be reported. */
function sameFolder(dir: string, cwd: string): string {
  const full = resolve(cwd, dir);
  try {
    return realpathSync(full);
  } catch {
    return full;
  }
}

export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : rel.length < path.length ? rel : path;
}

/** A reference is a path when it looks like one; otherwise it is an id to look up. */
// A .json file is a path too: JSON is YAML, and a questionnaire may be written or generated as JSON.
export const looksLikePath = (ref: string): boolean => ref.includes('/') || ref.includes('\\') || YAML_FILE.test(ref) || JSON_FILE.test(ref);

function whyUnreadable(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'ENOTDIR') return 'it is a file, not a folder';
  return fsProblem(code) ?? unknownFsProblem(code);
}

/**
 * Every questionnaire file in the search folders, custom ones first. A .json file is one as a .yaml
 * file is, as `-q` takes it: folders skipped them, so a questionnaire written as JSON worked by its
 * path and was "unknown" by its id. Which of them are meant as questionnaires is decided on reading
 * (folder-files.ts, yaml/detect-kind.ts), as for YAML: a folder's package.json or a report is passed over without a word.
 */
export function listQuestionnaireFiles(dirs: { dir: string; bundled: boolean }[], cwd: string): QuestionnaireFile[] {
  const files: QuestionnaireFile[] = [];
  for (const { dir, bundled } of dirs) {
    let names: string[];
    try {
      names = readdirSync(resolve(cwd, dir)).filter((n) => QUESTIONNAIRE_FILE.test(n)).sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${dir}: questionnaire folder cannot be read (${whyUnreadable(code)})${code === 'ENOENT' ? tildeHint(dir) : ''}`);
    }
    for (const name of names) {
      const path = resolve(cwd, dir, name);
      files.push({ path, display: bundled ? displayPath(path, cwd) : join(dir, name), bundled });
    }
  }
  return files;
}

/** Whether `path` leads to a FIFO, socket or device: reading a FIFO waits for a writer for ever, and a link to /dev/zero never ends. */
export function isSpecialFile(path: string): boolean {
  try {
    const info = statSync(path);
    return !info.isFile() && !info.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Find a questionnaire by path, or by id: folder by folder in search order (custom folders before the
 * bundled one, as `list` shows them), the first file whose top-level id is `ref`. In each folder the
 * file named `<id>.yaml` is looked at first, so a lookup rarely reads more than one file; a custom
 * file of that name with another id does not count (its id is what answers name), and a bundled one
 * is taken by its name, which the build checks is its id.
 */
export async function findQuestionnaire(
  ref: string,
  dirs: { dir: string; bundled: boolean }[],
  cwd: string,
  /** Whether a file loads, asked only when `ref` is not found: a broken file is not named as available. */
  loads: (file: QuestionnaireFile) => Promise<boolean> = async () => true,
  /** What the folders' files are, looked at once in a run (the offering that `loads` does uses the same). */
  files = new FolderFiles(),
  /** Whether the command takes `-q` (benchmark finds questionnaires only in folders): what the error suggests. */
  takesFile = true,
): Promise<QuestionnaireFile> {
  // `-` is standard input, as for every other file argument (no id can be "-": ids are kebab-case words).
  if (ref === '-') return { path: '-', display: STDIN_NAME, bundled: false };
  // Ids are kebab-case: a name with a dot that is a file here (report.sarif, q.txt) is that file.
  if (looksLikePath(ref) || (ref.includes('.') && existsSync(resolve(cwd, ref)))) return { path: resolve(cwd, ref), display: ref, bundled: false };
  const found: { id: string; file: QuestionnaireFile }[] = [];
  for (const folder of dirs) {
    const named = namedFile(ref, folder, cwd, files);
    if (named) return hiding(named, ref, dirs, cwd, files);
    for (const file of listQuestionnaireFiles([folder], cwd)) {
      const id = files.id(file.path);
      if (id === ref) return hiding(file, ref, dirs, cwd, files);
      if (id) found.push({ id, file });
    }
  }
  const ids: string[] = [];
  for (const { id, file } of found) if (file.bundled || (await loads(file))) ids.push(id);
  const guess = suggest(ref, ids);
  throw new UnknownQuestionnaireError(`unknown questionnaire ${quoteId(ref)}${guess ? `; did you mean "${guess}"?` : ''} (available: ${[...new Set(ids)].join(', ') || 'none'}); ${ownQuestionnaireHint(ref, cwd, takesFile)}`);
}

/**
 * How to name a questionnaire of one's own. A name with no dot or slash is read as an id, so `fq`
 * meant as the file ./fq was told only that no questionnaire has that id; a file or folder of that
 * name here (or a file of that name with a YAML or JSON ending) is pointed to, with the option that
 * takes it: an answers file's `questionnaire:` must stay an id, so "give its path" led users to
 * write the path there, or to give it as an argument, and both are refused. `benchmark` has no
 * `-q`: it finds questionnaires in folders only.
 */
function ownQuestionnaireHint(ref: string, cwd: string, takesFile: boolean): string {
  for (const name of [ref, `${ref}.yaml`, `${ref}.yml`, `${ref}.json`]) {
    let folder: boolean;
    try {
      folder = statSync(resolve(cwd, name)).isDirectory();
    } catch {
      continue;
    }
    const quoted = shellWord(`./${name}`);
    if (!folder) return `there is a file ${quoteId(name)} here: to use it, pass ${takesFile ? `-q ${quoted}` : 'its folder with --questionnaire-dir .'}`;
    if (name === ref) return `there is a folder ${quoteId(name)} here: to look for questionnaires in it, pass --questionnaire-dir ${quoted}`;
  }
  return `for a questionnaire of your own, pass ${takesFile ? '-q FILE, or its folder with --questionnaire-dir DIR' : 'its folder with --questionnaire-dir DIR'} or CYBER_READY_PATH`;
}

/**
 * A custom questionnaire found by the id of a bundled one, marked with the one it hides: `list` said
 * so, but `assess` used it without a word, and its papers read as the bundled one's. Only the
 * bundled folder is looked in (a bundled file is named after its id, so no file is read); another
 * custom folder's file of that id is for `list` to name, as finding one would mean reading them all.
 */
function hiding(file: QuestionnaireFile, ref: string, dirs: { dir: string; bundled: boolean }[], cwd: string, files: FolderFiles): QuestionnaireFile {
  const bundled = file.bundled ? undefined : dirs.find((d) => d.bundled);
  const hidden = bundled && namedFile(ref, bundled, cwd, files);
  return hidden ? { ...file, hides: hidden.display } : file;
}

/** The file `<ref>.yaml` (or `.yml`, or `.json`) in one folder, when it is the questionnaire `ref` (or says no id to go by). */
function namedFile(ref: string, { dir, bundled }: { dir: string; bundled: boolean }, cwd: string, files: FolderFiles): QuestionnaireFile | undefined {
  for (const ext of QUESTIONNAIRE_ENDINGS) {
    const path = resolve(cwd, dir, `${ref}${ext}`);
    if (!existsSync(path) || isSpecialFile(path)) continue;
    const id = bundled ? ref : files.id(path);
    // A .json file's top level is read whole, so one with no id (package.json for `-q package`) says it is something else.
    if (id === ref || (id === undefined && ext !== '.json')) return { path, display: bundled ? displayPath(path, cwd) : join(dir, `${ref}${ext}`), bundled };
  }
  return undefined;
}
