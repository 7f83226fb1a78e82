import { describe, expect, it } from 'vitest';
import { paperGateSummary, paperGateTitle } from '../../src/report/paper-gate-title.js';

const profiles = [{ id: 'baseline', title: 'GovAssure CAF 4.0 baseline profile' }];
const none = { profiles: [], systems: [], systemLabel: null, systemLabelPlural: null };

describe("a gate in a board paper's words", () => {
  it('says each kind of gate in plain words, a profile by its title', () => {
    expect(paperGateTitle({ id: 'min-score', title: 'overall score at least 61.5' }, profiles)).toBe('an overall score of at least 61.5');
    expect(paperGateTitle({ id: 'fail-on', title: 'no unwaived gap of severity high or worse' }, profiles)).toBe('no gap of severity high or worse left without a waiver');
    expect(paperGateTitle({ id: 'profile', title: 'profile "baseline"' }, profiles)).toBe('every requirement of the profile "GovAssure CAF 4.0 baseline profile"');
    expect(paperGateTitle({ id: 'profile', title: 'profile "missing"' }, profiles)).toBe('every requirement of the profile "missing"');
    expect(paperGateTitle({ id: 'stale', title: 'no answer past its review date' }, profiles)).toBe('no answer past its review date');
  });

  it('says a severity gate\'s result without "unwaived"', () => {
    expect(paperGateSummary({ id: 'fail-on', title: '', summary: '41 unwaived high or worse gaps' }, none)).toBe('41 high or worse gaps without a waiver');
    expect(paperGateSummary({ id: 'fail-on', title: '', summary: '1 unwaived critical gap' }, none)).toBe('one critical gap without a waiver');
    expect(paperGateSummary({ id: 'fail-on', title: '', summary: 'no unwaived critical gap' }, none)).toBe('no critical gap without a waiver');
    expect(paperGateSummary({ id: 'min-score', title: '', summary: 'overall score 55 is below 60' }, none)).toBe('overall score 55 is below 60');
  });
});
