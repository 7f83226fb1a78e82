import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// SPEC "v2 additions" read against a small questionnaire of its own: an organisation outcome with all
// three columns, and a per-system section. Each case works out by hand what SPEC says and compares.

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-v2-scopes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const Q = `id: scopes
version: 1.0.0
title: Scopes
systemLabel: crown jewel
sections:
  - id: org
    title: Organisation
    questions:
      - id: board
        type: outcome
        text: Board direction
        severity: high
        indicators:
          not-achieved:
            - { id: B.NA.1, text: Nobody owns it }
          partially-achieved:
            - { id: B.PA.1, text: Someone owns it }
            - { id: B.PA.2, text: Someone reports on it }
          achieved:
            - { id: B.A.1, text: The board owns it }
            - { id: B.A.2, text: The board reviews it }
  - id: sys
    title: Each crown jewel
    scope: system
    questions:
      - id: mfa
        type: yes-no
        text: Multi-factor authentication?
`;

const answers = (board: string): string =>
  `questionnaire: scopes\nanswers:\n  board:\n${board}systems:\n  - id: one\n    title: One\n    answers:\n      mfa: yes\n`;

describe('SPEC "v2: reports": text is wrapped, never cut mid-word', () => {
  it('keeps a web address longer than the line whole in --detail, at 80 columns and at the default 100', async () => {
    const url = 'https://www.ncsc.gov.uk/collection/cyber-assessment-framework/caf-objective-a-managing-security-risk/a1-governance';
    const dir = folder({
      'q.yaml': Q.replace('        text: Multi-factor authentication?\n', `        text: Multi-factor authentication?\n        remediation: Read ${url} before the next review.\n`),
      'a.yaml': answers('    indicators: { B.NA.1: false, B.PA.1: true, B.PA.2: true, B.A.1: true, B.A.2: true }\n').replace('mfa: yes', 'mfa: no'),
    });
    for (const COLUMNS of ['80', '']) {
      const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--detail', '--no-color'], cwd: dir, env: { COLUMNS } });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      const lines = r.stdout.split('\n');
      expect(lines.filter((l) => l.includes('https://')).map((l) => l.trim())).toEqual([url]);
      // The words around it still wrap at the width.
      expect(lines.filter((l) => !l.includes('https://')).every((l) => l.length <= (COLUMNS ? 80 : 100))).toBe(true);
    }
  });
});

describe('SPEC "v2: reports": diff text never cuts a file name mid-word either', () => {
  it('keeps an answers file name longer than the line whole in the header', async () => {
    const name = 'readiness-of-the-revenues-and-benefits-service-for-the-quarterly-review-of-november-2026.yaml';
    const file = answers('    indicators: { B.NA.1: false, B.PA.1: true, B.PA.2: true, B.A.1: true, B.A.2: true }\n');
    const dir = folder({ 'q.yaml': Q, 'old.yaml': file, [name]: file.replace('mfa: yes', 'mfa: no') });
    const r = await runBinary({ args: ['diff', '-q', 'q.yaml', 'old.yaml', name, '--no-color'], cwd: dir, env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout.split('\n').some((l) => l.trim() === name || l.trim().startsWith(`${name} (`))).toBe(true);
  });
});
