import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// One character outside Latin-1 in a bundle makes V8 hold its whole source as a two-byte string,
// which cost every start some 4 ms (--version included). The build refuses such a bundle; this says
// so where the suite's results are read.
describe('the bundles are ASCII', () => {
  it.each(['cli.cjs', 'boot.cjs', 'prompts.cjs', 'docx.cjs'])('dist/%s', (name) => {
    const text = readFileSync(join(repoRoot, 'dist', name), 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    expect(at, at >= 0 ? text.slice(Math.max(0, at - 40), at + 20) : '').toBe(-1);
  });
});
