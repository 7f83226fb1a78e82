// A tab typed to indent the lines of a `|` or `>` text (a note, on Windows, in an editor that keeps
// tabs) is the same mistake as a tab before a key, and gets the same words, at the tab: the parser
// reports it as some other indentation fault (blank lines before the text, a line less indented
// than the first), which a tab shown as spaces makes a puzzle.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { expectOneLine } from '../helpers/one-line-error.js';

const EXAMPLE = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
const FIRST = '      The corporate leadership team agreed';
const SECOND = "      Office's announced ban";
const AFTER = '    evidence: ["Corporate leadership';

/** The example's line that starts with `text`, counted from 1. */
const lineOf = (text: string): number => EXAMPLE.slice(0, EXAMPLE.indexOf(`\n${text}`) + 1).split('\n').length;

const cases: { what: string; edits: [string, string][]; line: string; column: number }[] = [
  { what: 'both lines of the note indented by a tab', edits: [[FIRST, '\tThe corporate leadership team agreed'], [SECOND, "\tOffice's announced ban"]], line: FIRST, column: 1 },
  { what: 'the first line indented by spaces then a tab', edits: [[FIRST, '  \tThe corporate leadership team agreed']], line: FIRST, column: 3 },
  { what: 'the second line indented by two tabs', edits: [[SECOND, "\t\tOffice's announced ban"]], line: SECOND, column: 1 },
  { what: 'the key after the note indented by spaces and a tab', edits: [[AFTER, '  \t  evidence: ["Corporate leadership']], line: AFTER, column: 3 },
];

describe('a tab in the indentation of a folded note', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-tab-note-'));
  it.each(cases)('$what: "tabs cannot indent YAML", at the tab', async ({ edits, line, column }) => {
    let text = EXAMPLE;
    for (const [from, to] of edits) {
      expect(text).toContain(`\n${from}`);
      text = text.replace(`\n${from}`, `\n${to}`);
    }
    writeFileSync(join(dir, 'v.yaml'), text);
    const r = await runBinary({ args: ['validate', 'v.yaml'], cwd: dir });
    expectOneLine(r, new RegExp(`^v\\.yaml:${lineOf(line)}:${column}: tabs cannot indent YAML; use spaces$`));
  });
});
