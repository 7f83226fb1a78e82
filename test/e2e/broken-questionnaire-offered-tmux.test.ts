import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// A questionnaire of one's own that is broken (invalid YAML, or failing its rules) was left out of
// the guided walk's menu without a word, and named as "available" (and suggested) when an id was
// not found, though choosing it could only fail. It is left out of both, with one line each saying
// where it is broken and how to check it.
const terminal = tmuxTerminal('brokenq', { width: 80, height: 30 });
afterAll(() => terminal.kill());

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-brokenq-'));
  mkdirSync(join(dir, 'ours'));
  writeFileSync(join(dir, 'ours', 'broken-yaml.yaml'), 'id: broken-yaml\ntitle: "Unclosed\nsections: []\n');
  writeFileSync(
    join(dir, 'ours', 'bad-rules.yaml'),
    'id: bad-rules\nversion: 1.0.0\ntitle: Bad rules\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: q1\n        text: Is it?\n        type: choice\n',
  );
  writeFileSync(join(dir, 'ours', 'good.yaml'), 'id: good-one\nversion: 1.0.0\ntitle: Our own good one\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: q1, text: Is it?, type: yes-no }\n');
  // Not meant as a questionnaire: passed over without a word, as list passes it over.
  writeFileSync(join(dir, 'ours', '.gitlab-ci.yml'), 'stages: [test]\n');
  return dir;
}

const WARNINGS = [
  'ours/bad-rules.yaml:8:9: warning: choice question "q1" needs "scale" or "options"; not offered until this is put right (check it with: cyber-ready validate ours/bad-rules.yaml)',
  'ours/broken-yaml.yaml:2:8: warning: a value in double quotes has no closing "; not offered until this is put right (check it with: cyber-ready validate ours/broken-yaml.yaml)',
];

describe('a broken questionnaire of one\'s own is not offered, and says why', () => {
  it('an unknown id names only the questionnaires that load as available', async () => {
    const dir = folder();
    const r = await runBinary({ args: ['show', 'bad-rule', '--questionnaire-dir', 'ours'], cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(WARNINGS);
    expect(lines[2]).toMatch(/^cyber-ready: unknown questionnaire "bad-rule" \(available: good-one, caf-local-government, council-cyber-resilience, cyber-essentials-readiness\); /);
    expect(lines).toHaveLength(3);
  });

  it('a known id is found without reading the other files', async () => {
    const dir = folder();
    const r = await runBinary({ args: ['show', 'good-one', '--questionnaire-dir', 'ours'], cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it.runIf(hasTmux)('the guided walk\'s menu leaves them out, with one line each before it', { timeout: 60_000 }, async () => {
    const { start, ended, waitForScreen, screenText, keys } = terminal;
    const dir = folder();
    start(dir, ['assess', '--questionnaire-dir', 'ours', '--today', '2026-11-23']);
    await waitForScreen('↑↓ navigate');
    const menu = screenText();
    expect(menu).toContain('Our own good one (1 question)');
    expect(menu).not.toContain('Bad rules');
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
    const stderr = readFileSync(join(dir, 'stderr.txt'), 'utf8');
    expect(stderr.split('\n').slice(0, 2)).toEqual(WARNINGS);
    expect(stderr).not.toContain('gitlab-ci');
  });
});
