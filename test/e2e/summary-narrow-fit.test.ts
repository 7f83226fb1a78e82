// The text summary on a narrow terminal: wrapped gaps take several lines each, so the list goes down
// to one gap to keep the summary on a 40-line screen; the header leaves out only what saves a line; a
// count in "Add --detail for …" stays on the line of what it counts. The layout is run()'s, which the
// binary calls (text-report.test.ts takes the summary through it), so these 53 runs are in-process.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-narrow-fit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const summary = async (args: string[], columns: number): Promise<string[]> => {
  const r = await runInProcess({ args: ['assess', ...args], env: { COLUMNS: String(columns) } });
  expect(r.code).toBe(0);
  return r.stdout.replace(/\n$/, '').split('\n');
};

it.each(['council-cyber-resilience', 'cyber-essentials-readiness', 'caf-local-government'].flatMap((id) => [45, 50, 60, 79].map((columns) => [id, columns] as const)))(
  '%s at %i columns keeps within 40 lines',
  async (id, columns) => {
    const lines = await summary(['-a', `examples/${id}.answers.yaml`, '--today', '2026-12-04'], columns);
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(lines.some((l) => /^ {2,3}1\. (CRITICAL|HIGH|MEDIUM|LOW) /.test(l))).toBe(true);
  },
);

it('without assessedOn, the header keeps the tool and its version when leaving them out saves no line', async () => {
  const file = join(work, 'undated.yaml');
  writeFileSync(file, readFileSync('examples/council-cyber-resilience.answers.yaml', 'utf8').replace(/^assessedOn: .*\n/m, ''));
  for (const columns of [60, 79, 80]) {
    const head = (await summary(['-a', file, '--today', '2026-12-04'], columns)).slice(0, 4).join('\n');
    expect(head, `${columns} columns`).toContain('judged on 2026-12-04');
    expect(head, `${columns} columns`).toMatch(/cyber-ready \d+\.\d+\.\d+/);
  }
});

it('a count in "Add --detail for …" never ends a line with what it counts on the next', async () => {
  for (const columns of [40, 45, 50]) {
    const lines = await summary(['-a', 'examples/cyber-essentials-readiness.answers.yaml', '--today', '2029-01-01'], columns);
    const at = lines.findIndex((l) => l.startsWith('Add --detail for'));
    const block = lines.slice(at, lines.findIndex((l, i) => i > at && !l.startsWith('  ')));
    expect(block.join(' ')).toContain('stale answers');
    expect(block.filter((l) => /\d$/.test(l)), `${columns} columns`).toEqual([]);
  }
});

it("a system's short name is never broken across lines in the weakest in words", async () => {
  const file = join(work, 'level.yaml');
  const system = (id: string, title: string): string => `  - id: ${id}\n    title: ${title}\n    answers: { patched: no, mfa: yes, cloud-backup: yes, logged: yes }\n`;
  writeFileSync(file, `questionnaire: sys\norganisation: Test Council\nanswers:\n  owner: yes\n  cloud: yes\nsystems:\n${system('dom', 'Дом')}${system('payroll-2026', 'Payroll 2026')}`);
  for (let columns = 60; columns <= 90; columns++) {
    const lines = await summary(['-q', 'test/fixtures/systems/sys.yaml', '-a', file, '--today', '2026-12-04'], columns);
    const at = lines.findIndex((l) => l.startsWith('Weakest critical systems, level with each other:'));
    expect(lines.slice(at, at + 2).join('\n'), `${columns} columns`).toContain('Payroll 2026,');
  }
}, 120_000);

it('the weakest in words goes on with a hanging indent, as every wrapped line of the summary does', async () => {
  const lines = await summary(['-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-11-23'], 50);
  const at = lines.findIndex((l) => l.startsWith('Weakest critical system:'));
  expect(lines.slice(at, at + 2)).toEqual(['Weakest critical system:', '  Social care case management, 43/100, 26 gaps.']);
});

// "Gaps: none." and its sentence were written as one line: at 60 columns the terminal broke it
// mid-word ("there a" / "re no gaps."), and an all-not-applicable one at 80.
it('with no gaps, the line saying so is wrapped between words', async () => {
  const questionnaire = join(work, 'no-gaps.yaml');
  writeFileSync(questionnaire, 'id: no-gaps\nversion: 1.0.0\ntitle: No gaps\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: a, text: Is it done?, type: yes-no, allowNotApplicable: true }\n');
  const met = join(work, 'met.yaml');
  writeFileSync(met, 'questionnaire: no-gaps\norganisation: T\nanswers:\n  a: yes\n');
  const none = join(work, 'none.yaml');
  writeFileSync(none, 'questionnaire: no-gaps\norganisation: T\nanswers:\n  a: { status: not-applicable, reason: Nothing to do }\n');
  for (const [answers, columns] of [[met, 60], [none, 80], [none, 50]] as const) {
    const lines = await summary(['-q', questionnaire, '-a', answers, '--today', '2026-12-04'], columns);
    const at = lines.findIndex((l) => l.startsWith('Gaps: none.'));
    expect(at, `${columns} columns`).toBeGreaterThan(-1);
    for (const line of lines) expect(line.length, `${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
    // The sentence goes on, indented, on the next line, starting with a whole word.
    expect(lines[at + 1], `${columns} columns`).toMatch(/^ {2}[a-z]+\b/);
    expect(`${lines[at]} ${lines[at + 1]?.trim()}`).toMatch(/\b(gaps|act on)\.$/);
  }
});
