// What a reader of the people-facing reports meets, through the real binary: the papers open in the
// same order, lists never read ".:", the summary names the assessor when it has the room, a tiny
// priority never reads as none, two questions cut to the same words stay apart, and a reader's own
// line breaks survive in markdown as they do in HTML and Word.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { List, ListItem, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/wrap.js';
import { nodesOfType, parseMarkdown, raggedTables, walk } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

async function out(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<string> {
  const r = await runBinary({ args, env, ...(stdin === undefined ? {} : { stdin }) });
  expect(r.code, r.stderr).toBeLessThan(2);
  return r.stdout;
}

/** The Word paper as mammoth reads it: its text, or (`html`) its HTML, where a line break is <br />. */
async function word(args: string[], stdin?: string, as: 'text' | 'html' = 'text'): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-alike-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file], ...(stdin === undefined ? {} : { stdin }) });
  expect(r.code, r.stderr).toBeLessThan(2);
  return (await readDocx({ path: file }))[as];
}

const AUTO_FAIL = ['assess', '-q', 'test/fixtures/blocking/auto-fail.yaml', '--today', '2026-11-23', '-a', 'test/fixtures/blocking/auto-fail.answers.yaml'];
const CAP = 'Rating capped at Not ready by one automatic fail';

describe('the papers open alike: title block, then the automatic fails, then the score', () => {
  it.each(['markdown', 'html', 'docx'])('%s', async (format) => {
    const text = format === 'docx' ? squash(await word(AUTO_FAIL)) : await out([...AUTO_FAIL, '-f', format]);
    const at = (needle: string): number => {
      expect(text).toContain(needle);
      return text.indexOf(needle);
    };
    // "Produced by" ends the title block in every paper; the cap comes after it and before the score.
    expect(at('Produced by')).toBeLessThan(at(CAP));
    expect(at(CAP)).toBeLessThan(at('95'));
    expect(at(CAP)).toBeGreaterThan(at('Summary'));
  });
});

describe('an outcome whose words end in a full stop, listed before its indicators', () => {
  const EDGE = ['assess', '-q', 'test/fixtures/board-paper/edge.yaml', '--today', '2026-12-01', '-a', '-', '--allow-incomplete'];
  // B5.c.NA.1 true while the outcome is achieved: a contradiction; C1.a.A.2 "don't know".
  const answers = [
    'questionnaire: edge',
    'answers:',
    '  backups:',
    '    indicators: { B5.c.NA.1: true, B5.c.A.1: true, B5.c.A.2: true }',
    '  logging:',
    '    indicators: { C1.a.A.1: true, C1.a.A.2: unknown }',
    '',
  ].join('\n');
  const lead = 'B5.c Backups: the council can restore its services from backups it holds: B5.c.NA.1';
  const unknownLead = 'C1.a Logging: the council keeps the records it needs to spot an attack: C1.a.A.2';

  it.each(['text', 'html', 'docx'])('reads "holds:", never "holds.:", in %s', async (format) => {
    const raw = format === 'docx' ? await word(EDGE, answers) : await out([...EDGE, '-f', format, ...(format === 'text' ? ['--detail'] : [])], {}, answers);
    const text = squash(raw.replace(/<[^>]+>/g, ''));
    expect(text).not.toMatch(/[.?!]:/);
    expect(text).toContain(lead);
    if (format !== 'html') expect(text).toContain(unknownLead);
  });
});

