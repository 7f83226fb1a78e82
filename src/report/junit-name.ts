import { shorten } from '../text/shorten.js';

/**
 * Azure Pipelines takes a JUnit test case's `name` as the test's title and automated name, and
 * these are limited to 256 characters (microsoft/azure-pipelines-tasks#5303); a longer one fails
 * the publishing. Counted as .NET counts a string's length: UTF-16 code units.
 */
export const MAX_TESTCASE_NAME = 255;

const units = (text: string): number => text.length;

/**
 * A question's test case name: `ID: TEXT`, or `ID (SYSTEM): TEXT` for a system's case, at most
 * MAX_TESTCASE_NAME long. Only the question's text is shortened, at a word boundary with "…", never
 * the question's id or the system, which tell one test from another; `full` is the name in full, for
 * the case's body to give, or null when nothing was cut. A system whose title alone leaves no room
 * is named by its id (ids are at most 100 characters, as the answers schema says).
 */
export function testcaseName(question: { id: string; text: string }, system: { id: string; title: string } | null): { name: string; full: string | null } {
  const head = (who: string | null): string => (who === null ? `${question.id}: ` : `${question.id} (${who}): `);
  const full = `${head(system?.title ?? null)}${question.text}`;
  if (units(full) <= MAX_TESTCASE_NAME) return { name: full, full: null };
  let prefix = head(system?.title ?? null);
  // Room for the id, the system and at least "x…" of the text.
  if (system !== null && units(prefix) + 2 > MAX_TESTCASE_NAME) prefix = head(system.id);
  return { name: `${prefix}${shorten(question.text, MAX_TESTCASE_NAME - units(prefix), units)}`, full };
}
