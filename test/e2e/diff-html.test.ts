// `diff --format html` through the real binary, read by an HTML parser, so these checks run where no
// browser can be had (test/e2e/diff-html-browser.test.ts opens the same papers in chromium). A
// council's "what changed since last time" was in no printable paper: the clerk had a .md file. The
// HTML paper is one file that asks for nothing, says what the markdown says in its order with its
// figures, and keeps the council's own words text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { exampleYearOn, YEAR_ON_TODAY } from '../helpers/example-year-on.js';
import { htmlBlocks, markdownBlocks } from '../helpers/paper-rows.js';

const diff = (dir: string, ...args: string[]) => runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', YEAR_ON_TODAY, ...args], cwd: dir });

// Elements HTML lets stand without a closing tag.
const VOID = new Set(['meta', 'br', 'col', 'hr', 'img', 'input', 'link', 'wbr']);

/** Where the document's tags do not nest (an element closed out of order, or never), or [] when they all do. */
function unbalancedTags(html: string): string[] {
  const open: string[] = [];
  const wrong: string[] = [];
  for (const [tag, close, name] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    const lower = (name ?? '').toLowerCase();
    if (VOID.has(lower)) continue;
    if (!close) open.push(lower);
    else if (open.pop() !== lower) wrong.push(tag);
  }
  return [...wrong, ...open.map((t) => `<${t}> never closed`)];
}

/** What a file that stands alone must not hold: a script, anything loaded from elsewhere, an event handler, a link out of the page. */
function outsideRequests(html: string): string[] {
  const tags = [...html.matchAll(/<(?:script|link|img|iframe|object|embed|base)\b[^>]*>|<[^>]*\son[a-z]+=[^>]*>|url\([^)]*\)/gi)].map((m) => m[0]);
  return [...tags, ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith('#'))];
}

describe('diff --format html', () => {
  it('is one well-formed file that asks for nothing else, the same on standard output, with -o and with --report html=FILE', async () => {
    const dir = exampleYearOn('council-cyber-resilience');
    const stdout = await diff(dir, '-f', 'html');
    expect(stdout.code, stdout.stderr).toBe(ExitCode.Ok);
    const html = stdout.stdout;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(unbalancedTags(html)).toEqual([]);
    expect(outsideRequests(html)).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain('<title>Northmoor Borough Council (fictional): what changed</title>');
    const o = await diff(dir, '-f', 'html', '-o', 'changes.html');
    expect([o.code, o.stdout], o.stderr).toEqual([ExitCode.Ok, '']);
    const r = await diff(dir, '--report', 'html=report.html', '-f', 'json');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ overall: { old: expect.any(Number) } });
    expect(readFileSync(join(dir, 'changes.html'), 'utf8')).toBe(html);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(html);
  });

  it('names the tool and version that worked out its figures at its end, as the assess paper does, in HTML and markdown', async () => {
    const dir = exampleYearOn('council-cyber-resilience');
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const html = await diff(dir, '-f', 'html');
    expect(html.stdout).toContain(`<footer><p>Produced by cyber-ready ${version}.</p></footer>`);
    const md = await diff(dir, '-f', 'markdown');
    expect(md.stdout.endsWith(`\n\nProduced by cyber-ready ${version}.\n`)).toBe(true);
  });

  it('warns, as for the other formats, that -o changes.html without --format gets the text', async () => {
    const dir = exampleYearOn('council-cyber-resilience');
    const r = await diff(dir, '-o', 'changes.html');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toBe('cyber-ready: warning: -o changes.html gets the text report, as no --format was given; for html, add --format html\n');
    expect(readFileSync(join(dir, 'changes.html'), 'utf8')).toMatch(/^Northmoor Borough Council \(fictional\): what changed\n/);
  });

  // The same blocks in the same order: each heading, paragraph, list item and table row, word for word.
  it.each(['council-cyber-resilience', 'caf-local-government'] as const)('%s a year on: the same words, order and figures as the markdown', async (example) => {
    const dir = exampleYearOn(example);
    const [markdown, html] = await Promise.all([diff(dir, '-f', 'markdown'), diff(dir, '-f', 'html')]);
    for (const r of [markdown, html]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const blocks = await htmlBlocks(html.stdout);
    expect(blocks).toEqual(markdownBlocks(markdown.stdout));
    // What the reviewer asked for is in both: each answer's figure framed, a stale date said once.
    expect(blocks).toContain('The figure in brackets after an answer is its score out of 1.');
    expect(blocks).toContain('These fell due between the two assessments: not yet due on 2025-11-05, when the earlier file was assessed, and past due on 2026-12-05.');
    expect(blocks.filter((b) => /^Question( \| .+)? \| Review by$/.test(b))).toHaveLength(1);
    if (example === 'council-cyber-resilience') {
      expect(blocks).toContain('Overall: 50 → 51 (+1), still rated Partly ready.');
      expect(blocks).toContain('Has the council appointed a senior information risk owner (SIRO) who is active in the role? (gov-siro) | medium | No (0) | Yes (1)');
      expect(blocks).toContain('Is cyber attack recorded on the corporate risk register, with an owner, controls and actions? (risk-corporate-register) | 2026-10-31');
    } else {
      expect(blocks).toContain('Revenues and benefits | 61 (Outcomes partly achieved) | 68 (Outcomes partly achieved) | +7 | 19 → 19');
    }
  });

  it("keeps a hostile council's and system's names text, and isolates a right-to-left name as the markdown does", async () => {
    const hostile = '<script>alert("owned")</script> & Council';
    const dir = exampleYearOn('caf-local-government', {
      both: (t) =>
        t.replace('organisation: Wrenford Borough Council (fictional)', `organisation: ${JSON.stringify(hostile)}`).replace('    title: Revenues and benefits\n', '    title: מערכת הכנסות <img src=x onerror=alert(1)>\n'),
    });
    const [markdown, html] = await Promise.all([diff(dir, '-f', 'markdown'), diff(dir, '-f', 'html')]);
    for (const r of [markdown, html]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(html.stdout).not.toMatch(/<script|<img/i);
    expect(outsideRequests(html.stdout)).toEqual([]);
    expect(unbalancedTags(html.stdout)).toEqual([]);
    expect(html.stdout).toContain('<title>&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; Council: what changed</title>');
    expect(html.stdout).toContain('<h1>&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; Council: what changed</h1>');
    // The Hebrew name laid out on its own, in the systems table and beside its answers, as the markdown's marks do.
    const name = '<bdi>מערכת הכנסות &lt;img src=x onerror=alert(1)&gt;</bdi>';
    expect(html.stdout).toContain(`<th scope="row" class="free">${name}</th>`);
    expect(html.stdout).toContain(`<td class="free" data-label="Critical system">${name}</td>`);
    expect(markdown.stdout).toContain('\u2068מערכת הכנסות');
    expect(await htmlBlocks(html.stdout)).toEqual(markdownBlocks(markdown.stdout));
  });
});