it('the text summary names the assessor when the lines allow, and still keeps to 40 lines at 80 columns', async () => {
  for (const id of ['council-cyber-resilience', 'cyber-essentials-readiness']) {
    const summary = await out(['assess', '-a', `examples/${id}.answers.yaml`, '--today', '2026-11-23', '--no-color'], { COLUMNS: '80' });
    const assessor = /^assessor: (.*)$/m.exec(readFileSync(`examples/${id}.answers.yaml`, 'utf8'))?.[1] ?? '';
    expect(squash(summary.split('\n\n')[0] ?? '')).toContain(`assessed by ${assessor}, on 2026-11-20`);
    expect(summary.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
  }
  // The CAF example fills its 40 lines with sections and gaps: the assessor gives way, not they.
  const caf = await out(['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-11-23', '--no-color'], { COLUMNS: '80' });
  expect(caf.trimEnd().split('\n').length).toBe(40);
  expect(caf.split('\n')[1]).toBe('Wrenford Borough Council (fictional), assessed on 2026-11-20 · cyber-ready ' + JSON.parse(readFileSync('package.json', 'utf8')).version);
});

describe('a gap with a tiny priority', () => {
  // "services" scores 0.999 (three options of 0.333): a medium gap of priority 2 × 0.001 = 0.002.
  const ARGS = ['assess', '-q', 'test/fixtures/board-paper/edge.yaml', '--today', '2026-12-01', '-a', 'test/fixtures/board-paper/unknown-indicators.answers.yaml', '--allow-incomplete'];

  it('shows it, not 0, in the detailed text, the CSV and JUnit', async () => {
    expect(await out([...ARGS, '--detail', '--no-color'])).toMatch(/score 0\.99 · priority 0\.002\n/);
    const rows = parse(await out([...ARGS, '-f', 'csv']), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['Question ID'] === 'services')?.Priority).toBe('0.002');
    expect(rows.find((r) => r['Question ID'] === 'training')?.Priority).toBe('3');
    expect(await out([...ARGS, '-f', 'junit'])).toContain('(score 0.99, priority 0.002)');
  });
});

describe("Cyber Essentials' two update questions both failing", () => {
  // The example with operating system updates late as well as application updates.
  const answers = readFileSync('examples/cyber-essentials-readiness.answers.yaml', 'utf8').replace('su-os-firmware-14-days:\n    value: evidenced', 'su-os-firmware-14-days:\n    value: late');
  const ARGS = ['assess', '-a', '-', '--today', '2026-11-23', '--no-color'];

  it.each(['80', '100', '60'])('stay told apart in the cap list and the gap list at %s columns', async (columns) => {
    expect(answers).toContain('su-os-firmware-14-days:\n    value: late');
    const summary = await out(ARGS, { COLUMNS: columns }, answers);
    const lines = summary.trimEnd().split('\n');
    const caps = lines.filter((l) => l.startsWith('  ✗ '));
    const gaps = lines.filter((l) => /^ +\d+\. (CRITICAL|HIGH|MEDIUM|LOW) /.test(l));
    expect(caps).toHaveLength(3);
    // From 80 columns ten gaps, a line each; narrower, each gap's question is wrapped whole under its
    // start (test/e2e/narrow-gap-lines.test.ts), so fewer are listed, and there only the cap list can
    // be cut.
    const wide = Number(columns) >= 80;
    if (wide) expect(gaps).toHaveLength(10);
    else expect(gaps.length).toBeGreaterThan(0);
    for (const list of wide ? [caps, gaps] : [caps]) {
      expect(new Set(list).size).toBe(list.length);
      const [os, apps] = [list.find((l) => /operating|firmware/.test(l)), list.find((l) => /applications/.test(l))];
      expect(os, summary).toBeDefined();
      expect(apps, summary).toBeDefined();
      // Each still begins as the question does, where the screen has room for that.
      if (columns !== '60') for (const l of [os, apps]) expect(l).toMatch(/Over the /);
    }
    // Once told apart, the lines are no wider than the screen, and the summary no longer than before.
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(Number(columns));
    if (columns === '80') expect(lines.length).toBeLessThanOrEqual(40);
  });
});

