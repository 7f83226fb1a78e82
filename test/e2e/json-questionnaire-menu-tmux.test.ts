import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// The guided walk's menu offers what a questionnaire folder holds: a questionnaire written as JSON
// was left out, as the folder was searched for .yaml and .yml files alone. Other JSON beside it
// (a package.json) is passed over without a word.
const terminal = tmuxTerminal('jsonmenu', { width: 80, height: 30 });
afterAll(() => terminal.kill());

describe('the guided walk\'s menu', () => {
  it.runIf(hasTmux)('offers a JSON questionnaire from a folder, and says nothing of other JSON files', { timeout: 60_000 }, async () => {
    const { start, ended, waitForScreen, screenText, keys } = terminal;
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-jsonmenu-'));
    mkdirSync(join(dir, 'ours'));
    const mini = parse(readFileSync('test/fixtures/valid/mini.yaml', 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'ours', 'ours.json'), JSON.stringify({ ...mini, id: 'json-mini', title: 'Our questionnaire in JSON' }, null, 2));
    writeFileSync(join(dir, 'ours', 'package.json'), '{ "name": "our-questionnaires", "private": true }\n');
    start(dir, ['assess', '--questionnaire-dir', 'ours', '--today', '2026-11-23']);
    await waitForScreen('↑↓ navigate');
    expect(screenText()).toContain('Our questionnaire in JSON');
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).not.toMatch(/warning|package\.json/);
  });
});
