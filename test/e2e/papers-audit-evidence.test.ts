// The board papers as audit evidence, through the real binary: what an internal auditor tests must
// be in the paper, in markdown, HTML and Word alike. An outcome confirmed above its indicators (or
// without any) gives the assessor's justification in full; every waiver in force is listed; what
// stands behind each answer in place is shown, "None recorded" where nothing is; and an answer set
// aside because a `when` rules its question out is said in the not-applicable table.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

const PAPERS = ['markdown', 'html', 'docx'] as const;
type Paper = (typeof PAPERS)[number];

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A paper's words as a reader meets them: tags, code spans and entities gone, white space squashed. */
async function paper(format: Paper, args: string[], stdin: string): Promise<string> {
  if (format === 'docx') {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-audit-')), 'paper.docx');
    const r = await runBinary({ args: [...args, '-f', 'docx', '-o', file], stdin });
    expect(r.code, r.stderr).toBe(0);
    // Word's paper has typographic quotes (docx-blocks.ts wordText); the test's words have plain ones.
    return squash((await readDocx({ path: file })).text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'"));
  }
  const r = await runBinary({ args: [...args, '-f', format], stdin });
  expect(r.code, r.stderr).toBe(0);
  const text = format === 'html' ? r.stdout.replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e) : r.stdout.replace(/`/g, '');
  return squash(text);
}

/** The part of a paper after its appendix heading, where what a reader checks is listed. */
const appendixOf = (text: string): string => text.slice(text.lastIndexOf('Appendix'));

const EDGE = ['assess', '-q', 'test/fixtures/board-paper/edge.yaml', '--today', '2026-12-01', '-a', '-', '--allow-incomplete'];
// backups: B5.c.A.2 not met, so its indicators say "not achieved"; confirmed achieved. logging:
// confirmed with no indicator answered.
const JUDGED = [
  'questionnaire: edge',
  'answers:',
  '  backups:',
  '    indicators: { B5.c.NA.1: false, B5.c.A.1: true, B5.c.A.2: false }',
  '    comments: { B5.c.A.2: RESTORE-COMMENT the full restore is booked for March. }',
  '    confirmed: achieved',
  '    justification: JUSTIFIED-ABOVE every restore this year worked, so the assessor judges it achieved.',
  '  logging:',
  '    confirmed: achieved',
  '    justification: JUSTIFIED-WITHOUT the managed service says it keeps every log.',
  '',
].join('\n');

describe('outcomes confirmed above their indicators, or without any, give the justification in full', () => {
  it.each(PAPERS)('%s', async (format) => {
    const text = await paper(format, EDGE, JUDGED);
    const appendix = appendixOf(text);
    expect(appendix).toContain('Outcomes confirmed above their indicators');
    expect(appendix).toContain('B5.c Backups: the council can restore its services from backups it holds.');
    expect(appendix).toMatch(/The indicators say:? not achieved/);
    expect(appendix).toMatch(/Confirmed:? achieved/);
    expect(appendix).toContain('JUSTIFIED-ABOVE every restore this year worked, so the assessor judges it achieved.');
    expect(appendix).toContain('B5.c.A.2 A full restore was tested in the last year.');
    expect(appendix).toContain('RESTORE-COMMENT the full restore is booked for March.');
    expect(appendix).toContain('Outcomes confirmed without indicators');
    expect(appendix).toContain('JUSTIFIED-WITHOUT the managed service says it keeps every log.');
    // The summary asks the committee to test both judgements, before the appendix.
    const asks = text.slice(0, text.lastIndexOf('Appendix'));
    expect(asks).toContain("Test the assessor's judgement on the outcome confirmed above what its indicators support (the appendix gives each justification).");
    expect(asks).toContain("Test the assessor's judgement on the outcome confirmed without indicators (the appendix gives each justification).");
  });
});

/** The text report with --detail, on lines too long to wrap. */
async function detail(args: string[], stdin: string): Promise<string> {
  const r = await runBinary({ args: [...args, '--detail', '--no-color'], stdin, env: { COLUMNS: '400' } });
  expect(r.code, r.stderr).toBe(0);
  return squash(r.stdout);
}

it('the text report with --detail gives both justifications in full too', async () => {
  const text = await detail(EDGE, JUDGED);
  expect(text).toContain('Outcomes confirmed above their indicators (1)');
  expect(text).toContain('The indicators say not achieved; confirmed achieved. Justification: JUSTIFIED-ABOVE every restore this year worked');
  expect(text).toContain('Not yet met: B5.c.A.2 A full restore was tested in the last year. (comment: RESTORE-COMMENT');
  expect(text).toContain('Outcomes confirmed without indicators (1)');
  expect(text).toContain('Confirmed achieved. Justification: JUSTIFIED-WITHOUT');
});

const COUNCIL = ['assess', '--today', '2026-12-01', '-a', '-', '--allow-incomplete'];
// gov-siro's gap is waived until the judging day; gov-portfolio-holder's waiver covers no gap.
const WAIVED = [
  'questionnaire: council-cyber-resilience',
  'answers:',
  '  gov-siro: no',
  '  gov-portfolio-holder: yes',
  'waivers:',
  '  - { question: gov-siro, reason: SIRO-REASON the post is being recruited., approvedBy: SIRO-APPROVER, expires: 2026-12-01 }',
  '  - { question: gov-portfolio-holder, reason: HOLDER-REASON kept from last year., approvedBy: HOLDER-APPROVER, expires: 2027-03-31 }',
  '',
].join('\n');

describe('every waiver in force is listed, with who approved it, until when, and why', () => {
  it.each(PAPERS)('%s', async (format) => {
    const text = await paper(format, COUNCIL, WAIVED);
    const appendix = appendixOf(text);
    expect(appendix).toContain('Waivers in force');
    expect(appendix).toContain('(gov-siro)');
    expect(appendix).toContain('SIRO-APPROVER');
    expect(appendix).toContain('2026-12-01 (expires today)');
    expect(appendix).toContain('SIRO-REASON the post is being recruited.');
    expect(appendix).toContain('HOLDER-APPROVER');
    expect(appendix).toContain('2027-03-31');
    expect(appendix).toContain('HOLDER-REASON kept from last year. It covers no gap: the answer meets the question, or the question does not count.');
    expect(text).toMatch(/Confirm that the one risk accepted under a waiver \(action \d+\) is still acceptable; the appendix lists every waiver in force\./);
  });
});

it('the text report with --detail lists the waivers in force too', async () => {
  const text = await detail(COUNCIL, WAIVED);
  expect(text).toContain('Waivers in force (2)');
  expect(text).toContain('[gov-siro]: Until 2026-12-01 (expires today); approved by SIRO-APPROVER. SIRO-REASON the post is being recruited.');
});

const backed = (evidence: string): string =>
  [
    'questionnaire: council-cyber-resilience',
    'answers:',
    '  gov-senior-owner:',
    '    value: in-place',
    '    note: OWNER-NOTE it is in her objectives.',
    `    evidence: [${evidence}]`,
    '    owner: OWNER-NAMED',
    '    reviewBy: 2027-05-31',
    '  gov-siro: yes',
    '',
  ].join('\n');

describe('what stands behind each answer in place', () => {
  it.each(PAPERS)('%s gives its evidence, owner, review date and note, and says "None recorded" where there is no evidence', async (format) => {
    const text = await paper(format, COUNCIL, backed('EVIDENCE-ONE scheme of delegation'));
    const appendix = appendixOf(text);
    expect(appendix).toContain('What stands behind the answers in place');
    expect(appendix).toContain('EVIDENCE-ONE scheme of delegation');
    expect(appendix).toContain('OWNER-NAMED; review by 2027-05-31');
    expect(appendix).toContain('OWNER-NOTE it is in her objectives.');
    // gov-siro is answered yes with nothing behind it: that is itself a finding.
    const siro = appendix.slice(appendix.lastIndexOf('(gov-siro)'));
    expect(siro).toMatch(/^\(gov-siro\) (\| )?Yes (\| )?None recorded (\| )?Owner not named; no review date (\| )?None/);
  });

  it.each(PAPERS)('%s differs for two answers files that differ only in the evidence behind an answer in place', async (format) => {
    const one = await paper(format, COUNCIL, backed('EVIDENCE-ONE scheme of delegation'));
    const two = await paper(format, COUNCIL, backed('EVIDENCE-TWO cabinet minutes'));
    expect(one).not.toBe(two);
    expect(two).toContain('EVIDENCE-TWO cabinet minutes');
  });
});

// The file says the council runs no operational technology, yet answers the question about
// separating it: the answer is set aside, and the paper says so.
const IGNORED = ['questionnaire: council-cyber-resilience', 'answers:', '  iot-runs-ot: no', '  iot-ot-segregation: not-in-place', ''].join('\n');
const SET_ASIDE =
  'Does not apply, given the answer to iot-runs-ot ("No"); yet the file also answers it "Not in place", which is set aside and not scored: check which is right.';

describe('an answer set aside because a `when` rules its question out', () => {
  it.each(PAPERS)('%s says in the not-applicable table what the file answered and which answer ruled it out', async (format) => {
    const text = await paper(format, COUNCIL, IGNORED);
    expect(appendixOf(text)).toContain(SET_ASIDE);
  });

  it('the text report with --detail says it too, and the JSON report carries it', async () => {
    expect(await detail(COUNCIL, IGNORED)).toContain(SET_ASIDE);
    const json = await runBinary({ args: [...COUNCIL, '-f', 'json'], stdin: IGNORED });
    const report = JSON.parse(json.stdout) as { notApplicable: { question: string; ignored?: unknown }[] };
    expect(report.notApplicable.find((n) => n.question === 'iot-ot-segregation')?.ignored).toEqual({ answer: 'Not in place', because: ['iot-runs-ot'] });
    // Only where an answer was set aside: the other not-applicable questions have no such key.
    expect(report.notApplicable.find((n) => n.question === 'iot-ot-patching')).not.toHaveProperty('ignored');
    expect(schemaErrors('report', report)).toEqual([]);
  });
});
