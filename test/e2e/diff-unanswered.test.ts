// `diff` scores questions with no answer as 0 (an outcome partly answered by the status its
// indicators give), as `assess --allow-incomplete` does, where `assess` alone stops. A council that
// adds a critical system and answers one statement saw its overall fall ten points with nothing to
// say the new system was simply unanswered. Every format now says how many questions of which file
// have no answer, under the overall change and beside each system shown, through the real binary;
// the gate and the exit code are as before.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { diffPairFormats } from '../helpers/diff-pair.js';

const TODAY = '2026-11-25';
const CAF = 'examples/caf-local-government.answers.yaml';
const FLEET = 'examples/systems/waste-fleet.yaml';

// A critical system added with one statement answered, as `assess --add-system` leaves it when stopped.
const HOUSING = '    file: systems/waste-fleet.yaml\n  - id: housing-repairs\n    title: Housing repairs\n    owner: Head of Housing\n    answers:\n      caf-b1-a:\n        indicators:\n          B1.a.NA.1: false\n';

type Edit = (text: string) => string;

/** A folder with old/ and new/ copies of the CAF example and its system file, each side edited as given. */
function pair(edits: { old?: { answers?: Edit; fleet?: Edit }; new?: { answers?: Edit; fleet?: Edit } }): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-unanswered-'));
  for (const side of ['old', 'new'] as const) {
    mkdirSync(join(dir, side, 'systems'), { recursive: true });
    for (const [from, to, edit] of [[CAF, 'readiness.yaml', edits[side]?.answers], [FLEET, 'systems/waste-fleet.yaml', edits[side]?.fleet]] as const) {
      const text = readFileSync(join(repoRoot, from), 'utf8');
      const edited = edit ? edit(text) : text;
      if (edit) expect(edited).not.toBe(text);
      writeFileSync(join(dir, side, to), edited);
    }
  }
  return dir;
}

const allFormats = (dir: string) => diffPairFormats(dir, TODAY);

/** What `assess --allow-incomplete` counts unanswered in one side's file: overall, and each system's own. */
async function assessCounts(dir: string, side: 'old' | 'new'): Promise<{ overall: number; systems: Map<string, number> }> {
  const r = await runBinary({ args: ['assess', '--answers', `${side}/readiness.yaml`, '--allow-incomplete', '--no-interactive', '--today', TODAY, '-f', 'json'], cwd: dir });
  const a = JSON.parse(r.stdout) as { summary: { unanswered: number }; systems: { id: string; summary: { unanswered: number } }[] };
  return { overall: a.summary.unanswered, systems: new Map(a.systems.map((s) => [s.id, s.summary.unanswered])) };
}

/** The lines of an entry under `answers:` (its key and everything indented under it), taken out. */
const withoutEntry = (id: string, indent: string): Edit => (text) => text.replace(new RegExp(`\\n${indent}${id}:\\n(?:${indent} .*\\n)+`), '\n');

