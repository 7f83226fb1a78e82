import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { safeLine } from '../text/safe-text.js';
import { findOnWindowsPath } from './git-command.js';

/** Where and how git is run: the repository's folder, the environment, and the operating system if the run was told one. */
export interface GitPlace {
  cwd: string;
  env: Record<string, string | undefined>;
  platform?: string;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Settings for every git call, as `-c` options (which outrank the repository's own config):
 * - no network (SPEC "No network access, ever"): in a partial clone (`--filter=blob:none`, which
 *   actions/checkout's `filter:` makes) reading a blob it lacks makes git fetch it from the remote.
 *   GIT_NO_LAZY_FETCH (below) stops that from git 2.44; older gits ignore it, and refusing every
 *   transport stops them too. Nor does git then pack what it fetched or tidy up after itself;
 * - nothing from the repository's config runs: `git status` runs core.fsmonitor, a command the
 *   repository names (and its filter drivers: see withoutFilters). The other settings that name a
 *   command (core.hooksPath, diff's textconv, core.pager, credential.helper, core.sshCommand) are
 *   not reached by the calls made here: no hooks run for log, cat-file, rev-parse, config or
 *   status, no diff text is made, the pager is `cat` (GIT_PAGER), and with no transport allowed
 *   there is nothing to log in to.
 * - what git prints is for this program, not a person: no colour, paths unquoted, no signatures.
 */
export const GIT_SETTINGS = [
  'protocol.allow=never',
  'maintenance.auto=false',
  'gc.auto=0',
  'core.fsmonitor=false',
  'core.quotepath=off',
  'color.ui=false',
  'log.showSignature=false',
].flatMap((setting) => ['-c', setting]);

const notFound = (): UsageError => new UsageError('trend reads history with git, and git was not found on PATH; install git or add it to PATH');

/** The git to start: found on PATH by this program on Windows (see findOnWindowsPath), by the system elsewhere. */
const gitProgram = (env: Record<string, string | undefined>, platform: string): string | undefined =>
  platform === 'win32' ? findOnWindowsPath('git', env, (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false) : 'git';

/** The environment git runs in: see runGit. */
export const gitEnv = (env: Record<string, string | undefined>): Record<string, string | undefined> => ({
  ...env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  // Every path given is a file's name: literal, so "a[1].yaml" is not a pattern that matches "a1.yaml".
  GIT_LITERAL_PATHSPECS: '1',
  GIT_NO_LAZY_FETCH: '1',
});

/** The git program for this place, or a usage error when there is none on PATH. */
export function gitProgramFor(place: GitPlace): string {
  const git = gitProgram(place.env, place.platform ?? process.platform);
  if (git === undefined) throw notFound();
  return git;
}

/**
 * Run the git command line with an argument list (never through a shell), in `cwd`, with nothing
 * on its standard input, with GIT_SETTINGS. Git's own settings that would change what it prints for
 * a person (pagers, prompts, lock files for a read) are turned off, and paths are never patterns.
 * No git on PATH is a usage error.
 */
export function runGit(args: string[], options: GitPlace): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const git = gitProgram(options.env, options.platform ?? process.platform);
    if (git === undefined) {
      reject(notFound());
      return;
    }
    const child = spawn(git, [...GIT_SETTINGS, ...args], { cwd: options.cwd, env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? notFound() : error);
    });
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    // git stops reading when it fails early; that is reported by its exit code, not here.
    child.stdin.on('error', () => undefined);
    child.stdin.end();
  });
}

/**
 * `-c` options that turn off every filter driver the repository's config names (`filter.NAME.clean`
 * or `.process`): `git status` runs a file's clean filter, a command the config names, to compare a
 * file whose times changed. A driver set to nothing is no driver. Names may hold dots: the driver is
 * what lies between `filter.` and the last dot.
 */
export async function withoutFilters(git: GitPlace): Promise<string[]> {
  const listed = await runGit(['config', '--name-only', '--get-regexp', '^filter\\..*\\.(clean|process)$'], git);
  const names = new Set(listed.stdout.toString('utf8').split('\n').flatMap((key) => (key.startsWith('filter.') && key.lastIndexOf('.') > 6 ? [key.slice(7, key.lastIndexOf('.'))] : [])));
  return [...names].flatMap((name) => ['-c', `filter.${name}.clean=`, '-c', `filter.${name}.process=`]);
}

/** Git's first complaint, in one line, without its "fatal: " prefix. */
export const gitComplaint = (result: GitResult): string =>
  result.stderr.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find((l) => l !== '') ?? `git exited with code ${result.code}`;

export interface LogChange {
  status: string;
  path: string;
  /** The blob after the change; null when the change deleted the file. */
  oid: string | null;
  /** Its mode after the change: 100644, 100755, or 120000 for a symbolic link. */
  mode: string;
  /** A rename's or copy's old path. */
  from?: string;
}

export interface LogCommit {
  commit: string;
  /** When it was committed, as a calendar date (YYYY-MM-DD) in the zone `parseLog` was given: the one "today" is in. */
  date: string;
  changes: LogChange[];
}

/**
 * The format `parseLog` reads: a record separator, commit, and committer date as an instant and as
 * the committer wrote it. Commits are ordered by where git lists them, never by date: dates can go
 * backwards along a branch.
 */
export const LOG_FORMAT = '--format=%x1e%H %ct %cI';
const ZERO = /^0+$/;

/**
 * Read `git log -z --raw --no-abbrev` output in LOG_FORMAT. With -z each field ends with a NUL: a
 * commit's header, then for each change its `:modes oids status` and one path (two for a rename or
 * copy). Paths are taken by position, so no file name can be mistaken for a header.
 *
 * `dateOf` gives an instant's calendar date in one zone for every commit: the committers' own dates
 * (%cI) put commits made at the same moment in different zones on different days, and out of order.
 */
export function parseLog(output: Buffer, dateOf: (instant: Date) => string): LogCommit[] {
  const tokens = output.toString('utf8').split('\0');
  const commits: LogCommit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n/, '');
    if (token.startsWith('\x1e')) {
      const [commit = '', unix = '', iso = ''] = token.slice(1).trim().split(' ');
      const instant = new Date(Number(unix) * 1000);
      // A date past year 9999 (a forged commit) has no YYYY-MM-DD: it keeps the committer's own.
      const year = instant.getUTCFullYear();
      const date = /^-?\d+$/.test(unix) && year >= 1 && year <= 9999 ? dateOf(instant) : iso.slice(0, 10);
      commits.push({ commit, date, changes: [] });
    } else if (token.startsWith(':')) {
      const [, mode = '', , oid = '', status = ''] = token.slice(1).split(' ');
      const paths = /^[RC]/.test(status) ? 2 : 1;
      const path = tokens[i + paths] ?? '';
      const from = paths === 2 ? { from: tokens[i + 1] ?? '' } : {};
      i += paths;
      commits.at(-1)?.changes.push({ status, path, oid: ZERO.test(oid) || status.startsWith('D') ? null : oid, mode, ...from });
    }
  }
  return commits;
}

/** A blob from `git cat-file --batch`, or null when the name does not resolve to one. */
export interface BatchBlob {
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * A partial clone (`git clone --filter=blob:none`) lacks the files of past commits until they are
 * fetched, which GIT_SETTINGS forbids: git then says it "could not fetch" one "from promisor remote".
 */
export const missingFromClone = (result: GitResult): boolean => result.code !== 0 && /from promisor remote|lazy fetching disabled/i.test(result.stderr);

/** The one line for a file a partial clone lacks: `what` names the file and its commit. */
export const notInClone = (what: string): UsageError =>
  new UsageError(`${safeLine(what)}: this clone has no copy of it; fetch the history first (clone without --filter; in GitHub Actions, leave filter: out of actions/checkout, and set fetch-depth: 0)`);

/** An object name in words: `COMMIT:PATH` as the file and its short commit, anything else as git's name. */
export const objectWords = (name: string): string => {
  const colon = name.indexOf(':');
  return colon > 0 ? `${name.slice(colon + 1)} in commit ${name.slice(0, Math.min(colon, 7))}` : `git object ${name}`;
};
