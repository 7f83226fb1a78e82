import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { nodesOfType, parseMarkdown, parseMermaid, parseXml, raggedTables, sarifSchemaErrors, tableLines } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';

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
    expect(nodesOfType(tree, 'html')).toEqual([]);
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
    const cases = suites.testsuite.flatMap((s) => s.testcase);
    const included = a.questions.filter((q) => q.included || q.status === 'not-applicable');
    expect(Number(suites['@tests'])).toBe(included.length);
    expect(cases).toHaveLength(included.length);
    expect(Number(suites['@failures'])).toBe(a.gaps.filter((g) => !g.accepted).length);
    expect(cases.filter((c) => 'failure' in c)).toHaveLength(a.gaps.filter((g) => !g.accepted).length);
    expect(Number(suites['@skipped'])).toBe(a.notApplicable.length);
    expect(cases.filter((c) => 'skipped' in c)).toHaveLength(a.notApplicable.length);
    // The parser decodes entities, so names must come back exactly as written.
    expect(cases.map((c) => c['@name'])).toEqual(included.map((q) => `${q.id}: ${q.text}`));
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, one result per gap at the answer line', async () => {
    const a = await assessmentOf(args);
    const log = JSON.parse(await render(args, 'sarif')) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(a.questions.map((q) => q.id));
    expect(run?.results.map((r) => r.ruleId)).toEqual(a.gaps.map((g) => g.question));
    expect(run?.results.map((r) => r.locations[0]?.physicalLocation.region)).toEqual(a.gaps.map((g) => ({ startLine: g.location?.line, startColumn: g.location?.column })));
    expect(run?.results.filter((r) => r.suppressions).length).toBe(a.gaps.filter((g) => g.accepted).length);
  });

  it('text: no raw control characters reach the terminal', async () => {
    const text = await render(args, 'text');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
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

  it('sarif locates an unanswered gap at its question in the questionnaire', async () => {
    const r = await runBinary({ args: ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--today', '2026-11-23', '-f', 'sarif'] });
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const budget = log.runs[0]?.results.find((x) => x.ruleId === 'budget');
    expect(budget?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'test/fixtures/valid/mini.yaml' }, region: { startLine: 29, startColumn: 9 } });
  });
});

describe('registry', () => {
  it('has one pure renderer per SPEC format', () => {
    expect(Object.keys(reporters).sort()).toEqual(['json', 'junit', 'markdown', 'sarif', 'text']);
  });
});
