// A council's own outcome questions, outside the CAF (test/fixtures/outcome-labels): how the papers
// and the terminal name them. Only a reference naming a framework's outcome labels one ("D1.a"); a
// topic of the 10 Steps ("risk-management") or no reference at all leaves it to its words, as any
// other question is shown, and never in front of its own id.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';

const DIR = 'test/fixtures/outcome-labels';
const ARGS = ['assess', '-q', `${DIR}/q.yaml`, '-a', `${DIR}/a.yaml`, '--today', '2026-11-23'];

async function assess(...more: string[]): Promise<string> {
  const r = await runBinary({ args: [...ARGS, ...more], env: { COLUMNS: '100', NO_COLOR: '1' } });
  expect([r.code, r.stderr]).toEqual([ExitCode.Ok, '']);
  return r.stdout;
}

// What the reports showed before: a reference's id or the question id in front of the words.
const NONSENSE = /risk-management Is|school-governor Is|svc-team Does|svc-plan Recovery|RC\.RP Recovery/;

describe("a council's own outcomes are named by their words unless a framework's outcome labels them", () => {
  it('in the terminal report', async () => {
    const out = await assess('--detail');
    expect(out).not.toMatch(NONSENSE);
    expect(out).toMatch(/^ {4}Is a governor responsible for cyber security\? +Achieved +Achieved\*$/m);
    expect(out).toContain('  * oakfield · Is a governor responsible for cyber security?: Achieved (confirmed without');
    // The CAF's outcome named second, after a NIST category that is no outcome, still labels it.
    expect(out).toMatch(/^ {4}D1\.a {3}Recovery plan: not achieved$/m);
    expect(out).toMatch(/^ {11}Does the service have a named security team\?: achieved \(confirmed without indicators\)$/m);
    expect(out).toContain('  Oakfield Nursery: Is a governor responsible for cyber security? [school-governor]');
  });

  it('in the markdown board paper, its appendix included, with the id once', async () => {
    const md = await assess('-f', 'markdown');
    expect(md).not.toMatch(NONSENSE);
    expect(md).toContain('| Is a governor responsible for cyber security? | Achieved | Achieved (confirmed without indicators) |');
    expect(md).toContain("| D1.a Recovery plan: the service can restore the schools' systems to a plan that is tested | Not achieved |");
    expect(md).toContain('| Does the service have a named security team? | Achieved (confirmed without indicators) |');
    expect(md).toContain('- **Is a governor responsible for cyber security?** (Oakfield Nursery)');
    expect(md).toContain('| Does the service have a named security team? (`svc-team`) | Achieved (confirmed without indicators) |');
    expect(md).toContain('| Is a governor responsible for cyber security? (`school-governor`) | Achieved (confirmed without indicators) |');
  });

  it('in the HTML and Word papers', async () => {
    const html = await assess('-f', 'html');
    expect(html).not.toMatch(NONSENSE);
    expect(html).toContain('<th scope="row">Is a governor responsible for cyber security?</th>');
    expect(html).toContain('<th scope="row">Does the service have a named security team?</th>');
    expect(html).toContain('<th scope="row"><strong>D1.a</strong> Recovery plan: the service can restore the schools&#39; systems to a plan that is tested</th>');

    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-own-outcomes-')), 'paper.docx');
    await assess('-f', 'docx', '-o', file);
    const { text } = await readDocx({ path: file });
    expect(text).not.toMatch(NONSENSE);
    expect(text).toContain('Is a governor responsible for cyber security?');
  });
});
