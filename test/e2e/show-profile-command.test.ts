// `show` prints, under each profile, the command that checks an answers file against it. For a
// questionnaire given by path that command has to name it, as init's do: the answers file names it
// only by id, which finds a bundled questionnaire alone, so the printed command stopped with exit 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';

describe('show names a questionnaire that is not bundled in the command it suggests', () => {
  it('as the user gave it, quoted for the shell, and the command runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-show-'));
    mkdirSync(join(dir, 'my questionnaires'));
    copyFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), join(dir, 'my questionnaires/mini.yaml'));
    copyFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), join(dir, 'mini.answers.yaml'));
    const r = await runBinary({ args: ['show', 'my questionnaires/mini.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const command = /To check an answers file against it: `([^`]+)`/.exec(r.stdout)?.[1];
    expect(command).toBe("cyber-ready assess -q 'my questionnaires/mini.yaml' --answers FILE --profile baseline");

    // Pasted into a shell with FILE filled in, it assesses (the profile's gate may fail: exit 1, not 2).
    const run = spawnSync('sh', ['-c', `${command?.replace('cyber-ready', `node ${binPath}`).replace('FILE', 'mini.answers.yaml')} --today 2026-11-23`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(ExitCode.GateFailed);
    expect(run.stderr).toContain('cyber-ready: gate failed: profile "baseline": 1 of 3 requirements met');
  });

  it('says nothing more for a bundled questionnaire, which its id finds', async () => {
    const r = await runBinary({ args: ['show', 'caf-local-government'] });
    expect(r.stdout).toContain('To check an answers file against it: `cyber-ready assess --answers FILE --profile baseline`.');
  });
});
