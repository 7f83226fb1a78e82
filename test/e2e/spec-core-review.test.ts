// SPEC's core sections (commands, formats, scoring, reports) read literally, with small custom
// questionnaires an owner might write; each case checked through the built binary.
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { parseXml } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';

const MINI = ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini.answers.yaml', '--today', '2026-11-24'];

interface Property {
  '@name': string;
  '@value': string;
}

describe('SPEC "Reports": every format carries the header and the lists beside the gaps', () => {
  it('junit: questionnaire id and version, organisation, assessor, date and tool version, and the lists, in the overall suite', async () => {
    const r = await runBinary({ args: [...MINI, '-f', 'junit'] });
    expect(r.code).toBe(ExitCode.Ok);
    const xml = parseXml(r.stdout) as { testsuites: { testsuite: { '@id': string; properties: { property: Property[] }; 'system-out': string }[] } };
    const overall = xml.testsuites.testsuite.find((s) => s['@id'] === 'overall');
    const props = Object.fromEntries((overall?.properties.property ?? []).map((p) => [p['@name'], p['@value']]));
    expect(props).toMatchObject({
      questionnaire: 'mini',
      questionnaireVersion: '1.2.0',
      organisation: 'Test Council',
      assessor: 'Tester',
      assessedOn: '2026-11-20',
      judgedOn: '2026-11-24',
      tool: expect.stringMatching(/^cyber-ready \d+\.\d+\.\d+/) as unknown as string,
      score: '61.458333333',
    });
    const words = String(overall?.['system-out']);
    expect(words).toContain('Assessment: Test Council, assessed by Tester, on 2026-11-20');
    expect(words).toContain('Not applicable (1):\n- ot-seg: does not apply, given earlier answers');
    expect(words).toContain('Past review date (1):\n- owner: review was due by 2026-11-22');
    expect(words).toContain('Expired waivers (1):\n- pci: expired on 2026-11-23');
    expect(words).toContain('Profiles (1):\n- Baseline (baseline): not met, 1 of 3 requirements');
    expect(words).toContain('By framework: NCSC Cyber Assessment Framework 4.0 (2):\n- A Managing security risk: 62');
  });

  it('sarif: the run carries assessor, dates, gates, section scores and the lists', async () => {
    const r = await runBinary({ args: [...MINI, '-f', 'sarif', '--min-score', '70'] });
    expect(r.code).toBe(ExitCode.GateFailed);
    const props = (JSON.parse(r.stdout) as { runs: { properties: Record<string, unknown> }[] }).runs[0]?.properties;
    expect(props).toMatchObject({
      organisation: 'Test Council',
      assessor: 'Tester',
      assessedOn: '2026-11-20',
      judgedOn: '2026-11-24',
      gates: [{ id: 'min-score', passed: false, summary: 'overall score 61 is below 70' }],
      sections: [
        { id: 'gov', score: 62.5, rating: 'Partly ready' },
        { id: 'tech', score: 58.333333333 },
        { id: 'ot', score: null, applicable: false },
      ],
      notApplicable: [{ question: 'ot-seg', by: 'condition' }],
      stale: [{ question: 'owner', reviewBy: '2026-11-22' }],
      expiredWaivers: [{ question: 'pci', expires: '2026-11-23' }],
      profiles: [{ id: 'baseline', passed: false, met: 1, total: 3 }],
    });
    expect((props?.frameworks as { id: string }[]).map((f) => f.id)).toEqual(['caf-4.0', 'cyber-essentials-3.3']);
  });
});
