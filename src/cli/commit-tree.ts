import type { BatchBlob } from './git.js';

/** Reads git objects by name (an oid, or `COMMIT:PATH`): null for a name that resolves to none. */
export type ReadObjects = (names: string[]) => Promise<(BatchBlob | null)[]>;

/**
 * What a path leads to in a commit's tree, with symbolic links followed as they would be in a
 * checkout of that commit. `links` are the links passed on the way (paths from the repository's
 * top), since a change to one of them changes what the path leads to.
 */
export type TreePath =
  | { found: 'file'; path: string; oid: string; links: string[] }
  | { found: 'folder'; path: string; links: string[] }
  | { found: 'nothing'; links: string[] }
  | { found: 'loop'; links: string[] }
  /** A link to an absolute path, or one that climbs above the repository's top: `to` as it leads. */
  | { found: 'outside'; to: string; links: string[] };

interface Entry {
  mode: string;
  oid: string;
}

/** An object read for a walk: a tree's entries, a link's target, or null when git has no such object. */
type Loaded = { entries: Map<string, Entry> } | { target: string } | null;

const LINK = '120000';
const FOLDER = '40000';
// As Linux allows (MAXSYMLINKS); a chain longer than that is taken for a loop, as a checkout would.
const MAX_LINKS = 40;

/** A tree object's entries: `MODE NAME\0` and the binary object id, repeated. */
function parseTree(content: Buffer, oidBytes: number): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = space < 0 ? -1 : content.indexOf(0, space);
    if (nul < 0) break;
    entries.set(content.subarray(space + 1, nul).toString('utf8'), { mode: content.subarray(at, space).toString('latin1'), oid: content.subarray(nul + 1, nul + 1 + oidBytes).toString('hex') });
    at = nul + 1 + oidBytes;
  }
  return entries;
}

/** Where a walk has got to: the names still to follow, and the folder reached with the trees on the way. */
interface Walk {
  todo: string[];
  /** The folder reached, as real names from the top (no links in it). */
  at: string[];
  /** The object names of the trees of the top and each folder of `at`: one more than `at`. */
  trees: string[];
  links: string[];
}

const namesOf = (path: string): string[] => path.split('/').filter((n) => n !== '' && n !== '.');

/**
 * Follow a walk as far as the objects read so far allow: its result, or the object it needs next.
 * Names are taken one at a time from the folder reached, as the kernel does, so `..` after a
 * linked folder climbs from where the link led, not from where it stands.
 */
function advance(walk: Walk, objects: Map<string, Loaded>): TreePath | { need: string } {
  const { links } = walk;
  for (;;) {
    const name = walk.todo[0];
    if (name === undefined) return { found: 'folder', path: walk.at.join('/'), links };
    if (name === '..') {
      if (walk.at.length === 0) return { found: 'outside', to: walk.todo.join('/'), links };
      walk.todo.shift();
      walk.at.pop();
      walk.trees.pop();
      continue;
    }
    const treeName = walk.trees[walk.trees.length - 1] ?? '';
    const tree = objects.get(treeName);
    if (tree === undefined) return { need: treeName };
    const entry = tree && 'entries' in tree ? tree.entries.get(name) : undefined;
    if (!entry) return { found: 'nothing', links };
    const path = [...walk.at, name].join('/');
    if (entry.mode === LINK) {
      const link = objects.get(entry.oid);
      if (link === undefined) return { need: entry.oid };
      if (!link || !('target' in link)) return { found: 'nothing', links };
      if (links.length >= MAX_LINKS) return { found: 'loop', links };
      links.push(path);
      if (link.target.startsWith('/')) return { found: 'outside', to: link.target, links };
      walk.todo = [...namesOf(link.target), ...walk.todo.slice(1)];
      continue;
    }
    walk.todo.shift();
    if (entry.mode === FOLDER) {
      if (walk.todo.length === 0) return { found: 'folder', path, links };
      walk.at.push(name);
      walk.trees.push(entry.oid);
      continue;
    }
    // A file with names still to follow (ENOTDIR), or a submodule: nothing a checkout could read.
    if (walk.todo.length > 0 || !entry.mode.startsWith('100')) return { found: 'nothing', links };
    return { found: 'file', path, oid: entry.oid, links };
  }
}

/**
 * Resolve paths in commits' trees, links followed. Each round asks one `git cat-file --batch` for
 * every tree or link the walks have reached, so the number of calls grows with the depth of the
 * paths and the links on them, not with the number of commits; trees that commits share are read
 * once.
 */
export async function resolveInCommits(requests: { commit: string; path: string }[], readBatch: ReadObjects): Promise<TreePath[]> {
  const objects = new Map<string, Loaded>();
  const walks: Walk[] = requests.map((r) => ({ todo: namesOf(r.path), at: [], trees: [`${r.commit}^{tree}`], links: [] }));
  const results: (TreePath | undefined)[] = [];
  for (;;) {
    const needed = new Set<string>();
    walks.forEach((walk, i) => {
      if (results[i]) return;
      const step = advance(walk, objects);
      if ('need' in step) needed.add(step.need);
      else results[i] = step;
    });
    if (needed.size === 0) return results.map((r) => r ?? { found: 'nothing', links: [] });
    const names = [...needed];
    const read = await readBatch(names);
    names.forEach((name, i) => {
      const object = read[i];
      if (object?.type === 'tree') objects.set(name, { entries: parseTree(object.content, object.oid.length / 2) });
      else if (object?.type === 'blob') objects.set(name, { target: object.content.toString('utf8') });
      else objects.set(name, null);
    });
  }
}
