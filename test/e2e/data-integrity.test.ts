import { chownSync, cpSync, linkSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `cyber-ready-integrity-${name}-`));
const EXAMPLE = join(repoRoot, 'examples/council-cyber-resilience.answers.yaml');
const TODAY = ['--today', '2026-11-23'];

describe('files the tool reads from its own package are inputs of the run', () => {
  // A copy of the package as installed (dist/ is built by `npm test`), so that a write that gets
  // through spoils the copy, not this checkout.
  let pkg: string;
  let bin: string;
  let work: string;
  beforeAll(() => {
    pkg = tempDir('package');
    for (const part of ['bin', 'dist', 'frameworks', 'questionnaires', 'schemas', 'package.json']) cpSync(join(repoRoot, part), join(pkg, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'));
    bin = join(pkg, 'bin', 'cyber-ready.js');
    work = tempDir('work');
    cpSync(join(repoRoot, 'test/fixtures/systems'), work, { recursive: true });
  });

  // Each of these replaced the file with a report and exited 0; every later run then failed with
  // "internal error" (the catalogue) or printed no version (package.json).
  const cases: { name: string; file: string; role: string; args: (target: string) => string[] }[] = [
    { name: 'assess -o, the framework catalogue', file: 'frameworks/catalog.yaml', role: 'framework catalogue', args: (t) => ['assess', '-a', EXAMPLE, ...TODAY, '-o', t] },
    { name: 'assess --report, the compiled catalogue', file: 'dist/compiled/catalog.json', role: 'framework catalogue', args: (t) => ['assess', '-a', EXAMPLE, ...TODAY, '--report', `sarif=${t}`] },
    { name: 'assess -o, the compiled questionnaire', file: 'dist/compiled/council-cyber-resilience.json', role: 'questionnaire', args: (t) => ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json', '-o', t] },
    { name: 'share -o, the catalogue (custom questionnaire)', file: 'frameworks/catalog.yaml', role: 'framework catalogue', args: (t) => ['share', 'sys.answers.yaml', '-q', 'sys.yaml', ...TODAY, '-o', t] },
    { name: 'init -o --force, the catalogue', file: 'frameworks/catalog.yaml', role: 'framework catalogue', args: (t) => ['init', '--force', '-o', t] },
    { name: 'diff -o, the catalogue', file: 'frameworks/catalog.yaml', role: 'framework catalogue', args: (t) => ['diff', EXAMPLE, EXAMPLE, ...TODAY, '-o', t] },
    { name: 'assess -o, the package file', file: 'package.json', role: 'package file of cyber-ready', args: (t) => ['assess', '-a', EXAMPLE, ...TODAY, '-o', t] },
  ];
  for (const c of cases) {
    it(`${c.name}: refused, exit 2, the file untouched`, async () => {
      const target = join(pkg, c.file);
      const before = readFileSync(target);
      const r = await runBinary({ args: c.args(target), cwd: work, bin });
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot write: it is the ${c.role} this run reads \\(.+\\); choose another file\\n$`));
      expect(readFileSync(target).equals(before)).toBe(true);
    });
  }

  it('a link to the catalogue is the catalogue', async () => {
    symlinkSync(join(pkg, 'frameworks/catalog.yaml'), join(work, 'frameworks.yaml'));
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-o', 'frameworks.yaml'], cwd: work, bin });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('frameworks.yaml: cannot write: it is the framework catalogue this run reads');
    const ok = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json'], cwd: work, bin });
    expect(ok.code).toBe(ExitCode.Ok);
  });
});

describe('JSON input with a key given twice is refused, as YAML input is', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('json-keys');
    for (const [i, label] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      const r = await runBinary({ args: ['share', EXAMPLE, ...TODAY, '--label', `council-${label}`, '-o', join(dir, `${label}.json`)] });
      expect(r.code).toBe(ExitCode.Ok);
      // Five councils, each of its own month: one assessment given five times is counted once.
      const text = readFileSync(join(dir, `${label}.json`), 'utf8');
      expect(text).toContain('"assessedOn": "2026-11"');
      writeFileSync(join(dir, `${label}.json`), text.replace('"assessedOn": "2026-11"', `"assessedOn": "2026-0${i + 1}"`));
    }
  });

  it('a share extract that gives "label" twice: one line at the second, exit 2, and no benchmark', async () => {
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(text).toContain('  "label": "council-a",\n');
    // An edited extract could show a reader one council and count as another.
    writeFileSync(join(dir, 'twice.json'), text.replace('  "label": "council-a",\n', '  "label": "council-a",\n  "label": "council-b",\n'));
    const line = text.slice(0, text.indexOf('"label"')).split('\n').length;
    const r = await runBinary({ args: ['benchmark', 'twice.json', 'b.json', 'c.json', 'd.json', 'e.json', '-f', 'json'], cwd: dir });
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `twice.json:${line + 1}:3: duplicate key "label" (first defined at line ${line})\n` });
  });

  it('a key given twice deep inside, or as --highlight, or on standard input, is found too', async () => {
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    const deep = text.replace(/("question": "[a-z-]+",)/, '$1 "question": "gov-siro",');
    expect(deep).not.toBe(text);
    writeFileSync(join(dir, 'deep.json'), deep);
    const line = deep.slice(0, deep.indexOf('"gov-siro"')).split('\n').length;
    const files = ['b.json', 'c.json', 'd.json', 'e.json'];
    const asFile = await runBinary({ args: ['benchmark', 'deep.json', ...files], cwd: dir });
    expect(asFile.code).toBe(ExitCode.CannotAssess);
    expect(asFile.stderr).toMatch(new RegExp(`^deep\\.json:${line}:\\d+: duplicate key "question" \\(first defined at line ${line}\\)\\n$`));
    const highlight = await runBinary({ args: ['benchmark', 'a.json', ...files, '--highlight', 'deep.json'], cwd: dir });
    expect(highlight.code).toBe(ExitCode.CannotAssess);
    expect(highlight.stderr).toContain('deep.json:');
    const stdin = await runBinary({ args: ['benchmark', '-', ...files], cwd: dir, stdin: deep });
    expect(stdin.code).toBe(ExitCode.CannotAssess);
    expect(stdin.stderr).toMatch(/duplicate key "question"/);
  });

  it('colons inside strings are not keys: an extract with them is read as before', async () => {
    // The quick count of members sees more colons than members here, and the exact look finds none twice.
    const text = readFileSync(join(dir, 'e.json'), 'utf8').replace('"label": "council-e"', '"label": "council-e:1"');
    writeFileSync(join(dir, 'colon.json'), text);
    const r = await runBinary({ args: ['benchmark', 'a.json', 'b.json', 'c.json', 'd.json', 'colon.json', '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout).labels).toContain('council-e:1');
  });
});

describe('a report written over a file with other names keeps them', () => {
  it('-o over a hard-linked file writes that file in place: both names have the new report, no temporary file is left', async () => {
    const dir = tempDir('links');
    writeFileSync(join(dir, 'report.json'), 'last month\n');
    linkSync(join(dir, 'report.json'), join(dir, 'published.json'));
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json', '-o', 'report.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    // Renamed over, report.json was a new file and published.json kept "last month".
    expect(statSync(join(dir, 'report.json')).nlink).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'published.json'), 'utf8')).schemaVersion).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['published.json', 'report.json']);
  });

  it('a shorter report over a longer hard-linked file leaves nothing of the old text', async () => {
    const dir = tempDir('links-short');
    writeFileSync(join(dir, 'out.txt'), 'x'.repeat(500_000));
    linkSync(join(dir, 'out.txt'), join(dir, 'copy.txt'));
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json', '-o', 'out.txt'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const text = readFileSync(join(dir, 'copy.txt'), 'utf8');
    expect(text).not.toContain('xxx');
    expect(JSON.parse(text).schemaVersion).toBe(2);
  });
});

describe("a report written over a colleague's file stays theirs", () => {
  // Renaming a new file over it would make it the file of whoever ran the tool; only the owner
  // differs here (the group is the runner's), so the owner alone must be enough to write in place.
  it.runIf(process.getuid?.() === 0)('root writing -o over a file owned by another user in its own group keeps that owner', async () => {
    const dir = tempDir('owner');
    writeFileSync(join(dir, 'report.json'), 'last month\n');
    chownSync(join(dir, 'report.json'), 65534, process.getgid!());
    const r = await runBinary({ args: ['assess', '-a', EXAMPLE, ...TODAY, '-f', 'json', '-o', 'report.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(statSync(join(dir, 'report.json')).uid).toBe(65534);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).schemaVersion).toBe(2);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
