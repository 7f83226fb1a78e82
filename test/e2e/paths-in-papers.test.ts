// Papers meant for people name no place on the assessor's or coordinator's machine: a board paper
// published with a cabinet agenda showed "Answers file: /home/jsmith/council/readiness.yaml", and a
// benchmark run over /home/jsmith/forum/*/readiness.yaml labelled each council
// "../home/jsmith/forum/a/readiness" on every question line. Through the real binary, run from a
// working folder of its own with paths to files elsewhere.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/benchmark/types.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];
const ANSWERS = 'caf-local-government.answers.yaml';
const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `cyber-ready-${name}-`));
/** A `..` segment, in a path written with either separator. */
const CLIMBS = /(^|[^.\w])\.\.[\\/]/m;

/** The assessor's folder (with the CAF example's system file beside it) and a working folder elsewhere. */
function council(): { home: string; cwd: string } {
  const home = join(tempDir('home'), 'jsmith', 'council');
  cpSync(join(repoRoot, 'examples'), home, { recursive: true });
  return { home, cwd: tempDir('elsewhere') };
}

/** Every part of the Word document as text: the body and the document properties alike. */
async function docxParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  expect(Object.keys(zip.files)).toContain('word/document.xml');
  return parts.join('\n');
}

/** The papers for people, each as text: the terminal summary and --detail, markdown, HTML and Word. */
async function papers(answers: string, cwd: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, args] of [['summary', ['-f', 'text']], ['detail', ['-f', 'text', '--detail']], ['markdown', ['-f', 'markdown']], ['html', ['-f', 'html']]] as const) {
    const r = await runBinary({ args: ['assess', '--answers', answers, ...TODAY, ...args], cwd, env: { COLUMNS: '200' } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    out[name] = r.stdout;
  }
  const r = await runBinary({ args: ['assess', '--answers', answers, ...TODAY, '-f', 'docx', '-o', 'paper.docx'], cwd });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  out.docx = await docxParts(join(cwd, 'paper.docx'));
  return out;
}

function expectNoPlace(paper: string, ...folders: string[]): void {
  for (const folder of [...folders, tmpdir()]) expect(paper).not.toContain(folder);
  expect(paper).not.toMatch(CLIMBS);
}

/** Where each paper names the answers file. */
function expectNamed(p: Record<string, string>, shown: string): void {
  expect(p.detail).toContain(`Answers: ${shown} · `);
  expect(p.markdown).toContain(`- Answers file: \`${shown}\`\n`);
  expect(p.html).toContain(`<dt>Answers file</dt><dd>${shown}</dd>`);
  expect(p.docx).toContain(shown);
}

describe('the answers file in a paper', () => {
  it('given as an absolute path, is named by its file name alone in every paper for people', async () => {
    const { home, cwd } = council();
    const p = await papers(join(home, ANSWERS), cwd);
    for (const paper of Object.values(p)) expectNoPlace(paper, home, cwd);
    expectNamed(p, ANSWERS);
  });

  it('given climbing out of the working folder, is named by its file name alone', async () => {
    const { home } = council();
    const cwd = join(home, '..', 'minutes');
    mkdirSync(cwd);
    const p = await papers(`../council/${ANSWERS}`, cwd);
    for (const paper of Object.values(p)) expectNoPlace(paper, home, cwd);
    expectNamed(p, ANSWERS);
  });

  it('inside the working folder, stays as it was given', async () => {
    const { home } = council();
    const p = await papers(`council/${ANSWERS}`, join(home, '..'));
    for (const paper of Object.values(p)) expectNoPlace(paper, home);
    expectNamed(p, `council/${ANSWERS}`);
  });

  it('stays as given in the machine formats, which name it for their consumers', async () => {
    const { home, cwd } = council();
    const file = join(home, ANSWERS);
    const r = await runBinary({ args: ['assess', '--answers', file, ...TODAY, '-f', 'json'], cwd });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as Assessment).answersFile).toBe(file);
  });
});

describe('benchmark labels of answers files that share a name', () => {
  const FOLDERS = ['wrenford', 'eastcombe', 'alder', 'a/2026', 'b/2026'];

  /** A forum's folder of councils, each with its own readiness.yaml, assessed in a month of its own. */
  function forum(): string {
    const root = join(tempDir('home'), 'jsmith', 'forum');
    const text = readFileSync(join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml'), 'utf8');
    FOLDERS.forEach((folder, i) => {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, 'readiness.yaml'), text.replace('assessedOn: 2026-11-20', `assessedOn: 2026-0${i + 1}-15`));
    });
    return root;
  }

  const bench = (cwd: string, args: string[]) => runBinary({ args: ['benchmark', ...args, ...TODAY], cwd, env: { COLUMNS: '200' } });

  it('are the fewest folders, nearest the file, that tell them apart, in every format', async () => {
    const root = forum();
    const cwd = tempDir('coordinator');
    const inputs = FOLDERS.map((f) => join(root, f, 'readiness.yaml'));
    const highlight = ['--highlight', inputs[0] as string];
    const r = await bench(cwd, [...inputs, ...highlight, '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.labels).toEqual(['wrenford/readiness', 'eastcombe/readiness', 'alder/readiness', 'a/2026/readiness', 'b/2026/readiness']);
    expect(result.highlighted).toBe('wrenford/readiness');
    for (const format of ['text', 'markdown', 'html']) {
      const paper = await bench(cwd, [...inputs, ...highlight, '-f', format]);
      expect(paper.code, paper.stderr).toBe(ExitCode.Ok);
      expect(paper.stdout).toContain('wrenford/readiness');
      expectNoPlace(paper.stdout, root, cwd);
    }
  });

  it('keep one label for the same file given twice, and share one with an extract that chose it, as two extracts with one label do', async () => {
    const root = forum();
    const cwd = tempDir('coordinator');
    const inputs = FOLDERS.map((f) => join(root, f, 'readiness.yaml'));
    // A sixth council, assessed later, whose extract chose the label the Wrenford file is given.
    const later = join(cwd, 'later.yaml');
    writeFileSync(later, readFileSync(inputs[0] as string, 'utf8').replace('assessedOn: 2026-01-15', 'assessedOn: 2026-09-15'));
    const share = await runBinary({ args: ['share', later, '--label', 'wrenford/readiness', '-o', 'chosen.json', ...TODAY], cwd });
    expect(share.code, share.stderr).toBe(ExitCode.Ok);
    const again = `${root}/wrenford/../wrenford/readiness.yaml`;
    const r = await bench(cwd, [...inputs, again, 'chosen.json', '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const result = JSON.parse(r.stdout) as BenchmarkResult;
    expect(result.contributions).toBe(5);
    expect(result.labels).toEqual(['wrenford/readiness', 'eastcombe/readiness', 'alder/readiness', 'a/2026/readiness', 'b/2026/readiness']);
    expect(result.warnings).toEqual(['"wrenford/readiness" was given twice; its assessment of 2026-09 counts, not that of 2026-01.']);
    expect(r.stderr).toContain(`${again}: warning: is given more than once; it is counted once`);
    expect(r.stderr).toContain(`warning: label "wrenford/readiness" is also in chosen.json; only the later assessment counts (chosen.json, 2026-09; this one 2026-01)`);
  });
});
