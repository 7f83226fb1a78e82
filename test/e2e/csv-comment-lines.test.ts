import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

// The CSV action plan lists what an outcome still needs one statement a line, each "ID text (comment:
// …)": a comment written over several lines (a YAML literal block) is one line there, its line
// breaks spaces, so that a line of the cell is always one statement.

const QUESTIONNAIRE = readFileSync(join(repoRoot, 'test/fixtures/outcome/one-outcome.yaml'), 'utf8');

const ANSWERS = `questionnaire: conf
organisation: Org
answers:
  out:
    indicators: { NA.1: false, PA.1: true, A.1: true, A.2: false }
    comments:
      A.2: |
        Waiting on the supplier's
        second release.
`;

describe('an indicator comment over two lines, in the CSV action plan', () => {
  it('is one line of the answer cell, after the statement it belongs to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-csv-comment-lines-'));
    writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
    writeFileSync(join(dir, 'a.yaml'), ANSWERS);
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'csv', '--today', '2026-11-23'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const rows = parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row['Question ID'], row.Answer])).toEqual([
      ['out', "partially achieved; still to meet:\nA.2 All two. (comment: Waiting on the supplier's second release.)"],
    ]);
  });
});
