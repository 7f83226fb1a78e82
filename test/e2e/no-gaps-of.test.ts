import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { plainQuotes, readDocx, squash } from '../helpers/docx-reader.js';

// A rating band may need no open gap of given severities (`noGapsOf`): certification is pass or
// fail, and one open high gap moves a weighted mean of several sections only a few points.
const HELD = 'test/fixtures/no-gaps-of/held.yaml';
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

describe('noGapsOf on a questionnaire of your own, through the binary', () => {
  const write = (dir: string, body: string): string => {
    const file = join(dir, 'a.yaml');
    writeFileSync(file, `questionnaire: held-band\n${body}`);
    return file;
  };
  const systems = (revenues: string, housing = '{ backups: yes, logging: yes }'): string =>
    `systems:\n  - id: revenues\n    title: Revenues and benefits\n    answers: ${revenues}\n  - id: housing\n    title: Housing management\n    answers: ${housing}\n`;
  const assess = async (file: string, extra: string[] = []): Promise<Assessment> => {
    const r = await runBinary({ args: ['assess', '-q', HELD, '-a', file, '--today', '2026-11-23', '-f', 'json', ...extra] });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return json(r.stdout);
  };
  const ratings = (a: Assessment) => ({
    overall: [a.overall.score, a.overall.rating?.label],
    sections: a.sections.map((s) => [s.id, s.score, s.rating?.label]),
    systems: a.systems.map((s) => [s.id, s.score, s.rating?.label, s.sections.map((x) => [x.score, x.rating?.label])]),
  });

  it("rates the overall, a section and a critical system by their own gaps, and a system with the organisation's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-'));
    // A high gap in one system: the system-scoped section (a mean of 90 and 100) and that system are
    // held back, the organisation's section and the other system are not.
    const system = await assess(write(dir, `answers: { policy: yes, records: yes, training: yes }\n${systems('{ backups: no, logging: yes }')}`));
    expect(ratings(system)).toEqual({
      overall: [97.5, 'Partly ready'],
      sections: [
        ['governance', 100, 'Ready'],
        ['systems', 95, 'Partly ready'],
      ],
      systems: [
        ['revenues', 95, 'Partly ready', [[90, 'Partly ready']]],
        ['housing', 100, 'Ready', [[100, 'Ready']]],
      ],
    });
    expect(system.ratings[0]).toEqual({ min: 80, label: 'Ready', colour: 'green', noGapsOf: ['high'] });
    // The organisation's high gap holds every system, as its automatic fails cap them; a system's
    // own section is rated by its own gaps.
    const organisation = await assess(write(dir, `answers: { policy: no, records: yes, training: yes }\n${systems('{ backups: yes, logging: yes }')}`));
    expect(ratings(organisation)).toEqual({
      overall: [95, 'Partly ready'],
      sections: [
        ['governance', 90, 'Partly ready'],
        ['systems', 100, 'Ready'],
      ],
      systems: [
        ['revenues', 95, 'Partly ready', [[100, 'Ready']]],
        ['housing', 95, 'Partly ready', [[100, 'Ready']]],
      ],
    });
    // A medium gap is not one the band names.
    const medium = await assess(write(dir, `answers: { policy: yes, records: no, training: yes }\n${systems('{ backups: yes, logging: yes }')}`));
    expect(medium.overall.rating?.label).toBe('Ready');
    expect(medium.sections.map((s) => s.rating?.label)).toEqual(['Ready', 'Ready']);
  });

  it('counts a "don\'t know" answer and, under --allow-incomplete, an unanswered question as gaps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-'));
    const unknown = await assess(write(dir, `answers: { policy: { status: unknown }, records: yes, training: yes }\n${systems('{ backups: yes, logging: yes }')}`));
    expect([unknown.overall.score, unknown.overall.rating?.label]).toEqual([95, 'Partly ready']);
    const unanswered = await assess(write(dir, `answers: { policy: yes, records: yes, training: yes }\n${systems('{ logging: yes }')}`), ['--allow-incomplete']);
    expect([unanswered.overall.score, unanswered.overall.rating?.label, unanswered.systems[0]?.rating?.label]).toEqual([97.5, 'Partly ready', 'Partly ready']);
  });

  it('share writes the held rating, and benchmark refuses an extract that claims the band the gaps hold back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-'));
    const answers = write(dir, `answers: { policy: yes, records: yes, training: yes }\n${systems('{ backups: no, logging: yes }')}`);
    const shared = await runBinary({ args: ['share', '-q', HELD, answers, '--today', '2026-11-23', '--label', 'council-a'] });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const extract = JSON.parse(shared.stdout) as { overall: { score: number; rating: string } };
    expect(extract.overall).toMatchObject({ score: 97.5, rating: 'Partly ready' });
    writeFileSync(join(dir, 'a.json'), shared.stdout);
    writeFileSync(join(dir, 'forged.json'), JSON.stringify({ ...extract, label: 'council-b', overall: { ...extract.overall, rating: 'Ready' } }));
    const r = await runBinary({ args: ['benchmark', join(dir, 'a.json'), join(dir, 'forged.json'), '--questionnaire-dir', 'test/fixtures/no-gaps-of'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('forged.json:1:');
    expect(r.stderr).toContain('the rating is "Ready", but held-band 1.0.0 rates the answers "Partly ready", as one high gap is open');
  });
});

