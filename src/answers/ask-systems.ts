import type { SessionPrompter } from './prompter-types.js';
import type { NewSystemEntry } from './edit-systems-text.js';
import { KEBAB_ID } from '../text/kebab-id.js';
import { systemIdOf, uniqueId } from './system-id.js';
import { exampleSystem } from './example-system.js';
import { isBackWord } from './special-words.js';

/** A name as compared with the names listed already: case, accents and runs of spaces do not make it another system. */
const sameName = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export interface AskSystems {
  prompter: SessionPrompter;
  /** What the questionnaire calls a system ("critical system"). */
  label: string;
  /** The ids of the systems listed already. */
  taken: Set<string>;
  /** The systems listed already, by id and name: a name given twice is another walk through the same system. */
  listed: { id: string; title: string }[];
  /** At least one system is needed (none is listed yet): an empty name is not an answer. */
  required: boolean;
  /** Why a path may not be a system's own file (outside the folder, in use...); undefined when it may. */
  fileProblem: (path: string) => string | undefined;
  /** A line for the person (standard error). */
  say: (text: string) => void;
  /** Record a system at once, so that a walk stopped later keeps it. */
  add: (entry: NewSystemEntry) => Promise<void>;
  /**
   * A name given whose system is not recorded yet, with what is still to come ("its owner and file
   * were given"), said if the walk stops there; undefined once it is recorded.
   */
  naming?: (pending: { name: string; missing: string } | undefined) => void;
  /** The plain prompts: back is offered by name and taken as a word. */
  plain?: boolean;
}

/** Typed at the id, owner or file of a system, as at every other typed prompt of the walk: back one prompt. */
const BACK = '<';

/**
 * How back is offered and typed: "<", or in plain prompts the word as well, offered by name (a
 * screen reader says "<" as "less", if at all).
 */
const backOf = (ask: AskSystems): { hint: string; is: (typed: string) => boolean } =>
  ask.plain ? { hint: 'or type back', is: isBackWord } : { hint: `${BACK} back`, is: (typed) => typed === BACK };

/**
 * Ask for critical systems one at a time, each by name (its id derived and shown), owner and
 * whether its answers go in a file of their own, until an empty name. Returns how many were added.
 */
export async function askSystems(ask: AskSystems): Promise<number> {
  let added = 0;
  for (;;) {
    const entry = await askSystem(ask, ask.required && added === 0);
    if (!entry) return added;
    await ask.add(entry);
    ask.naming?.(undefined);
    ask.taken.add(entry.id);
    ask.listed.push({ id: entry.id, title: entry.title });
    added++;
  }
}

/**
 * One system, prompt by prompt: name, id (only for a name that gives none), owner, whether it has
 * a file of its own, and that file. "<" goes back one prompt, with what was typed there offered
 * again; undefined is an empty name, the end of the list.
 */
