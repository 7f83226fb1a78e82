// The human-read reports for critical systems (SPEC "v2: critical systems" and "v2: reports"), through
// the real binary: each system's own score and the weakest in words, the matrix of outcomes (or
// sections) by system, and the system named in every gap, in text, markdown (read back by a GFM
// parser), Word (read back by mammoth) and `show`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Heading, RootContent, Table } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { nodesOfType, parseMarkdown, raggedTables } from '../helpers/consumers.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';

const SYS = ['-q', 'test/fixtures/systems/sys.yaml', '-a', 'test/fixtures/systems/sys.answers.yaml', '--today', '2026-11-23'];
const OUTCOMES = ['-q', 'test/fixtures/systems-outcomes/sysout.yaml', '-a', 'test/fixtures/systems-outcomes/sysout.answers.yaml', '--today', '2026-11-23'];
const assess = (args: string[], env: Record<string, string> = {}) => runBinary({ args: ['assess', ...args], env });
const json = async (args: string[]): Promise<Assessment> => JSON.parse((await assess([...args, '--format', 'json'])).stdout) as Assessment;
const textOf = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');
const width = (line: string): number => [...line].length;

/** Many systems, generated: twelve for the summary's line budget and the matrix's fall-back to a list. */
function manySystems(n: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-systems-'));
  const systems = Array.from({ length: n }, (_, i) => {
    const ok = (k: number): string => ((i + k) % 3 === 0 ? 'no' : 'yes');
    return `  - id: system-${i + 1}\n    title: Line of business system number ${i + 1}\n    answers: { patched: ${ok(0)}, mfa: ${ok(1)}, cloud-backup: yes, logged: ${ok(2)} }`;
  });
  writeFileSync(join(dir, 'many.answers.yaml'), `questionnaire: sys\nquestionnaireVersion: 1.0.0\norganisation: Many Systems Council\nanswers: { owner: yes, cloud: yes }\nsystems:\n${systems.join('\n')}\n`);
  return ['-q', join(repoRoot, 'test/fixtures/systems/sys.yaml'), '-a', join(dir, 'many.answers.yaml'), '--today', '2026-11-23'];
}

