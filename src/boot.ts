// Starts the bundled command line (dist/cli.cjs) with the V8 code cache that the build recorded for
// it. Built on its own into dist/boot.cjs; bin/cyber-ready.js calls load().
//
// Why: most of a short run was V8 compiling the bundle's functions the first time they ran. The
// build runs the bundle through typical commands and saves the compiled code (Script#createCachedData),
// and a run starts from that instead. Node 20 has no built-in compile cache (module.enableCompileCache
// is Node 22.1+), so this does the same thing by hand, with no files written at run time.
//
// Safety: V8 checks the cache against its own version, its flags and the source length, and falls back
// to compiling when any differ. Here the cache is also used only for the bundle file it was made from
// (same size and modification time), so an edited bundle never meets an old cache.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

export type Cli = typeof import('./cli/run.js');

/** What happened to the code cache: used, or why not. */
export type CacheState = 'used' | 'off' | 'missing' | 'stale' | 'rejected';

/** The first line of dist/cli.cache, before the cache bytes. */
interface CacheHeader {
  format: 1;
  bundleSize: number;
  /** Whole seconds: copies that keep times (cp -p, tar, rsync -t) keep at least those. */
  bundleMtime: number;
}

const BUNDLE = 'cli.cjs';
const CODE_CACHE = 'cli.cache';

const seconds = (ms: number): number => Math.floor(ms / 1000);

// The bundle runs as a CommonJS module body, as require() would run it.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

interface Bundle {
  file: string;
  script: Script;
  size: number;
  mtimeMs: number;
  cache: CacheState;
}

/**
 * The bundle's text inside its CommonJS wrapper, made as one flat string. Read into one buffer with
 * the wrapper around it and turned into a string once: joining the file's text to the wrapper made
 * a string that V8 then copied whole again to look the script up in its compilation cache, and
 * decoding 700 KB as UTF-8 checks every byte. The build keeps the bundles ASCII, where Latin-1 is
 * the same text and a plain copy; a bundle with any other byte (a build for profiling keeps the
 * sources' comments) is decoded as UTF-8.
 */
function wrappedSource(fd: number, size: number): string {
  const head = WRAPPER_HEAD.length;
  const buffer = Buffer.allocUnsafe(head + size + WRAPPER_TAIL.length);
  buffer.write(WRAPPER_HEAD, 0, 'latin1');
  let read = 0;
  for (let got = 1; got > 0 && read < size; read += got) got = readSync(fd, buffer, head + read, size - read, null);
  // A bundle cut short while it was read (a build rewriting it) ends where the reading ended.
  const end = head + read;
  buffer.write(WRAPPER_TAIL, end, 'latin1');
  const text = buffer.subarray(0, end + WRAPPER_TAIL.length);
  return text.toString(isAscii(text) ? 'latin1' : 'utf8');
}

/** Compile the bundle, with the cache that `findCache` gives for its size and modification time. */
function compile(file: string, findCache: (size: number, mtimeMs: number) => { data?: Buffer; state: CacheState }): Bundle {
  const fd = openSync(file, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const { data, state } = findCache(size, mtimeMs);
    const script = new Script(wrappedSource(fd, size), { filename: file, ...(data ? { cachedData: data } : {}) });
    return { file, script, size, mtimeMs, cache: data && script.cachedDataRejected ? 'rejected' : state };
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
function bundleRequire(bundle: Bundle, distDir: string, cacheFor: (cacheFile: string) => (size: number, mtimeMs: number) => { data?: Buffer; state: CacheState }, loaded: Map<string, Bundle>): NodeJS.Require {
  const base = createRequire(bundle.file);
  const exportsOf = new Map<string, unknown>();
  const require = (id: string): unknown => {
    const cacheFile = SIDE_BUNDLES[id];
    if (cacheFile === undefined) return base(id);
    if (!exportsOf.has(id)) {
      const side = compile(join(distDir, id), cacheFor(join(distDir, cacheFile)));
      loaded.set(cacheFile, side);
      exportsOf.set(id, evaluate<object>(side, createRequire(side.file)));
    }
    return exportsOf.get(id);
  };
  return Object.assign(require, base);
}

/** The cache bytes, if the cache file was made from a bundle of exactly this size and time. */
function readCodeCache(cacheFile: string, size: number, mtimeMs: number): { data?: Buffer; state: CacheState } {
  let raw: Buffer;
  try {
    raw = readFileSync(cacheFile);
  } catch {
    return { state: 'missing' };
  }
  const newline = raw.indexOf(10);
  let header: Partial<CacheHeader> | null = null;
  try {
    if (newline > 0) header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Partial<CacheHeader> | null;
  } catch {
    // Not a cache this version wrote: compile as if there were none.
  }
  if (header?.format !== 1 || header.bundleSize !== size || header.bundleMtime !== seconds(mtimeMs)) return { state: 'stale' };
  return { data: raw.subarray(newline + 1), state: 'used' };
}

/**
 * Load the command line from `distDir`. `CYBER_READY_CODE_CACHE=off` in `env` skips the cache (to
 * compare, or to rule it out when something looks wrong).
 */
export function load(distDir: string, env: Record<string, string | undefined>): { cli: Cli; cache: CacheState } {
  const off = env.CYBER_READY_CODE_CACHE === 'off';
  const cacheFor = (cacheFile: string) => (size: number, mtimeMs: number) => (off ? { state: 'off' as const } : readCodeCache(cacheFile, size, mtimeMs));
  const bundle = compile(join(distDir, BUNDLE), cacheFor(join(distDir, CODE_CACHE)));
  return { cli: evaluate<Cli>(bundle, bundleRequire(bundle, distDir, cacheFor, new Map())), cache: bundle.cache };
}

/**
 * For the build: load the bundle without a cache, let `train` run it through typical commands so
 * that V8 compiles what they use, then save the compiled code for that bundle file.
 */
export async function recordCodeCache(distDir: string, train: (cli: Cli) => Promise<void>): Promise<number> {
  const bundle = compile(join(distDir, BUNDLE), () => ({ state: 'off' }));
  // The side bundles that training loads get their caches too.
  const loaded = new Map<string, Bundle>([[CODE_CACHE, bundle]]);
  await train(evaluate<Cli>(bundle, bundleRequire(bundle, distDir, () => () => ({ state: 'off' }), loaded)));
  let bytes = 0;
  for (const [cacheFile, b] of loaded) {
    const header: CacheHeader = { format: 1, bundleSize: b.size, bundleMtime: seconds(b.mtimeMs) };
    const data = b.script.createCachedData();
    writeFileSync(join(distDir, cacheFile), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]));
    bytes += data.length;
  }
  return bytes;
}
