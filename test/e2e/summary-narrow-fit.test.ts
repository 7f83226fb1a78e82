// The text summary on a narrow terminal, through the binary: wrapped gaps take several lines each,
// so the list goes down to one gap to keep the summary on a 40-line screen; the header leaves out
// only what saves a line; a count in "Add --detail for …" stays on the line of what it counts.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-narrow-fit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const summary = async (args: string[], columns: number): Promise<string[]> => {
  const r = await runBinary({ args: ['assess', ...args], env: { COLUMNS: String(columns) } });
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