describe('critical systems in the text report', () => {
  let a: Assessment;
  beforeAll(async () => {
    a = await json(SYS);
  });

  it('the summary at 80 columns: every system with its own score, the weakest in words, each gap with its system, within 40 lines', async () => {
    const r = await assess([...SYS, '--profile', 'baseline', '--fail-on', 'high'], { COLUMNS: '80', NO_COLOR: '1' });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(80);
    for (const s of a.systems) expect(lines.some((l) => l.startsWith(`  ${s.title} `) && l.includes(` ${Math.floor(s.score ?? 0)}  ${s.rating?.label}`))).toBe(true);
    // Social care: 46/100 by hand (governance 100 × 2, protection 0/2 + 1/3... as the lead's engine test works out).
    const weakest = a.systems.find((s) => s.id === 'social-care');
    expect(r.stdout).toContain(`Weakest critical system: Social care case management, ${Math.floor(weakest?.score ?? 0)}/100, three gaps.`);
    expect(weakest?.summary.gaps).toBe(3);
    expect(Math.floor(weakest?.score ?? 0)).toBe(46);
    const gapLines = lines.filter((l) => /^ +\d+\. (HIGH|MEDIUM) /.test(l));
    expect(gapLines).toHaveLength(a.gaps.length);
    a.gaps.forEach((g, i) => expect(gapLines[i]).toMatch(new RegExp(`^ +${g.rank}\\. \\w+ +${g.systemTitle}: `)));
    // The last lines: the overall, then each gate, the profile's naming who falls short.
    expect(lines.slice(-4)).toEqual([
      'Overall 77/100 Partly ready · gates FAILED',
      '  ✗ FAIL  2 unwaived high or worse gaps',
      '  ✗ FAIL  profile "baseline": 2 of 4 requirements met; short: Social care case',
      '          management and Waste collection',
    ]);
  });

  it('a system-scoped section says it is the mean over systems: once in the summary, at each one with --detail', async () => {
    const r = await assess(SYS, { COLUMNS: '80', NO_COLOR: '1' });
    expect(r.stdout).toContain('Sections (scores out of 100, rounded down; critical system sections: mean of 3)\n');
    // The summary's two tables line up, so the bars of sections and systems can be compared.
    expect(r.stdout).toMatch(/^ {2}Governance {19}█/m);
    expect(r.stdout).toMatch(/^ {2}Revenues and benefits {8}█/m);
    const detail = await assess([...SYS, '--detail'], { COLUMNS: '80', NO_COLOR: '1' });
    expect(detail.stdout).toMatch(/^ {2}Protection \(mean of 3\) +█/m);
    expect(detail.stdout).toMatch(/^ {2}Governance +█/m);
  });

  it('--detail: the sections-by-system matrix in columns, each gap and note naming its system', async () => {
    const narrow = (await assess([...SYS, '--detail', '--profile', 'baseline'], { COLUMNS: '80', NO_COLOR: '1' })).stdout;
    for (const l of narrow.split('\n')) expect(width(l), l).toBeLessThanOrEqual(80);
    expect(narrow).toMatch(/^ +revenues +social-care +waste$/m);
    // Wide enough that no note wraps, to read each one whole.
    const out = (await assess([...SYS, '--detail', '--profile', 'baseline'], { COLUMNS: '160', NO_COLOR: '1' })).stdout;
    expect(out).toMatch(/^ +revenues +social-care +waste$/m);
    expect(out).toMatch(/^ {2}Protection +100 +33 +33$/m);
    expect(out).toMatch(/^ {2}Detection +100 +0 +100$/m);
    expect(out).toMatch(/^ {2}Overall \(with the organisation\) +100 +46 +86$/m);
    for (const g of a.gaps) expect(out).toMatch(new RegExp(`^ +${g.rank}\\. .*\\n +Critical system: ${g.systemTitle}$`, 'm'));
    expect(out).toContain('  Waste collection: Is the system\'s cloud data backed up elsewhere? [cloud-backup]: Not named');
    expect(out).toMatch(/^ {2}Social care case management: Are the system's logs collected centrally\? \[logged\]: Review was due by 2026-10-01/m);
    expect(out).toMatch(/^ {6}Waste collection: Is the system patched within 14 days\? \[patched\] needs/m);
  });

  it('--detail: an outcome matrix shows statuses in words, lined up under each system', async () => {
    const out = (await assess([...OUTCOMES, '--detail'], { COLUMNS: '80', NO_COLOR: '1' })).stdout;
    expect(out).toContain('Outcomes by critical system');
    expect(out).toMatch(/^ +payroll +housing$/m);
    // By their names alone: no reference names a framework's outcome, and the question id is no label.
    expect(out).toMatch(/^ {4}Access control +Achieved +Partially$/m);
    expect(out).toMatch(/^ {4}Patching +Achieved +Not achieved$/m);
    // The organisation's own outcome stays in the organisation's outcome list, not in the matrix.
    expect(out).toMatch(/^ {4}Board direction: achieved$/m);
  });

  it('with twelve systems: the summary keeps to 40 lines at 80 columns and --detail lists the matrix instead of columns', async () => {
    const args = manySystems(12);
    const many = await json(args);
    const summary = (await assess(args, { COLUMNS: '80', NO_COLOR: '1' })).stdout.trimEnd().split('\n');
    expect(summary.length).toBeLessThanOrEqual(40);
    for (const l of summary) expect(width(l), l).toBeLessThanOrEqual(80);
    // The weakest system is named, and shown even when some are left out for room.
    const weakest = [...many.systems].sort((x, y) => (x.score ?? 0) - (y.score ?? 0))[0];
    // Four systems are level at the lowest score and gap count: all are named (three, then a count), none singled out.
    const level = many.systems.filter((s) => s.score === weakest?.score && s.summary.gaps === weakest?.summary.gaps);
    expect(level.map((s) => s.title)).toEqual(['Line of business system number 2', 'Line of business system number 5', 'Line of business system number 8', 'Line of business system number 11']);
    // Joined as read: the sentence's later lines hang by two columns.
    expect(summary.join(' ').replace(/ +/g, ' ')).toContain(`Weakest critical systems, level with each other: ${level.slice(0, 3).map((s) => s.title).join(', ')} and 1 more, each ${Math.floor(weakest?.score ?? 0)}/100, one gap.`);
    expect(summary.some((l) => l.startsWith(`  ${weakest?.title} `))).toBe(true);
    // Eight of twelve, the lowest scoring, so the gaps keep their room; the rest are counted.
    expect(summary.filter((l) => l.startsWith('  Line of business system number '))).toHaveLength(8);
    expect(summary).toContain('  … and 4 more, none scoring lower: --detail lists them all.');
    // Titles that shorten to the same words ("Line of business system…") give way to the unique ids.
    const gapLines = summary.filter((l) => /^ +\d+\. (HIGH|MEDIUM) /.test(l));
    expect(gapLines.length).toBe(10);
    for (const l of gapLines) expect(l).toMatch(/^ +\d+\. \w+ +system-\d+: /);
    const detail = (await assess([...args, '--detail'], { COLUMNS: '80', NO_COLOR: '1' })).stdout;
    for (const l of detail.split('\n')) expect(width(l), l).toBeLessThanOrEqual(80);
    expect(detail).toMatch(/^ {2}Protection\n {4}system-1:\u00a0\d+ · system-2:\u00a0\d+ · /m);
    // Each system is keyed once with its title and figures.
    for (const s of many.systems) expect(detail).toMatch(new RegExp(`^ {2}${s.id} +${s.title}: ${Math.floor(s.score ?? 0)}/100`, 'm'));
  });
});

describe('critical systems in the 80-column summary of the CAF example', () => {
  it("leaves each gap's question words beside a long system name and a mark", async () => {
    const r = await runBinary({ args: ['assess', '-q', 'caf-local-government', '--answers', 'examples/caf-local-government.answers.yaml'], env: { COLUMNS: '80', NO_COLOR: '1' } });
    const gapLines = r.stdout.split('\n').filter((l) => /^ +\d+\. (CRITICAL|HIGH|MEDIUM|LOW) /.test(l));
    expect(gapLines.length).toBe(10);
    for (const l of gapLines) {
      expect(width(l), l).toBeLessThanOrEqual(80);
      // The question after "System: " keeps at least two words, not "Identity…".
      const question = l.replace(/^ +\d+\. \w+ +/, '').replace(/ \((accepted risk|automatic fail)\)$/, '').split(': ').slice(1).join(': ');
      expect(question.split(' ').length, l).toBeGreaterThanOrEqual(2);
    }
    expect(gapLines.join('\n')).toMatch(/Waste collection and…: Identity verification… \(accepted risk\)/);
    // The organisation's own gaps say whose they are, as each system's do.
    expect(gapLines[6]).toMatch(/^ +7\. HIGH +Organisation: Asset management: the council/);
    const council = await runBinary({ args: ['assess', '--answers', 'examples/council-cyber-resilience.answers.yaml'], env: { COLUMNS: '80', NO_COLOR: '1' } });
    expect(council.stdout).not.toContain('Organisation:');
  });
});

describe('a system section that applies to no system', () => {
  // Not applicable is a state, not a missing score: "not rated" would read as a section forgotten.
  const NA = ['-q', 'test/fixtures/systems-not-applicable/na.yaml', '-a', 'test/fixtures/systems-not-applicable/na.answers.yaml', '--today', '2026-11-23'];

  it('is not applicable in the text summary, the markdown paper and the JSON', async () => {
    const a = await json(NA);
    expect(a.sections.map((s) => [s.id, s.applicable, s.score])).toEqual([
      ['org', true, 0],
      ['cl', false, null],
      ['base', true, 100],
    ]);
    const text = await assess(NA, { COLUMNS: '80', NO_COLOR: '1' });
    expect(text.stdout).toMatch(/^ {2}Cloud systems +·+ +not applicable$/m);
    const md = (await assess([...NA, '--format', 'markdown'])).stdout;
    expect(md).toContain('| 2. Cloud systems (mean) | n/a | Not applicable | 0 | 1 |');
  });
});

describe('critical systems in the markdown board paper', () => {
  it('says the weakest system after the score, shows own scores, the matrix, and the system in every gap; GFM reads it', async () => {
    const a = await json(SYS);
    const md = (await assess([...SYS, '--format', 'markdown', '--profile', 'baseline'])).stdout;
    const tree = parseMarkdown(md);
    expect(raggedTables(tree)).toEqual([]);
    for (const t of nodesOfType(tree, 'table') as Table[]) expect(t.children[0]?.children.length).toBeLessThanOrEqual(5);
    const h2 = nodesOfType(tree, 'heading').filter((h: Heading) => h.depth === 2).map(textOf);
    expect(h2).toEqual(['Summary', 'Sections', 'Critical systems', 'Action plan', 'Appendix']);
    expect(md).toContain('**Overall score: 77 out of 100**, rated **Partly ready**.\n\nRatings: Ready (80 and above); Partly ready (50 to 79); Not ready (below 50).\n\n**Weakest critical system: Social care case management, 46 out of 100 (Not ready), three gaps.**');
    expect(md).toContain('| Social care case management | 46 | Not ready | 3 | Head of Adult Social Care |');
    // The weakest system is a decision for the reader, put to its owner.
    expect(md).toContain('. Ask the owner of the weakest critical system, Social care case management (Head of Adult Social Care), to bring it up to the others, starting with its gaps in the action plan.');
    // The matrix: systems as columns by title, each cell a score and a rating in words.
    const matrix = (nodesOfType(tree, 'table') as Table[]).find((t) => textOf(t.children[0] as RootContent).startsWith('Section') && t.children[0]?.children.length === 4);
    expect(matrix?.children.map((row) => row.children.map((c) => textOf(c as RootContent)))).toEqual([
      ['Section', 'Revenues and benefits', 'Social care case management', 'Waste collection'],
      ['Protection', '100, Ready', '33, Not ready', '33, Not ready'],
      ['Detection', '100, Ready', '0, Not ready', '100, Ready'],
      ['Overall (with the organisation)', '100, Ready', '46, Not ready', '86, Ready'],
    ]);
    // The action plan: a group per section; a question open on several systems is said once, with
    // a line per system, and a gap alone names its system. Each system's owner has its actions listed.
    const plan = md.slice(md.indexOf('## Action plan'), md.indexOf('## Appendix'));
    for (const g of a.gaps) {
      const shared = plan.indexOf(`  - Action ${g.rank}, ${g.systemTitle}: `);
      const at = shared >= 0 ? shared : plan.indexOf(`**${g.rank}. ${g.text}**`);
      expect(at).toBeGreaterThan(0);
      if (shared < 0) expect(plan.slice(at, plan.indexOf('- Question id', at))).toContain(`- Critical system: ${g.systemTitle}\n`);
      else expect(plan.slice(plan.lastIndexOf('\n**', shared), shared)).toContain(`. ${g.text}**`);
      const group = plan.lastIndexOf('### ', at);
      expect(plan.slice(group, plan.indexOf('\n', group))).toBe(`### ${g.sectionTitle}`);
    }
    expect(plan).toContain('**Actions 2 and 3. Is the system patched within 14 days?**');
    expect(plan).toContain('- Social care case management (Head of Adult Social Care): actions 1, 2 and 4\n- Waste collection: actions 3 and 5\n');
    expect(md).toContain('1. **Are the system\'s logs collected centrally?** (Social care case management)');
    expect(md).toContain("| Is the system's cloud data backed up elsewhere? (`cloud-backup`) | Waste collection | Not named |");
    // The same shortfall on several systems is one row naming them.
    expect(md).toContain('| Is the system patched within 14 days? (`patched`) | Social care case management and Waste collection | Yes | No |');
    expect(md).toContain('| 2. Protection (mean) | 55 | Partly ready | 4 | 1 |');
    expect(md).toContain('A section marked "(mean)" is answered once per critical system: its score is the mean of the three critical systems\' own scores, each counting equally. Its gaps are counted for each critical system: a question not fully met for two of them is two gaps.');
  });

  it('an outcome matrix by system, and more systems than fit one table split into tables of four', async () => {
    const md = (await assess([...OUTCOMES, '--format', 'markdown'])).stdout;
    expect(md).toContain('| Outcome | Payroll | Housing repairs |');
    expect(md).toContain('. Name an owner for the weakest critical system, Housing repairs, and ask them to bring it up to the others, starting with its gaps in the action plan.');
    // Each outcome by its short name (no framework's outcome labels it): its whole text is in the action plan.
    expect(md).toContain('| Patching | Achieved | Not achieved |');
    expect(md).toContain('| Access control | Achieved | Partially achieved |');

    const many = (await assess([...manySystems(9), '--format', 'markdown'])).stdout;
    const tree = parseMarkdown(many);
    for (const t of nodesOfType(tree, 'table') as Table[]) expect(t.children[0]?.children.length).toBeLessThanOrEqual(5);
    // As near the same size as can be: three tables of three, not 4, 4 and one system alone ("9 to 9 of 9").
    expect([...many.matchAll(/^### Critical systems (.*)$/gm)].map((m) => m[1])).toEqual(['1 to 3 of 9', '4 to 6 of 9', '7 to 9 of 9']);
    expect(many).toContain('| Section | Line of business system number 7 | Line of business system number 8 | Line of business system number 9 |');
  });
});

describe('critical systems in the Word paper', () => {
  it('mammoth reads the weakest system, the own scores, the matrix and the system of each action', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cyber-ready-docx-')), 'systems.docx');
    const r = await assess([...SYS, '--format', 'docx', '-o', out]);
    expect(r.code).toBe(0);
    const { text } = await readDocx({ path: out });
    expect(text).toContain('Weakest critical system: Social care case management, 46 out of 100 (Not ready), three gaps.');
    expect(text).toMatch(/Critical systems: own scores\s+Critical system\s+Score\s+Rating\s+Gaps\s+Owner\s+Revenues and benefits\s+100\s+Ready\s+0\s+Head of Revenues/);
    expect(text).toMatch(/Section\s+Revenues and benefits\s+Social care case management\s+Waste collection\s+Protection\s+100, Ready\s+33, Not ready\s+33, Not ready/);
    // Facts sharing a line are parted by a middle dot, as in the HTML paper: a run of spaces is what
    // Word's Accessibility Checker flags, and a screen reader read the facts as one.
    expect(text).toMatch(/Actions 2 and 3\. Is the system patched within 14 days\?\s+Severity: High · Question: patched\s+Open on two critical systems:\s+Action 2, Social care case management: No; owner: Head of Adult Social Care\s+Action 3, Waste collection: No; owner: not named/);
    expect(text).toMatch(/5\. Is the system’s cloud data backed up elsewhere\?\s+Severity: Medium · Owner: not named · Question: cloud-backup\s+Critical system: Waste collection/);
    expect(text).not.toMatch(/\S {2,}\S/);
  });
});

describe('the five biggest risks of the CAF example in every paper', () => {
  const CAF = ['-q', 'caf-local-government', '--answers', 'examples/caf-local-government.answers.yaml', '--today', '2026-12-01'];
  const DIFFER = 'The answers now differ. Social care case management: not achieved; three indicators still to meet. Waste collection and fleet management: partially achieved; one indicator still to meet (scores 50 out of 100).';

  it('asks for the indicators answered "don\'t know" to be found out and the contradiction put right', async () => {
    const md = (await assess([...CAF, '--format', 'markdown'])).stdout;
    const asks = md.slice(md.indexOf('### What is asked of the reader'), md.indexOf('### The five biggest risks'));
    // 10: counted once per system, as gaps are (seven indicators, two of them for more than one system).
    expect(asks).toContain('. Ask someone to find out the 10 indicators answered "don\'t know" in the outcomes below (the appendix gives each): each counts as not true until then.\n   - Action 8: A4.a Supply chain\n');
    expect(asks).toContain('. Ask for the outcome whose indicators contradict each other to be put right (see the appendix): one of the answers is wrong.\n   - ');
    const a = await json(CAF);
    expect(a.questions.reduce((n, q) => n + (q.outcome?.indicators.filter((i) => i.value === 'unknown').length ?? 0), 0)).toBe(10);
    expect(md).toContain('### Indicators answered "don\'t know"');
  });

  it("each says the answer now, each system's where they differ, and what to do", async () => {
    const md = (await assess([...CAF, '--format', 'markdown'])).stdout;
    const risksOf = (text: string): string => text.slice(text.indexOf('### The five biggest risks'), text.indexOf('### Critical systems: own scores'));
    expect(risksOf(md)).toContain(DIFFER);
    const html = (await assess([...CAF, '--format', 'html'])).stdout;
    const risks = html.slice(html.indexOf('<ol class="risks">'), html.indexOf('</ol>', html.indexOf('<ol class="risks">')));
    expect(risks).toContain(DIFFER);
    expect(risks.match(/The answers? now/g)).toHaveLength(5);
    expect(risks.match(/What to do: /g)).toHaveLength(5);
    const out = join(mkdtempSync(join(tmpdir(), 'cyber-ready-docx-')), 'caf.docx');
    expect((await assess([...CAF, '--format', 'docx', '-o', out])).code).toBe(0);
    const { text } = await readDocx({ path: out });
    const docxRisks = text.slice(text.indexOf('The five biggest risks'), text.indexOf('Critical systems: own scores'));
    expect(docxRisks).toContain(DIFFER);
    expect(docxRisks.match(/The answers? now/g)).toHaveLength(5);
    expect(docxRisks.match(/What to do: /g)).toHaveLength(5);
  });
});

describe('critical systems in `show`', () => {
  it('says which sections are answered once per system, and that a profile requirement on them is for each', async () => {
    const md = (await runBinary({ args: ['show', 'test/fixtures/systems/sys.yaml'] })).stdout;
    expect(md).toContain('**Answered once per critical system:** Protection; Detection.');
    // Each section says its scope, for a reader who turns straight to it.
    expect(md).toContain('`gov` · weight 2 · 2 questions · answered once for the organisation\n');
    expect(md).toContain('`protect` · weight 1 · 3 questions · answered once per critical system\n');
    expect(md).toContain('`detect` · weight 2 · 1 question · answered once per critical system\n');
    expect(md).toContain('| Is the system patched within 14 days? (`patched`, by each critical system) | Yes |');
    expect(md).toContain('| Is there a named senior owner? (`owner`) | Yes |');
    expect(raggedTables(parseMarkdown(md))).toEqual([]);
  });

  it('a questionnaire without system sections says nothing about systems', async () => {
    const md = (await runBinary({ args: ['show', 'council-cyber-resilience'] })).stdout;
    expect(md).not.toMatch(/answered once|by each/i);
  });
});
