// `diff` as text when a section's or system's name is wider than its column, through the real binary.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

/**
 * The systems fixture in a new folder, and again under `later/` with `later/later.yaml` made from
 * its answers file by `edit`: a later version has system files of its own, as a checkout has.
 */
function laterFile(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-names-'));
  cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
  cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'later'), { recursive: true });
  writeFileSync(join(dir, 'later/later.yaml'), edit(readFileSync(join(dir, 'sys.answers.yaml'), 'utf8')));
  return dir;
}

describe('diff text names that do not fit their column', () => {
  // Two systems that share a long title are named with their ids; at 80 columns the name column cut
  // both to "Revenues and benefits case management system…", so the two lines read the same.
  it('are wrapped in the column, never cut, so the ids that tell two systems apart stay', async () => {
    const title = 'Revenues and benefits case management system';
    const dir = laterFile((text) =>
      text
        .replace('  - id: revenues\n    title: Revenues and benefits\n', `  - id: revenues-north\n    title: ${title}\n`)
        .replace('  - id: waste\n    title: Waste collection\n', `  - id: revenues-south\n    title: ${title}\n`)
        .replace('system: waste,', 'system: revenues-south,')
        .replace('      patched: yes\n', '      patched: no\n')
        .replace('      patched: no\n      mfa: yes\n      cloud-backup: { status: unknown }', '      patched: yes\n      mfa: yes\n      cloud-backup: { status: unknown }'),
    );
    // The earlier file with the same systems, so that both are kept and both moved.
    writeFileSync(join(dir, 'sys.answers.yaml'), readFileSync(join(dir, 'later/later.yaml'), 'utf8').replace('      patched: no\n', '      patched: yes\n').replace('      patched: yes\n      mfa: yes\n      cloud-backup: { status: unknown }', '      patched: no\n      mfa: yes\n      cloud-backup: { status: unknown }'));
    const r = await runBinary({ args: ['diff', '-q', 'sys.yaml', '--today', '2026-11-23', 'sys.answers.yaml', 'later/later.yaml'], cwd: dir, env: { COLUMNS: '80', NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toContain(
      [
        'Critical systems',
        `  ${title}    100 → 93 (-7)  still Ready`,
        '    (revenues-north)',
        `  ${title}    86 → 93 (+7)  still Ready`,
        '    (revenues-south)',
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toContain('…');
    // Nothing runs past the width either.
    expect(r.stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
  });
});
