import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';

// A council writing its own questionnaire: what SPEC allows but cannot score as the author meant is
// a warning at its place, from validate and from every run that loads the file, and scores the same.
const BANDS = 'test/fixtures/score-reach/bands.yaml';
const FULL = 'test/fixtures/score-reach/full-marks.yaml';
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

describe('number bands that no number reaches, through the binary', () => {
  const warnings = [
    // The max-2 band scoring 1 is never used, so no answer scores full marks either: the fix is to
    // let a number reach that band, not to give another band a score of 1.
    `${BANDS}:15:9: warning: no answer to "restore-days" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${BANDS}:17:13: warning: band 2 is never used: band 1 (line 16) holds for every number it covers, and the first band that holds is used; put the narrower band first`,
    `${BANDS}:18:13: warning: band 3 is never used: "restore-days" takes only numbers from 0 to 30 (its "min" and "max"), and the band holds for none of them; change its bounds or remove it`,
    `${BANDS}:20:13: warning: band 5 is never used: band 4 (line 19) has no bounds, so it holds for every number, and the first band that holds is used; put the band without bounds last`,
    // Put first, it would leave band 3 (12 to 30) never used in its turn, band 1 holding 12 to 20 and it 20 to 30.
    `${BANDS}:28:13: warning: band 4 is never used: the bands before it hold for every number it covers between them, and the first band that holds is used; remove it`,
    `${BANDS}:37:13: warning: band 3 is never used: it has no bounds, but the bands before it hold for every number the question takes, so none is left for it; remove it`,
  ];

  it('validate says each unused band at its place, and nothing of the bands that are used, with exit 0', async () => {
    const r = await runBinary({ args: ['validate', BANDS] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toBe(`${BANDS}: valid questionnaire unused-bands 1.0.0 (1 section, 3 questions)\n`);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
  });

  it('assess and show say them too, and assess scores by the first band that holds, as before', async () => {
    const answers = 'questionnaire: unused-bands\nanswers:\n  restore-days: 1\n  backup-age: 26\n  copies: 3\n';
    const r = await runBinary({ args: ['assess', '-q', BANDS, '-a', '-', '-f', 'json', '--today', '2026-11-23'], stdin: answers });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
    // 1 day: band 1 (0.5), not the max-2 band (1); 26 hours: band 3 (0.5); 3 copies: band 2 (1).
    expect(json(r.stdout).questions.map((q) => [q.id, q.score])).toEqual([
      ['restore-days', 0.5],
      ['backup-age', 0.5],
      ['copies', 1],
    ]);
    expect(json(r.stdout).overall.score).toBe(66.666666667);
    const shown = await runBinary({ args: ['show', '-q', BANDS] });
    expect(shown.code, shown.stderr).toBe(ExitCode.Ok);
    expect(shown.stderr.trimEnd().split('\n')).toEqual(warnings);
  });
});

describe('scored questions that no answer gives full marks, through the binary', () => {
  const warnings = [
    // Once at the named scale, where its scores are written, for both questions that use it; the
    // weight-0 question that uses it too is not scored, and "owner"'s scale reaches 1.
    `${FULL}:7:3: warning: no answer from scale "partial" scores full marks (the best scores 0.8), so the 2 scored questions that use it (the first, "restore-tested", at line 26) are gaps however they are answered, and "restore-tested", which is blocking, caps the rating at the lowest band in every assessment it applies to; give its best option score 1`,
    // Scored as the scorer scores it: every option but the exclusive one, 0.4 + 0.3 + 0.2.
    `${FULL}:21:9: warning: no answer to "backed-up" scores full marks (the best scores 0.9), so it is a gap however it is answered; make the scores of its options that may be chosen together add up to 1`,
    `${FULL}:40:9: warning: no answer to "restore-days" scores full marks (the best scores 0.8), so it is a gap however it is answered, and as it is blocking it caps the rating at the lowest band in every assessment it applies to; give band 1, the best a number reaches, score 1`,
  ];
  // The best answer to each: 0.35 + 0.35 + 0.15 + 0.15 for "covered" is 1 (as scored, to nine
  // places), and a yes-no whose options score "yes" 0.5 is not warned of.
  const best = 'questionnaire: full-marks\nanswers:\n  backed-up: [mis, files, finance]\n  restore-tested: most\n  offsite: most\n  restore-days: 1\n  covered: [a, b, c, d]\n  offline: yes\n  provider: most\n  owner: yes\n';

  it('validate says each at the place to raise the score, once for a scale, with exit 0', async () => {
    const r = await runBinary({ args: ['validate', FULL] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).toBe(`${FULL}: valid questionnaire full-marks 1.0.0 (1 section, 8 questions)\n`);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
  });

  it('validate -q says them too, once, when the questionnaire is not among the files it checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-reach-'));
    const [a, b, extract] = ['a.yaml', 'b.yaml', 'a.json'].map((name) => join(dir, name)) as [string, string, string];
    writeFileSync(a, best);
    writeFileSync(b, best);
    expect((await runBinary({ args: ['share', '-q', FULL, a, '-o', extract, '--today', '2026-11-23'] })).code).toBe(ExitCode.Ok);
    for (const files of [[a], [extract], [a, b, extract]]) {
      const r = await runBinary({ args: ['validate', '-q', FULL, ...files] });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stdout.trimEnd().split('\n')).toHaveLength(files.length);
      expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
    }
  });

  it('assess says them too and scores as before: the best answers still leave gaps, and the blocking ones cap the rating', async () => {
    const r = await runBinary({ args: ['assess', '-q', FULL, '-a', '-', '-f', 'json', '--today', '2026-11-23'], stdin: best });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr.trimEnd().split('\n')).toEqual(warnings);
    const a = json(r.stdout);
    expect(a.questions.map((q) => [q.id, q.score])).toEqual([
      ['backed-up', 0.9],
      ['restore-tested', 0.8],
      ['offsite', 0.8],
      ['restore-days', 0.8],
      ['covered', 1],
      ['offline', 0.5],
      ['provider', null],
      ['owner', 1],
    ]);
    // (0.9 + 0.8 + 0.8 + 0.8 + 1 + 0.5 + 1) / 7
    expect(a.overall.score).toBe(82.857142857);
    expect(a.overall.rating?.label).toBe('Not ready');
    expect(a.overall.cap?.questions.map((q) => q.question)).toEqual(['restore-tested', 'restore-days']);
  });
});

