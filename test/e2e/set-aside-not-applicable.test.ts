// An answer of "not applicable" to a question its condition rules out agrees with the condition:
// the papers told the committee to "check which is right", as for a real answer set aside.
import { expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

const ARGS = ['assess', '-q', 'test/fixtures/set-aside/q.yaml', '-a', 'test/fixtures/set-aside/answers.yaml', '--today', '2026-12-01'];

it('"not applicable" under a condition that rules the question out is no contradiction; an answer there is', async () => {
  const json = await runBinary({ args: [...ARGS, '-f', 'json'] });
  expect(json.code, json.stderr).toBe(ExitCode.Ok);
  const entries = (JSON.parse(json.stdout) as Assessment).notApplicable;
  expect(entries.find((e) => e.question === 'ot-patched')).not.toHaveProperty('ignored');
  expect(entries.find((e) => e.question === 'ot-segregated')?.ignored).toEqual({ answer: 'No', because: ['runs-ot'] });
  const markdown = (await runBinary({ args: [...ARGS, '-f', 'markdown'] })).stdout;
  const row = (id: string): string => markdown.split('\n').find((l) => l.includes(`(\`${id}\`)`)) ?? '';
  expect(row('ot-patched')).not.toContain('check which is right');
  expect(row('ot-segregated')).toContain('check which is right');
});
