// README "What each report carries beyond the scores" tells a council which reports name owners
// before one goes to everyone with access to the repository. Each output its table says carries no
// owners is held to that through the real binary, on answers whose every kind of owner (a gap's, a
// stale answer's that scores in full, a critical system's) has a name found nowhere else.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

const OWNERS = ['Quillon Governance Lead', 'Varnaby Patch Owner', 'Ostrander Systems Owner'];

const ANSWERS = [
  'questionnaire: sys',
  'answers:',
  // Scores in full but is past its review date: its own result in SARIF and GitLab.
  `  owner: { value: yes, owner: ${OWNERS[0]}, reviewBy: 2026-01-01 }`,
  '  cloud: no',
  'systems:',
  '  - id: revenues',
  '    title: Revenues and benefits',
  `    owner: ${OWNERS[2]}`,
  '    answers:',
  `      patched: { value: no, owner: ${OWNERS[1]} }`,
  '      mfa: no',
  '      logged: yes',
  '',
].join('\n');

let dir: string;
const assess = (more: string[], env: Record<string, string> = {}) =>
  runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'answers.yaml', '--today', '2026-11-23', '--fail-on-stale', '--fail-on', 'high', ...more], cwd: dir, env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-owners-'));
  copyFileSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), join(dir, 'sys.yaml'));
  writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
});

/** The table's rows as format and whether it says owners are carried ("no", or a "yes…"). */
function ownersColumn(): Map<string, string> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').split('\n');
  const start = readme.findIndex((l) => l.startsWith('| format | notes | evidence | owners |'));
  expect(start).toBeGreaterThan(0);
  const rows = new Map<string, string>();
  for (const line of readme.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    rows.set(cells[1]!, cells[4]!);
  }
  return rows;
}

/** How to get each output the table may say carries no owners: its text, as a reader of it sees it. */
const OUTPUTS: Record<string, () => Promise<string>> = {
  '`text` (the one-screen summary)': async () => (await assess(['-f', 'text'])).stdout,
  '`sarif`': async () => (await assess(['-f', 'sarif'])).stdout,
  '`gitlab`': async () => (await assess(['-f', 'gitlab'])).stdout,
  'GitHub Actions annotations (`::error`, `::warning`)': async () => {
    const r = await assess(['-f', 'json'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' });
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('::'));
    expect(lines.length).toBeGreaterThan(1);
    return lines.join('\n');
  },
};

describe('an output the README says carries no owners names none', () => {
  const rows = [...ownersColumn()].filter(([, owners]) => owners === 'no').map(([format]) => format);

  it('the README table lists them, each one tested here', () => {
    expect(rows).toEqual(expect.arrayContaining(['`sarif`', '`gitlab`']));
    expect(rows.filter((f) => !(f in OUTPUTS))).toEqual([]);
  });

  it.each(Object.keys(OUTPUTS))('%s', async (format) => {
    expect(rows).toContain(format);
    const text = await OUTPUTS[format]!();
    expect(text).toContain('patched'); // the system's gap, by its id or its words: the output is the real one
    for (const owner of OWNERS) expect(text).not.toContain(owner);
  });
});

it('the stale answer that scores in full is still shown in SARIF and GitLab, saying what to do', async () => {
  const sarif = JSON.parse((await assess(['-f', 'sarif'])).stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
  const stale = sarif.runs[0]!.results.filter((r) => r.ruleId === 'cyber-ready.stale-answer');
  expect(stale.map((r) => r.message.text)).toEqual([
    'Answer past its review date: "owner" (Is there a named senior owner?) was due for review by 2026-01-01. It scores in full, but may no longer be true: check it and set a new reviewBy date. It fails a requested gate (no answer past its review date).',
  ]);
  const gitlab = JSON.parse((await assess(['-f', 'gitlab'])).stdout) as { check_name: string; description: string }[];
  expect(gitlab.filter((i) => i.check_name === 'cyber-ready.stale-answer').map((i) => i.description)).toEqual(stale.map((r) => r.message.text));
});

it('the papers, CSV and JUnit still name owners, as the table says they do', async () => {
  for (const format of ['markdown', 'csv', 'junit']) {
    const r = await assess(['-f', format]);
    expect(r.stdout, format).toContain(OWNERS[1]);
  }
  expect((await assess(['-f', 'markdown'])).stdout).toContain(OWNERS[0]);
});
