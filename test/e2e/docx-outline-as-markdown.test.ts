// The Word paper's outline is the markdown's and the HTML's: the parts a reader moves between in
// Word's navigation pane or a screen reader's list of headings are the same parts at the same
// levels. Word nested "Critical systems" and "Outcomes" under "Sections", and with no gaps at all
// put a "The biggest risks" heading over nothing (and said "no gaps" three times, where the other
// papers say it twice).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';

const TODAY = ['--today', '2026-12-01'];
const decode = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');

/** The Word paper's headings as [level, text], as mammoth reads Word's heading styles (the title is not one). */
async function wordHeadings(args: string[]): Promise<[number, string][]> {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-outline-md-')), 'paper.docx');
  const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
  expect(r.code, r.stderr).toBe(0);
  return [...(await readDocx({ path: file })).html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => [Number(m[1]), decode(m[2] ?? '')]);
}
/** The markdown paper's headings, a level up (its `#` is the title, which Word sets in its Title style). */
async function markdownHeadings(args: string[]): Promise<[number, string][]> {
  const r = await runBinary({ args: [...args, '-f', 'markdown'] });
  expect(r.code, r.stderr).toBe(0);
  return [...r.stdout.matchAll(/^(#{2,6}) (.*)$/gm)].map((m) => [(m[1] ?? '').length - 1, m[2] ?? '']);
}

describe('the Word paper’s parts are the markdown paper’s, at the same level', () => {
  it.each(['caf-local-government', 'council-cyber-resilience'])('in the %s example', async (id) => {
    const args = ['assess', '-a', `examples/${id}.answers.yaml`, ...TODAY];
    const [word, markdown] = await Promise.all([wordHeadings(args), markdownHeadings(args)]);
    const parts = (hs: [number, string][]): string[] => hs.filter(([level]) => level === 1).map(([, text]) => text);
    expect(parts(word)).toEqual(parts(markdown));
    if (id === 'caf-local-government') expect(parts(word)).toEqual(['Summary', 'Sections', 'Critical systems', 'Outcomes', 'Action plan', 'Appendix']);
    // Each part's own headings keep their order under it, a level down, with no level skipped.
    for (const [i, [level]] of word.entries()) expect(level - (word[i - 1]?.[0] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1);
    const under = (hs: [number, string][], part: string): string[] => {
      const from = hs.findIndex(([l, t]) => l === 1 && t === part);
      const to = hs.findIndex(([l], i) => i > from && l === 1);
      return hs.slice(from + 1, to < 0 ? undefined : to).filter(([l]) => l === 2).map(([, t]) => t);
    };
    for (const part of ['Outcomes', 'Critical systems']) expect(under(word, part), part).toEqual(under(markdown, part));
  });
});

describe('a Word paper with no gaps', () => {
  it('has no risks heading over nothing, and says "no gaps" as often as the markdown paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-no-gaps-'));
    writeFileSync(
      join(dir, 'q.yaml'),
      ['id: mini-q', 'version: 1.0.0', 'title: Mini questionnaire', 'sections:', '  - id: s1', '    title: First', '    questions:',
        '      - { id: q1, text: Is there a plan?, type: yes-no, remediation: Write one. }', '      - { id: q2, text: Is it tested?, type: yes-no, remediation: Test it. }',
        '      - { id: q3, text: Is it owned?, type: yes-no, remediation: Own it. }', ''].join('\n'),
    );
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: mini-q\nquestionnaireVersion: 1.0.0\norganisation: Tiny Parish\nanswers: { q1: yes, q2: yes, q3: yes }\n');
    const args = ['assess', '-q', join(dir, 'q.yaml'), '-a', join(dir, 'a.yaml'), ...TODAY];
    const word = await wordHeadings(args);
    expect(word.map(([, t]) => t).filter((t) => /biggest risk/i.test(t))).toEqual([]);
    // The one heading worded for its reader: Word's paper goes to a committee.
    const asked = (t: string): string => (t === 'What the committee is asked to do' ? 'What is asked of the reader' : t);
    expect(word.map(([, t]) => asked(t))).toEqual((await markdownHeadings(args)).map(([, t]) => t));
    const file = join(dir, 'paper.docx');
    await runBinary({ args: [...args, '-f', 'docx', '-o', file] });
    const text = (await readDocx({ path: file })).text;
    const md = (await runBinary({ args: [...args, '-f', 'markdown'] })).stdout;
    const times = (s: string): number => s.split('there are no gaps').length - 1;
    expect(times(md)).toBeGreaterThan(0);
    expect(times(text)).toBe(times(md));
    // The appendix counts its three answers in a word, as the paper's other sentences do.
    expect(md).toContain('None of the three answers in place has evidence recorded');
    expect(text).toContain('None of the three answers in place has evidence recorded');
  });
});
