import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { caseCorrected } from '../fs/name-case.js';
import { InputError, UsageError, errorAt } from '../errors.js';
import type { CheckedSystemFile, ParsedVersion, VersionInfo } from '../history/score-version.js';
import { safeLine } from '../text/safe-text.js';
import { tildeHint } from '../fs/tilde-hint.js';
import { describeFsError } from '../yaml/read-source.js';
import { dependsOn, locateSystemFiles, type CommittedSystemFiles } from './committed-system-files.js';
import { answersVersions } from './answers-versions.js';
import { AHEAD, versionReader } from './version-reader.js';
import { LOG_FORMAT, gitComplaint, missingFromClone, notInClone, parseLog, runGit, withoutFilters, type LogCommit } from './git.js';
import { openObjectStream } from './object-stream.js';
import type { Io } from './io.js';

/** A version read for scoring: its parsed document, and its system files from its own commit. */
export interface ReadVersion {
  version: ParsedVersion;
  /** A system file by `file:` as written and its name as shown, parsed and checked, or why the commit has none. */
  systemFile(ref: string, display: string): CheckedSystemFile | { problem: string };
}

/**
 * Every committed version of an answers file, with the system files each names in its own commit.
 * Only what a row needs is kept for every version; each is read and parsed again when it is scored,
 * one at a time, so a history of thousands of versions takes no more memory than one.
 */
export interface History {
  versions: VersionInfo[];
  /** Read one of `versions` for scoring, in the order they are listed (a file unchanged since the version before is not read again). */
  read(version: VersionInfo): Promise<ReadVersion>;
  /** Stop the git that reads the files: once every version is read, or when the run stops early. */
  close(): void;
  /**
   * The files in the work tree at the paths the versions' system files depend on (as named, links
   * and where they lead): inputs of the run, which no output may replace.
   */
  systemPaths: { path: string; display: string }[];
  /** The repository's git folders (its own, and the common one of a linked worktree): git reads them all through the run. */
  gitDirs: string[];
  /** Lines for the reader: uncommitted changes, and the like. */
  notes: string[];
  /** Whether the file is at this path in the work tree now; false for an old name. */
  current: boolean;
  /** With --since: the commit of the version in force on that date (the first of `versions`), if one was. */
  baseline: string | null;
}

/** The operating system git runs on, when the run was told one (tests of Windows' ways): see runGit. */
const platformOf = (io: Io): { platform?: string } => (io.platform ? { platform: io.platform } : {});

/** The paths `git status --porcelain -z` lists (a rename's second field is its old path, left out). */
function changedPaths(output: Buffer): string[] {
  const tokens = output.toString('utf8').split('\0');
  const paths: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.length < 4) continue;
    paths.push(safeLine(token.slice(3)));
    if (/^[RC]/.test(token)) i++;
  }
  return paths;
}

