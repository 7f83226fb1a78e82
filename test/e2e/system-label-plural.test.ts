// A questionnaire's own plural for its label (`systemLabelPlural`), through the real binary, on a
// questionnaire in Welsh (test/fixtures/labels/welsh.yaml). The plural was made by English rules on
// the label's last word in every format: "system hanfodol" gave "3 system hanfodols" and the heading
// "System hanfodols". The plural it names is used wherever more than one is meant.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

const dir = join(repoRoot, 'test/fixtures/labels');
const welsh = join(dir, 'welsh.yaml');
const answers = join(dir, 'welsh-answers.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-label-plural-'));
const terminal = tmuxTerminal('label-plural', { width: 80, height: 40 });
afterAll(() => {
  terminal.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const assess = (...more: string[]) => runBinary({ args: ['assess', '-q', welsh, '-a', answers, '--today', '2026-12-01', '--profile', 'sylfaen', ...more] });
const ENGLISH_RULE = /hanfodols/i;

describe('systemLabelPlural', () => {
  it('is the count in validate', async () => {
    const r = await runBinary({ args: ['validate', '-q', welsh, answers] });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${answers}: valid answers to hanfodol 1.0.0 (7 of 7 questions answered, 0 waivers, 3 systemau hanfodol)\n`);
  });

  it('heads the systems and names the weakest in the text report, and counts them in its profile gate', async () => {
    const r = await assess();
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stdout).toContain('\nSystemau hanfodol (each with the organisation\'s sections)\n');
    expect(r.stdout).toContain('Weakest systemau hanfodol, level with each other: Refeniw, Gofal cymdeithasol and Tai');
    expect(r.stdout).toContain('profile "sylfaen": 0 of 3 requirements met; short: three systemau hanfodol');
    expect(r.stderr).toContain('short: three systemau hanfodol');
    const detail = await assess('--detail');
    expect(detail.stdout).toContain('scores the mean over the systemau hanfodol.');
    for (const out of [r.stdout, r.stderr, detail.stdout]) expect(out).not.toMatch(ENGLISH_RULE);
  });

  it('heads the markdown, HTML and Word papers, and is given in the JSON report', async () => {
    const md = await assess('-f', 'markdown');
    expect(md.stdout).toContain('\n## Systemau hanfodol\n');
    expect(md.stdout).toContain('\n### Systemau hanfodol: own scores\n');
    expect(md.stdout).toContain('\n- Open on three systemau hanfodol:\n');
    expect(md.stdout).toContain('| All three systemau hanfodol |');
    const html = await assess('-f', 'html');
    expect(html.stdout).toContain('open on three systemau hanfodol');
    expect(html.stdout).toMatch(/<h2[^>]*>Systemau hanfodol<\/h2>/);
    const docx = join(scratch, 'paper.docx');
    expect((await assess('-f', 'docx', '-o', docx)).code).toBe(ExitCode.GateFailed);
    const word = squash((await readDocx({ path: docx })).text);
    expect(word).toContain('Systemau hanfodol');
    expect(word).toContain('Open on three systemau hanfodol');
    const json = JSON.parse((await assess('-f', 'json')).stdout) as { systemLabel: string; systemLabelPlural: string };
    expect([json.systemLabel, json.systemLabelPlural]).toEqual(['system hanfodol', 'systemau hanfodol']);
    for (const out of [md.stdout, html.stdout, word]) expect(out).not.toMatch(ENGLISH_RULE);
  });

  it('is what diff says of systems taken off the list, in its text, markdown and gate', async () => {
    const later = join(scratch, 'later.yaml');
    writeFileSync(later, readFileSync(answers, 'utf8').replace(/ {2}- id: gofal[^]*$/, ''));
    const diff = (format: string) => runBinary({ args: ['diff', '-q', welsh, answers, later, '--fail-on-regression', '--today', '2026-12-01', '-f', format] });
    const text = await diff('text');
    expect(text.code).toBe(ExitCode.GateFailed);
    expect(text.stdout).toContain('\nSystemau hanfodol\n');
    expect(text.stdout).toContain('The systemau hanfodol listed changed: 2 removed');
    expect(text.stdout).toContain('FAILED: 2 systemau hanfodol removed');
    expect(text.stderr).toContain('cyber-ready: 2 systemau hanfodol removed: gofal, tai');
    const md = await diff('markdown');
    expect(md.stdout).toContain('\n## Systemau hanfodol\n');
    const json = JSON.parse((await diff('json')).stdout) as { systemLabelPlural: string };
    expect(json.systemLabelPlural).toBe('systemau hanfodol');
    for (const out of [text.stdout, text.stderr, md.stdout]) expect(out).not.toMatch(ENGLISH_RULE);
  });

  it("heads trend's column of systems, in its text and markdown, and its note on their count", async () => {
    const repo = join(scratch, 'trend');
    const three = readFileSync(answers, 'utf8');
    initRepository(repo);
    commit(repo, { date: '2026-11-10T12:00:00+00:00', message: 'Two', write: { 'a.yaml': three.replace(/ {2}- id: tai[^]*$/, ''), 'welsh.yaml': readFileSync(welsh, 'utf8') } });
    commit(repo, { date: '2026-11-20T12:00:00+00:00', message: 'Three', write: { 'a.yaml': three } });
    const trend = (...more: string[]) =>
      runBinary({ args: ['trend', 'a.yaml', '-q', 'welsh.yaml', '--today', '2026-12-01', ...more], cwd: repo, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', COLUMNS: '120' } }, 30_000);
    const text = await trend();
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toMatch(/^Date +Commit +Score +Rating +Crit +High +Med +Low  Systemau hanfodol$/m);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('list between 2 and 3 systemau hanfodol; sections answered once per system hanfodol are the mean over the systemau hanfodol');
    const md = await trend('-f', 'markdown');
    expect(md.stdout).toContain('| Systemau hanfodol |');
    for (const out of [text.stdout, md.stdout]) expect(out).not.toMatch(ENGLISH_RULE);
  }, 60_000);

  it('is refused as a label is when it is not a name on one line', async () => {
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, readFileSync(welsh, 'utf8').replace('systemLabelPlural: systemau hanfodol', 'systemLabelPlural: "systemau\\nhanfodol"'));
    const r = await runBinary({ args: ['validate', bad] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^.*bad\.yaml:9:\d+: .*line break.*\n$/);
  });

  it("is the forum's word in a benchmark, in every format and in its JSON", async () => {
    const bench = (...more: string[]) => runBinary({ args: ['benchmark', '--questionnaire-dir', dir, '--min-group', '1', '--today', '2026-12-01', answers, '--highlight', answers, ...more] });
    for (const format of ['text', 'markdown', 'html']) {
      const r = await bench('-f', format);
      expect(r.code).toBe(ExitCode.Ok);
      expect(r.stdout).toContain('mean over its systemau hanfodol');
      expect(r.stdout).not.toMatch(ENGLISH_RULE);
    }
    const json = JSON.parse((await bench('-f', 'json')).stdout) as { questionnaire: { systemLabel: string; systemLabelPlural: string } };
    expect(json.questionnaire).toMatchObject({ systemLabel: 'system hanfodol', systemLabelPlural: 'systemau hanfodol' });
  });

  it('without it, a label is made plural by English rules, as before', async () => {
    const english = join(scratch, 'english.yaml');
    writeFileSync(english, readFileSync(welsh, 'utf8').replace('systemLabel: system hanfodol\nsystemLabelPlural: systemau hanfodol', 'systemLabel: depot'));
    const r = await runBinary({ args: ['validate', '-q', english, answers] });
    expect(r.stdout).toContain(', 3 depots)');
  });
});

it.runIf(hasTmux)('heads the systems in the walk, and counts them where it resumes', { timeout: 60_000 }, async () => {
  const walk = mkdtempSync(join(scratch, 'walk-'));
  cpSync(welsh, join(walk, 'welsh.yaml'));
  writeFileSync(join(walk, 'a.yaml'), readFileSync(answers, 'utf8').replace('  perchennog: yes\n', ''));
  terminal.start(walk, ['assess', '-q', 'welsh.yaml', '--today', '2026-12-01', '--answers', 'a.yaml', '--add-system']);
  await terminal.waitForScreen('Resuming a.yaml (3 systemau hanfodol)');
  await terminal.waitForScreen('── Systemau hanfodol: 3 listed (refeniw, gofal, tai)');
  expect(terminal.screenText()).not.toMatch(ENGLISH_RULE);
  await terminal.keys('C-c');
});
