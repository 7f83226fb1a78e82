import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';

// The Word library is as big as the rest of the tool: it lives in dist/docx.cjs and is loaded only
// when a docx report is asked for, so no other run pays to read or compile it.
const dist = join(repoRoot, 'dist');
const hook = join(mkdtempSync(join(tmpdir(), 'cyber-ready-lazy-')), 'trace.cjs');
// Any way of reading dist/docx.cjs (require, or boot.ts compiling it with its code cache) opens it.
writeFileSync(
  hook,
  "const fs = require('node:fs'); for (const name of ['openSync', 'readFileSync']) { const real = fs[name]; fs[name] = function (file, ...rest) { if (/docx\\.cjs$/.test(String(file))) process.stderr.write('loaded docx.cjs\\n'); return real.call(this, file, ...rest); }; }\n",
);

const EXAMPLE = 'examples/council-cyber-resilience.answers.yaml';
const run = (format: string, command: 'assess' | 'diff' = 'assess'): string => {
  const inputs = command === 'assess' ? ['assess', '-a', EXAMPLE] : ['diff', EXAMPLE, EXAMPLE];
  const r = spawnSync(process.execPath, ['-r', hook, binPath, ...inputs, '--today', '2026-11-23', '-f', format, '-o', join(tmpdir(), `cyber-ready-lazy.${process.pid}.${command}.${format}`)], { cwd: repoRoot, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
};

describe('the Word library', () => {
  it('is a bundle of its own, not part of the command line bundle', () => {
    expect(readFileSync(join(dist, 'docx.cjs'), 'utf8')).toContain('wordprocessingml');
    expect(readFileSync(join(dist, 'cli.cjs'), 'utf8')).not.toContain('wordprocessingml');
  });

  it.each(['json', 'text', 'markdown'])('is not loaded for a %s report', (format) => {
    expect(run(format)).toBe('');
  });

  it('is loaded for a docx report', () => {
    expect(run('docx')).toBe('loaded docx.cjs\n');
  });

  // diff's Word paper is loaded as assess's is: its other papers never load the library.
  it.each(['text', 'markdown', 'html'])('is not loaded for a diff in %s', (format) => {
    expect(run(format, 'diff')).toBe('');
  });

  it('is loaded for a diff in docx', () => {
    expect(run('docx', 'diff')).toBe('loaded docx.cjs\n');
  });

  it('starts from a code cache of its own, recorded by the build for this very bundle', () => {
    const cache = readFileSync(join(dist, 'docx.cache'));
    const header = JSON.parse(cache.subarray(0, cache.indexOf(10)).toString('utf8')) as { format: number; bundleSize: number };
    expect(header).toMatchObject({ format: 1, bundleSize: statSync(join(dist, 'docx.cjs')).size });
  });
});
