import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// share writes a multi answer as a list, even of one option. A share extract (JSON) whose multi value
// is one option without brackets, or none, is not what share wrote: validate refuses it as such, not
// with the YAML answers file's advice to "write [dns]", which is no way to mend JSON.

const MINI = join(repoRoot, 'test/fixtures/valid/mini.yaml');
const SERVICES = '"value": ["dns", "mail"], "score": 0.75';
let dir = '';
let extract = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-share-multi-'));
  const r = await runBinary({ args: ['share', '-q', MINI, join(repoRoot, 'test/fixtures/valid/mini.answers.yaml'), '--label', 'north', '-o', 'ex.json', '--today', '2026-11-23'], cwd: dir });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  extract = readFileSync(join(dir, 'ex.json'), 'utf8');
  expect(extract).toContain(`{ "question": "services", "system": null, "status": "answered", ${SERVICES} },`);
});

describe('a multi value in a share extract that is not a list', () => {
  it.each([
    ['one option', '"dns"', '"services" is answered with a list of options, not "dns"'],
    ['nothing', 'null', '"services" is answered with a list of options, not no value'],
  ])('%s: refused by validate as not what share wrote', async (_what, value, message) => {
    writeFileSync(join(dir, 'ex.json'), extract.replace(SERVICES, `"value": ${value}, "score": 0.5`));
    const r = await runBinary({ args: ['validate', '-q', MINI, 'ex.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ex.json:21:78: ${message}\n`);
    expect(r.stderr).not.toContain('write [');
  });
});
