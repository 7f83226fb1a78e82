// What a committee clerk's accessibility review of the board papers asked for, through the binary:
// no empty table cell, the rating scale beside the rating, the same section columns and threshold
// words in every paper, systems named by title, and one rule for numbers in prose.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';

const EXAMPLES = ['caf-local-government', 'council-cyber-resilience', 'cyber-essentials-readiness'];
const TODAY = ['--today', '2026-12-05'];
const SYSTEMS = ['assess', '-q', 'test/fixtures/systems/sys.yaml', '-a', 'test/fixtures/systems/sys.answers.yaml', '--today', '2026-11-23', '--profile', 'baseline', '--fail-on', 'high'];
const example = (name: string): string[] => ['assess', '-a', `examples/${name}.answers.yaml`, ...TODAY];

async function paper(args: string[], format: string): Promise<string> {
  const r = await runBinary({ args: [...args, '-f', format] });
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return r.stdout;
}

async function word(args: string[]): Promise<{ html: string; text: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-clerk-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return readDocx({ buffer: readFileSync(file) });
}

/** Cells of every table, each as its table's header cell and its own text, for the markdown paper. */
function markdownCells(md: string): { column: string; text: string }[] {
  const text = (node: unknown): string => JSON.stringify(node).match(/"value":"((?:[^"\\]|\\.)*)"/g)?.join('') ?? '';
  return (nodesOfType(parseMarkdown(md), 'table') as Table[]).flatMap((t) => {
    const head = t.children[0]?.children.map((c) => text(c)) ?? [];
    return t.children.slice(1).flatMap((row) => row.children.map((c, i) => ({ column: head[i] ?? '', text: text(c) })));
  });
}

describe('no table cell is left empty: a screen reader reads "blank", Word\'s checker flags it', () => {
  it('in markdown, HTML and Word, for each of the three examples', async () => {
    for (const name of EXAMPLES) {
      const md = await paper(example(name), 'markdown');
      expect(markdownCells(md).filter((c) => c.text.trim() === ''), `${name} markdown`).toEqual([]);
      const html = await paper(example(name), 'html');
      expect(html.match(/<t[dh]\b[^>]*>\s*<\/t[dh]>/g) ?? [], `${name} HTML`).toEqual([]);
      const docx = await word(example(name));
      expect(docx.html.match(/<t[dh]>(?:<p>\s*<\/p>)?<\/t[dh]>/g) ?? [], `${name} Word`).toEqual([]);
    }
  }, 120_000);

  it('the CAF outcome tables keep "Below profile" in every table, saying "None" where nothing falls short', async () => {
    const md = await paper(example('caf-local-government'), 'markdown');
    expect(md).toContain('### D2 Lessons learned\n\n| Outcome | Status | Below profile |\n|----------------------------|------------|------------|\n| D2.a Post-incident analysis');
    expect(md).toMatch(/^\| D2\.b Using incidents[^|]*\| Achieved \| None \|$/m);
    expect(md).not.toContain('| Principle |');
    // The matrix by system: a table for each section under its heading, not a row of blanks.
    expect(md).toContain('### B1 Service protection policies, processes and procedures\n\n| Outcome | Revenues and benefits |');
  });
});

describe('the rating scale, once, straight after the overall rating', () => {
  const SCALE = 'Ratings: Ready (80 and above, with no critical gap open); Partly ready (50 to 79, or higher when open gaps rule out the band above); Not ready (below 50).';

  it('in markdown, HTML and Word, from the questionnaire\'s own bands', async () => {
    const args = example('council-cyber-resilience');
    const md = await paper(args, 'markdown');
    expect(md).toContain(`**Overall score: 51 out of 100**, rated **Partly ready**.\n\n${SCALE}\n`);
    expect(md.split(SCALE)).toHaveLength(2);
    const html = await paper(args, 'html');
    expect(html).toMatch(new RegExp(`<span class="badge"[^>]*>Partly ready</span></div>\\n<p class="scale">${SCALE.replace(/[()]/g, '\\$&')}</p>`));
    const docx = await word(args);
    expect(squash(docx.text)).toContain(`Overall score: 51 out of 100, rated Partly ready. ${SCALE}`);
  });

  it('in text --detail, with how scores are made', async () => {
    const detail = await paper([...example('council-cyber-resilience'), '--detail'], 'text');
    expect(squash(detail)).toContain(`Scores are shown rounded down. ${SCALE}`);
  });

  it('says what a score below every band is, when the lowest band does not start at 0', async () => {
    const args = ['assess', '-q', 'test/fixtures/blocking/one-rating.yaml', '-a', '-', '--today', '2026-11-23'];
    const r = await runBinary({ args: [...args, '-f', 'markdown'], stdin: 'questionnaire: one-rating\nanswers:\n  mfa: all\n  patching: no\n  training: no\n' });
    expect(r.stdout).toContain('Ratings: Assessed (50 and above). A score below 50 has no rating.');
  });
});

