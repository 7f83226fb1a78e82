import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { ShareExtract } from '../../src/share/types.js';
import { runBinary } from '../helpers/cli.js';
import { writeEastAndWest } from '../helpers/sys-na.js';

// A reviewer deleted the "org" entry from one council's "sections": validate called the extract
// valid, and benchmark showed Organisation over one council while that council's answers and overall
// still counted. Every entry share writes must now be there.

let dir = '';
const run = (args: string[]) => runBinary({ args: [...args, '--questionnaire-dir', 'qd'], cwd: dir });
const BENCH = ['--min-group', '2', '--today', '2026-12-01'];

function edit(file: string, out: string, change: (x: ShareExtract) => void): void {
  const x = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ShareExtract;
  change(x);
  writeFileSync(join(dir, out), `${JSON.stringify(x, null, 2)}\n`);
}

function expectOneLineAt(stderr: string, file: string, key: string, message: RegExp): void {
  const lines = stderr.split('\n').filter((l) => l && !l.startsWith('cyber-ready: warning: --min-group'));
  expect(lines, stderr).toHaveLength(1);
  const m = new RegExp(`^${file.replace('.', '\\.')}:(\\d+):(\\d+): (.*)$`).exec(lines[0] ?? '');
  expect(m, stderr).not.toBeNull();
  expect(m?.[3]).toMatch(message);
  expect(readFileSync(join(dir, file), 'utf8').split('\n')[Number(m?.[1]) - 1]).toContain(`"${key}":`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-entries-left-out-'));
  writeEastAndWest(dir);
  for (const council of ['east', 'west']) {
    const r = await run(['share', `${council}.yaml`, '--label', council, '-o', `${council}.json`, '--today', '2026-12-01']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
  }
  edit('east.json', 'east-edited.json', (x) => void (x.sections = x.sections.filter((s) => s.id !== 'org')));
  edit('west.json', 'west-edited.json', (x) => void (x.answers = x.answers.filter((a) => a.question !== 'q-sys')));
});

describe('an extract with an entry share writes left out', () => {
  it('as share wrote them, both are valid and benchmarked', async () => {
    expect((await run(['validate', 'east.json', 'west.json'])).code).toBe(ExitCode.Ok);
    const b = await run(['benchmark', 'east.json', 'west.json', ...BENCH]);
    expect(b.code, b.stderr).toBe(ExitCode.Ok);
    expect(b.stdout).toMatch(/ {2}Organisation {5}2 {2}50 \(25–75\)/);
  });

  it('a section left out is refused by validate and benchmark, at "sections", naming it', async () => {
    const message = /^"sections" has no score for section "org" of sys-na 1\.0\.0, which share writes for every section/;
    const v = await run(['validate', 'east-edited.json']);
    expect(v.code).toBe(ExitCode.CannotAssess);
    expect(v.stdout).toBe('');
    expectOneLineAt(v.stderr, 'east-edited.json', 'sections', message);
    const b = await run(['benchmark', 'east-edited.json', 'west.json', ...BENCH]);
    expect(b.code).toBe(ExitCode.CannotAssess);
    expect(b.stdout).toBe('');
    expectOneLineAt(b.stderr, 'east-edited.json', 'sections', message);
  });

  it('a not-applicable answer left out is refused too: it would leave the question\'s figures', async () => {
    const message = /^"answers" has no answer to "q-sys" for "system-1", which share writes for every question of sys-na 1\.0\.0/;
    const v = await run(['validate', 'west-edited.json']);
    expect(v.code).toBe(ExitCode.CannotAssess);
    expectOneLineAt(v.stderr, 'west-edited.json', 'answers', message);
    const b = await run(['benchmark', 'east.json', 'west-edited.json', ...BENCH]);
    expect(b.code).toBe(ExitCode.CannotAssess);
    expect(b.stdout).toBe('');
    expectOneLineAt(b.stderr, 'west-edited.json', 'answers', message);
  });
});
