// The board papers (text, markdown, HTML, Word) at their edges, as a cabinet member or committee
// chair would read them: an assessment where nothing applied, indicators answered "don't know",
// questions left unanswered. Each through the real binary; markdown read by a GFM parser and Word
// by mammoth.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { RootContent, Table } from 'mdast';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

const EDGE = ['-q', 'test/fixtures/board-paper/edge.yaml', '--today', '2026-12-01'];
const NOTHING_APPLIES = ['assess', ...EDGE, '-a', 'test/fixtures/board-paper/all-not-applicable.answers.yaml'];
const UNKNOWN_INDICATORS = ['assess', ...EDGE, '-a', 'test/fixtures/board-paper/unknown-indicators.answers.yaml', '--allow-incomplete'];

async function report(args: string[], format: string): Promise<string> {
  const r = await runBinary({ args: [...args, '-f', format] });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function wordText(args: string[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-edges-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code, r.stderr).toBe(0);
  return (await readDocx({ path: file })).text;
}

const textOf = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');

describe('a paper where no question applied', () => {
  // Every question answered not applicable: there is no score, and no gap because nothing counted,
  // which the paper must not present as "every question is fully met".
  it.each(['text', 'markdown', 'html'])('%s says there is no score and why, and claims nothing is met', async (format) => {
    const out = await report(NOTHING_APPLIES, format);
    expect(out).not.toMatch(/n\/a out of 100|is fully met|Not rated/);
    if (format !== 'text') {
      expect(out).toContain('No question was scored, so there is no overall score.');
      expect(out).toContain('Five questions did not apply, so there are no gaps to act on.');
      expect(out).toContain('Note that no question counted towards the score, so there is no overall score; check that the five questions that did not apply really do not (see the appendix).');
    }
    expect(out).toContain('No question counted towards the score, so there are no gaps to act on.');
  });

  it('the HTML draws no empty chart, and markdown promises no chart it does not draw', async () => {
    expect(await report(NOTHING_APPLIES, 'html')).not.toContain('<figure');
    const md = await report(NOTHING_APPLIES, 'markdown');
    expect(md).not.toContain('mermaid');
    expect(md).not.toContain('chart');
  });

  it('the Word paper says the same', async () => {
    const text = squash(await wordText(NOTHING_APPLIES));
    expect(text).not.toMatch(/n\/a out of 100|is fully met|every one is/);
    expect(text).toContain('No question was scored, so there is no overall score.');
    expect(text).toContain('Note that no question counted towards the score, so there is no overall score;');
    // The action plan does not explain an order of actions it does not have.
    expect(text).not.toContain('Actions are numbered by priority');
  });
});

describe('indicators answered "don\'t know" and questions left unanswered', () => {
  const indicator = 'B5.c.A.2 A full restore was tested in the last year.';

  it('name each indicator by its words, not only its id, in every paper', async () => {
    expect(squash(await report(UNKNOWN_INDICATORS, 'markdown'))).toContain(`\`B5.c.A.2\` A full restore was tested in the last year.`);
    expect(await report(UNKNOWN_INDICATORS, 'html')).toContain('<li><span class="id">B5.c.A.2</span> A full restore was tested in the last year.</li>');
    expect(squash(await report([...UNKNOWN_INDICATORS, '--detail'], 'text'))).toContain(indicator);
    expect(squash(await wordText(UNKNOWN_INDICATORS))).toContain(indicator);
  });

  it('say how far an incomplete outcome got, and draw no empty column for the others', async () => {
    const md = await report(UNKNOWN_INDICATORS, 'markdown');
    expect(md).toContain('| Logging: the council keeps the records it needs to spot an attack. (`logging`) | 1 of 2 indicators answered: not achieved so far |');
    expect(md).toContain('Each scores 0, except an outcome, which scores what its indicators answered so far show.');
    // A questionnaire without outcomes: the "Not answered" table is the question alone.
    const mini = await report(['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--today', '2026-12-01'], 'markdown');
    const section = mini.slice(mini.indexOf('### Not answered'), mini.indexOf('###', mini.indexOf('### Not answered') + 3));
    const [table] = nodesOfType(parseMarkdown(section), 'table') as Table[];
    expect(table?.children.length).toBeGreaterThan(1);
    for (const row of table?.children ?? []) for (const cell of row.children) expect(textOf(cell).trim()).not.toBe('');
    const html = await report(['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--today', '2026-12-01'], 'html');
    expect(html).not.toMatch(/<td><\/td>/);
  });
});

it('the detailed terminal report points at the gaps that failed a gate by number', async () => {
  const r = await runBinary({ args: ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini.answers.yaml', '--today', '2026-12-01', '--fail-on', 'critical', '--detail'] });
  const why = r.stdout.slice(r.stdout.indexOf('Why gates failed'));
  expect(why, r.stdout).toMatch(/no unwaived gap of severity critical: gap 1 in the list above\./);
  expect(why).not.toMatch(/in the list above: \d/);
});

it('the detailed terminal report rounds a question\'s score down, so a gap never shows as 1.00', async () => {
  // Three options of 0.333 each: 0.999, a gap, which rounded to nearest showed as "score 1.00".
  const out = await report([...UNKNOWN_INDICATORS, '--detail', '--no-color'], 'text');
  expect(out).toMatch(/Which national services does the council use\? \[services\]\n\s+Systems · answer: Protective DNS; Mail Check; Early Warning · score 0\.99 ·/);
  expect(out).not.toContain('score 1.00');
});

it('a critical system\'s gap with no owner of its own is its system owner\'s, in the papers as in the CSV', async () => {
  const args = ['assess', '-q', 'test/fixtures/systems/sys.yaml', '-a', 'test/fixtures/systems/sys.answers.yaml', '--today', '2026-12-01'];
  const rows = parse(await report(args, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
  const md = await report(args, 'markdown');
  const html = await report(args, 'html');
  // The social care system's owner, given only on the system, owns its unowned gaps.
  expect(rows.some((r) => r.System === 'Social care case management' && r.Owner === 'Head of Adult Social Care')).toBe(true);
  for (const row of rows) {
    // A gap alone is an item of its own; a question open on several systems has a line per system.
    const single = md.indexOf(`**${row.Rank}. `);
    if (single >= 0) {
      const item = md.slice(single, md.indexOf('- Question id:', single));
      expect(item).toContain(row.Owner ? `- Owner: ${row.Owner}\n` : '- Owner: not named\n');
    } else {
      const line = md.slice(md.indexOf(`  - Action ${row.Rank}, ${row.System}: `), md.indexOf('\n', md.indexOf(`  - Action ${row.Rank}, ${row.System}: `)));
      expect(line).toMatch(row.Owner ? new RegExp(`; owner: ${row.Owner}$`) : /; owner: not named$/);
    }
    const at = Math.max(html.indexOf(`<h4 id="action-${row.Rank}">`), html.indexOf(`<li id="action-${row.Rank}">`));
    const article = html.slice(at, html.indexOf(single >= 0 ? '</article>' : '</li>', at));
    expect(article).toContain(`owner: ${row.Owner || 'not named'}`);
  }
  // So the committee is not asked to name an owner the answers file already gives.
  expect(md).not.toMatch(/Name an owner, with a date for the action, for risks 2/);
});

it('the CAF paper writes a status standing alone in a table cell with a capital, as the matrix by system does', async () => {
  const md = await report(['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-12-01'], 'markdown');
  const tables = nodesOfType(parseMarkdown(md), 'table') as Table[];
  const cell = (node: RootContent | undefined): string => (node ? textOf(node).trim() : '');
  const cells = (heading: string, column: number): string[] =>
    tables.filter((t) => cell(t.children[0]?.children[column]) === heading).flatMap((t) => t.children.slice(1).map((r) => cell(r.children[column])));
  const statuses = cells('Status', 1);
  const answers = cells('Answer now', 3);
  expect(statuses.length).toBeGreaterThan(10);
  expect(answers.length).toBeGreaterThan(10);
  for (const cell of [...statuses, ...answers]) expect(cell).toMatch(/^[A-Z]/);
});

it('the markdown, HTML and Word papers give the appendix in the same order', async () => {
  const args = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-12-01'];
  const kind = (title: string): string =>
    /^Indicators/.test(title) ? 'indicators'
    : /know/.test(title) ? 'unknown'
    : /^Contradictions/.test(title) ? 'contradictions'
    : /^Not answered/.test(title) ? 'unanswered'
    : /^Not applicable/.test(title) ? 'not applicable'
    : /review date/.test(title) ? 'stale'
    : /^Waivers in force/.test(title) ? 'waivers'
    : /^Expired/.test(title) ? 'expired'
    : /^What stands behind/.test(title) ? 'backing'
    : /^Profiles/.test(title) ? 'profiles'
    : 'frameworks';
  const order = (titles: string[]): string[] => titles.map(kind).filter((k, i, all) => k !== all[i - 1]);
  const md = await report(args, 'markdown');
  const mdTitles = [...md.slice(md.indexOf('## Appendix')).matchAll(/^###? (.*)$/gm)].map((m) => m[1] ?? '').filter((t) => t !== 'Appendix');
  const html = await report(args, 'html');
  const htmlTitles = [...html.slice(html.indexOf('<h2 id="appendix">')).matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1] ?? '');
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-edges-')), 'paper.docx');
  await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  const word = (await readDocx({ path: file })).html;
  const wordTitles = [...word.slice(word.indexOf('<h1>Appendix</h1>')).matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1] ?? '');
  const want = ['unknown', 'not applicable', 'stale', 'waivers', 'expired', 'profiles', 'frameworks', 'backing'];
  expect(order(mdTitles)).toEqual(want);
  expect(order(htmlTitles)).toEqual(want);
  expect(order(wordTitles)).toEqual(want);
  // Each says once what the framework scores are, before the tables.
  const scores = 'Scores out of 100, rounded down, of the questions that refer to each part of a framework.';
  expect(md).toContain(`### Scores by framework\n\n${scores}`);
  expect(html).toContain(`<h3>Scores by framework</h3><p class="explain">${scores}</p>`);
  expect(word).toContain(`<h2>Scores by framework</h2><p>${scores}</p>`);
});
