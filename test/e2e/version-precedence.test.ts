// Questionnaire versions in SemVer order, the same in every locale: a pre-release comes before its
// release, and its identifiers go in ASCII order. The order was the locale's on a tie of the three
// numbers, so "1.0.0-I" was newer than "1.0.0-i" in English and older in Turkish (a benchmark
// refused in one passed in the other), and "1.0.0-rc.1" was newer than "1.0.0".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-versions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const questionnaire = (version: string): string =>
  [
    'id: tiny',
    `version: ${version}`,
    'title: Tiny',
    'sections:',
    '  - id: s1',
    '    title: Section one',
    '    questions:',
    '      - { id: days, text: How many days?, type: number, min: 0, bands: [{ max: 14, score: 1 }, { score: 0 }], severity: high }',
    '',
  ].join('\n');

/** A folder holding the tiny questionnaire at `version`. */
function folder(version: string): string {
  const name = `q-${version}`;
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'tiny.yaml'), questionnaire(version));
  return name;
}

/** A share extract of the tiny questionnaire's `version`, labelled `label`. */
function extract(version: string, label = `C ${version}`): string {
  const name = `e-${version}.json`;
  const data = {
    kind: 'cyber-ready-share',
    schemaVersion: 1,
    tool: { name: 'cyber-ready', version: '0.1.0' },
    questionnaire: { id: 'tiny', version },
    label,
    assessedOn: '2026-12',
    overall: { score: 0, rating: 'Not ready', automaticFails: 0 },
    sections: [{ id: 's1', score: 0 }],
    systems: [],
    answers: [{ question: 'days', system: null, status: 'answered', value: 21, score: 0 }],
  };
  writeFileSync(join(dir, name), JSON.stringify(data, null, 2));
  return name;
}

const benchmark = (files: string[], q: string, env: Record<string, string> = {}) =>
  runBinary({ args: ['benchmark', ...files, '--questionnaire-dir', q, '--min-group', '1', '--today', '2026-12-06'], cwd: dir, env });

const older = (v: string, found: string): string => `answers tiny ${v}, older than the version ${found} found`;
const newer = (v: string, found: string): string => `answers tiny ${v}, newer than the version ${found} found`;

describe('benchmark orders questionnaire versions as SemVer does', () => {
  it('the same in every locale: "1.0.0-I" is older than "1.0.0-i" (ASCII order)', async () => {
    const q = folder('1.0.0-i');
    const file = extract('1.0.0-I');
    for (const locale of ['en_GB.UTF-8', 'tr_TR.UTF-8', 'C']) {
      const r = await benchmark([file], q, { LC_ALL: locale, LANG: locale });
      expect({ locale, code: r.code, stderr: r.stderr }).toMatchObject({ locale, code: ExitCode.Ok, stderr: expect.stringContaining(`warning: ${older('1.0.0-I', '1.0.0-i')}`) });
    }
  });

  it('a pre-release is older than its release: counted with a warning, and the release is refused by the pre-release', async () => {
    const rc = await benchmark([extract('1.0.0-rc.1')], folder('1.0.0'));
    expect(rc).toMatchObject({ code: ExitCode.Ok, stderr: expect.stringContaining(`warning: ${older('1.0.0-rc.1', '1.0.0')}`) });
    const release = await benchmark([extract('1.0.0')], folder('1.0.0-rc.1'));
    expect(release).toMatchObject({ code: ExitCode.CannotAssess, stderr: expect.stringContaining(newer('1.0.0', '1.0.0-rc.1')) });
  });

  it('notes councils on pre-releases of one minor version, in SemVer order', async () => {
    const files = ['1.0.0', '1.0.0-rc.10', '1.0.0-rc.2', '1.0.0-rc.1'].map((v) => extract(v));
    const r = await benchmark(files, folder('1.0.0'));
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toContain('the 4 councils answer different versions of the questionnaire (1 on 1.0.0-rc.1, 1 on 1.0.0-rc.2, 1 on 1.0.0-rc.10 and 1 on 1.0.0)');
  });
});

describe('answers to a pre-release are answers to another version', () => {
  it('validate warns of answers to 1.0.0-rc.1 under 1.0.0, as of another minor version', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: tiny\nquestionnaireVersion: 1.0.0-rc.1\nanswers:\n  days: 3\n');
    const r = await runBinary({ args: ['validate', 'a.yaml', '--questionnaire-dir', folder('1.0.0')], cwd: dir });
    expect(r).toMatchObject({ code: ExitCode.Ok, stderr: 'a.yaml:2:23: warning: these answers are for version 1.0.0-rc.1, but the questionnaire is version 1.0.0; check for new or changed questions\n' });
  });
});
