import { describe, expect, it } from 'vitest';
import { pluralNoun } from '../../src/text/plural-noun.js';

describe('pluralNoun', () => {
  it.each([
    ['critical system', 'critical systems'],
    ['service', 'services'],
    ['facility', 'facilities'],
    ['Facility', 'Facilities'],
    ['key', 'keys'],
    ['day', 'days'],
    ['branch', 'branches'],
    ['bus', 'buses'],
    ['box', 'boxes'],
    ['data centre', 'data centres'],
    ['gap', 'gaps'],
    ['automatic fail', 'automatic fails'],
    ['Câmara', 'Câmaras'],
  ])('%s → %s', (word, many) => expect(pluralNoun(word)).toBe(many));
});