describe('diff says which questions it scored with no answer', () => {
  it('a critical system added with one statement answered: the new file\'s count under the overall, the system\'s beside it', async () => {
    const dir = pair({ new: { answers: (t) => t.replace('    file: systems/waste-fleet.yaml\n', HOUSING) } });
    const counts = await assessCounts(dir, 'new');
    const own = counts.systems.get('housing-repairs') ?? 0;
    // The organisation and the other systems are answered in full: every unanswered question is the new system's.
    expect(counts.overall).toBeGreaterThan(20);
    expect(own).toBe(counts.overall);
    const { text, markdown, json, data } = await allFormats(dir);
    // Not a regression: the gate and the exit code are as they were.
    for (const r of [text, markdown, json]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(data.gates.map((g) => g.passed)).toEqual([true]);

    // Under the overall, first why it fell with no answer worse (the system came), then what it scored as 0.
    expect(text.stdout).toMatch(new RegExp(`\\nOverall {2}\\d+ → \\d+ \\(-\\d+\\) {2}[^\\n]+\\n {2}The overall moved with the critical systems listed: 1 added \\(Housing repairs\\);[^]+? each file lists\\.\\n {2}new/readiness\\.yaml \\(the new file\\): ${counts.overall} unanswered, scored as 0\\.\\n\\n`));
    expect(text.stdout).toMatch(new RegExp(`\\n {2}Housing repairs {2}added: \\d+, [^\\n]+ {2}${own} unanswered, scored as 0\\n`));
    expect(text.stdout).not.toContain('the old file');

    expect(markdown.stdout).toMatch(new RegExp(`\\n\\*\\*Overall: [^\\n]+\\n\\nThe overall moved with the critical systems listed: 1 added \\(Housing repairs\\); critical system sections are the mean over the critical systems each file lists\\.\\n\\n\`new/readiness\\.yaml\` \\(the new file\\): ${counts.overall} unanswered, scored as 0\\.\\n\\n`));
    expect(markdown.stdout).toContain(`| Housing repairs | not listed |`);
    expect(markdown.stdout).toContain(`\n- Housing repairs: ${own} unanswered, scored as 0\n`);
    expect(markdown.stdout).not.toContain('the old file');

    expect([data.old.unanswered, data.old.partlyAnswered, data.new.unanswered, data.new.partlyAnswered]).toEqual([0, 0, counts.overall, 0]);
    const housing = data.systems.find((s) => s.id === 'housing-repairs');
    expect([housing?.status, housing?.unanswered, housing?.partlyAnswered]).toEqual(['added', { old: null, new: own }, { old: null, new: 0 }]);
    for (const s of data.systems.filter((x) => x.status === 'kept')) expect([s.unanswered, s.partlyAnswered]).toEqual([{ old: 0, new: 0 }, { old: 0, new: 0 }]);
  });

  it('the old file\'s, with an outcome partly answered and a kept system\'s own, in the words trend uses', async () => {
    // Old: A1.b taken out, D2.b's "not achieved" statements taken out (its achieved ones all true,
    // so it scores "achieved" so far), and the fleet system's B2.b taken out of its own file.
    const partly: Edit = (t) => t.replace(/\n {2}caf-d2-b:\n {4}indicators:\n(?: {6}.*\n)+/, (block) => block.split('\n').filter((l) => !l.includes('.NA.')).join('\n'));
    const dir = pair({ old: { answers: (t) => partly(withoutEntry('caf-a1-b', '  ')(t)), fleet: withoutEntry('caf-b2-b', '  ') } });
    const counts = await assessCounts(dir, 'old');
    expect([counts.overall, counts.systems.get('waste-fleet')]).toEqual([3, 1]);
    const { text, markdown, json, data } = await allFormats(dir);
    for (const r of [text, markdown, json]) expect(r.code, r.stderr).toBe(ExitCode.Ok);

    const words = '3 unanswered, scored as 0 but for 1 partly answered outcome, scored by the status its answered indicators give.';
    expect(text.stdout).toMatch(/\nOverall {2}[^\n]+\n {2}old\/readiness\.yaml \(the old file\): 3 unanswered, scored as 0 but for 1 partly answered outcome,\n {4}scored by the status its answered indicators give\.\n\n/);
    expect(text.stdout).toMatch(/\n {2}Waste collection and fleet management {2}\d+ → \d+ \(\+\d+\) [^\n]*\n(?: {4}.*\n)*[^\n]*was 1 unanswered, scored as 0\n/);
    expect(text.stdout).not.toContain('the new file');
    expect(text.stdout).not.toContain('now ');

    expect(markdown.stdout).toContain(`\n\n\`old/readiness.yaml\` (the old file): ${words}\n\n`);
    expect(markdown.stdout).toContain('\n- Waste collection and fleet management: was 1 unanswered, scored as 0\n');
    expect(markdown.stdout).not.toContain('the new file');

    expect([data.old.unanswered, data.old.partlyAnswered, data.new.unanswered, data.new.partlyAnswered]).toEqual([3, 1, 0, 0]);
    const fleet = data.systems.find((s) => s.id === 'waste-fleet');
    expect([fleet?.unanswered, fleet?.partlyAnswered]).toEqual([{ old: 1, new: 0 }, { old: 0, new: 0 }]);
  });

  it('says nothing of unanswered questions when both files answer every one', async () => {
    const { text, markdown, data } = await allFormats(pair({}));
    for (const out of [text.stdout, markdown.stdout]) expect(out).not.toMatch(/unanswered|the (old|new) file/);
    expect([data.old.unanswered, data.new.unanswered, ...data.systems.flatMap((s) => [s.unanswered.old, s.unanswered.new])]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
