/** A step of the walk as "Back" sees it: a question, in the organisation (-1) or in a system. */
interface StepOfWalk {
  question: { id: string };
  scope: number;
}

/**
 * Where "Back" goes from step `from`: the nearest step before it whose question applies, asked in
 * this session or answered in an earlier one. A walk carried on after a stop starts with nothing
 * asked, and counting only what was asked left its first question with no way back to the answers
 * saved just before the stop, which the assessor has often just read. Undefined at the first step.
 */
export function stepBefore(steps: readonly StepOfWalk[], from: number, appliesIn: (scope: number) => ReadonlyMap<string, boolean>): number | undefined {
  const known = new Map<number, ReadonlyMap<string, boolean>>();
  for (let j = from - 1; j >= 0; j--) {
    const { question, scope } = steps[j] as StepOfWalk;
    let applies = known.get(scope);
    if (applies === undefined) known.set(scope, (applies = appliesIn(scope)));
    if (applies.get(question.id) === true) return j;
  }
  return undefined;
}
