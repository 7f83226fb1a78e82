import { describe, expect, it } from 'vitest';
import { MINI_ALL_ANSWERED, assessText, miniAnswersText, miniText, miniWith } from '../helpers/load.js';

// Every number below is worked out by hand from test/fixtures/valid/mini.yaml and the SPEC's rules.
const FULL = MINI_ALL_ANSWERED;

const assess = (answers: string, today = '2026-11-23', gates = {}, waivers = '') => assessText(miniText(), miniWith(answers, waivers), today, gates);

describe('scoreAssessment on the mini questionnaire', () => {
  const a = assessText(miniText(), miniAnswersText());

  it('scores sections as weighted means of their included questions', () => {
    // gov: owner partly 0.5 (weight 3), budget yes 1 (weight 1), notes is text → (1.5 + 1) / 4
    expect(a.sections[0]?.score).toBeCloseTo(62.5, 8);
    // tech: cards has weight 0; pci 0.5, services dns+mail 0.75, patch 21 days → 0.5 → 1.75 / 3
    expect(a.sections[1]?.score).toBeCloseTo(58.3333333333, 8);
    // ot: has-ot is weight 0 and ot-seg is not applicable (has-ot is no) → no score
    expect(a.sections[2]).toMatchObject({ applicable: false, score: null, rating: null });
  });

  it('weights sections into the overall score, leaving out sections that do not apply', () => {
    // (3 × 62.5 + 1 × 58.333…) / (3 + 1); the ot section (weight 2) is left out
    expect(a.overall.score).toBeCloseTo((3 * 62.5 + 58.3333333333) / 4, 8);
    expect(a.overall.rating).toEqual({ label: 'Partly ready', colour: 'amber' });
  });

  it('lists gaps by severity × question weight × section weight × (1 − score), highest first', () => {
    expect(a.gaps.map((g) => [g.question, g.priority])).toEqual([
      ['owner', 4 * 3 * 3 * 0.5], // 18
      ['pci', 3 * 1 * 1 * 0.5], // 1.5
      ['patch-days', 2 * 1 * 1 * 0.5], // 1
      ['services', 2 * 1 * 1 * 0.25], // 0.5
    ]);
    expect(a.gaps.map((g) => g.rank)).toEqual([1, 2, 3, 4]);
  });

  it('keeps questionnaire order for gaps of equal priority', () => {
    const r = assess(FULL.replace('pci: some', 'pci: none').replace('patch-days: 21', 'patch-days: 100').replace('services: [dns, mail]', 'services: [none]'));
    // pci 3×1×1×1 = 3; services 2×1 = 2; patch 2×1 = 2 (services comes first in the questionnaire)
    expect(r.gaps.map((g) => g.question)).toEqual(['owner', 'pci', 'services', 'patch-days']);
  });

  it('treats a waiver that expires today as active, and one that expired yesterday as no cover', () => {
    expect(a.gaps.find((g) => g.question === 'pci')).toMatchObject({ accepted: true, waiver: { state: 'active', expires: '2026-11-23' } });
    const later = assessText(miniText(), miniAnswersText(), '2026-11-24');
    expect(later.gaps.find((g) => g.question === 'pci')).toMatchObject({ accepted: false, waiver: { state: 'expired' } });
    expect(later.expiredWaivers.map((w) => w.question)).toEqual(['pci']);
  });

  it('marks an answer stale only when its review date is before today', () => {
    expect(assessText(miniText(), miniAnswersText(), '2026-11-22').stale).toEqual([]);
    expect(a.stale).toMatchObject([{ question: 'owner', reviewBy: '2026-11-22', owner: 'Chief Executive' }]);
  });

  it('groups scores by framework, weighting by question and section weight', () => {
    const caf = a.frameworks.find((f) => f.id === 'caf-4.0');
    // Objective A: owner (3×3, 0.5) and budget (1×3, 1) → (4.5 + 3) / 12; objective C: services 0.75
    expect(caf?.groups.map((g) => [g.id, g.score, g.questions, g.gaps])).toEqual([
      ['A', ((9 * 0.5 + 3 * 1) / 12) * 100, 2, 1],
      ['C', 75, 1, 1],
    ]);
    const ce = a.frameworks.find((f) => f.id === 'cyber-essentials-3.3');
    expect(ce?.groups.map((g) => [g.id, g.score])).toEqual([
      ['firewalls', 50],
      ['security-update-management', 50],
    ]);
  });
});

