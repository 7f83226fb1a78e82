import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

// npm test builds first, so dist/ holds the bundle and the code cache the build recorded for it.
const dist = join(repoRoot, 'dist');

/** Load the bundle from `distDir` in a fresh node, as bin/ does, and run `--version` through it. */
function loadIn(distDir: string, env: Record<string, string> = {}): { cache: string; version: string } {
  const script = `
    const { load } = require(${JSON.stringify(join(distDir, 'boot.cjs'))});
    const { cli, cache } = load(${JSON.stringify(distDir)}, process.env);
    let version = '';
    const out = { write: (t) => { version += t; }, isTTY: false };
    cli.run(['--version'], { stdout: out, stderr: out, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0), env: {}, cwd: process.cwd(), now: () => new Date() })
      .then(() => process.stdout.write(JSON.stringify({ cache, version: version.trim() })));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cache: string; version: string };
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('the V8 code cache the build records', () => {
  it('is accepted by a fresh node, the way the tool starts', () => {
    expect(loadIn(dist)).toEqual({ cache: 'used', version });
  });

  it('is skipped when CYBER_READY_CODE_CACHE=off', () => {
    expect(loadIn(dist, { CYBER_READY_CODE_CACHE: 'off' })).toEqual({ cache: 'off', version });
  });

  it.each(['json', 'markdown', 'junit', 'sarif', 'text'])('changes nothing in what the tool prints (%s)', async (format) => {
    const args = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--format', format];
    const [cached, compiled] = await Promise.all([runBinary({ args }), runBinary({ args, env: { CYBER_READY_CODE_CACHE: 'off' } })]);
    expect(cached).toEqual(compiled);
    expect(cached.code).toBe(0);
  });

  describe('is used only for the bundle it was made from', () => {
    const copies: string[] = [];
    /** dist/ in a package folder of its own (the tool reads its version from ../package.json). */
    const copyOfDist = (): string => {
      const root = mkdtempSync(join(tmpdir(), 'cyber-ready-dist-'));
      copies.push(root);
      cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
      cpSync(dist, join(root, 'dist'), { recursive: true, preserveTimestamps: true });
      return join(root, 'dist');
    };
    afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    it('a copy that keeps the times still uses it', () => {
      expect(loadIn(copyOfDist()).cache).toBe('used');
    });

    it('a copy with new times (npm gives every unpacked file the time it was unpacked) uses it once its bytes are checked', () => {
      const dir = copyOfDist();
      const later = new Date(statSync(join(dir, 'cli.cjs')).mtime.getTime() + 86_400_000);
      for (const file of ['cli.cjs', 'cli.cache', 'docx.cjs', 'docx.cache', 'boot.cjs']) utimesSync(join(dir, file), later, later);
      expect(loadIn(dir)).toEqual({ cache: 'verified', version });
    });

    it('a rebuilt or edited bundle of the same size (another time, other bytes) does not', () => {
      const dir = copyOfDist();
      const bundle = join(dir, 'cli.cjs');
      const { mtime } = statSync(bundle);
      const text = readFileSync(bundle, 'latin1');
      // The same length, other bytes: V8 itself checks only the length.
      writeFileSync(bundle, `${text.slice(0, -1)}${text.endsWith(';') ? ' ' : ';'}`, 'latin1');
      utimesSync(bundle, mtime, new Date(mtime.getTime() + 1000));
      expect(statSync(bundle).size).toBe(statSync(join(repoRoot, 'dist/cli.cjs')).size);
      expect(loadIn(dir)).toEqual({ cache: 'stale', version });
    });

    it('a missing cache, or one this version did not write, is compiled around', () => {
      const missing = copyOfDist();
      rmSync(join(missing, 'cli.cache'));
      expect(loadIn(missing)).toEqual({ cache: 'missing', version });
      const garbled = copyOfDist();
      writeFileSync(join(garbled, 'cli.cache'), 'not a cache');
      expect(loadIn(garbled)).toEqual({ cache: 'stale', version });
    });

    it('a bundle that is not all ASCII (a build for profiling) is read as UTF-8', () => {
      const dir = copyOfDist();
      // Text after the bundle's last line, run when it loads: the characters must arrive as they were written.
      writeFileSync(join(dir, 'cli.cjs'), `${readFileSync(join(dir, 'cli.cjs'), 'utf8')}\nglobalThis.bootText = 'caf\u00e9 \u2013 \u{1f512}';\n`);
      const script = `require(${JSON.stringify(join(dir, 'boot.cjs'))}).load(${JSON.stringify(dir)}, {}); process.stdout.write(globalThis.bootText);`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('caf\u00e9 \u2013 \u{1f512}');
    });

    it('a cache whose bytes V8 refuses (another Node version, say) is compiled around', () => {
      const dir = copyOfDist();
      const file = join(dir, 'cli.cache');
      const raw = readFileSync(file);
      const newline = raw.indexOf(10);
      const bytes = raw.subarray(newline + 1);
      bytes.fill(0x5a, 0, 64); // V8's header: magic number, version and flag hashes
      writeFileSync(file, Buffer.concat([raw.subarray(0, newline + 1), bytes]));
      expect(loadIn(dir)).toEqual({ cache: 'rejected', version });
    });
  });
});
