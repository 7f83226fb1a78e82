import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/** A forum questionnaire of one organisation question and one per-system question that may not apply. */
export const SYS_NA_QUESTIONNAIRE = readFileSync(join(repoRoot, 'test/fixtures/benchmark-sys-na/sys-na.yaml'), 'utf8');

/** A council's answers to it, with one system: its organisation answer and its system's, as YAML flow values. */
export const sysNaAnswers = (org: string, sys: string): string => `questionnaire: sys-na
questionnaireVersion: 1.0.0
assessedOn: 2026-11-01
answers: { q-org: ${org} }
systems:
  - { id: a, title: A, answers: { q-sys: ${sys} } }
`;

/** The questionnaire in `dir/qd`, and two councils: east (yes, yes) and west (no, its system not applicable). */
export function writeEastAndWest(dir: string): void {
  mkdirSync(join(dir, 'qd'), { recursive: true });
  writeFileSync(join(dir, 'qd', 'sys-na.yaml'), SYS_NA_QUESTIONNAIRE);
  writeFileSync(join(dir, 'east.yaml'), sysNaAnswers('yes', 'yes'));
  writeFileSync(join(dir, 'west.yaml'), sysNaAnswers('no', '{ status: not-applicable, reason: No such service }'));
}
