import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

describe('reports written to files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  });
  const example = ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];

  it('--output writes the report to a file and nothing to standard output', async () => {
    const r = await runBinary({ args: [...example, '--format', 'json', '--output', 'report.json'], cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(schemaErrors('report', JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--report writes extra formats in the same run, and the gate still decides the exit code', async () => {
    // b.txt could be written, out/a.json could not: neither is, since reports are written all or none.
    const r = await runBinary({ args: [...example, '--min-score', '90', '--report', 'text=b.txt', '--report', 'json=out/a.json'], cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['examples']); // out/ did not exist: nothing can be written there
    expect(r.stderr).toBe('out/a.json: cannot write: its folder does not exist\n');
    expect(r.stdout).toBe(''); // nothing half-done: no report on standard output either
    mkdirSync(join(dir, 'out'), { recursive: true });
    const ok = await runBinary({ args: [...example, '--min-score', '90', '--report', 'json=out/a.json', '--report', 'text=b.txt'], cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/a.json'), 'utf8')).passed).toBe(false);
    // Files never get terminal colours, even when standard output does.
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).not.toMatch(/\u001b/);
    expect(ok.stdout).toMatch(/\u001b\[/);
  });

  it('overwrites an existing report whole, leaving no temporary file', async () => {
    writeFileSync(join(dir, 'report.txt'), 'old report that is much longer than nothing'.repeat(1000));
    const r = await runBinary({ args: [...example, '--output', 'report.txt'], cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^Council cyber resilience readiness/);
    expect(readdirSync(dir).sort()).toEqual(['examples', 'report.txt']);
  });

  it('--debug still gives one line, not a stack trace, for a mistake in the input', async () => {
    const r = await runBinary({ args: ['assess', '--debug', '--answers', 'missing.yaml'], cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'missing.yaml: no such file\n' });
  });
});

describe('show --output', () => {
  it('writes the markdown to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-'));
    const r = await runBinary({ args: ['show', 'council-cyber-resilience', '--output', join(dir, 'q.md')] });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'q.md'), 'utf8')).toMatch(/^# Council cyber resilience readiness\n/);
  });
});
