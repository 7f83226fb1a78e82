import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

// A `when` on a multi question looks at every option chosen, not the first alone: SPEC's `in` on a
// multi holds when the list includes a listed option, wherever in the list it is written.

const questionnaire = (when: string): string => `id: multi-when
version: 1.0.0
title: Multi when
sections:
  - id: s
    title: Services
    questions:
      - id: services
        text: Which services do you use?
        type: multi
        options:
          - { value: dns, label: Protective DNS, score: 0.5 }
          - { value: mail, label: Mail Check, score: 0.5 }
      - id: dmarc
        text: Is DMARC enforced?
        type: yes-no
        when: ${when}
`;

async function assess(when: string): Promise<{ code: number; report: Assessment; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-multi-when-'));
  writeFileSync(join(dir, 'q.yaml'), questionnaire(when));
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: multi-when\nanswers:\n  services: [dns, mail]\n  dmarc: no\n');
  const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json', '--today', '2026-11-23'], cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout) as Assessment, stderr: r.stderr };
}

describe('a condition on a multi question, with the option it names chosen second', () => {
  it('`in` holds: the follow-up is asked and scored, and its answer is not ignored', async () => {
    const { code, report, stderr } = await assess('{ question: services, in: [mail] }');
    expect(code).toBe(ExitCode.Ok);
    expect(stderr).toBe('');
    // services 1, dmarc 0: (1 + 0) / 2.
    expect(report.overall.score).toBe(50);
    expect(report.gaps.map((g) => g.question)).toEqual(['dmarc']);
    expect(report.notApplicable).toEqual([]);
  });

  it('`notIn` fails: the follow-up does not apply, and its answer is set aside with a warning', async () => {
    const { code, report, stderr } = await assess('{ question: services, notIn: [mail] }');
    expect(code).toBe(ExitCode.Ok);
    expect(stderr).toBe('a.yaml:4:3: warning: answer to "dmarc" is ignored: the question does not apply given the answer to "services"\n');
    expect(report.overall.score).toBe(100);
    expect(report.gaps).toEqual([]);
    expect(report.notApplicable.map((n) => [n.question, n.by])).toEqual([['dmarc', 'condition']]);
  });
});