describe('question scores', () => {
  const scoreOf = (answers: string, id: string) => assess(answers).questions.find((q) => q.id === id);

  it.each([
    ['patch-days: 0', 1],
    ['patch-days: 14', 1], // max is inclusive
    ['patch-days: 15', 0.5], // min is inclusive
    ['patch-days: 30', 0.5],
    ['patch-days: 31', 0], // the band without bounds always holds
  ])('number bands: %s scores %s', (line, score) => {
    expect(scoreOf(FULL.replace('patch-days: 21', line), 'patch-days')?.score).toBe(score);
  });

  it.each([
    ['services: [dns, mail, ew]', 1],
    ['services: [mail, ew]', 0.5],
    ['services: [none]', 0],
    ['services: []', 0],
  ])('multi sums the chosen options, capped at 1: %s', (line, score) => {
    expect(scoreOf(FULL.replace('services: [dns, mail]', line), 'services')?.score).toBe(score);
  });

  it('adds option scores that do not sum exactly in floating point to exactly 1', () => {
    const text = miniText()
      .replace('score: 0.5 }\n          - { value: mail, label: Mail Check, score: 0.25 }', 'score: 0.35 }\n          - { value: mail, label: Mail Check, score: 0.35 }')
      .replace('{ value: ew, label: Early Warning, score: 0.25 }', '{ value: ew, label: Early Warning, score: 0.15 }\n          - { value: x, label: X, score: 0.15 }');
    const r = assessText(text, miniWith(FULL.replace('services: [dns, mail]', 'services: [dns, mail, ew, x]')));
    expect(r.questions.find((q) => q.id === 'services')?.score).toBe(1);
    expect(r.gaps.some((g) => g.question === 'services')).toBe(false);
  });

  it.each([
    ['budget: yes', 1],
    ['budget: true', 1],
    ['budget: no', 0],
    ['budget: false', 0],
  ])('yes-no: %s scores %s', (line, score) => {
    expect(scoreOf(FULL.replace('budget: yes', line), 'budget')?.score).toBe(score);
  });

  it('scores unknown as 0 and lists it as unknown, not as unanswered', () => {
    const r = assess(FULL.replace('budget: yes', 'budget: { status: unknown }'));
    expect(r.questions.find((q) => q.id === 'budget')).toMatchObject({ status: 'unknown', score: 0, answer: "Don't know" });
    expect(r.unknowns).toEqual([{ question: 'budget', system: null }]);
    expect(r.unanswered).toEqual([]);
    // gov: (1.5 + 0) / 4
    expect(r.sections[0]?.score).toBe(37.5);
  });

  it('leaves text and weight-0 questions out of scores', () => {
    const q = assess(FULL).questions;
    expect(q.find((x) => x.id === 'notes')).toMatchObject({ included: false, score: null });
    expect(q.find((x) => x.id === 'cards')).toMatchObject({ included: false, score: null });
  });
});

describe('conditions and not applicable', () => {
  it('leaves a question out when its condition is false, as not applicable, not zero', () => {
    const r = assess(FULL.replace('cards: yes', 'cards: no').replace('pci: some\n', ''));
    expect(r.questions.find((q) => q.id === 'pci')).toMatchObject({ status: 'not-applicable', notApplicableBy: 'condition', included: false, score: null });
    // tech: services 0.75 and patch 0.5 only
    expect(r.sections[1]?.score).toBe(62.5);
    expect(r.notApplicable).toContainEqual({ question: 'pci', system: null, by: 'condition', reason: null });
  });

  it('applies all/any, in and notIn: ot-seg needs has-ot yes and cards not no', () => {
    const withOt = assess(`${FULL.replace('has-ot: no', 'has-ot: yes')}\not-seg: in-place`);
    expect(withOt.sections[2]).toMatchObject({ applicable: true, score: 100 });
    const noCards = assess(`${FULL.replace('has-ot: no', 'has-ot: yes').replace('cards: yes', 'cards: no').replace('pci: some\n', '')}`);
    expect(noCards.questions.find((q) => q.id === 'ot-seg')?.status).toBe('not-applicable');
  });

  it('takes "don\'t know" as none of the listed values (SPEC: in: [yes] is "asked only then; else not applicable")', () => {
    // pci has `in: [yes]` on cards: not asked after "don't know", its answer set aside.
    const r = assess(FULL.replace('cards: yes', 'cards: { status: unknown }'), '2026-11-23');
    expect(r.questions.find((q) => q.id === 'pci')).toMatchObject({ status: 'not-applicable', included: false });
    expect(r.notApplicable).toContainEqual(expect.objectContaining({ question: 'pci', system: null, by: 'condition' }));
    // ot-seg has `notIn: [no]` on cards (with has-ot yes): still asked after "don't know".
    const withOt = assess(`${FULL.replace('has-ot: no', 'has-ot: yes').replace('cards: yes', 'cards: { status: unknown }')}\not-seg: in-place`);
    expect(withOt.questions.find((q) => q.id === 'ot-seg')).toMatchObject({ status: 'answered', included: true });
  });

  it('takes not applicable from the answer, with its reason', () => {
    const r = assess(FULL.replace('pci: some', 'pci: { status: not-applicable, reason: Card payments outsourced }'));
    expect(r.questions.find((q) => q.id === 'pci')).toMatchObject({ status: 'not-applicable', notApplicableBy: 'answer', reason: 'Card payments outsourced' });
    expect(r.sections[1]?.score).toBe(62.5);
  });

  it('drops a whole section from the overall score when nothing in it applies', () => {
    const r = assess(FULL);
    expect(r.overall.score).toBeCloseTo((3 * 62.5 + (1.75 / 3) * 100) / 4, 8);
  });
});

