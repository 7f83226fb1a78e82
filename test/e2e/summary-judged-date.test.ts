// The default text summary as an auditor reads it at 80 columns: with no assessedOn its header
// had no date at all, and now says the day waivers and review dates were judged on; and the closing
// "Add --detail" line never hides expired waivers or stale answers behind "and more".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { displayWidth } from '../../src/text/wrap.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-summary-date-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const summary = (file: string, today: string) => runBinary({ args: ['assess', '-a', file, '--today', today], env: { COLUMNS: '80' }, cwd: scratch });
/** The header: the lines before the first blank one. */
const head = (stdout: string): string => stdout.split('\n\n')[0] ?? '';

describe('the summary says the date it judged waivers and review dates on', () => {
  it('with no assessedOn in the file, the header still carries a date: the one it was judged on', async () => {
    const file = join(scratch, 'undated.yaml');
    writeFileSync(file, example.replace(/^assessedOn: .*\n/m, ''));
    const r = await summary(file, '2026-12-07');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(head(r.stdout).replace(/\n +/g, ' ')).toContain('waivers and review dates judged on 2026-12-07');
  });

  it('with an assessedOn, that date stands in the summary, and --detail says the day judged on', async () => {
    const example = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
    const later = await summary(example, '2026-12-07');
    expect(head(later.stdout).replace(/\n +/g, ' ')).toContain('on 2026-11-20 · cyber-ready');
    const detail = await runBinary({ args: ['assess', '-a', example, '--today', '2026-12-07', '--detail'], env: { COLUMNS: '80' } });
    expect(head(detail.stdout).replace(/\n +/g, ' ')).toContain('waivers and review dates judged on 2026-12-07');
  });
});

describe('the closing "Add --detail" line', () => {
  it('wraps onto a second line at 80 columns rather than drop the expired waiver and the stale answer', async () => {
    const r = await summary(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), '2026-11-23');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines.length).toBeLessThanOrEqual(40);
    const at = lines.findIndex((l) => l.startsWith('Add --detail for'));
    const more = lines.slice(at, at + 2).join(' ').replace(/ +/g, ' ');
    expect(more).toContain('1 expired waiver');
    expect(more).toContain('1 stale answer');
    expect(lines[at + 1]).toMatch(/^ {2}\S/);
  });
});
