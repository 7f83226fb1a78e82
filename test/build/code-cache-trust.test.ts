// A code cache is code: V8 checks one only against the length of the source, so whoever can write
// the cache beside a bundle can run code as the next user of the tool (a council security team's
// vetting showed it with a run-time cache made group-writable by `umask 002`). A cache is trusted
// only when the bundle's owner owns it and no one else may write it (src/boot-cache-file.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/boot-cache-file.js';
import { cacheState, copyOfPackage, localFile, removeCopies, runCopy as run, v8Option } from '../helpers/package-copy.js';

afterAll(removeCopies);

const asRoot = process.getuid?.() === 0;
const asNobody = asRoot && spawnSync('setpriv', ['--version']).status === 0;

/**
 * A run-time cache for the copy's bundle that holds other code: a bundle of the same length whose
 * first statement writes `marker`, compiled by a plain node (the flags a plain run has), with the
 * header a plain run would look for.
 */
function plantPoison(root: string, marker: string, mode: number): void {
  const bundle = join(root, 'dist/cli.cjs');
  const { size, mtimeMs } = statSync(bundle);
  const header = { format: 1, bundleSize: size, bundleMtime: Math.floor(mtimeMs / 1000), v8: process.versions.v8, options: fingerprint(JSON.stringify([[], ''])), commands: ['assess json'] };
  const script = join(root, 'poison.cjs');
  writeFileSync(
    script,
    `const { Script } = require('node:vm');
let evil = 'require("fs").writeFileSync(${JSON.stringify(marker)}, "ran");/*';
evil += ' '.repeat(${size} - evil.length - 2) + '*/';
const data = new Script('(function (exports, require, module, __filename, __dirname) { ' + evil + '\\n})', { filename: ${JSON.stringify(bundle)} }).createCachedData();
let line = ${JSON.stringify(JSON.stringify(header))};
line += ' '.repeat((8 - ((line.length + 1) % 8)) % 8);
require('node:fs').writeFileSync(${JSON.stringify(localFile(root))}, Buffer.concat([Buffer.from(line + '\\n'), data]));
`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.stderr).toBe('');
  chmodSync(localFile(root), mode);
}

describe('a code cache someone else could have written is not run', () => {
  it('a run-time cache that group or others may write is not used', () => {
    const root = copyOfPackage();
    const marker = join(root, 'poison-ran');
    const expected = run(root, ['--help']);
    // The poison works: one only the owner may write is taken as the run-time cache it claims to be.
    plantPoison(root, marker, 0o644);
    run(root, ['--help']);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    for (const mode of [0o664, 0o646]) {
      plantPoison(root, marker, mode);
      expect(run(root, ['--help'])).toEqual(expected);
      expect(existsSync(marker)).toBe(false);
    }
    // The build's cache was used instead.
    expect(cacheState(root)).toBe('used');
  });

  it.runIf(asRoot)("a run-time cache owned by another user than the bundle's is not used", () => {
    const root = copyOfPackage();
    const marker = join(root, 'poison-ran');
    const expected = run(root, ['--help']);
    plantPoison(root, marker, 0o644);
    chownSync(localFile(root), 65534, 65534);
    expect(run(root, ['--help'])).toEqual(expected);
    expect(existsSync(marker)).toBe(false);
  });

  it("the build's cache, group-writable, is not used either", () => {
    const root = copyOfPackage();
    expect(cacheState(root)).toBe('used');
    chmodSync(join(root, 'dist/cli.cache'), 0o664);
    expect(cacheState(root)).toBe('untrusted');
  });

  it('is recorded writable by its owner alone, under umask 002 as under 022', () => {
    const root = copyOfPackage();
    const bin = join(root, 'bin/cyber-ready.js');
    const r = spawnSync('sh', ['-c', 'umask 002; exec "$0" "$1" --help', process.execPath, bin], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...v8Option } });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(localFile(root)).mode & 0o777).toBe(0o644);
    expect(cacheState(root, v8Option)).toBe('local');
  });

  it.runIf(asNobody)("is not recorded by a user who does not own the bundle, even where they may write dist/", () => {
    const root = copyOfPackage();
    chmodSync(root, 0o755);
    chmodSync(join(root, 'dist'), 0o777);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(root, 'bin/cyber-ready.js'), '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...v8Option } });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(root, 'dist')).filter((f) => f.includes('.local.cache'))).toEqual([]);
  });
});
