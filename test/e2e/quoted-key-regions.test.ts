// A result at an answer's key covers the key as written. A key in quotes (every key of a JSON answers
// file, and a quoted one in YAML) was covered for as many columns as its question id has, so the region
// ended two columns short, inside the key: `"A1.a"` was shown as `"A1.`. Checked in SARIF (SARIF 2.1.0
// 3.30: endColumn is the column after the last character) and in the GitHub annotation of a gate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: keys
version: 1.0.0
title: Keys
sections:
  - id: s
    title: S
    questions:
      - { id: A1.a, text: Is MFA on?, type: yes-no, severity: high }
      - { id: q2, text: Are logs kept?, type: yes-no }
      - { id: q3, text: Are backups tested?, type: yes-no }
`;

interface Region { startLine: number; startColumn: number; endLine: number; endColumn?: number }

/** The region of the key `token` as written in `text`: its line, its first column and the column after it. */
function regionOf(text: string, token: string): Region {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(`${token}:`));
  const column = lines[line]!.indexOf(`${token}:`) + 1;
  return { startLine: line + 1, startColumn: column, endLine: line + 1, endColumn: column + token.length };
}

async function assess(answersName: string, answers: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-keys-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, answersName), answers);
  const r = await runBinary({ cwd: dir, args: ['assess', '-q', 'q.yaml', '--answers', answersName, '--today', '2026-11-23', '--allow-incomplete', '--fail-on', 'high', '-f', 'sarif'], env: { GITHUB_ACTIONS: 'true' } });
  expect(r.code, r.stderr).toBe(1);
  const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: Region } }[] }[] }[] };
  const region = (rule: string): Region | undefined => sarif.runs[0]?.results.find((x) => x.ruleId === rule)?.locations[0]?.physicalLocation.region;
  return { region, stderr: r.stderr };
}

describe('the region of a result at an answer key', () => {
  it('covers a JSON key with both its quotes, an empty entry too, in SARIF and in the GitHub annotation', async () => {
    const answers = '{\n  "questionnaire": "keys",\n  "answers": {\n    "A1.a": "no",\n    "q2": {},\n    "q3": { "value": "no" }\n  }\n}\n';
    const { region, stderr } = await assess('answers.json', answers);
    const key = regionOf(answers, '"A1.a"');
    expect(region('A1.a')).toEqual(key);
    expect(region('q2')).toEqual(regionOf(answers, '"q2"'));
    expect(region('q3')).toEqual(regionOf(answers, '"q3"'));
    expect(stderr).toContain(`::error file=answers.json,line=${key.startLine},col=${key.startColumn},endColumn=${key.endColumn},title=`);
  });

  it('covers a quoted YAML key with its quotes (double or single), and a plain key as before', async () => {
    const answers = "questionnaire: keys\nanswers:\n  \"A1.a\": no\n  'q2': no\n  q3: no\n";
    const { region, stderr } = await assess('answers.yaml', answers);
    const key = regionOf(answers, '"A1.a"');
    expect(region('A1.a')).toEqual(key);
    expect(region('q2')).toEqual(regionOf(answers, "'q2'"));
    expect(region('q3')).toEqual(regionOf(answers, 'q3'));
    expect(stderr).toContain(`::error file=answers.yaml,line=${key.startLine},col=${key.startColumn},endColumn=${key.endColumn},title=`);
  });
});
