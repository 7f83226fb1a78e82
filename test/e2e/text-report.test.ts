import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { displayWidth } from '../../src/text/wrap.js';
import { binPath, repoRoot, RUN_LIMIT_MS, runBinary } from '../helpers/cli.js';
import { endTmuxServer, hasTmux, newTmuxSession, tmux, tmuxStatus } from '../helpers/tmux-server.js';

// SPEC "v2: reports": the text report through the real binary, at the widths people's terminals have.
const EXAMPLES = ['council-cyber-resilience', 'caf-local-government', 'cyber-essentials-readiness'];
const GATES = ['--min-score', '70', '--fail-on', 'high', '--profile', 'baseline', '--fail-on-stale'];
const assess = (id: string, more: string[] = [], columns = '80') =>
  runBinary({ args: ['assess', '-a', `examples/${id}.answers.yaml`, '--today', '2026-11-23', ...more], env: { COLUMNS: columns } });
const linesOf = (text: string): string[] => text.replace(/\n$/, '').split('\n');
/** The text as a reader reads it: lines joined and indents gone, so a word broken across lines shows as two. */
const flowing = (text: string): string => text.replace(/\s+/g, ' ');

describe.each(EXAMPLES)('the text summary of %s', (id) => {
  it.each(['80', '120'])('fits the screen at %s columns, never cutting a word, and ends with the score, rating and gates', async (columns) => {
    const gates = id === 'council-cyber-resilience' ? GATES : GATES.filter((g) => g !== '--profile' && g !== 'baseline');
    const plain = await assess(id, [], columns);
    const gated = await assess(id, gates, columns);
    const a = JSON.parse((await assess(id, [...gates, '--format', 'json'])).stdout) as Assessment;
    expect(gated.code).toBe(a.passed ? 0 : 1);
    for (const r of [plain, gated]) {
      const lines = linesOf(r.stdout);
      if (columns === '80') expect(lines.length).toBeLessThanOrEqual(40);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(Number(columns));
    }
    const score = `Overall ${Math.floor(a.overall.score ?? 0)}/100 ${a.overall.rating?.label ?? ''}${a.overall.cap ? ' (capped by automatic fails)' : ''}`;
    expect(linesOf(plain.stdout).at(-1)).toBe(score);
    // With gates, the last lines are the overall line and one line per gate, in order.
    const tail = linesOf(gated.stdout).slice(-1 - a.gates.length);
    expect(tail[0]).toBe(`${score} · gates ${a.passed ? 'passed' : 'FAILED'}`);
    expect(tail.slice(1).map((l) => l.slice(0, 10))).toEqual(a.gates.map((g) => (g.passed ? '  ✓ pass  ' : '  ✗ FAIL  ')));
    // The ten highest-priority gaps, one line each, by rank.
    const ranks = linesOf(plain.stdout).map((l) => /^ +(\d+)\. (CRITICAL|HIGH|MEDIUM|LOW) /.exec(l)?.[1]).filter(Boolean).map(Number);
    expect(ranks).toEqual(a.gaps.slice(0, 10).map((g) => g.rank));
    // Section titles wrap inside their column rather than being cut: every word is there whole.
    for (const s of a.sections) {
      for (const word of s.title.split(' ')) expect(plain.stdout).toMatch(new RegExp(`(^| )${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`, 'm'));
    }
  });
});

describe('the text summary of a long questionnaire', () => {
  // 30 sections of one question each: the sections alone would take 31 lines.
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-long-'));
  const sections = Array.from({ length: 30 }, (_, i) => `  - id: s${i}\n    title: Section ${i}\n    questions:\n      - { id: q${i}, text: Question ${i}?, type: yes-no, severity: high }`);
  writeFileSync(join(dir, 'q.yaml'), `id: long\nversion: 1.0.0\ntitle: Long\nsections:\n${sections.join('\n')}\n`);
  // Every third answered yes, so the sections differ and the weakest can be told apart.
  writeFileSync(join(dir, 'a.yaml'), `questionnaire: long\nanswers:\n${Array.from({ length: 30 }, (_, i) => `  q${i}: ${i % 3 === 0 ? 'yes' : 'no'}`).join('\n')}\n`);

  it('keeps to 40 lines at 80 columns: the weakest sections, the rest counted, the gaps and every gate', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-23', '--min-score', '50', '--fail-on', 'low', '--fail-on-stale'], cwd: dir, env: { COLUMNS: '80', NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    const lines = linesOf(r.stdout);
    expect(lines.length).toBeLessThanOrEqual(40);
    const shown = lines.filter((l) => /^ {2}Section \d+ /.test(l));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    // Only sections scoring 0 are shown; the hidden ones score no lower, as the line says.
    for (const l of shown) expect(l).toMatch(/ 0 {2}Not ready$/);
    expect(lines).toContain(`  … and ${30 - shown.length} more, none scoring lower: --detail lists them all.`);
    expect(lines.filter((l) => /^ +\d+\. HIGH /.test(l))).toHaveLength(10);
    expect(lines.slice(-4)).toEqual([
      'Overall 33/100 Not ready · gates FAILED',
      '  ✗ FAIL  overall score 33 is below 50',
      '  ✗ FAIL  20 unwaived low or worse gaps',
      '  ✓ pass  no stale answer',
    ]);
  });

  it('keeps the CAF example with every gate, the profile included, to 40 lines', async () => {
    const r = await assess('caf-local-government', [...GATES], '80');
    expect(linesOf(r.stdout).length).toBeLessThanOrEqual(40);
    expect(r.stdout).toMatch(/✗ FAIL {2}profile "baseline": \d+ of \d+ requirements met; short: the organisation\s+and three critical systems\n/);
  });
});

