// What answers say, as CI consumers read it back: a reason or a system's title written over several
// lines, with a tab, quotes and markup, through two JUnit parsers (junitparser, a conforming XML
// parser, and junit2json, on xml2js) and through a GFM parser for the markdown report. A raw newline
// or tab in an XML attribute is read as a space by one parser and as written by the other.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { nodesOfType, parseMarkdown } from '../helpers/consumers.js';
import { hasJunitparser, hasXmllint, junit2jsonCases, junitparserCases, junitSchemaErrors, type JunitCase } from '../helpers/machine-consumers.js';

const TODAY = '2026-12-02';
const REASON = 'LEP closed: 100% "gone" <a> & b ]]>\nsecond line\r\nthird\ttab';
const TITLE = 'Social care, "Mosaic":\n100%\tlive';

/** A repository with the council and CAF examples, a reason and a system title rewritten as `REASON` and `TITLE`. */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'cyber-ready-ci-text-'));
  execFileSync('git', ['init', '-q', repo]);
  const council = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  const reason = /( {2}share-local-business:\n {4}status: not-applicable\n {4}reason: )>-\n(?: {6}.*\n)+/;
  expect(council).toMatch(reason);
  writeFileSync(join(repo, 'council.yaml'), council.replace(reason, `$1${JSON.stringify(REASON)}\n`));
  const caf = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
  expect(caf).toContain('    title: Social care case management\n');
  writeFileSync(join(repo, 'caf.yaml'), caf.replace('    title: Social care case management\n', `    title: ${JSON.stringify(TITLE)}\n`));
  mkdirSync(join(repo, 'systems'));
  writeFileSync(join(repo, 'systems/waste-fleet.yaml'), readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml')));
  return repo;
}

const key = (c: JunitCase): string => `${c.classname}|${c.name}`;

describe('text written over several lines reaches every JUnit parser as written', () => {
  it('a not-applicable reason and a system title keep their line breaks and tab in junitparser and junit2json alike', async () => {
    const repo = repository();
    for (const [answers, gates] of [['council.yaml', []], ['caf.yaml', ['--fail-on', 'critical']]] as const) {
      const file = join(repo, `${answers}.xml`);
      const r = await runBinary({ args: ['assess', '-a', answers, '--today', TODAY, ...gates, '-f', 'junit', '-o', file], cwd: repo });
      expect([ExitCode.Ok, ExitCode.GateFailed], r.stderr).toContain(r.code);
      if (hasXmllint()) expect(junitSchemaErrors(file)).toBe('');
      const fromNode = await junit2jsonCases(readFileSync(file, 'utf8'));
      expect(fromNode.problems).toEqual([]);
      if (answers === 'council.yaml') {
        const na = fromNode.cases.find((c) => c.name.startsWith('share-local-business:'));
        expect(na?.results).toEqual([{ kind: 'skipped', message: `not applicable: ${REASON}` }]);
      } else {
        const named = fromNode.cases.filter((c) => c.classname.endsWith('.social-care'));
        expect(named.length).toBeGreaterThan(0);
        for (const c of named) expect(c.name).toContain(`(${TITLE}): `);
      }
      if (!hasJunitparser()) continue;
      // The same cases, names, results and messages, character for character, in both parsers.
      const fromPython = junitparserCases(file);
      expect(new Map(fromPython.map((c) => [key(c), c.results]))).toEqual(new Map(fromNode.cases.map((c) => [key(c), c.results])));
    }
  }, 60_000);
});

describe('markdown', () => {
  it('a tab between two words of a reason is a space in the table, not nothing', async () => {
    const repo = repository();
    const r = await runBinary({ args: ['assess', '-a', 'council.yaml', '--today', TODAY, '-f', 'markdown'], cwd: repo });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const cells = nodesOfType(parseMarkdown(r.stdout), 'tableCell').map((cell) => cell.children.map((n) => ('value' in n ? n.value : '')).join(''));
    const cell = cells.find((c) => c.startsWith('LEP closed'));
    // The reader's line breaks are <br> (html nodes); the tab is a space between its two words.
    expect(cell).toBe('LEP closed: 100% "gone" <a> & b ]]><br>second line<br>third tab');
  });
});
