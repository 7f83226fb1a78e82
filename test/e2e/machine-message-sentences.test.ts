import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// A council's own questionnaire may word a question as a title, with no closing punctuation; the
// SARIF and GitLab messages go on after it with "Answer: …", which ran into it ("Patch days Answer: 30 days.").
const QUESTIONNAIRE = `id: titles
version: 1.0.0
title: Titles
sections:
  - id: s
    title: S
    questions:
      - id: patch-days
        text: Patch days
        type: number
        unit: days
        bands: [{ max: 14, score: 1 }, { score: 0 }]
      - { id: mfa, type: yes-no, text: "Is MFA on for every admin account?" }
`;

describe('machine messages give a question worded as a title a full stop before its answer', () => {
  it('in SARIF and in GitLab Code Quality, and keep a question mark as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-titles-'));
    writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: titles\nquestionnaireVersion: 1.0.0\nanswers:\n  patch-days: 30\n  mfa: no\n');
    const sarif = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-12-01', '-f', 'sarif'], cwd: dir });
    expect(sarif.code).toBe(ExitCode.Ok);
    const texts = (JSON.parse(sarif.stdout) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]?.results.map((r) => r.message.text) ?? [];
    expect(texts.some((t) => t.includes('Patch days. Answer: 30 days.'))).toBe(true);
    expect(texts.some((t) => t.includes('Is MFA on for every admin account? Answer: No.'))).toBe(true);
    const gitlab = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-12-01', '-f', 'gitlab'], cwd: dir });
    expect(gitlab.code).toBe(ExitCode.Ok);
    const descriptions = (JSON.parse(gitlab.stdout) as { description: string }[]).map((i) => i.description);
    expect(descriptions.some((d) => d.includes('Patch days. Answer: 30 days.'))).toBe(true);
    expect(descriptions.some((d) => d.includes('Is MFA on for every admin account? Answer: No.'))).toBe(true);
  });
});
