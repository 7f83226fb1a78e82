import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { foundAt } from '../../src/cli/found-at.js';

// What a stopped walk finds at its answers file's path; a path that cannot be looked at was an "internal error".
it('says a file, nothing, or something else, and never throws for a path that cannot be looked at', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-found-'));
  writeFileSync(join(dir, 'a.yaml'), 'x: 1\n');
  mkdirSync(join(dir, 'folder.yaml'));
  symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
  expect(foundAt(join(dir, 'a.yaml'))).toBe('file');
  expect(foundAt(join(dir, 'gone.yaml'))).toBe('nothing');
  expect(foundAt(join(dir, 'folder.yaml'))).toBe('other');
  // A loop of links (ELOOP), and a part of the path that is a file, not a folder (ENOTDIR).
  expect(foundAt(join(dir, 'loop.yaml'))).toBe('other');
  expect(foundAt(join(dir, 'a.yaml', 'b.yaml'))).toBe('nothing');
});