it('a best score just short of 1 is said as it is, not rounded up to "the best scores 1"', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-reach-')), 'near.yaml');
  writeFileSync(file, 'id: near\nversion: 1.0.0\ntitle: Near\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: q1\n        text: How well?\n        type: choice\n        options:\n          - { value: low, label: Low, score: 0 }\n          - { value: high, label: High, score: 0.9999999999 }\n');
  const r = await runBinary({ args: ['validate', file] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  expect(r.stderr).toBe(`${file}:11:9: warning: no answer to "q1" scores full marks (the best scores 0.9999999999), so it is a gap however it is answered; give its best option score 1\n`);
});

it('the advice fits the question: no options to add up when few can be chosen together, no narrower band among equal ones', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-reach-')), 'advice.yaml');
  const question = (id: string, body: string): string => `      - id: ${id}\n        text: ${id}?\n${body}`;
  const options = (...rows: string[]): string => `        type: multi\n        options:\n${rows.map((row) => `          - ${row}\n`).join('')}`;
  const bands = (...rows: string[]): string => `        type: number\n        min: 0\n        bands:\n${rows.map((row) => `          - ${row}\n`).join('')}`;
  writeFileSync(file, 'id: advice\nversion: 1.0.0\ntitle: Advice\nsections:\n  - id: s\n    title: S\n    questions:\n' + [
    question('all-alone', options('{ value: a, label: A, score: 0.5, exclusive: true }', '{ value: b, label: B, score: 0.25, exclusive: true }')),
    question('one-together', options('{ value: a, label: A, score: 0.5 }', '{ value: none, label: None, score: 0, exclusive: true }')),
    question('two-together', options('{ value: a, label: A, score: 0.5 }', '{ value: b, label: B, score: 0.25 }')),
    question('same-bounds', bands('{ max: 14, score: 1 }', '{ max: 14, score: 0.5 }', '{ score: 0 }')),
    // Bounded by the question's own min, "max: 14" and "min: 0, max: 14" hold for the same numbers.
    question('same-numbers', bands('{ max: 14, score: 1 }', '{ min: 0, max: 14, score: 0.5 }', '{ score: 0 }')),
    question('narrower', bands('{ max: 30, score: 1 }', '{ min: 5, max: 10, score: 0.5 }', '{ score: 0 }')),
    // The band scoring 1 is the one never used: removing it, as for a band that does not matter, is no fix.
    question('top-left-out', bands('{ min: 0, score: 0.5 }', '{ score: 1 }')),
    question('top-outside', bands('{ max: 14, score: 0.5 }', '{ max: -1, score: 1 }', '{ score: 0 }')),
    question('top-covered', bands('{ max: 5, score: 0.5 }', '{ min: 5, max: 10, score: 0.5 }', '{ min: 3, max: 8, score: 1 }', '{ score: 0 }')),
    // Put first, it would leave both bands before it never used: they lie inside it.
    question('top-over-inner', bands('{ min: 1, max: 2, score: 0.2 }', '{ min: 2, max: 4, score: 0.3 }', '{ min: 1, max: 4, score: 1 }')),
    // No number of the question's is left for it: moving its bounds alone is no fix.
    question('top-outside-none-left', bands('{ score: 0.5 }', '{ min: -5, max: -1, score: 1 }')),
    // Two bands before it hold the same numbers: removing one left the other in its way.
    question('top-same-twice', bands('{ max: 5, score: 0.5 }', '{ max: 5, score: 0.2 }', '{ min: 0, max: 5, score: 1 }')),
    // Above the question's "min" no band holds: none is reached, so none scores "more than any band a number reaches".
    question('none-reached', bands('{ max: -10, score: 0.5 }', '{ max: -5, score: 1 }')),
    // The one band in its way has no bounds: it is named, to be given some.
    question('top-after-open', bands('{ score: 0.5 }', '{ score: 1 }')),
    // None is reached and none scores 1: no band is "the best a number reaches".
    question('none-reached-short', bands('{ max: -10, score: 0.5 }')),
    // None is reached, and removing it, as for a band that does not matter, left no band at all.
    question('none-reached-zero', bands('{ max: -10, score: 0 }')),
  ].join(''));
  const r = await runBinary({ args: ['validate', file] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  expect(r.stderr.trimEnd().split('\n')).toEqual([
    `${file}:11:9: warning: no answer to "all-alone" scores full marks (the best scores 0.5), so it is a gap however it is answered; give its best option score 1`,
    `${file}:17:9: warning: no answer to "one-together" scores full marks (the best scores 0.5), so it is a gap however it is answered; give its best option score 1`,
    `${file}:23:9: warning: no answer to "two-together" scores full marks (the best scores 0.75), so it is a gap however it is answered; make the scores of its options that may be chosen together add up to 1`,
    `${file}:32:13: warning: band 2 is never used: band 1 (line 31) holds for the same numbers, and the first band that holds is used; change the bounds of one of them, or remove one`,
    `${file}:40:13: warning: band 2 is never used: band 1 (line 39) holds for the same numbers, and the first band that holds is used; change the bounds of one of them, or remove one`,
    `${file}:48:13: warning: band 2 is never used: band 1 (line 47) holds for every number it covers, and the first band that holds is used; put the narrower band first`,
    `${file}:54:9: warning: no answer to "top-left-out" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:56:13: warning: band 2 is never used: it has no bounds, but band 1 (line 55) holds for every number the question takes, so none is left for it; narrow band 1, as band 2 scores more than any band a number reaches`,
    `${file}:61:9: warning: no answer to "top-outside" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:63:13: warning: band 2 is never used: "top-outside" takes only numbers of 0 or more (its "min"), and the band holds for none of them; change its bounds to numbers the question takes that no band before it holds, as band 2 scores more than any band a number reaches`,
    `${file}:69:9: warning: no answer to "top-covered" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 3 scores 1, but no number reaches it (see the warning at that band)`,
    // Put first alone, it would leave band 2 never used in its turn: narrowing those before it is the fix that holds.
    `${file}:72:13: warning: band 3 is never used: the bands before it hold for every number it covers between them, and the first band that holds is used; narrow the bands before it, or put it before them, as band 3 scores more than any band a number reaches`,
    `${file}:78:9: warning: no answer to "top-over-inner" scores full marks (the best scores 0.3), so it is a gap however it is answered; band 3 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:81:13: warning: band 3 is never used: the bands before it hold for every number it covers between them, and the first band that holds is used; narrow the bands before it, as band 3 scores more than any band a number reaches`,
    `${file}:86:9: warning: no answer to "top-outside-none-left" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:88:13: warning: band 2 is never used: "top-outside-none-left" takes only numbers of 0 or more (its "min"), and the band holds for none of them; narrow the bands before it to leave some numbers the question takes, and change its bounds to those, as band 2 scores more than any band a number reaches`,
    `${file}:93:9: warning: no answer to "top-same-twice" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 3 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:95:13: warning: band 2 is never used: band 1 (line 94) holds for the same numbers, and the first band that holds is used; change the bounds of one of them, or remove one`,
    `${file}:96:13: warning: band 3 is never used: band 1 (line 94) holds for the same numbers, and the first band that holds is used; change the bounds of one of them, or remove bands 1 and 2, as band 3 scores more than any band a number reaches`,
    `${file}:101:9: warning: no answer to "none-reached" scores full marks (the best scores 0), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:102:13: warning: band 1 is never used: "none-reached" takes only numbers of 0 or more (its "min"), and the band holds for none of them; change its bounds to numbers the question takes that no band before it holds, as no number reaches any band`,
    `${file}:103:13: warning: band 2 is never used: "none-reached" takes only numbers of 0 or more (its "min"), and the band holds for none of them; change its bounds to numbers the question takes that no band before it holds, as no number reaches any band`,
    `${file}:108:9: warning: no answer to "top-after-open" scores full marks (the best scores 0.5), so it is a gap however it is answered; band 2 scores 1, but no number reaches it (see the warning at that band)`,
    `${file}:110:13: warning: band 2 is never used: it has no bounds, but band 1 (line 109) holds for every number the question takes, so none is left for it; give band 1 bounds, as band 2 scores more than any band a number reaches`,
    `${file}:115:9: warning: no answer to "none-reached-short" scores full marks (the best scores 0), so it is a gap however it is answered; no number reaches any of its bands (see the warning at each)`,
    `${file}:116:13: warning: band 1 is never used: "none-reached-short" takes only numbers of 0 or more (its "min"), and the band holds for none of them; change its bounds to numbers the question takes that no band before it holds, as no number reaches any band`,
    `${file}:121:9: warning: no answer to "none-reached-zero" scores full marks (the best scores 0), so it is a gap however it is answered; no number reaches any of its bands (see the warning at each)`,
    `${file}:122:13: warning: band 1 is never used: "none-reached-zero" takes only numbers of 0 or more (its "min"), and the band holds for none of them; change its bounds to numbers the question takes`,
  ]);
});