describe('profiles', () => {
  it('meets a requirement when the score reaches the required option, counting not applicable as met', () => {
    const r = assess(FULL.replace('owner: partly', 'owner: in-place').replace('patch-days: 21', 'patch-days: 14'));
    expect(r.profiles[0]).toMatchObject({ id: 'baseline', passed: true, met: 3, total: 3 });
    const na = assess(FULL.replace('owner: partly', 'owner: in-place').replace('patch-days: 21', 'patch-days: 3').replace('cards: yes', 'cards: no').replace('pci: some\n', ''));
    expect(na.profiles[0]?.requirements.find((x) => x.question === 'pci')).toMatchObject({ met: true, status: 'not-applicable' });
  });

  it('does not meet a requirement with a lower score, an unknown or no answer', () => {
    const r = assess(FULL.replace('pci: some', 'pci: { status: unknown }'));
    expect(r.profiles[0]?.requirements.map((x) => [x.question, x.met, x.requiredScore])).toEqual([
      ['owner', false, 1],
      ['pci', false, 0.5],
      ['patch-days', false, 1],
    ]);
  });
});

describe('gates', () => {
  const overall = (3 * 62.5 + (1.75 / 3) * 100) / 4; // 61.458…

  it('min-score compares the unrounded score', () => {
    expect(assess(FULL, '2026-11-23', { minScore: 61.45 }).passed).toBe(true);
    const failed = assess(FULL, '2026-11-23', { minScore: 61.46 });
    expect(failed.passed).toBe(false);
    expect(failed.gates[0]).toMatchObject({ id: 'min-score', passed: false, summary: `overall score ${Math.floor(overall * 100) / 100} is below 61.46` });
  });

  it('fail-on counts gaps of that severity or worse, except those with an active waiver', () => {
    expect(assess(FULL, '2026-11-23', { failOn: 'critical' }).gates[0]?.failures.map((f) => f.question)).toEqual(['owner']);
    expect(assess(FULL, '2026-11-23', { failOn: 'high' }).gates[0]?.failures.map((f) => f.question)).toEqual(['owner', 'pci']);
    expect(assess(FULL, '2026-11-23', { failOn: 'low' }).gates[0]?.failures).toHaveLength(4);
    const waiver = 'waivers:\n  - { question: pci, reason: r, expires: 2026-12-31 }\n';
    expect(assess(FULL, '2026-11-23', { failOn: 'high' }, waiver).gates[0]?.failures.map((f) => f.question)).toEqual(['owner']);
    expect(assess(FULL, '2027-01-01', { failOn: 'high' }, waiver).gates[0]?.failures.map((f) => f.question)).toEqual(['owner', 'pci']);
  });

  it('profile and stale gates fail with one failure per unmet requirement or stale answer', () => {
    const r = assess(FULL.replace('budget: yes', 'budget: { value: yes, reviewBy: 2026-01-01 }'), '2026-11-23', { profile: 'baseline', failOnStale: true });
    expect(r.gates.map((g) => [g.id, g.passed, g.failures.length])).toEqual([
      ['profile', false, 2], // owner partly < in-place; patch 21 days scores 0.5 < 1; pci some meets some
      ['stale', false, 1],
    ]);
    expect(r.passed).toBe(false);
  });

  it('passes when no gate is asked for', () => {
    expect(assess(FULL)).toMatchObject({ passed: true, gates: [] });
  });
});

describe('incomplete answers', () => {
  it('lists unanswered included questions and scores them as 0', () => {
    const r = assess(FULL.replace('budget: yes\n', ''));
    expect(r.unanswered).toEqual([{ question: 'budget', system: null }]);
    expect(r.questions.find((q) => q.id === 'budget')).toMatchObject({ status: 'unanswered', score: 0, answer: 'Not answered' });
    expect(r.sections[0]?.score).toBe(37.5);
  });

  it('treats an empty value as not answered yet', () => {
    expect(assess(FULL.replace('budget: yes', 'budget:')).unanswered).toEqual([{ question: 'budget', system: null }]);
  });
});

describe('ratings', () => {
  it('uses the first band whose min the score reaches, on sections too', () => {
    const text = miniText().replace('frameworks:', 'ratings:\n  - { min: 90, label: Gold }\n  - { min: 60, label: Silver, colour: blue }\n  - { min: 0, label: Bronze }\nframeworks:');
    const r = assessText(text, miniWith(FULL));
    expect(r.overall.rating).toEqual({ label: 'Silver', colour: 'blue' });
    expect(r.sections[1]?.rating).toEqual({ label: 'Bronze', colour: null });
  });
});
