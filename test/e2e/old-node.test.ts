// A Node older than package.json's "engines": npm only warns when installing, and the repository's
// engine-strict (.npmrc) is not published, so such a Node runs the binary. It must say so in one
// line, exit 2, before anything else: on Node 18 a Word report failed half way as an "internal
// error" (zlib.crc32 is Node 20.15+). A preload script makes the running Node report an old version.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-old-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the binary under a Node that says it is `version`. */
function runAs(version: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const preload = join(dir, `as-${version}.cjs`);
  writeFileSync(preload, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} }); Object.defineProperty(process, 'version', { value: ${JSON.stringify(`v${version}`)} });\n`);
  const r = spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'bin/cyber-ready.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const engines = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const minimum = engines.replace(/^>=/, '');
const answers = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');

describe('a Node older than the tool supports', () => {
  it('package.json names one oldest version, which the binary checks', () => {
    expect(engines).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(readFileSync(join(repoRoot, 'bin/cyber-ready.js'), 'utf8')).toContain(`const MIN_NODE = '${minimum}';`);
  });

  it.each(['18.20.8', '20.16.0', '19.9.0', '20.9.0'])('Node %s: one line naming both versions, exit 2, nothing on standard output', (version) => {
    for (const args of [['assess', '--answers', answers, '--format', 'docx'], ['--version']]) {
      const r = runAs(version, args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`cyber-ready: needs Node.js ${minimum} or later, and this is Node.js v${version}; install a newer Node.js (the current LTS) and run it again\n`);
    }
  });

  it.each([minimum, '20.17.1', '22.0.0', '24.1.0', '100.0.0'])('Node %s runs the tool', (version) => {
    const r = runAs(version, ['assess', '--answers', answers, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('schemaVersion', 2);
  });
});
