// The words made from a questionnaire's own label, unit and shape, on a questionnaire unlike the
// bundled ones (test/fixtures/labels/sites.yaml): every section answered per depot site, none for
// the organisation, a label written with a space after it, a unit that is an abbreviation.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { displayWidth } from '../../src/text/wrap.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

const dir = join(repoRoot, 'test/fixtures/labels');
const sites = join(dir, 'sites.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-labels-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture questionnaire with another label, written to a scratch folder. */
function withLabel(label: string): string {
  const file = join(scratch, `${label.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, readFileSync(sites, 'utf8').replace('systemLabel: "depot site "', `systemLabel: ${JSON.stringify(label)}`));
  return file;
}

const assess = (q: string, answers: string, ...more: string[]) => runBinary({ args: ['assess', '-q', q, '-a', join(dir, answers), '--today', '2026-12-01', ...more] });

// `script` gives the real binary a terminal of the width `stty` sets.
const onTerminal = (columns: number, args: string, cwd = repoRoot): string =>
  spawnSync('script', ['-qec', `stty cols ${columns}; node ${binPath} ${args}`, '/dev/null'], { cwd, encoding: 'utf8' }).stdout.replace(/\r/g, '');

describe("a label's plural", () => {
  it.each([
    ['IT system (CNI)', 'IT systems (CNI)'],
    ['school (academy)', 'Schools (academy)'],
    ['child', 'Children'],
    ['head of service', 'Heads of service'],
  ])('%s: headed "%s", never with "s" after the bracket or the last word', async (label, heading) => {
    const r = await assess(withLabel(label), 'sites-gaps.yaml', '-f', 'markdown');
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain(`\n## ${heading}\n`);
    expect(r.stdout).toContain(`\n### ${heading}: own scores\n`);
    expect(r.stdout).not.toMatch(/\)s\b|childs|services/);
  });

  it('is of the label as written less the spaces around it: "depot site " is "depot site"', async () => {
    const md = await assess(sites, 'sites-gaps.yaml', '-f', 'markdown');
    expect(md.stdout).toContain('**Weakest depot site: North depot, 56 out of 100 (Partly ready), two gaps.**');
    expect(md.stdout).toContain('\n## Depot sites\n');
    const text = await assess(sites, 'sites-gaps.yaml');
    expect(text.stdout).toContain('\nDepot sites\n');
    expect(text.stdout).toContain('Weakest depot site: North depot, 56/100, two gaps.');
    for (const out of [md.stdout, text.stdout]) expect(out).not.toMatch(/site s\b|site :|depot site {2}/i);
    const json = JSON.parse((await assess(sites, 'sites-gaps.yaml', '-f', 'json')).stdout) as { systemLabel: string };
    expect(json.systemLabel).toBe('depot site');
  });
});

