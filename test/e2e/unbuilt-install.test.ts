// A copy of the tool without its build: what npm leaves when it installs the tool from git (as the
// README's CI set-up does) but skips its prepare script, as npm 12 does for a dependency that
// package.json's allowScripts does not name, and as --ignore-scripts always does. The binary must say
// so in one line with the way out, exit 2, and never show a Node stack trace.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

/** The package's files as npm would install them, with only the given files of dist/. */
function installedCopy(distFiles: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-unbuilt-'));
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of pkg.files.map((f) => f.replace(/\/$/, '')).filter((f) => f !== 'dist')) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  cpSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  if (distFiles.length) mkdirSync(join(dir, 'dist'));
  for (const file of distFiles) cpSync(join(repoRoot, 'dist', file), join(dir, 'dist', file));
  return dir;
}

describe('a copy of the tool that was installed without its build', () => {
  const answers = join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml');

  it.each([
    ['no dist/ at all', [], 'boot.cjs'],
    ['dist/ with the start-up file but not the bundle', ['boot.cjs'], 'cli.cjs'],
  ])('%s: one line naming the missing file and how to build it, exit 2', async (_name, distFiles, missing) => {
    const dir = installedCopy(distFiles);
    for (const args of [['--version'], ['assess', '--answers', answers, '--format', 'json']]) {
      const r = await runBinary({ args, bin: join(dir, 'bin', 'cyber-ready.js') });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `cyber-ready: this copy of the tool is not built (${join(dir, 'dist', missing)} is missing), as when npm installs it from git without running its build; add "allowScripts": { "cyber-ready": true } to your package.json and install it again, or in a clone of it run npm run build\n`,
      );
    }
  });

  it('the same copy, once built, runs as usual', async () => {
    const dir = installedCopy(['boot.cjs']);
    cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
    const r = await runBinary({ args: ['--version'], bin: join(dir, 'bin', 'cyber-ready.js') });
    expect(r).toEqual({ code: 0, stdout: `${(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`, stderr: '' });
  });
});
