// `diff` when the critical systems listed change, through the real binary. A system-scoped section is
// the mean over the systems each file lists, so a system added with nothing else changed moved the
// overall ("54 → 53 (-1)"), a section fell a band, and "No other answer changed its score" followed:
// to a committee, "we got worse". Straight under the overall line, every format now says the list
// changed and how; and a system in one file only is "not listed" on the other side, not "not assessed".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const Q = ['-q', join(repoRoot, 'test/fixtures/systems/sys.yaml'), '--today', '2026-11-23'];
const system = (id: string, title: string, patched = 'yes'): string[] => [`  - id: ${id}`, `    title: ${title}`, '    answers:', `      patched: ${patched}`, '      mfa: yes', '      cloud-backup: yes', '      logged: yes'];
const file = (systems: string[][]): string => ['questionnaire: sys', 'organisation: Test Council', 'answers:', '  owner: yes', '  cloud: yes', 'systems:', ...systems.flat(), ''].join('\n');

/** old.yaml and new.yaml in a folder of their own, diffed in text, markdown and JSON. */
async function diffOf(old: string, now: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-systems-listed-'));
  writeFileSync(join(dir, 'old.yaml'), old);
  writeFileSync(join(dir, 'new.yaml'), now);
  const run = (...args: string[]) => runBinary({ args: ['diff', ...Q, 'old.yaml', 'new.yaml', ...args], cwd: dir });
  const [text, markdown, json] = await Promise.all([run(), run('-f', 'markdown'), run('-f', 'json')]);
  for (const r of [text, markdown, json]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return { text: text.stdout, markdown: markdown.stdout, data: JSON.parse(json.stdout) as AssessmentDiff };
}

describe('diff says under the overall that the systems listed changed', () => {
  it('a system added with nothing else changed: the overall moved with it, in text and markdown', async () => {
    const { text, markdown, data } = await diffOf(file([system('revenues', 'Revenues')]), file([system('revenues', 'Revenues'), system('waste', 'Waste collection', 'no')]));
    expect(data.systems.map((x) => [x.id, x.status])).toEqual([['revenues', 'kept'], ['waste', 'added']]);
    expect(data.overall.new).toBeLessThan(data.overall.old ?? 0);
    const line = 'The overall moved with the critical systems listed: 1 added (Waste collection); critical system sections are the mean over the critical systems each file lists.';
    expect(markdown).toMatch(/\n\*\*Overall: \d+ → \d+ \(-\d+\)\*\*, [^\n]+\n\nThe overall moved with/);
    expect(markdown).toContain(`\n\n${line}\n\n`);
    expect(markdown).toContain('\nNo other answer changed its score.\n');
    expect(markdown).toMatch(/\n\| Waste collection \| not listed \| \d+ \([^)]+\) \| added \| 1 \|\n/);
    expect(markdown).not.toContain('not assessed');
    expect(text).toMatch(/\nOverall {2}\d+ → \d+ \(-\d+\) {2}[^\n]+\n {2}The overall moved with the critical systems listed: 1 added \(Waste collection\);/);
    expect(text.replace(/\n {4}/g, ' ')).toContain(`\n  ${line}\n`);
    // Said once: not again after the sections.
    expect(text.split('each file lists').length).toBe(2);
    expect(markdown.split('each file lists').length).toBe(2);
  });

  it('one added and one removed, each named', async () => {
    const { text, markdown } = await diffOf(file([system('revenues', 'Revenues'), system('housing', 'Housing repairs', 'no')]), file([system('revenues', 'Revenues'), system('waste', 'Waste collection')]));
    const line = 'The overall moved with the critical systems listed: 1 added (Waste collection), 1 removed (Housing repairs); critical system sections are the mean over the critical systems each file lists.';
    expect(markdown).toContain(`\n\n${line}\n\n`);
    expect(text.replace(/\n {4}/g, ' ')).toContain(`\n  ${line}\n`);
    expect(markdown).toMatch(/\n\| Housing repairs \| \d+ \([^)]+\) \| not listed \| removed \| was 1 \|\n/);
  });

  it('a system added that scores as the others do: the list changed, the overall did not', async () => {
    const { text, markdown, data } = await diffOf(file([system('revenues', 'Revenues')]), file([system('revenues', 'Revenues'), system('payroll', 'Payroll')]));
    expect(data.overall.delta).toBe(0);
    const line = 'The critical systems listed changed: 1 added (Payroll); critical system sections are the mean over the critical systems each file lists.';
    expect(markdown).toContain(`\n\n${line}\n\n`);
    expect(text.replace(/\n {4}/g, ' ')).toContain(`\n  ${line}\n`);
  });

  it('says nothing of it when both files list the same systems', async () => {
    const { text, markdown } = await diffOf(file([system('revenues', 'Revenues')]), file([system('revenues', 'Revenues', 'no')]));
    for (const out of [text, markdown]) expect(out).not.toContain('listed');
  });
});
