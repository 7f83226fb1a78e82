/**
 * Numbers as a reader says them: a run of three or more in a row as a range, "1–26", the rest one
 * by one, "1–4, 7 and 9–12". A question open on 26 critical systems was titled "Actions 1, 2, 3, …,
 * 25 and 26", which filled a line of Word's navigation pane for each. Two in a row stay apart ("4
 * and 5"), as a range of two reads oddly. The numbers are said in the order given.
 */
export function numberRuns(numbers: readonly number[]): string[] {
  return runsOf(numbers).flatMap(runWords);
}

/** The numbers in runs of consecutive ones, in the order given. */
export function runsOf(numbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const n of numbers) {
    const run = runs.at(-1);
    if (run && n === (run.at(-1) as number) + 1) run.push(n);
    else runs.push([n]);
  }
  return runs;
}

/** One run as it is said: "1–26" for three or more, else each number. */
export const runWords = (run: readonly number[]): string[] => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String));
