import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess, type CliResult } from '../helpers/cli.js';
import { cliCases, type CliCase } from './cli-cases.js';

function expectCase(c: CliCase, result: CliResult): void {
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.exit });
  const match = (actual: string, expected: RegExp | string | undefined): void => {
    if (expected === undefined) return;
    if (typeof expected === 'string') expect(actual).toContain(expected);
    else expect(actual).toMatch(expected);
  };
  match(result.stdout, c.stdout);
  match(result.stderr, c.stderr);
  if (c.noStdout) expect(result.stdout).toBe('');
  if (result.code !== 0 && result.code !== 1) expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  c.check?.(result);
}

describe('command line, in-process', () => {
  it.each(cliCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCase(c, await runInProcess(c));
  });
});

describe('command line, spawned binary', () => {
  it.each(cliCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCase(c, await runBinary(c));
  });
});