describe('the reports say why the rating is below the band the score reaches', () => {
  it('--detail, the board papers and JUnit add one line, the summary a note on its score line; a rating the gaps do not hold adds none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-'));
    const file = join(dir, 'a.yaml');
    const systems = (backups: string): string =>
      `systems:\n  - id: revenues\n    title: Revenues and benefits\n    answers: { backups: ${backups}, logging: yes }\n  - id: housing\n    title: Housing management\n    answers: { backups: yes, logging: yes }\n`;
    writeFileSync(file, `questionnaire: held-band\nanswers: { policy: yes, records: yes, training: yes }\n${systems('no')}`);
    const run = (...extra: string[]) => runBinary({ args: ['assess', '-q', HELD, '-a', file, '--today', '2026-11-23', ...extra] });
    const line = 'Rated Partly ready, not Ready: one high gap is open.';
    expect((await run('--detail')).stdout).toMatch(/\nOverall 97\/100 Partly ready\n {2}Rated Partly ready, not Ready: one high gap is open\.\n$/);
    const summary = (await run()).stdout;
    expect(summary).not.toContain(line);
    expect(summary).toMatch(/\nOverall 97\/100 Partly ready \(not Ready: one high gap is open\)\n$/);
    // After the scale, which says what Ready needs: the line then says why it was not given.
    const scale = 'Ratings: Ready (80 and above, with no high gap open); Partly ready (50 to 79, or higher when open gaps rule out the band above); Not ready (below 50).';
    expect((await run('-f', 'markdown')).stdout).toContain(`**Overall score: 97 out of 100**, rated **Partly ready**.\n\n${scale}\n\n${line}\n\n`);
    expect((await run('-f', 'html')).stdout).toContain(`<p>${line}</p>`);
    expect((await run('-f', 'junit')).stdout).toContain(`Overall 97/100, Partly ready\n${line}\n`);
    writeFileSync(file, `questionnaire: held-band\nanswers: { policy: yes, records: no, training: yes }\n${systems('yes')}`);
    for (const extra of [['--detail'], ['-f', 'markdown']]) expect((await run(...extra)).stdout).not.toMatch(/Rated .*, not /);
    expect((await run()).stdout).not.toMatch(/\(not /);
  });

  // A score exactly at the band's minimum reaches that band, so the gap that holds it back is said.
  it('says why at a score exactly at the minimum of the band held back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-'));
    const file = join(dir, 'a.yaml');
    // Governance 90 (the high policy gap, weight 1 of 10); systems the mean of 100, 100 and 10 (a
    // medium logging gap, weight 9 of 10), 70; overall (90 + 70) / 2 = 80, Ready's minimum.
    const system = (id: string, logging: string): string => `  - id: ${id}\n    title: ${id}\n    answers: { backups: yes, logging: ${logging} }\n`;
    writeFileSync(file, `questionnaire: held-band\nanswers: { policy: no, records: yes, training: yes }\nsystems:\n${system('revenues', 'yes')}${system('housing', 'yes')}${system('waste', 'no')}`);
    const run = (...extra: string[]) => runBinary({ args: ['assess', '-q', HELD, '-a', file, '--today', '2026-11-23', ...extra] });
    const a = json((await run('-f', 'json')).stdout);
    expect([a.overall.score, a.overall.rating?.label]).toEqual([80, 'Partly ready']);
    expect((await run()).stdout).toMatch(/\nOverall 80\/100 Partly ready \(not Ready: one high gap is open\)\n$/);
    expect((await run('--detail')).stdout).toMatch(/\nOverall 80\/100 Partly ready\n {2}Rated Partly ready, not Ready: one high gap is open\.\n$/);
  });
});

