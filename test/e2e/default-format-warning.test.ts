// `-o paper.md` without `--format` writes the default text report (SPEC), so a clerk who copied a
// command without `--format markdown` got text in a .md file, and `-o paper.docx` a file Word will
// not open. The default stays; the run says so on standard error, naming the format to ask for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { buildTrendRepository } from '../../scripts/trend-repo.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const TODAY = ['--today', '2026-12-01'];
const warning = (file: string, tail: string): string => `cyber-ready: warning: -o ${file} gets the text report, as no --format was given${tail}\n`;

describe('an output file named for another format than the default text', () => {
  it('assess -o paper.md: the text report, and a line saying to add --format markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-o', 'paper.md'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(warning('paper.md', '; for markdown, add --format markdown'));
    const text = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY] });
    expect(readFileSync(join(dir, 'paper.md'), 'utf8')).toBe(text.stdout);
  });

  it.each([
    ['paper.docx', 'docx'],
    ['paper.HTML', 'html'],
    ['results.sarif', 'sarif'],
    ['results.sarif.json', 'sarif'],
    ['report.json', 'json'],
    ['gl-code-quality-report.json', 'gitlab'],
    ['junit.xml', 'junit'],
    ['plan.csv', 'csv'],
  ])('assess -o %s names --format %s', async (file, format) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-o', file], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(warning(file, `; for ${format}, add --format ${format}`));
  });

  it('is said once the report is written: a run stopped by bad input keeps its one line, a failed gate gets it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    const bad = await runBinary({ args: ['assess', '-a', 'missing.yaml', ...TODAY, '-o', 'paper.md'], cwd: dir });
    expect(bad.code).toBe(ExitCode.CannotAssess);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toContain('warning');
    const gate = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '--min-score', '99', '-o', 'paper.md'], cwd: dir });
    expect(gate.code).toBe(ExitCode.GateFailed);
    expect(gate.stderr.endsWith(warning('paper.md', '; for markdown, add --format markdown'))).toBe(true);
  });

  it('says nothing when --format is given (text included), or the name suggests text or nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    for (const args of [['-f', 'text', '-o', 'paper.md'], ['-f', 'markdown', '-o', 'paper.md'], ['-o', 'summary.txt'], ['-o', 'summary'], ['-o', '-']]) {
      const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, ...args], cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(ExitCode.Ok);
      expect(r.stderr, args.join(' ')).toBe('');
    }
  });

  it('diff and benchmark say it too, diff for a .docx name as assess does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    const md = await runBinary({ args: ['diff', EXAMPLE, EXAMPLE, ...TODAY, '-o', 'changes.md'], cwd: dir });
    expect(md.code, md.stderr).toBe(ExitCode.Ok);
    expect(md.stderr).toBe(warning('changes.md', '; for markdown, add --format markdown'));
    // As assess does for -o paper.docx: diff writes Word too, and the warning names the --format to add.
    const docx = await runBinary({ args: ['diff', EXAMPLE, EXAMPLE, ...TODAY, '-o', 'changes.docx'], cwd: dir });
    expect(docx.code, docx.stderr).toBe(ExitCode.Ok);
    expect(docx.stderr).toBe(warning('changes.docx', '; for docx, add --format docx'));
    expect(readFileSync(join(dir, 'changes.docx'), 'utf8')).toBe((await runBinary({ args: ['diff', EXAMPLE, EXAMPLE, ...TODAY] })).stdout);
    const made = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo-councils.mjs'), '--out', join(dir, 'forum'), '--count', '5'], { cwd: repoRoot, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const extracts = readdirSync(join(dir, 'forum/extracts')).map((f) => join('forum/extracts', f));
    const bench = await runBinary({ args: ['benchmark', '-o', 'forum.html', ...extracts], cwd: dir });
    expect(bench.code, bench.stderr).toBe(ExitCode.Ok);
    expect(bench.stderr).toBe(warning('forum.html', '; for html, add --format html'));
  });

  it('trend says it too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
    const file = buildTrendRepository(dir, 2);
    const r = await runBinary({ args: ['trend', file, ...TODAY, '-o', join(dir, 'trend.md')], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(warning(join(dir, 'trend.md'), '; for markdown, add --format markdown'));
  });
});
