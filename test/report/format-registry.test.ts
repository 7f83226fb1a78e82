import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFormatWarning, formatNamedBy } from '../../src/cli/format-by-name.js';
import { FORMATS_WITH_PATHS, REPORT_FORMAT_REGISTRY, REPORT_FORMATS, isBinaryFormat } from '../../src/report/formats.js';
import { loadReporter } from '../../src/report/load-reporter.js';

// One registry of report formats (src/report/formats.ts): each entry has its facts and the loader of
// its renderer, so a format is added in one place and the command line never loads a renderer it
// does not use.
describe('the report format registry', () => {
  it('lists the formats in the order --help shows them, with their facts', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'markdown', 'json', 'junit', 'sarif', 'gitlab', 'csv', 'html', 'docx']);
    expect(REPORT_FORMATS.filter(isBinaryFormat)).toEqual(['docx']);
    expect(FORMATS_WITH_PATHS).toEqual(['sarif', 'gitlab']);
  });

  it.each([
    ['paper.md', 'markdown'],
    ['paper.MARKDOWN', 'markdown'],
    ['board.htm', 'html'],
    ['report.json', 'json'],
    ['results.sarif', 'sarif'],
    ['results.sarif.json', 'sarif'],
    ['gl-code-quality-report.json', 'gitlab'],
    ['codequality.json', 'gitlab'],
    ['codequality.sarif.json', 'sarif'],
    ['codequality/report.json', 'json'],
    ['junit.xml', 'junit'],
    ['gaps.csv', 'csv'],
    ['paper.docx', 'docx'],
    ['paper.txt', undefined],
    ['paper', undefined],
  ])('takes %s for %s by its ending', (file, format) => {
    expect(formatNamedBy(file)).toBe(format);
  });

  // The endings are checked in the registry's order: were two to match one name, the order would
  // decide, and a format added in the wrong place would take another's files.
  it('has no two endings that match the same name', () => {
    const pieces = ['x', 'gl-code-quality-report', 'codequality', 'code-quality', '/', '\\', '.sarif', '.json', '.md', '.markdown', '.htm', '.html', '.xml', '.csv', '.docx', '.txt'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (parts) => {
        const name = parts.join('');
        expect(REPORT_FORMATS.filter((f) => REPORT_FORMAT_REGISTRY[f].ending?.test(name)).length, name).toBeLessThanOrEqual(1);
      }),
      { numRuns: 5000 },
    );
  });

  it('warns of -o with a name another format takes', () => {
    expect(defaultFormatWarning('gl-code-quality-report.json', REPORT_FORMATS)).toBe('-o gl-code-quality-report.json gets the text report, as no --format was given; for gitlab, add --format gitlab');
  });

  it("loads the renderer of the format asked for: for JSON, the registry entry's own", async () => {
    expect(await loadReporter('json')).toBe(await REPORT_FORMAT_REGISTRY.json.load());
  });
});