async function askSystem(ask: AskSystems, first: boolean): Promise<NewSystemEntry | undefined> {
  const { prompter, label, say } = ask;
  let step: 'name' | 'id' | 'owner' | 'own file' | 'file' = 'name';
  let name = '';
  let id = '';
  // The name gave no id, so one is typed (and "<" at the owner goes back to it).
  let typedId: string | undefined;
  let owner = '';
  let ownFile = false;
  for (;;) {
    if (step === 'name') {
      // After "<" the name is offered again, so Enter keeps it: an empty Enter there ended the list
      // and the system named was never added. A stop there says the system is not saved yet.
      ask.naming?.(name ? { name, missing: 'its owner and file were given' } : undefined);
      const given = await askName(ask, first, name || undefined);
      if (given === undefined) return undefined;
      name = given;
      // From here a stop leaves a system named but not saved, the id prompt of a name that gives none included.
      const base = systemIdOf(name);
      if (base === '') {
        // A name in another alphabet is a fine title, but reports and waivers need an id in letters a to z.
        say(`Reports and waivers name each ${label} by an id of letters a to z, digits and hyphens, which "${name}" cannot give: type one.`);
        step = 'id';
      } else {
        typedId = undefined;
        id = uniqueId(base, ask.taken);
        say(`  id: ${id}${id !== base ? ` ("${base}" is taken)` : ''}`);
        ask.naming?.({ name, missing: 'its owner and file were given' });
        step = 'owner';
      }
    } else if (step === 'id') {
      ask.naming?.({ name, missing: 'its id, owner and file were given' });
      const given = await askId(ask, typedId);
      if (given === undefined) {
        step = 'name';
        continue;
      }
      id = typedId = given;
      // Said as what is left: "before its id, owner and file" read wrong once the id was typed.
      ask.naming?.({ name, missing: 'its owner and file were given' });
      step = 'owner';
    } else if (step === 'owner') {
      // Short prompts: the library writes the prompt and the answer on one line, and breaks it mid-word at the edge.
      const given = (await prompter.input(`Its owner (optional; ${backOf(ask).hint})`, owner || undefined, false, backOf(ask).is)).trim();
      if (backOf(ask).is(given)) {
        step = typedId === undefined ? 'name' : 'id';
        continue;
      }
      owner = given;
      // Said as what is left: "before its owner and file were given" read wrong once the owner was typed.
      ask.naming?.({ name, missing: 'its file was chosen' });
      step = 'own file';
    } else if (step === 'own file') {
      ownFile = await prompter.confirm('Keep its answers in a file of its own?', ownFile);
      if (!ownFile) return { id, title: name, ...(owner ? { owner } : {}) };
      step = 'file';
    } else {
      const typed = (await prompter.input(`File (beside the answers file; ${backOf(ask).hint})`, `systems/${id}.yaml`, true, backOf(ask).is)).trim();
      if (backOf(ask).is(typed)) {
        step = 'owner';
        continue;
      }
      const path = tidyPath(typed);
      const problem = ask.fileProblem(path);
      if (!problem) return { id, title: name, ...(owner ? { owner } : {}), file: path };
      say(`${path}: ${problem}`);
    }
  }
}

/** A system's name, checked, `previous` (gone back to) offered again; undefined is an empty name where one may end the list. */
async function askName(ask: AskSystems, first: boolean, previous: string | undefined): Promise<string | undefined> {
  const { prompter, label, say } = ask;
  const n = ask.taken.size + 1;
  for (;;) {
    // With a name offered again, Enter keeps it: "Enter if no more" would not be true there.
    const name = (await prompter.input(`Name of ${label} ${n}${first || previous !== undefined ? '' : ' (Enter if no more)'}`, previous, false)).trim();
    if (name === '') {
      if (!first) return undefined;
      const example = exampleSystem(label);
      say(`At least one ${label} is needed. ${example.realistic ? `Type its name, for example "${example.title}".` : 'Type the name of the first.'}`);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(name)) {
      say('The name needs at least one letter or digit.');
      continue;
    }
    const twin = ask.listed.find((s) => sameName(s.title) === sameName(name));
    if (twin) {
      say(`"${name}" is listed already (id ${twin.id}): each ${label} needs a name of its own.`);
      continue;
    }
    return name;
  }
}

/** An id typed by the person, for a name that gives none: kebab-case and not taken; undefined is "<", back to the name. */
async function askId(ask: AskSystems, previous: string | undefined): Promise<string | undefined> {
  for (;;) {
    const id = (await ask.prompter.input(`Its id (for example social-care; ${backOf(ask).hint})`, previous, true, backOf(ask).is)).trim();
    if (backOf(ask).is(id)) return undefined;
    if (!KEBAB_ID.test(id)) ask.say(`"${id}" will not do: use lower-case letters a to z and digits, with single hyphens between words.`);
    else if (ask.taken.has(id)) ask.say(`"${id}" is taken by another ${ask.label}; choose another.`);
    else return id;
  }
}

/** A file name as the answers file should record it: "./systems//a.yaml" is "systems/a.yaml". */
function tidyPath(path: string): string {
  const parts = path.split('/').filter((part, n) => (part !== '' && part !== '.') || (n === 0 && part === ''));
  return parts.length === 0 ? path : parts.join('/');
}
