// A fault in a named scale's option is the scale's, written once: it is reported at that option,
// naming the scale, once however many questions use the scale. A missing score was reported at each
// question's `scale:` line (three errors for three questions, none naming the scale), and
// `exclusive`, refused on a choice question's own option, was let through on a scale's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

const questionnaire = (coverage: string): string => `id: scale-faults
version: 1.0.0
title: Scale faults
scales:
  coverage:
${coverage}
sections:
  - id: school
    title: Each school
    questions:
      - { id: mfa, text: Do staff use MFA?, type: choice, scale: coverage }
      - { id: filtering, text: Is web filtering in place?, type: choice, scale: coverage }
      - { id: managed, text: Are devices managed?, type: choice, scale: coverage }
      - { id: which, text: Which devices are managed?, type: multi, scale: coverage }
`;

async function validate(coverage: string): Promise<{ code: number; stderr: string; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-scale-faults-')), 'q.yaml');
  writeFileSync(file, questionnaire(coverage));
  const r = await runBinary({ args: ['validate', file] });
  return { code: r.code, stderr: r.stderr, file };
}

describe("a named scale's option is checked where it is written", () => {
  it('an option without a score: once, at the option, naming the scale', async () => {
    const r = await validate(`    - { value: none, label: None of them, score: 0 }
    - { value: some, label: Some of them }
    - { value: all, label: All of them, score: 1 }`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${r.file}:7:7: option "some" of scale "coverage" needs a score from 0 to 1, because scored questions use the scale\n`);
  });

  it('"exclusive" on a scale that choice questions use: refused at its key, once', async () => {
    const r = await validate(`    - { value: none, label: None of them, score: 0, exclusive: true }
    - { value: all, label: All of them, score: 1 }`);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${r.file}:6:53: "exclusive" only applies to multi questions, and choice questions use scale "coverage"\n`);
  });

  it('"exclusive" on a scale that only multi questions use is a multi option, as before', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-scale-faults-')), 'q.yaml');
    writeFileSync(file, questionnaire(`    - { value: none, label: None of them, score: 0, exclusive: true }
    - { value: all, label: All of them, score: 1 }`).replace(/^ {6}- \{ id: (mfa|filtering|managed),.*\n/gm, ''));
    const r = await runBinary({ args: ['validate', file] });
    expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
  });
});
