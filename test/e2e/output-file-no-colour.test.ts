import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// FORCE_COLOR forces colour on the terminal and standard output; a file named with -o never gets
// colour codes, as --report files never did. assess and diff wrote them into -o files under
// FORCE_COLOR (a reviewer found 33 and 10 escape codes), and benchmark shared the same call.
const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const ESC = '\u001b';

describe('-o files under FORCE_COLOR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-o-colour-'));
  // One answer better than the example's, so that diff has a change to colour.
  writeFileSync(join(dir, 'after.yaml'), readFileSync(EXAMPLE, 'utf8').replace('share-lrf: partly', 'share-lrf: in-place'));
  const cases: { name: string; args: string[]; file: string; code?: number }[] = [
    { name: 'assess (text)', args: ['assess', '-a', EXAMPLE, '--today', '2026-11-23', '-o', 'assess.txt'], file: 'assess.txt' },
    { name: 'assess --detail', args: ['assess', '-a', EXAMPLE, '--today', '2026-11-23', '--detail', '-o', 'detail.txt'], file: 'detail.txt' },
    { name: 'diff', args: ['diff', EXAMPLE, 'after.yaml', '--today', '2026-11-23', '-o', 'diff.txt'], file: 'diff.txt' },
    { name: 'benchmark', args: ['benchmark', EXAMPLE, '--min-group', '1', '-o', 'bench.txt'], file: 'bench.txt' },
  ];

  for (const c of cases) {
    it(`${c.name}: the file has no colour codes, while standard output, without -o, has them`, async () => {
      for (const level of ['1', '3']) {
        const r = await runBinary({ args: c.args, cwd: dir, env: { FORCE_COLOR: level } });
        expect(r.code, r.stderr).toBe(c.code ?? ExitCode.Ok);
        expect(r.stdout).toBe('');
        expect(readFileSync(join(dir, c.file), 'utf8')).not.toContain(ESC);
      }
      // The same run to standard output is coloured: FORCE_COLOR still works where it applies.
      const shown = await runBinary({ args: c.args.slice(0, -2), cwd: dir, env: { FORCE_COLOR: '3' } });
      expect(shown.stdout).toContain(ESC);
    });
  }
});