describe('noGapsOf in the questionnaire file', () => {
  const withBand = (noGapsOf: string): string => readFileSync(HELD, 'utf8').replace('noGapsOf: [high]', `noGapsOf: ${noGapsOf}`);
  const validate = async (noGapsOf: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-q-'));
    const file = join(dir, 'q.yaml');
    writeFileSync(file, withBand(noGapsOf));
    return { file, r: await runBinary({ args: ['validate', file] }) };
  };

  it('refuses a severity that does not exist, and one listed twice, at its line and column', async () => {
    const line = withBand('').split('\n').findIndex((l) => l.includes('noGapsOf:')) + 1;
    const bad = await validate('[high, severe]');
    expect(bad.r.code).toBe(ExitCode.CannotAssess);
    expect(bad.r.stderr).toContain(`${bad.file}:${line}:62: item 2 of "noGapsOf" must be one of "critical", "high", "medium" or "low", not "severe"`);
    const twice = await validate('[high, critical, high]');
    expect(twice.r.code).toBe(ExitCode.CannotAssess);
    expect(twice.r.stderr).toContain(`${twice.file}:${line}:72: "noGapsOf" lists "high" twice; list each severity once`);
    const empty = await validate('[]');
    expect(empty.r.code).toBe(ExitCode.CannotAssess);
    expect(empty.r.stderr).toContain(`${empty.file}:${line}:55: "noGapsOf" must not be empty`);
    expect((await validate('[critical, high]')).r.code).toBe(ExitCode.Ok);
  });

  it('warns, at its place, when the lowest band has noGapsOf, as an assessment with such a gap then gets no rating', async () => {
    const r = await runBinary({ args: ['validate', 'test/fixtures/no-gaps-of/stacked.yaml'] });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(
      'test/fixtures/no-gaps-of/stacked.yaml:10:43: warning: the lowest band, "Bottom", has "noGapsOf", so an assessment with a high gap gets no rating at any score; put it on a higher band if the lowest should take every score\n',
    );
    expect((await runBinary({ args: ['validate', HELD] })).stderr).toBe('');
  });

  it('warns, at its place, when the lowest band starts above 0, as a lower score then gets no rating; the bundled questionnaires do not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lowest-'));
    const file = join(dir, 'q.yaml');
    writeFileSync(file, readFileSync(HELD, 'utf8').replace(/^( *- \{ min: )0(,.*)$/m, '$140$2'));
    const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toMatch(/^q\.yaml: valid questionnaire held-band /);
    expect(r.stderr).toMatch(/^q\.yaml:11:12: warning: the lowest band, "Not ready", starts at 40, so a score below 40 gets no rating; give the lowest band min: 0 if every score should have one\n$/);
    const bundled = await runBinary({ args: ['validate', 'questionnaires/council-cyber-resilience.yaml', 'questionnaires/cyber-essentials-readiness.yaml', 'questionnaires/caf-local-government.yaml'] });
    expect({ code: bundled.code, stderr: bundled.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
  });

  it('show gives the band with what it needs besides its score', async () => {
    const r = await runBinary({ args: ['show', HELD] });
    expect(r.stdout).toContain('| 80, with no high gap open | Ready |\n| 50 | Partly ready |\n| 0 | Not ready |\n');
  });
});