describe('the text report with --detail', () => {
  it('has every gap with what to do, notes, evidence and owners, each question named by its text, wrapped between words', async () => {
    const r = await assess('council-cyber-resilience', ['--detail']);
    const a = JSON.parse((await assess('council-cyber-resilience', ['--format', 'json'])).stdout) as Assessment;
    for (const line of linesOf(r.stdout)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const text = flowing(r.stdout);
    for (const g of a.gaps) {
      expect(text).toContain(`${g.rank}. ${g.severity.toUpperCase()}`);
      expect(text).toContain(`${g.text} [${g.question}]`);
      if (g.remediation) expect(text).toContain(`What to do: ${g.remediation.replace(/\s+/g, ' ').trim()}`);
    }
    // The insurer's note and its evidence, which the v1 reports dropped.
    expect(text).toContain('Note: The policy renewed in April 2026 requires MFA on all remote access and immutable backups');
    expect(text).toContain('Evidence: Cyber policy schedule 2026/27, security conditions annex');
    expect(text).toContain('Owner: Insurance and Risk Manager');
    // Terms explained once; the "don't know" list names questions, not bare ids.
    expect(text.match(/Priority weighs how severe a gap is/g)).toHaveLength(1);
    expect(text.match(/A question scores from 0 \(not met\) to 1 \(fully met\)/g)).toHaveLength(1);
    for (const { question: id } of a.unknowns) expect(text).toContain(`${a.questions.find((q) => q.id === id)?.text} [${id}]`);
    expect(linesOf(r.stdout).at(-1)).toBe(`Overall ${Math.floor(a.overall.score ?? 0)}/100 ${a.overall.rating?.label}`);
  });

  it('is wrapped to 100 columns when COLUMNS is not set and the output is not a terminal', async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--detail'] });
    const widths = linesOf(r.stdout).map((l) => displayWidth(l));
    expect(Math.max(...widths)).toBeLessThanOrEqual(100);
    expect(Math.max(...widths)).toBeGreaterThan(90);
  });
});

describe('scores are shown rounded down (SPEC "Scoring")', () => {
  it('shows the whole score below the exact one, and a --min-score at the shown score still fails', async () => {
    const a = JSON.parse((await assess('council-cyber-resilience', ['--format', 'json'])).stdout) as Assessment;
    const exact = a.overall.score ?? 0;
    expect(Number.isInteger(exact)).toBe(false);
    const shown = Math.floor(exact);
    const r = await assess('council-cyber-resilience', ['--min-score', String(shown + 1)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Overall ${shown}/100`);
    expect(r.stdout).toContain(`overall score ${shown} is below ${shown + 1}`);
    const md = await assess('council-cyber-resilience', ['--format', 'markdown']);
    expect(md.stdout).toContain(`**Overall score: ${shown} out of 100**`);
  });
});

// A real terminal: the width comes from the terminal itself, and what is left on screen at the end
// is the score, rating and gates, with the gate lines on standard error above the report.
const session = `cyber-ready-text-${process.pid}`;
afterAll(endTmuxServer);

describe.runIf(hasTmux)('in a real terminal', () => {
  it.each([80, 120])('at %i columns the screen ends with the score and gates, every line fitting', async (columns) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-text-'));
    tmuxStatus('kill-session', '-t', session);
    const args = ['assess', '-a', join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), '--today', '2026-11-23', '--min-score', '70', '--fail-on', 'high'];
    const command = `cd ${dir} && env -u COLUMNS NO_COLOR=1 node ${binPath} ${args.join(' ')}; echo $? > exit.part && mv exit.part exit.txt; sleep 600`;
    newTmuxSession(['-d', '-s', session, '-x', String(columns), '-y', '40', command]);
    const until = Date.now() + RUN_LIMIT_MS;
    while (!existsSync(join(dir, 'exit.txt')) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).toBe('1');
    const screen = tmux('capture-pane', '-p', '-t', session).replace(/\n+$/, '').split('\n');
    expect(screen.slice(-3)).toEqual([
      expect.stringMatching(/^Overall 51\/100 Partly ready · gates FAILED$/),
      expect.stringMatching(/^ {2}✗ FAIL {2}overall score 51 is below 70$/),
      expect.stringMatching(/^ {2}✗ FAIL {2}30 unwaived high or worse gaps$/),
    ]);
    // The bar is wider on a wider terminal: the width came from the terminal, not COLUMNS.
    expect(screen.some((l) => l.includes(columns >= 100 ? '░'.repeat(9) : '██░░░░░░░░ '))).toBe(true);
    tmuxStatus('kill-session', '-t', session);
  });
});
