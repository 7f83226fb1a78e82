import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBoardPaper, groupLabel, referenceName, TOP_RISKS } from '../../src/report/board-paper.js';
import { mergedAppendix } from '../../src/report/board-paper-merge.js';
import { loadCatalog } from '../../src/frameworks/load-catalog.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { assessText, miniAnswersText, miniText } from '../helpers/load.js';

const example = (id: string) =>
  assessText(readFileSync(`questionnaires/${id}.yaml`, 'utf8'), readFileSync(`examples/${id}.answers.yaml`, 'utf8'), '2026-11-23', { minScore: 70, failOn: 'high' });

describe('the board paper model', () => {
  const a = example('council-cyber-resilience');
  const paper = buildBoardPaper(a, loadCatalog());

  it('names at most five risks, highest priority first, none of them an accepted risk', () => {
    const open = a.gaps.filter((g) => !g.accepted);
    expect(paper.risks.length).toBe(Math.min(TOP_RISKS, new Set(open.map((g) => g.question)).size));
    const firsts = paper.risks.map((r) => r.ranks[0] ?? 0);
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    for (const r of paper.risks) for (const rank of r.ranks) expect(open.some((g) => g.rank === rank)).toBe(true);
  });

  it('groups every gap once, by section in questionnaire order, with notes, evidence and owners', () => {
    const ranks = paper.actionPlan.flatMap((g) => g.items.map((i) => i.rank));
    expect([...ranks].sort((x, y) => x - y)).toEqual(a.gaps.map((g) => g.rank));
    const order = a.sections.map((s) => s.id).filter((id) => paper.actionPlan.some((g) => g.section === id));
    expect(paper.actionPlan.map((g) => g.section)).toEqual(order);
    const insurer = paper.actionPlan.flatMap((g) => g.items).find((i) => i.question === 'risk-insurance-conditions');
    expect(insurer?.note).toMatch(/The insurer knows/);
    expect(insurer?.evidence).toEqual(["Cyber policy schedule 2026/27, security conditions annex"]);
    expect(insurer?.owner).toBe('Insurance and Risk Manager');
  });

  it('says the score rounded down, the gates, and what is asked of the reader', () => {
    expect(paper.summary.shownScore).toBe(String(Math.floor(a.overall.score ?? 0)));
    expect(paper.summary.gatesPassed).toBe(a.passed);
    expect(paper.summary.gates).toHaveLength(2);
    expect(paper.asks[0]?.text).toContain(`score of ${paper.summary.shownScore} out of 100`);
    expect(paper.asks.some((x) => x.text.includes('not met'))).toBe(!a.passed);
  });

  it('names questions by their text in the appendix, never by bare id', () => {
    for (const n of [...paper.appendix.unknowns, ...paper.appendix.notApplicable, ...paper.appendix.stale, ...paper.appendix.expiredWaivers]) {
      expect(n.text).not.toBe(n.question);
    }
    for (const p of paper.appendix.profiles) for (const r of p.unmet) expect(r.text).not.toBe(r.question);
  });

  it('labels a framework group once when its id only repeats its title', () => {
    expect(groupLabel('firewalls', 'Firewalls')).toBe('Firewalls');
    expect(groupLabel('secure-configuration', 'Secure configuration')).toBe('Secure configuration');
    expect(groupLabel('A', 'Managing security risk')).toBe('A Managing security risk');
    // An id that only starts the title is still an id a reader looks for (NIST CSF's "ID Identify").
    expect(groupLabel('ID', 'Identify')).toBe('ID Identify');
    for (const fw of paper.appendix.frameworks) for (const r of fw.rows) expect(r.label).not.toMatch(/^(\S+) \1$/i);
  });

  it('names references as a reader can follow them, from the assessment alone', () => {
    const entries = { 'caf-4.0:A2.a': { framework: 'CAF 4.0', id: 'A2.a', title: 'Risk Management Process' }, 'ncsc-10-steps:risk-management': { framework: 'NCSC 10 Steps', id: 'risk-management', title: 'Risk management' } };
    expect(referenceName('caf-4.0:A2.a', entries)).toBe('CAF 4.0 A2.a Risk Management Process');
    expect(referenceName('ncsc-10-steps:risk-management', entries)).toBe('NCSC 10 Steps: Risk management');
    expect(referenceName('caf-4.0:Z9.z', entries)).toBe('caf-4.0:Z9.z');
    // Every reference a question makes is in the assessment, named from the catalogue.
    for (const q of a.questions) for (const r of q.references) expect(a.references[r]?.title, r).toBeTruthy();
    const named = paper.actionPlan.flatMap((g) => g.items).flatMap((i) => i.references);
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(n).not.toMatch(/^[a-z0-9.-]+:\S+$/);
  });

  it('counts a weakness open on several critical systems as one risk, naming each system', async () => {
    // Through the binary: the example keeps one system's answers in a file of its own.
    const json = await runBinary({ args: ['assess', '-a', 'examples/caf-local-government.answers.yaml', '--today', '2026-11-23', '-f', 'json'] });
    const caf = buildBoardPaper(JSON.parse(json.stdout) as Assessment, loadCatalog());
    const backups = caf.risks.find((r) => r.ranks.length > 1);
    // A title with its own "and" is kept apart from the next with a semicolon.
    expect(backups?.where).toBe('Social care case management; Waste collection and fleet management');
    expect(backups?.actions).toBe(`actions ${backups?.ranks.join(' and ')}`);
    expect(backups?.answer).toMatch(/^The answers now differ\. Social care case management: not achieved; .*\. Waste collection and fleet management: partially achieved; .*\.$/);
    expect(backups?.owner).toBe('ICT Infrastructure Manager for Social care case management; Waste and Fleet Services Manager for Waste collection and fleet management');
    expect(new Set(caf.risks.map((r) => r.question)).size).toBe(caf.risks.length);
  });

  it('carries the outcomes matrix for outcome questionnaires and none for the others', () => {
    expect(paper.outcomes).toEqual([]);
    expect(buildBoardPaper(example('caf-local-government'), loadCatalog()).outcomes.length).toBeGreaterThan(0);
  });

  it('has no gaps to list and no risks when everything is met', () => {
    const mini = buildBoardPaper(assessText(miniText(), miniAnswersText()), loadCatalog());
    expect(mini.title).toBe('Test Council');
    expect(mini.titleBlock.map((f) => f.label)).toContain('Assessed by');
  });
});