describe("a reader's own line breaks in the markdown paper", () => {
  const ARGS = ['assess', '-q', 'test/fixtures/board-paper/lines.yaml', '-a', 'test/fixtures/board-paper/lines.answers.yaml', '--today', '2026-12-01'];

  it('stay line breaks inside their list item, and nothing in them becomes a list or a heading', async () => {
    const md = await out([...ARGS, '-f', 'markdown']);
    const tree = parseMarkdown(md);
    const steps = ['Test a full restore of one critical service:', '1. Pick the service with the oldest test.', '2. Restore it to the recovery site.', '- then record how long it took', '# not a heading', '', 'Report the result to the next audit committee.'];
    const items = nodesOfType(tree, 'listItem') as ListItem[];
    const textOf = (node: ListItem): string => {
      let t = '';
      walk(node, (n) => {
        if (n.type === 'text') t += n.value;
        if (n.type === 'break') t += '\n';
      });
      return t;
    };
    // In the biggest risks and in the action plan: one item each, the steps on their own lines.
    const remediations = items.filter((i) => textOf(i).startsWith('What to do:'));
    expect(remediations).toHaveLength(2);
    for (const item of remediations) expect(textOf(item)).toBe(`What to do: ${steps.join('\n')}`);
    expect(nodesOfType(tree, 'heading').some((h) => JSON.stringify(h).includes('not a heading'))).toBe(false);
    // The only lists are the paper's own: no list made from "1." or "-" in the reader's text.
    for (const list of nodesOfType(tree, 'list') as List[]) for (const item of list.children) expect(textOf(item)).not.toMatch(/^(Pick|Restore|then record)/);
    const note = items.find((i) => textOf(i).startsWith('Note:'));
    expect(note && textOf(note)).toBe('Note: Last tested in 2024.\nThe supplier has since changed.');
    expect(nodesOfType(tree, 'break').length).toBeGreaterThanOrEqual(2 * 6 + 1);
  });

  it('are <br> in a table cell, and the table keeps its columns', async () => {
    const md = await out([...ARGS, '-f', 'markdown']);
    const tree = parseMarkdown(md);
    expect(raggedTables(tree)).toEqual([]);
    const table = (nodesOfType(tree, 'table') as Table[]).find((t) => JSON.stringify(t).includes('offline-copy'));
    const why = table?.children[1]?.children[1];
    expect(why?.children.map((c) => ('value' in c ? c.value : c.type))).toEqual(['All backups are immutable in the cloud.', '<br>', '| An offline copy was judged unnecessary by the SIRO.']);
    // The HTML and Word papers keep the same lines.
    const html = await out([...ARGS, '-f', 'html']);
    expect(html).toContain('<td class="lines free">All backups are immutable in the cloud.\n| An offline copy was judged unnecessary by the SIRO.</td>');
    expect(html).toContain('<br><span class="lines">What to do: Test a full restore of one critical service:\n1. Pick');
    const docx = await word(ARGS, undefined, 'html');
    expect(docx).toContain('Test a full restore of one critical service:<br />1. Pick the service with the oldest test.<br />');
    expect(docx).toContain('All backups are immutable in the cloud.<br />| An offline copy was judged unnecessary by the SIRO.');
    // No line break left over from the end of a YAML block.
    expect(docx).not.toMatch(/<br \/><\/(p|li)>/);
    expect(html).not.toMatch(/\n<\/(td|dd|span)>/);
  });
});

describe('the papers name references as a reader can follow them, not by catalogue key', () => {
  const CAF = ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-11-23'];
  const NAMED = 'CAF 4.0 A2.a Risk Management Process; NIST CSF 2.0 ID.RA Risk Assessment';
  it.each(['markdown', 'html', 'docx'])('%s', async (format) => {
    const text = format === 'docx' ? squash(await word(CAF)) : await out([...CAF, '-f', format]);
    expect(text).toContain(NAMED);
    expect(text).toContain('NCSC 10 Steps: Risk management');
    expect(text).not.toContain('caf-4.0:A2.a');
  });

  it('keeps the keys in the machine formats and gives their names in JSON', async () => {
    const report = JSON.parse(await out([...CAF, '-f', 'json']));
    expect(report.references['caf-4.0:A2.a']).toEqual({ framework: 'CAF 4.0', id: 'A2.a', title: 'Risk Management Process' });
    expect(report.gaps.find((g: { question: string }) => g.question === 'caf-a2-a')?.references).toContain('caf-4.0:A2.a');
    expect(await out([...CAF, '-f', 'csv'])).toContain('caf-4.0:A2.a');
  });
});
