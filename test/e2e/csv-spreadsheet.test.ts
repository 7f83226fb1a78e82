// The CSV action plan opened by a real spreadsheet: LibreOffice Calc imports it (as a user's
// double-click does, once with its "Trim spaces" option and once without) and saves it back as CSV
// with each cell's value, so a cell it ran as a formula comes back as the formula's result, not
// the text that was written. Every cell must come back exactly as the report wrote it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { libreOffice, neededUnderCi } from '../helpers/docx-reader.js';

// Import: comma, double quote, UTF-8, from line 1, default column types, English (UK), quoted
// fields not forced to text, special numbers detected, then token 11 "Trim spaces", and token 13
// "Evaluate formulas" on, as the import dialog offers them.
const importOptions = (trim: boolean): string => `CSV:44,34,76,1,,2057,false,true,false,false,${trim},-1,true`;
// Export: the same dialect, cell values rather than formulas.
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false';

const office = libreOffice();

/** Each file as LibreOffice Calc reads it and writes its values back, or undefined without Calc. */
function throughCalc(files: string[], trim: boolean): string[][][] | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-calc-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  const r = spawnSync(office as string, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, `--infilter=${importOptions(trim)}`, '--convert-to', EXPORT, '--outdir', out, ...files], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status}): ${r.stderr}`);
  try {
    return files.map((f) => parse(readFileSync(join(out, f.replace(/^.*\//, '')), 'utf8'), { bom: true, relax_column_count: true }) as string[][]);
  } catch {
    return undefined; // Writer without Calc loads no CSV ("source file could not be loaded")
  }
}

// A CSV written by hand, unguarded: proves that this LibreOffice runs formulas on import, so that
// the report's cells coming back as text means something.
const CONTROL = 'a,b\r\n=1+1, =1+1\r\n';
function controlFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-calc-control-'));
  writeFileSync(join(dir, 'control.csv'), CONTROL);
  return join(dir, 'control.csv');
}
const calc = neededUnderCi(office ? throughCalc([controlFile()], true) : undefined, 'LibreOffice Calc (Debian: libreoffice-calc-nogui)');

describe.skipIf(!calc)('the CSV action plan in LibreOffice Calc', () => {
  it('this Calc runs =1+1, and with trimmed spaces " =1+1" too (the check below can fail)', () => {
    expect(calc?.[0]?.[1]).toEqual(['2', '2']);
  });

  it.each([false, true])('no cell runs as a formula and every cell reads back as written (Trim spaces %s)', async (trim) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-calc-plan-'));
    const files: string[] = [];
    for (const name of ['formula', 'formula-forms']) {
      const r = await runBinary({ args: ['assess', '-q', `test/fixtures/csv/${name}.yaml`, '-a', `test/fixtures/csv/${name}.answers.yaml`, '--today', '2026-11-23', '-f', 'csv'] });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      files.push(join(dir, `${name}.csv`));
      writeFileSync(files.at(-1) as string, r.stdout);
    }
    const read = throughCalc(files, trim);
    files.forEach((file, i) => {
      // Calc keeps a line break inside a cell as LF, whether it was written CR, LF or CRLF.
      const lines = (rows: string[][]): string[][] => rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
      const written = lines(parse(readFileSync(file, 'utf8'), { bom: true }) as string[][]);
      // Calc writes no trailing empty cells.
      const back = lines(read?.[i] ?? []).map((row) => [...row, ...Array<string>(written[0]!.length - row.length).fill('')]);
      expect(back, file).toEqual(written);
    });
  }, 120_000);
});
