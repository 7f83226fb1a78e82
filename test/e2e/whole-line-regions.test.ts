// A result with no answer key to cover (an unanswered question, a stale answer at its review date) is
// placed on a whole line. It ended at column 1 of the next line, which on a file's last line is a
// line the file does not have; it now ends with its own line (SARIF: no endColumn, to the line's end).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: lines
version: 1.0.0
title: Whole lines
sections:
  - id: s
    title: S
    questions:
      - { id: mfa, text: Is MFA on?, type: yes-no, severity: high }
      - { id: logged, text: Are logs kept?, type: yes-no, severity: low }
`;
// Its last line holds the stale answer; mfa is not answered at all.
const ANSWERS = `questionnaire: lines
organisation: O
answers:
  logged: { value: yes, reviewBy: 2026-01-01 }`;

interface Region { startLine: number; startColumn: number; endLine: number; endColumn?: number }

describe('results on a whole line', () => {
  it('end on their own line, never past the last line of the file, in SARIF and in GitHub annotations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
    writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
    writeFileSync(join(dir, 'a.yaml'), ANSWERS);
    const r = await runBinary({ cwd: dir, args: ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--today', '2026-12-01', '--fail-on-stale', '--allow-incomplete', '-f', 'sarif'], env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: Region } }[] }[] }[] };
    const region = (rule: string): Region | undefined => sarif.runs[0]?.results.find((x) => x.ruleId === rule)?.locations[0]?.physicalLocation.region;
    const lastLine = ANSWERS.split('\n').length;
    expect(region('cyber-ready.stale-answer')).toEqual({ startLine: lastLine, startColumn: ANSWERS.split('\n')[lastLine - 1]!.indexOf('2026-01-01') + 1, endLine: lastLine });
    expect(region('mfa')).toEqual({ startLine: 1, startColumn: 1, endLine: 1 });
    // The gate's annotation at the stale answer: a line and column, and no end column of a region it does not have.
    expect(r.stderr).toMatch(new RegExp(`^::error file=a\\.yaml,line=${lastLine},col=\\d+,title=`, 'm'));
    expect(r.stderr).not.toContain('endColumn=undefined');
  });
});
