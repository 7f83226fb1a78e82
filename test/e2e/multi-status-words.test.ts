import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// A multi question answered with a status word as its value ("services: unknown") is refused as
// not a list, and the message says how a status is written, as it does for the other kinds.

const MINI = join(repoRoot, 'test/fixtures/valid/mini.yaml');

async function validate(value: string): Promise<{ code: number; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-multi-status-'));
  const answers = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), 'utf8');
  expect(answers).toContain('  services: [dns, mail]\n');
  writeFileSync(join(dir, 'a.yaml'), answers.replace('  services: [dns, mail]\n', `  services: ${value}\n`));
  return runBinary({ args: ['validate', '-q', MINI, 'a.yaml'], cwd: dir });
}

describe('a multi question answered with a status word instead of a list', () => {
  it.each([
    ['unknown', `a.yaml:16:13: "services" takes a list of options, not "unknown"; choose from dns, mail, ew, none; to say you don't know, write { status: unknown }`],
    ['not-applicable', 'a.yaml:16:13: "services" takes a list of options, not "not-applicable"; choose from dns, mail, ew, none; to say it does not apply, write { status: not-applicable, reason: ... }'],
    ['[dns, unknown]', `a.yaml:16:13: "unknown" is not an option of "services"; choose from dns, mail, ew, none; to say you don't know, write { status: unknown }`],
  ])('services: %s says how to write the status', async (value, message) => {
    const r = await validate(value);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${message}\n`);
  });
});