/** Where the file is: the repository's top folder and the file's path in it (with / separators). */
async function locate(io: Io, file: string): Promise<{ top: string; path: string; shallow: boolean; exists: boolean; gitDirs: string[] }> {
  const given = resolve(io.cwd, file);
  // A link to an answers file stands for that file: its history is the file's, not the link's (which
  // git keeps as the text of a path). A broken link, or a file deleted since, keeps its own path.
  let full: string;
  let real: string;
  try {
    full = lstatSync(given, { throwIfNoEntry: false })?.isSymbolicLink() && statSync(given, { throwIfNoEntry: false }) ? realpathSync(given) : given;
    if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) throw new InputError([errorAt(file, 'is a folder; trend takes an answers file')]);
    const folder = dirname(full);
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), { code: 'ENOENT' });
    real = realpathSync(folder);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A loop of links, a folder that may not be entered, a name too long: said as reading says them.
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([errorAt(file, code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or folder${tildeHint(file)}` : describeFsError(code))]);
  }
  const where = await runGit(['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--is-shallow-repository', '--absolute-git-dir', '--git-common-dir'], { cwd: real, env: io.env, ...platformOf(io) });
  const [inside, top, shallow, gitDir, commonDir] = where.stdout.toString('utf8').split('\n');
  if (where.code !== 0 || inside !== 'true' || !top) {
    if (where.code !== 0 && !/not a git repository/i.test(where.stderr)) {
      // A CI job in a container often runs as another user than the one that checked out: git's
      // own remedy is on a later line of its complaint, which one line would otherwise drop.
      const remedy = /^\s*(git config --global --add safe\.directory .+)$/m.exec(where.stderr)?.[1];
      throw new InputError([errorAt(file, `git cannot read this repository: ${safeLine(gitComplaint(where))}${remedy ? `; if you trust it, run: ${safeLine(remedy.trim())}` : ''}`)]);
    }
    // A mistyped name outside a repository is a missing file first: git is not the problem.
    if (!existsSync(full)) throw new InputError([errorAt(file, `no such file or folder${tildeHint(file)}`)]);
    throw new InputError([errorAt(file, 'not in a git work tree; trend reads the committed history of an answers file in a git repository')]);
  }
  const realTop = realpathSync(top);
  const typed = relative(realTop, resolve(real, basename(full)));
  // As the folders spell it: Windows and macOS take `Examples\CAF.yaml` for examples/caf.yaml, and git
  // finds a path's history only in the case it was committed in ("never committed" otherwise).
  const inRepo = caseCorrected(realTop, typed.split(sep).join('/')) ?? typed;
  // --git-common-dir may be relative to the folder git was run in.
  const gitDirs = [gitDir, commonDir].flatMap((d) => (d ? [realpathSync(resolve(real, d))] : []));
  // The file as the folders spell it is the one in the work tree now: `Readiness.yaml` typed for
  // readiness.yaml is its present name on any system, not an old name on Linux.
  return { top, path: inRepo.split(sep).join('/'), shallow: shallow === 'true', exists: existsSync(join(realTop, inRepo)), gitDirs };
}

// --first-parent: the versions of the branch's own line, as it stood after each of its commits. A
// branch merged in is one version, at its merge (a merge's change is shown against its first
// parent); the commits made on the branch before it was merged are work in progress, not versions.
const logArgs = ['log', '-z', '--raw', '--no-abbrev', '--no-color', '--first-parent', LOG_FORMAT];

/** Commits that changed the answers file (following renames) or a path under it, newest first. */
async function answersLog(io: Io, top: string, path: string, dateOf: (instant: Date) => string): Promise<LogCommit[]> {
  const result = await runGit([...logArgs, '--follow', '--', path], { cwd: top, env: io.env, ...platformOf(io) });
  // A repository with no commit yet says so on standard error; for trend that is a file never committed.
  if (missingFromClone(result)) throw notInClone(`the history of ${path}`);
  if (result.code !== 0 && !/does not have any commits/i.test(result.stderr)) throw new UsageError(`git log failed: ${gitComplaint(result)}`);
  return result.code === 0 ? parseLog(result.stdout, dateOf) : [];
}

/**
 * Read the history: the answers file's versions (renames followed), then, when any version keeps
 * systems in files of their own, the commits that changed only those files, since a system owner's
 * commit changes the assessment too. Each version's system files come from its own commit, links
 * in it followed by the rules of the work tree (committed-system-files). `dateOf` gives a commit's
 * date: in the zone today's date is read in (dateInTodaysZone).
 */
export async function readHistory(io: Io, file: string, since: string | null, dateOf: (instant: Date) => string): Promise<History> {
  const { top, path, shallow, exists, gitDirs } = await locate(io, file);
  const git = { cwd: top, env: io.env, ...platformOf(io) };
  const objects = openObjectStream(git);
  try {
    const log = await answersLog(io, top, path, dateOf);
    if (log.length === 0) {
      // "Commit it first" is no advice for a mistyped name: there is nothing to commit.
      throw new InputError([errorAt(file, exists ? 'never committed; trend shows the committed versions of an answers file (commit it first)' : 'no such file, and no file was ever committed at this path')]);
    }
    const entries = answersVersions(log, path);
    const symlinks = new Set(entries.flatMap((e) => (e.link && e.oid ? [e.oid] : [])));
    // --since falls before the first version dated on or after it, in the order the versions were
    // committed: a date is used only to find that place, never to drop a version after it. A commit
    // from a computer whose clock was wrong (dated before --since, committed after) is still a version
    // since then, and the newest commit (the file as it stands) is always shown; when every version is
    // dated before --since, the newest is the one in force on it.
    const cut = since === null ? 0 : entries.findIndex((e) => e.date >= since);
    const firstShown = cut === -1 ? entries.length : cut;
    const kept = entries.slice(firstShown);
    // The version in force on the --since date is the starting point the versions after it are
    // measured from: the one committed just before that place (a system owner's later commit before
    // it may take its place, below), shown first and marked.
    const inForce = firstShown > 0 ? entries[firstShown - 1] : undefined;
    const read = inForce ? [inForce, ...kept] : kept;
    const located: CommittedSystemFiles = new Map();
    const reader = versionReader(objects, symlinks, located);
    // The trees the system files are found in are read by the same git as the files.
    const readTrees = (names: string[]) => objects.read(names);
    const found = await reader.find(read.map(({ link: _link, folder: _folder, ...e }) => e));
    // A folder at the path stays one through the commits that change what is in it: only the first
    // is a version. (One that removes the folder is none: the path is not in that commit.)
    let lastFolder = false;
    const parsed = found.flatMap((version, i) => {
      const folder = read[i]?.folder === true;
      const again = folder && lastFolder;
      // Nothing at the path (the folder removed): the next folder there is a version again.
      lastFolder = folder && version !== null;
      return !version || again ? [] : [{ commit: version.commit, version }];
    });
    let versions: { commit: string; version: VersionInfo }[] = parsed;
    // Where each commit stands on the branch's line, oldest 0: versions are put in the order they were
    // committed on it, not by their dates, which a computer with a wrong clock (or a date set by hand)
    // makes disagree. The answers file's own log is in that order already; each search below gives it for
    // every commit it lists, the answers file's versions among them.
    let place = new Map(entries.map((e, i) => [e.commit, i]));
    const answerPaths = [...new Set(entries.map((e) => e.path))];

    // Each version's system files are found in its own commit, links followed; a commit that changes
    // only files a version's systems depend on (the file, or a link on the way) is a version too. Its
    // own files may depend on paths no version before it did (a link changed), so the search goes on
    // until no new path turns up: once, almost always.
    await locateSystemFiles(parsed.map((v) => v.version), readTrees, located);
    const watched = new Set(parsed.flatMap(({ version }) => dependsOn(version, located)));
    const seen = new Set(entries.map((e) => e.commit));
    for (let searched = 0; watched.size > searched; ) {
      searched = watched.size;
      // The answers file's paths are asked for too, only so that its versions get their places.
      const result = await runGit([...logArgs, '--', ...answerPaths, ...watched], git);
      if (missingFromClone(result)) throw notInClone(`the history of ${path}`);
      if (result.code !== 0) throw new UsageError(`git log failed: ${gitComplaint(result)}`);
      const line = parseLog(result.stdout, dateOf).reverse();
      place = new Map(line.map((c, i) => [c.commit, i]));
      const extra: { commit: string; date: string; path: string; changed: Set<string> }[] = [];
      for (const c of line) {
        // Before --since only what could still be in force on it: what was committed after the answers
        // file's version in force on it, whatever its date.
        if (seen.has(c.commit) || (inForce && (place.get(c.commit) ?? -1) < (place.get(inForce.commit) ?? -1))) continue;
        seen.add(c.commit);
        // The answers file as it was named at that time: the path of its latest earlier version.
        const at = place.get(c.commit) ?? -1;
        const before = entries.findLast((e) => (place.get(e.commit) ?? Infinity) <= at);
        if (before) extra.push({ commit: c.commit, date: c.date, path: before.path, changed: new Set(c.changes.map((ch) => ch.path)) });
      }
      const extraVersions = await reader.find(extra.map((e) => ({ commit: e.commit, date: e.date, path: e.path, name: `${e.commit}:${e.path}` })));
      const candidates = extra.flatMap((e, i) => {
        const version = extraVersions[i];
        // None: the answers file was not in that commit (deleted, or on another line of history).
        return version ? [{ commit: e.commit, changed: e.changed, version }] : [];
      });
      await locateSystemFiles(candidates.map((c) => c.version), readTrees, located);
      for (const { commit, changed, version } of candidates) {
        const paths = dependsOn(version, located);
        // Only a change to a file this version depends on is a new version of the assessment.
        if (!paths.some((p) => changed.has(p))) continue;
        versions.push({ commit, version });
        for (const p of paths) watched.add(p);
      }
    }
    versions = versions.sort((a, b) => (place.get(a.commit) ?? 0) - (place.get(b.commit) ?? 0));
    // The versions from the first dated on or after --since are shown, in commit order, after the one
    // just before it on the line: the one in force on the date (a system owner's commit may be it).
    // None dated on or after it: the newest is the one in force, shown alone.
    let baseline: string | null = null;
    if (since !== null) {
      const firstAfter = versions.findIndex((v) => v.version.date >= since);
      const start = firstAfter === -1 ? versions.length - 1 : firstAfter - 1;
      baseline = versions[start]?.commit ?? null;
      versions = versions.slice(Math.max(start, 0));
    }

    // Submodules are not looked into: each has a config of its own, with commands of its own.
    const status = await runGit([...(await withoutFilters(git)), 'status', '--porcelain', '-z', '--ignore-submodules=all', '--', path, ...watched], git);
    const changed = status.code === 0 ? changedPaths(status.stdout) : [];
    const notes = changed.length ? [`uncommitted changes to ${changed.join(', ')} are not in the trend: only committed versions are`] : [];
    // An old name gives the history up to a rename: say so, or the last row reads as the latest.
    if (!exists) notes.push(`${safeLine(path)} is not in the work tree now: it was moved or deleted after the versions shown; give its present name to see later versions`);
    // Listed in the order they were committed, a version dated before the one above it would read as a
    // typing mistake in the table: say why it is there. Every date is in one zone (parseLog), so one
    // goes backwards only when the instants do: a commit made in another zone is not a wrong clock.
    const listed = versions.map((v) => v.version);
    listed.forEach((v, i) => {
      const prior = listed[i - 1];
      if (!prior || v.date >= prior.date) return;
      const [short, priorShort] = [v.commit.slice(0, 7), prior.commit.slice(0, 7)];
      notes.push(`${short} is dated ${v.date}, yet was committed after ${priorShort} of ${prior.date}: versions are listed in the order they were committed, and the clock of the computer that made ${short} was probably wrong`);
    });
    // CI checkouts are often shallow (one commit): say why the history looks short, and how to get it all.
    if (shallow) notes.push('this is a shallow clone, so only the history it holds is shown; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions) to see every version');
    const shown = versions.map((v) => v.version);
    const indexOf = new Map(shown.map((v, i) => [v, i]));
    return {
      versions: shown,
      // The versions after this one, whose answers files are read with it.
      read: (version: VersionInfo) => {
        const at = (indexOf.get(version) ?? shown.length) + 1;
        return reader.read(version, shown.slice(at, at + AHEAD));
      },
      close: () => objects.close(),
      systemPaths: [...watched].map((p) => ({ path: join(top, ...p.split('/')), display: p })),
      gitDirs,
      notes,
      current: exists,
      baseline,
    };
  } catch (error) {
    objects.close();
    throw error;
  }
}
