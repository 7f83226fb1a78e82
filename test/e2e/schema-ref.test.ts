// The `$schema` line that `init` and the walk write at the top of an answers file, a file meant to
// be committed: it must point where the schema is for whoever else opens the file, never at one
// person's machine (npx's cache, a global install, another project's copy). Each case runs a copy
// of the package installed where a user's would be.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaRefFrom } from '../../src/cli/schema-ref.js';
import { repoRoot } from '../helpers/cli.js';

const top = mkdtempSync(join(tmpdir(), 'cyber-ready-schema-ref-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

/** The package's files at `dir` (as npm installs them), returning its binary. */
function installAt(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'bin', 'dist', 'schemas', 'questionnaires', 'frameworks']) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true, preserveTimestamps: true });
  return join(dir, 'bin/cyber-ready.js');
}

/** The schema path `init -o file` writes with the binary `bin`. */
function schemaLine(bin: string, file: string): string {
  mkdirSync(join(file, '..'), { recursive: true });
  const r = spawnSync(process.execPath, [bin, 'init', '-o', file, '--today', '2026-11-23'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.status, r.stderr).toBe(0);
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  return first.replace('# yaml-language-server: $schema=', '');
}

const CONVENTIONAL = 'node_modules/cyber-ready/schemas/answers.schema.json';

describe('the schema an answers file points its editor at', () => {
  it("the project's own dependency: relative to it, from the project's folder or one below it", () => {
    const bin = installAt(join(top, 'project/node_modules/cyber-ready'));
    expect(schemaLine(bin, join(top, 'project/readiness.yaml'))).toBe(CONVENTIONAL);
    expect(schemaLine(bin, join(top, 'project/security/readiness.yaml'))).toBe(`../${CONVENTIONAL}`);
  });

  it("npx's cache, a global install or another project's copy: the conventional path, not one person's machine", () => {
    const npx = installAt(join(top, 'home/.npm/_npx/64926963d0115a1e/node_modules/cyber-ready'));
    expect(schemaLine(npx, join(top, 'work/readiness.yaml'))).toBe(CONVENTIONAL);
    const global = installAt(join(top, 'prefix/lib/node_modules/cyber-ready'));
    expect(schemaLine(global, join(top, 'prefix-user/readiness.yaml'))).toBe(CONVENTIONAL);
    // A file in the folder above another project: the path ran down into that project's node_modules.
    const sibling = installAt(join(top, 'other/node_modules/cyber-ready'));
    expect(schemaLine(sibling, join(top, 'readiness.yaml'))).toBe(CONVENTIONAL);
  });

  it('a clone of the tool: its own schemas, as its examples have', () => {
    expect(schemaLine(join(repoRoot, 'bin/cyber-ready.js'), join(top, 'clone-check/x.yaml'))).toBe(CONVENTIONAL);
    expect(schemaRefFrom(join(repoRoot, 'examples/new.answers.yaml'))).toBe('../schemas/answers.schema.json');
  });

  it("a system file below the answers file points at the package beside the answers file", () => {
    const home = join(top, 'council');
    expect(schemaRefFrom(join(home, 'systems/social-care.yaml'), home)).toBe(`../${CONVENTIONAL}`);
  });
});
