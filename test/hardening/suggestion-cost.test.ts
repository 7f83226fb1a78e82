// "Did you mean" suggestions compared every unknown id with every candidate through a full table of
// edit distances: a questionnaire of 1,000 questions, each with a `when` on a mistyped id, took a
// minute and a half to validate, and 1,000 unknown `requires` keys four minutes (ids of about 95
// characters that share a start, as generated ids do). The distance is now cheap and stops early,
// and suggestions are worked out only for the problems that are printed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinaryOwnTime } from '../helpers/own-time.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suggest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNT = 1000;
const PREFIX = `generated-${'control-'.repeat(10)}`; // 90 characters
const id = (i: number): string => `${PREFIX}${String(i).padStart(5, '0')}`;
// One letter changed at the end: close enough to a real id to be suggested.
const typo = (i: number): string => `${PREFIX}${String(i).padStart(4, '0')}x`;

function questionnaire(): string {
  const lines = ['id: generated', 'version: 1.0.0', 'title: Generated', 'sections:', '  - id: s', '    title: S', '    questions:'];
  for (let i = 0; i < COUNT; i++) {
    lines.push(`      - id: ${id(i)}`, '        text: Yes or no?', '        type: yes-no');
    if (i > 0) lines.push(`        when: { question: ${typo(i)}, in: [true] }`);
  }
  lines.push('profiles:', '  - id: base', '    title: Base', '    requires:');
  for (let i = 0; i < COUNT; i++) lines.push(`      ${typo(i + 1)}: yes`);
  return `${lines.join('\n')}\n`;
}

describe('suggestions for many unknown ids', () => {
  it('validates 1,000 bad conditions and 1,000 unknown requirements in seconds, not minutes', async () => {
    writeFileSync(join(dir, 'q.yaml'), questionnaire());
    const { code, stdout, stderr, ownMs } = await runBinaryOwnTime({ args: ['validate', 'q.yaml'], cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    // The problems found first (the conditions, checked before the profiles) still carry their suggestion.
    expect(lines.find((l) => l.includes('"when" refers to'))).toMatch(new RegExp(`^q\\.yaml:\\d+:\\d+: "when" refers to "${typo(1).slice(0, 60)}…" \\(95 characters\\), which is not an earlier question \\(did you mean "${id(0)}"\\?\\); a condition may only look backwards$`));
    expect(lines.filter((l) => l.includes('did you mean')).length).toBeGreaterThan(90);
    // The binary's own processor time, which a busy test machine does not stretch as it does the
    // clock's: about a second here, where it took minutes.
    expect(ownMs).toBeLessThan(20_000);
  });
});
