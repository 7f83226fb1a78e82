import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { displayWidth } from '../../src/text/wrap.js';
import { runBinary } from '../helpers/cli.js';

// The summary's gap lines on a narrow terminal, through the real binary. Cut to one line, a gap
// read "2. CRITICAL  Is multi-factor…" at 40 columns and "Is the data the council… (accepted
// risk)" at 60: the question was lost. Below 80 columns the question now wraps, whole, under its
// own start; from 80 columns each gap keeps to one line, as before.
const RUNS = [
  { name: 'council example', args: ['-a', 'examples/council-cyber-resilience.answers.yaml'] },
  { name: 'critical systems', args: ['-a', 'test/fixtures/systems/sys.answers.yaml', '-q', 'test/fixtures/systems/sys.yaml'] },
];
const GAP_START = /^ {2,3}\d{1,2}\. (CRITICAL|HIGH|MEDIUM|LOW) +/;
/** Where each question starts: after "  10. CRITICAL  ". */
const HANGING = ' '.repeat(16);

/** The gap lines of a summary: each gap as the lines it takes. */
function gapsOf(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const gaps: string[][] = [];
  for (const line of lines) {
    if (GAP_START.test(line)) gaps.push([line]);
    else if (gaps.length && line.startsWith(HANGING) && line.trim() !== '') gaps.at(-1)?.push(line);
    else if (gaps.length) break;
  }
  return gaps;
}

describe.each(RUNS)('gap lines of the text summary ($name)', ({ args }) => {
  const assess = (columns: number, more: string[] = []) => runBinary({ args: ['assess', ...args, '--today', '2026-12-01', ...more], env: { COLUMNS: String(columns) } });

  it.each([40, 60, 79])('at %i columns each gap shows its whole question, wrapped under its start', async (columns) => {
    const a = JSON.parse((await assess(columns, ['-f', 'json'])).stdout) as Assessment;
    const r = await assess(columns);
    const gaps = gapsOf(r.stdout);
    // Whole questions take many lines at 40 columns, and the summary keeps to 40 lines: the
    // council example's first two gaps fill it since its questions spell out their acronyms.
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    gaps.forEach((lines, i) => {
      const gap = a.gaps[i];
      if (!gap) throw new Error(`no gap ${i + 1} in the JSON report`);
      const read = lines.map((l) => l.replace(GAP_START, '').trim()).join(' ');
      const system = gap.system === null ? (a.systems.length ? 'Organisation: ' : '') : `${gap.systemTitle ?? gap.system}: `;
      const mark = gap.blocking ? ' (automatic fail)' : gap.accepted ? ' (accepted risk)' : '';
      expect(read).toBe(`${system}${gap.text}${mark}`);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    });
    expect(gaps.flat().join('\n')).not.toContain('…');
  });

  it.each([80, 100])('at %i columns each gap keeps to one line', async (columns) => {
    const gaps = gapsOf((await assess(columns)).stdout);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (const lines of gaps) expect(lines).toHaveLength(1);
  });
});

// A heading that wraps goes on indented under itself, as the gaps' heading did: "Sections (scores
// out of 100, rounded" above a "down)" at the left edge read as a line of its own.
it.each([40, 60])('at %i columns the headings of the summary go on indented when they wrap', async (columns) => {
  const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-12-01'], env: { COLUMNS: String(columns) } });
  const lines = r.stdout.split('\n');
  let wrapped = 0;
  for (const heading of ['Sections (', 'Top ']) {
    const at = lines.findIndex((l) => l.startsWith(heading));
    expect(at, heading).toBeGreaterThan(0);
    if (lines[at]?.includes(')')) continue;
    wrapped++;
    expect(lines[at + 1], `the line after "${lines[at]}"`).toMatch(/^ {2}\S/);
  }
  // At 40 columns both wrap, so the check above is made.
  if (columns === 40) expect(wrapped).toBe(2);
});
