import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandKey, fingerprint } from '../../src/boot-cache-file.js';
import { repoRoot, RUN_LIMIT_MS, runBinary } from '../helpers/cli.js';
import { cacheState, copyOfPackage, headerOf, jsonArgs, localFile, removeCopies, runCopy as run, v8Option } from '../helpers/package-copy.js';

// A Node that cannot use the code cache the build recorded (another V8 version, or V8 options in
// NODE_OPTIONS) records one of its own beside it, dist/cli.local.cache, when a run ends (src/boot.ts).
// Each case works on a copy of the package (test/helpers/package-copy.ts), never on the repository's dist/.

afterAll(removeCopies);

describe('a Node that cannot use the build’s code cache', () => {
  it('records its own when a run ends, starts from it after, and prints the same as without any cache', () => {
    const root = copyOfPackage();
    const expected = run(root, jsonArgs, { CYBER_READY_CODE_CACHE: 'off' });
    expect(expected.code).toBe(0);
    expect(existsSync(localFile(root))).toBe(false);

    expect(cacheState(root, v8Option)).toBe('rejected');
    expect(run(root, jsonArgs, v8Option)).toEqual(expected);
    const header = headerOf(localFile(root));
    expect(header).toMatchObject({ v8: process.versions.v8, options: fingerprint(JSON.stringify([[], v8Option.NODE_OPTIONS])), commands: ['assess json'] });
    // The options themselves are not written down.
    expect(readFileSync(localFile(root)).includes('stack-trace-limit')).toBe(false);
    expect(cacheState(root, v8Option)).toBe('local');
    expect(run(root, jsonArgs, v8Option)).toEqual(expected);

    // The same kind of command again, on another file, writes nothing; another kind adds its code.
    const before = readFileSync(localFile(root));
    const firstTime = statSync(localFile(root)).mtimeMs;
    expect(run(root, ['assess', '-a', join(repoRoot, 'examples/caf-local-government.answers.yaml'), '--today', '2026-11-23', '--format', 'json'], v8Option).code).toBe(0);
    expect(statSync(localFile(root)).mtimeMs).toBe(firstTime);
    // equals(), not toEqual: vitest takes minutes to diff two 700 KB buffers that differ.
    expect(readFileSync(localFile(root)).equals(before)).toBe(true);
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    expect(headerOf(localFile(root)).commands).toEqual(['assess json', '--help']);
    expect(run(root, jsonArgs, v8Option)).toEqual(expected);

    // Without the option the build's cache fits again, and the run-time one is left alone.
    const recorded = readFileSync(localFile(root));
    expect(cacheState(root)).toBe('used');
    expect(run(root, jsonArgs)).toEqual(expected);
    expect(readFileSync(localFile(root)).equals(recorded)).toBe(true);
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('another V8’s build cache is not read through: the run records one for this V8', () => {
    const root = copyOfPackage();
    const file = join(root, 'dist/cli.cache');
    const raw = readFileSync(file);
    const newline = raw.indexOf(10);
    const header = { ...(JSON.parse(raw.subarray(0, newline).toString('utf8')) as object), v8: '1.2.3.4-node.5' };
    writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), raw.subarray(newline + 1)]));
    expect(cacheState(root)).toBe('rejected');
    expect(run(root, ['--help']).code).toBe(0);
    expect(cacheState(root)).toBe('local');
  });

  it('a Word report records the Word library’s cache as well', () => {
    const root = copyOfPackage();
    const out = join(root, 'report.docx');
    expect(run(root, [...jsonArgs.slice(0, -2), '--report', `docx=${out}`], v8Option).code).toBe(0);
    expect(headerOf(join(root, 'dist/docx.local.cache'))).toMatchObject({ v8: process.versions.v8, commands: ['assess docx'] });
    expect(headerOf(localFile(root)).commands).toEqual(['assess docx']);
    // V8 copies a cache that does not start at a multiple of 8 bytes before reading it: every cache
    // file, the build's and those recorded at run time, pads its header line to put V8's bytes there.
    for (const name of ['cli.cache', 'docx.cache', 'cli.local.cache', 'docx.local.cache']) {
      const raw = readFileSync(join(root, 'dist', name));
      expect({ name, offset: (raw.indexOf(10) + 1) % 8 }).toEqual({ name, offset: 0 });
    }
  });

  it('a cache made for another bundle (rebuilt since) is not used', () => {
    const root = copyOfPackage();
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    expect(cacheState(root, v8Option)).toBe('local');
    const bundle = join(root, 'dist/cli.cjs');
    const { mtime } = statSync(bundle);
    const text = readFileSync(bundle, 'latin1');
    writeFileSync(bundle, `${text.slice(0, -1)}${text.endsWith(';') ? ' ' : ';'}`, 'latin1');
    utimesSync(bundle, mtime, new Date(mtime.getTime() + 1000));
    // The build's cache is stale too; the next run records one for this bundle.
    expect(cacheState(root, v8Option)).toBe('stale');
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    expect(cacheState(root, v8Option)).toBe('local');
  });

  it('a copy npm unpacked (every file with a new time) checks the bundle once, records a run-time cache, and starts from it after', () => {
    const root = copyOfPackage();
    const later = new Date(Date.now() + 60_000);
    for (const file of readdirSync(join(root, 'dist'))) utimesSync(join(root, 'dist', file), later, later);
    expect(cacheState(root)).toBe('verified');
    const first = run(root, jsonArgs);
    expect(first.code).toBe(0);
    expect(headerOf(localFile(root))).toMatchObject({ v8: process.versions.v8, commands: ['assess json'] });
    expect(cacheState(root)).toBe('local');
    expect(run(root, jsonArgs)).toEqual(first);
  });

  it('a run-time cache cut short is refused, and the next run records a whole one', () => {
    const root = copyOfPackage();
    expect(run(root, ['--help'], v8Option).code).toBe(0);
    const whole = statSync(localFile(root)).size;
    truncateSync(localFile(root), Math.floor(whole / 2));
    expect(cacheState(root, v8Option)).toBe('rejected');
    const help = run(root, ['--help'], v8Option);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cyber-ready/);
    expect(cacheState(root, v8Option)).toBe('local');
  });

  it.each(['cli.cache', 'cli.local.cache'])('a FIFO where %s should be is passed over, not waited on', (name) => {
    const root = copyOfPackage();
    const expected = run(root, ['--help']);
    rmSync(join(root, 'dist', name), { force: true });
    execFileSync('mkfifo', [join(root, 'dist', name)]);
    const r = spawnSync(process.execPath, [join(root, 'bin/cyber-ready.js'), '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'Europe/London' }, timeout: RUN_LIMIT_MS });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
  });

  it('runs recording at the same time each write a whole cache, and leave one', async () => {
    const root = copyOfPackage();
    const expected = run(root, jsonArgs, { CYBER_READY_CODE_CACHE: 'off' });
    const runs = await Promise.all(
      Array.from({ length: 6 }, () => runBinary({ args: jsonArgs, bin: join(root, 'bin/cyber-ready.js'), env: v8Option }, 60_000)),
    );
    for (const r of runs) expect(r).toEqual(expected);
    expect(cacheState(root, v8Option)).toBe('local');
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('records nothing after bad input, or with CYBER_READY_CODE_CACHE=off', () => {
    const root = copyOfPackage();
    const bad = run(root, ['assess', '-a', join(root, 'missing.yaml'), '--format', 'json'], v8Option);
    expect(bad.code).toBe(2);
    expect(run(root, ['--help'], { ...v8Option, CYBER_READY_CODE_CACHE: 'off' }).code).toBe(0);
    expect(existsSync(localFile(root))).toBe(false);
  });

  it('a cache that cannot be written changes nothing in the run, and leaves no file behind', () => {
    const root = copyOfPackage();
    const expected = run(root, jsonArgs);
    // A folder where the file would go: the rename over it fails, as on a read-only install.
    mkdirSync(localFile(root));
    expect(run(root, jsonArgs, v8Option)).toEqual(expected);
    expect(statSync(localFile(root)).isDirectory()).toBe(true);
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('fingerprint: the Node options a run-time cache was recorded under', () => {
  it('is eight hex digits, the same for the same text and different for different options', () => {
    const none = fingerprint(JSON.stringify([[], '']));
    expect(none).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(JSON.stringify([[], '']))).toBe(none);
    const others = ['--max-old-space-size=4096', '--max-old-space-size=4097', '--stack-size=2000'].map((o) => fingerprint(JSON.stringify([[], o])));
    expect(new Set([none, ...others]).size).toBe(4);
    // FNV-1a's published check value: the empty text.
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });
});

describe('commandKey: the kinds of run a run-time cache holds the code of', () => {
  it.each([
    [['assess', '-a', 'x.yaml'], 'assess'],
    [['assess', '-a', 'x.yaml', '--format', 'json'], 'assess json'],
    [['assess', '-f', 'sarif', '--report', 'html=r.html', '--report=docx=r.docx'], 'assess sarif html docx'],
    [['assess', '--format=junit'], 'assess junit'],
    [['--help'], '--help'],
    [[], ''],
  ])('%j is %j', (args, key) => {
    expect(commandKey(args)).toBe(key);
  });
});
