// Starts the bundled command line (dist/cli.cjs) with the V8 code cache that the build recorded for
// it. Built on its own into dist/boot.cjs; bin/cyber-ready.js calls load().
//
// Why: most of a short run was V8 compiling the bundle's functions the first time they ran. The
// build runs the bundle through typical commands and saves the compiled code (Script#createCachedData),
// and a run starts from that instead. Node 20 has no built-in compile cache (module.enableCompileCache
// is Node 22.1+, and caches only what a module's first compile makes), so this does it by hand.
//
// A cache is V8's own: another V8 version, or other V8 flags (on Node 20 and 22 even
// NODE_OPTIONS=--max-old-space-size=4096, common in CI), refuse it, and the bundle is compiled as it
// runs, a third of a short run again. So a run that could not use the build's cache records one for
// its own Node when it ends, beside the build's (dist/cli.local.cache), and later runs start from
// that: an installed copy meets Node upgrades and other Node versions than the one it was built
// with. Recorded again, with the new run's code added, after a kind of command it has not seen (see
// commandKey); never when the build's cache was used.
//
// Safety: V8 checks the cache against its own version, its flags and the source length, and falls back
// to compiling when any differ. Here a cache is also used only for the bundle file it was made from
// (same size and modification time, or for the build's cache the same SHA-256 of its bytes, which
// an installed copy needs: npm gives unpacked files new times), so an edited bundle never meets an
// old cache. Since V8 trusts a cache that fits, a cache is read only when it is owned by the bundle's
// owner and writable by no one else (see trustworthy), and a run records one only when it runs as
// the bundle's owner, with the bundle's mode less any write permission for group and others.
import { isAscii } from 'node:buffer';
import { chmodSync, closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { type BundleStat, type CacheHeader, type CacheState, type FoundCache, type Runner, MAX_COMMANDS, cacheBytes, cacheMode, commandKey, findCache, localCacheFile, runnerOf, seconds, writeCache } from './boot-cache-file.js';

export type { CacheState } from './boot-cache-file.js';
export type Cli = typeof import('./cli/run.js');

const BUNDLE = 'cli.cjs';
const CODE_CACHE = 'cli.cache';

// The bundle runs as a CommonJS module body, as require() would run it.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

interface Bundle extends BundleStat {
  file: string;
  /** Where the build records its cache (dist/cli.cache); the run-time one is beside it. */
  cacheFile: string;
  script: Script;
  cache: CacheState;
  /** The commands a run-time cache that was used holds the code of. */
  commands: string[];
}

/** How a bundle finds its cache: from its cache file, the bundle's fstat, and its content's hash if need be. */
type CacheFinder = (cacheFile: string, bundle: BundleStat, hash: () => string) => FoundCache;

/**
 * SHA-256 of a bundle file's bytes, hex. node:crypto is loaded only here: a run asks for it only when
 * the build's cache has another time than its bundle (a copy npm unpacked), once per install where
 * dist/ can be written.
 */
const sha256 = (bytes: Uint8Array): string => (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');

/**
 * The bundle's text inside its CommonJS wrapper, made as one flat string. Read into one buffer with
 * the wrapper around it and turned into a string once: joining the file's text to the wrapper made
 * a string that V8 then copied whole again to look the script up in its compilation cache, and
 * decoding 700 KB as UTF-8 checks every byte. The build keeps the bundles ASCII, where Latin-1 is
 * the same text and a plain copy; a bundle with any other byte (a build for profiling keeps the
 * sources' comments) is decoded as UTF-8.
 */
function wrappedSource(fd: number, size: number): { source: string; bytes: Buffer } {
  const head = WRAPPER_HEAD.length;
  const buffer = Buffer.allocUnsafe(head + size + WRAPPER_TAIL.length);
  buffer.write(WRAPPER_HEAD, 0, 'latin1');
  let read = 0;
  for (let got = 1; got > 0 && read < size; read += got) got = readSync(fd, buffer, head + read, size - read, null);
  // A bundle cut short while it was read (a build rewriting it) ends where the reading ended.
  const end = head + read;
  buffer.write(WRAPPER_TAIL, end, 'latin1');
  const text = buffer.subarray(0, end + WRAPPER_TAIL.length);
  return { source: text.toString(isAscii(text) ? 'latin1' : 'utf8'), bytes: buffer.subarray(head, end) };
}

/** Compile the bundle, with the cache that `find` gives for its size, time and owner. */
function compile(file: string, cacheFile: string, find: CacheFinder): Bundle {
  const fd = openSync(file, 'r');
  try {
    const { size, mtimeMs, uid, mode } = fstatSync(fd);
    const stat = { size, mtimeMs, uid, mode };
    const { source, bytes } = wrappedSource(fd, size);
    const { data, state, commands } = find(cacheFile, stat, () => sha256(bytes));
    const script = new Script(source, { filename: file, ...(data ? { cachedData: data } : {}) });
    return { file, cacheFile, script, ...stat, cache: data && script.cachedDataRejected ? 'rejected' : state, commands };
  } finally {
    closeSync(fd);
  }
}

function evaluate<T extends object>(bundle: Bundle, require: NodeJS.Require): T {
  const module = { exports: {} as T };
  const body = bundle.script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  body.call(module.exports, module.exports, require, module, bundle.file, dirname(bundle.file));
  return module.exports;
}

/**
 * Bundles the command line requires only for some runs (the Word library for a docx report), each
 * started from a code cache of its own like the main bundle: compiling the Word library took longer
 * than the whole of a JSON run.
 */
const SIDE_BUNDLES: Readonly<Record<string, string>> = { './docx.cjs': 'docx.cache' };

/** Node's require for the bundle, except that the side bundles are compiled with their caches. */
function bundleRequire(bundle: Bundle, distDir: string, find: CacheFinder, loaded: Bundle[]): NodeJS.Require {
  const base = createRequire(bundle.file);
  const exportsOf = new Map<string, unknown>();
  const require = (id: string): unknown => {
    const cacheFile = SIDE_BUNDLES[id];
    if (cacheFile === undefined) return base(id);
    if (!exportsOf.has(id)) {
      const side = compile(join(distDir, id), join(distDir, cacheFile), find);
      loaded.push(side);
      exportsOf.set(id, evaluate<object>(side, createRequire(side.file)));
    }
    return exportsOf.get(id);
  };
  return Object.assign(require, base);
}

/** The header of a cache recorded for this bundle by this V8, build's or run-time. */
const headerFor = (b: Bundle, v8: string): CacheHeader => ({ format: 1, bundleSize: b.size, bundleMtime: seconds(b.mtimeMs), v8 });

/**
 * Record a run-time cache for each bundle that started without a usable one, or from a run-time one
 * that lacks this kind of command (see boot-cache-file.ts), once the command has run. Only the
 * bundle's owner records one: another user's would not be trusted (see trustworthy), and each of
 * their runs would record it again.
 */
function keepCaches(loaded: readonly Bundle[], runner: Runner, args: readonly string[]): void {
  const key = commandKey(args);
  const me = process.getuid?.();
  for (const b of loaded) {
    if (b.cache === 'off' || b.cache === 'used' || (me !== undefined && me !== b.uid)) continue;
    if (b.cache === 'local' && (b.commands.includes(key) || b.commands.length >= MAX_COMMANDS)) continue;
    const commands = b.cache === 'local' ? [...b.commands, key] : [key];
    writeCache(localCacheFile(b.cacheFile), { ...headerFor(b, runner.v8), options: runner.options, commands }, b.script.createCachedData(), cacheMode(b.mode));
  }
}

/**
 * Load the command line from `distDir`. `keep(args)`, once the command has run (and not failed on bad
 * input), records the run-time cache if this run needs one. `CYBER_READY_CODE_CACHE=off` in `env`
 * skips every cache, and records none (to compare, or to rule them out when something looks wrong).
 */
export function load(distDir: string, env: Record<string, string | undefined>): { cli: Cli; cache: CacheState; keep: (args: readonly string[]) => void } {
  const off = env.CYBER_READY_CODE_CACHE === 'off';
  const runner = runnerOf(process.versions.v8, process.execArgv, env);
  const find: CacheFinder = (cacheFile, stat, hash) => (off ? { state: 'off', commands: [] } : findCache(cacheFile, runner, stat, hash));
  const bundle = compile(join(distDir, BUNDLE), join(distDir, CODE_CACHE), find);
  const loaded = [bundle];
  const cli = evaluate<Cli>(bundle, bundleRequire(bundle, distDir, find, loaded));
  return { cli, cache: bundle.cache, keep: (args) => keepCaches(loaded, runner, args) };
}

/**
 * For the build: load the bundle without a cache, let `train` run it through typical commands so
 * that V8 compiles what they use, then save the compiled code for that bundle file.
 */
export async function recordCodeCache(distDir: string, train: (cli: Cli) => Promise<void>): Promise<number> {
  const none: CacheFinder = () => ({ state: 'off', commands: [] });
  const bundle = compile(join(distDir, BUNDLE), join(distDir, CODE_CACHE), none);
  // The side bundles that training loads get their caches too.
  const loaded = [bundle];
  await train(evaluate<Cli>(bundle, bundleRequire(bundle, distDir, none, loaded)));
  let bytes = 0;
  for (const b of loaded) {
    const data = b.script.createCachedData();
    // Never writable by group or others, whatever the umask: a run would not trust it (see trustworthy).
    writeFileSync(b.cacheFile, cacheBytes({ ...headerFor(b, process.versions.v8), bundleHash: sha256(readFileSync(b.file)) }, data));
    chmodSync(b.cacheFile, cacheMode(b.mode));
    bytes += data.length;
  }
  return bytes;
}