describe("init's example system", () => {
  /** The template with its example system uncommented, as an editor's toggle does. */
  const uncomment = (text: string): string => {
    const [head, tail] = text.split('\nsystems:\n') as [string, string];
    const end = tail.indexOf('\n\n');
    const block = tail.slice(0, end).split('\n').map((line) => (line === '  #' ? '' : line.replace(/^ {2}# /, '  ')));
    return `${head}\nsystems:\n${block.join('\n')}${tail.slice(end)}`;
  };

  it.each([
    [sites, '  # - id: depot-site-1\n  #   title: First depot site\n  #   owner: Owner of the first depot site\n  #   answers:\n'],
    [withLabel('IT system (CNI)'), '  # - id: it-system-cni-1\n  #   title: First IT system (CNI)\n  #   owner: Owner of the first IT system (CNI)\n  #   answers:\n'],
  ])('for a label other than the CAF\'s is a placeholder made from the label, and validates once filled in (%s)', async (q, example) => {
    const made = await runBinary({ args: ['init', '-q', q, '-o', '-', '--today', '2026-12-01'] });
    expect(made.code).toBe(ExitCode.Ok);
    expect(made.stdout).toContain(example);
    expect(made.stdout).not.toMatch(/revenues|benefits/i);
    const file = join(scratch, 'filled.yaml');
    writeFileSync(file, uncomment(made.stdout).replace(/^( +)(fenced|cctv):$/gm, '$1$2: yes').replace(/^( +)(link|wait):$/gm, '$1$2: 1'));
    const valid = await runBinary({ args: ['validate', '-q', q, file] });
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(ExitCode.Ok);
  });
});

describe('counts of a questionnaire with no question for the organisation', () => {
  it('are the questions for each depot site alone, in show, validate and list', async () => {
    const shown = await runBinary({ args: ['show', '-q', sites] });
    expect(shown.stdout.split('\n')[2]).toBe('`sites` version 1.0.0 · 2 sections · 4 questions for each depot site');
    expect(shown.stdout).toContain('\n**Answered once per depot site:** Physical security; Site network. The answers file lists each depot site under `systems:`.\n');
    expect(shown.stdout).not.toMatch(/for the organisation|0 questions/);
    const checked = await runBinary({ args: ['validate', sites] });
    expect(checked.stdout).toBe(`${sites}: valid questionnaire sites 1.0.0 (2 sections, 4 questions for each depot site)\n`);
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', dir] });
    expect(listed.stdout).toMatch(/^sites +1\.0\.0 +2 +4 per depot site +custom +Depot site security$/m);
    // On a terminal too narrow for the table, in the words validate uses.
    const narrow = onTerminal(60, `list --questionnaire-dir ${dir}`);
    expect(narrow).toContain('sites 1.0.0 (custom)\n  Depot site security\n  2 sections, 4 questions for each depot site\n');
  });

  it('are said so by init, and its template says every section is answered per depot site', () => {
    const cwd = mkdtempSync(join(scratch, 'init-'));
    const shown = onTerminal(200, `init --today 2026-12-01 -q ${sites} -o a.yaml`, cwd);
    expect(shown.trimEnd().replace(/\n {2}/g, ' ')).toBe(`Wrote a.yaml. 4 questions for each depot site. List your depot sites under "systems:" (the file shows how), then check it with: cyber-ready validate -q ${sites} a.yaml`);
    expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toContain('\n# Every section is answered once for each depot site.\n');
  });
});

describe("trend's column of systems", () => {
  const repo = join(scratch, 'trend');
  const answers = (cctv: string): string => readFileSync(join(dir, 'sites-gaps.yaml'), 'utf8').replace('cctv: no', `cctv: ${cctv}`);
  const run = (columns: string) =>
    runBinary({ args: ['trend', 'a.yaml', '-q', sites, '--today', '2026-12-01'], cwd: repo, env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', COLUMNS: columns } }, 30_000);

  it('is headed as the questionnaire names them, as in the markdown, on two lines where a narrow terminal needs it', async () => {
    initRepository(repo);
    commit(repo, { date: '2026-11-10T12:00:00+00:00', message: 'First', write: { 'a.yaml': answers('no') } });
    commit(repo, { date: '2026-11-20T12:00:00+00:00', message: 'CCTV', write: { 'a.yaml': answers('yes') } });
    const wide = await run('100');
    expect(wide.code).toBe(ExitCode.Ok);
    const lines = wide.stdout.split('\n');
    const [head, row] = lines.slice(lines.findIndex((l) => l.startsWith('Date'))) as [string, string];
    expect(head).toMatch(/^Date +Commit +Score +Rating +Crit +High +Med +Low  Depot sites$/);
    // The count right under the head's end.
    expect(row).toMatch(/^2026-11-10  \w{7}     78  Partly ready +0 +1 +1 +0 +2$/);
    expect(row.length).toBe(head.length);
    expect(wide.stdout).not.toContain('Systems');
    const sixty = await run('60');
    for (const line of sixty.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(sixty.stdout).toMatch(/\n {52}Depot\nDate {8}Commit {3}Score {3}Crit High {2}Med {2}Low {4}sites\n2026-11-10  \w{7}     78 +0 +1 +1 +0 +2\n/);
  }, 60_000);
});

describe('with no gap in any system', () => {
  it('no report names a weakest system: text, markdown, HTML or Word', async () => {
    const outputs = [
      (await assess(sites, 'sites-met.yaml')).stdout,
      (await assess(sites, 'sites-met.yaml', '--detail')).stdout,
      (await assess(sites, 'sites-met.yaml', '-f', 'markdown')).stdout,
      (await assess(sites, 'sites-met.yaml', '-f', 'html')).stdout,
    ];
    const docx = join(scratch, 'met.docx');
    expect((await assess(sites, 'sites-met.yaml', '-f', 'docx', '-o', docx)).code).toBe(ExitCode.Ok);
    outputs.push(squash((await readDocx({ path: docx })).text));
    for (const out of outputs) {
      expect(out).toContain('North depot');
      expect(out).not.toMatch(/weakest|level with each other/i);
    }
  });

  it('a system with a gap is still named', async () => {
    expect((await assess(sites, 'sites-gaps.yaml', '-f', 'html')).stdout).toContain('<p class="weakest"><strong>Weakest depot site: North depot, 56 out of 100 (Partly ready), two gaps.</strong></p>');
  });
});

describe('a unit that is an abbreviation', () => {
  it('is left as written for one: "1 Mbps", where "days" is "1 day"', async () => {
    const detail = await assess(sites, 'sites-gaps.yaml', '--detail');
    expect(detail.stdout).toContain('answer: 1 Mbps ·');
    const shown = (await runBinary({ args: ['show', '-q', sites] })).stdout;
    expect(shown).toContain('| up to 1 Mbps | 0.25 |');
    expect(shown).toContain('| up to 1 day | 1 |');
    expect(`${detail.stdout}${shown}`).not.toMatch(/Mbp\b/);
  });
});
