import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCases } from './e2e/cli-cases.js';
import { answersFromText } from './helpers/load.js';
import { checkQuestionnaire } from '../src/questionnaire/load-questionnaire.js';
import { loadCatalog } from '../src/frameworks/load-catalog.js';
import { parseYaml } from '../src/yaml/load-yaml.js';
import { runBinary, runInProcess } from './helpers/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows exactly the two set-up commands: install and run, then test', () => {
    // First thing after the opening paragraph, so a reader with a fresh clone need not scroll for them.
    expect(/^## (.*)$/m.exec(readme)?.[1]).toBe('Quick start');
    const shell = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]?.trim());
    expect(shell[0]).toBe('npm install && npx cyber-ready assess --answers examples/council-cyber-resilience.answers.yaml');
    expect(shell[1]).toBe('npm test');
  });

  it('links only to headings it has and to files in the repository', () => {
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    // GitHub's anchors: lower case, punctuation other than hyphens dropped, spaces as hyphens.
    const anchors = new Set([...prose.matchAll(/^#+ (.+)$/gm)].map((m) => (m[1] as string).toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')));
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      if (link.startsWith('#')) expect(anchors, link).toContain(link.slice(1));
      else expect(existsSync(new URL(`../${link.split('#')[0]}`, import.meta.url)), link).toBe(true);
    }
  });

  it('lists every top-level section in its contents, in order, right after the quick start', () => {
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    const slug = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-');
    const sections = [...prose.matchAll(/^## (.+)$/gm)].map((m) => slug(m[1] as string));
    const afterQuickStart = readme.slice(readme.indexOf('\n## Quick start'), readme.indexOf('\n## ', readme.indexOf('\n## Quick start') + 1));
    const all = /^All sections: ([\s\S]*?)\n(?:\n|$)/m.exec(afterQuickStart)?.[1] ?? '';
    expect([...all.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1])).toEqual(sections);
  });

  it('has an answers example that is valid against the bundled questionnaire', () => {
    const example = /### The answers format\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const parsed = parseYaml(readFileSync(new URL('../questionnaires/council-cyber-resilience.yaml', import.meta.url), 'utf8'), 'q.yaml');
    const loaded = checkQuestionnaire(parsed, loadCatalog()).loaded;
    expect(loaded).toBeDefined();
    const { answers, diagnostics } = answersFromText(example.replace('questionnaireVersion: 1.0.0', `questionnaireVersion: ${loaded?.questionnaire.version}`), loaded!);
    expect(diagnostics).toEqual([]);
    expect(answers?.answers.size).toBe(6);
  });

  it('has an outcome answer example that is valid against the CAF questionnaire, confirmed with a justification', () => {
    const section = readme.slice(readme.indexOf('### Outcome questions and the CAF questionnaire'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const loaded = checkQuestionnaire(parseYaml(readFileSync(new URL('../questionnaires/caf-local-government.yaml', import.meta.url), 'utf8'), 'q.yaml'), loadCatalog()).loaded;
    expect(loaded).toBeDefined();
    const { answers, diagnostics } = answersFromText(`questionnaire: caf-local-government\n${example}`, loaded!);
    expect(diagnostics).toEqual([]);
    const entry = answers?.answers.get('caf-a2-a');
    expect(entry?.value).toBe('partially-achieved');
    expect(entry?.outcome).toMatchObject({ derived: 'not-achieved', confirmed: 'partially-achieved', complete: true });
  });

  it('documents only flags that the end-to-end cases exercise', () => {
    const flags = new Set([...readme.matchAll(/`(--[a-z][a-z-]*)/g)].map((m) => m[1] as string));
    // Flags used by the table of end-to-end cases, or by the end-to-end tests that need files.
    const e2eSource = ['./e2e/files.test.ts', './e2e/interactive-tmux.test.ts', './e2e/trend.test.ts', './e2e/share.test.ts', './e2e/benchmark.test.ts', './e2e/systems-walk-tmux.test.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');
    const used = new Set([...cliCases.flatMap((c) => c.args.filter((a) => a.startsWith('--'))), ...[...e2eSource.matchAll(/'(--[a-z-]+)'/g)].map((m) => m[1])]);
    const missing = [...flags].filter((f) => !used.has(f));
    expect(missing).toEqual([]);
  });
});

describe('flags with tests of their own', () => {
  const run = (args: string[], tty: boolean) => runInProcess({ args, tty });

  it('--no-interactive stops at once on a terminal, naming itself as the reason', async () => {
    const r = await run(['assess', '--no-interactive'], true);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cyber-ready: no answers to assess, and --no-interactive says not to ask for them; pass --answers FILE (or - for standard input), or leave out --no-interactive to be asked\n' });
  });

  it('--allow-incomplete on a terminal scores the file instead of asking', async () => {
    const r = await run(['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini-incomplete.answers.yaml', '--allow-incomplete', '--today', '2026-11-23'], true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Add --detail for .*3 not answered/);
  });
});

describe("README on a questionnaire of the council's own", () => {
  it('names the frameworks of the bundled catalogue, every one and no other', () => {
    const said = /may only name frameworks of the bundled catalogue[\s\S]*?ids\): ([\s\S]*?)\. `validate` refuses/.exec(readme)?.[1] ?? '';
    const named = [...said.matchAll(/`([a-z0-9.-]+)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...loadCatalog().keys()].sort());
  });

  it('gives the $schema line of a questionnaire, with a path that is in the package', () => {
    const line = /^# yaml-language-server: \$schema=node_modules\/cyber-ready\/(schemas\/questionnaire\.schema\.json)$/m.exec(readme)?.[1];
    expect(line).toBeDefined();
    expect(existsSync(new URL(`../${line}`, import.meta.url))).toBe(true);
  });
});

describe('README CI examples', () => {
  const blocks = [...readme.matchAll(/```(yaml|text|sh)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] ?? '' }));
  // Commands at the start of a line or of a CI step, not the hints inside a transcript: a session
  // shown with its prompts (`$ npx cyber-ready assess`) prints the command to carry on with on a
  // line of its own, which is the walk's output, not a command for this test to run.
  const commands = blocks.filter((b) => !/^\$ /m.test(b.body)).flatMap((b) => [...b.body.matchAll(/^\s*(?:- (?:run: )?)?(?:npx )?(cyber-ready (?:assess|diff|share) [^\n]+)$/gm)].map((m) => m[1] as string));

  it('has workflow files that are valid YAML', () => {
    const workflows = blocks.filter((b) => b.lang === 'yaml' && /npx cyber-ready/.test(b.body));
    expect(workflows).toHaveLength(2);
    for (const w of workflows) expect(parseYaml(w.body, 'workflow.yaml').diagnostics).toEqual([]);
  });

  it.each([...new Set(commands)])('runs: %s', async (command) => {
    const { mkdtempSync, mkdirSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-readme-'));
    const example = new URL('../examples/council-cyber-resilience.answers.yaml', import.meta.url).pathname;
    // base/: the base branch's worktree of the pull request recipe.
    mkdirSync(join(dir, 'base'));
    for (const name of ['readiness.yaml', 'readiness-2026-05.yaml', 'base/readiness.yaml']) copyFileSync(example, join(dir, name));
    // A council's own questionnaire and its committed sample answers, for the recipe that checks them.
    copyFileSync(new URL('../docs/examples/school-backups.yaml', import.meta.url).pathname, join(dir, 'school-backups.yaml'));
    copyFileSync(new URL('../docs/examples/school-backups.answers.yaml', import.meta.url).pathname, join(dir, 'school-backups.sample.answers.yaml'));
    const args = command.replace(/^cyber-ready /, '').split(' ');
    const r = await runInProcess({ args, cwd: dir, env: { SOURCE_DATE_EPOCH: '1795392000' } });
    // 0 or 1 (a gate may fail on the example); never a usage error.
    expect([0, 1], r.stderr).toContain(r.code);
    // Every report the command asks for is written, for the CI steps that publish it.
    for (const [, file] of command.matchAll(/--report [a-z]+=(\S+)/g)) expect(existsSync(join(dir, file as string)), file).toBe(true);
    for (const [, file] of command.matchAll(/ -o (\S+)/g)) expect(existsSync(join(dir, file as string)), file).toBe(true);
  });

  it("checks a questionnaire of the council's own as its recipe says: validate passes on both files", async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-readme-own-'));
    copyFileSync(new URL('../docs/examples/school-backups.yaml', import.meta.url).pathname, join(dir, 'school-backups.yaml'));
    copyFileSync(new URL('../docs/examples/school-backups.answers.yaml', import.meta.url).pathname, join(dir, 'school-backups.sample.answers.yaml'));
    const recipe = readme.slice(readme.indexOf('### Checking a questionnaire of your own in CI'));
    const validates = [...(/```sh\n([\s\S]*?)```/.exec(recipe)?.[1] ?? '').matchAll(/^npx (cyber-ready validate [^\n]+)$/gm)].map((m) => m[1] as string);
    expect(validates).toHaveLength(2);
    for (const command of validates) {
      const r = await runInProcess({ args: command.replace(/^cyber-ready /, '').split(' '), cwd: dir });
      expect([r.code, r.stderr], command).toEqual([0, '']);
    }
  });

  it('publishes what the commands write: SARIF with a category on GitHub, Code Quality and JUnit on GitLab', () => {
    const [github, gitlab] = blocks.filter((b) => b.lang === 'yaml' && /npx cyber-ready/.test(b.body)).map((b) => parseYaml(b.body, 'workflow.yaml').data as Record<string, unknown>);
    const steps = ((github?.jobs as Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>).readiness?.steps ?? []);
    const upload = steps.find((st) => st.uses?.startsWith('github/codeql-action/upload-sarif'));
    const run = steps.find((st) => st.run?.includes('cyber-ready assess'))?.run ?? '';
    expect(upload?.with?.category).toBeTruthy();
    expect(run).toContain(`--report sarif=${upload?.with?.sarif_file}`);
    const job = gitlab?.['cyber-readiness'] as { script: string[]; artifacts: { reports: { junit: string; codequality: string } } };
    const script = job.script.join('\n');
    expect(script).toContain(`--report junit=${job.artifacts.reports.junit}`);
    expect(script).toContain(`--report gitlab=${job.artifacts.reports.codequality}`);
  });

  it('grants the SARIF upload the permissions it needs, in a private repository too', () => {
    const [github] = blocks.filter((b) => b.lang === 'yaml' && /npx cyber-ready/.test(b.body)).map((b) => parseYaml(b.body, 'workflow.yaml').data as Record<string, unknown>);
    // upload-sarif writes code scanning alerts, and in a private repository it also reads the workflow run.
    expect(github?.permissions).toMatchObject({ contents: 'read', 'security-events': 'write', actions: 'read' });
  });

  it('uses each action at its current major', () => {
    // The current majors in December 2026. Raise these when an action moves on, and the README with them.
    const oldest: Record<string, number> = { 'actions/checkout': 6, 'actions/setup-node': 6, 'actions/upload-artifact': 7, 'github/codeql-action/upload-sarif': 4 };
    const uses = blocks.filter((b) => b.lang === 'yaml').flatMap((b) => [...b.body.matchAll(/uses: (\S+)@(\S+)/g)].map((m) => ({ action: m[1] as string, ref: m[2] as string })));
    expect(uses.map((u) => u.action).sort()).toEqual(Object.keys(oldest).sort());
    for (const { action, ref } of uses) {
      expect(ref, action).toMatch(/^v\d+$/);
      expect(Number(ref.slice(1)), action).toBeGreaterThanOrEqual(oldest[action] as number);
    }
  });

  it('names the file `npm pack` makes, for a repository to install from', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    const named = [...readme.replace(/\s+/g, ' ').matchAll(/\.\/([a-z-]+-\d+\.\d+\.\d+\.tgz)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(file).toBe(`${pkg.name}-${pkg.version}.tgz`);
  });

  it('keeps every report the commands write, and only those, in the published artifacts', () => {
    const [github, gitlab] = blocks.filter((b) => b.lang === 'yaml' && /npx cyber-ready/.test(b.body)).map((b) => parseYaml(b.body, 'workflow.yaml').data as Record<string, unknown>);
    const written = (command: string) => [...command.matchAll(/--report [a-z]+=(\S+)/g)].map((m) => m[1] as string).sort();
    const steps = ((github?.jobs as Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>).readiness?.steps ?? []);
    const run = steps.find((st) => st.run?.includes('cyber-ready assess'))?.run ?? '';
    const upload = steps.find((st) => st.uses?.startsWith('actions/upload-artifact'));
    // Listed one per line, so no glob can miss a report (readiness.* misses readiness-actions.csv) or pick up the answers file.
    const uploaded = String(upload?.with?.path ?? '').split('\n').map((l) => l.trim()).filter(Boolean).sort();
    expect(uploaded).toEqual(written(run));
    const job = gitlab?.['cyber-readiness'] as { script: string[]; artifacts: { paths: string[]; reports: Record<string, string> } };
    const kept = [...job.artifacts.paths, ...Object.values(job.artifacts.reports)].sort();
    expect(kept).toEqual(written(job.script.join('\n')));
  });
});

describe('README messages are what the built tool prints', () => {
  const example = readFileSync(new URL('../examples/council-cyber-resilience.answers.yaml', import.meta.url), 'utf8');
  const inScratch = async (text: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-readme-'));
    writeFileSync(join(dir, 'readiness.yaml'), text);
    return dir;
  };

  it('the broken answers file example: the example answers with a typo in a question id', async () => {
    const quoted = /^(readiness\.yaml:\d+:\d+: unknown question "gov-senoir-owner"[^\n]*)$/m.exec(readme)?.[1];
    expect(quoted).toBeDefined();
    const cwd = await inScratch(example.replace(/^ {2}gov-senior-owner:/m, '  gov-senoir-owner:'));
    const r = await runBinary({ args: ['assess', '--answers', 'readiness.yaml'], cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain(quoted);
  });

  it('the gate failure line: the example answers under the README\'s own CI gates', async () => {
    const quoted = /`(readiness\.yaml:\d+:\d+: gate fail-on failed: [^`]+)`/.exec(readme)?.[1];
    expect(quoted).toBeDefined();
    const cwd = await inScratch(example);
    const r = await runBinary({ args: ['assess', '--answers', 'readiness.yaml', '--min-score', '70', '--fail-on', 'critical', '--fail-on-stale'], cwd, env: { SOURCE_DATE_EPOCH: '1795392000' } });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toContain(quoted);
  });
  it('the answers-from-standard-input warning: the README\'s own command on the example answers', async () => {
    const words = (text: string | undefined): string | undefined => text?.replace(/\s*\n\s*/g, ' ');
    const said = /`cyber-ready (assess\s+--answers -[^`<]*)<\s+(examples\/[^`]+)` says `(cyber-ready: warning: answers read from standard\s+input[^`]+)`/.exec(readme);
    expect(said).not.toBeNull();
    const [, args, file, quoted] = said!;
    const cwd = await inScratch('');
    const r = await runBinary({ args: words(args)!.trim().split(' '), cwd, stdin: readFileSync(new URL(`../${file}`, import.meta.url), 'utf8') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')).toContain(words(quoted));
  });
  it('the look-alike character example: a no-break space after a number in the example answers', async () => {
    const quoted = /such as `(readiness\.yaml:\d+:\d+:\s+"tech-patch-days-critical"[^`]+)`/.exec(readme)?.[1]?.replace(/\s*\n\s*/g, ' ');
    expect(quoted).toBeDefined();
    const cwd = await inScratch(example.replace(/^( {2}tech-patch-days-critical: )21\b/m, '$121\u00A0'));
    const r = await runBinary({ args: ['validate', 'readiness.yaml'], cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain(quoted);
  });
});

describe('README: which day "today" is, in CI', () => {
  const section = readme.slice(readme.indexOf('### Which day "today" is'), readme.indexOf('### Under GitHub Actions'));
  it('is in the CI section, and says how to judge on a UK date', () => {
    expect(readme.indexOf('### Which day "today" is')).toBeGreaterThan(readme.indexOf('## Running in CI'));
    expect(section).toContain('TZ: Europe/London');
    expect(section).toContain('--today');
  });
  it('is right that SOURCE_DATE_EPOCH is a UTC date whatever TZ says, and that the report says the day', async () => {
    expect(section).toMatch(/`SOURCE_DATE_EPOCH`\s+read as a date in UTC/);
    // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London (British Summer Time).
    const r = await runBinary({ args: ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--detail'], env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 30, 23, 30) / 1000), TZ: 'Europe/London' } });
    expect(r.stdout.replace(/\n +/g, ' ')).toContain('waivers and review dates judged on 2026-06-30');
  });
});

describe('README speed figures', () => {
  // The README gives the ratios of the last `npm run bench` to one decimal place; re-measuring means updating both.
  const bench = readFileSync(new URL('../docs/benchmarks.md', import.meta.url), 'utf8');
  const row = (start: string) => bench.split('\n').find((l) => l.startsWith(`| ${start}`))?.split('|').map((c) => c.trim()) ?? [];
  const ratio = (start: string) => Number(row(start)[4]?.replace('×', ''));
  const speed = readme.slice(readme.indexOf('## Speed'), readme.indexOf('## Development'));
  const said = (pattern: RegExp) => Number(pattern.exec(speed)?.[1]);

  it('are those of docs/benchmarks.md, rounded', () => {
    expect(Math.abs(said(/`node -e 0`\s+takes about (\d+) ms/) - Number.parseFloat(row('`node -e 0` (baseline)')[2] ?? ''))).toBeLessThan(1);
    expect(Math.abs(said(/`cyber-ready --version` takes about ([\d.]+) times/) - ratio('`cyber-ready --version`'))).toBeLessThanOrEqual(0.051);
    expect(Math.abs(said(/scoring the example to\s+JSON about ([\d.]+) times/) - ratio('`cyber-ready assess --answers <example> --format json`'))).toBeLessThanOrEqual(0.051);
    expect(Math.abs(said(/is not met: about ([\d.]+) times on the last run/) - ratio('`assess --format json`, CAF with 10 critical systems'))).toBeLessThanOrEqual(0.051);
    expect(Math.abs(said(/100 systems take about ([\d.]+) times as long as 10/) - ratio('`assess --format json`, CAF with 100 critical systems'))).toBeLessThanOrEqual(0.051);
  });
});
