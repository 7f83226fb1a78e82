// "Gŵyr", "Gŵyr " and "gŵyr" are one council to anyone reading the report, but benchmark compared
// labels exactly and counted them as two; a zero-width space made a label that looked like another
// and counted apart from it. Labels (and --named organisations) now agree as people read them, and
// an invisible character is refused, by share --label and in an extract.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import { ExitCode } from '../../src/errors.js';
import type { ShareExtract } from '../../src/share/types.js';
import { runBinary } from '../helpers/cli.js';
import { pairScoredRich, withTheRestUnanswered } from '../helpers/pair-scored.js';

/** A council of the rich-share questionnaire with one system, its scores worked out from its two answers. */
function extractOf(label: string, owner: 'nobody' | 'named', month = '2026-11', organisation?: string): ShareExtract {
  const org = owner === 'named' ? 100 : 0;
  return {
    kind: 'cyber-ready-share',
    schemaVersion: 1,
    tool: { name: 'cyber-ready', version: '0.1.0' },
    questionnaire: { id: 'rich-share', version: '1.0.0' },
    label,
    ...(organisation !== undefined ? { organisation } : {}),
    assessedOn: month,
    overall: { score: (org + 100) / 2, rating: org ? 'Ready' : 'Partly ready', automaticFails: 0 },
    sections: [
      { id: 'org', score: org },
      { id: 'per-system', score: 100 },
    ],
    systems: [{ id: 'system-1', score: (org + 100) / 2, sections: [{ id: 'per-system', score: 100 }] }],
    answers: withTheRestUnanswered(
      [
        { question: 'owner', system: null, status: 'answered', value: owner, score: owner === 'named' ? 1 : 0, waived: false },
        { question: 'patched', system: 'system-1', status: 'answered', value: 'yes', score: 1, waived: false },
      ],
      1,
    ),
  };
}

function folder(extracts: Record<string, ShareExtract>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-label-'));
  writeFileSync(join(dir, 'rich.yaml'), pairScoredRich());
  for (const [file, x] of Object.entries(extracts)) writeFileSync(join(dir, file), `${JSON.stringify(x, null, 2)}\n`);
  return dir;
}

// Each of its own month: not one assessment given twice (which is warned of apart).
const OTHERS = { 'a.json': extractOf('Ceredigion', 'named', '2026-08'), 'b.json': extractOf('Gwynedd', 'nobody', '2026-10'), 'c.json': extractOf('Ynys Môn', 'named', '2026-07') };
const bench = (dir: string, args: string[]) => runBinary({ args: ['benchmark', ...args, '--questionnaire-dir', '.', '--min-group', '3', '-f', 'json'], cwd: dir });
const MIN_GROUP = 'cyber-ready: warning: --min-group 3 shows figures for groups of fewer than 5 councils; from so few, a reader who knows some of the councils may be able to work out another council\'s answers';

