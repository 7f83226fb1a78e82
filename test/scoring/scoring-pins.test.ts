import { describe, expect, it } from 'vitest';
import { MINI_ALL_ANSWERED, assessText, miniText, miniWith } from '../helpers/load.js';

// Scoring rules of the core that a mutation review found unpinned: each test here fails when the
// rule it names is changed in src/scoring. Numbers worked out by hand from test/fixtures/valid/mini.yaml.

const FULL = MINI_ALL_ANSWERED;

describe('rating bands', () => {
  it('gives a score exactly at a band\'s min that band ("reaches" is ≥)', () => {
    // gov: owner partly 0.5 × 3 + budget yes 1 × 1 = 2.5 of 4 → 62.5 exactly.
    const text = miniText().replace('frameworks:', 'ratings:\n  - { min: 62.5, label: Reached }\n  - { min: 0, label: Below }\nframeworks:');
    const r = assessText(text, miniWith(FULL));
    expect(r.sections[0]?.score).toBe(62.5);
    expect(r.sections[0]?.rating?.label).toBe('Reached');
  });
});

describe('the profile gate', () => {
  it('fails, never passes, for a profile the questionnaire does not have', () => {
    // The command line refuses an unknown --profile before scoring; the core must not pass it either
    // (the guided walk scores with the options it was given).
    const r = assessText(miniText(), miniWith(FULL), '2026-11-23', { profile: 'no-such-profile' });
    expect(r.gates).toMatchObject([{ id: 'profile', passed: false, summary: 'no profile "no-such-profile"' }]);
    expect(r.passed).toBe(false);
  });
});
