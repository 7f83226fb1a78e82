import { readFileSync, statSync } from 'node:fs';
import { lookAtJson } from '../yaml/json-look.js';
import { limits } from '../yaml/limits.js';
import { decodeWide, wideTextOf } from '../yaml/wide-text.js';

/** What a file in a questionnaire folder is, as far as it can be told without parsing it. */
interface FolderFileLook {
  /** The top-level id it says, if any. */
  id: string | undefined;
  /** Passed over without a word (see FolderFiles.passOver). */
  passOver: boolean;
}

const JSON_FILE = /\.json$/i;
// Read just the top-level `id:` line, so an id can be found without parsing every file in a folder.
const TOP_LEVEL_ID = /^id:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * What the files of the questionnaire folders are, each looked at once a run: finding a
 * questionnaire by id, then offering the others when it is not found (or `list`, or the walk's
 * menu), read each file once, and parse in full only the .json files meant as questionnaires.
 */
export class FolderFiles {
  private readonly looks = new Map<string, FolderFileLook>();

  /** The top-level id a file says, if any: a YAML file's `id:` line, a .json file's top-level `"id"`. */
  id(path: string): string | undefined {
    return this.look(path).id;
  }

  /**
   * Whether a file is passed over without a word, never parsed: a .json file that is not meant as
   * a questionnaire (a report, a package.json, `list -f json` output), or that is not a regular
   * file within the size limit. Never a YAML file (not even read here): whether one is meant is
   * decided on parsing it, as it always was.
   */
  passOver(path: string): boolean {
    return JSON_FILE.test(path) && this.look(path).passOver;
  }

  private look(path: string): FolderFileLook {
    let look = this.looks.get(path);
    if (!look) {
      look = lookAtFile(path);
      this.looks.set(path, look);
    }
    return look;
  }
}

function lookAtFile(path: string): FolderFileLook {
  const bytes = readBytesOrUndefined(path);
  // UTF-16 (as Windows PowerShell 5 saves) is read for its id, so that asking for it by that id
  // finds it and says how it is saved; loading it gives that error, as it did before folders looked
  // at .json files' tops (read as UTF-8, it said nothing and was passed over without a word).
  const wide = bytes && wideTextOf(bytes);
  const text = bytes && (wide ? decodeWide(bytes, wide) : bytes.toString('utf8'));
  if (!JSON_FILE.test(path)) return { id: text === undefined ? undefined : TOP_LEVEL_ID.exec(text)?.[1], passOver: false };
  // A .json file was never looked at before folders took JSON questionnaires: a FIFO or a 50 MB
  // report beside them is passed over as it was then, not reported as a questionnaire that cannot be read.
  if (text === undefined) return { id: undefined, passOver: true };
  const { meant, id } = lookAtJson(text);
  // A wide .json file is always meant: whatever it is, its fix is to save it as UTF-8, and to say so.
  return { id, passOver: !meant && !wide };
}

/**
 * The bytes of a file found in a questionnaire folder; undefined for anything that is not a regular
 * file or is over the size limit. Looking a questionnaire up by id read every file of the folder
 * whole: a FIFO there hung the run, and a link to /dev/zero took all the memory there was before
 * Node aborted.
 */
function readBytesOrUndefined(path: string): Buffer | undefined {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > limits.maxFileBytes) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
