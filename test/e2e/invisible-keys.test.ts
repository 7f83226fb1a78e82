// A key with a byte order mark or a no-break space in it looks, printed raw, exactly like the key it
// is not: "unknown property "organisation"; did you mean "organisation"?". Every schema message that
// quotes a user's key names the character as question ids are named (SPEC "v2: writing files safely").
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

const COUNCIL = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const CAF = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');

/** The line of `text` that starts with `start`, counted from 1. */
const lineOf = (text: string, start: string): number => text.slice(0, text.indexOf(`\n${start}`) + 1).split('\n').length;

function edited(text: string, from: string, to: string): string {
  expect(text).toContain(`\n${from}`);
  return text.replace(`\n${from}`, `\n${to}`);
}

describe('a key with an invisible character in it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-odd-keys-'));
  const validate = async (text: string): Promise<string[]> => {
    writeFileSync(join(dir, 'v.yaml'), text);
    const r = await runBinary({ args: ['validate', 'v.yaml'], cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    return r.stderr.trimEnd().split('\n');
  };

  it('a byte order mark before a top-level key: named in an unknown property', async () => {
    const lines = await validate(edited(COUNCIL, 'organisation: ', '\ufefforganisation: '));
    expect(lines[0]).toBe(`v.yaml:${lineOf(COUNCIL, 'organisation: ')}:1: unknown property "\\uFEFForganisation" (starts with a byte order mark (zero-width no-break space)); did you mean "organisation"?`);
  });

  it('a no-break space before the colon of a nested key: named in an unknown property', async () => {
    const lines = await validate(edited(COUNCIL, '    owner: Director of Resources', '    owner\u00a0: Director of Resources'));
    expect(lines[0]).toBe(`v.yaml:${lineOf(COUNCIL, '    owner: Director of Resources')}:5: unknown property "owner\\u00A0" (ends with a no-break space); did you mean "owner"?`);
  });

  it('a no-break space in a key a message names as its subject (an indicator answered wrongly)', async () => {
    const lines = await validate(edited(CAF, '      A1.a.NA.2: false', '      A1.a.NA.2\u00a0: maybe'));
    expect(lines[0]).toBe(`v.yaml:${lineOf(CAF, '      A1.a.NA.2: false')}:19: indicator "A1.a.NA.2\\u00A0" (ends with a no-break space) takes true, false or unknown, not "maybe"`);
  });
});
