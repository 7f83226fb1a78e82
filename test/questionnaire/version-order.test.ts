import { describe, expect, it } from 'vitest';
import { answersAnotherMinor, byVersion, catchesUpTo, minorOf } from '../../src/questionnaire/version-order.js';

describe('byVersion: SemVer 2.0.0 precedence, the same in every locale', () => {
  it('orders the example of SemVer §11, and numbers by value', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.9.0', '1.10.0', '2.0.0'];
    expect([...ordered].reverse().sort(byVersion)).toEqual(ordered);
    for (let i = 1; i < ordered.length; i++) expect(byVersion(ordered[i - 1]!, ordered[i]!), `${ordered[i - 1]} < ${ordered[i]}`).toBeLessThan(0);
  });

  it('puts a pre-release before its release, whatever its letters', () => {
    expect(byVersion('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(byVersion('1.0.0', '1.0.0-zzz')).toBeGreaterThan(0);
    expect(byVersion('1.0.0-rc.1', '0.9.0')).toBeGreaterThan(0);
  });

  it('compares identifiers in ASCII order, not by locale: capitals first, numbers below words', () => {
    expect(byVersion('1.0.0-I', '1.0.0-i')).toBeLessThan(0);
    expect(byVersion('1.0.0-Z', '1.0.0-a')).toBeLessThan(0);
    expect(byVersion('1.0.0-9', '1.0.0-a')).toBeLessThan(0);
    expect(byVersion('1.0.0-99999999999999999999', '1.0.0-100000000000000000000')).toBeLessThan(0);
  });

  it('ignores build metadata for precedence, then breaks the tie by code units so a sort is total', () => {
    expect(byVersion('1.0.0+b', '1.0.0-rc.1')).toBeGreaterThan(0);
    expect(byVersion('1.0.0-rc.10+a', '1.0.0-rc.9+b')).toBeGreaterThan(0);
    expect(byVersion('1.0.0+a', '1.0.0+b')).toBeLessThan(0);
    expect(byVersion('1.0.0+b', '1.0.0+a')).toBeGreaterThan(0);
    expect(byVersion('1.0.0+a', '1.0.0+a')).toBe(0);
    expect(['1.0.0+b', '1.0.0', '1.0.0+a'].sort(byVersion)).toEqual(['1.0.0', '1.0.0+a', '1.0.0+b']);
  });
});

describe('a pre-release is a version of its own for scoring', () => {
  it('minorOf keeps a pre-release whole, without build metadata', () => {
    expect(minorOf('2.1.3')).toBe('2.1');
    expect(minorOf('2.1.3+ci.7')).toBe('2.1');
    expect(minorOf('2.1.0-rc.1+ci.7')).toBe('2.1.0-rc.1');
  });

  it('answers to a pre-release answer another version than its release, or another pre-release', () => {
    expect(answersAnotherMinor('1.0.0-rc.1', '1.0.0')).toBe(true);
    expect(answersAnotherMinor('1.0.0-rc.1', '1.0.0-rc.2')).toBe(true);
    expect(answersAnotherMinor('1.0.0-rc.1+a', '1.0.0-rc.1+b')).toBe(false);
    expect(answersAnotherMinor('1.0.0', '1.0.3')).toBe(false);
  });

  it('answers to a pre-release catch up to its release, not the other way', () => {
    expect(catchesUpTo('1.0.0-rc.1', '1.0.0')).toBe(true);
    expect(catchesUpTo('1.0.0', '1.0.0-rc.1')).toBe(false);
  });
});
