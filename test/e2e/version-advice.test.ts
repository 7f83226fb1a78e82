// `version: 1.0` is a number to YAML. The advice was to put it in quotes ("1.0"), which was then
// refused for not having three numbers: one mistake took two runs. Both messages now give the
// version of three numbers it means, and following the first is enough.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-version-advice-'));
const questionnaire = (version: string): string => `id: advice\nversion: ${version}\ntitle: Advice\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: q, text: Q?, type: yes-no }\n`;

async function validate(version: string): Promise<{ code: number; stderr: string }> {
  writeFileSync(join(dir, 'q.yaml'), questionnaire(version));
  const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
  return { code: r.code, stderr: r.stderr };
}

describe('a version written as a number is told the three numbers it needs', () => {
  it('version: 1.0 is told to write "1.0.0", which is valid', async () => {
    expect(await validate('1.0')).toEqual({ code: ExitCode.CannotAssess, stderr: 'q.yaml:2:10: "version" must be text, not a number: a version of three numbers in quotes, such as "1.0.0"\n' });
    expect((await validate('"1.0.0"')).code).toBe(ExitCode.Ok);
  });

  it('version: 2 is told "2.0.0"; "1.0" in quotes is told "1.0.0"', async () => {
    expect((await validate('2')).stderr).toBe('q.yaml:2:10: "version" must be text, not a number: a version of three numbers in quotes, such as "2.0.0"\n');
    expect((await validate('"1.0"')).stderr).toBe('q.yaml:2:10: "version" must be a version such as "1.2.0", not "1.0"; write "1.0.0"\n');
  });
});
