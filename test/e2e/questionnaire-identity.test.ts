// Which questionnaire a paper was scored against, when it is not a bundled one. A council's own copy
// of a bundled questionnaire (same id and version, one severity changed) in a --questionnaire-dir
// was used by assess without a word, though list warned that it hides the bundled one, and every
// paper was headed exactly as the bundled one's: nothing matched the paper to its inputs.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { displayPath } from '../../src/cli/resolve-questionnaire.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

const work = mkdtempSync(join(tmpdir(), 'cyber-ready-q-identity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ANSWERS = 'readiness.yaml';
const OWN = 'qmod/council-cyber-resilience.yaml';
const BUNDLED_TITLE = 'Council cyber resilience readiness (council-cyber-resilience, version 2.3.0';

/** The line list gives, and every command that finds the questionnaire by its id. */
const hidden = (): string =>
  `${displayPath(join(repoRoot, 'questionnaires/council-cyber-resilience.yaml'), work)}: warning: questionnaire "council-cyber-resilience" is hidden by ${OWN}, which has the same id and is the one used`;

const run = (...args: string[]) => runBinary({ args: [...args], cwd: work });
const inQmod = ['--questionnaire-dir', 'qmod'];

beforeAll(() => {
  mkdirSync(join(work, 'qmod'));
  // The bundled questionnaire with one severity lowered, same id and version, as a council might keep it.
  const bundled = readFileSync(join(repoRoot, 'questionnaires/council-cyber-resilience.yaml'), 'utf8');
  const changed = bundled.replace(/severity: critical/, 'severity: low');
  expect(changed).not.toBe(bundled);
  writeFileSync(join(work, OWN), changed);
  cpSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), join(work, ANSWERS));
});

describe('a questionnaire of your own that hides a bundled one of its id', () => {
  it('assess warns as list does, once, and the JSON report names its file, not bundled', async () => {
    const list = await run('list', ...inQmod);
    expect(list.stderr).toBe(`${hidden()}\n`);
    const r = await run('assess', ...inQmod, '-a', ANSWERS, '--today', '2026-12-01', '-f', 'json');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe(`${hidden()}\n`);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.questionnaire).toEqual({ id: 'council-cyber-resilience', version: '2.3.0', title: 'Council cyber resilience readiness', file: OWN, bundled: false });
    expect(a.warnings.map((w) => w.message)).toContain(hidden().split(': warning: ')[1]);
    const bundled = JSON.parse((await run('assess', '-a', ANSWERS, '--today', '2026-12-01', '-f', 'json')).stdout) as Assessment;
    expect(bundled.questionnaire.bundled).toBe(true);
  });

  it('every other command that finds it by id says so too', async () => {
    for (const args of [
      ['validate', ANSWERS],
      ['show', 'council-cyber-resilience'],
      ['init', '-o', '-'],
      ['diff', ANSWERS, ANSWERS, '--today', '2026-12-01'],
      ['share', ANSWERS, '--label', 'x', '--today', '2026-12-01'],
    ]) {
      const r = await run(args[0] as string, ...inQmod, ...args.slice(1));
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(ExitCode.Ok);
      expect(r.stderr.split('\n').filter((l) => l.includes('hidden by')), args[0]).toEqual([hidden()]);
    }
  });

  it('the papers name its file after the version: markdown, HTML, Word and text --detail; the one-screen summary does not', async () => {
    const r = await run('assess', ...inQmod, '-a', ANSWERS, '--today', '2026-12-01', '-f', 'markdown', '--report', 'html=p.html', '--report', 'docx=p.docx', '--report', 'text=p.txt');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const named = `${BUNDLED_TITLE}, from ${OWN})`;
    expect(r.stdout).toContain(`- Questionnaire: ${named}\n`);
    expect(readFileSync(join(work, 'p.html'), 'utf8')).toContain(`<dt>Questionnaire</dt><dd>${named}</dd>`);
    expect(squash((await readDocx({ path: join(work, 'p.docx') })).text)).toContain(`Questionnaire: ${named}`);
    expect(squash(readFileSync(join(work, 'p.txt'), 'utf8'))).toMatch(/^Council cyber resilience readiness \(council-cyber-resilience 2\.3\.0\) /);
    const detail = await run('assess', ...inQmod, '-a', ANSWERS, '--today', '2026-12-01', '--detail');
    expect(squash(detail.stdout)).toMatch(/^Council cyber resilience readiness \(council-cyber-resilience 2\.3\.0, from qmod\/council-cyber-resilience\.yaml\) /);
    // The bundled one is named by id and version alone, as before.
    const plain = await run('assess', '-a', ANSWERS, '--today', '2026-12-01', '-f', 'markdown');
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toContain(`- Questionnaire: ${BUNDLED_TITLE})\n`);
  });

  it("diff's markdown paper names it too; its text for the terminal does not", async () => {
    const markdown = await run('diff', ...inQmod, ANSWERS, ANSWERS, '--today', '2026-12-01', '-f', 'markdown');
    expect(markdown.stdout).toContain(`\n\nQuestionnaire read from \`${OWN}\`.\n\n`);
    const text = await run('diff', ...inQmod, ANSWERS, ANSWERS, '--today', '2026-12-01');
    expect(squash(text.stdout)).toContain('(council-cyber-resilience 2.3.0)');
  });
});

describe('a questionnaire of your own with an id of its own', () => {
  it('hides nothing, so nothing is said, and its papers name its file', async () => {
    mkdirSync(join(work, 'ours'));
    writeFileSync(join(work, 'ours/shire.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8').replace('id: mini', 'id: shire-readiness'));
    writeFileSync(join(work, 'shire.answers.yaml'), readFileSync(join(repoRoot, 'test/fixtures/valid/mini-good.answers.yaml'), 'utf8').replace('questionnaire: mini', 'questionnaire: shire-readiness'));
    const r = await run('assess', '--questionnaire-dir', 'ours', '-a', 'shire.answers.yaml', '--today', '2026-12-01', '-f', 'markdown');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('- Questionnaire: Mini questionnaire (shire-readiness, version 1.2.0, from ours/shire.yaml)\n');
    // Given by its path, it is named by that path.
    const byPath = await run('assess', '-q', 'ours/shire.yaml', '-a', 'shire.answers.yaml', '--today', '2026-12-01', '-f', 'markdown');
    expect(byPath.stdout).toContain('(shire-readiness, version 1.2.0, from ours/shire.yaml)\n');
  });
});
