import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { parseYaml } from '../../src/yaml/load-yaml.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { fixture, loadQuestionnaireText } from '../helpers/load.js';

/** A seeded generator (mulberry32), so the strings are distinctive and the test is the same every run. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(17);
const pick = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
const secrets: Record<string, string> = {};
/** A distinctive string for one free-text field; spaces inside, as people write. */
const secret = (name: string): string => (secrets[name] = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 9)} ${pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 9)}`);
/** A distinctive kebab-case id (system ids must be), which the extract must replace. */
const secretId = (name: string): string => (secrets[name] = `${pick('bcdfghjkmnpqrstvwxz', 7)}-${pick('bcdfghjkmnpqrstvwxz', 7)}`);

const sysA = secretId('system id (inline)');
const sysB = secretId('system id (own file)');
const answersText = `questionnaire: rich-share
organisation: "${secret('organisation')}"
assessor: "${secret('assessor')}"
assessedOn: 2026-11-17
answers:
  owner:
    value: named
    note: "${secret('note')}"
    evidence: ["${secret('evidence 1')}", "${secret('evidence 2')}"]
    owner: "${secret('owner')}"
    reviewBy: 2027-03-31
  controls: { value: [mfa, backups], note: "${secret('multi note')}" }
  tested: { value: no, owner: "${secret('yes-no owner')}" }
  patch-days: { value: 21, note: "${secret('number note')}" }
  describe: "${secret('text answer')}"
  iot: { status: not-applicable, reason: "${secret('reason')}" }
  board:
    indicators: { B.NA.1: false, B.PA.1: true, B.A.1: false, B.A.2: true }
    comments: { B.A.1: "${secret('indicator comment')}" }
    confirmed: achieved
    justification: "${secret('justification')}"
systems:
  - id: ${sysA}
    title: "${secret('system title (inline)')}"
    owner: "${secret('system owner (inline)')}"
    answers:
      patched: { value: no, note: "${secret('system note')}" }
      restore: { value: tested, evidence: ["${secret('system evidence')}"] }
      system-notes: { value: "${secret('system text answer')}" }
  - id: ${sysB}
    title: "${secret('system title (own file)')}"
    owner: "${secret('system owner (own file)')}"
    file: systems/${sysB}.yaml
waivers:
  - question: tested
    reason: "${secret('waiver reason')}"
    approvedBy: "${secret('waiver approver')}"
    expires: 2027-06-30
  - { question: patched, system: ${sysA}, reason: "${secret('system waiver reason')}", approvedBy: "${secret('system waiver approver')}", expires: 2027-06-30 }
`;
const systemFileText = `questionnaire: rich-share
system: ${sysB}
answers:
  patched: { value: yes, note: "${secret('system file note')}", owner: "${secret('system file owner')}" }
  restore: { status: unknown }
  system-notes: "${secret('system file text answer')}"
