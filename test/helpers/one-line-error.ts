// The contract for a user's mistake or a failed write: one plain line on standard error, exit 2.
import { expect } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { CliResult } from './cli.js';

/** One plain line on standard error, exit 2, nothing on standard output, no internal error. */
export function expectOneLine(r: CliResult, line: RegExp): void {
  expect(r.stderr, r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code, r.stderr).toBe(ExitCode.CannotAssess);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(line);
}
