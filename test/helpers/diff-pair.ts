import { expect } from 'vitest';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { runBinary, type CliResult } from './cli.js';
import { parseMarkdown, raggedTables } from './consumers.js';
import { validateDiff } from './diff-schema.js';

/** `diff old/readiness.yaml new/readiness.yaml --fail-on-regression` in `dir`, judged on `today`, through the binary. */
export const diffPair = (dir: string, today: string, ...args: string[]): Promise<CliResult> =>
  runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', today, '--fail-on-regression', ...args], cwd: dir });

/** The three formats of one such diff, the markdown's tables whole and the JSON valid against its schema. */
export async function diffPairFormats(dir: string, today: string): Promise<{ text: CliResult; markdown: CliResult; json: CliResult; data: AssessmentDiff }> {
  const [text, markdown, json] = await Promise.all([diffPair(dir, today), diffPair(dir, today, '-f', 'markdown'), diffPair(dir, today, '-f', 'json')]);
  expect(raggedTables(parseMarkdown(markdown.stdout))).toEqual([]);
  const data = JSON.parse(json.stdout) as AssessmentDiff;
  expect(validateDiff(data), JSON.stringify(validateDiff.errors)).toBe(true);
  return { text, markdown, json, data };
}
