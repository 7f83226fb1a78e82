import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx, squash } from '../helpers/docx-reader.js';

// The front of a board paper (the summary, what is asked of the reader, the five biggest risks)
// with many critical systems. With 100 the Word paper's first page named all 33 systems level with
// the weakest, the asks named them again with their owners and 66 waivers' action numbers, and each
// risk named up to 66 systems. A list longer than eight names its first five and counts the rest,
// saying where the whole list is; the appendix lists the weakest whole, with their owners.
// Thirty generated systems: ten level with the weakest, 20 accepted risks, risks open on 10 and 20.

const HTML_TAGS = /<[^>]+>/g;
const unescape = (s: string): string => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A paper as text, cut where its front ends (the table of the systems' own scores). */
interface Read {
  front: string;
  whole: string;
}

let dir: string;
let file: string;

beforeAll(async () => {
  const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
  dir = mkdtempSync(join(tmpdir(), 'cyber-ready-paper-lists-'));
  ({ file } = generateCriticalSystems(30, dir));
});

async function paper(format: 'markdown' | 'html' | 'docx'): Promise<Read> {
  const out = join(dir, `paper.${format}`);
  const r = await runBinary({ args: ['assess', '-a', file, '--today', '2026-12-01', '-f', format, '-o', out], cwd: dir }, 60_000);
  expect(r.code, r.stderr).toBe(0);
  if (format === 'docx') {
    const whole = squash((await readDocx({ path: out })).text);
    return { whole, front: whole.slice(0, whole.indexOf('Critical systems: own scores')) };
  }
  const text = readFileSync(out, 'utf8');
  if (format === 'markdown') {
    const whole = squash(text.replace(/\*\*/g, ''));
    return { whole, front: whole.slice(0, whole.indexOf('### Critical systems: own scores')) };
  }
  const cut = text.indexOf('<table class="systems">');
  const plain = (s: string): string => squash(unescape(s.replace(HTML_TAGS, ' '))).replace(/ ([,.;:)])/g, '$1');
  return { whole: plain(text), front: plain(text.slice(0, cut)) };
}

describe.each(['markdown', 'html', 'docx'] as const)('the %s paper with 30 critical systems', (format) => {
  let read: Read;
  beforeAll(async () => {
    read = await paper(format);
  }, 120_000);

  it('names five of the ten weakest systems on its front, and says the appendix lists them all', () => {
    expect(read.front.length).toBeGreaterThan(1000);
    expect(read.front).toContain('Weakest critical systems, level with each other: Critical system 2, Critical system 5, Critical system 8, Critical system 11, Critical system 14 and five more (the appendix lists them all), each 43 out of 100');
    expect(read.front).toContain('Critical system 14 (Owner of system 14) and five more (the appendix lists them all, with their owners), to bring them up to the others');
    // The sixth and the last of the weakest are named nowhere on the front.
    expect(read.front).not.toContain('Critical system 17');
    expect(read.front).not.toContain('Critical system 29');
  });

  it('counts the accepted risks past the fifth action, pointing to the waivers in force', () => {
    expect(read.front).toContain('Confirm that the 20 risks accepted under a waiver are still acceptable; the appendix lists every waiver in force.');
    // Named one a line, the first five and a count: 20 questions' words would fill the front.
    expect(read.front).toMatch(/Action 2: [^]*Action 4: [^]*Action 6: [^]*Action 8: [^]*Action 10: [^]*and 15 more, listed in the appendix/);
    expect(read.front).not.toContain('Action 12: ');
  });

  it('names five systems of a risk open on more than eight, and says the action plan lists them all', () => {
    expect(read.front).toContain('Critical system 14 and 15 more');
    expect(read.front).toContain('The action plan lists each of these 10 critical systems with its action, answer and owner.');
    expect(read.front).toContain('The action plan lists each of these 20 critical systems with its action, answer and owner.');
  });

  it('lists every one of the weakest systems with its owner in the appendix', () => {
    const at = read.whole.indexOf('The 10 critical systems level with each other as the weakest, each 43 out of 100 (Significant gaps), 26 gaps, with their owners.');
    expect(at).toBeGreaterThan(read.whole.indexOf('Appendix'));
    expect(read.whole.slice(at - 30, at)).toMatch(/Weakest critical systems $/);
    // Up to the next part of the appendix: a table of each system with its owner.
    const appendix = read.whole.slice(at, read.whole.indexOf('Indicators answered', at));
    for (const k of [2, 5, 8, 11, 14, 17, 20, 23, 26, 29]) expect(appendix).toMatch(new RegExp(`Critical system ${k} \\|? ?Owner of system ${k}\\b`));
    expect(appendix).not.toMatch(/Critical system 3 \|? ?Owner of system 3\b/);
  });
});

