import { readFileSync } from 'node:fs';
import type { SharedAnswer } from '../../src/share/types.js';
import { fixture } from './load.js';

/** The questions of the rich-share fixture hand-built extracts leave unscored, by scope. */
const UNSCORED = { organisation: ['controls', 'tested', 'patch-days', 'describe', 'iot', 'board'], system: ['restore', 'system-notes'] } as const;

/**
 * The rich-share fixture with only "owner" and "patched" scored (every other question asked at
 * weight 0, or text), for extracts built by hand so that every figure can be worked out on paper:
 * the organisation's section is "owner" alone, a system's section its "patched".
 */
export const pairScoredRich = (): string =>
  [...UNSCORED.organisation, ...UNSCORED.system]
    .filter((id) => id !== 'describe' && id !== 'system-notes')
    .reduce((text, id) => text.replace(`      - id: ${id}\n`, `      - id: ${id}\n        weight: 0\n`), readFileSync(fixture('share/rich.yaml'), 'utf8'));

/**
 * `answers` with an "unanswered" entry for every other question of pairScoredRich in every scope,
 * as share writes them (benchmark refuses an extract without one): none is scored, so no figure moves.
 */
export function withTheRestUnanswered(answers: readonly SharedAnswer[], systems: number): SharedAnswer[] {
  const given = new Set(answers.map((a) => `${a.question} ${a.system ?? ''}`));
  const scopes = [...UNSCORED.organisation.map((q) => [q, null] as const), ...Array.from({ length: systems }, (_, i) => UNSCORED.system.map((q) => [q, `system-${i + 1}`] as const)).flat()];
  return [...answers, ...scopes.filter(([q, s]) => !given.has(`${q} ${s ?? ''}`)).map(([question, system]): SharedAnswer => ({ question, system, status: 'unanswered', value: null, score: null }))];
}
