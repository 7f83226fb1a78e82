// An outcome's `indicators:` written as a list of indicators, a natural first try, was told only
// that it "must be a mapping, not a list", at the first item's line. It is now told at the
// `indicators:` key which keys the mapping takes (SPEC's column names) and which is required.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-indicators-list-'));
const questionnaire = (indicators: string): string => `id: list-of-indicators
version: 1.0.0
title: Indicators as a list
sections:
  - id: s
    title: S
    questions:
      - id: governor
        text: Is a governor responsible for cyber security?
        type: outcome
${indicators}`;

async function validate(indicators: string): Promise<{ code: number; stderr: string }> {
  writeFileSync(join(dir, 'q.yaml'), questionnaire(indicators));
  const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
  return { code: r.code, stderr: r.stderr };
}

const MESSAGE = '"indicators" must be a mapping, not a list: its keys are "not-achieved", "partially-achieved" and "achieved" ("achieved" is required)';

describe('indicators written as a list', () => {
  it('is refused at its key, naming the columns it takes', async () => {
    expect(await validate(`        indicators:
          - { id: gov.A.1, text: A governor is named }
`)).toEqual({ code: ExitCode.CannotAssess, stderr: `q.yaml:11:9: ${MESSAGE}\n` });
  });

  it('written in brackets on one line, the same', async () => {
    expect(await validate(`        indicators: [{ id: gov.A.1, text: A governor is named }]
`)).toEqual({ code: ExitCode.CannotAssess, stderr: `q.yaml:11:9: ${MESSAGE}\n` });
  });

  it('written as the message says, it is valid', async () => {
    expect((await validate(`        indicators:
          achieved:
            - { id: gov.A.1, text: A governor is named }
`)).code).toBe(ExitCode.Ok);
  });
});
