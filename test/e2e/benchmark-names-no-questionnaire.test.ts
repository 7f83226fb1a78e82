import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { writeEastAndWest } from '../helpers/sys-na.js';

// A reviewer gave benchmark `{}` (or a YAML of only `organisation: X`) beside two extracts of a
// forum's own questionnaire: it was read against the default questionnaire, set aside as blank with
// warnings, and the run went on, exit 0, where README says every input must answer one
// questionnaire. An answers file that names none still answers the default one (SPEC: as assess
// reads it), so beside inputs of another it is refused, exit 2, in one line at its top; and a blank
// input is checked like any other before it is set aside.

let dir = '';
const run = (args: string[]) => runBinary({ args: [...args, '--questionnaire-dir', 'qd'], cwd: dir });
const BENCH = ['benchmark', 'east.json', 'west.json', '--min-group', '2', '--today', '2026-12-01'];
const MIN_GROUP = /^cyber-ready: warning: --min-group 2 /;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-names-no-questionnaire-'));
  writeEastAndWest(dir);
  for (const council of ['east', 'west']) {
    const r = await run(['share', `${council}.yaml`, '--label', council, '-o', `${council}.json`, '--today', '2026-12-01']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  }
  writeFileSync(join(dir, 'oops.json'), '{}\n');
  writeFileSync(join(dir, 'oops.yaml'), 'organisation: X\n');
  writeFileSync(join(dir, 'other.yaml'), 'questionnaire: council-cyber-resilience\norganisation: X\n');
});

/** The one line besides the --min-group warning. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l && !MIN_GROUP.test(l));
  expect(lines, stderr).toHaveLength(1);
  return lines[0] ?? '';
}

describe('benchmark: an input that names no questionnaire, beside inputs of another', () => {
  it('the extracts alone are benchmarked', async () => {
    const r = await run(BENCH);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  });

  it.each(['oops.json', 'oops.yaml'])('%s is refused at its top, exit 2, as answering the default questionnaire, not the others\'', async (file) => {
    const message = new RegExp(`^${file.replace('.', '\\.')}:1:1: names no questionnaire, so it is read as answering the default, "council-cyber-resilience" \\d+\\.\\d+\\.\\d+, but the other inputs answer "sys-na" 1\\.x; a benchmark compares one questionnaire and major version: add "questionnaire: sys-na" if it answers that one$`);
    for (const args of [[...BENCH, file], [...BENCH, '--highlight', file]]) {
      const r = await run(args);
      expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(oneLine(r.stderr)).toMatch(message);
    }
  });

  it('a blank answers file of another questionnaire is refused, not set aside as blank', async () => {
    const r = await run([...BENCH, 'other.yaml']);
    expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toMatch(/^other\.yaml:1:16: answers questionnaire "council-cyber-resilience" \d+\.\d+\.\d+, but the other inputs answer "sys-na" 1\.x; a benchmark compares one questionnaire and major version$/);
  });

  it('validate still says it cannot tell what {} is', async () => {
    const r = await run(['validate', 'oops.json']);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^oops\.json:1:1: cannot tell whether this is a questionnaire/);
  });
});
