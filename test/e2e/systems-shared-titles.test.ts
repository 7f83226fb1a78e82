// Two critical systems may share a title (ids are unique, titles need not be). The reports people
// read named them by title alone, so a board paper said "(Revenues and benefits and Revenues and
// benefits)", the CSV action plan had two systems in one name, and the terminal listed two scores
// under one name. Every report but JSON now names each with its id too, as `diff` does (README
// "Tracking progress"); JSON keeps the titles as written.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseCsv } from '../helpers/machine-consumers.js';
import type { RootContent, Table } from 'mdast';

const FIXTURE = join(repoRoot, 'test/fixtures/systems');
let args: string[];
const textOf = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-shared-titles-'));
  cpSync(join(FIXTURE, 'systems'), join(dir, 'systems'), { recursive: true });
  const answers = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace(/^ {4}title: Waste collection$/m, '    title: Revenues and benefits');
  expect(answers.match(/title: Revenues and benefits/g)).toHaveLength(2);
  writeFileSync(join(dir, 'a.yaml'), answers);
  args = ['assess', '-q', join(FIXTURE, 'sys.yaml'), '-a', join(dir, 'a.yaml'), '--today', '2026-11-23'];
});

const assess = async (format: string, more: string[] = []) => {
  const r = await runBinary({ args: [...args, '-f', format, ...more], env: { NO_COLOR: '1', COLUMNS: '100' } });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  return r.stdout;
};

describe('critical systems that share a title', () => {
  it('the terminal summary lists each system under a name of its own', async () => {
    const text = await assess('text');
    const list = text.split('Critical systems (each with the organisation')[1]!.split('\n').slice(1, 4);
    expect(list.map((l) => l.trim().split(/\s+█|\s+░/)[0])).toEqual(['Revenues and benefits (revenues)', 'Social care case management', 'Revenues and benefits (waste)']);
  });

  it('the markdown matrix has a column for each system, no two headed alike', async () => {
    const tables = nodesOfType(parseMarkdown(await assess('markdown')), 'table') as Table[];
    // The matrix is the table headed by "Section" and then the systems (the sections table is headed "Section", "Score", …).
    const matrix = tables.find((t) => textOf(t.children[0] as RootContent).startsWith('Section') && !textOf(t.children[0] as RootContent).includes('Score'))!;
    const heads = matrix.children[0]!.children.map((c) => textOf(c as RootContent));
    expect(heads.slice(1)).toEqual(['Revenues and benefits (revenues)', 'Social care case management', 'Revenues and benefits (waste)']);
  });

  it('the CSV action plan names the system of each gap so that the two can be told apart', async () => {
    const rows = parseCsv(await assess('csv'));
    const systems = new Set(rows.slice(1).map((r) => r[1]));
    expect(systems).toContain('Revenues and benefits (waste)');
    expect(systems).not.toContain('Revenues and benefits');
  });

  it('JSON keeps each title as written', async () => {
    const a = JSON.parse(await assess('json')) as Assessment;
    expect(a.systems.map((s) => s.title)).toEqual(['Revenues and benefits', 'Social care case management', 'Revenues and benefits']);
    expect(a.gaps.filter((g) => g.system === 'waste').map((g) => g.systemTitle)).toEqual(['Revenues and benefits', 'Revenues and benefits']);
  });
});
