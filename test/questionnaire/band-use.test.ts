import { describe, expect, it } from 'vitest';
import { bandUse } from '../../src/questionnaire/kinds/band-use.js';

const used = { used: true };

describe('bandUse: which bands some number reaches (the first band that holds is used)', () => {
  it('counts the numbers between bounds: bands that touch cover, bands with a gap between them do not', () => {
    expect(bandUse([{ max: 2, score: 1 }, { min: 2, max: 5, score: 0.5 }, { min: 1, max: 4, score: 0 }])).toEqual([used, used, { used: false, outside: false, by: undefined }]);
    // 2.5 is between the first two bands, so the third holds it.
    expect(bandUse([{ max: 2, score: 1 }, { min: 3, max: 5, score: 0.5 }, { min: 1, max: 4, score: 0 }])).toEqual([used, used, used]);
  });

  it('names the one earlier band that holds all of a band, and takes the question\'s min and max into account', () => {
    expect(bandUse([{ max: 7, score: 0.5 }, { max: 2, score: 1 }, { score: 0 }])).toEqual([used, { used: false, outside: false, by: 0 }, used]);
    expect(bandUse([{ max: 7, score: 0.5 }, { max: 2, score: 1 }, { score: 0 }], 0, 7)).toEqual([used, { used: false, outside: false, by: 0 }, { used: false, outside: false, by: 0 }]);
    expect(bandUse([{ min: 0, score: 1 }, { max: -1, score: 0 }], 0)).toEqual([used, { used: false, outside: true }]);
  });

  it('says nothing where a min above a max is refused on its own', () => {
    expect(bandUse([{ score: 1 }, { min: 5, max: 1, score: 0 }])).toEqual([used, used]);
    expect(bandUse([{ score: 1 }, { score: 0 }], 5, 1)).toEqual([used, used]);
  });

  it('many overlapping bands: only those that reach a number no earlier band holds are used', () => {
    // Each of the first thousand starts one step higher, so it takes the numbers past the last one's
    // top; the repeats after them take nothing.
    const bands = Array.from({ length: 5_000 }, (_, i) => ({ min: i % 1000, max: (i % 1000) + 500, score: 0.5 }));
    const use = bandUse(bands);
    expect(use.filter((u) => u.used)).toHaveLength(1000);
    expect(use.slice(0, 1000).every((u) => u.used)).toBe(true);
  });
});