describe('bands stacked with noGapsOf, the lowest among them, and an automatic fail', () => {
  const STACKED = 'test/fixtures/no-gaps-of/stacked.yaml';
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-stacked-'));
  const answers = (values: Record<string, 'yes' | 'no'>): string => {
    const file = join(dir, `${Object.values(values).join('-')}.yaml`);
    writeFileSync(file, `questionnaire: stacked-bands\nanswers: { crit: ${values.crit}, med: ${values.med}, hi: ${values.hi}, lowfail: ${values.lowfail}, rest: yes }\n`);
    return file;
  };
  const run = (file: string, ...extra: string[]) => runBinary({ args: ['assess', '-q', STACKED, '-a', file, '--today', '2026-11-23', '--no-color', ...extra] });

  it('names every band passed over, with the gaps that rule each out', async () => {
    const file = answers({ crit: 'no', med: 'no', hi: 'yes', lowfail: 'yes' });
    const a = json((await run(file, '-f', 'json')).stdout);
    expect([a.overall.score, a.overall.rating?.label]).toEqual([98, 'Bottom']);
    expect((await run(file, '--detail')).stdout).toContain('Overall 98/100 Bottom\n  Rated Bottom, not Top (one critical gap is open) or Middle (one medium gap is open).\n');
    // The summary says it on its score line, each band in turn, with no brackets inside its own.
    expect((await run(file)).stdout.replace(/\n {2}/g, ' ')).toMatch(/\nOverall 98\/100 Bottom \(not Top: one critical gap is open; not Middle: one medium gap is open\)\n$/);
    // Where open gaps rule out every band the score reaches, it says "No rating" in words, as the papers do.
    const none = answers({ crit: 'no', med: 'no', hi: 'no', lowfail: 'yes' });
    expect((await run(none)).stdout.replace(/\n {2}/g, ' ')).toMatch(
      /\nOverall 97\/100 No rating \(not Top: one critical gap is open; not Middle: one medium gap is open; not Bottom: one high gap is open\)\n$/,
    );
  });

  it('the cap of an automatic fail gives no rating where the lowest band is ruled out, rather than that band', async () => {
    // Top holds (no critical gap), so the score alone is rated Top; the cap would give Bottom, which
    // the open high gap rules out. The rating was Bottom, better than with a critical gap as well.
    const capped = answers({ crit: 'yes', med: 'no', hi: 'no', lowfail: 'no' });
    const a = json((await run(capped, '-f', 'json')).stdout);
    expect([a.overall.score, a.overall.rating, a.overall.cap?.uncappedRating?.label]).toEqual([97, null, 'Top']);
    expect((await run(capped)).stdout.replace(/\n/g, ' ')).toContain('No rating: one automatic fail caps the rating at the lowest band, Bottom, which open gaps rule out; the score alone would rate Top.');
    // With a critical gap too, no band holds at all.
    const none = answers({ crit: 'no', med: 'no', hi: 'no', lowfail: 'no' });
    const detail = (await run(none, '--detail')).stdout;
    expect(detail.replace(/\n/g, ' ')).toContain('No rating: open gaps rule out every band the score reaches, and one automatic fail would cap it at the lowest band anyway.');
    expect(detail).not.toContain('the score reaches no band');
    expect(detail.replace(/\n {2}/g, ' ')).toContain('No rating, not Top (one critical gap is open), Middle (one medium gap is open) or Bottom (one high gap is open).');
    // The section's row under its table lists the bands passed over as the overall's line does.
    expect(detail.replace(/\n {2}/g, ' ')).toContain('Controls, not Top (one critical gap is open), Middle (one medium gap is open) or Bottom (one high gap is open).');
  });

  it('benchmark names each band the gaps rule out when an extract claims one', async () => {
    const file = answers({ crit: 'no', med: 'no', hi: 'yes', lowfail: 'yes' });
    const shared = await runBinary({ args: ['share', '-q', STACKED, file, '--today', '2026-11-23', '--label', 'council-a'] });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const extract = JSON.parse(shared.stdout) as { overall: { rating: string } };
    expect(extract.overall.rating).toBe('Bottom');
    const forged = join(dir, 'forged.json');
    writeFileSync(forged, JSON.stringify({ ...extract, overall: { ...extract.overall, rating: 'Middle' } }));
    const r = await runBinary({ args: ['validate', '-q', STACKED, forged] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('the rating is "Middle", but stacked-bands 1.0.0 rates the answers "Bottom", as open gaps rule out Top: one critical gap is open; Middle: one medium gap is open');
  });
});

describe("the HTML chart's legend", () => {
  it("gives a band's noGapsOf beside its scores, and the band below it that it may be given higher scores", async () => {
    const r = await runBinary({ args: ['assess', '-a', 'examples/cyber-essentials-readiness.answers.yaml', '--today', '2026-11-23', '-f', 'html'] });
    const legend = [...r.stdout.matchAll(/<li><span class="swatch"[^>]*><\/span>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(legend).toEqual([
      'Likely to pass: 95 and above, with no critical or high gap open',
      'Close: fix the gaps first: 75 to 94, or higher when open gaps rule out the band above',
      'Not ready to certify: below 75',
    ]);
  });
});

describe('section and system rows held below their band say why, under their tables', () => {
  it('names each held section and system with its gaps in --detail and the papers, and says nothing when none is held', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-rows-'));
    const file = join(dir, 'a.yaml');
    const body = (policy: string, backups: string): string =>
      `questionnaire: held-band\nanswers: { policy: ${policy}, records: yes, training: yes }\nsystems:\n  - id: revenues\n    title: Revenues and benefits\n    answers: { backups: ${backups}, logging: yes }\n  - id: housing\n    title: Housing management\n    answers: { backups: yes, logging: yes }\n`;
    writeFileSync(file, body('no', 'no'));
    const run = async (...extra: string[]) => (await runBinary({ args: ['assess', '-q', HELD, '-a', file, '--today', '2026-11-23', '--no-color', ...extra] })).stdout;
    const sections = 'Rated lower than their scores alone would give, because of open gaps: Governance, not Ready (one high gap is open); Critical systems, not Ready (one high gap is open).';
    // Housing has no gap of its own: the organisation's high gap holds it, as it counts for its rating.
    const systems =
      "Rated lower than their scores alone would give, because of open gaps, the organisation's counted with each system's own: Revenues and benefits, not Ready (two high gaps are open); Housing management, not Ready (one high gap is open).";
    const flat = (text: string): string => text.replace(/\n {2}(?=\S)/g, ' ').replace(/&#39;/g, "'");
    for (const extra of [['--detail'], ['-f', 'markdown'], ['-f', 'html']]) {
      const out = flat(await run(...extra));
      expect(out, extra.join(' ')).toContain(sections);
      expect(out, extra.join(' ')).toContain(systems);
    }
    const docx = await runBinary({ args: ['assess', '-q', HELD, '-a', file, '--today', '2026-11-23', '-f', 'docx', '-o', join(dir, 'r.docx')] });
    expect(docx.code, docx.stderr).toBe(ExitCode.Ok);
    const paper = squash(plainQuotes((await readDocx({ path: join(dir, 'r.docx') })).text));
    expect(paper).toContain(sections);
    expect(paper).toContain(systems);
    writeFileSync(file, body('yes', 'yes'));
    for (const extra of [['--detail'], ['-f', 'markdown']]) expect(await run(...extra)).not.toContain('Rated lower than');
  });
});

describe('diff of a section whose rating changed while its score did not', () => {
  it('lists the section with both ratings in text, markdown and JSON, not "No section score changed"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-held-diff-'));
    const systems = 'systems:\n  - id: revenues\n    title: Revenues and benefits\n    answers: { backups: yes, logging: yes }\n';
    // Governance scores 90 both times: a medium gap before (Ready), a high gap after (Partly ready).
    writeFileSync(join(dir, 'old.yaml'), `questionnaire: held-band\nanswers: { policy: yes, records: no, training: yes }\n${systems}`);
    writeFileSync(join(dir, 'new.yaml'), `questionnaire: held-band\nanswers: { policy: no, records: yes, training: yes }\n${systems}`);
    const diff = (...extra: string[]) => runBinary({ args: ['diff', '-q', HELD, join(dir, 'old.yaml'), join(dir, 'new.yaml'), '--today', '2026-11-23', '--no-color', ...extra] });
    const text = (await diff()).stdout;
    expect(text).toMatch(/\nSections\n {2}Governance +90 → 90 \(±0\) {2}Ready → Partly ready\n/);
    expect(text).not.toContain('No section score changed');
    expect((await diff('-f', 'markdown')).stdout).toContain('| Governance | 90 (Ready) | 90 (Partly ready) | ±0 |');
    const json = JSON.parse((await diff('-f', 'json')).stdout) as { sections: { id: string; oldRating: { label: string } | null; newRating: { label: string } | null }[] };
    expect(json.sections.find((s) => s.id === 'governance')).toMatchObject({ oldRating: { label: 'Ready' }, newRating: { label: 'Partly ready' } });
  });
});
