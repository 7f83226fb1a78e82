// "Contradictions to resolve" names each outcome the same way in every report, through the real
// binary: the board paper's lead ("A1.a Board direction: the council's …: A1.a.NA.4 …"), as the list
// above it ("Indicators answered don't know") does. Markdown had said "A1.a:", the detailed text
// "A1.a:" too, while HTML and Word gave the whole lead; and a row merged across critical systems for
// an outcome no framework labels read "Both schools:  Is a governor …" (two spaces).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';
import { paperOutput, paperText, PAPERS } from '../helpers/paper-text.js';

const CAF = ['assess', '--answers', 'examples/caf-local-government.answers.yaml', '--no-interactive', '--today', '2026-12-01'];
const CAF_LEAD =
  "A1.a Board direction: the council's senior leadership owns the security of the systems its essential services rely on and steers it through clear policy: A1.a.NA.4 Some senior officers";

/** The words of a report's part from its heading to the next one's (squashed). */
const part = (text: string, title: string, next: string): string => {
  const from = text.indexOf(title);
  expect(from, `${title} in ${text.slice(0, 200)}`).toBeGreaterThan(-1);
  return text.slice(from, text.indexOf(next, from + title.length));
};

async function detail(args: string[], stdin?: string): Promise<string> {
  const r = await runBinary({ args: [...args, '--detail', '--no-color'], env: { COLUMNS: '100' }, stdin });
  expect(r.code, r.stderr).toBeLessThan(2);
  return squash(r.stdout);
}

describe('the CAF example\'s contradiction', () => {
  it.each(PAPERS)('is led in the %s paper as in the detailed text', async (format) => {
    const paper = part(await paperText(format, CAF), 'Contradictions to resolve', 'Outcomes confirmed above');
    expect(paper).toContain(CAF_LEAD);
    const text = part(await detail(CAF), 'Contradictions to resolve', 'Outcomes confirmed above');
    expect(text).toContain(CAF_LEAD);
    expect(paper).not.toContain('A1.a: A1.a.NA.4');
  });

  it('names its system first in markdown, as the indicators answered "don\'t know" do in every format', async () => {
    const md = part(await paperText('markdown', CAF), 'Indicators answered "don\'t know"', 'Contradictions to resolve');
    const html = part(await paperText('html', CAF), 'Indicators answered "don\'t know"', 'Contradictions to resolve');
    const named = 'Revenues and benefits: C2.a Threat hunting: the council, or a partner acting for it, actively searches this system';
    expect(html).toContain(named);
    expect(md).toContain(named);
    expect(md).not.toContain('alerts. (Revenues and benefits)');
  });
});

describe('an outcome no framework labels, contradicted on every school', () => {
  const ARGS = ['assess', '-q', 'test/fixtures/outcome-labels/q.yaml', '-a', '-', '--today', '2026-11-23'];
  const answers = readFileSync('test/fixtures/outcome-labels/a.yaml', 'utf8')
    .replace('P.NA.1: false, P.A.1: unknown', 'P.NA.1: false, P.A.1: true')
    .replace('school-governor:\n        indicators: { G.NA.1: false, G.A.1: true }', 'school-governor:\n        indicators: { G.NA.1: true, G.A.1: true }')
    .replace("school-governor:\n        confirmed: achieved\n        justification: Governing body minutes of 3 October 2026.", 'school-governor:\n        indicators: { G.NA.1: true, G.A.1: true }');
  const lead = 'Is a governor responsible for cyber security? — G.NA.1 No governor has cyber security in their remit.';

  it.each(PAPERS)('is one row naming both schools, with one space after the colon, in the %s paper', async (format) => {
    expect(answers.match(/G\.NA\.1: true/g)).toHaveLength(2);
    const raw = await paperOutput(format, ARGS, answers);
    const words = format === 'docx' ? (await readDocx({ path: raw })).text : format === 'html' ? raw.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'") : raw.replace(/`/g, '');
    const contradictions = part(words, 'Contradictions to resolve', 'Scores by framework');
    expect(contradictions).toContain(`Both schools: ${lead}`);
    expect(contradictions).not.toMatch(/: {2}/);
  });

  it('names each school first in the detailed text, in the same words', async () => {
    const text = part(await detail(ARGS, answers), 'Contradictions to resolve', 'Profiles');
    expect(text).toContain(`St Mary's Primary: ${lead}`);
    expect(text).toContain(`Oakfield Nursery: ${lead}`);
  });
});