describe('the section table has the same columns in every paper', () => {
  it('a weight column in markdown and Word as in HTML, and the words that say what it is', async () => {
    const args = example('council-cyber-resilience');
    const md = await paper(args, 'markdown');
    expect(md).toContain('| Section | Score | Rating | Gaps | Weight |');
    const said = "its weight is how much it counts towards the overall score";
    expect(md).toContain(said);
    expect(await paper(args, 'html')).toContain(said);
    const docx = await word(args);
    expect(docx.html).toMatch(/<th><p><strong>Gaps<\/strong><\/p><\/th><th><p><strong>Weight<\/strong><\/p><\/th>/);
    expect(docx.text).toContain(said);
  });
});

describe('agreed thresholds, in the same words in every paper', () => {
  it('the HTML says "Agreed thresholds: not all met" and "Not met", as markdown and Word do', async () => {
    const html = await paper(SYSTEMS, 'html');
    expect(html).toContain('<caption>Agreed thresholds: not all met</caption>');
    expect(html).toContain('<th scope="col">Threshold</th>');
    expect(html).toMatch(/<td><span class="badge failed">Not met<\/span><\/td>/);
    expect(html).not.toMatch(/Gates: |>Failed<|>Gate</);
    expect(await paper(SYSTEMS, 'markdown')).toContain('**Agreed thresholds: not all met.**');
  });
});

describe('who falls short of a profile is named by title', () => {
  it('in the markdown paper and the text report', async () => {
    const md = await paper(SYSTEMS, 'markdown');
    expect(md).toContain('(2 of 4 requirements met; short: Social care case management and Waste collection).');
    const text = await paper(SYSTEMS, 'text');
    expect(squash(text)).toContain('2 of 4 requirements met; short: Social care case management and Waste collection');
    expect(text).not.toContain('critical system "social-care"');
  });
});

describe('one rule for numbers in prose: words to nine, numerals from 10, one form in a tally', () => {
  it('the papers count in words, and say scores as "out of 100"', async () => {
    const ce = await paper(example('cyber-essentials-readiness'), 'markdown');
    expect(ce).toContain('54 questions counted towards the score: 53 answered and 1 answered "don\'t know", which scores nothing until someone finds out; 1 question did not apply.');
    expect(ce).toContain('by two automatic fails');
    const caf = await paper(example('caf-local-government'), 'markdown');
    expect(caf).toContain('**Weakest critical system: Social care case management, 43 out of 100 (Significant gaps), 26 gaps.**');
    expect(caf).toContain("the mean of the three critical systems' own scores");
    const systems = await paper(SYSTEMS, 'markdown');
    expect(systems).toContain('There are five gaps between the answers and good practice (three high and two medium).');
    expect(systems).toContain('| Waste collection | Not named |');
    expect(systems).toContain('(two high or worse gaps without a waiver)');
  });
});

describe("the council baseline's title reads well beside its id", () => {
  it('no brackets after brackets ("… not a CAF profile) (baseline)") in Word, JUnit or --detail', async () => {
    const args = example('council-cyber-resilience');
    // Word's quotes are typographic (docx-quotes.ts): compared here as straight ones.
    for (const text of [plainQuotes((await word(args)).text), await paper(args, 'junit'), await paper([...args, '--detail'], 'text')]) {
      expect(squash(text)).toContain("Baseline expected of every council, cyber-ready's own rather than a CAF profile (baseline)".replace("'", text.includes('&apos;') ? '&apos;' : "'"));
      expect(text).not.toMatch(/\) \(baseline\)/);
    }
  });
});
