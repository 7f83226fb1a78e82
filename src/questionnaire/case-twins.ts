/**
 * Ids may now carry capitals (`Q1`, `A1.a`), so two may differ only in case. They are different ids
 * to the tool, but not to a reader of a report, a spreadsheet sorted without case or a file system
 * that ignores it: `Q1` beside `q1` is refused as a duplicate-looking id, at the later one.
 */
export class CaseTwins {
  private readonly firsts = new Map<string, { id: string; line: number }>();

  /** The message for `id` when an earlier id differs from it only in case; else it is recorded. `what`: "question id", "scale name". */
  check(what: string, id: string, line: number): string | undefined {
    const folded = id.toLowerCase();
    const first = this.firsts.get(folded);
    if (first === undefined) {
      this.firsts.set(folded, { id, line });
      return undefined;
    }
    if (first.id === id) return undefined;
    const noun = what.endsWith('name') ? 'a name' : 'an id';
    return `${what} "${id}" differs from "${first.id}" (line ${first.line}) only in case; give it ${noun} that differs in more than case`;
  }
}
