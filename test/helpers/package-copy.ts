// Copies of the built package for the code cache tests (test/build/run-time-cache*.test.ts): each
// case runs the tool from a copy of package.json, bin/, dist/, the questionnaires and the catalogue,
// so that the caches it records never touch the repository's own dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './cli.js';

export const example = 'examples/council-cyber-resilience.answers.yaml';
export const jsonArgs = ['assess', '-a', join(repoRoot, example), '--today', '2026-11-23', '--format', 'json'];
// A V8 option, so V8 refuses the build's cache, on every Node (Node 24 leaves heap sizes out of the
// flags it checks; Node 20 and 22 do not). No run here prints a stack trace.
export const v8Option = { NODE_OPTIONS: '--stack-trace-limit=50' };

const copies: string[] = [];
/** For afterAll: remove every copy made. */
export const removeCopies = (): void => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));

export function copyOfPackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'cyber-ready-local-cache-'));
  copies.push(root);
  cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  for (const dir of ['bin', 'dist', 'questionnaires', 'frameworks']) cpSync(join(repoRoot, dir), join(root, dir), { recursive: true, preserveTimestamps: true });
  // The repository's dist/ has one too once another Node (or a V8 option) has run the tool there.
  for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.local.cache'))) rmSync(join(root, 'dist', file));
  return root;
}

export interface CopyRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the copy's binary; `nodeArgs` go to node itself (process.execArgv), before the script. */
export function runCopy(root: string, args: readonly string[], env: Record<string, string> = {}, nodeArgs: readonly string[] = []): CopyRun {
  const r = spawnSync(process.execPath, [...nodeArgs, join(root, 'bin/cyber-ready.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'Europe/London', ...env }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Which cache a fresh node starts this copy from, as bin/ would load it: from a script file, as
 * `node -e` would put its script in process.execArgv, part of what a run-time cache is recorded for.
 */
export function cacheState(root: string, env: Record<string, string> = {}): string {
  const dist = join(root, 'dist');
  const script = join(root, 'cache-state.cjs');
  writeFileSync(script, `process.stdout.write(require(${JSON.stringify(join(dist, 'boot.cjs'))}).load(${JSON.stringify(dist)}, process.env).cache)`);
  // A limit of its own, as for run() above: spawnSync holds the worker, so vitest's timer cannot fire.
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000, killSignal: 'SIGKILL' });
  expect(r.error).toBeUndefined();
  expect(r.stderr).toBe('');
  return r.stdout;
}

export const localFile = (root: string): string => join(root, 'dist/cli.local.cache');

export const headerOf = (file: string): Record<string, unknown> => {
  const raw = readFileSync(file);
  return JSON.parse(raw.subarray(0, raw.indexOf(10)).toString('utf8')) as Record<string, unknown>;
};

/** The file with its header changed and its cache bytes kept. */
export function editHeader(file: string, edit: (header: Record<string, unknown>) => Record<string, unknown>): void {
  const raw = readFileSync(file);
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(edit(headerOf(file)))}\n`), raw.subarray(raw.indexOf(10) + 1)]));
}
