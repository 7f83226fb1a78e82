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

  // Decided with examples: a quote opens before any character but a space (not only a letter), and
  // after = and : as well, where a value in quotes reads as one; what closes after them is followed
  // by a space or the end, so it closes still.
  it.each([
    [`(id '{31B2F340}')`, '(id ‘{31B2F340}’)'],
    [`grep -E "^PermitRootLogin"`, 'grep -E “^PermitRootLogin”'],
    [`q="x" and r='y'`, 'q=“x” and r=‘y’'],
    [`note:"x"`, 'note:“x”'],
    [`He wrote "Note:" then "a=" too`, 'He wrote “Note:” then “a=” too'],
    [`"'quoted' inside"`, '“‘quoted’ inside”'],
    [`it's 6" wide`, 'it’s 6” wide'],
    [`a " lone one`, 'a ” lone one'],
  ])('sets %s as %s', (text, want) => {
    expect(curlyQuotes(text)).toBe(want);
  });

  it.each([
    [`see https://intranet.example/it's-policy?q="x" for "it"`, `see https://intranet.example/it's-policy?q="x" for “it”`],
    [`(https://a.example/'x')`, `(https://a.example/'x')`],
    [`www.example.org/o'brien's page`, `www.example.org/o'brien's page`],
    [`"www" isn't one`, '“www” isn’t one'],
    [`file://share/o'brien`, `file://share/o'brien`],
  ])('leaves a web address as typed: %s', (text, want) => {
    expect(curlyQuotes(text)).toBe(want);
  });

  it('takes the character before the text into account where the text continues other text', () => {
    expect(curlyQuotes('" and more', 'x')).toBe('” and more');
    expect(curlyQuotes('"quoted"', ' ')).toBe('“quoted”');
  });
});
