// `cyber-ready --version` is answered by bin/ from package.json without loading the bundle (see
// bin/cyber-ready.js). It must say exactly what the full command line says, and only for a run that
// asks for nothing else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runInProcess } from '../helpers/cli.js';

// Says at exit whether the bundle's loader was required.
const hook = join(mkdtempSync(join(tmpdir(), 'cyber-ready-version-')), 'bundle.cjs');
writeFileSync(hook, "process.on('exit', () => process.stderr.write(`bundle: ${Object.keys(require.cache).some((f) => f.endsWith('boot.cjs'))}\\n`));\n");

const binary = (args: string[]) => {
  const r = spawnSync(process.execPath, ['-r', hook, binPath, ...args], { cwd: repoRoot, encoding: 'utf8' });
  const [bundle = '', ...rest] = r.stderr.split('\n').reverse().filter(Boolean);
  return { code: r.status, stdout: r.stdout, stderr: rest.reverse().join('\n'), loadedBundle: bundle === 'bundle: true' };
};

describe('--version without the bundle', () => {
  it.each(['--version', '-v', '-V'])('%s prints what the command line prints, without loading the bundle', async (flag) => {
    const full = await runInProcess({ args: [flag] });
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(binary([flag])).toEqual({ code: 0, stdout: full.stdout, stderr: '', loadedBundle: false });
  });

  it('with anything else on the line the command line answers, as before', async () => {
    const version = (await runInProcess({ args: ['--version'] })).stdout;
    expect(binary(['--version', '--debug'])).toEqual({ code: 0, stdout: version, stderr: '', loadedBundle: true });
    expect(binary(['--version', 'extra']).loadedBundle).toBe(true);
    expect(binary(['--versions'])).toMatchObject({ code: 2, stdout: '', loadedBundle: true });
  });

  it('a full standard output is one line and exit 2, as for any report', () => {
    const r = spawnSync(process.execPath, [binPath, '--version'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cyber-ready: cannot write to standard output: no space left on device\n');
  });
});
