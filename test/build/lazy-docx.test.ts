import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot } from '../helpers/cli.js';

// The Word library is as big as the rest of the tool: it lives in dist/docx.cjs and is loaded only
// when a docx report is asked for, so no other run pays to read or compile it.
const dist = join(repoRoot, 'dist');
const hook = join(mkdtempSync(join(tmpdir(), 'cyber-ready-lazy-')), 'trace.cjs');
writeFileSync(
  hook,
  "const M = require('node:module'); const load = M._load; M._load = function (request, ...rest) { if (/docx\\.cjs$/.test(request)) process.stderr.write('loaded docx.cjs\\n'); return load.call(this, request, ...rest); };\n",
);

const run = (format: string): string => {
  const r = spawnSync(process.execPath, ['-r', hook, binPath, 'assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '-f', format, '-o', join(tmpdir(), `cyber-ready-lazy.${process.pid}.${format}`)], { cwd: repoRoot, encoding: 'utf8' });
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
});