// Eight is the most a list on the front names whole: 24 generated systems have eight level with the
// weakest (2, 5, … 23), 26 have nine.
describe('the markdown paper at the edge of eight', () => {
  async function front(systems: number, edit: (text: string) => string = (t) => t, folder = `edge-${systems}`): Promise<string> {
    const { generateCriticalSystems } = (await import(pathToFileURL(join(repoRoot, 'scripts/generate-critical-systems.mjs')).href)) as { generateCriticalSystems: (n: number, dir: string) => { file: string } };
    const here = join(dir, folder);
    mkdirSync(here);
    const { file: made } = generateCriticalSystems(systems, here);
    writeFileSync(made, edit(readFileSync(made, 'utf8')));
    const r = await runBinary({ args: ['assess', '-a', made, '--today', '2026-12-01', '-f', 'markdown'], cwd: here }, 60_000);
    expect(r.code, r.stderr).toBe(0);
    const whole = squash(r.stdout.replace(/\*\*/g, ''));
    return whole.slice(0, whole.indexOf('### Critical systems: own scores'));
  }

  it('names a list of exactly eight whole, with no word of the appendix', async () => {
    const eight = [2, 5, 8, 11, 14, 17, 20, 23].map((k) => `Critical system ${k}`);
    expect(await front(24)).toContain(`Weakest critical systems, level with each other: ${eight.slice(0, -1).join(', ')} and ${eight.at(-1)}, each 43 out of 100`);
  });

  it('cuts a list of nine to five and counts the rest', async () => {
    expect(await front(26)).toContain('Weakest critical systems, level with each other: Critical system 2, Critical system 5, Critical system 8, Critical system 11, Critical system 14 and four more (the appendix lists them all), each 43 out of 100');
  });

  // "Waste and fleet 2, Waste and fleet 5 and five more" reads as more systems than there are.
  it('separates titles with "and" in them by semicolons when it cuts a list of the systems a risk is open on', async () => {
    const read = await front(30, (t) => t.replace(/title: Critical system /g, 'title: Waste and fleet '));
    expect(read).toContain('(Waste and fleet 2; Waste and fleet 5; Waste and fleet 8; Waste and fleet 11; Waste and fleet 14 and five more)');
  });

  // Each list of titles follows the risks' rule: the weakest, the owners asked, and the terminal's three.
  it('separates titles with "and" in them by semicolons in the lists of the weakest systems, on paper and in the terminal', async () => {
    const waste = (t: string): string => t.replace(/title: Critical system /g, 'title: Waste and fleet ');
    const read = await front(30, waste, 'waste-30');
    expect(read).toContain('Weakest critical systems, level with each other: Waste and fleet 2; Waste and fleet 5; Waste and fleet 8; Waste and fleet 11; Waste and fleet 14 and five more (the appendix lists them all), each 43 out of 100');
    expect(read).toContain('Ask the owners of the weakest critical systems, Waste and fleet 2 (Owner of system 2); Waste and fleet 5 (Owner of system 5); Waste and fleet 8 (Owner of system 8); Waste and fleet 11 (Owner of system 11); Waste and fleet 14 (Owner of system 14) and five more');
    // The owners of a risk are apart by semicolons: each one's titles, with semicolons of their own, go in brackets.
    expect(read).toContain('Owner: ICT Infrastructure Manager (for Waste and fleet 2; Waste and fleet 5; Waste and fleet 8; Waste and fleet 11; Waste and fleet 14 and five more); Waste and Fleet Services Manager (for Waste and fleet 3;');
    const eight = await front(24, waste, 'waste-24');
    expect(eight).toContain('Weakest critical systems, level with each other: Waste and fleet 2; Waste and fleet 5; Waste and fleet 8; Waste and fleet 11; Waste and fleet 14; Waste and fleet 17; Waste and fleet 20; Waste and fleet 23, each 43 out of 100');
    const here = join(dir, 'waste-30');
    const text = await runBinary({ args: ['assess', '-a', join(here, 'caf-30.answers.yaml'), '--today', '2026-12-01'], cwd: here, env: { COLUMNS: '200' } }, 60_000);
    expect(squash(text.stdout)).toContain('Weakest critical systems, level with each other: Waste and fleet 2; Waste and fleet 5; Waste and fleet 8 and 7 more, each 43/100');
  });
});
