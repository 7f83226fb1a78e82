import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of a fixture folder in a new temporary folder, to change one thing in; returns the copy. */
export function copyFixture(fixture: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cyber-ready-${prefix}-`));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Change one file of a copy; an edit that changes nothing is the test's own mistake, so it throws. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(path, after);
}
