// The HTML report through the binary, read by an HTML parser (happy-dom), so these checks run even
// where no browser can be had; test/e2e/html-browser.test.ts opens the same files in chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { expectedRisks } from '../helpers/risks.js';

const EXAMPLE = ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23'];
const HOSTILE = ['assess', '-q', 'test/fixtures/hostile-render/hostile.yaml', '-a', 'test/fixtures/hostile-render/hostile.answers.yaml', '--today', '2026-11-23'];
const work = mkdtempSync(join(tmpdir(), 'cyber-ready-html-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Doc = { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null; getAttribute: (n: string) => string | null }>; body: { textContent: string | null }; title: string };

async function parse(html: string): Promise<Doc> {
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Doc;
}

const texts = (doc: Doc, selector: string): string[] => Array.from(doc.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the html report', () => {
  it('is the same document on standard output, with -o and with --report html=FILE', async () => {
    const out = join(work, 'o.html');
    const report = join(work, 'report.html');
    const stdout = await runBinary({ args: [...EXAMPLE, '--format', 'html'] });
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stderr).toBe('');
    const o = await runBinary({ args: [...EXAMPLE, '--format', 'html', '-o', out] });
    expect(o.stdout).toBe('');
    const r = await runBinary({ args: [...EXAMPLE, '--report', `html=${report}`] });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(stdout.stdout);
    expect(readFileSync(report, 'utf8')).toBe(stdout.stdout);
  });

  it('carries the board paper: score, rating, risks, asks, sections, every gap with its note, evidence and owner', async () => {
    const a = JSON.parse((await runBinary({ args: [...EXAMPLE, '--format', 'json'] })).stdout) as Assessment;
    const doc = await parse((await runBinary({ args: [...EXAMPLE, '--format', 'html'] })).stdout);
    expect(doc.title).toBe(`${a.organisation}: ${a.questionnaire.title}`);
    expect(texts(doc, 'h2')).toEqual(['Summary', 'Sections', 'Action plan', 'Appendix']);
    expect(texts(doc, '.score')[0]).toBe(`${Math.floor(a.overall.score ?? 0)} out of 100`);
    expect(texts(doc, '.headline .badge')).toEqual([a.overall.rating?.label]);
    expect(texts(doc, 'ol.risks > li > strong')).toEqual(expectedRisks(a).map((r) => r.text));
    expect(texts(doc, 'ol.asks > li').length).toBeGreaterThan(0);
    // The sections table and the chart's description give the same figures.
    expect(texts(doc, '#sections ~ table tbody th')).toEqual(a.sections.map((s) => s.title));
    const desc = texts(doc, 'svg desc')[0] ?? '';
    for (const s of a.sections) expect(desc).toContain(`${s.title}: ${s.score === null ? 'not applicable' : Math.floor(s.score)}`);
    // Every gap is an action, in priority order within its section, with what the answers file says.
    const actions = Array.from(doc.querySelectorAll('article.action h4')).map((e) => Number(/\d+/.exec(e.textContent ?? '')?.[0]));
    expect([...actions].sort((x, y) => x - y)).toEqual(a.gaps.map((g) => g.rank));
    const body = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    for (const q of a.questions.filter((x) => x.note && a.gaps.some((g) => g.question === x.id))) expect(body).toContain(q.note?.replace(/\s+/g, ' '));
    for (const q of a.questions.filter((x) => x.evidence.length && a.gaps.some((g) => g.question === x.id))) for (const e of q.evidence) expect(body).toContain(e);
    for (const g of a.gaps.filter((x) => x.owner)) expect(body).toContain(`owner: ${g.owner}`);
  });

  it('keeps hostile text as text: no element, attribute or control character comes from the input', async () => {
    const r = await runBinary({ args: [...HOSTILE, '--format', 'html'] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    const doc = await parse(r.stdout);
    expect(doc.querySelectorAll('script, img, b, a[href^="javascript"], [onerror]').length).toBe(0);
    const body = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(body).toContain('Org | <script>alert(1)</script> ]]> \\x1b[2J');
    expect(body).toContain('Cell | breaker <img src=x onerror=alert(1)> ``` fence ``` ]]> & done?');
    expect(body).toContain('owner: <img src=x onerror=alert(1)> | owner');
  });
});

it("lists each profile's unmet requirements in a table of its own, without the profile's title on every row", async () => {
  const [html, json] = await Promise.all([runBinary({ args: [...EXAMPLE, '-f', 'html'] }), runBinary({ args: [...EXAMPLE, '-f', 'json'] })]);
  const a = JSON.parse(json.stdout) as Assessment;
  for (const p of a.profiles.filter((x) => !x.passed)) {
    const at = html.stdout.indexOf(`<caption>Not yet met: ${p.title.replace(/'/g, '&#39;')}</caption>`);
    expect(at).toBeGreaterThan(0);
    const table = html.stdout.slice(at, html.stdout.indexOf('</table>', at));
    expect(table).toMatch(/<thead><tr><th scope="col">Question<\/th>/);
    expect((table.match(/<tr>/g) ?? []).length - 1).toBe(p.requirements.filter((r) => !r.met).length);
  }
});

describe('the html report read cell by cell', () => {
  // A screen reader moving along a row says its row header with each cell: a first column of plain
  // cells (the appendix's tables, the gates, the profiles) gave "Score 49" without what it scored.
  it.each([
    ['council-cyber-resilience', ['--min-score', '90', '--fail-on', 'high']],
    ['cyber-essentials-readiness', []],
    ['caf-local-government', ['--profile', 'baseline']],
  ])('%s: every row of every table body starts with a header cell for the row', async (example, extra) => {
    const r = await runBinary({ args: ['assess', '--answers', `examples/${example}.answers.yaml`, '--today', '2026-11-23', '-f', 'html', ...extra] });
    const doc = await parse(r.stdout);
    const rows = Array.from(doc.querySelectorAll('tbody tr')) as unknown as { firstElementChild: { tagName: string; getAttribute: (n: string) => string | null } | null; textContent: string | null }[];
    expect(rows.length).toBeGreaterThan(10);
    const plain = rows.filter((row) => row.firstElementChild?.tagName !== 'TH' || !['row', 'rowgroup'].includes(row.firstElementChild.getAttribute('scope') ?? ''));
    expect(plain.map((row) => (row.textContent ?? '').slice(0, 80))).toEqual([]);
  });

  // Its name is the title; the figures it draws are its description, not part of its name.
  it('names the section chart by its title and describes it by its figures', async () => {
    const doc = await parse((await runBinary({ args: [...EXAMPLE, '-f', 'html'] })).stdout);
    const chart = Array.from(doc.querySelectorAll('svg.chart'))[0];
    const [labelledBy, describedBy] = [chart?.getAttribute('aria-labelledby'), chart?.getAttribute('aria-describedby')];
    expect(texts(doc, `#${labelledBy}`)).toEqual(['Section scores out of 100']);
    expect(texts(doc, `#${describedBy}`)[0]).toMatch(/^Leadership and political ownership: \d+, /);
  });
});
