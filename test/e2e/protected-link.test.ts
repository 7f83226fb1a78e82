// A link that another user planted in a shared sticky folder (/tmp) is not followed when writing,
// as Linux's fs.protected_symlinks refuses a shell's `>` through it: `-o /tmp/report.md`, with
// /tmp/report.md -> /their/folder/loot.md, wrote the paper into the other user's folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { followForbidden } from '../../src/fs/protected-link.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const asRoot = process.getuid?.() === 0;
const answers = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const NOBODY = 65534;

/** A sticky folder anyone may write, with `report.md` a link that `owner` made to a file in a folder of theirs. */
function plantedLink(owner: number): { shared: string; link: string; loot: string } {
  const root = mkdtempSync(join(tmpdir(), 'cyber-ready-planted-'));
  const shared = join(root, 'shared');
  mkdirSync(shared);
  chmodSync(shared, 0o1777);
  const theirs = join(root, 'theirs');
  mkdirSync(theirs);
  const link = join(shared, 'report.md');
  const loot = join(theirs, 'loot.md');
  symlinkSync(loot, link);
  spawnSync('chown', ['-h', `${owner}:${owner}`, link]);
  expect(lstatSync(link).uid).toBe(owner);
  return { shared, link, loot };
}

describe('a link another user planted in a shared sticky folder', () => {
  it.runIf(asRoot)('is not followed: one line, exit 2, nothing written', async () => {
    const { shared, link, loot } = plantedLink(NOBODY);
    for (const args of [['assess', '-a', answers, '--today', '2026-11-23', '-f', 'markdown', '-o', link], ['assess', '-a', answers, '--today', '2026-11-23', '--report', `markdown=${link}`], ['init', '-q', 'council-cyber-resilience', '-o', link], ['show', 'council-cyber-resilience', '-o', link]]) {
      const r = await runBinary({ args });
      expect(r.stderr).toBe(`${link}: cannot write: ${link} is a symbolic link that another user made in a folder anyone may write (${shared}), so it is not followed, as the system would not follow it for a shell's ">"; choose another file\n`);
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(existsSync(loot)).toBe(false);
      expect(readdirSync(shared)).toEqual(['report.md']);
    }
    // A link on the way is looked at too: shared/report.md/.. is not a path, so through a folder link.
    const { shared: s2 } = plantedLink(NOBODY);
    const folderLink = join(s2, 'out');
    symlinkSync(join(s2, '..', 'theirs'), folderLink);
    spawnSync('chown', ['-h', `${NOBODY}:${NOBODY}`, folderLink]);
    const r = await runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23', '-o', join(folderLink, 'paper.txt')] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain(`cannot write: ${folderLink} is a symbolic link that another user made`);
    expect(existsSync(join(s2, '..', 'theirs', 'paper.txt'))).toBe(false);
  });

  it.runIf(asRoot)("is followed when it is this user's own, as the kernel follows it", async () => {
    const { link, loot } = plantedLink(0);
    const r = await runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23', '-f', 'markdown', '-o', link] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(readFileSync(loot, 'utf8')).toContain('Council cyber resilience readiness');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('the rule, case by case', () => {
    const sticky = { mode: 0o41777, uid: 0 };
    expect(followForbidden({ uid: 1001 }, sticky, 1000)).toBe(true);
    expect(followForbidden({ uid: 1000 }, sticky, 1000)).toBe(false);
    expect(followForbidden({ uid: 0 }, sticky, 1000)).toBe(false);
    // Not sticky, or not writable by others: links are followed, as SPEC says.
    expect(followForbidden({ uid: 1001 }, { mode: 0o40777, uid: 0 }, 1000)).toBe(false);
    expect(followForbidden({ uid: 1001 }, { mode: 0o41775, uid: 0 }, 1000)).toBe(false);
  });
});
