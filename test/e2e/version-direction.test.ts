// What a run says when an answers file names another version of its questionnaire, through the
// real binary: answers newer than the questionnaire found ask for that newer version (not a review
// of the answers against "the new version", which is the older one here); an older minor version
// still asks for a check of new or changed questions; and another patch version, which changes only
// words, is not a difference `diff` warns of, as `assess` and `validate` do not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: versioned
version: 1.2.0
title: Versioned
sections:
  - id: s
    title: Section
    questions:
      - id: backups
        text: Are backups tested?
        type: yes-no
`;

function folder(answersVersion: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-version-direction-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'answers.yaml'), `questionnaire: versioned\nquestionnaireVersion: ${answersVersion}\nanswers:\n  backups: yes\n`);
  return dir;
}

const validate = (dir: string) => runBinary({ args: ['validate', '-q', 'q.yaml', 'answers.yaml'], cwd: dir });
const GIVE = '(-q FILE or --questionnaire-dir DIR, or a newer cyber-ready for a bundled one)';

describe('answers of another version than the questionnaire found', () => {
  it('a newer minor version is a warning that asks for that version', async () => {
    const r = await validate(folder('1.3.0'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`answers.yaml:2:23: warning: these answers are for version 1.3.0, but the questionnaire is version 1.2.0, older than theirs: a question or option added since is unknown to it; give version 1.3.0 of the questionnaire ${GIVE}\n`);
  });

  it('a newer major version is an error that asks for that version', async () => {
    const r = await validate(folder('2.0.0'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`answers.yaml:2:23: these answers are for version 2.0.0, but the questionnaire is version 1.2.0 (a different major version, older than theirs); give version 2.0.0 of the questionnaire ${GIVE}\n`);
  });

  it('an older minor version still asks for a check of new or changed questions', async () => {
    const r = await validate(folder('1.1.0'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('answers.yaml:2:23: warning: these answers are for version 1.1.0, but the questionnaire is version 1.2.0; check for new or changed questions\n');
  });

  it('an older major version without an upgrade note asks for a review against the new version', async () => {
    const r = await validate(folder('0.9.0'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(a different major version); review the answers against the new version');
  });

  it('diff warns of another minor version, not of another patch version', async () => {
    const patch = folder('1.2.5');
    const minor = folder('1.1.0');
    const [p, m] = await Promise.all([patch, minor].map((dir) => runBinary({ args: ['diff', 'answers.yaml', 'answers.yaml', '-q', 'q.yaml', '--today', '2026-11-25'], cwd: dir })));
    expect(p!.code).toBe(0);
    expect(p!.stdout).not.toContain('may score differently');
    expect(m!.code).toBe(0);
    expect(m!.stdout).toContain('Both scored against versioned 1.2.0; answers.yaml answers 1.1.0 and answers.yaml answers 1.1.0, so');
  });
});
