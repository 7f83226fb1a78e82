// The words that say why a band the score reaches was not given (noGapsOf): each band passed over,
// with the open gaps that rule it out, waived ones said as such (a waiver does not lift the band).
import { describe, expect, it } from 'vitest';
import { heldBandWords } from '../../src/scoring/held-band.js';

const ratings = [
  { min: 80, label: 'Ready', noGapsOf: ['critical' as const] },
  { min: 50, label: 'Partly ready' },
  { min: 0, label: 'Not ready' },
];

describe('heldBandWords', () => {
  it('counts the open gaps of the severities the band names, and says which are under a waiver', () => {
    const open = (gaps: { severity: 'critical' | 'high'; accepted?: boolean }[]) => heldBandWords(90, ratings, gaps)?.passed;
    expect(open([{ severity: 'critical' }])).toEqual([{ band: 'Ready', open: 'one critical gap is open' }]);
    expect(open([{ severity: 'critical', accepted: true }, { severity: 'high', accepted: true }])).toEqual([{ band: 'Ready', open: 'one critical gap is open, under a waiver' }]);
    expect(open([{ severity: 'critical', accepted: true }, { severity: 'critical' }])).toEqual([{ band: 'Ready', open: 'two critical gaps are open, one of them under a waiver' }]);
    expect(open([{ severity: 'critical', accepted: true }, { severity: 'critical', accepted: true }])).toEqual([{ band: 'Ready', open: 'two critical gaps are open, both under waivers' }]);
    expect(open([{ severity: 'critical', accepted: true }, { severity: 'critical', accepted: true }, { severity: 'critical', accepted: true }])).toEqual([{ band: 'Ready', open: 'three critical gaps are open, all under waivers' }]);
    expect(open([{ severity: 'high' }])).toBeUndefined();
    expect(heldBandWords(70, ratings, [{ severity: 'critical' }])).toBeNull();
  });

  it('holds back a band the score reaches exactly at its minimum', () => {
    expect(heldBandWords(80, ratings, [{ severity: 'critical' }])?.passed).toEqual([{ band: 'Ready', open: 'one critical gap is open' }]);
  });
});
