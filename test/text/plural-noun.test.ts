import { describe, expect, it } from 'vitest';
import { amountIn, countNoun, pluralNoun, singularNoun } from '../../src/text/plural-noun.js';

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
    // The head noun before a bracket or an "of" takes the plural, not the phrase's last word.
    ['IT system (CNI)', 'IT systems (CNI)'],
    ['school (academy)', 'schools (academy)'],
    ['depot site (north)', 'depot sites (north)'],
    ['head of service', 'heads of service'],
    ['member of staff', 'members of staff'],
    ['(CNI) system', '(CNI) systems'],
    // A few common irregular nouns, in the label's case.
    ['child', 'children'],
    ['person', 'people'],
    ['Person', 'People'],
    ['man', 'men'],
    ['woman', 'women'],
    ['sheep', 'sheep'],
    ['series', 'series'],
    ['species', 'species'],
    ['analysis', 'analyses'],
    ['risk analysis', 'risk analyses'],
    ['crisis', 'crises'],
    ['criterion', 'criteria'],
    ['CHILD', 'CHILDREN'],
    ['care home (child)', 'care homes (child)'],
    // Only the whole word is irregular.
    ['human', 'humans'],
  ])('%s → %s', (word, many) => expect(pluralNoun(word)).toBe(many));
});

describe('countNoun', () => {
  it.each([
    [0, 'requirement', '0 requirements'],
    [1, 'requirement', '1 requirement'],
    [2, 'requirement', '2 requirements'],
    [1, 'critical system', '1 critical system'],
    [3, 'facility', '3 facilities'],
  ])('%d %s → %s', (n, noun, words) => expect(countNoun(n, noun)).toBe(words));

  it('takes an irregular plural when given one', () => {
    expect(countNoun(2, 'person', 'people')).toBe('2 people');
    expect(countNoun(1, 'person', 'people')).toBe('1 person');
  });
});

describe('singularNoun and amountIn', () => {
  it.each([
    ['days', 'day'],
    ['months', 'month'],
    ['Days', 'Day'],
    ['hours of training', 'hour of training'],
    ['percentage points', 'percentage point'],
    ['batches', 'batch'],
    ['boxes', 'box'],
    ['classes', 'class'],
    ['houses', 'house'],
    ['policies', 'policy'],
    ['status checks', 'status check'],
    ['per cent', 'per cent'],
    ['%', '%'],
    ['GB', 'GB'],
    ['staff', 'staff'],
    ['people', 'person'],
    ['children', 'child'],
    ['criteria met', 'criterion met'],
    ['series of tests', 'series of tests'],
    // An abbreviation is left as written: it is not clearly an English plural.
    ['Mbps', 'Mbps'],
    ['kbps', 'kbps'],
    ['ms', 'ms'],
    ['hrs', 'hrs'],
    ['GBs', 'GBs'],
    ['DAYS', 'DAYS'],
    ['TB', 'TB'],
  ])('%s → %s', (unit, one) => expect(singularNoun(unit)).toBe(one));

  it.each([
    [1, 'days', '1 day'],
    [0, 'days', '0 days'],
    [14, 'days', '14 days'],
    [1.5, 'months', '1.5 months'],
    [1, 'per cent', '1 per cent'],
    [1, 'Mbps', '1 Mbps'],
    [1, 'people', '1 person'],
  ])('%d %s → %s', (n, unit, words) => expect(amountIn(n, unit)).toBe(words));
});
