import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// A questionnaire written as JSON worked with -q FILE, but a folder (--questionnaire-dir,
// CYBER_READY_PATH) looked only at .yaml and .yml files: `assess` called its id unknown and `list`
// left it out without a word.
const mini = parse(readFileSync('test/fixtures/valid/mini.yaml', 'utf8')) as Record<string, unknown>;
const asJson = (id: string, version = '9.0.0'): string => `${JSON.stringify({ ...mini, id, version }, null, 2)}\n`;
const answers = (id: string): string => `questionnaire: ${id}\nanswers:\n  owner: in-place\n`;
const example = join(process.cwd(), 'examples/council-cyber-resilience.answers.yaml');

/** A folder with one JSON questionnaire and the other JSON files a folder of them might hold. */
async function folderWithJson(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-json-'));
  writeFileSync(join(dir, 'ours.json'), asJson('json-mini'));
  writeFileSync(join(dir, 'a.yaml'), answers('json-mini'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "our-questionnaires", "version": "1.0.0", "private": true }\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{\n  // comments are not JSON, nor YAML\n  "compilerOptions": {}\n}\n');
  writeFileSync(join(dir, 'answers.json'), '{ "questionnaire": "json-mini", "answers": { "owner": "in-place" } }\n');
  writeFileSync(join(dir, 'empty.json'), '');
  await runBinary({ args: ['assess', '-a', example, '-f', 'json', '-o', 'report.json'], cwd: dir });
  await runBinary({ args: ['assess', '-a', example, '-f', 'sarif', '-o', 'report.sarif.json'], cwd: dir });
  await runBinary({ args: ['share', example, '-o', 'share.json'], cwd: dir });
  // `list -f json`'s own output: an array whose rows have ids.
  writeFileSync(join(dir, 'list.json'), (await runBinary({ args: ['list', '-f', 'json'], cwd: dir })).stdout);
  return dir;
}

describe('a questionnaire folder holds JSON questionnaires as it holds YAML ones', () => {
  it('list, show, assess and validate find one by its id, and other JSON files are passed over without a word', async () => {
    const dir = await folderWithJson();
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    expect((JSON.parse(listed.stdout) as { id: string; file: string }[]).filter((q) => q.id === 'json-mini')).toEqual([expect.objectContaining({ file: 'ours.json', source: 'custom' })]);
    const assessed = await runBinary({ args: ['assess', '-a', 'a.yaml', '--questionnaire-dir', '.', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(assessed.code, assessed.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(assessed.stdout).questionnaire).toMatchObject({ id: 'json-mini', version: '9.0.0', file: 'ours.json' });
    const shown = await runBinary({ args: ['show', 'json-mini'], env: { CYBER_READY_PATH: dir } });
    expect(shown.stdout).toContain('`json-mini` version 9.0.0');
    const validated = await runBinary({ args: ['validate', 'a.yaml'], env: { CYBER_READY_PATH: '.' }, cwd: dir });
    expect({ code: validated.code, stderr: validated.stderr }).toEqual({ code: ExitCode.Ok, stderr: '' });
    // The ids on offer, as the walk's menu offers them.
    const unknown = await runBinary({ args: ['show', 'json-mimi', '--questionnaire-dir', '.'], cwd: dir });
    expect(unknown.stderr).toMatch(/unknown questionnaire "json-mimi"; did you mean "json-mini"\? \(available: json-mini, /);
  });

  it('a broken JSON questionnaire is reported, as a broken YAML one is', async () => {
    const dir = await folderWithJson();
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", "version": "1.0.0", "title": "Broken", "sections": [ }\n');
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.'], cwd: dir });
    expect(listed.code).toBe(ExitCode.CannotAssess);
    expect(listed.stderr).toMatch(/^broken\.json:1:\d+: /);
    expect(listed.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('of a YAML and a JSON file with one id in one folder, the YAML one is used and list says the JSON one is hidden', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-json-'));
    writeFileSync(join(dir, 'twin.json'), asJson('twin', '2.0.0'));
    writeFileSync(join(dir, 'twin.yaml'), readFileSync('test/fixtures/valid/mini.yaml', 'utf8').replace(/^id: .*$/m, 'id: twin').replace(/^version: .*$/m, 'version: 1.0.0'));
    writeFileSync(join(dir, 'a.yaml'), answers('twin'));
    const listed = await runBinary({ args: ['list', '--questionnaire-dir', '.', '-f', 'json'], cwd: dir });
    expect(listed.stderr).toBe('twin.json:2:9: warning: questionnaire "twin" is hidden by twin.yaml, which has the same id and is the one used\n');
    expect((JSON.parse(listed.stdout) as { id: string; file: string }[]).find((q) => q.id === 'twin')).toMatchObject({ version: '1.0.0', file: 'twin.yaml' });
    const assessed = await runBinary({ args: ['assess', '-a', 'a.yaml', '--questionnaire-dir', '.', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(JSON.parse(assessed.stdout).questionnaire).toMatchObject({ id: 'twin', file: 'twin.yaml' });
  });
});