describe('labels that differ only by spaces or case are one council', () => {
  it.each([
    ['a space after it', 'Gŵyr '],
    ['a space before it', ' Gŵyr'],
    ['two spaces inside', 'Gŵyr  Gorllewin'],
    ['lower case', 'gŵyr'],
    ['decomposed (as a macOS file name gives it)', 'Gw\u0302yr'],
  ])('%s: the later counts, with the warning', async (_, other) => {
    const first = other.includes('Gorllewin') ? 'Gŵyr Gorllewin' : 'Gŵyr';
    const dir = folder({ ...OTHERS, 'g1.json': extractOf(first, 'nobody', '2026-09'), 'g2.json': extractOf(other, 'named', '2026-11') });
    const r = await bench(dir, ['a.json', 'b.json', 'c.json', 'g1.json', 'g2.json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    // Read in NFC, a decomposed label is the very same label.
    const shown = JSON.stringify(other.normalize('NFC'));
    const alike = shown === `"${first}"` ? '' : ` as ${shown}`;
    expect(r.stderr).toBe(`${MIN_GROUP}\ng1.json: warning: label "${first}" is also in g2.json${alike}; only the later assessment counts (g2.json, 2026-11; this one 2026-09)\n`);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(4);
    expect(result.labels).toEqual(['Ceredigion', 'Gwynedd', 'Ynys Môn', other.normalize('NFC')]);
    expect(result.warnings).toEqual([`${shown} was given twice${alike ? ` (once as "${first}")` : ''}; its assessment of 2026-11 counts, not that of 2026-09.`]);
  });

  // White space of any kind is folded, not only spaces: a no-break space pasted from Word among them.
  it('a no-break space inside: the later counts, with the warning, which names the no-break space', async () => {
    const dir = folder({ ...OTHERS, 'g1.json': extractOf('Gŵyr Gorllewin', 'nobody', '2026-09'), 'g2.json': extractOf('Gŵyr\u00a0Gorllewin', 'named', '2026-11') });
    const r = await bench(dir, ['a.json', 'b.json', 'c.json', 'g1.json', 'g2.json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`${MIN_GROUP}\ng1.json: warning: label "Gŵyr Gorllewin" is also in g2.json as "Gŵyr\\u00A0Gorllewin"; only the later assessment counts (g2.json, 2026-11; this one 2026-09)\n`);
    expect((JSON.parse(r.stdout) as BenchmarkResult).contributions).toBe(4);
  });

  it('--highlight finds its council by a label written otherwise, and counts it once', async () => {
    const dir = folder({ ...OTHERS, 'g.json': extractOf('Gŵyr', 'named'), 'mine.json': extractOf('GŴYR ', 'named', '2026-10') });
    const result = JSON.parse((await bench(dir, ['a.json', 'b.json', 'c.json', 'g.json', '--highlight', 'mine.json'])).stdout) as BenchmarkResult;
    expect(result.contributions).toBe(4);
    expect(result.highlighted).toBe('Gŵyr');
  });

  it('--named: organisations that differ only by spaces or case are one council', async () => {
    const dir = folder({ ...OTHERS, 'g1.json': extractOf('council-1a2b3c', 'nobody', '2026-09', 'Cyngor Gwynedd'), 'g2.json': extractOf('council-4d5e6f', 'named', '2026-11', 'cyngor gwynedd ') });
    const r = await bench(dir, ['a.json', 'c.json', 'g1.json', 'g2.json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as BenchmarkResult).contributions).toBe(3);
    expect(r.stderr).toContain('g1.json: warning: organisation "Cyngor Gwynedd" is also in g2.json (label "council-4d5e6f")');
  });

  it('labels with other letters are still two councils', async () => {
    const dir = folder({ ...OTHERS, 'g1.json': extractOf('Gŵyr', 'nobody'), 'g2.json': extractOf('Gwyr', 'named') });
    const r = await bench(dir, ['a.json', 'b.json', 'c.json', 'g1.json', 'g2.json']);
    expect(r.stderr).toBe(`${MIN_GROUP}\n`);
    expect((JSON.parse(r.stdout) as BenchmarkResult).contributions).toBe(5);
  });
});

describe('an invisible character in a label is refused', () => {
  it('in an extract, at its place, and nothing is written', async () => {
    const dir = folder({ ...OTHERS, 'g.json': extractOf('Gw\u200byr', 'named') });
    const text = readFileSync(join(dir, 'g.json'), 'utf8');
    const line = text.slice(0, text.indexOf('"label"')).split('\n').length;
    const r = await runBinary({ args: ['benchmark', 'a.json', 'b.json', 'c.json', 'g.json', '--questionnaire-dir', '.', '--min-group', '3', '-o', 'out.md'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(`${MIN_GROUP}\ng.json:${line}:12: "label" "Gw\\u200Byr" (its character 3 is a zero-width space) has an invisible character, so it would look like another council's label and be counted apart from it; remove it\n`);
  });

  it.each([
    ['a zero-width space', 'Gw\u200byr', `"Gw\\u200Byr" (its character 3 is a zero-width space) is invalid. expected a label with no invisible characters, which make it look like another council's.`],
    ['a right-to-left mark', 'Gwyr\u200f', `"Gwyr\\u200F" (ends with a right-to-left mark) is invalid. expected a label with no invisible characters, which make it look like another council's.`],
    ['a space after it', 'Gŵyr ', `'Gŵyr ' is invalid. expected a label with no space before or after it.`],
    ['a no-break space before it', '\u00a0Gŵyr', `"\\u00A0Gŵyr" (starts with a no-break space) is invalid. expected a label with no space before or after it.`],
  ])('by share --label: %s', async (_, label, words) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-label-'));
    const r = await runBinary({ args: ['share', join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml'), '--label', label, '-o', 'x.json'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `cyber-ready: option '--label <label>' argument ${words}\n` });
  });

  it('share --label keeps a label with a space inside it, and other alphabets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-label-'));
    const r = await runBinary({ args: ['share', join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml'), '--label', 'Ynys Môn – Αγγλ', '-o', 'x.json'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as ShareExtract).label).toBe('Ynys Môn – Αγγλ');
  });

  // The Welsh flag is a black flag and tag characters, a family emoji people joined by ZWJs: format
  // characters all, and invisible nowhere in them.
  const FLAG = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
  const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';

  it('share --label keeps an emoji made of several characters, the Welsh flag among them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-label-'));
    const label = `Cyngor Gwynedd ${FLAG} ${FAMILY}`;
    const r = await runBinary({ args: ['share', join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml'), '--label', label, '-o', 'x.json'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as ShareExtract).label).toBe(label);
  });

  // A VS16 (U+FE0F) after an emoji asks for it in colour: part of the emoji, not an invisible character in the label.
  it.each([
    ['a check mark', 'Team \u2705\uFE0F'],
    ['the Welsh flag', `Cyngor Gwynedd ${FLAG}\uFE0F`],
  ])('share --label keeps %s with a VS16 after it', async (_, label) => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-same-label-'));
    const r = await runBinary({ args: ['share', join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml'), '--label', label, '-o', 'x.json'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as ShareExtract).label).toBe(label);
  });

  it('benchmark reads an extract whose label has the Welsh flag, and shows it whole', async () => {
    const label = `Gwynedd ${FLAG}`;
    const dir = folder({ ...OTHERS, 'f.json': extractOf(label, 'named') });
    const r = await runBinary({ args: ['benchmark', 'a.json', 'b.json', 'c.json', 'f.json', '--highlight', 'f.json', '--questionnaire-dir', '.', '--min-group', '3'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const head = r.stdout.split('\n').find((l) => l.includes('median (Q1–Q3)')) ?? '';
    expect(head.endsWith(`median (Q1–Q3)  ${label}`)).toBe(true);
  });
});
