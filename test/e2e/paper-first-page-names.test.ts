// The board papers' first page as a cabinet member, a chief executive and an audit-committee chair
// read it, through the real binary, in markdown, HTML and Word alike: each ask names what it is
// about (not "the two risks accepted under a waiver (actions 7 and 23)"), a contradicted outcome is
// marked wherever its status is shown, the answers in place without evidence are asked about, the
// biggest risks say in what order they come and how far a partly met answer falls short, and the
// ask on automatic fails is true whether or not closing them would lift the rating.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { appendixOf, paperText, PAPERS } from '../helpers/paper-text.js';

const example = (id: string): string[] => ['assess', '--answers', `examples/${id}.answers.yaml`, '--today', '2026-12-01'];
const COUNCIL = example('council-cyber-resilience');
const CAF = example('caf-local-government');
const CE = example('cyber-essentials-readiness');

/** What is asked of the reader: from its heading (its words differ in Word) to the biggest risks. */
const asksOf = (text: string): string => {
  const from = text.indexOf(' asked ');
  const to = [text.indexOf('The five biggest risks', from), text.indexOf('The biggest risk', from)].filter((n) => n > 0);
  // Markdown's list markers go, so that each ask reads as in HTML and Word.
  return text.slice(from, Math.min(...to)).replace(/ - /g, ' ');
};
/** The five biggest risks, to the next part of the paper. */
const risksOf = (text: string): string => text.slice(text.indexOf('The five biggest risks'), text.indexOf('Sections', text.indexOf('The five biggest risks')));

describe('each ask names what it is about, after its action number', () => {
  it.each(PAPERS)('%s: the council example', async (format) => {
    const asks = asksOf(await paperText(format, COUNCIL));
    expect(asks).toContain('Confirm that the two risks accepted under a waiver are still acceptable; the appendix lists every waiver in force.');
    expect(asks).toContain('Action 23: Is a cabinet member (portfolio holder) named as politically responsible for cyber resilience?');
    expect(asks).toContain('Action 7: Is the data the council holds in cloud services');
    expect(asks).toContain('Action 72: Is the council compliant with the Payment Card Industry (PCI) Data Security Standard');
    // In place, so not in the action plan: named by its words alone.
    expect(asks).toContain('Ask for the answer past its review date to be checked again. Is cyber attack recorded on the corporate risk register');
    // In the action plan's order.
    expect(asks).toMatch(/Action 15: .*Action 41: .*Action 43: /);
  });

  it.each(PAPERS)('%s: the CAF example names outcomes by label and short name, with the system', async (format) => {
    const asks = asksOf(await paperText(format, CAF));
    expect(asks).toContain('confirmed above what its indicators support (the appendix gives each justification). B5.c Backups (Revenues and benefits)');
    expect(asks).toContain('one of the answers is wrong. A1.a Board direction');
    expect(asks).toContain('Action 2: B2.a Identity verification, authentication and authorisation (Waste collection and fleet management)');
  });

  it('markdown lists them under their ask', async () => {
    const r = await runBinary({ args: [...COUNCIL, '-f', 'markdown'] });
    expect(r.stdout).toContain(
      '. Confirm that the two risks accepted under a waiver are still acceptable; the appendix lists every waiver in force.\n' +
        '   - Action 7: Is the data the council holds in cloud services, such as email, shared files and case systems, backed up outside those services?\n' +
        '   - Action 23: Is a cabinet member (portfolio holder) named as politically responsible for cyber resilience?\n',
    );
  });
});

describe('a contradicted outcome is marked wherever its status is shown', () => {
  it.each(PAPERS)('%s', async (format) => {
    const text = await paperText(format, CAF);
    const body = text.slice(0, text.lastIndexOf('Appendix'));
    expect(body).toMatch(/A1\.a Board direction: the council's senior leadership owns the security .*? Achieved \(indicators contradict: see the appendix\)/);
    expect(body).not.toMatch(/A1\.a Board direction: the council's senior leadership owns the security [^|]*?\| Achieved \|/);
    expect(appendixOf(text)).toContain('Contradictions to resolve');
  });
});

/** The CAF example with one system's outcome contradicted: Waste's B2.c achieved, with B2.c.NA.1 true. */
function wasteContradicted(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-contradicted-'));
  cpSync('examples', dir, { recursive: true });
  const file = join(dir, 'systems', 'waste-fleet.yaml');
  const yaml = readFileSync(file, 'utf8');
  const at = yaml.indexOf('  caf-b2-c:');
  writeFileSync(file, yaml.slice(0, at) + yaml.slice(at).replace('B2.c.NA.1: false', 'B2.c.NA.1: true'));
  return ['assess', '--answers', join(dir, 'caf-local-government.answers.yaml'), '--today', '2026-12-01'];
}

describe("a system's contradicted outcome is marked in the systems matrix, and the terminal's words stay", () => {
  it.each(PAPERS)('%s', async (format) => {
    const text = await paperText(format, wasteContradicted());
    const body = text.slice(0, text.lastIndexOf('Appendix'));
    // The matrix row: Revenues and benefits, Social care case management, Waste collection and fleet management.
    expect(body).toMatch(/B2\.c Privileged user management \|? ?Achieved \|? ?Not achieved \|? ?Achieved \(indicators contradict: see the appendix\)/);
  });

  it('text', async () => {
    const r = await runBinary({ args: [...wasteContradicted(), '--detail', '--no-color'], env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('Contradictions to resolve');
    expect(r.stdout).not.toContain('indicators contradict: see the appendix');
  });
});

describe('the answers in place without evidence are asked about on the first page', () => {
  it.each(PAPERS)('%s', async (format) => {
    const asks = asksOf(await paperText(format, COUNCIL));
    expect(asks).toContain('Ask for evidence to be recorded for the 27 answers in place that have none yet, most important first, so that each can be checked (the appendix lists them).');
  });
});

describe('the biggest risks say in what order they come, and how far a partly met answer falls short', () => {
  it.each(PAPERS)('%s', async (format) => {
    const risks = risksOf(await paperText(format, CE));
    expect(risks).toContain('In order of priority, which weighs how severe each gap is with how far its answer falls short.');
    expect(risks).toContain('The answer now: Yes, checked by hand in the last six months (scores 50 out of 100).');
    expect(risks).toContain('The answer now: Included, but we cannot check their settings or updates (scores 25 out of 100).');
    // Nothing earned, nothing said.
    expect(risks).toContain('The answer now: No: some took longer than 14 days.');
  });
});

describe('the ask on automatic fails is true whether or not the score would lift the rating', () => {
  it.each(PAPERS)('%s: the score is below the next band too (Cyber Essentials, 72)', async (format) => {
    const asks = asksOf(await paperText(format, CE));
    expect(asks).toContain(
      'Agree action on the two automatic fails: until they are closed the rating stays at Not ready to certify, whatever the score; closing them alone will not lift it, as the score (72) is also below the 75 the next band needs.',
    );
    expect(asks).not.toContain('the rating cannot rise');
  });

  it.each(PAPERS)('%s: the score alone would rate higher (95, capped)', async (format) => {
    const asks = asksOf(await paperText(format, ['assess', '-q', 'test/fixtures/blocking/auto-fail.yaml', '--today', '2026-11-23', '-a', 'test/fixtures/blocking/auto-fail.answers.yaml']));
    expect(asks).toContain('Agree action on the one automatic fail: the score alone would rate Ready, but until it is closed the rating stays at Not ready.');
  });
});
