// The code cache files beside a bundle: the one the build records (cli.cache) and the one a run
// records for a Node that cannot use it (cli.local.cache). Part of dist/boot.cjs; see boot.ts.
import { closeSync, constants, fchmodSync, fstatSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';

/** What happened to the code cache: the build's used, the run-time one used, or why neither. */
export type CacheState = 'used' | 'verified' | 'local' | 'off' | 'missing' | 'stale' | 'rejected' | 'untrusted';

/** The first line of a cache file, before the cache bytes. */
export interface CacheHeader {
  format: 1;
  bundleSize: number;
  /** Whole seconds: copies that keep times (cp -p, tar, rsync -t) keep at least those. */
  bundleMtime: number;
  /**
   * The build's cache only: SHA-256 of the bundle file, hex. npm packs every file with one fixed
   * time and gives each the time it was unpacked, so an installed copy never keeps the build's
   * times; its bundle is then checked by content instead, once (see findCache).
   */
  bundleHash?: string;
  /** process.versions.v8 of the Node that recorded it: V8 refuses another version's cache. */
  v8?: string;
  /** A run-time cache only: a fingerprint of the recording run's Node options, which V8's flags come from. */
  options?: string;
  /** A run-time cache only: the commands whose code it holds (see commandKey). */
  commands?: string[];
}

/** The Node running the tool, as far as a code cache cares. */
export interface Runner {
  v8: string;
  options: string;
}

export interface FoundCache {
  data?: Buffer;
  state: CacheState;
  commands: string[];
}

export const seconds = (ms: number): number => Math.floor(ms / 1000);

/** What a cache is checked against: the bundle file's fstat, as far as it matters. */
export interface BundleStat {
  size: number;
  mtimeMs: number;
  uid: number;
  mode: number;
}

/**
 * Whether a cache file is as safe to run as the bundle. V8 checks a cache only against the source's
 * length, so whoever can write the cache can run code as the next user of the tool: a run-time
 * cache made under `umask 002` was group-writable beside a bundle that was not. A cache is trusted
 * only when its owner is the bundle's and neither group nor others may write it: one fstat, no
 * reading of the bundle. Windows' modes say nothing of this (every file is 0666 or 0444): there
 * the folder's permissions decide, as they do for the bundle.
 */
export const trustworthy = (cache: { uid: number; mode: number }, bundle: { uid: number }, platform: string): boolean =>
  platform === 'win32' || (cache.uid === bundle.uid && (cache.mode & 0o022) === 0);

/** A cache's mode for a bundle's: no wider than the bundle's, and never writable by group or others. */
export const cacheMode = (bundleMode: number): number => bundleMode & 0o644;

/** The run-time cache's file for a bundle's build cache file: dist/cli.cache → dist/cli.local.cache. */
export const localCacheFile = (cacheFile: string): string => cacheFile.replace(/\.cache$/, '.local.cache');

/**
 * A short fingerprint of some text (32-bit FNV-1a), so that a cache file does not repeat the Node
 * options it was recorded under: they can name a user's paths and settings, and the file may be
 * readable by others. Two option sets that happen to share one only make V8 refuse the cache, and
 * the run records it again.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** V8 options come from the command line (process.execArgv) and NODE_OPTIONS; a change in them may change V8's flags. */
export const runnerOf = (v8: string, execArgv: readonly string[], env: Record<string, string | undefined>): Runner => ({
  v8,
  options: fingerprint(JSON.stringify([execArgv, env.NODE_OPTIONS ?? ''])),
});

/**
 * A regular file's bytes, undefined, or 'untrusted' (see trustworthy). Opened without waiting, and
 * read only if it is a regular file: a FIFO or device where a cache should be would otherwise hold
 * up every start.
 */
function readRegularFile(file: string, bundle: BundleStat): Buffer | 'untrusted' | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    return trustworthy(stat, bundle, process.platform) ? readFileSync(fd) : 'untrusted';
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readHeader(file: string, bundle: BundleStat): { header: Partial<CacheHeader> | null; data: Buffer } | 'untrusted' | undefined {
  const raw = readRegularFile(file, bundle);
  if (raw === undefined || raw === 'untrusted') return raw;
  const newline = raw.indexOf(10);
  try {
    if (newline > 0) return { header: JSON.parse(raw.subarray(0, newline).toString('utf8')) as Partial<CacheHeader> | null, data: raw.subarray(newline + 1) };
  } catch {
    // Not a cache this version wrote: compile as if there were none.
  }
  return { header: null, data: raw };
}

const sameBundle = (header: Partial<CacheHeader> | null, size: number, mtimeMs: number): header is Partial<CacheHeader> =>
  header?.format === 1 && header.bundleSize === size && header.bundleMtime === seconds(mtimeMs);

/**
 * The cache to start a bundle of this size and time from: the run-time one if this Node recorded it
 * with these options, else the build's if it is for this bundle and this V8. The build's is for this
 * bundle when it has its time, or else (a copy npm unpacked, with new times) its content: `hash()`
 * reads it, paid only then, and the run then records a run-time cache with the new time ('verified'),
 * so later runs skip it. A cache that others could have written is not read (see trustworthy).
 */
export function findCache(cacheFile: string, runner: Runner, bundle: BundleStat, hash: () => string): FoundCache {
  const { size, mtimeMs } = bundle;
  const local = readHeader(localCacheFile(cacheFile), bundle);
  if (local && local !== 'untrusted' && sameBundle(local.header, size, mtimeMs) && local.header.v8 === runner.v8 && local.header.options === runner.options) {
    return { data: local.data, state: 'local', commands: Array.isArray(local.header.commands) ? local.header.commands.filter((c) => typeof c === 'string') : [] };
  }
  const built = readHeader(cacheFile, bundle);
  if (built === undefined) return { state: 'missing', commands: [] };
  if (built === 'untrusted') return { state: 'untrusted', commands: [] };
  const header = built.header;
  if (header?.format !== 1 || header.bundleSize !== size) return { state: 'stale', commands: [] };
  const sameTime = header.bundleMtime === seconds(mtimeMs);
  if (!sameTime && typeof header.bundleHash !== 'string') return { state: 'stale', commands: [] };
  // Another V8's cache would be refused after being read through; say so without handing it over.
  if (header.v8 !== undefined && header.v8 !== runner.v8) return { state: 'rejected', commands: [] };
  if (sameTime) return { data: built.data, state: 'used', commands: [] };
  return hash() === header.bundleHash ? { data: built.data, state: 'verified', commands: [] } : { state: 'stale', commands: [] };
}

/**
 * V8 reads a code cache in place only when it starts at a multiple of 8 bytes; elsewhere it copies all
 * of it first (some 750 KB, fresh memory that costs a page fault every 4 KB). A file read whole starts
 * aligned, so the header line is padded with spaces (JSON allows them) to end at such a multiple.
 */
export const CACHE_ALIGNMENT = 8;

/** A cache file's contents: its header on the first line, then V8's bytes at an aligned offset. */
export function cacheBytes(header: CacheHeader, data: Buffer): Buffer {
  const line = JSON.stringify(header);
  const length = Buffer.byteLength(line) + 1;
  const padding = (CACHE_ALIGNMENT - (length % CACHE_ALIGNMENT)) % CACHE_ALIGNMENT;
  return Buffer.concat([Buffer.from(`${line}${' '.repeat(padding)}\n`), data]);
}

/** Whether a cache may be put at this path: nothing there yet, or a regular file (not a link, FIFO, device or folder). */
function replaceable(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Write a cache file whole or not at all: into a new file beside it, then renamed over it, so that a
 * run reading it meanwhile, or another run writing it, never sees half of one. Something that is not
 * a regular file where the cache goes (a link, a FIFO, a device) is someone's doing and is left in
 * place. Any failure (a read-only install, a full disk, a folder of another user's) leaves things as
 * they were: the cache only ever saves time. `mode` is set once the file is made, whatever the umask
 * would have given it (see cacheMode).
 */
export function writeCache(file: string, header: CacheHeader, data: Buffer, mode: number): void {
  if (!replaceable(file)) return;
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const bytes = cacheBytes(header, data);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      fchmodSync(fd, mode);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never made, or gone already.
    }
  }
}

/**
 * Which code a run used, as far as a cache can tell: the command and the report formats asked for
 * (`assess json docx`). A run-time cache is recorded again, with this run's code added, when a run
 * of a kind it has not seen ends; after MAX_COMMANDS kinds it is left as it is.
 */
export function commandKey(args: readonly string[]): string {
  const words = [args[0] ?? ''];
  args.forEach((arg, i) => {
    if ((arg === '--format' || arg === '-f') && args[i + 1] !== undefined) words.push(args[i + 1] as string);
    else if (arg.startsWith('--format=')) words.push(arg.slice('--format='.length));
    else if (arg === '--report' && args[i + 1] !== undefined) words.push((args[i + 1] as string).split('=')[0] as string);
    else if (arg.startsWith('--report=')) words.push(arg.slice('--report='.length).split('=')[0] as string);
  });
  return words.join(' ');
}

export const MAX_COMMANDS = 16;
