import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { cacheState, copyOfPackage, editHeader, example, headerOf, jsonArgs, localFile, removeCopies, runCopy as run, v8Option } from '../helpers/package-copy.js';

// Edges of the run-time code cache (src/boot.ts, src/boot-cache-file.ts) that run-time-cache.test.ts
// leaves open: each case here failed with one small change to that code. Same helpers
// (test/helpers/package-copy.ts), same rule: a copy of the package, never the repository's dist/.

afterAll(removeCopies);

// Buffers are compared with equals(): a failing toEqual on two 700 KB buffers takes vitest minutes to diff.
const sameBytes = (a: Buffer, b: Buffer): boolean => a.equals(b);

describe('the run-time code cache, at its edges', () => {
  it('is used only if this V8 recorded it', () => {
    const root = copyOfPackage();
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    expect(cacheState(root, v8Option)).toBe('local');
    editHeader(localFile(root), (h) => ({ ...h, v8: '1.2.3.4-node.5' }));
    // The build's cache is refused under the option, as before any run-time one was recorded.
    expect(cacheState(root, v8Option)).toBe('rejected');
  });

  it('a header of another format, or for a bundle of another size with the same time, is not used', () => {
    const root = copyOfPackage();
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    editHeader(localFile(root), (h) => ({ ...h, format: 2 }));
    expect(cacheState(root, v8Option)).toBe('rejected');
    editHeader(join(root, 'dist/cli.cache'), (h) => ({ ...h, format: 2 }));
    expect(cacheState(root)).toBe('stale');

    // A bundle one byte longer, its time put back: neither cache is for it (V8 is not asked).
    const other = copyOfPackage();
    expect(run(other, ['--help'], v8Option).code).toBe(0);
    const bundle = join(other, 'dist/cli.cjs');
    const { atime, mtime } = statSync(bundle);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')};`);
    utimesSync(bundle, atime, mtime);
    expect(cacheState(other, v8Option)).toBe('stale');
    expect(cacheState(other)).toBe('stale');
  });

  it('a build cache whose header names no V8 is handed to V8, which checks it', () => {
    const root = copyOfPackage();
    editHeader(join(root, 'dist/cli.cache'), ({ v8: _v8, ...h }) => h);
    expect(cacheState(root)).toBe('used');
  });

  it('options given to node itself (process.execArgv) are part of what it is recorded for', () => {
    const root = copyOfPackage();
    const expected = run(root, ['--help']);
    expect(run(root, ['--help'], {}, ['--stack-trace-limit=50'])).toEqual(expected);
    expect(existsSync(localFile(root))).toBe(true);
    // A plain node neither takes the other's cache nor records one of its own.
    const recorded = readFileSync(localFile(root));
    expect(cacheState(root)).toBe('used');
    expect(run(root, ['--help'])).toEqual(expected);
    expect(sameBytes(readFileSync(localFile(root)), recorded)).toBe(true);
  });

  it('holds at most MAX_COMMANDS (16) kinds of run: the 16th is added, a 17th is not', () => {
    const root = copyOfPackage();
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    const kinds = Array.from({ length: 15 }, (_, i) => `kind ${i}`);
    editHeader(localFile(root), (h) => ({ ...h, commands: kinds }));
    expect(run(root, jsonArgs, v8Option).code).toBe(0);
    expect(headerOf(localFile(root)).commands).toEqual([...kinds, 'assess json']);
    const full = readFileSync(localFile(root));
    expect(run(root, ['validate', join(repoRoot, example)], v8Option).code).toBe(0);
    expect(sameBytes(readFileSync(localFile(root)), full)).toBe(true);
  });

  it('is recorded after a run whose gate failed (exit 1), as after one that passed', () => {
    const root = copyOfPackage();
    expect(run(root, [...jsonArgs, '--min-score', '100'], v8Option).code).toBe(1);
    expect(headerOf(localFile(root)).commands).toEqual(['assess json']);
  });

  it('is put in place by renaming, so a file linked to the old one is left as it was', () => {
    const root = copyOfPackage();
    // As a package manager's store links one file into many installs.
    const shared = join(root, 'shared.cache');
    writeFileSync(shared, 'not this one\n');
    linkSync(shared, localFile(root));
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    expect(readFileSync(shared, 'utf8')).toBe('not this one\n');
    expect(cacheState(root, v8Option)).toBe('local');
  });

  it.each(['cli.cache', 'cli.local.cache'])('a character device where %s should be is not read', (name) => {
    const root = copyOfPackage();
    const expected = run(root, ['--help']);
    rmSync(join(root, 'dist', name), { force: true });
    // Reading /dev/zero never ends; the address space is capped so that doing so fails at once.
    symlinkSync('/dev/zero', join(root, 'dist', name));
    const bin = join(root, 'bin/cyber-ready.js');
    const r = spawnSync('sh', ['-c', `ulimit -v 2000000; exec "$0" "$1" --help`, process.execPath, bin], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'Europe/London' }, timeout: 30_000 });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
  });

  it('a link, FIFO or device where the run-time cache goes is left in place, and the run is the same', () => {
    const root = copyOfPackage();
    const expected = run(root, ['--help']);
    const target = join(root, 'elsewhere.cache');
    writeFileSync(target, 'not a cache\n');
    symlinkSync(target, localFile(root));
    expect(run(root, ['--help'], v8Option)).toEqual(expected);
    expect(lstatSync(localFile(root)).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('not a cache\n');
    rmSync(localFile(root));
    execFileSync('mkfifo', [localFile(root)]);
    expect(run(root, ['--help'], v8Option)).toEqual(expected);
    expect(lstatSync(localFile(root)).isFIFO()).toBe(true);
    rmSync(localFile(root));
    symlinkSync('/dev/null', localFile(root));
    expect(run(root, ['--help'], v8Option)).toEqual(expected);
    expect(readlinkSync(localFile(root))).toBe('/dev/null');
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
