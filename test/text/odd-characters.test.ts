import { describe, expect, it } from 'vitest';
import { describeOddCharacters, quoteId, quoteValue } from '../../src/text/odd-characters.js';

describe('quoteValue names invisible and look-alike characters', () => {
  it.each([
    ['21\u00a0', '"21\\u00A0" (ends with a no-break space)'],
    ['\u00a0', '"\\u00A0" (is only a no-break space)'],
    ['\u00a0yes', '"\\u00A0yes" (starts with a no-break space)'],
    ['ye\u200bs', '"ye\\u200Bs" (its character 3 is a zero-width space)'],
    ['yes\u200d', '"yes\\u200D" (ends with a zero-width joiner)'],
    ['yes\u200c', '"yes\\u200C" (ends with a zero-width non-joiner)'],
    ['\ufeffyes', '"\\uFEFFyes" (starts with a byte order mark (zero-width no-break space))'],
    ['in\u2009place', '"in\\u2009place" (its character 3 is a thin space)'],
    ['a\u3000', '"a\\u3000" (ends with an ideographic space)'],
    ['a\u202f', '"a\\u202F" (ends with a narrow no-break space)'],
    ['y\u0435s', '"y\u0435s" (its character 2 is the Cyrillic letter "\u0435", U+0435, which looks like a Latin "e")'],
    ['n\u03bf', '"n\u03bf" (ends with the Greek letter "\u03bf", U+03BF, which looks like a Latin "o")'],
    ['in\u2013place', '"in\u2013place" (its character 3 is "\u2013", U+2013, which looks like a plain "-")'],
    ['caf\u00e9', '"caf\u00e9"'],
    ['Head of ICT', '"Head of ICT"'],
  ])('%j', (value, expected) => {
    expect(quoteValue(value)).toBe(expected);
  });

  it('names the code point of a character that a value cut short does not show escaped', () => {
    expect(quoteValue(`${'1'.repeat(85)}\u200b`)).toBe(`"${'1'.repeat(60)}…" (86 characters; ends with a zero-width space, U+200B)`);
  });

  it('quotes numbers, booleans and null as JSON', () => {
    expect([21, true, null].map(quoteValue)).toEqual(['21', 'true', 'null']);
  });

  it('says no more than three things about one value', () => {
    expect(describeOddCharacters('\u00a0a\u00a0b\u00a0c\u00a0').split('; ')).toHaveLength(3);
  });

  it('quoteId names any other non-ASCII character in an id, which is ASCII only', () => {
    expect(quoteId('caf\u00e9')).toBe('"caf\u00e9" (it contains U+00E9, which is not plain ASCII)');
    expect(quoteId('gov-siro')).toBe('"gov-siro"');
  });
});
