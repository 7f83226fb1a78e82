import { describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../src/text/curly-quotes.js';

describe('curlyQuotes', () => {
  it.each([
    [`answered "don't know"`, 'answered “don’t know”'],
    [`the council's own`, 'the council’s own'],
    [`attackers' behaviour`, 'attackers’ behaviour'],
    [`needs "Achieved"; answered "Not achieved"`, 'needs “Achieved”; answered “Not achieved”'],
    [`'quoted' here`, '‘quoted’ here'],
    [`("so far")`, '(“so far”)'],
    [`"Test" Council`, '“Test” Council'],
    [`it's 'x'.`, 'it’s ‘x’.'],
    ['no quotes at all', 'no quotes at all'],
  ])('sets %s as %s', (text, want) => {
    expect(curlyQuotes(text)).toBe(want);
  });

  it('takes the character before the text into account where the text continues other text', () => {
    expect(curlyQuotes('" and more', 'x')).toBe('” and more');
    expect(curlyQuotes('"quoted"', ' ')).toBe('“quoted”');
  });
});
