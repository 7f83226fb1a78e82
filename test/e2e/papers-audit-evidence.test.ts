// The board papers as audit evidence, through the real binary: what an internal auditor tests must
// be in the paper, in markdown, HTML and Word alike. An outcome confirmed above its indicators (or
// without any) gives the assessor's justification in full; every waiver in force is listed; what
// stands behind each answer in place is shown, "None recorded" where nothing is; and an answer set
// aside because a `when` rules its question out is said in the not-applicable table.
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { runBinary } from '../helpers/cli.js';
import { squash } from '../helpers/docx-reader.js';
import { appendixOf, paperOutput, paperText as paper, PAPERS } from '../helpers/paper-text.js';

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
    // The tool's words apart from the approver's reason, marked, and saying which case it is.
    // (Word's line break between them is no space to mammoth's raw text.)
    expect(appendix).toMatch(/HOLDER-REASON kept from last year\. ?Note: It covers no gap: the answer meets the question\./);
    expect(appendix).not.toContain('or the question does not count');
    // The register says why it has more rows than the summary has accepted risks.
    expect(appendix).toContain('One of them covers no gap, so it is not among the accepted risks the summary counts; the note says why.');
    const accepted = /Confirm that the one risk accepted under a waiver is still acceptable; the appendix lists every waiver in force\. (?:- )?Action (\d+): Has the council appointed a senior information risk owner \(SIRO\)/.exec(text);
    expect(accepted).not.toBeNull();
    // The action the summary names can be found in the register, and the waiver expiring today is asked about.
    expect(appendix).toContain(`Action ${accepted?.[1]}: Has the council appointed a senior information risk owner (SIRO) who is active in the role? (gov-siro)`);
    // Named under the ask (markdown's list marker aside), as the accepted risk is.
    expect(text.replace(/ - Action/g, ' Action')).toContain(`Renew with a new date, or withdraw, the waiver that expires today: from tomorrow it gives no cover. Action ${accepted?.[1]}: Has the council appointed a senior information risk owner (SIRO)`);
  });
});

it('the text report with --detail lists the waivers in force too', async () => {
  const text = await detail(COUNCIL, WAIVED);
  expect(text).toContain('Waivers in force (2)');
  expect(text).toMatch(/\[gov-siro\]: Action \d+\. Until 2026-12-01 \(expires today\); approved by SIRO-APPROVER\. SIRO-REASON the post is being recruited\./);
  expect(text).toContain('HOLDER-REASON kept from last year. Note: It covers no gap: the answer meets the question.');
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
    // No owner, no review date and no note: a dash each, which the sentence under the heading explains.
    expect(siro).toMatch(/^\(gov-siro\) (\| )?Yes (\| )?None recorded (\| )?— (\| )?—/);
    expect(appendix).toContain('A dash (—) means the file gives nothing there: no owner and no review date, or no note.');
    // Its finding, in the sentence under the heading.
    expect(appendix).toContain('1 of the 2 answers in place has no evidence recorded ("None recorded").');
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
// The ruling question by its words, as every other cell names a question, with its id after them.
const SET_ASIDE =
  'Does not apply, given the answer "No" to: Does the council run building management, traffic control or other operational technology (OT) systems? (iot-runs-ot). Yet the file also answers it "Not in place", which is set aside and not scored: check which is right.';

describe('an answer set aside because a `when` rules its question out', () => {
  it.each(['markdown', 'html'] as const)('%s sets the ruling question\'s id in code, as the Question column sets its own', async (format) => {
    const out = await paperOutput(format, COUNCIL, IGNORED);
    expect(out).toContain(format === 'markdown' ? '(`iot-runs-ot`). Yet the file' : '<span class="id">(iot-runs-ot)</span>. Yet the file');
  });

  it.each(PAPERS)('%s says in the not-applicable table what the file answered and which answer ruled it out', async (format) => {
    const text = await paper(format, COUNCIL, IGNORED);
    expect(appendixOf(text)).toContain(SET_ASIDE);
    expect(text.slice(0, text.lastIndexOf('Appendix'))).toContain('Ask for the answer set aside by earlier answers to be checked (see the appendix): the file answers a question that its other answers rule out.');
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
