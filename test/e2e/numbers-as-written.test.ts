// A version written without quotes is read by YAML as a number: `1.10` as 1.1, `1.0` as 1. The fix
// the message suggests is the text as the file writes it; quoting the number read changed the value
// ("1.1") or gave a version that is no version at all ("1"). The same whichever YAML reader read it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-numbers-as-written-'));
const ANSWERS = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const MINI = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8');
// An anchor is outside the quick reader's subset: the full parser reads the file instead.
const FULL_PARSER = 'x-anchor: &unused 1\n';

describe('a number put in quotes as written', () => {
  it.each([
    ['questionnaireVersion: 1.10', ANSWERS, 'questionnaireVersion: 2.3.0', 'questionnaireVersion: 1.10', '7:23: "questionnaireVersion" must be text, not a number: a version of three numbers in quotes, such as "1.10.0"'],
    ['questionnaireVersion: 2.10 with a comment after it', ANSWERS, 'questionnaireVersion: 2.3.0', 'questionnaireVersion:  2.10   # agreed', '7:24: "questionnaireVersion" must be text, not a number: a version of three numbers in quotes, such as "2.10.0"'],
    ['a questionnaire\'s version: 1.0', MINI, 'version: 1.2.0', 'version: 1.0', '3:10: "version" must be text, not a number: a version of three numbers in quotes, such as "1.0.0"'],
    ['a title of 1e3', MINI, /^title: .*$/m, 'title: 1e3', '4:8: "title" must be text, not a number; put it in quotes ("1e3") so that YAML reads it as text'],
  ])('%s', async (_, source, find, replace, message) => {
    const text = source.replace(find, replace);
    expect(text).not.toBe(source);
    for (const [reader, extra] of [['the quick reader', ''], ['the full parser', FULL_PARSER]] as const) {
      // The extra key is an unknown property of both files: only the message about the number is compared.
      writeFileSync(join(dir, 'f.yaml'), text + extra);
      const r = await runBinary({ args: ['validate', 'f.yaml'], cwd: dir });
      expect(r.code, reader).toBe(ExitCode.CannotAssess);
      expect(r.stderr.split('\n'), reader).toContain(`f.yaml:${message}`);
    }
  });
});