`;

function richFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-share-'));
  mkdirSync(join(dir, 'systems'));
  writeFileSync(join(dir, 'council.answers.yaml'), answersText);
  writeFileSync(join(dir, 'systems', `${sysB}.yaml`), systemFileText);
  writeFileSync(join(dir, 'rich.yaml'), readFileSync(fixture('share/rich.yaml')));
  return dir;
}

/** Every run of 6 characters of each secret (any longer piece of it contains one). */
const pieces = (text: string): string[] => Array.from({ length: text.length - 5 }, (_, i) => text.slice(i, i + 6));

function leaks(bytes: string, except: string[] = []): string[] {
  const found: string[] = [];
  for (const [name, text] of Object.entries(secrets)) {
    if (except.includes(name)) continue;
    for (const piece of pieces(text)) if (bytes.includes(piece)) found.push(`${name}: "${piece}"`);
  }
  return found;
}

describe('share: no free text leaves', () => {
  const dir = richFolder();

  it('makes a fixture in which every free-text field is present (the check below can fail)', () => {
    const raw = answersText + systemFileText;
    expect(Object.keys(secrets).length).toBeGreaterThan(25);
    expect(leaks(raw).length).toBeGreaterThan(Object.keys(secrets).length);
  });

  it('writes an extract valid against schemas/share.schema.json with none of the strings', async () => {
    const r = await runBinary({ args: ['share', 'council.answers.yaml', '-q', 'rich.yaml', '--today', '2026-11-23', '-o', 'extract.json'], cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    const bytes = readFileSync(join(dir, 'extract.json'), 'utf8');
    expect(leaks(bytes)).toEqual([]);
    expect(bytes).not.toContain('2026-11-17');
    const extract = JSON.parse(bytes) as { assessedOn: string; label: string; organisation?: string; systems: { id: string }[]; answers: { question: string; system: string | null; value: unknown; status: string; waived: boolean }[] };
    expect(schemaErrors('share', extract)).toEqual([]);
    expect(extract.assessedOn).toBe('2026-11');
    expect(extract.label).toMatch(/^council-[0-9a-f]{6}$/);
    expect(extract).not.toHaveProperty('organisation');
    expect(extract.systems.map((s) => s.id)).toEqual(['system-1', 'system-2']);
    const answer = (q: string, system: string | null = null) => extract.answers.find((a) => a.question === q && a.system === system);
    expect(answer('describe')).toMatchObject({ status: 'answered', value: null, score: null });
    expect(answer('system-notes', 'system-1')).toMatchObject({ value: null });
    expect(answer('controls')).toMatchObject({ value: ['mfa', 'backups'], score: 1 });
    expect(answer('patch-days')).toMatchObject({ value: 21, score: 0.5 });
    expect(answer('board')).toMatchObject({ value: 'achieved', score: 1 });
    expect(answer('iot')).toMatchObject({ status: 'not-applicable', value: null });
    // Waived gaps stay home: no figure uses them (data minimisation).
    expect(answer('tested')).toMatchObject({ value: 'no' });
    expect(answer('patched', 'system-1')).toMatchObject({ value: 'no' });
    expect(extract.answers.some((a) => 'waived' in a)).toBe(false);
    expect(answer('restore', 'system-2')).toMatchObject({ status: 'unknown', value: null, score: 0 });
  });

  it('with --named keeps the organisation and nothing else, and --label is the label', async () => {
    const r = await runBinary({ args: ['share', 'council.answers.yaml', '-q', 'rich.yaml', '--named', '--label', 'forum-member-7', '--today', '2026-11-23'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(leaks(r.stdout, ['organisation'])).toEqual([]);
    const extract = JSON.parse(r.stdout) as { organisation: string; label: string };
    expect(extract.organisation).toBe(secrets.organisation);
    expect(extract.label).toBe('forum-member-7');
  });

  // README: --named is for the coordinator, to see who sent an extract; benchmark never shows it.
  it('benchmark shows no --named organisation, not even for the highlighted council, in any format', async () => {
    const named = await runBinary({ args: ['share', 'council.answers.yaml', '-q', 'rich.yaml', '--named', '--label', 'c1', '--today', '2026-11-23', '-o', 'c1.json'], cwd: dir });
    expect(named.code, named.stderr).toBe(ExitCode.Ok);
    const extract = JSON.parse(readFileSync(join(dir, 'c1.json'), 'utf8')) as { organisation: string; assessedOn: string };
    expect(extract.organisation).toBe(secrets.organisation);
    // Four more councils of other months and names, so that none is taken for the first's twin or its earlier return.
    for (const n of [2, 3, 4, 5]) writeFileSync(join(dir, `c${n}.json`), JSON.stringify({ ...extract, label: `c${n}`, organisation: `Other council ${n}`, assessedOn: `2026-0${n}` }));
    for (const format of ['text', 'markdown', 'json', 'html']) {
      const r = await runBinary({ args: ['benchmark', 'c1.json', 'c2.json', 'c3.json', 'c4.json', 'c5.json', '--highlight', 'c1.json', '--questionnaire-dir', '.', '-f', format], cwd: dir });
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stdout).toContain('c1');
      expect(leaks(r.stdout + r.stderr)).toEqual([]);
    }
  });

  it('gives a different random label each time, never one made from the organisation', async () => {
    const labels = await Promise.all([1, 2].map(async () => (JSON.parse((await runBinary({ args: ['share', 'council.answers.yaml', '-q', 'rich.yaml', '--named'], cwd: dir })).stdout) as { label: string }).label));
    expect(labels[0]).not.toBe(labels[1]);
  });
});

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('share of every bundled example', () => {
  const examples: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name));
      else if (name.name.endsWith('.answers.yaml')) examples.push(relative(repoRoot, join(dir, name.name)));
    }
  };
  walk(join(repoRoot, 'examples'));

  it.each(examples)('%s: every string of the extract is one the questionnaire or the tool defines', async (example) => {
    const r = await runBinary({ args: ['share', example, '--label', 'probe', '--today', '2026-11-23'] });
    expect(r.code).toBe(ExitCode.Ok);
    const extract = JSON.parse(r.stdout) as { questionnaire: { id: string } };
    expect(schemaErrors('share', extract)).toEqual([]);
    const loaded = loadQuestionnaireText(readFileSync(join(repoRoot, 'questionnaires', `${extract.questionnaire.id}.yaml`), 'utf8')).questionnaire;
    const allowed = new Set<string>(['cyber-ready-share', 'cyber-ready', 'probe', 'answered', 'unknown', 'not-applicable', 'unanswered', 'not-achieved', 'partially-achieved', 'achieved', loaded.id, loaded.version]);
    for (const r of loaded.ratings) allowed.add(r.label);
    for (const s of loaded.sections) allowed.add(s.id);
    for (const q of loaded.questions.values()) {
      allowed.add(q.id);
      for (const o of q.options) allowed.add(o.value);
    }
    const answers = parseYaml(readFileSync(join(repoRoot, example), 'utf8'), example).data as { systems?: unknown[] };
    for (let i = 1; i <= (answers.systems?.length ?? 0); i++) allowed.add(`system-${i}`);
    const others = strings(extract).filter((s) => !allowed.has(s) && !/^\d{4}-\d{2}$/.test(s) && !/^\d+\.\d+\.\d+/.test(s));
    expect(others).toEqual([]);
  });
});

describe('share: bad input and writing', () => {
  const dir = richFolder();

  it('refuses to write the extract over its answers file, and leaves it as it was', async () => {
    const r = await runBinary({ args: ['share', 'council.answers.yaml', '-q', 'rich.yaml', '-o', 'council.answers.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^council\.answers\.yaml: /);
    expect(readFileSync(join(dir, 'council.answers.yaml'), 'utf8')).toBe(answersText);
  });

  it('refuses a bad answer with one line at its place, and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.answers.yaml'), 'questionnaire: rich-share\nanswers:\n  owner: everybody\nsystems:\n  - { id: one, title: One }\n');
    const r = await runBinary({ args: ['share', 'bad.answers.yaml', '-q', 'rich.yaml', '-o', 'bad.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^bad\.answers\.yaml:3:10: .*"everybody"[^\n]*\n$/);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).not.toContain('bad.json');
  });

  it('shares an incomplete file with a warning, marking what is unanswered', async () => {
    writeFileSync(join(dir, 'part.answers.yaml'), 'questionnaire: rich-share\nanswers:\n  owner: named\nsystems:\n  - { id: one, title: One }\n');
    const r = await runBinary({ args: ['share', 'part.answers.yaml', '-q', 'rich.yaml', '--label', 'p'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toMatch(/^part\.answers\.yaml: warning: 7 scored questions have no answer; shared as "unanswered"/);
    const extract = JSON.parse(r.stdout) as { answers: { question: string; status: string; score: number | null }[] };
    expect(extract.answers.find((a) => a.question === 'tested')).toMatchObject({ status: 'unanswered', score: 0 });
  });
});
