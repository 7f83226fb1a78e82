// Aliases were bounded only by how many values they expand to (10,000 per file), not by the text
// they carry: `evidence: [&big "<100 KB>", *big, *big, ...]`, a 118 KB file, made `assess --detail`
// take minutes and gigabytes and end in "internal error: Maximum call stack size exceeded". The
// text that aliases bring in now has a budget of its own, the same 32 MB as a file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { runBinaryOwnTime } from '../helpers/own-time.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-alias-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'questionnaire: council-cyber-resilience\nquestionnaireVersion: 2.3.0\nanswers:\n  gov-strategy:\n    value: in-place\n    evidence:\n';
const BIG = 'x'.repeat(100_000);
const MESSAGE = 'aliases expand to too much text (over 32.0 MB); write the values out instead';

describe('the text that aliases expand to is bounded', () => {
  // 335 copies of 100,000 characters are 33,500,000, under 32 MB (33,554,432); the 336th goes over.
  // The anchor is on line 7 and the aliases on lines 8 onwards, so the 336th is on line 343.
  it('refuses one alias of a long text repeated, at the alias that goes over, quickly', async () => {
    writeFileSync(join(dir, 'a.yaml'), `${HEAD}      - &big "${BIG}"\n${'      - *big\n'.repeat(1000)}`);
    for (const args of [['validate', 'a.yaml'], ['assess', '-a', 'a.yaml', '--detail']]) {
      const { code, stdout, stderr, ownMs } = await runBinaryOwnTime({ args, cwd: dir });
      expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `a.yaml:343:9: ${MESSAGE}\n` });
      expect(ownMs).toBeLessThan(5_000);
    }
  });

  // An alias of a list counts all the text inside it, once for every time it is brought in.
  it('counts the text inside an aliased collection, at the alias that brings it in', async () => {
    const list = `      - &list\n${`        - "${BIG}"\n`.repeat(10)}`;
    writeFileSync(join(dir, 'b.yaml'), `${HEAD}${list}${'      - *list\n'.repeat(40)}`);
    const { code, stdout, stderr } = await runBinary({ args: ['validate', 'b.yaml'], cwd: dir });
    // Each alias brings in 1,000,000 characters: the 34th goes over, on line 7 + 10 + 34.
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `b.yaml:51:9: ${MESSAGE}\n` });
  });
});
