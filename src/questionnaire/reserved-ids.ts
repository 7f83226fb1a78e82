/**
 * The id of the one rule (SARIF) or check (GitLab) for stale answers. Gaps use their question's id
 * there, and a question id may have dots (`ce-1.2`), so this one id is refused as a question's
 * (validate-questionnaire.ts): a question of that name would share its rule with every stale answer.
 */
export const STALE_RULE = 'cyber-ready.stale-answer';

/** Why `id` may not be a question's id, or undefined when it may. Compared without case, as a code scanning tool might. */
export function reservedQuestionId(id: string): string | undefined {
  return id.toLowerCase() === STALE_RULE ? `question id "${id}" is kept for the rule that reports stale answers in SARIF and GitLab reports; give the question another id` : undefined;
}