describe('the action plan of a paper with critical systems', () => {
  const a = example('caf-local-government');
  const paper = buildBoardPaper(a, loadCatalog());

  it('says a question open on several systems once, each gap under it with its own system, answer and owner', () => {
    const entries = paper.actionPlan.flatMap((g) => g.entries);
    // Every gap once, in one entry; a question once per section.
    expect(entries.flatMap((e) => e.ranks).sort((x, y) => x - y)).toEqual(a.gaps.map((g) => g.rank));
    for (const g of paper.actionPlan) expect(new Set(g.entries.map((e) => e.question)).size).toBe(g.entries.length);
    const shared = entries.filter((e) => e.items.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const e of shared) {
      expect(new Set(e.items.map((i) => i.system)).size).toBe(e.items.length);
      // Each indicator still to meet is listed once, and says where it is open.
      const missing = new Map<string, string[]>();
      for (const i of e.items) for (const m of i.missingIndicators) missing.set(m.id, [...(missing.get(m.id) ?? []), i.systemTitle ?? '']);
      expect(e.indicators.map((i) => i.id).sort()).toEqual([...missing.keys()].sort());
      for (const i of e.indicators) {
        const where = missing.get(i.id) ?? [];
        if (where.length === e.items.length) expect(i.where).toMatch(/^(both|all) /);
        else for (const title of where) expect(i.where).toContain(title);
      }
    }
  });

  it("lists each system's actions for its owner", () => {
    for (const s of a.systems) {
      const ranks = a.gaps.filter((g) => g.system === s.id).map((g) => g.rank);
      expect(paper.actionsBySystem.find((x) => x.title === s.title)?.ranks).toEqual(ranks);
    }
  });
});

describe('the appendix of a paper with critical systems', () => {
  const a = example('caf-local-government');
  const paper = buildBoardPaper(a, loadCatalog());
  const merged = mergedAppendix(paper.appendix, paper.systems);

  it('says the same thing of one question on several systems in one row that names them all', () => {
    for (const p of paper.appendix.profiles) {
      const rows = merged.profiles.find((x) => x.id === p.id)?.unmet ?? [];
      const key = (u: { question: string; needs: string; answer: string }) => `${u.question}|${u.needs}|${u.answer}`;
      // One row per shortfall, and every system that has it named in that row.
      expect(new Set(rows.filter((u) => u.systemTitle !== null).map(key)).size).toBe(rows.filter((u) => u.systemTitle !== null).length);
      for (const u of p.unmet.filter((x) => x.systemTitle !== null)) {
        const row = rows.find((r) => key(r) === key(u));
        const all = p.unmet.filter((x) => key(x) === key(u)).length === a.systems.length;
        expect(all ? row?.systemTitle : row?.systemTitle?.includes(u.systemTitle ?? '')).toBe(all ? (a.systems.length === 2 ? 'Both critical systems' : `All ${['', 'one', 'two', 'three'][a.systems.length]} critical systems`) : true);
      }
    }
    expect(merged.profiles.flatMap((p) => p.unmet).length).toBeLessThan(paper.appendix.profiles.flatMap((p) => p.unmet).length);
  });
});

describe('by when, on the summary page', () => {
  const a = example('council-cyber-resilience');
  const paper = buildBoardPaper(a, loadCatalog());

  it("gives each risk the review date its answers set, and asks for a date for each owned risk without one", () => {
    for (const r of paper.risks) {
      const dates = a.gaps.filter((g) => r.ranks.includes(g.rank)).map((g) => a.questions.find((q) => q.id === g.question && q.system === g.system)?.reviewBy ?? null);
      const known = dates.filter((d): d is string => d !== null).sort();
      expect(r.due).toBe(known.length ? `${new Set(known).size > 1 ? 'first review by' : 'review by'} ${known[0]}${known[0] && known[0] < a.today ? ' (overdue)' : ''}` : null);
    }
    const undated = paper.risks.map((r, i) => (!r.unowned && r.due === null ? i + 1 : 0)).filter((n) => n > 0);
    expect(undated.length).toBeGreaterThan(0);
    expect(paper.asks.some((x) => x.text.startsWith('Agree a date for the owner') && undated.every((n) => x.text.includes(String(n))))).toBe(true);
  });
});
