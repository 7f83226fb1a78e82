// `diff` refuses two sides that read one system file. A copy of last year's answers file made
// beside this year's (`git show v2026:readiness.yaml > old.yaml`, or piped in as `-`) names the same
// system files, so both sides scored today's answers for those systems: a system owner's answer made
// worse showed no change, and --fail-on-regression passed it (found in a review of a team's git use).
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const MAIN = 'caf-local-government.answers.yaml';
const OWN = 'systems/waste-fleet.yaml';
let dir: string;

/** The CAF example in a folder of its own, as committed. */
function exampleIn(folder: string): void {
  mkdirSync(folder, { recursive: true });
  cpSync(join(repoRoot, 'examples', MAIN), join(folder, MAIN));
  cpSync(join(repoRoot, 'examples', 'systems'), join(folder, 'systems'), { recursive: true });
}

/** The waste system's owner makes one answer worse in the system's own file: caf-b1-a falls from partly achieved. */
function worsenOwnFile(folder: string): void {
  const file = join(folder, OWN);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('B1.a.PA.1: true');
  writeFileSync(file, text.replace('B1.a.PA.1: true', 'B1.a.PA.1: false'));
}

const diff = (args: string[], stdin?: string) => runBinary({ args: ['diff', ...args, '--today', '2026-12-01', '--fail-on-regression'], cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
const hash = (file: string): string => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-shared-'));
});

describe('diff with two sides that read one system file', () => {
  it('a copy made beside the answers file is refused at its first shared "file:", exit 2, nothing written', async () => {
    exampleIn(dir);
    cpSync(join(dir, MAIN), join(dir, 'old.yaml'));
    worsenOwnFile(dir);
    const before = [hash(MAIN), hash('old.yaml'), hash(OWN)];
    const r = await diff(['old.yaml', MAIN, '-o', 'changes.md', '-f', 'markdown']);
    expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = readFileSync(join(dir, 'old.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(`file: ${OWN}`)) + 1;
    expect(lines[0]).toMatch(new RegExp(`^old\\.yaml:${line}:\\d+: "file: systems/waste-fleet\\.yaml" is the file ${MAIN.replace(/\./g, '\\.')} reads for system "waste-fleet" too`));
    expect(lines[0]).toContain('git worktree add');
    expect([hash(MAIN), hash('old.yaml'), hash(OWN)]).toEqual(before);
    expect(() => readFileSync(join(dir, 'changes.md'))).toThrow();
  });

  it('so is the earlier file piped in on standard input, whose system files are looked for in the working folder', async () => {
    exampleIn(dir);
    const old = readFileSync(join(dir, MAIN), 'utf8');
    worsenOwnFile(dir);
    const r = await diff(['-', MAIN], old);
    expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^<stdin>:\d+:\d+: "file: systems\/waste-fleet\.yaml" is the file .* too, so both sides would score/);
  });

  it('a system file named by another path (through a link in the folder) is the same file', async () => {
    exampleIn(dir);
    symlinkSync('systems', join(dir, 'systems-2026'));
    writeFileSync(join(dir, 'old.yaml'), readFileSync(join(dir, MAIN), 'utf8').replace(`file: ${OWN}`, 'file: systems-2026/waste-fleet.yaml'));
    const r = await diff(['old.yaml', MAIN]);
    expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^old\.yaml:\d+:\d+: "file: systems-2026\/waste-fleet\.yaml" is the file .* reads for system "waste-fleet" too/);
  });

  it('the earlier version checked out in a folder of its own is compared, and the owner\'s regression fails the gate', async () => {
    exampleIn(join(dir, 'base'));
    exampleIn(join(dir, 'now'));
    worsenOwnFile(join(dir, 'now'));
    const r = await diff([`base/${MAIN}`, `now/${MAIN}`]);
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stderr).toContain(`now/${OWN}:`);
    expect(r.stderr).toContain('"caf-b1-a" for critical system "waste-fleet" scores lower');
  });

  it('one answers file compared with itself (named two ways) compares nothing and is not refused', async () => {
    exampleIn(dir);
    const r = await diff([MAIN, `./${MAIN}`]);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('No answer changed its score.');
  });
});
