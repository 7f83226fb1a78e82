// `init` for a questionnaire with system sections (SPEC "v2: critical systems"): the organisation's
// questions under `answers:`, and a commented example system whose `answers:` list the system-scoped
// questions. Uncommented and filled in, the template validates; left as it is, validate says what to add.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const fixture = (name: string): string => join(repoRoot, 'test/fixtures/systems', name);

/** The template with its example system uncommented: "# " taken from the third column, as an editor's toggle does. */
const uncomment = (text: string): string => {
  const [head, tail] = text.split('\nsystems:\n') as [string, string];
  const end = tail.indexOf('\n\n');
  const block = tail.slice(0, end).split('\n').map((line) => (line === '  #' ? '' : line.replace(/^ {2}# /, '  ')));
  return `${head}\nsystems:\n${block.join('\n')}${tail.slice(end)}`;
};

describe('init for a questionnaire with critical systems', () => {
  it('lists the organisation questions, then a commented example system that validates once filled in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-init-sys-'));
    const made = await runBinary({ args: ['init', '-q', fixture('sys.yaml'), '-o', 'answers.yaml', '--today', '2026-12-01'], cwd: dir });
    expect(made.code).toBe(ExitCode.Ok);
    const text = readFileSync(join(dir, 'answers.yaml'), 'utf8');
    // Organisation questions only under answers:, system questions only in the example.
    const [org, systems] = text.split('\nsystems:\n') as [string, string];
    expect(org).toMatch(/\n {2}owner:\n[\s\S]*\n {2}cloud:\n/);
    expect(org).not.toMatch(/patched:|logged:/);
    expect(systems).toContain('  # - id: revenues-benefits\n  #   title: Revenues and benefits\n  #   owner: Head of Revenues and Benefits\n  #   answers:\n  #\n  #     # 2. Protection\n');
    expect(systems).toContain('  #     # Is the system patched within 14 days? (yes-no, high)\n  #     # One of: no (No, scores 0) | yes (Yes, scores 1)\n  #     patched:\n');
    expect(text).toContain('# Sections 2 (Protection) and 3 (Detection) are answered once for each critical system.\n');

    // As it is: valid so far (validate accepts it at every stage, as the README says), with a
    // warning that says to add systems; assess still refuses it until one is listed.
    const bare = await runBinary({ args: ['validate', '-q', fixture('sys.yaml'), 'answers.yaml'], cwd: dir });
    expect(bare.code).toBe(ExitCode.Ok);
    expect(bare.stdout).toBe('answers.yaml: valid answers to sys 1.0.0 (0 of 2 questions answered, 0 waivers, 0 critical systems)\n');
    // At the `systems:` line, where the fix goes (a CI annotation or an editor marks it there).
    const systemsLine = text.split('\n').indexOf('systems:') + 1;
    expect(systemsLine).toBeGreaterThan(1);
    expect(bare.stderr.startsWith(`answers.yaml:${systemsLine}:`)).toBe(true);
    expect(bare.stderr).toMatch(/^answers\.yaml:\d+:\d+: warning: questionnaire "sys" answers sections "protect", "detect" once per critical system, and this file lists none yet, so it cannot be assessed; add each critical system under "systems:"/);
    const assessed = await runBinary({ args: ['assess', '-q', fixture('sys.yaml'), '-a', 'answers.yaml', '--allow-incomplete'], cwd: dir });
    expect(assessed.code).toBe(ExitCode.CannotAssess);
    expect(assessed.stderr).toContain('and this file lists none; add each critical system under "systems:"');

    // Uncommented and filled in: valid, and assessed with the example system.
    const filled = uncomment(text).replace(/^( +)(owner|cloud|patched|mfa|cloud-backup|logged):$/gm, '$1$2: yes');
    writeFileSync(join(dir, 'answers.yaml'), filled);
    const valid = await runBinary({ args: ['validate', '-q', fixture('sys.yaml'), 'answers.yaml'], cwd: dir });
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(ExitCode.Ok);
    const json = await runBinary({ args: ['assess', '-q', fixture('sys.yaml'), '-a', 'answers.yaml', '-f', 'json', '--today', '2026-12-01'], cwd: dir });
    expect(json.code).toBe(ExitCode.Ok);
    expect((JSON.parse(json.stdout) as { systems: { id: string; score: number }[] }).systems.map((s) => [s.id, s.score])).toEqual([['revenues-benefits', 100]]);

    // Moved into its own file as the template says: the entry names the file, which starts with
    // the questionnaire lines and "system: ID", then the answers.
    const [main, rest] = filled.split('    answers:\n') as [string, string];
    const answersEnd = rest.indexOf('\n\n# Waivers');
    const own = rest.slice(0, answersEnd).replace(/^ {4}/gm, '  ');
    mkdirSync(join(dir, 'systems'));
    writeFileSync(join(dir, 'systems/revenues-benefits.yaml'), `questionnaire: sys\nquestionnaireVersion: 1.0.0\nsystem: revenues-benefits\nanswers:\n${own}\n`);
    writeFileSync(join(dir, 'answers.yaml'), `${main}    file: systems/revenues-benefits.yaml${rest.slice(answersEnd)}`);
    const moved = await runBinary({ args: ['validate', '-q', fixture('sys.yaml'), 'answers.yaml'], cwd: dir });
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(ExitCode.Ok);
  });

  it("writes an outcome's indicators at the example system's depth", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-init-sys-'));
    const made = await runBinary({ args: ['init', '-q', fixture('sys-outcome.yaml'), '-o', '-', '--today', '2026-12-01'], cwd: dir });
    expect(made.stdout).toContain('  #     backups:\n  #       indicators:\n  #         # Not achieved: true when the statement holds\n  #         # Backups are kept only on the network they protect.\n  #         BK.NA.1:\n');
    const filled = uncomment(made.stdout).replace(/^( +)owner:$/m, '$1owner: yes').replace(/^( +)(BK\.\w+\.1):$/gm, '$1$2: false');
    writeFileSync(join(dir, 'answers.yaml'), filled);
    const valid = await runBinary({ args: ['validate', '-q', fixture('sys-outcome.yaml'), 'answers.yaml'], cwd: dir });
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(ExitCode.Ok);
  });
});

describe('assess --add-system', () => {
  it('needs a terminal to ask on, and says how to add a system without one', async () => {
    const r = await runBinary({ args: ['assess', '-q', fixture('sys.yaml'), '-a', fixture('sys.answers.yaml'), '--add-system', '--today', '2026-12-01'] });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: 'cyber-ready: --add-system asks for the new system on a terminal; run it in one, or add the system under "systems:" in the answers file\n' });
  });
});
