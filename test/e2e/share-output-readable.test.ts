import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// share wrote extracts that its own schema refused, so validate and benchmark refused them too: a
// rating label longer than 100 characters (the questionnaire schema sets no limit) and, with
// --named, an organisation longer than 200 (the answers schema sets none). The share schema now
// takes what the questionnaire and answers schemas take. And validate -q was passed by for an
// extract, which was checked against the questionnaire it names, as if -q had not been given.

const LONG_RATING = `Ready, ${'with every control in place and tested, '.repeat(4)}as the board asked`;
const LONG_ORGANISATION = `The Royal Borough of Wrenford, ${'acting jointly with its neighbours under a shared services agreement, '.repeat(3)}for ICT`;

const QUESTIONNAIRE = `id: wrenford-forum
version: 1.0.0
title: Wrenford forum questions
ratings:
  - { min: 50, label: "${LONG_RATING}" }
  - { min: 0, label: Not ready }
sections:
  - id: gov
    title: Governance
    questions:
      - id: owner
        text: Is there a named owner for cyber resilience?
        type: yes-no
`;

const ANSWERS = `questionnaire: wrenford-forum
organisation: ${LONG_ORGANISATION}
assessedOn: 2026-11-20
answers:
  owner: yes
`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-share-readable-'));
  writeFileSync(join(dir, 'wrenford-forum.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'wrenford.yaml'), ANSWERS);
  // The same questions with the default ratings, for the -q checks alone.
  mkdirSync(join(dir, 'plain'));
  writeFileSync(join(dir, 'plain', 'wrenford-forum.yaml'), QUESTIONNAIRE.replace(/^ratings:\n(?: {2}.*\n)+/m, ''));
});

describe('what share writes, validate and benchmark read', () => {
  it('takes a long rating label and, with --named, a long organisation', async () => {
    expect(LONG_RATING.length).toBeGreaterThan(100);
    expect(LONG_ORGANISATION.length).toBeGreaterThan(200);
    const shared = await runBinary({ args: ['share', '-q', 'wrenford-forum.yaml', 'wrenford.yaml', '--named', '--label', 'wrenford', '--today', '2026-12-01', '-o', 'wrenford.json'], cwd: dir });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
    const extract = JSON.parse(readFileSync(join(dir, 'wrenford.json'), 'utf8')) as { organisation: string; overall: { rating: string } };
    expect(extract.overall.rating).toBe(LONG_RATING);
    expect(extract.organisation).toBe(LONG_ORGANISATION);

    const validated = await runBinary({ args: ['validate', 'wrenford-forum.yaml', 'wrenford.json'], cwd: dir });
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(ExitCode.Ok);
    expect(validated.stdout).toContain('wrenford.json: valid share extract of wrenford-forum 1.0.0');

    const benchmarked = await runBinary({ args: ['benchmark', '--questionnaire-dir', '.', '--min-group', '1', '--format', 'json', 'wrenford.json'], cwd: dir });
    expect(benchmarked.code, benchmarked.stderr).toBe(ExitCode.Ok);
    expect(benchmarked.stderr).not.toContain('wrenford.json:');
    expect((JSON.parse(benchmarked.stdout) as { overall: { n: number } }).overall.n).toBe(1);
  });
});

describe('validate -q with a share extract', () => {
  beforeAll(async () => {
    const shared = await runBinary({ args: ['share', '-q', 'plain/wrenford-forum.yaml', 'wrenford.yaml', '--label', 'plain', '--today', '2026-12-01', '-o', 'plain.json'], cwd: dir });
    expect(shared.code, shared.stderr).toBe(ExitCode.Ok);
  });

  it('checks the extract against the questionnaire -q sets', async () => {
    const r = await runBinary({ args: ['validate', '-q', 'plain/wrenford-forum.yaml', 'plain.json'], cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toBe('plain.json: valid share extract of wrenford-forum 1.0.0 (label plain, assessed 2026-11, 1 answer)\n');
  });

  it('refuses an extract of another questionnaire than -q sets, at its questionnaire id', async () => {
    const r = await runBinary({ args: ['validate', '-q', 'cyber-essentials-readiness', 'plain.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^plain\.json:\d+:\d+: this extract is of questionnaire "wrenford-forum", but "cyber-essentials-readiness" was given; pass -q with the questionnaire it answers\n$/);
  });

  it('says once that a -q file is not there', async () => {
    const r = await runBinary({ args: ['validate', '-q', 'missing.yaml', 'plain.json'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('missing.yaml');
    expect(r.stderr).not.toContain('unknown questionnaire');
  });
});
